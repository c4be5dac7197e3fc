#!/usr/bin/env python3
# ruff: noqa: B007, B023, E501, E702, UP031
"""Dictation test set, author 124: a Singaporean backend dev at a hot-desk.

Writes assets/training/bash/author124.jsonl: 400 lines of
  {"input": <what Whisper wrote>, "command": <exact command>,
   "slice": "clean"|"fuzzy"|"natural"|"chaotic", "author": "author124"}
100 lines per slice, in that order.  Standard library only; one
random.Random(124) is consumed in a fixed order, so reruns are byte-identical.

Source / credit
---------------
Every command is taken verbatim from
assets/training/bash/pages_dev65_commands.jsonl, which is derived from
tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0.
Only 0-based line numbers n with n % 3 == 0 are used, for every slice.
Commands that cannot sensibly be dictated are skipped (non-ASCII, tabs,
double spaces, over 64 characters, over 48 spoken words in the clean
protocol), at most two commands share a first word, no command is used
twice, and the seeded generator picks among the rest.

=====================================================================
STYLE GUIDE
=====================================================================

1. The speaker
--------------
Wei Jie, backend developer in Singapore, dictating at a hot-desk in an
open-plan office.  Singlish register: discourse particles everywhere
("lah", "leh", "lor", "ah", "hor", "meh"), tags "can or not" and "like
that", "aiyo" / "walao" when something goes wrong, the end-of-phrase
particle "one" ("this flag important one") which is NEVER the digit.
He chains with "then" and "after that".  Clipped speech, no articles.
He learnt his letters the British way: he says "zed" for z, and
"double p" for a doubled letter when spelling ("double s h" = ssh).
He says "zero" (never "oh") for 0.

2. The protocol as Wei Jie uses it (clean slice = this, exactly)
---------------------------------------------------------------
Lower case, no punctuation, nothing but the command.

2.1 Spacing.  The word "space" is said for every space in the command
  (between arguments and inside quoted strings).  Everything said
  between two "space"s is glued together with no space: "data slash
  report dot p y" -> data/report.py.

2.2 Symbols.  One fixed name per symbol:
    -  dash            .  dot            /  slash        \\  backslash
    ~  tilde           :  colon          ;  semicolon    "  quote
    '  single quote    `  backtick       >  redirect     >> append
    <  less than       |  pipe           && and and      &  ampersand
    _  underscore      =  equals         @  at           +  plus
    ,  comma           *  star           $  dollar       %  percent
    ^  caret           #  hash           !  bang         ?  question mark
    ( ) open paren / close paren   [ ] open bracket / close bracket
    { } open brace / close brace
  "--" is simply "dash dash", ".." is "dot dot", "||" is "pipe pipe",
  "2>" is "two redirect" (the digit then the symbol, glued).

2.3 Numbers.  A digit run is said in one of these ways and glued:
  * one digit: the digit word ("zero" .. "nine");
  * two digits not starting with 0: the compound ("ten", "seventeen",
    "eighty", "forty two");
  * three or four digits that are one non-zero digit followed by zeros:
    "eight hundred", "three thousand";
  * four digits whose two halves are both valid two-digit compounds:
    pairs, the way he says ports and years ("eighty eighty" = 8080,
    "ten twenty four" = 1024, "forty three twenty one" = 4321);
  * anything else (443, 0755, 5432x, IP octets like 192): digit by
    digit ("four four three", "one nine two").
  A tens word followed by a unit word always combines ("twenty two" =
  22); he never says 202 as "twenty two" - that is "two zero two".
  "hundred"/"thousand" only ever follow a single digit word.

2.4 Letters and words.  A piece that is pronounceable is said as a word
  ("docker", "report", "tomitsu"); abbreviations and consonant clumps are
  spelled letter by letter ("l s", "t m p", "p d f", "e n v").  Spelled
  letters are written as single letters in the clean transcript, except
  z, which he says (and the transcript writes) as "zed".  Two identical
  letters in a row inside a spelled run are "double x" ("double p m" =
  ppm, "c double p" = cpp); he never uses "double u" for "uu" (he says
  "u u"), and w is written "w".  A long tool name may be a mix: "double
  p m tomitsu" = ppmtomitsu.  All pieces glue until the next "space".

2.5 Case.  Everything is lower case unless he says:
  * "capital" + piece: first letter of the next piece upper-cased
    ("capital high" = High, "capital x" = X);
  * "all caps" + run: every piece up to the next symbol / number / space /
    case word is upper-cased ("all caps readme dot m d" = README.md,
    "all caps double s h" = SSH);
  * "camel case w1 w2 .." (dependencyInsight), "pascal case w1 w2 .."
    (BoxManage), "snake case w1 w2 .." (pool_name): the run is the words
    up to the next symbol / number / space / case word.  He uses camel
    and pascal only when every part is a single said word, and always
    uses "snake case" for lower-case word_word identifiers; otherwise he
    spells the pieces with "capital"/"all caps"/"underscore".

2.6 Literal words that collide with the protocol.  If a piece of the
  command is itself a protocol word (space, dash, dot, slash, at, star,
  hash, plus, pipe, quote, capital, double, zed, redirect, append, any
  number word, ...) he spells it: the graphviz tool "dot" is "d o t", the
  word "one" is "o n e".  "open", "close", "single", "less", "question",
  "all", "camel", "pascal", "snake" and "and" are protocol only when the
  partner word follows (paren/bracket/brace, quote, than, mark, caps,
  case, and); otherwise they are plain words ("xdg dash open").  If the
  partner would follow he spells the first word.

3. Natural-speech habits (natural and chaotic slices)
----------------------------------------------------
* No "space" at all: spacing must be inferred from the command.
* Openers: "eh bro type this", "ok ah next one", "can help me key in",
  "quick one ah", "eh run this for me", "ok lah this one", "so ah",
  "ya ok now ah", "help me type ah".
* Sign-offs: "can or not?", "like that lor", "like that can already",
  "ok thanks ah", "then enter lah", "done", "ok can".
* Fillers between arguments: "ah", "lah", "hor", "leh", "lor", "then",
  "after that", "then ah".  Aside with the particle "one" after a flag:
  "this flag important one", "this one I always forget one".
* Loose symbol names: dash / minus / hyphen, "double dash", dot / point
  (in versions and IPs), slash / forward slash, tilde / "tilda", quote /
  "open quote .. close quote", greater than, at sign, dollar sign,
  asterisk, equal / equal sign.  Casing words stay ("capital", "all
  caps", "full caps", "camel case").
* Chaotic trouble, in his own words:
    word scope: "<wrong>, no lah, <right>", "<wrong>, sorry ah change to
      <right>", "<wrong>, aiyo I mean <right>" - the whole last argument
      is restated;
    flag scope: "<wrong flag>, wait ah not that flag, <right flag>",
      "<wrong flag>, no no not that one, <right flag>";
    whole command: "<start of it>, aiyo walao wrong already, start again
      ah, <whole command>", "cancel cancel, again ah";
    partial answer / hesitation: "..., eh what's it called ah, ...",
      "wait ah let me check, ok ...";
    repeated first word ("nmcli, nmcli"); asides that contain no symbol
      or number words ("aircon here so cold sia", "eh this chair
      wobbly leh").
  A careful listener applies each correction to the latest argument /
  flag / whole command and ignores asides, fillers and particles.

4. Whisper's habits (fuzzy, natural, chaotic)
--------------------------------------------
Sentence case and punctuation; numerals ("443", "8080", sometimes "80
80" or "4 4 3"; small ones either "3" or "three"); spelled letters in
capitals, glued or spaced ("LS", "P D F"); "zed" -> "Zed"; IPs and
versions glued ("192.168.1.10", "1.2.3"); filenames sometimes glued
("report.py"); compounds split in the fuzzy slice only, where the
spoken "space" keeps them harmless ("local host", "who am I", "read me");
glued protocol words ("dash-dash", "all-caps", "camelCase"); homophones
("Jason" for json, "pseudo" for sudo, "said" for sed, "cash" for cache,
"sink" for sync); proper-noun capitals ("Docker", "Python"); particles
as "la", "lei", "aiyoh", "wah lao".

5. The slices
-------------
clean:   section 2 exactly; decode(input) == command is asserted.
fuzzy:   section 2 as Whisper writes it, plus symbol synonyms (minus,
         hyphen, period, forward slash), occasional "space" dropped in
         a rush before a "dash dash" flag (only where "--" appears in no
         other position), no framing or fillers.
natural: section 3 + 4 without trouble.
chaotic: natural plus at least one correction or restart, sometimes a
         hesitation, a repeated word or an aside.
"""

import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev65_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author124.jsonl")
AUTHOR = "author124"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# ---------------------------------------------------------------- protocol
SYM_WORDS = {
    "-": ["dash"], ".": ["dot"], "/": ["slash"], "\\": ["backslash"],
    "~": ["tilde"], ":": ["colon"], ";": ["semicolon"], '"': ["quote"],
    "'": ["single", "quote"], "`": ["backtick"], ">": ["redirect"],
    ">>": ["append"], "<": ["less", "than"], "|": ["pipe"],
    "&&": ["and", "and"], "&": ["ampersand"], "_": ["underscore"],
    "=": ["equals"], "@": ["at"], "+": ["plus"], ",": ["comma"],
    "*": ["star"], "$": ["dollar"], "%": ["percent"], "^": ["caret"],
    "#": ["hash"], "!": ["bang"], "?": ["question", "mark"],
    "(": ["open", "paren"], ")": ["close", "paren"],
    "[": ["open", "bracket"], "]": ["close", "bracket"],
    "{": ["open", "brace"], "}": ["close", "brace"],
}
PAIR_SYMS = {tuple(v): k for k, v in SYM_WORDS.items() if len(v) == 2}
ONE_SYMS = {v[0]: k for k, v in SYM_WORDS.items() if len(v) == 1}

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_BY_DIGIT = {v: k for k, v in TENS.items()}

MOD_PAIRS = {("all", "caps"): "upper", ("camel", "case"): "camel",
             ("pascal", "case"): "pascal", ("snake", "case"): "snake"}

# words a literal piece may never be said as (spelled instead)
STRONG = (set(ONE_SYMS) | set(DIGITS) | set(TEENS) | set(TENS)
          | {"space", "hundred", "thousand", "capital", "double", "zed"})
# first words of two-word protocol phrases, and their partners
PARTNERS = {"open": {"paren", "bracket", "brace"},
            "close": {"paren", "bracket", "brace"},
            "single": {"quote"}, "less": {"than"}, "question": {"mark"},
            "all": {"caps"}, "camel": {"case"}, "pascal": {"case"},
            "snake": {"case"}, "and": {"and"}}

LETTER_WORD = {c: c for c in "abcdefghijklmnopqrstuvwxy"}
LETTER_WORD["z"] = "zed"


# ------------------------------------------------------------- the listener
def decode(text):
    """Listener for the clean protocol (section 2)."""
    w = text.split()
    units = []  # (kind, text)
    i = 0
    while i < len(w):
        a = w[i]
        b = w[i + 1] if i + 1 < len(w) else None
        if a == "space":
            units.append(("sp", " ")); i += 1; continue
        if b is not None and (a, b) in PAIR_SYMS:
            units.append(("sym", PAIR_SYMS[(a, b)])); i += 2; continue
        if b is not None and (a, b) in MOD_PAIRS:
            units.append(("mod", MOD_PAIRS[(a, b)])); i += 2; continue
        if a in ONE_SYMS:
            units.append(("sym", ONE_SYMS[a])); i += 1; continue
        if a == "capital":
            units.append(("mod", "cap")); i += 1; continue
        if a in DIGITS:
            if b in ("hundred", "thousand"):
                units.append(("num", str(DIGITS.index(a)) + ("00" if b == "hundred" else "000")))
                i += 2; continue
            units.append(("num", str(DIGITS.index(a)))); i += 1; continue
        if a in TEENS:
            units.append(("num", str(10 + TEENS.index(a)))); i += 1; continue
        if a in TENS:
            if b in DIGITS[1:]:
                units.append(("num", str(TENS[a]) + str(DIGITS.index(b)))); i += 2; continue
            units.append(("num", str(TENS[a]) + "0")); i += 1; continue
        if a == "double":
            assert b is not None and (len(b) == 1 or b == "zed"), text
            c = "z" if b == "zed" else b
            units.append(("lit", c + c)); i += 2; continue
        if a == "zed":
            units.append(("lit", "z")); i += 1; continue
        units.append(("lit", a)); i += 1
    out = []
    j = 0
    while j < len(units):
        kind, val = units[j]
        if kind != "mod":
            out.append(val); j += 1; continue
        if val == "cap":
            nk, nv = units[j + 1]
            assert nk == "lit", text
            out.append(nv[0].upper() + nv[1:]); j += 2; continue
        run = []
        j += 1
        while j < len(units) and units[j][0] == "lit":
            run.append(units[j][1]); j += 1
        assert run, text
        if val == "upper":
            out.append("".join(run).upper())
        elif val == "camel":
            out.append(run[0] + "".join(r.capitalize() for r in run[1:]))
        elif val == "pascal":
            out.append("".join(r.capitalize() for r in run))
        elif val == "snake":
            out.append("_".join(run))
    return "".join(out)


# ------------------------------------------------------- how he says pieces
VOWELS = set("aeiou")
ONSETS = set("""b c d f g h j k l m n p r s t v w y z bl br ch cl cr dr fl fr gl gr
kn pl pr sc sh sk sl sm sn sp st sw th tr tw wh wr ph qu str spr scr spl thr chr
shr sch squ kw skw""".split())
CODAS = set("""b c d f g h k l m n p r s t v x z ck ct ft ld lf lk lm lp lt mp nd
ng nk ns nt pt rb rd rk rl rm rn rp rs rt sh sk sp st th ts ch gh ll ss ff zz xt
ps ks ds gs ms rg rch nch tch ght rst rts nts nds nf ls rf lls ns ny ry ly dy gy
sy ty ky py wn rds rks lts rms cks mps nks ngs sts cs cts pts rld gn ml rls mn ngth dth lth pth nth rth fth rv nc sm""".split()) | {""}
TWO_LETTER_WORDS = {"to", "go", "in", "on", "up", "no", "my", "me", "do", "is",
                    "it", "of", "by", "so", "we", "am", "as", "or", "if"}
SPELL_ALWAYS = set("""env efi api usb gpu cpu iso uki eth etc ide uri url sql cli
ui id io db os js ts gh jj aws ssl uv ps po pio dnf pkg exo rb cs znc mkv ms za
adb tcp yml ast xml bk gs ietf fx ci ks eu abi ac bb sm tc xe tmt usr src tmp py
md sh jpg csv txt pdf html gz xz zst png cfg crt css rs cpp img ico apk obj
sdb pem deb ip vm mp wmi pp ul sd rt jf az pct qm vg lv ll lci mux ssh npm nvm
tpm udid ssd ttl sed ps nc tif bmp gif rpm gcc iw ok ocr dhcp ttf otf bin ini
pid uid gid ext dir arp bcf hg gv sha rsa dsa dh tex gpg lzo sir rle sgi pam
pbm pgm ppm pnm xwd ilbm spu mgr pict puzz escp macp plot wbmp mitsu
aks arn aur iam uuid yuv pyx cie sif ips wol gis nginx ctl
""".split()) - {"bin", "tex", "plot", "mitsu", "dir", "pict", "puzz", "escp", "macp", "ext"}
# lexicon pieces preferred when splitting a long name
LEXICON = set("""to from file name system config virtual env dir path user host
local net work key list log time word out back up down read me who am i type
device image mount manager info server client set get stat desk top lock box
pass word code tool kit check sum flip scale stack color map fix wheel
""".split()) - {"am", "i"}
# said as words even though the letter rules would spell them
SAY_ALWAYS = {"json", "yaml", "toml"}


def pronounceable(w, whole=True):
    if w in STRONG or w in SPELL_ALWAYS:
        return False
    if len(w) == 2:
        return whole and w in TWO_LETTER_WORDS
    if len(w) < 2 or len(w) > 14:
        return False
    if "q" in w and "qu" not in w:
        return False
    v = re.sub(r"(?<=[aeiou])w", "u", w.replace("qu", "kw"))
    m = re.fullmatch(r"([^aeiouy]*)(.*?)([^aeiouy]*)", v)
    onset, core, coda = m.group(1), m.group(2), m.group(3)
    if not core:
        return False
    if onset not in ONSETS and onset != "":
        return False
    if not (coda in CODAS or coda[:-1] in CODAS and coda[-1] == "s"
            or (len(coda) == 2 and coda[0] == coda[1])):
        return False
    for cl in re.findall(r"[^aeiouy]+", core):
        if len(cl) > 3:
            return False
    return True


def split_piece(w):
    """Split a lower-case alphabetic run into said words and letters."""
    if w in SPELL_ALWAYS or w in STRONG:
        return [("spell", w)]
    if w in SAY_ALWAYS or pronounceable(w):
        return [("word", w)]
    n = len(w)
    best = [(0.0, None)] + [(1e9, None)] * n
    for i in range(1, n + 1):
        c = best[i - 1][0] + 1.0
        if c < best[i][0]:
            best[i] = (c, (i - 1, "spell"))
        for j in range(max(0, i - 14), i - 1):
            chunk = w[j:i]
            if chunk in SPELL_ALWAYS and len(chunk) >= 3:
                c, kind = best[j][0] + 0.3 * len(chunk), "spell"
            elif (chunk in LEXICON or chunk in SAY_ALWAYS) and chunk not in STRONG:
                c, kind = best[j][0] + 0.8, "word"
            elif len(chunk) >= 3 and pronounceable(chunk, False):
                c, kind = best[j][0] + 1.1 + 0.15 * len(chunk), "word"
            else:
                continue
            if c < best[i][0]:
                best[i] = (c, (j, kind))
    parts = []
    i = n
    while i > 0:
        j, kind = best[i][1]
        parts.append((kind, w[j:i]))
        i = j
    parts.reverse()
    # merge letters into spelled runs
    out = []
    for kind, t in parts:
        if kind == "spell" and out and out[-1][0] == "spell":
            out[-1] = ("spell", out[-1][1] + t)
        else:
            out.append((kind, t))
    return out


def spell_words(letters):
    words = []
    i = 0
    while i < len(letters):
        c = letters[i]
        if i + 1 < len(letters) and letters[i + 1] == c and c != "u":
            words += ["double", LETTER_WORD[c]]
            i += 2
        else:
            words.append(LETTER_WORD[c])
            i += 1
    return words


def num_words(d):
    if len(d) == 1:
        return [DIGITS[int(d)]]
    if len(d) == 2 and d[0] != "0":
        return two_digit(d)
    if len(d) in (3, 4) and d[0] != "0" and set(d[1:]) == {"0"}:
        return [DIGITS[int(d[0])], "hundred" if len(d) == 3 else "thousand"]
    if len(d) == 4 and d[0] != "0" and d[2] != "0":
        return two_digit(d[:2]) + two_digit(d[2:])
    return [DIGITS[int(c)] for c in d]


def two_digit(d):
    v = int(d)
    if v < 20:
        return [TEENS[v - 10]]
    t, u = divmod(v, 10)
    return [TENS_BY_DIGIT[t]] + ([DIGITS[u]] if u else [])


SEG_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+")


def single_word(w):
    p = split_piece(w)
    return len(p) == 1 and p[0][0] == "word"


def alpha_items(run):
    """Items for one maximal alphabetic run (may contain casing)."""
    segs = SEG_RE.findall(run)
    assert "".join(segs) == run
    items = []
    i = 0
    while i < len(segs):
        s = segs[i]
        if s.islower():
            # camel case: lower word followed by Capitalized words
            j = i + 1
            while j < len(segs) and segs[j][0].isupper() and segs[j][1:].islower() and len(segs[j]) > 1 and single_word(segs[j].lower()):
                j += 1
            if j - i >= 2 and single_word(s):
                items.append(("mod", "camel"))
                for t in segs[i:j]:
                    items.append(("word", t.lower()))
                i = j
                continue
            items += split_piece(s)
            i += 1
        elif len(s) > 1 and s[1:].islower():
            j = i
            while j < len(segs) and len(segs[j]) > 1 and segs[j][0].isupper() and segs[j][1:].islower() and single_word(segs[j].lower()):
                j += 1
            if j - i >= 2:
                items.append(("mod", "pascal"))
                for t in segs[i:j]:
                    items.append(("word", t.lower()))
                i = j
                continue
            items.append(("mod", "cap"))
            items += split_piece(s.lower())
            i += 1
        else:
            if len(s) == 1:
                items.append(("mod", "cap"))
                items.append(("spell", s.lower()))
            else:
                items.append(("mod", "upper"))
                items += split_piece(s.lower())
            i += 1
    return items


TOKEN_RE = re.compile(r"[A-Za-z]+|[0-9]+|>>|&&| |.")
SNAKE_RE = re.compile(r"(?<![A-Za-z0-9_])[a-z]+(?:_[a-z]+)+(?![A-Za-z_])")


def encode_items(cmd, spell_ctx=False):
    items = []
    pos = 0
    snakes = [(m.start(), m.end()) for m in SNAKE_RE.finditer(cmd)
              if all(single_word(p) for p in m.group(0).split("_"))]
    k = 0
    while pos < len(cmd):
        if k < len(snakes) and snakes[k][0] == pos:
            s, e = snakes[k]
            items.append(("mod", "snake"))
            for p in cmd[s:e].split("_"):
                items.append(("word", p))
            pos = e
            k += 1
            continue
        m = TOKEN_RE.match(cmd, pos)
        t = m.group(0)
        if t == " ":
            items.append(("sp", " "))
        elif t.isalpha():
            items += alpha_items(t)
        elif t.isdigit():
            items.append(("num", t))
        else:
            assert t in SYM_WORDS, t
            items.append(("sym", t))
        pos = m.end()
    if spell_ctx:
        items = [("spell", v) if k2 == "word" and v in PARTNERS else (k2, v)
                 for k2, v in items]
    return items


def item_words(it):
    kind, v = it
    if kind == "sp":
        return ["space"]
    if kind == "sym":
        return list(SYM_WORDS[v])
    if kind == "num":
        return num_words(v)
    if kind == "word":
        return [v]
    if kind == "spell":
        return spell_words(v)
    return {"cap": ["capital"], "upper": ["all", "caps"], "camel": ["camel", "case"],
            "pascal": ["pascal", "case"], "snake": ["snake", "case"]}[v]


def encode(cmd):
    for ctx in (False, True):
        items = encode_items(cmd, ctx)
        words = [w for it in items for w in item_words(it)]
        text = " ".join(words)
        try:
            ok = decode(text) == cmd
        except (AssertionError, IndexError):
            ok = False
        if ok:
            return items, text
    return None, None


# ------------------------------------------------------- Whisper renderings
HOMOPHONES = {"json": "Jason", "sudo": "pseudo", "sed": "said", "cache": "cash",
              "sync": "sink", "yaml": "Yamel", "kube": "cube", "nix": "nicks"}
PROPER = {"python": "Python", "docker": "Docker", "git": "Git", "linux": "Linux",
          "ubuntu": "Ubuntu", "java": "Java", "firefox": "Firefox",
          "github": "GitHub", "debian": "Debian", "azure": "Azure",
          "kubernetes": "Kubernetes", "postgres": "Postgres", "nginx": "Nginx",
          "chrome": "Chrome", "alice": "Alice", "bob": "Bob", "ruby": "Ruby"}
SPLITS = {"localhost": "local host", "whoami": "who am I", "readme": "read me",
          "filesystem": "file system", "uptime": "up time", "wordlist": "word list",
          "username": "user name", "hostname": "host name", "keyfile": "key file",
          "logfile": "log file", "outfile": "out file", "workspace": "work space",
          "backup": "back up", "database": "data base", "tarball": "tar ball",
          "myapp": "my app", "mydb": "my DB"}

FUZZY_SYM = {
    "-": ["dash"] * 6 + ["minus"] * 3 + ["hyphen"] * 2,
    ".": ["dot"] * 7 + ["period"] * 3,
    "/": ["slash"] * 7 + ["forward slash"] * 3,
    "~": ["tilde", "tilde", "tilda"],
    "_": ["underscore", "underscore", "under score"],
    "\\": ["backslash", "back slash"],
    "=": ["equals", "equals", "equal", "equal sign"],
    "@": ["at", "at", "at sign"],
    "*": ["star", "star", "asterisk"],
    "$": ["dollar", "dollar sign"],
    ">": ["redirect", "redirect", "greater than"],
    '"': ["quote", "quote", "double quote"],
    "^": ["caret", "carrot"],
    "#": ["hash", "hash", "hashtag"],
}
NAT_SYM = {
    "-": ["dash"] * 5 + ["minus"] * 2 + ["hyphen"],
    ".": ["dot"],
    "/": ["slash"] * 4 + ["forward slash"],
    "~": ["tilde", "tilda", "tilde"],
    "_": ["underscore"],
    "=": ["equals", "equal", "equal sign"],
    "@": ["at", "at sign"],
    "*": ["star", "asterisk"],
    "$": ["dollar", "dollar sign"],
    ">": ["redirect", "greater than", "redirect"],
    ">>": ["append", "double greater than"],
    '"': ["quote"],
    "'": ["single quote", "single quote", "apostrophe"],
    "|": ["pipe"],
    ":": ["colon"],
    "<": ["less than", "smaller than"],
    "&&": ["and and", "double ampersand"],
}


def caps_first(s):
    return s[:1].upper() + s[1:] if s else s


class Renderer:
    def __init__(self, rng):
        self.rng = rng

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    # -- pieces
    def r_num(self, d, style):
        words = num_words(d)
        r = self.rng.random()
        if len(d) == 1:
            return d if r < 0.6 else words[0]
        if len(d) == 2 and d[0] != "0":
            return d if r < 0.85 else " ".join(words)
        if "hundred" in words or "thousand" in words:
            return d if r < 0.8 else str(d[0]) + " " + words[1]
        if all(w in DIGITS for w in words):
            if style == "fuzzy":
                return d if r < 0.55 else (" ".join(d) if r < 0.85 else " ".join(words))
            return d if r < 0.8 else " ".join(d)
        # pair style
        if style == "fuzzy":
            return d if r < 0.6 else (d[:2] + " " + d[2:] if r < 0.85 else " ".join(words))
        return d if r < 0.85 else d[:2] + " " + d[2:]

    def r_spell(self, letters, style):
        words = spell_words(letters)
        if words == ["zed"]:
            return self.pick(["zed", "Zed", "Z"])
        out = []
        for w in words:
            if w == "double":
                out.append("double")
            elif w == "zed":
                out.append(self.pick(["zed", "Zed"]))
            else:
                out.append(w.upper())
        if "double" not in words and "zed" not in words and len(letters) <= 4 and self.chance(0.6 if style != "fuzzy" else 0.45):
            return letters.upper()
        if self.chance(0.08):
            return ", ".join(out)
        return " ".join(out)

    def r_word(self, w, style):
        r = self.rng.random()
        if w in SPLITS and style == "fuzzy" and r < 0.35:
            return SPLITS[w]
        r = self.rng.random()
        if w in HOMOPHONES and r < (0.5 if style == "fuzzy" else 0.3):
            return HOMOPHONES[w]
        if w in PROPER and self.chance(0.6):
            return PROPER[w]
        return w

    def r_mod(self, v, style):
        if v == "cap":
            return self.pick(["capital", "capital", "Capital"])
        if v == "upper":
            if style == "fuzzy":
                return self.pick(["all caps", "all caps", "all-caps", "all cap"])
            return self.pick(["all caps", "full caps", "all caps"])
        if v == "camel":
            return self.pick(["camel case", "camelCase", "camel-case"])
        if v == "pascal":
            return self.pick(["pascal case", "Pascal case", "PascalCase"])
        return self.pick(["snake case", "snake_case", "snake case"])

    def r_sym(self, ch, style, prev=None, nxt=None):
        if style == "fuzzy":
            if ch == "." and prev and nxt and prev[0] == "num" and nxt[0] == "num" and self.chance(0.4):
                return "point"
            return self.pick(FUZZY_SYM.get(ch, [" ".join(SYM_WORDS[ch])]))
        if ch == "." and prev and nxt and prev[0] == "num" and nxt[0] == "num" and self.chance(0.5):
            return "point"
        if ch == "-" and nxt and nxt == ("sym", "-"):
            return None  # handled by caller
        return self.pick(NAT_SYM.get(ch, [" ".join(SYM_WORDS[ch])]))

    # -- a whole token (items between spaces), natural style
    def token_natural(self, items, style="natural"):
        parts = []
        i = 0
        n = len(items)
        while i < n:
            kind, v = items[i]
            prev = items[i - 1] if i else None
            nxt = items[i + 1] if i + 1 < n else None
            if kind == "sym" and v == "-" and nxt == ("sym", "-"):
                parts.append(("s", self.pick(["dash dash", "double dash", "dash dash", "minus minus"] if style == "natural" else ["dash dash", "dash-dash", "double dash", "minus minus", "dash dash"])))
                i += 2
                continue
            if kind == "sym":
                parts.append(("s", self.r_sym(v, style, prev, nxt)))
            elif kind == "num":
                parts.append(("n", self.r_num(v, style)))
            elif kind == "word":
                parts.append(("w", self.r_word(v, style)))
            elif kind == "spell":
                parts.append(("w", self.r_spell(v, style)))
            elif kind == "mod":
                parts.append(("m", self.r_mod(v, style)))
            i += 1
        return self.glue(parts, items, style)

    def glue(self, parts, items, style):
        # Whisper glues dotted names / versions / IPs sometimes
        text = []
        glue_names = self.chance(0.45 if style != "fuzzy" else 0.2)
        glue_nums = self.chance(0.75 if style != "fuzzy" else 0.35)
        for idx, (k, t) in enumerate(parts):
            if idx > 0 and k == "s" and t in ("dot", "point") and idx + 1 < len(parts):
                pk, nk = parts[idx - 1][0], parts[idx + 1][0]
                if pk == "n" and nk == "n" and glue_nums and text[-1].replace(".", "").isdigit() \
                        and parts[idx + 1][1].isdigit():
                    text[-1] = text[-1] + "."
                    text.append(None)
                    continue
                if pk == "w" and nk in ("w",) and glue_names and " " not in text[-1] and " " not in parts[idx + 1][1]:
                    text[-1] = text[-1] + "."
                    text.append(None)
                    continue
            if text and text[-1] is None:
                text.pop()
                text[-1] = text[-1] + t
                continue
            text.append(t)
        return " ".join(t for t in text if t is not None)


def tokens_of(items):
    toks = [[]]
    for it in items:
        if it[0] == "sp":
            toks.append([])
        else:
            toks[-1].append(it)
    return toks


# ------------------------------------------------------------ the speaker
OPENERS = ["Eh bro, type this,", "Ok ah, next one,", "Can help me key in", "Quick one ah,",
           "Eh, run this for me,", "Ok lah, this one,", "So ah,", "Eh, key in ah,",
           "Ok next, ah,", "Ya ok, now ah,", "Eh bro,", "Help me type ah,"]
SIGNOFFS = ["can or not?", "like that lor.", "like that can already.", "ok thanks ah.",
            "then enter lah.", "done.", "like that lah.", "ok can."]
FILLERS = [", ah,", ", lah,", ", hor,", ", leh,", ", then", ", after that", ", then ah,", " ah,", ", lor,"]
ONE_ASIDES = ["this flag important one,", "this one I always forget one,",
              "this part must have one,", "the boss say must put one,"]
WORD_FIX = ["no lah,", "sorry ah, change to", "aiyo I mean", "eh no, should be", "wait ah, not that one,"]
FLAG_FIX = ["wait ah, not that flag,", "no no, not that one,", "sorry ah, change to", "aiyo wrong flag lah,"]
RESTART = ["aiyo walao, wrong already, start again ah,", "walao eh, cancel cancel, again ah,",
           "no lah, scrap that, from the top,", "aiyo sorry ah, start over,"]
HESITATE = ["eh what's it called ah,", "wait ah let me check,", "ah what ah, ok,", "hmm, ya ya,"]
ASIDES = ["aircon here so cold sia,", "eh this chair wobbly leh,", "wah the wifi here damn slow,",
          "my lead chasing me for this,", "eh this desk got no monitor leh,",
          "later need to book desk again,", "ok ok,"]
WRONG_WORDS = ["main", "test", "data", "demo", "prod", "staging", "config", "backup", "docs", "alpha"]
WRONG_EXT = ["txt", "log", "json", "py", "csv", "md", "yaml", "sh"]
WRONG_FLAGS = ["--verbose", "--force", "--all", "--quiet", "--debug", "--output", "--recursive", "--dry-run"]


def whisper_particles(rng, s):
    subs = [("lah", ["lah", "lah", "la"]), ("leh", ["leh", "lei"]),
            ("aiyo", ["aiyo", "aiyoh", "aiya"]), ("walao", ["walao", "wah lao", "walau"])]
    for a, opts in subs:
        s = re.sub(r"\b%s\b" % a, lambda m: opts[rng.randrange(len(opts))], s)
    return s


def tidy(s):
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+,", ",", s)
    s = re.sub(r",+", ",", s)
    s = re.sub(r",\s*([?.])$", r"\1", s)
    s = re.sub(r",$", ".", s)
    return caps_first(s)


def clean_line(items):
    return " ".join(w for it in items for w in item_words(it))


def fuzzy_line(R, cmd, items):
    toks = tokens_of(items)
    # he only drops "space" before a "--" flag when "--" appears nowhere else
    rush_ok = not any("--" in t and not t.startswith("--") or "--" in t[1:]
                      for t in cmd.split(" "))
    out = []
    for ti, tok in enumerate(toks):
        text = R.token_natural(tok, "fuzzy")
        if ti > 0:
            sp = R.pick(["space", "space", "space", "space", "space,", "Space"])
            starts_dd = len(tok) >= 2 and tok[0] == ("sym", "-") and tok[1] == ("sym", "-")
            if starts_dd and rush_ok and ti > 0 and R.chance(0.3):
                sp = None
            if sp:
                out.append(sp)
        out.append(text)
    s = " ".join(out)
    s = caps_first(s)
    if R.chance(0.5):
        s += "."
    return s


def in_quotes_flags(cmd):
    """For each token index, whether the space BEFORE it lies inside quotes."""
    flags = []
    q = None
    for ch in cmd:
        if ch == " ":
            flags.append(q is not None)
        elif ch in "\"'":
            if q is None:
                q = ch
            elif q == ch:
                q = None
    return [False] + flags


def natural_tokens(R, cmd, items):
    toks = tokens_of(items)
    return [R.token_natural(t, "natural") for t in toks], toks


def natural_body(R, cmd, items, fill_p=0.18):
    texts, toks = natural_tokens(R, cmd, items)
    inq = in_quotes_flags(cmd)
    raw = cmd.split(" ")
    out = []
    for i, t in enumerate(texts):
        if i > 0 and not inq[i] and R.chance(fill_p):
            out.append(R.pick(FILLERS))
        out.append(t)
        if raw[i].startswith("-") and len(raw[i]) > 1 and i + 1 < len(texts) and not inq[i + 1] and R.chance(0.08):
            out.append(", " + R.pick(ONE_ASIDES))
    return " ".join(out)


def frame(R, body, p_open=0.85, p_sign=0.5):
    s = body
    if R.chance(p_open):
        s = R.pick(OPENERS) + " " + s
    if R.chance(p_sign):
        s = s + ", " + R.pick(SIGNOFFS)
    return s


def natural_line(R, cmd, items):
    s = frame(R, natural_body(R, cmd, items))
    s = whisper_particles(R.rng, tidy(s))
    if s[-1] not in ".?":
        s += R.pick([".", ".", ""])
    return s


def wrong_token(R, tok):
    """A plausible wrong version of an argument token."""
    if re.search(r"\d", tok):
        def bump(m):
            d = m.group(0)
            v = int(d)
            nv = v + R.pick([1, 2, 10, 100]) if v < 9000 else v - 1
            return str(nv)
        return re.sub(r"\d+", bump, tok, count=1)
    m = re.fullmatch(r"(.*\.)([a-z]+)", tok)
    if m:
        ext = R.pick([e for e in WRONG_EXT if e != m.group(2)])
        return m.group(1) + ext
    if tok.startswith("-"):
        return None
    return R.pick([w for w in WRONG_WORDS if w != tok])


def wrong_flag(R, tok):
    m = re.fullmatch(r"-([A-Za-z])", tok)
    if m:
        c = m.group(1)
        opts = [x for x in "vfqrnx" if x != c]
        return "-" + R.pick(opts)
    if re.fullmatch(r"--[a-z][a-z-]*", tok):
        return R.pick([f for f in WRONG_FLAGS if f != tok])
    return None


def say(R, text):
    items, _ = encode(text)
    if items is None:
        return None
    return " ".join(R.token_natural(t, "natural") for t in tokens_of(items))


def chaotic_line(R, cmd, items):
    texts, toks = natural_tokens(R, cmd, items)
    raw = cmd.split(" ")
    inq = in_quotes_flags(cmd)
    n = len(texts)
    safe = [i for i in range(n) if not inq[i] and (i + 1 >= n or not inq[i + 1])]
    args = [i for i in safe if i > 0 and not raw[i].startswith("-") and raw[i] and raw[i] not in ("|", ">", ">>", "<", "&&")]
    flags = [i for i in safe if i > 0 and raw[i].startswith("-") and len(raw[i]) > 1]
    kinds = ["restart"]
    if args:
        kinds += ["word", "word"]
    if flags:
        kinds += ["flag", "flag"]
    main = R.pick(kinds)
    extra = R.pick(["none", "none", "hesitate", "repeat", "aside", "fillers"])
    pre = {}   # index -> text said before token i (after its filler)
    if main == "word":
        i = R.pick(args)
        wt = wrong_token(R, raw[i])
        ws = say(R, wt) if wt and wt != raw[i] else None
        if ws:
            pre[i] = ws + ", " + R.pick(WORD_FIX)
        else:
            main = "restart"
    elif main == "flag":
        i = R.pick(flags)
        wf = wrong_flag(R, raw[i])
        ws = say(R, wf) if wf and wf != raw[i] else None
        if ws:
            pre[i] = ws + ", " + R.pick(FLAG_FIX)
        else:
            main = "restart"
    if extra in ("hesitate", "aside"):
        cand = [i for i in safe if i > 0]
        if cand:
            i = R.pick(cand)
            phrase = ", " + R.pick(HESITATE if extra == "hesitate" else ASIDES)
            pre[i] = phrase + (" " + pre[i] if i in pre else "")
    body_parts = []
    for i, t in enumerate(texts):
        if i > 0 and not inq[i] and R.chance(0.15 if extra != "fillers" else 0.4):
            body_parts.append(R.pick(FILLERS))
        if i in pre:
            body_parts.append(pre[i])
        body_parts.append(t)
    body = " ".join(body_parts)
    if extra == "repeat":
        body = texts[0] + ", " + R.pick(["", "ah ", "er "]) + body
    if main == "restart":
        k = R.randint(1, max(1, min(3, n - 1))) if n > 1 else 1
        start = " ".join(texts[:k])
        if k < n and k in safe and R.chance(0.4):
            wt = wrong_token(R, raw[k]) if not raw[k].startswith("-") else wrong_flag(R, raw[k])
            ws = say(R, wt) if wt and wt != raw[k] else None
            if ws:
                start += " " + ws
        body = start + ", " + R.pick(RESTART) + " " + body
    s = frame(R, body, 0.7, 0.45)
    s = whisper_particles(R.rng, tidy(s))
    if s[-1] not in ".?":
        s += R.pick([".", "", "."])
    return s


# ------------------------------------------------------------------- main
def spoken_ok(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or len(cmd) > 64:
        return False
    if cmd != cmd.strip():
        return False
    return True


def main():
    rng = random.Random(124)
    R = Renderer(rng)
    R.randint = rng.randint
    R.rng = rng
    cands = []
    with open(POOL, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 3:
                continue
            cmd = json.loads(line)["command"]
            if not spoken_ok(cmd):
                continue
            items, text = encode(cmd)
            if items is None or len(text.split()) > 48:
                continue
            cands.append((n, cmd, items, text))
    rng.shuffle(cands)
    chosen, seen, first = [], set(), {}
    for n, cmd, items, text in cands:
        fw = cmd.split(" ")[0]
        if cmd in seen or first.get(fw, 0) >= 2:
            continue
        seen.add(cmd)
        first[fw] = first.get(fw, 0) + 1
        chosen.append((n, cmd, items, text))
        if len(chosen) == 4 * PER_SLICE:
            break
    assert len(chosen) == 4 * PER_SLICE, len(chosen)
    rows = []
    for si, sl in enumerate(SLICES):
        for n, cmd, items, text in chosen[si * PER_SLICE:(si + 1) * PER_SLICE]:
            if sl == "clean":
                inp = clean_line(items)
                assert inp == text and decode(inp) == cmd, (inp, cmd)
            elif sl == "fuzzy":
                inp = fuzzy_line(R, cmd, items)
            elif sl == "natural":
                inp = natural_line(R, cmd, items)
            else:
                inp = chaotic_line(R, cmd, items)
            rows.append({"input": inp, "command": cmd, "slice": sl, "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
