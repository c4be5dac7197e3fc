#!/usr/bin/env python3
# ruff: noqa: B033, E501, UP031, UP032
"""Author 123: a held-out dictation test set for the voice-to-bash reader.

Writes assets/training/bash/author123.jsonl: 400 lines of
{"input", "command", "slice", "author": "author123"}, 100 per slice in the
order clean, fuzzy, natural, chaotic.

Source and credit
-----------------
Every command is taken verbatim from
assets/training/bash/pages_dev64_commands.jsonl, which was derived from
tldr-pages (https://github.com/tldr-pages/tldr), licensed CC BY 4.0.  Only
0-based pool lines n with n % 3 == 2 are used, for all four slices.  A
command is eligible when it is pure ASCII, has no tab, no double space, no
leading/trailing space, is at most 64 characters and its clean rendering
(below) is at most 48 spoken words.  One random.Random(123) shuffles the
eligible commands; they are taken in that order, keeping at most two
commands per first word and never the same command twice; the first 100
go to clean, the next 100 to fuzzy, then natural, then chaotic.  The same
generator is then consumed, in line order, for the fuzzy, natural and
chaotic renderings, so a rerun is byte-identical.

STYLE GUIDE
===========

1. The speaker
--------------
A Scottish (Glasgow) infrastructure engineer in his fifties who learned
Unix on a university VAX and still spells things the way he reads out
phone numbers.  British letter and symbol habits, Scots fillers.  His
habits, kept the same in every slice:

* letters: ordinary letter names, except the last letter, which he always
  calls "zed".  A doubled letter in something he spells is "double e",
  "double l" (never "e e").  He does not double capital letters.
* digits: a repeated digit in a digit-by-digit run is "double" ("double
  zero seven" is 007).  Numbers are grouped the way a Brit reads them
  (see 2.4).
* symbol names: "dash" for the minus that starts a flag, "double dash" for
  "--", but "hyphen" for a hyphen joining two parts of a name (repo-add is
  "repo hyphen add"); "minus" only in front of a number (-1).  "dot",
  except "point" inside version numbers and decimals.  "hash" for #,
  "tilde" for ~, "at" for @, "bang" for !, "star" for *, "redirect" for a
  shell ">", "append" for ">>", "greater than" for a ">" that is not a
  redirect, "less than" for "<", "and and" for "&&", "quote" for a
  double quote and "single quote" for an apostrophe.  He never says
  "double quote" (for him "double" always means "twice").  Brackets:
  "open paren"/"close paren" for ( ), "open brace"/"close brace" for { },
  "open bracket"/"close bracket" for [ ] -- in dictation he sticks to the
  protocol names, not his everyday British "bracket" for ( ).
* openers: "Right,", "Right so,", "Aye,", "Okay so,", "Can ye run",
  "Can you run", "Could you type", "Pop this in:", "I'm after",
  "Give us", "Stick in", "Now then,".
* fillers: "em", "erm", "eh", "like"; Whisper writes them "Em,", "erm,",
  "um,", "eh,", "like,".
* sign-offs: "Cheers.", "Ta.", "That's us.", "Sorted.", "That'll do.",
  "Cheers, pal."
* corrections (his own words): "naw,", "naw, sorry,", "och no, I mean",
  "wait, naw, make that", "scratch that,", "sorry, it's"; restarts:
  "Och, start again.", "Naw, scratch all that, from the top:",
  "Hang on. Right, again:", "Sorry, let me start that again."
* asides: "if I mind right", "don't ask", "that's the one that keeps
  falling over", "it's for the backups", "the boss wants it", "this
  laptop's a nightmare", "honestly".
* capitals, when talking loosely: "Repeater with a capital R",
  "TODO in capitals", "TODO, all in caps", "all capitals H T T P".

2. The clean protocol (as this speaker uses it)
-----------------------------------------------
A clean line is a careful lower-case transcript with no punctuation; the
words are separated by single spaces.  decode() below is the listener
and every clean line is asserted to round-trip.

2.1 Spaces.  The word "space" is said exactly where the command has a
    space, and nowhere else.  Everything between two "space"s is glued
    together with nothing in between.
2.2 Words and spelling.  A stretch of lower-case letters is said as a
    word when it is pronounceable (it has a vowel, a plain English onset
    and ending, no cluster of four consonants; a few names such as nginx,
    json, yaml are words anyway; acronyms such as api, cpu, url, cli, exe,
    env, dev are always spelled).  Otherwise it is broken into common
    words he hears inside tool names and single letters, e.g. "g pass w
    d" for gpasswd, "system c t l" for systemctl, "p b m to ascii" for
    pbmtoascii, "raw to double p m" for rawtoppm, "create d b"
    for createdb; an odd (non-common) piece is used only where no stray
    letter would hang off its end.  Because all pieces of one token glue
    together, any such split decodes the same.  A single letter is
    written as that letter ("a" .. "y"); the letter z is written "zed".
    Two identical lower-case letters next to each other in a spelled
    stretch are "double x".  A single lower-case letter and a word never
    need telling apart: both are just glued on.
2.3 Symbols: see the symbol names in section 1.  The listener also
    accepts every synonym from the design facts (minus, hyphen, period,
    point, forward slash, asterisk, at sign, dollar sign, equals sign,
    open/close curly brace, open/close angle, greater than, double greater
    than, two redirect), but the speaker only produces the names in 1.
    Symbols not in section 1: dollar, percent, caret, ampersand, equals,
    plus, colon, semicolon, underscore, comma, backtick, question mark,
    backslash, slash, pipe.  "||" is "pipe pipe", ".." is "dot dot",
    "2>" is "two redirect", "2>&1" is "two redirect ampersand one".
2.4 Numbers.  A maximal digit run is said as one number phrase:
      * one digit: its name ("zero" .. "nine");
      * two digits, no leading zero: "ten" .. "nineteen", "forty",
        "forty two";
      * round numbers: "three thousand", "fifty thousand", "twelve
        hundred", "five hundred", "one hundred thousand";
      * three digits, middle digit not zero: digit then pair, "one
        twenty seven", "two eighty";
      * four digits: two pairs, "eighty eighty", "ten twenty four"; if
        the third digit is zero the last two go digit by digit ("thirty
        three zero six");
      * octets of an IP address with three digits go digit by digit
        ("one nine two dot one six eight dot one dot ten");
      * anything else (leading zero, five or more digits, 404 ...) digit
        by digit, a repeated digit as "double" ("double zero seven",
        "four zero four").
    The listener concatenates groups ("two eighty" -> 280, "eighty
    eighty" -> 8080); a tens word followed by one..nine is one compound
    ("forty two"), so the speaker never puts a bare tens word before a
    separate single digit; "hundred"/"thousand" multiply the group just
    before them and are only used where the number ends.
2.5 Casing.  "capital" before a letter makes it upper case; before a word
    it upper-cases the word's first letter ("capital repeater" ->
    Repeater).  "all caps" before a word upper-cases the whole word
    ("all caps readme" -> README); before a letter it upper-cases that
    letter and every letter straight after it until anything that is not
    a single letter ("all caps h t t p" -> HTTP).  Case runs:
    "snake case w1 w2" -> w1_w2, "screaming case w1 w2" -> W1_W2,
    "camel case w1 w2" -> w1W2, "pascal case w1 w2" -> W1W2.  A run
    takes every following plain word and ends at the first thing that is
    not a plain word (a symbol, number, letter, "space" or the end).  He
    uses a case run whenever every part is a plain pronounceable word;
    otherwise he spells it out with "underscore" and "capital".  He never
    uses kebab case (he says "hyphen").
2.6 Literal words that collide with the protocol.  A literal word that
    is itself a protocol word -- a one-word symbol name (dash, dot, point,
    slash, pipe, star, hash, at, quote, redirect, append, ...), the first
    word of a two-word phrase (open, close, single, question, less,
    greater, forward, double, all, the), a number word, "space",
    "capital", "and", "zed" or a case-run name -- is always said as "the
    word X": "the word dot", "x zed the word less", "capital the word
    space" -> Space.  A word that can only be the second half of a phrase
    (sign, mark, than, paren, brace, bracket, angle, curly, caps, case,
    word) is said plainly, and gets "the word" only straight after that
    phrase's first word ("at the word sign" for @sign).

3. Whisper's habits (fuzzy, natural, chaotic)
---------------------------------------------
* Capitalises the first word, adds commas at pauses and often a full
  stop at the end.
* Writes numbers as numerals ("8080", "127", "3,000", "1 9 2"), small ones
  sometimes as words; "double 0 7".
* Spelled letters come out upper case, glued ("LS", "LA") or spaced
  ("L S"); an isolated letter is sometimes a homophone ("see", "are",
  "why", "you", "queue", "oh", "ex", "tea", "Zed").
* File names, domains, IPs and versions often come out with a real dot
  ("config.yaml", "192.168.1.10", "1.2.3").
* A few mishearings of tool names ("pseudo" for sudo, "cash" for cache,
  "said" for sed) and compounds split in two ("user name").
* "tilda", "carrot", "semi colon", "back slash", "under score".

4. The slices
-------------
* clean: the protocol of section 2, exactly; nothing else.
* fuzzy: the same words (including "space") as Whisper writes them:
  capitals, punctuation, numerals, glued/split words, homophones and the
  symbol synonyms minus / hyphen / period / point / forward slash /
  dash dash / asterisk / dollar sign.  No framing, no fillers.
* natural: no "space"; an opener most of the time, sometimes a sign-off,
  a filler or two; loose symbol names (dash/minus/hyphen, slash/forward
  slash, tilde, star/asterisk, redirect/greater than, append/double
  greater than, dollar/dollar sign, "open quote"/"close quote"); "the
  word" kept only for one-word symbol names, number words and "space";
  snake case either as a run or spelled out with "underscore";
  "capital"/"with a capital R"/"in capitals".
* chaotic: natural plus one or two kinds of trouble: a correction of one
  piece, of one flag or of the whole command (wrong part first, then his
  correction phrase, then the right part), a stutter restart of a token,
  an aside, or trailing off and coming back ("em, what's the rest of
  it... aye,").  The last thing said always wins.
"""

import json
import os
import random
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
POOL = os.path.join(ROOT, "assets", "training", "bash", "pages_dev64_commands.jsonl")
OUT = os.path.join(ROOT, "assets", "training", "bash", "author123.jsonl")
AUTHOR = "author123"
PER_SLICE = 100
SLICES = ["clean", "fuzzy", "natural", "chaotic"]

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
TEEN_BY_VAL = {v: k for k, v in TEENS.items()}
TENS_BY_VAL = {v: k for k, v in TENS.items()}
MULT = {"hundred": 100, "thousand": 1000}
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | set(MULT)

# listener's phrase table (all synonyms from the design facts)
PHRASES = {
    ("dash",): "-", ("minus",): "-", ("hyphen",): "-",
    ("dot",): ".", ("period",): ".", ("point",): ".",
    ("slash",): "/", ("forward", "slash"): "/", ("backslash",): "\\",
    ("pipe",): "|", ("star",): "*", ("asterisk",): "*", ("bang",): "!",
    ("hash",): "#", ("tilde",): "~", ("at",): "@", ("at", "sign"): "@",
    ("dollar",): "$", ("dollar", "sign"): "$", ("percent",): "%",
    ("caret",): "^", ("ampersand",): "&", ("equals",): "=",
    ("equals", "sign"): "=", ("plus",): "+", ("colon",): ":",
    ("semicolon",): ";", ("underscore",): "_", ("comma",): ",",
    ("quote",): '"', ("single", "quote"): "'", ("backtick",): "`",
    ("question", "mark"): "?", ("open", "paren"): "(", ("close", "paren"): ")",
    ("open", "brace"): "{", ("close", "brace"): "}",
    ("open", "curly", "brace"): "{", ("close", "curly", "brace"): "}",
    ("open", "bracket"): "[", ("close", "bracket"): "]",
    ("open", "angle"): "<", ("close", "angle"): ">",
    ("less", "than"): "<", ("greater", "than"): ">", ("redirect",): ">",
    ("append",): ">>", ("double", "greater", "than"): ">>", ("and", "and"): "&&",
}
CASE_STYLES = {"snake", "camel", "pascal", "screaming", "kebab"}
# second words of two-word phrases: literal only needs "the word" straight after
# the phrase's first word (e.g. "at the word sign" for @sign)
SECOND = {"sign": {"at", "dollar", "equals"}, "mark": {"question"}, "than": {"less", "greater"},
          "paren": {"open", "close"}, "brace": {"open", "close", "curly"},
          "bracket": {"open", "close"}, "angle": {"open", "close"}, "curly": {"open", "close"},
          "caps": {"all"}, "case": set(CASE_STYLES), "word": {"the"}}
RESERVED = (set(w for k in PHRASES for w in k) | NUMWORDS | CASE_STYLES | {
    "space", "capital", "all", "double", "the", "zed", "and"}) - set(SECOND)
# words whose literal use still gets "the word" in loose speech
SYMBOL_NAMES = set(k[0] for k in PHRASES if len(k) == 1) | {"space"}

# the speaker's own names for characters (clean protocol)
SYM_NAME = {
    "/": "slash", "~": "tilde", "|": "pipe", "*": "star", "!": "bang", "#": "hash",
    "@": "at", "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon", "_": "underscore",
    ",": "comma", '"': "quote", "'": "single quote", "`": "backtick",
    "?": "question mark", "(": "open paren", ")": "close paren", "{": "open brace",
    "}": "close brace", "[": "open bracket", "]": "close bracket", "<": "less than",
    "\\": "backslash",
}

SHORT_OK = {"go", "up", "in", "on", "of", "to", "do", "no", "so", "is", "it", "me",
            "my", "we", "by", "as", "or", "if", "an", "am", "us", "he"}
SPELL = {"api", "cpu", "gpu", "url", "uri", "usb", "sql", "dns", "tcp", "udp", "ssl",
         "tls", "xml", "iso", "ide", "ftp", "pdf", "ocr", "cli", "gui", "tui", "aws",
         "gcp", "vpn", "lvm", "ios", "exe", "adb", "eol", "gcc", "gdb", "ssh", "uid",
         "gid", "pid", "tty", "ttl", "dpi", "fps", "ips", "ocf", "ani", "ext", "vcs",
         "efi", "acl", "ecr", "eks", "aur", "ini", "dev", "env", "utf", "iot", "ova",
         "osv", "ack", "sof", "cov", "rom"}
# names he says as one word although they break his rules of thumb
SAY_ANYWAY = {"nginx", "json", "jpeg", "mpeg", "dijkstra", "schmetterling", "kubectl",
              "yaml", "toml", "pueue", "enqueue", "gnome", "xargs", "xterm"}
ONSET2 = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "ph",
          "pl", "pr", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr",
          "tw", "wh", "wr", "ps", "gn", "sq", "qu", "dw", "kr"}
ONSET3 = {"str", "scr", "spr", "spl", "thr", "chr", "shr", "sch", "squ", "phr"}
CODA = {"ck", "ct", "ft", "ld", "lf", "lk", "lm", "lp", "lt", "mb", "mp", "nd", "ng", "nk",
        "ns", "nt", "pt", "rb", "rd", "rf", "rg", "rk", "rl", "rm", "rn", "rp", "rs", "rt",
        "sh", "sk", "sp", "st", "ch", "th", "wn", "wl", "ws", "xt", "ts", "ds", "ps", "ks",
        "ls", "ms", "gs", "bs", "ll", "ss", "ff", "zz", "gh", "ph", "nc", "rch", "lch",
        "nch", "nth", "ght", "nds", "nts", "sts", "rst", "nks", "mps", "ngs", "tch", "rld",
        "rts", "cts", "rks", "lls", "cks", "rms", "pts", "fts", "lts", "rds", "wns", "rth",
        "lth", "sch", "lds", "nd", "dth", "fth", "nx", "rx", "lx", "mph", "rsh", "ngth"}
# common words and pieces he hears inside tool names; preferred when a name is split
LEXICON = set("""
about access account add admin agent alarm alpha app apple arch archive art ascii audio
auto back backup band base bash bench best big bin binary bit black block blue board
body book boot bot box brain bright browse browser buck buffer bug build bulk bus byte
cache cake call camera can cap capture card case cast cat chain change channel chat
check chrome clade class clean clear client clip clock clone clones close cloud cluster
code col color column com command commit compose con config connect console control
convert cook copy core count crack crane cron crypt crypto cut daemon dash data date day
deb debug deck del delta demo deploy desk desktop detach dev diff dir disk dist doc
dock docker doctor doc docs dog door dot down draw drive drop dump edit editor end
engine enlarge epsi event exec export face fake fast feed file files fill filter find
fire fix flake flash flat flate flow font fonts fork form format frame free from full
game gamma gate get gif git glob tiff hips ness vacuum rabbit upgrade grade diag event events index reindex create delete regex sway sig virtual frag cleanup globe go grab graph grep grid grinder group guard
hash head help hex hide hint hist history hole home hook host hot hub icon image img
in index info init ink input install iso item jail jar job join jump just keep kernel
key keys kill kit lab label lake lamp last latch launch layer leaf ledger less level
lib light line link lint list live load local lock log logic logs long look lookup
loop mac mail main make man manage manager map mark mask master match max media
mem menu merge meta mind mini mint mix mod mode model monitor month monthly more mount
move multi mutt name nap nerd net new news next night nightly node note notes null
off office on one open out over owner pack package pad page pager paint pal palm pam
pan pane paper par parse part pass passwd patch path peg pen per perf phone pick pin
pipe pitch pixel plan plasma play plot plug point poll pool pop port post power press
print printer probe proc prof project prompt prop proxy pub pull push put query queue
quick rain ranger rar rate raw read real record red ref region relay remote remove rename
replay report rescue reset rest ring rip rock roll root round route row rule run rush
safe sand save scale scan scene scheme score scrap screen script search secret see seek
select send serve server service set settings shadow share sheet shell shift ship shot
show side sign sim site size skip slab sleep slice slim slot smart smooth snap socket
soft solid sound source space spark speed spell spider split spot spread spy squash
stack stage star start stash stat state status steam step stick stone stop store
storm strap stream strip studio style sub sum sun super swap switch sync system table
tag tail take talk tape task team tee temp term test text thing thread tick ticket tile
time tiny tip to token tool tools tooth top touch trace track trans trap tree trim trip
true trust try tube tune turn type under unit up update upload user util vault vector
venv verify view vim vision void volt wall wallet war warp wash watch wave web week
weight wheel which white wide wiki win window wing wire word work world wrap write yank
zip zone
""".split())


def _vowel_mask(w):
    return [c in "aeiou" or (c == "y" and i > 0) for i, c in enumerate(w)]


def sayable(w):
    """Would the speaker say this lower-case letter string as one word?"""
    if w in SAY_ANYWAY or w in LEXICON and len(w) > 2:
        return True
    if w in SPELL or not w.isalpha():
        return False
    if len(w) <= 2:
        return w in SHORT_OK
    vow = _vowel_mask(w)
    if not any(vow):
        return False
    if "q" in w and not re.search(r"q(?=u)", w):
        return False
    lead = 0
    while not vow[lead]:
        lead += 1
    onset = w[:lead]
    if (lead == 2 and onset not in ONSET2) or (lead == 3 and onset not in ONSET3) or lead > 3:
        return False
    tail = 0
    while not vow[len(w) - 1 - tail]:
        tail += 1
    coda = w[len(w) - tail:]
    if tail >= 2 and coda not in CODA and not (
            coda.endswith("s") and (len(coda) == 2 or coda[:-1] in CODA)):
        return False
    runs = re.findall(r"0+", "".join("1" if v else "0" for v in vow))
    if any(len(r) > 3 for r in runs):
        return False
    if re.search(r"(.)\1\1", w):
        return False
    return True


# --------------------------------------------------------------------------
# The listener (clean protocol)
# --------------------------------------------------------------------------
def _plain(t):
    return re.fullmatch(r"[a-z]{2,}", t) is not None and t not in RESERVED


def _letter(t):
    if t == "zed":
        return "z"
    if re.fullmatch(r"[a-z]", t):
        return t
    return None


def decode(text):
    """Rebuild the command from a clean-slice transcript."""
    w = text.split()
    n = len(w)
    tokens, cur = [], []
    state = {"pending": None, "run": False}

    def emit(s, kind):
        p = state["pending"]
        if kind == "letter":
            if state["run"]:
                s = s.upper()
            elif p == "cap":
                s = s[0].upper() + s[1:]
            elif p == "upper":
                s = s.upper()
                state["run"] = True
        else:
            state["run"] = False
            if p and kind not in ("word",):
                raise ValueError("casing word before %r" % s)
            if p == "cap":
                s = s[0].upper() + s[1:]
            elif p == "upper":
                s = s.upper()
        state["pending"] = None
        cur.append(s)

    i = 0
    while i < n:
        t = w[i]
        if t == "space":
            if state["pending"]:
                raise ValueError("dangling casing word")
            state["run"] = False
            tokens.append("".join(cur))
            cur = []
            i += 1
            continue
        if t == "the" and i + 2 < n and w[i + 1] == "word":
            if not re.fullmatch(r"[a-z]+", w[i + 2]):
                raise ValueError("bad literal")
            emit(w[i + 2], "word")
            i += 3
            continue
        if t == "capital":
            state["run"] = False
            state["pending"] = "cap"
            i += 1
            continue
        if t == "all" and i + 1 < n and w[i + 1] == "caps":
            state["run"] = False
            state["pending"] = "upper"
            i += 2
            continue
        if t in CASE_STYLES and i + 1 < n and w[i + 1] == "case":
            i += 2
            parts = []
            while i < n and _plain(w[i]):
                parts.append(w[i])
                i += 1
            if len(parts) < 2:
                raise ValueError("short case run")
            if t == "snake":
                s = "_".join(parts)
            elif t == "screaming":
                s = "_".join(parts).upper()
            elif t == "kebab":
                s = "-".join(parts)
            elif t == "camel":
                s = parts[0] + "".join(p.capitalize() for p in parts[1:])
            else:
                s = "".join(p.capitalize() for p in parts)
            if state["pending"]:
                raise ValueError("casing before case run")
            emit(s, "word")
            continue
        if t == "double" and i + 1 < n and w[i + 1] not in UNITS:
            nxt = w[i + 1]
            if _letter(nxt):
                emit(_letter(nxt) * 2, "letter")
                i += 2
                continue
            if nxt in ("dash", "hyphen", "minus"):
                emit("--", "sym")
                i += 2
                continue
            if tuple(w[i:i + 3]) == ("double", "greater", "than"):
                emit(">>", "sym")
                i += 3
                continue
            raise ValueError("bad double")
        if t in NUMWORDS or t == "double":
            groups = []
            while i < n:
                u = w[i]
                if u == "double" and i + 1 < n and w[i + 1] in UNITS:
                    groups.append(str(UNITS.index(w[i + 1])) * 2)
                    i += 2
                elif u in UNITS:
                    groups.append(str(UNITS.index(u)))
                    i += 1
                elif u in TEENS:
                    groups.append(str(TEENS[u]))
                    i += 1
                elif u in TENS:
                    if i + 1 < n and w[i + 1] in UNITS[1:]:
                        groups.append(str(TENS[u] + UNITS.index(w[i + 1])))
                        i += 2
                    else:
                        groups.append(str(TENS[u]))
                        i += 1
                elif u in MULT and groups:
                    groups[-1] = str(int(groups[-1]) * MULT[u])
                    i += 1
                else:
                    break
            if not groups:
                raise ValueError("bad number")
            emit("".join(groups), "num")
            continue
        matched = False
        for ln in (3, 2, 1):
            key = tuple(w[i:i + ln])
            if len(key) == ln and key in PHRASES:
                emit(PHRASES[key], "sym")
                i += ln
                matched = True
                break
        if matched:
            continue
        if _letter(t):
            emit(_letter(t), "letter")
            i += 1
            continue
        if _plain(t):
            emit(t, "word")
            i += 1
            continue
        raise ValueError("unknown word %r" % t)
    if state["pending"]:
        raise ValueError("dangling casing word")
    tokens.append("".join(cur))
    return " ".join(tokens)


# --------------------------------------------------------------------------
# The speaker (clean encoder): command -> tokens -> units
# --------------------------------------------------------------------------
# A unit is a dict: k = sym | word | letter | num | case, v = exact text.
def U(k, v, **kw):
    d = {"k": k, "v": v}
    d.update(kw)
    return d


def two(v):
    if v < 10:
        return [UNITS[v]]
    if v < 20:
        return [TEEN_BY_VAL[v]]
    t, u = divmod(v, 10)
    return [TENS_BY_VAL[t * 10]] + ([UNITS[u]] if u else [])


def digit_words(s):
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1]:
            out += ["double", UNITS[int(s[i])]]
            i += 2
        else:
            out.append(UNITS[int(s[i])])
            i += 1
    return out


def num_words(s, ip=False):
    n = len(s)
    if n == 1:
        return [UNITS[int(s)]]
    if s[0] == "0":
        return digit_words(s)
    v = int(s)
    if n == 2:
        return two(v)
    if ip:
        return digit_words(s)
    if v % 1000 == 0 and v // 1000 <= 99:
        return two(v // 1000) + ["thousand"]
    if v % 100 == 0 and v // 100 <= 99:
        return two(v // 100) + ["hundred"]
    if v % 100000 == 0 and v // 100000 <= 9:
        return [UNITS[v // 100000], "hundred", "thousand"]
    if n == 3 and s[1] != "0":
        return [UNITS[int(s[0])]] + two(int(s[1:]))
    if n == 4:
        first = two(int(s[:2]))
        rest = two(int(s[2:])) if s[2] != "0" else digit_words(s[2:])
        return first + rest
    return digit_words(s)


DP_SHORT = {"to", "up", "go", "in", "on", "my", "no"}


def spell_split(w):
    """Cheapest split into words and single letters: a common word costs 1, a
    single letter 1, any other pronounceable piece 3.1 (so "bench mark",
    "system c t l", "g pass w d", "p b m to ascii")."""
    n = len(w)
    best = [None] * (n + 1)
    best[n] = (0.0, [])
    for i in range(n - 1, -1, -1):
        cands = []
        for j in range(n, i, -1):
            piece = w[i:j]
            if j - i == 1:
                cost = 1.0
            elif piece in RESERVED:
                if j - i < 3:
                    continue
                cost = 2.0
            elif piece == "top" and j < n and len(best[j][1][0]) == 1:
                continue  # netpbm names: "to p p m", never "top p m"
            elif piece in LEXICON or piece in DP_SHORT or piece in SAY_ANYWAY:
                cost = 1.0
            elif j - i >= 3 and sayable(piece) and \
                    (j == n or len(best[j][1][0]) > 1):
                # an odd piece never has a stray letter hanging off its end
                cost = 3.1
            else:
                continue
            cands.append((best[j][0] + cost, -(j - i), [piece] + best[j][1]))
        cands.sort(key=lambda c: (c[0], c[1]))
        best[i] = (cands[0][0], cands[0][2])
    return best[0][1]


def say_lower(w, allow_double=True):
    """Units for a lower-case letter string."""
    if w in RESERVED and len(w) > 1:
        return [U("word", w, esc=True)]
    if len(w) > 1 and sayable(w):
        return [U("word", w)]
    units = []
    for p in spell_split(w):
        if len(p) == 1:
            if allow_double and units and units[-1]["k"] == "letter" and units[-1]["n"] == 1 \
                    and units[-1]["v"] == p:
                units[-1] = U("letter", p * 2, ch=p, n=2)
            else:
                units.append(U("letter", p, ch=p, n=1))
        else:
            units.append(U("word", p, esc=p in RESERVED))
    return units


def whole_word_case_ok(parts):
    return len(parts) >= 2 and all(len(p) >= 2 and p not in RESERVED and sayable(p)
                                   for p in parts)


def encode_alpha(run):
    m_camel = re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", run)
    m_pascal = re.fullmatch(r"(?:[A-Z][a-z]+){2,}", run)
    if m_camel or m_pascal:
        parts = [p.lower() for p in re.findall(r"[A-Z]?[a-z]+", run)]
        if whole_word_case_ok(parts):
            return [U("case", run, style="camel" if m_camel else "pascal", parts=parts)]
    units = []
    segs = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", run)
    assert "".join(segs) == run, run
    for seg in segs:
        low = seg.lower()
        if seg.islower():
            units += say_lower(low)
        elif len(seg) == 1:
            units.append(U("letter", seg, ch=low, n=1, mod="cap"))
        elif seg[0].isupper() and seg[1:].islower():
            us = say_lower(low, allow_double=False)
            f = dict(us[0])
            f["mod"] = "cap"
            f["v"] = f["v"][0].upper() + f["v"][1:]
            units += [f] + us[1:]
        else:  # all upper, 2+ letters
            if (low in RESERVED or sayable(low)) and len(low) > 2:
                units.append(U("word", seg, esc=low in RESERVED, mod="upper", low=low))
            else:
                first = True
                i = 0
                while i < len(low):
                    if i + 1 < len(low) and low[i] == low[i + 1]:
                        u = U("letter", seg[i:i + 2], ch=low[i], n=2)
                        i += 2
                    else:
                        u = U("letter", seg[i], ch=low[i], n=1)
                        i += 1
                    u["mod"] = "upper" if first else "run"
                    first = False
                    units.append(u)
    return units


TOKEN_RE = re.compile(
    r"(?P<snake>[a-z]+(?:_[a-z]+)+)|(?P<scream>[A-Z]+(?:_[A-Z]+)+)|(?P<alpha>[A-Za-z]+)"
    r"|(?P<num>[0-9]+)|(?P<sym>.)")


def encode_token(tok):
    units = []
    ip = re.search(r"\d+\.\d+\.\d+\.\d+", tok) is not None
    pos = 0
    while pos < len(tok):
        m = TOKEN_RE.match(tok, pos)
        kind, text = m.lastgroup, m.group()
        start, pos = pos, m.end()
        if kind in ("snake", "scream"):
            parts = text.lower().split("_")
            if whole_word_case_ok(parts):
                units.append(U("case", text, style="snake" if kind == "snake" else "screaming",
                               parts=parts))
                continue
            # fall back: re-read piece by piece
            for piece in re.findall(r"[A-Za-z]+|_", text):
                if piece == "_":
                    units.append(U("sym", "_", name="underscore"))
                else:
                    units += encode_alpha(piece)
            continue
        if kind == "alpha":
            units += encode_alpha(text)
            continue
        if kind == "num":
            units.append(U("num", text, words=num_words(text, ip=ip)))
            continue
        c = text
        prev = tok[start - 1] if start > 0 else ""
        nxt = tok[pos] if pos < len(tok) else ""
        if c == "-":
            if nxt == "-":
                units.append(U("sym", "--", name="double dash"))
                pos += 1
            elif prev.isalnum() and nxt.isalnum():
                units.append(U("sym", "-", name="hyphen"))
            elif nxt.isdigit() and not prev.isalnum():
                units.append(U("sym", "-", name="minus"))
            else:
                units.append(U("sym", "-", name="dash"))
        elif c == ".":
            if prev.isdigit() and nxt.isdigit() and not ip:
                units.append(U("sym", ".", name="point"))
            else:
                units.append(U("sym", ".", name="dot"))
        elif c == ">":
            if nxt == ">":
                units.append(U("sym", ">>", name="append"))
                pos += 1
            elif start == 0 or (start == 1 and tok[0].isdigit()):
                units.append(U("sym", ">", name="redirect"))
            else:
                units.append(U("sym", ">", name="greater than"))
        elif c == "&" and nxt == "&":
            units.append(U("sym", "&&", name="and and"))
            pos += 1
        else:
            units.append(U("sym", c, name=SYM_NAME[c]))
    return units


def mark_escapes(units):
    """Escape a literal second word right after its phrase's first word."""
    prev = None
    for u in units:
        words = clean_unit(u)
        if u["k"] == "word" and not u.get("esc") and u.get("mod") is None:
            low = u["v"]
            if low in SECOND and prev in SECOND[low]:
                u["esc"] = True
                words = clean_unit(u)
        prev = words[-1]
    return units


def encode(cmd):
    return [mark_escapes(encode_token(t)) for t in cmd.split(" ")]


LETTER_NAME = {c: c for c in "abcdefghijklmnopqrstuvwxy"}
LETTER_NAME["z"] = "zed"


def clean_unit(u):
    k = u["k"]
    if k == "sym":
        return u["name"].split()
    if k == "num":
        return list(u["words"])
    if k == "case":
        return [u["style"], "case"] + u["parts"]
    pre = []
    mod = u.get("mod")
    if mod == "cap":
        pre = ["capital"]
    elif mod == "upper":
        pre = ["all", "caps"]
    if k == "word":
        low = u.get("low", u["v"].lower())
        return pre + (["the", "word"] if u.get("esc") else []) + [low]
    if k == "letter":
        return pre + (["double"] if u["n"] == 2 else []) + [LETTER_NAME[u["ch"]]]
    raise ValueError(k)


def clean_text(tokens):
    return " space ".join(" ".join(w for u in t for w in clean_unit(u)) for t in tokens)


# --------------------------------------------------------------------------
# Whisper helpers
# --------------------------------------------------------------------------
def pick(rng, table):
    """table: list of (weight, value)."""
    total = sum(wt for wt, _ in table)
    r = rng.random() * total
    for wt, val in table:
        r -= wt
        if r < 0:
            return val
    return table[-1][1]


HOMO_LETTER = {"c": "see", "r": "are", "u": "you", "y": "why", "o": "oh", "q": "queue",
               "t": "tea", "x": "ex", "b": "bee", "j": "Jay", "k": "Kay", "i": "eye",
               "z": "Zed"}
HOMO_WORD = {"sudo": "pseudo", "cache": "cash", "sed": "said", "whois": "who is",
             "suite": "sweet", "sync": "sink"}
SPLIT_PREFIXES = ["user", "file", "back", "pass", "data", "data", "host", "time", "name",
                  "work", "down", "up", "load", "key", "net", "web", "home", "note",
                  "book", "snap", "type", "sand", "play", "wall", "paper", "word", "base",
                  "over", "under", "out", "check", "screen", "shot", "side", "line",
                  "task", "code", "sound", "power", "night", "light", "star"]
GLUE_EXT = {"txt", "md", "log", "json", "yaml", "yml", "py", "sh", "csv", "html", "pdf",
            "png", "jpg", "zip", "gz", "tar", "conf", "com", "org", "net", "io", "js",
            "xml", "toml", "ini", "deb", "rpm", "iso", "mp", "internal", "local", "db",
            "sql", "cfg", "rs", "go", "c", "h", "cpp", "ts", "svg", "gem", "gv", "rc"}


def maybe_split(rng, word):
    for p in SPLIT_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3 and sayable(word[len(p):]):
            return p + " " + word[len(p):]
    return None


def letter_runs(units):
    """Group consecutive letter units (indices) of a token."""
    groups, i = [], 0
    while i < len(units):
        if units[i]["k"] == "letter":
            j = i
            while j < len(units) and units[j]["k"] == "letter":
                j += 1
            groups.append((i, j))
            i = j
        else:
            i += 1
    return groups


def num_whisper(rng, u, loose=False):
    s, words = u["v"], u["words"]
    if "double" in words and rng.random() < 0.4:
        return " ".join(w if w == "double" else str(UNITS.index(w)) if w in UNITS else w
                        for w in words)
    if words[-1] == "thousand" and len(s) >= 4:
        return pick(rng, [(6, s), (3, "{:,}".format(int(s))), (1 if not loose else 0, " ".join(words))])
    if len(words) == 1 and len(s) <= 2 and int(s) <= 10:
        return pick(rng, [(6, s), (4, words[0])])
    if all(w in UNITS for w in words) and len(words) >= 3 and rng.random() < 0.3:
        return " ".join(s)
    return s


def is_alnum_unit(u):
    return u is not None and u["k"] in ("word", "letter", "num", "case")


def render_token(rng, units, style, qstate):
    """Render one token's units the way Whisper writes this speaker.

    style: 'fuzzy' (protocol words, synonyms) or 'natural' (loose).
    Returns a list of (text, glue_before) items.
    """
    items = []
    runs = {i: j for i, j in letter_runs(units)}
    run_mode = {}
    for i, j in runs.items():
        plain = all(units[x].get("mod") in (None, "upper", "run") and units[x]["n"] == 1
                    and units[x]["ch"] != "z" for x in range(i, j))
        if j - i >= 2 and plain:
            run_mode[i] = pick(rng, [(5, "glued"), (4, "spaced"), (1, "lower")] if style == "fuzzy"
                               else [(7, "glued"), (3, "spaced")])
        else:
            run_mode[i] = "spaced"
    # numbers joined by dots (IP addresses, versions) are glued all or nothing
    chain = set()
    for idx in range(1, len(units) - 1):
        if units[idx]["k"] == "sym" and units[idx]["v"] == "." and \
                units[idx - 1]["k"] == "num" and units[idx + 1]["k"] == "num":
            chain.update((idx - 1, idx, idx + 1))
    glue_chain = bool(chain) and rng.random() < 0.75
    mode = None
    glue_next = False
    for idx, u in enumerate(units):
        if idx in run_mode:
            mode = run_mode[idx]
        k = u["k"]
        prev_u = units[idx - 1] if idx > 0 else None
        next_u = units[idx + 1] if idx + 1 < len(units) else None
        glue = glue_next
        glue_next = False
        if k == "letter":
            ch = u["ch"]
            mod = u.get("mod")
            in_run = idx > 0 and units[idx - 1]["k"] == "letter"
            if not in_run and idx not in run_mode:
                mode = "spaced"
            if mod == "cap":
                items.append(("capital", glue))
                items.append((ch.upper(), False))
                continue
            pre = []
            if mod == "upper":
                pre = ["all caps" if style == "fuzzy" or rng.random() < 0.5 else "all capitals"]
            if ch == "z":
                name = pick(rng, [(5, "Z"), (3, "zed"), (2, "Zed")])
            elif style == "fuzzy" and mode == "spaced" and u["n"] == 1 and ch in HOMO_LETTER \
                    and not in_run and not (next_u and next_u["k"] == "letter") \
                    and rng.random() < 0.15:
                name = HOMO_LETTER[ch]
            elif mode == "lower":
                name = ch
            else:
                name = ch.upper()
            if u["n"] == 2:
                pre.append("double")
            for p in pre:
                items.append((p, glue))
                glue = False
            if mode == "glued" and in_run and not pre:
                items.append((name, True))
            else:
                items.append((name, glue))
            continue
        if k == "num":
            if idx in chain and glue_chain:
                items.append((u["v"], glue))
            else:
                items.append((num_whisper(rng, u, loose=(style == "natural")), glue))
            continue
        if k == "case":
            if style == "natural" and rng.random() < 0.5:
                sep = "underscore" if u["style"] in ("snake", "screaming") else None
                parts = u["parts"]
                if u["style"] == "screaming":
                    items.append(("all caps", glue))
                    items.append((" underscore ".join(p.upper() for p in parts), False))
                elif sep:
                    items.append((" underscore ".join(parts), glue))
                else:
                    items.append((u["style"] + " case " + " ".join(parts), glue))
            else:
                name = u["style"] + pick(rng, [(8, " case"), (2, "-case")] if style == "fuzzy"
                                         else [(1, " case")])
                items.append((name + " " + " ".join(u["parts"]), glue))
            continue
        if k == "word":
            low = u.get("low", u["v"].lower())
            mod = u.get("mod")
            esc = u.get("esc")
            txt = low
            if not esc and mod is None:
                if low in HOMO_WORD and rng.random() < (0.5 if style == "fuzzy" else 0.3):
                    txt = HOMO_WORD[low]
                elif len(low) >= 7 and rng.random() < 0.25:
                    txt = maybe_split(rng, low) or low
            if mod == "cap":
                txt = txt[0].upper() + txt[1:]
            if mod == "upper":
                txt = txt.upper()
            if esc:
                if style == "fuzzy" or low in SYMBOL_NAMES or low in NUMWORDS:
                    txt = pick(rng, [(8, "the word " + txt), (2, "the word, " + txt)])
            if mod == "cap":
                if style == "natural" and rng.random() < 0.4:
                    items.append((txt + ", with a capital " + low[0].upper() + ",", glue))
                else:
                    items.append(("capital " + (txt if rng.random() < 0.7 else
                                                txt[0].lower() + txt[1:]), glue))
            elif mod == "upper":
                if style == "natural" and rng.random() < 0.5:
                    items.append((txt + pick(rng, [(1, " in capitals"), (1, ", all in caps,")]),
                                  glue))
                else:
                    items.append((pick(rng, [(7, "all caps "), (3, "all-caps ")]) + txt, glue))
            else:
                items.append((txt, glue))
            continue
        # symbols
        name = u["name"]
        c = u["v"]
        if c == "." and is_alnum_unit(prev_u) and is_alnum_unit(next_u):
            numeric = idx in chain
            ext = next_u["k"] == "word" and next_u.get("mod") is None and \
                next_u["v"] in GLUE_EXT and prev_u["k"] in ("word", "num")
            p_glue = 0.0
            if numeric:
                p_glue = 1.0 if glue_chain else 0.0
            elif ext:
                p_glue = 0.35 if style == "fuzzy" else 0.5
            if rng.random() < p_glue:
                items.append((".", True))
                glue_next = True
                continue
        if style == "fuzzy":
            table = {
                "dash": [(70, "dash"), (15, "minus"), (10, "hyphen"), (5, "Dash")],
                "hyphen": [(60, "hyphen"), (30, "dash"), (10, "minus")],
                "minus": [(70, "minus"), (30, "dash")],
                "double dash": [(55, "double dash"), (25, "dash dash"), (10, "double-dash"),
                                (10, "minus minus")],
                "dot": [(70, "dot"), (18, "period"), (7, "point"), (5, "Dot")],
                "point": [(60, "point"), (30, "dot"), (10, "period")],
                "slash": [(70, "slash"), (25, "forward slash"), (5, "Slash")],
                "tilde": [(70, "tilde"), (30, "tilda")],
                "underscore": [(80, "underscore"), (20, "under score")],
                "semicolon": [(60, "semicolon"), (40, "semi colon")],
                "backslash": [(60, "backslash"), (40, "back slash")],
                "caret": [(50, "caret"), (50, "carrot")],
                "single quote": [(70, "single quote"), (30, "single-quote")],
                "star": [(75, "star"), (25, "asterisk")],
                "dollar": [(75, "dollar"), (25, "dollar sign")],
                "equals": [(80, "equals"), (20, "equals sign")],
                "and and": [(70, "and and"), (30, "and, and")],
                "at": [(85, "at"), (15, "at sign")],
                "redirect": [(80, "redirect"), (20, "re-direct")],
                "quote": [(85, "quote"), (15, "Quote")],
            }.get(name, [(1, name)])
        else:
            table = {
                "dash": [(80, "dash"), (10, "minus"), (10, "hyphen")],
                "hyphen": [(55, "hyphen"), (40, "dash"), (5, "minus")],
                "minus": [(60, "minus"), (40, "dash")],
                "double dash": [(70, "double dash"), (30, "dash dash")],
                "dot": [(100, "dot")],
                "point": [(70, "point"), (30, "dot")],
                "slash": [(55, "slash"), (45, "forward slash")],
                "tilde": [(60, "tilde"), (40, "tilda")],
                "star": [(60, "star"), (40, "asterisk")],
                "dollar": [(60, "dollar"), (40, "dollar sign")],
                "redirect": [(70, "redirect"), (30, "greater than")],
                "greater than": [(100, "greater than")],
                "append": [(75, "append"), (25, "double greater than")],
                "at": [(80, "at"), (20, "at sign")],
            }.get(name, [(1, name)])
        txt = pick(rng, table)
        if c == '"' and style == "natural":
            qstate[0] += 1
            if qstate[0] % 2 == 0 and rng.random() < 0.2:
                txt = "close quote"
            elif qstate[0] % 2 == 1 and rng.random() < 0.15:
                txt = "open quote"
        items.append((txt, glue))
    return items


def join_items(items):
    out = ""
    for txt, glue in items:
        if not out:
            out = txt
        elif glue:
            out += txt
        else:
            out += " " + txt
    return out


def sentence(s, rng, period=0.6):
    s = s.strip()
    s = re.sub(r",(\s*,)+", ",", s)
    s = re.sub(r",\s*([.:])", r"\1", s)
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    if s and s[-1] not in ".?!:" and rng.random() < period:
        s = s.rstrip(",") + "."
    return s.rstrip(",")


# --------------------------------------------------------------------------
# Slices
# --------------------------------------------------------------------------
def render_fuzzy(rng, tokens):
    parts = []
    qstate = [0]
    for ti, t in enumerate(tokens):
        if ti:
            parts.append(pick(rng, [(85, "space"), (10, "space,"), (5, "Space")]))
        s = join_items(render_token(rng, t, "fuzzy", qstate))
        if rng.random() < 0.06:
            s += ","
        parts.append(s)
    return sentence(" ".join(parts), rng, period=0.5)


OPENERS = ["Right, ", "Right so, ", "Aye, ", "Okay so, ", "Can ye run ", "Can you run ",
           "Could you type ", "Pop this in: ", "I'm after ", "Give us ", "Stick in ",
           "Now then, ", "Right, can ye do ", "Aye, just ", "Okay, run "]
SIGNOFFS = ["Cheers.", "Ta.", "That's us.", "Sorted.", "That'll do.", "Cheers, pal."]
FILLERS = ["em,", "erm,", "um,", "eh,", "like,"]


def natural_tokens(rng, tokens):
    qstate = [0]
    return [join_items(render_token(rng, t, "natural", qstate)) for t in tokens]


def frame(rng, body, opener_p=0.8, signoff_p=0.4):
    s = body
    if rng.random() < opener_p:
        s = rng.choice(OPENERS) + s
    s = sentence(s, rng, period=0.7)
    if rng.random() < signoff_p:
        if s[-1] not in ".?!":
            s += "."
        s += " " + rng.choice(SIGNOFFS)
    return s


def with_fillers(rng, strs, p=0.1, most=2):
    out, used = [], 0
    for i, s in enumerate(strs):
        if i and used < most and rng.random() < p:
            out.append(rng.choice(FILLERS))
            used += 1
        out.append(s)
    return out


def render_natural(rng, tokens):
    strs = natural_tokens(rng, tokens)
    if rng.random() < 0.35:
        strs = [rng.choice(["em,", "erm,", "um,"])] + strs
    strs = with_fillers(rng, strs)
    return frame(rng, " ".join(strs))


WORD_POOL = ["main", "test", "backup", "notes", "data", "config", "demo", "alpha", "staging",
             "web", "app", "docs", "logs", "report", "prod", "build", "admin", "deploy"]
EXT_POOL = ["txt", "md", "log", "json", "yaml", "yml", "py", "sh", "csv", "conf", "html"]
FLAG_POOL = ["--force", "--verbose", "--all", "--quiet", "--recursive", "--name", "--output",
             "--dry-run", "--help", "--list", "--json", "--debug"]
PIECE_FIX = ["naw,", "naw, sorry,", "och no, I mean", "wait, naw, make that", "sorry, it's",
             "no no,"]
FLAG_FIX = ["naw, not that one,", "sorry, no,", "och, naw,", "scratch that,", "wait, naw, it's"]
RESTART = ["Och, start again.", "Naw, scratch all that, from the top:", "Hang on. Right, again:",
           "Sorry, let me start that again.", "Och, naw. Again:"]
ASIDES = ["if I mind right", "don't ask", "that's the one that keeps falling over",
          "it's for the backups", "the boss wants it", "this laptop's a nightmare", "honestly"]
TRAIL = ["em, what's the rest of it, aye,", "hang on, hang on, right,", "erm, what was it,",
         "eh, one sec, aye,"]


def wrong_unit_cands(u, prev_u):
    k = u["k"]
    if k == "num":
        return True
    if k == "word" and u.get("mod") is None and not u.get("esc"):
        pool = EXT_POOL if (prev_u and prev_u["k"] == "sym" and prev_u["v"] == ".") else WORD_POOL
        return [w for w in pool if w != u["v"] and not w.startswith(u["v"])
                and not u["v"].startswith(w)]
    return None


def wrong_unit(rng, u, prev_u):
    k = u["k"]
    if k == "num":
        v = int(u["v"])
        for cand in (v + 1, v * 2, v + 10, v - 1):
            s = str(cand)
            if cand >= 0 and s != u["v"]:
                return U("num", s, words=num_words(s))
    if k == "word" and u.get("mod") is None and not u.get("esc"):
        pool = EXT_POOL if (prev_u and prev_u["k"] == "sym" and prev_u["v"] == ".") else WORD_POOL
        cands = [w for w in pool if w != u["v"] and not w.startswith(u["v"])
                 and not u["v"].startswith(w)]
        if cands:
            return U("word", rng.choice(cands))
    return None


def flag_fixable(tok):
    return tok.startswith("--") or re.fullmatch(r"-[A-Za-z]", tok) is not None


def wrong_flag(rng, tok):
    if tok.startswith("--"):
        cands = [f for f in FLAG_POOL if not tok.startswith(f) and f != tok]
        return rng.choice(cands)
    m = re.fullmatch(r"-([A-Za-z])", tok)
    if m:
        c = m.group(1)
        alts = [x for x in "vrfanlqs" if x != c.lower()]
        x = rng.choice(alts)
        return "-" + (x.upper() if c.isupper() else x)
    return None


def render_chaotic(rng, cmd, tokens):
    ntok = len(tokens)
    strs = natural_tokens(rng, tokens)
    words = cmd.split(" ")
    # candidate troubles
    flag_idx = [i for i, w in enumerate(words) if flag_fixable(w) and i > 0]
    piece_idx = []
    for ti, t in enumerate(tokens):
        if ti == 0:
            continue
        for ui, u in enumerate(t):
            before = t[ui - 1] if ui else None
            after = t[ui + 1] if ui + 1 < len(t) else None
            whole = (before is None or before["k"] == "sym") and \
                (after is None or after["k"] == "sym")
            if whole and u["k"] in ("num", "word") and wrong_unit_cands(u, before):
                piece_idx.append((ti, ui))
    kinds = []
    main = pick(rng, [(4 if piece_idx else 0, "piece"), (3 if flag_idx else 0, "flag"),
                      (3, "whole"), (1, "none")])
    if main != "none":
        kinds.append(main)
    extra = pick(rng, [(3, "stutter"), (3, "aside"), (2, "trail"), (3, None)])
    if extra:
        kinds.append(extra)
    if not kinds:
        kinds.append("stutter")
    restart_prefix = None
    for kind in kinds:
        if kind == "piece":
            ti, ui = rng.choice(piece_idx)
            t = tokens[ti]
            w = wrong_unit(rng, t[ui], t[ui - 1] if ui else None)
            wrong_units = t[:ui] + [w]
            right_units = t[ui:]
            # if the right part starts just after a dot, repeat the dot too
            if ui > 0 and t[ui - 1]["k"] == "sym" and rng.random() < 0.5:
                right_units = t[ui - 1:]
            q = [0]
            a = join_items(render_token(rng, wrong_units, "natural", q))
            b = join_items(render_token(rng, right_units, "natural", q))
            strs[ti] = a + ", " + rng.choice(PIECE_FIX) + " " + b
        elif kind == "flag":
            ti = rng.choice(flag_idx)
            wf = wrong_flag(rng, words[ti])
            a = join_items(render_token(rng, encode_token(wf), "natural", [0]))
            strs[ti] = a + ", " + rng.choice(FLAG_FIX) + " " + strs[ti]
        elif kind == "whole":
            k = rng.randint(1, max(1, ntok - 1)) if ntok > 1 else 1
            pre = natural_tokens(rng, tokens[:k])
            # make the abandoned attempt actually wrong where possible
            cand = [(ti, ui) for (ti, ui) in piece_idx if ti < k]
            if cand and rng.random() < 0.7:
                ti, ui = rng.choice(cand)
                t = tokens[ti]
                w = wrong_unit(rng, t[ui], t[ui - 1] if ui else None)
                pre[ti] = join_items(render_token(rng, t[:ui] + [w] + t[ui + 1:], "natural", [0]))
            restart_prefix = " ".join(pre) + rng.choice([".", "..."]) + " " + rng.choice(RESTART)
        elif kind == "stutter":
            ti = 0 if rng.random() < 0.6 or ntok == 1 else rng.randrange(ntok)
            first = strs[ti].split(" ")[0].rstrip(",")
            strs[ti] = first + ", " + strs[ti]
        elif kind == "aside":
            ti = rng.randrange(1, ntok + 1) if ntok > 1 else 1
            aside = rng.choice(ASIDES)
            if ti >= ntok:
                strs[-1] = strs[-1] + pick(rng, [(1, ", "), (1, "... ")]) + aside + "."
            else:
                strs[ti - 1] = strs[ti - 1] + pick(rng, [(1, ", %s,"), (1, "... %s...")]) % aside
        elif kind == "trail":
            ti = rng.randrange(1, ntok) if ntok > 1 else 0
            if ntok > 1:
                strs[ti] = rng.choice(TRAIL) + " " + strs[ti]
            else:
                strs[0] = strs[0] + ", " + rng.choice(["aye, that's it", "aye, just that"])
    strs = with_fillers(rng, strs, p=0.08, most=1)
    body = " ".join(strs)
    if restart_prefix:
        first = restart_prefix
        if rng.random() < 0.7:
            first = rng.choice(OPENERS) + first
        first = sentence(first, rng, period=0.0)
        second = sentence(body, rng, period=0.7)
        if rng.random() < 0.3:
            if second[-1] not in ".?!":
                second += "."
            second += " " + rng.choice(SIGNOFFS)
        return first + " " + second
    return frame(rng, body, opener_p=0.75, signoff_p=0.35)


# --------------------------------------------------------------------------
# Selection and output
# --------------------------------------------------------------------------
def eligible(cmd):
    if not cmd.isascii() or "\t" in cmd or "  " in cmd or cmd != cmd.strip():
        return False
    if len(cmd) > 64 or not cmd:
        return False
    try:
        text = clean_text(encode(cmd))
    except (KeyError, ValueError):
        return False
    if len(text.split()) > 48:
        return False
    assert decode(text) == cmd, (cmd, text, decode(text))
    return True


def main():
    rng = random.Random(123)
    pool = []
    with open(POOL, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % 3 != 2:
                continue
            pool.append(json.loads(line)["command"])
    seen, cands = set(), []
    for c in pool:
        if c not in seen and eligible(c):
            seen.add(c)
            cands.append(c)
    rng.shuffle(cands)
    first_count, chosen = {}, []
    for c in cands:
        fw = c.split(" ")[0]
        if first_count.get(fw, 0) >= 2:
            continue
        first_count[fw] = first_count.get(fw, 0) + 1
        chosen.append(c)
        if len(chosen) == PER_SLICE * len(SLICES):
            break
    assert len(chosen) == PER_SLICE * len(SLICES), len(chosen)
    assert len(set(chosen)) == len(chosen)

    rows = []
    for idx, cmd in enumerate(chosen):
        sl = SLICES[idx // PER_SLICE]
        tokens = encode(cmd)
        if sl == "clean":
            text = clean_text(tokens)
            assert decode(text) == cmd, (cmd, text)
        elif sl == "fuzzy":
            text = render_fuzzy(rng, tokens)
        elif sl == "natural":
            text = render_natural(rng, tokens)
        else:
            text = render_chaotic(rng, cmd, tokens)
        text = re.sub(r"\s+", " ", text).strip()
        rows.append({"input": text, "command": cmd, "slice": sl, "author": AUTHOR})

    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {s: sum(1 for r in rows if r["slice"] == s) for s in SLICES}
    ok = all(decode(r["input"]) == r["command"] for r in rows if r["slice"] == "clean")
    print("wrote %s %s clean_roundtrip=%s" % (OUT, counts, ok))


if __name__ == "__main__":
    main()
