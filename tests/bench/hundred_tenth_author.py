#!/usr/bin/env python3
# ruff: noqa: E501, UP031, UP032
"""Hundred-and-tenth independent dictation author: "Tolu" from Yaba, Lagos.

Writes assets/training/bash/author110.jsonl: 400 lines of
{"input", "command", "slice", "author": "author110"}, 100 per slice in the
order clean, fuzzy, natural, chaotic.  Standard library only; one
random.Random(110) is consumed in a fixed order, so reruns are byte-identical.

Source and credit
-----------------
Every command is taken verbatim from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0, via the project's
pool assets/training/bash/pages_dev60_commands.jsonl.  Only 0-based pool
lines n with n % 3 == 1 are used, for all four slices.  Commands are skipped
when they cannot sensibly be dictated: non-ASCII, a tab, a double space,
leading/trailing space, over 64 characters, or over 48 spoken words in the
clean protocol below.  The seeded generator shuffles the allowed lines and
picks in that order: at most two commands per first word, all 400 distinct.

===========================================================================
STYLE GUIDE
===========================================================================

1. The speaker
--------------
Tolulope "Tolu" Bankole, 31, platform engineer at a payments start-up in
Yaba, Lagos.  Nigerian English with Yoruba and Pidgin leaking in.  Warm,
talkative, dictates to a laptop in an open-plan office: the generator hums,
Slack pings, Kemi and Chidi sit next to her, Oga Segun (the team lead)
walks past.  She is precise when she is being careful and very chatty when
she is not.  Her own words:
  * openers:   "Oya,", "Oya, run this one:", "Abeg type this:", "Okay o,
               next one.", "Ehen, so", "Make we do", "Shey you dey hear me?
               Type", "Please run", "Let me see... oya,", "The next one na"
  * sign-offs: "Thank you o.", "E don do.", "That's all sha.", "Sharp
               sharp.", "Na im be that.", "Oya enter am.", "Abeg."
  * fillers:   "ehn", "erm", "like", "you know" (between arguments only;
               "o" and "sha" only in openers and sign-offs, never inside a
               command, because "o" is also a letter and "sha" a word).
  * word-scope correction: "<wrong>, no be that, <right>",
               "<wrong>, sorry o, <right>", "<wrong>, ah no, <right>",
               "<wrong>, I mean to say <right>" -- the right part replaces
               the wrong word and she simply continues from there.  She
               only does this for a word that starts an argument or follows
               a symbol ("data slash test, sorry o, report dot P N M"), so
               the point of repair is always clear.
  * flag-scope correction: "<wrong flag>, wait wait, <right flag>",
               "<wrong flag>, no no, the flag na <right flag>".
  * whole-command restart: "Abeg scratch that, make I start again.",
               "Ehn, no. From the top:", "No be that one o. Oya again:".
  * partial answer: she says the command name (sometimes one argument),
               trails off ("what's the flag sef?", "make I check my
               note"), then says the whole command: "Okay, I remember now:".
  * asides:    "Kemi, abeg give me a minute.", "This generator noise sef!",
               "Sorry, Slack is pinging me.", "Oga Segun, I'm on it o.",
               "Ah, this network." -- always whole sentences, either between
               a slip and its correction or after a trailed-off start.
  * stutter:   she sometimes repeats the command name at the start:
               "Git, git push ...".

2. The protocol as Tolu uses it (clean slice)
---------------------------------------------
The clean slice is a careful transcript: lower case, no punctuation, only
the command.  A listener (decode() below) rebuilds the command exactly.

* "space" is said for every single space in the command (also inside
  quotes).  Everything between two "space"s is glued together: words,
  letters, digits and symbols concatenate with nothing in between.
* Words.  A lowercase letter run is said as a word when it is pronounceable
  ("grep", "report", "traceroute", "pamflip", "swapoff"); acronym-ish runs
  are spelled letter by letter ("p d f", "s r c", "l s", "e n v").  A run
  that is half word, half acronym is said as the cheapest mix of spoken
  pieces and spelled letters, which simply glue together: "kube c t l",
  "system c t l", "p n m norm", "my s q l check", "h double t p robe",
  "s shuttle", "virtual e n v".  The listener never needs to know which
  pieces are words: inside one argument everything concatenates.
* Letters are said as their plain letter (written a, b, c ... in the clean
  transcript), except z, which Tolu always calls "zed" (British/Nigerian).
  Two identical letters in a row are "double x" ("double s h" = ssh,
  "h double t p" = http).  The same for digits ("double zero" = 00).
* Casing: everything is lowercase unless she says so.
    "capital x"        -> X          (capitalises the FIRST character of the
    "capital box"      -> Box         next word or letter only)
    "all caps readme"  -> README     (a whole word)
    "all caps h k e y" -> HKEY       (a run of spelled letters, which ends at
                                      the first thing that is not a letter)
  camelCase / PascalCase are said piece by piece: VBoxManage = "capital v
  capital box capital manage".  She does not use camel/pascal/screaming
  case words.
* Case runs: three or more pronounceable lowercase words joined by "-" are
  "kebab case w1 w2 w3", joined by "_" are "snake case w1 w2 w3".  The run
  ends at the first word that is not a plain word (a symbol, number,
  letter, "space").  Two-word joins are said with the symbol
  ("remote underscore location").
* Symbols (her choices; every symbol has exactly one clean name):
    -  dash          .  dot            /  slash        \\  backslash
    |  pipe          *  star           !  bang          #  hash
    ~  tilde         @  at             $  dollar        %  percent
    ^  caret         &  ampersand      && and and       =  equals
    +  plus          :  colon          ;  semicolon     _  underscore
    ,  comma         "  quote          '  single quote  `  backtick
    ?  question mark ( ) open paren / close paren
    { } open brace / close brace       [ ] open bracket / close bracket
    <  less than
    >  "redirect" at the start of an argument (also after a leading digit:
       "two redirect" = 2>, "two redirect ampersand one" = 2>&1),
       "greater than" anywhere else
    >> "append" at the start of an argument, else "greater than greater than"
  Doubled symbols are just said twice: "dash dash" = --, "dot dot" = ..,
  "pipe pipe" = ||.
* Numbers (a maximal digit run):
    one digit            -> the word ("seven")
    two digits           -> compound ("twenty two", "sixty", "fifteen")
    three digits         -> "x hundred" for x00, else digit by digit
                            ("four four three", "nine eight seven")
    four digits          -> "x thousand" for x000; two pairs when the second
                            pair has no leading zero ("eighty eighty" 8080,
                            "ten twenty four" 1024, "twenty fifty" 2050);
                            else digit by digit ("two double zero five")
    five digits xx000    -> "twenty thousand"
    leading zero / longer -> digit by digit with "double" for pairs
                            ("one one five two double zero" = 115200)
  Dots in versions and IPs are "dot" ("one nine two dot one six eight ...").
  "double" for digits is only used in digit-by-digit mode.
  A listener joins groups in order: "ten twenty four" = 10|24 = 1024; a
  tens word directly followed by a unit word is one number (twenty four).
* Collisions.  A literal word that is a protocol word is said with "word"
  in front: `at` = "word at", `--one` = "dash dash word one".  Fully
  reserved: every symbol name above and its synonyms (minus, hyphen,
  period, point, asterisk, equal), "space", "capital", "word", "zed",
  "double", "redirect", "append", every number word, "hundred",
  "thousand".  First words of two-word phrases ("open", "close", "all",
  "less", "greater", "question", "single", "kebab", "snake", "forward",
  "back", "and" ...) are ordinary words unless the next word would complete
  the phrase -- then they get "word" too.  So `--all` is just "dash dash
  all", `less` is "less".

3. Natural-speech habits (natural and chaotic slices)
-----------------------------------------------------
* No "space": she just says the arguments one after the other and the
  listener infers the spacing.
* Looser symbol names: "redirect to" for >, "pipe into" for |, "minus"
  now and then for a flag dash, "full stop" (a Nigerian habit) instead of
  "dot" occasionally, "double ampersand" for &&, "hyphen" inside names.
* Quotes: "quote ... quote", "open quote ... close quote", or, when the
  quoted text ends the command, "in quotes, fix typo".
* She keeps "capital", "all caps", "double", "zed", "kebab case" and the
  "the word at" escape ("the word X" is her relaxed form of "word X").
* Framing: an opener, sometimes a sign-off, fillers between arguments.

4. Whisper's habits (fuzzy, natural, chaotic)
---------------------------------------------
* Sentence case, a final full stop, commas after "space" or fillers,
  "Space." starting a new sentence.
* Numerals: "eighty eighty" -> 8080 or "80 80"; "four four three" -> 443
  or "4 4 3"; "two thousand" -> 2000 or "2,000"; "double zero" ->
  "double 0"; IPs and versions -> 192.168.1.10, 1.2.3.
* Spelled letters come out as capitals, glued or spaced: "PDF", "P D F";
  single letters as homophones: are (r), see/sea (c), why (y), you (u),
  eye (i), tea (t), bee (b), pee (p), queue (q), oh (o), ex (x), jay (j),
  kay (k), gee (g), dee (d); "zed" as "Zed".
* Glued forms: "report.pdf", "/dev/null", "--force", "-m", "dash-dash",
  "all-caps", "kebab-case"; split words: "snap shot", "data base";
  homophones: "pseudo" for sudo, "tilda", "carrot" (caret), "coma"
  (comma), "semi colon", "under score", "back slash", "back tick",
  "kabob case", "per cent"; brand capitals: Git, Docker, Python.
* Symbol synonyms said by Tolu in the fuzzy slice: minus / hyphen for
  dash, period / point for dot, forward slash, asterisk, equal / equal
  sign, at sign, dollar sign, double quote, open curly brace, open square
  bracket, open parenthesis, double greater than.

5. The four slices
------------------
* clean:   protocol style, careful transcript (section 2).  decode() is
           asserted on every line.
* fuzzy:   the same protocol words ("space" included) as Whisper writes
           them, with Tolu's symbol synonyms; no framing, no fillers.
           loose_decode() (a careful listener that knows sections 2 and 4)
           is asserted on every line.
* natural: section 3 plus Whisper; opener, maybe sign-off, fillers.
* chaotic: natural plus at least one piece of trouble (word or flag
           correction, restart, partial answer) and maybe an aside or a
           stutter; the command can still be rebuilt exactly.
"""

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets/training/bash/pages_dev60_commands.jsonl"
OUT = ROOT / "assets/training/bash/author110.jsonl"
AUTHOR = "author110"
PER_SLICE = 100
SLICES = ("clean", "fuzzy", "natural", "chaotic")

# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
ONES_V = {w: str(i) for i, w in enumerate(ONES)}
TEENS_V = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_V = {w: k for k, w in TENS.items()}
NUMWORDS = set(ONES) | set(TEENS) | set(TENS.values()) | {"hundred",
                                                          "thousand"}

SYM = {
    "-": "dash", ".": "dot", "/": "slash", "\\": "backslash", "|": "pipe",
    "*": "star", "!": "bang", "#": "hash", "~": "tilde", "@": "at",
    "$": "dollar", "%": "percent", "^": "caret", "&": "ampersand",
    "=": "equals", "+": "plus", ":": "colon", ";": "semicolon",
    "_": "underscore", ",": "comma", '"': "quote", "'": "single quote",
    "`": "backtick", "?": "question mark", "(": "open paren",
    ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open bracket", "]": "close bracket", "<": "less than",
    ">": "greater than",
}
# words the clean decoder reads as symbols
SYM1 = {v: k for k, v in SYM.items() if " " not in v}
SYM1.update({"redirect": ">", "append": ">>"})
SYM2 = {tuple(v.split()): k for k, v in SYM.items() if " " in v}
SYM2[("and", "and")] = "&&"

FULL_RESERVED = (set(SYM1) | NUMWORDS |
                 {"space", "capital", "word", "zed", "double", "minus",
                  "hyphen", "period", "point", "asterisk", "equal",
                  "parenthesis"})
# every two-word phrase a careful listener might hear (clean + synonyms)
PAIRS = set(SYM2) | {
    ("all", "caps"), ("all", "cap"), ("kebab", "case"), ("snake", "case"),
    ("camel", "case"), ("pascal", "case"), ("screaming", "case"),
    ("screaming", "snake"), ("forward", "slash"), ("back", "slash"),
    ("back", "tick"), ("full", "stop"), ("at", "sign"), ("dollar", "sign"),
    ("equals", "sign"), ("equal", "sign"), ("double", "quote"),
    ("open", "curly"), ("close", "curly"), ("curly", "brace"),
    ("open", "square"), ("close", "square"), ("square", "bracket"),
    ("open", "angle"), ("close", "angle"), ("angle", "bracket"),
    ("open", "quote"), ("close", "quote"), ("semi", "colon"),
    ("under", "score"), ("per", "cent"), ("dot", "dot"), ("dash", "dash"),
    ("pipe", "pipe"), ("two", "redirect"), ("in", "quotes"),
    ("open", "parenthesis"), ("close", "parenthesis"),
}
CLEAN_PHRASES = dict(SYM2)
LETTERS = {c: c for c in "abcdefghijklmnopqrstuvwxy"}
LETTERS["z"] = "z"
LETTERS["zed"] = "z"

VOWELS = set("aeiouy")
ONSETS = set("""b bl br c ch cl cr d dr dw f fl fr g gl gn gr h j k kl kn kr
l m n p ph pl pr q qu r s sc sch scr sh sk sl sm sn sp spl spr squ st str sw
t th thr tr tw v w wh wr y z""".split()) | {""}
CODAS = set("""b bs ck cks ct cts d ds f ff ft g gs ght h k ks l ld lds lf lk
lks ll lls lm lp lps ls lt lts m mb mp mps ms n nc nd nds ng ngs nk nks ns nt
nts nch p ps pt r rb rc rch rd rds rf rg rk rks rl rm rms rn rns rp rs rst rt
rts rth s sh sk sks sp ss st sts t tch th ths ts tt v w ch gn sm mn nx mpt mpts wn wns wl wls wk ws x
z zz c cs xt xts hn rld rlds pp nn mm dd gg rr bb""".split()) | {""}
TWO_LETTER_WORDS = {"go", "up", "on", "in", "of", "to", "is", "it", "no",
                    "do", "me", "my", "by", "or", "so", "we", "as", "am",
                    "an", "be", "he", "if"}
SAY_ALWAYS = {"json", "nginx", "linux", "ubuntu", "sqlite", "redis",
              "python", "rustic", "github", "config", "docker", "yaml"}
SPELL_ALWAYS = {"pdf", "txt", "ssh", "sshd", "src", "tmp", "usr", "etc",
                "env", "cfg", "obj", "pam", "pbm", "pgm", "ppm", "pnm",
                "iso", "img", "png", "jpg", "gif", "svg", "xml", "html",
                "htm", "css", "csv", "tsv", "yml", "api", "cli", "cpu",
                "gpu", "aws", "gcp", "vm", "db", "id", "ip", "io", "os",
                "ui", "tcp", "udp", "dns", "ssl", "tls", "url", "uri",
                "usb", "npm", "rpm", "lvm", "gcc", "ghc", "jdk", "jre",
                "sql", "tty", "pid", "uid", "gid", "md", "sh", "py", "js",
                "ts", "rb", "mp", "hg", "qm", "sc", "wg", "ng", "gh", "az",
                "vim", "lib", "kde", "xdg", "ovf", "sif", "apk", "raw",
                "mkv", "mov", "avi", "wav", "ogg", "tar", "gz", "bz", "xz",
                "dd", "bmp", "tiff", "lj", "atk", "gv", "warts", "uml", "mq", "ctl", "http",
                "https"}


def sayable(w):
    """Would Tolu say this lowercase letter run as one word?"""
    if w in SAY_ALWAYS:
        return True
    if w in SPELL_ALWAYS:
        return False
    if len(w) < 3:
        return w in TWO_LETTER_WORDS
    if len(w) > 14:
        return False
    groups = []  # alternate consonant/vowel groups
    for i, ch in enumerate(w):
        v = ch in "aeiou" or (ch == "y" and i > 0)
        if groups and groups[-1][0] == v:
            groups[-1][1] += ch
        else:
            groups.append([v, ch])
    if not any(v for v, _ in groups):
        return False
    onset = groups[0][1] if not groups[0][0] else ""
    coda = groups[-1][1] if not groups[-1][0] else ""
    if onset not in ONSETS or coda not in CODAS:
        return False
    for v, s in groups:
        if v and len(s) > 2 and s not in ("eau", "iou", "eye"):
            return False
        if not v and len(s) > 3:
            return False
    inner = groups[1:-1] if len(groups) > 2 else []
    for v, s in inner:
        if not v and len(s) == 3 and s[1:] not in ONSETS and s[:2] not in CODAS:
            return False
    return True


# ---------------------------------------------------------------------------
# units: the spoken building blocks of one argument
# ---------------------------------------------------------------------------
class Unit:
    """kind: sym | num | word | esc | spell | run;  case: None|cap|upper."""

    def __init__(self, kind, raw, case=None, spoken=None, meta=None):
        self.kind, self.raw, self.case = kind, raw, case
        self.spoken = spoken  # for sym: the clean name
        self.meta = meta

    def base(self):
        if self.kind == "sym":
            return self.spoken.split()
        if self.kind == "num":
            return [w for g in number_groups(self.raw) for w in g[0]]
        if self.kind == "word":
            return [self.raw]
        if self.kind == "esc":
            return ["word", self.raw]
        if self.kind == "spell":
            return [w for e in spell_elems(self.raw) for w in
                    (["double", letter_name(e[1])] if e[0] == "d"
                     else [letter_name(e[1])])]
        if self.kind == "run":
            return [self.meta, "case"] + self.raw.replace("_", "-").split("-")
        raise ValueError(self.kind)

    def words(self):
        pre = {"cap": ["capital"], "upper": ["all", "caps"]}.get(self.case, [])
        return pre + self.base()

    def text(self):
        r = self.raw
        if self.case == "cap":
            return r[0].upper() + r[1:]
        if self.case == "upper":
            return r.upper()
        return r


def letter_name(c):
    return "zed" if c == "z" else c


def spell_elems(s):
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1]:
            out.append(("d", s[i]))
            i += 2
        else:
            out.append(("l", s[i]))
            i += 1
    return out


def two_digit(s):
    a, b = int(s[0]), int(s[1])
    if a == 1:
        return [TEENS[b]]
    return [TENS[a]] + ([ONES[b]] if b else [])


def digit_groups(s):
    out = []
    for kind, c in spell_elems(s):
        if kind == "d":
            out.append((["double", ONES[int(c)]], c * 2))
        else:
            out.append(([ONES[int(c)]], c))
    return out


def number_groups(s):
    """List of (spoken words, digits) groups, in Tolu's number habits."""
    n = len(s)
    if n == 1:
        return [([ONES[int(s)]], s)]
    if s[0] == "0":
        return digit_groups(s)
    if n == 2:
        return [(two_digit(s), s)]
    if n == 3:
        if s[1:] == "00":
            return [([ONES[int(s[0])], "hundred"], s)]
        return digit_groups(s)
    if n == 4:
        if s[1:] == "000":
            return [([ONES[int(s[0])], "thousand"], s)]
        if s[2] != "0":
            return [(two_digit(s[:2]), s[:2]), (two_digit(s[2:]), s[2:])]
        return digit_groups(s)
    if n == 5 and s[2:] == "000":
        return [(two_digit(s[:2]) + ["thousand"], s)]
    return digit_groups(s)


PIECE_RE = re.compile(r"[A-Za-z]+|\d+|&&|>>|.")
SEG_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]+|[a-z]+")


def run_ok(w):
    return (w.isalpha() and w.islower() and len(w) >= 2 and sayable(w)
            and w not in FULL_RESERVED and not any(p[0] == w or p[1] == w
                                                   for p in PAIRS))


SHORT_OK = set("""add all app bin box cap cat con dev dir doc dup end fix
get git hex key lab log man map max min mod net new old out pad pop pro
put run set sub sum tab tag tap top use web zip tar""".split())


def _part_ok(w):
    return (sayable(w) and (len(w) >= 4 or w in SHORT_OK
                            or w in TWO_LETTER_WORDS)
            and w not in FULL_RESERVED and w not in HOMO_BACK)


def lower_units(seg):
    """Units for a lowercase letter run: one word, or the cheapest mix of
    pronounceable parts and spelled letters ("kube c t l", "my s q l
    check")."""
    if seg in FULL_RESERVED:
        return [Unit("esc", seg)]
    if sayable(seg):
        return [Unit("word", seg)]
    n = len(seg)
    best = [(0.0, [])] + [None] * n
    for j in range(1, n + 1):
        for i in range(j):
            if best[i] is None:
                continue
            part = seg[i:j]
            opts = []
            if _part_ok(part):
                # a vowel-initial piece glued after letters is hard to hear
                opts.append((1.5 if i and part[0] in "aeiou" else 1.0,
                             ("word", part)))
            if part in SPELL_ALWAYS and len(part) >= 3:
                opts.append((1.0, ("spell", part)))
            opts.append((1.2 * len(part), ("spell", part)))
            for c, u in opts:
                cand = (best[i][0] + c, best[i][1] + [u])
                if best[j] is None or cand[0] < best[j][0] - 1e-9:
                    best[j] = cand
    units = []
    for kind, part in best[n][1]:
        if units and kind == "spell" and units[-1].kind == "spell":
            units[-1].raw += part
        else:
            units.append(Unit(kind, part))
    return units


def letter_units(run):
    units = []
    for seg in SEG_RE.findall(run):
        if seg.islower():
            units += lower_units(seg)
        elif len(seg) == 1:
            units.append(Unit("spell", seg.lower(), "cap"))
        elif seg[1:].islower():
            lu = lower_units(seg.lower())
            lu[0].case = "cap"
            units += lu
        else:
            low = seg.lower()
            if low in FULL_RESERVED:
                units.append(Unit("esc", low, "upper"))
            elif sayable(low):
                units.append(Unit("word", low, "upper"))
            else:
                units.append(Unit("spell", low, "upper"))
    return units


def case_run_at(pieces, i):
    if not run_ok(pieces[i]) or i + 2 >= len(pieces):
        return 0, None
    sep = pieces[i + 1]
    if sep not in "-_" or len(sep) != 1:
        return 0, None
    j, parts = i, [pieces[i]]
    while (j + 2 < len(pieces) and pieces[j + 1] == sep
           and run_ok(pieces[j + 2])):
        parts.append(pieces[j + 2])
        j += 2
    if len(parts) < 3:
        return 0, None
    return j - i + 1, Unit("run", sep.join(parts), meta=(
        "kebab" if sep == "-" else "snake"))


def encode_chunk(chunk):
    pieces = PIECE_RE.findall(chunk)
    units, i = [], 0
    while i < len(pieces):
        n, ru = case_run_at(pieces, i)
        if ru:
            units.append(ru)
            i += n
            continue
        p = pieces[i]
        lead = i == 0 or (i == 1 and pieces[0].isdigit())
        if p.isalpha():
            units += letter_units(p)
        elif p.isdigit():
            units.append(Unit("num", p))
        elif p == "&&":
            units.append(Unit("sym", p, spoken="and and"))
        elif p == ">>":
            if lead:
                units.append(Unit("sym", p, spoken="append"))
            else:
                units.append(Unit("sym", ">", spoken="greater than"))
                units.append(Unit("sym", ">", spoken="greater than"))
        elif p == ">":
            units.append(Unit("sym", p, spoken="redirect" if lead
                              else "greater than"))
        else:
            units.append(Unit("sym", p, spoken=SYM[p]))
        i += 1
    return units


def encode(command):
    """command -> list of chunks (one per space-separated argument)."""
    chunks = [encode_chunk(c) for c in command.split(" ")]
    # context escapes: a literal word that would complete or start a phrase
    changed = True
    while changed:
        changed = False
        flat = []
        for ci, ch in enumerate(chunks):
            if ci:
                flat.append((None, "space"))
            for u in ch:
                for w in u.words():
                    flat.append((u, w))
        for k, (u, w) in enumerate(flat):
            if u is None or u.kind != "word" or w != u.raw:
                continue
            prev = flat[k - 1][1] if k else ""
            nxt = flat[k + 1][1] if k + 1 < len(flat) else ""
            if (w, nxt) in PAIRS or (prev, w) in PAIRS:
                u.kind = "esc"
                changed = True
                break
    return chunks


def clean_text(chunks):
    return " space ".join(" ".join(w for u in ch for w in u.words())
                          for ch in chunks)


# ---------------------------------------------------------------------------
# the listener for the clean protocol
# ---------------------------------------------------------------------------
def _is_letter(t, i):
    if i >= len(t):
        return False
    if t[i] == "double":
        return i + 1 < len(t) and t[i + 1] in LETTERS
    return t[i] in LETTERS


def _letter(t, i):
    if t[i] == "double":
        return LETTERS[t[i + 1]] * 2, i + 2
    return LETTERS[t[i]], i + 1


def _literal_ok(t, i):
    w = t[i]
    if w.startswith("\x00"):
        return True
    nxt = t[i + 1] if i + 1 < len(t) else ""
    return (w.isalpha() and w not in FULL_RESERVED
            and (w, nxt) not in CLEAN_PHRASES
            and (w, nxt) not in {("all", "caps"), ("kebab", "case"),
                                 ("snake", "case")})


def _atom(t, i):
    """One letter / literal word / escaped word."""
    if t[i] == "word":
        return t[i + 1].lstrip("\x00"), i + 2
    if _is_letter(t, i):
        return _letter(t, i)
    if _literal_ok(t, i):
        return t[i].lstrip("\x00"), i + 1
    raise ValueError("no atom at %r" % t[i:i + 3])


def _number(t, i):
    s = ""
    while i < len(t):
        w = t[i]
        if w == "double" and i + 1 < len(t) and t[i + 1] in ONES_V:
            s += ONES_V[t[i + 1]] * 2
            i += 2
        elif w in ONES_V:
            s += ONES_V[w]
            i += 1
        elif w in TEENS_V:
            s += TEENS_V[w]
            i += 1
        elif w in TENS_V:
            v = TENS_V[w] * 10
            i += 1
            if i < len(t) and t[i] in ONES_V and t[i] != "zero":
                v += int(ONES_V[t[i]])
                i += 1
            s += str(v)
        elif w == "hundred" and s:
            s += "00"
            i += 1
        elif w == "thousand" and s:
            s += "000"
            i += 1
        else:
            break
    return s, i


def decode(text):
    """Rebuild the command from a clean-slice line (Tolu's protocol)."""
    t = text.split()
    out, i = [], 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else ""
        if w.startswith("\x00"):
            out.append(w[1:])
            i += 1
        elif w == "space":
            out.append(" ")
            i += 1
        elif w == "capital":
            s, i = _atom(t, i + 1)
            out.append(s[0].upper() + s[1:])
        elif (w, nxt) == ("all", "caps"):
            i += 2
            if t[i] == "word" or not _is_letter(t, i):
                s, i = _atom(t, i)
                out.append(s.upper())
            else:
                while _is_letter(t, i):
                    s, i = _letter(t, i)
                    out.append(s.upper())
        elif (w, nxt) in (("kebab", "case"), ("snake", "case")):
            sep = "-" if w == "kebab" else "_"
            i += 2
            parts = []
            while (i < len(t) and _literal_ok(t, i) and len(t[i]) > 1
                   and t[i] not in LETTERS and not t[i].startswith("\x00")):
                parts.append(t[i])
                i += 1
            if len(parts) < 2:
                raise ValueError("short case run")
            out.append(sep.join(parts))
        elif (w, nxt) in CLEAN_PHRASES:
            out.append(CLEAN_PHRASES[(w, nxt)])
            i += 2
        elif w in NUMWORDS or (w == "double" and nxt in ONES_V):
            s, i2 = _number(t, i)
            if i2 == i:
                raise ValueError("bad number at %r" % t[i:i + 3])
            out.append(s)
            i = i2
        elif w == "word" or _is_letter(t, i):
            s, i = _atom(t, i)
            out.append(s)
        elif w in SYM1:
            out.append(SYM1[w])
            i += 1
        elif _literal_ok(t, i):
            out.append(w)
            i += 1
        else:
            raise ValueError("cannot read %r" % t[i:i + 3])
    return "".join(out)


# ---------------------------------------------------------------------------
# Whisper: fuzzy rendering and the loose listener that checks it
# ---------------------------------------------------------------------------
HOMOPHONE = {"r": ["are"], "c": ["see", "sea"], "y": ["why"], "u": ["you"],
             "i": ["eye"], "t": ["tea", "tee"], "b": ["bee"], "p": ["pee"],
             "q": ["queue"], "o": ["oh"], "x": ["ex"], "j": ["jay"],
             "k": ["kay"], "g": ["gee"], "d": ["dee"]}
HOMO_BACK = {h: c for c, hs in HOMOPHONE.items() for h in hs}
BRANDS = {"git": "Git", "docker": "Docker", "python": "Python",
          "ubuntu": "Ubuntu", "linux": "Linux", "github": "GitHub",
          "redis": "Redis", "flask": "Flask", "nginx": "Nginx",
          "alice": "Alice", "bob": "Bob", "kubernetes": "Kubernetes"}
WHISPER_WORD = {"sudo": "pseudo"}
# halves of compounds Whisper tends to write as two words
COMPOUND_PARTS = set("""air back base book box build chain check crack data
down draw end file flow fetch hand host key line list load local lock mark
name out over pack pass patch play print quick read root run search server
set shot sky snap space time tool tools type up user view web work write
cast code craft fire grid home keep land light map mate note pad page path
port post shell site soft store stream sync task test top tree watch""".split()
                     ) - FULL_RESERVED

FUZZ_SYM = {
    "-": ["dash", "dash", "dash", "minus", "hyphen"],
    ".": ["dot", "dot", "period", "point"],
    "/": ["slash", "slash", "forward slash"],
    "\\": ["backslash", "back slash"], "|": ["pipe"],
    "*": ["star", "asterisk"], "!": ["bang"], "#": ["hash"],
    "~": ["tilde", "tilda"], "@": ["at", "at sign"],
    "$": ["dollar", "dollar sign"], "%": ["percent", "per cent"],
    "^": ["caret", "carrot"], "&": ["ampersand"],
    "&&": ["and and", "and-and"],
    "=": ["equals", "equal", "equal sign", "equals sign"], "+": ["plus"],
    ":": ["colon"], ";": ["semicolon", "semi colon", "semi-colon"],
    "_": ["underscore", "under score"], ",": ["comma", "coma"],
    '"': ["quote", "double quote"], "'": ["single quote"],
    "`": ["backtick", "back tick"], "?": ["question mark"],
    "(": ["open paren", "open parenthesis"],
    ")": ["close paren", "close parenthesis"],
    "{": ["open brace", "open curly brace", "open curly"],
    "}": ["close brace", "close curly brace", "close curly"],
    "[": ["open bracket", "open square bracket"],
    "]": ["close bracket", "close square bracket"],
    "<": ["less than", "less-than"],
}
LOOSE_MULTI = [
    ("double greater than", "append"), ("open curly brace", "open brace"),
    ("close curly brace", "close brace"), ("open curly", "open brace"),
    ("close curly", "close brace"), ("open square bracket", "open bracket"),
    ("close square bracket", "close bracket"),
    ("open parenthesis", "open paren"), ("close parenthesis", "close paren"),
    ("forward slash", "slash"), ("back slash", "backslash"),
    ("back tick", "backtick"), ("semi colon", "semicolon"),
    ("semi-colon", "semicolon"), ("under score", "underscore"),
    ("double quote", "quote"), ("at sign", "at"), ("dollar sign", "dollar"),
    ("equals sign", "equals"), ("equal sign", "equals"),
    ("per cent", "percent"), ("dash-dash", "dash dash"),
    ("double dash", "dash dash"), ("double hyphen", "dash dash"),
    ("and-and", "and and"), ("all-caps", "all caps"),
    ("kebab-case", "kebab case"), ("snake-case", "snake case"),
    ("kabob case", "kebab case"), ("less-than", "less than"),
    ("full stop", "dot"),
]
LOOSE_ONE = {"minus": "dash", "hyphen": "dash", "period": "dot",
             "point": "dot", "asterisk": "star", "equal": "equals",
             "tilda": "tilde", "carrot": "caret", "coma": "comma",
             "pseudo": "sudo"}
LOOSE_ONE.update(HOMO_BACK)


def loose_decode(text):
    """A careful listener for the fuzzy slice (knows Whisper's habits)."""
    s = text.strip()
    if len(s) > 1 and s.endswith(".") and s[-2].isalnum():
        s = s[:-1]
    toks = []
    for tok in s.split():
        tok = tok.rstrip(",")
        if tok.endswith(".") and tok[:-1].isalpha():
            tok = tok[:-1]
        tok = re.sub(r"(?<=\d),(?=\d{3})", "", tok)
        toks.append(tok.lower())
    s = " " + " ".join(toks) + " "
    for a, b in LOOSE_MULTI:
        s = re.sub(r"(?<!\S)" + re.escape(a) + r"(?!\S)", b, s)
    toks = [LOOSE_ONE.get(w, w) for w in s.split()]
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "double" and i + 1 < len(toks) and re.fullmatch(r"\d",
                                                                toks[i + 1]):
            out.append("\x00" + toks[i + 1] * 2)
            i += 2
            continue
        if re.fullmatch(r"\d+", w) or (re.search(r"[-./]", w)
                                       and re.search(r"[a-z0-9]", w)):
            out.append("\x00" + w)
        else:
            out.append(w)
        i += 1
    return decode(" ".join(out))


def glue_spans(units, allow):
    """Index spans of units Whisper may write as one glued token."""
    spans, k = [], 0

    def gl(u):
        if u.kind == "sym":
            return u.raw in "./-" and len(u.raw) == 1
        return u.kind in ("word", "spell", "num") and u.case is None
    while k < len(units):
        if gl(units[k]):
            j = k
            while j + 1 < len(units) and gl(units[j + 1]):
                j += 1
            # never end on a dot; need a symbol and an alnum unit
            while j > k and units[j].kind == "sym" and units[j].raw == ".":
                j -= 1
            seg = units[k:j + 1]
            if (any(u.kind == "sym" for u in seg)
                    and any(u.kind != "sym" for u in seg) and allow(seg)):
                spans.append((k, j))
            k = j + 1
        else:
            k += 1
    return spans


class Whisper:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def p(self, x):
        return self.r.random() < x

    def num(self, u, style=None):
        groups = number_groups(u.raw)
        style = style or self.ch(["glued", "glued", "glued", "groups",
                                  "words"])
        if style == "words":
            return " ".join(w for g in groups for w in g[0])
        if style == "glued" or len(groups) == 1:
            if "thousand" in groups[-1][0] and self.p(0.5):
                return "{:,}".format(int(u.raw))
            if groups[0][0][0] == "double" and len(groups) == 1:
                return "double " + groups[0][1][0]
            return u.raw
        return " ".join(("double " + d[0]) if g[0] == "double" else d
                        for g, d in groups)

    def letters(self, s, case, fuzzy=True):
        elems = spell_elems(s)
        style = self.ch(["glued", "glued", "spaced", "lower"])
        parts, buf = [], []

        def flush():
            if not buf:
                return
            if style == "glued":
                parts.append("".join(b.upper() for b in buf))
            else:
                for b in buf:
                    if (fuzzy and len(elems) == 1 and b in HOMOPHONE
                            and case is None and self.p(0.35)):
                        parts.append(self.ch(HOMOPHONE[b]))
                    elif b == "z":
                        parts.append(self.ch(["zed", "Zed"]))
                    else:
                        parts.append(b if style == "lower" else b.upper())
            buf.clear()
        for kind, c in elems:
            if kind == "d":
                flush()
                parts.append("double " + (c.upper() if c != "z" else "zed"))
            else:
                buf.append(c)
        flush()
        return " ".join(parts)

    def word(self, w, split_ok=True):
        if w in WHISPER_WORD and self.p(0.5):
            return WHISPER_WORD[w]
        if w in BRANDS and self.p(0.5):
            return BRANDS[w]
        if split_ok and len(w) >= 6 and self.p(0.5):
            for i in range(3, len(w) - 2):
                a, b = w[:i], w[i:]
                if a in COMPOUND_PARTS and b in COMPOUND_PARTS:
                    return a + " " + b
        return w

    def prefix(self, case):
        if case == "cap":
            return self.ch(["capital", "capital", "Capital"]) + " "
        if case == "upper":
            return self.ch(["all caps", "all caps", "all-caps"]) + " "
        return ""

    def sym_fuzzy(self, u):
        if u.spoken in ("redirect",):
            return self.ch(["redirect", "redirect", "greater than"])
        if u.spoken == "append":
            return self.ch(["append", "append", "double greater than"])
        if u.spoken == "greater than":
            return "greater than"
        return self.ch(FUZZ_SYM[u.raw])

    def unit_fuzzy(self, u):
        if u.kind == "sym":
            return self.sym_fuzzy(u)
        if u.kind == "num":
            return self.num(u)
        if u.kind == "esc":
            w = u.raw.upper() if (u.case == "upper" and self.p(0.5)) else u.raw
            return self.prefix(u.case) + self.ch(["word", "word", "Word"]) + \
                self.ch([" ", ", "]) + w
        if u.kind == "word":
            if u.case == "upper":
                return self.prefix(u.case) + self.ch([u.raw, u.raw.upper()])
            if u.case == "cap":
                w = self.word(u.raw)
                return self.prefix(u.case) + (w[0].upper() + w[1:]
                                              if self.p(0.6) else w)
            return self.word(u.raw)
        if u.kind == "spell":
            return self.prefix(u.case) + self.letters(u.raw, u.case)
        if u.kind == "run":
            head = self.ch(["{} case", "{} case", "{}-case"]).format(u.meta)
            if u.meta == "kebab" and self.p(0.25):
                head = "kabob case"
            return head + " " + " ".join(u.raw.replace("_", "-").split("-"))
        raise ValueError(u.kind)

    def chunk_fuzzy(self, units):
        spans = glue_spans(units, lambda seg: True) if self.p(0.3) else []
        starts = {a: b for a, b in spans}
        out, k = [], 0
        while k < len(units):
            if k in starts:
                b = starts[k]
                out.append("".join(u.raw for u in units[k:b + 1]))
                k = b + 1
            elif is_dashdash(units, k):
                out.append(self.ch(["dash dash"] * 4 + [
                    "minus minus", "hyphen hyphen", "double dash",
                    "dash-dash"]))
                k += 2
            else:
                out.append(self.unit_fuzzy(units[k]))
                k += 1
        return " ".join(out)

    def fuzzy(self, chunks):
        parts = [self.chunk_fuzzy(ch) for ch in chunks]
        text = parts[0]
        for p in parts[1:]:
            sep = self.ch(["space"] * 5 + ["space,", "space,", "Space",
                                          "space."])
            if sep == "space.":
                p = p[0].upper() + p[1:]
            text += " " + sep + " " + p
        text = text[0].upper() + text[1:]
        if text[-1].isalnum() and self.p(0.6):
            text += "."
        return text


# ---------------------------------------------------------------------------
# natural and chaotic speech
# ---------------------------------------------------------------------------
OPENERS = ["Oya,", "Oya, run this one:", "Abeg type this:",
           "Okay o, next one.", "Ehen, so", "Make we do", "Please run",
           "Shey you dey hear me? Type", "Let me see... oya,",
           "The next one na", "Okay, type this for me:", "Oya, make we run"]
CLOSERS = ["Thank you o.", "E don do.", "That's all sha.", "Sharp sharp.",
           "Na im be that.", "Oya enter am.", "Abeg."]
FILLERS = ["ehn,", "erm,", "like,", "you know,"]
WORD_FIX = ["no be that,", "sorry o,", "I mean to say", "ah no,"]
FLAG_FIX = ["wait wait,", "no no, the flag na", "wait wait, I mean to say"]
RESTARTS = ["Abeg scratch that, make I start again.", "Ehn, no. From the top:",
            "No be that one o. Oya again:", "Wait wait, let me start again."]
TRAILS = ["Ehn, what's the flag sef?", "Hold on, make I check my note.",
          "Wait, make I remember am.", "Erm..."]
RESUME = ["Okay, I remember now:", "Ehen, oya:", "Okay so,", "Yes yes,"]
ASIDES = ["Kemi, abeg give me a minute.", "This generator noise sef!",
          "Sorry, Slack is pinging me.", "Oga Segun, I'm on it o.",
          "Ah, this network.", "Chidi, I'm coming, I'm coming."]
WRONG_WORDS = ["main", "test", "demo", "data", "notes", "report", "backup",
               "config", "alpha", "build", "docs", "input", "output",
               "server", "staging", "archive", "photo", "release"]
NAT_SYM = dict(FUZZ_SYM)
NAT_SYM.update({
    "-": ["dash", "dash", "dash", "minus"], ".": ["dot"] * 6 + ["full stop"],
    "/": ["slash"], "|": ["pipe", "pipe into"],
    "&&": ["and and", "double ampersand"], '"': ["quote"],
})


class Speaker(Whisper):
    def unit_nat(self, u, inner=False):
        if u.kind == "sym":
            if u.spoken == "redirect":
                return self.ch(["redirect to", "redirect", "greater than"])
            if u.spoken == "append":
                return self.ch(["append to", "append"])
            if u.spoken == "greater than":
                return "greater than"
            if u.raw == "-" and inner:
                return self.ch(["hyphen", "dash"])
            return self.ch(NAT_SYM[u.raw])
        if u.kind == "num":
            return self.num(u, self.ch(["glued"] * 4 + ["groups", "words"]))
        if u.kind == "esc":
            return self.prefix(u.case) + "the word " + (
                u.raw.upper() if u.case == "upper" else u.raw)
        if u.kind == "word":
            if u.case == "upper":
                return self.prefix(u.case) + u.raw.upper()
            w = self.word(u.raw, split_ok=False)
            if u.case == "cap":
                return self.prefix(u.case) + w[0].upper() + w[1:]
            return w
        if u.kind == "spell":
            return self.prefix(u.case) + self.letters(u.raw, u.case,
                                                      fuzzy=False)
        if u.kind == "run":
            return "{} case ".format(u.meta) + " ".join(
                u.raw.replace("_", "-").split("-"))
        raise ValueError(u.kind)

    def chunk_nat(self, units, quote_mode=None):
        spans = glue_spans(units, lambda seg: True) if self.p(0.5) else []
        starts = {a: b for a, b in spans}
        out, k = [], 0
        while k < len(units):
            u = units[k]
            if k in starts:
                b = starts[k]
                out.append("".join(x.raw for x in units[k:b + 1]))
                k = b + 1
                continue
            if u.kind == "sym" and u.raw == '"' and quote_mode:
                if k == 0 and quote_mode[0]:
                    out.append(quote_mode[0])
                    k += 1
                    continue
                if k == len(units) - 1 and quote_mode[1] is not None:
                    if quote_mode[1]:
                        out.append(quote_mode[1])
                    k += 1
                    continue
            if is_dashdash(units, k):
                out.append(self.ch(["dash dash"] * 5 + ["double dash",
                                                        "minus minus"]))
                k += 2
                continue
            if is_dashdash(units, k, "."):
                out.append("dot dot")
                k += 2
                continue
            inner = 0 < k < len(units) - 1 and units[k - 1].kind != "sym"
            out.append(self.unit_nat(u, inner))
            k += 1
        return " ".join(out)

    def quote_plan(self, chunks):
        """Per chunk (open-form, close-form) for one double-quoted region."""
        plan = [None] * len(chunks)
        for a, ch in enumerate(chunks):
            if not (ch[0].kind == "sym" and ch[0].raw == '"' and len(ch) > 1):
                continue
            for b in range(a, len(chunks)):
                last = chunks[b][-1]
                if last.kind == "sym" and last.raw == '"' and (
                        b > a or len(chunks[b]) > 2):
                    inside = [u for c in chunks[a:b + 1] for u in c][1:-1]
                    if any(u.kind == "sym" and u.raw == '"' for u in inside):
                        return plan
                    style = self.ch(["plain", "plain", "openclose",
                                     "inquotes"])
                    if style == "plain":
                        return plan
                    if style == "inquotes" and b == len(chunks) - 1:
                        o, c_ = "in quotes,", ""
                    else:
                        o, c_ = "open quote", "close quote"
                    plan[a] = (o, None)
                    plan[b] = (plan[b][0] if plan[b] else None, c_)
                    return plan
            return plan
        return plan

    def body(self, chunks, plan=None, fillers=True):
        plan = plan or [None] * len(chunks)
        parts = []
        for ci, ch in enumerate(chunks):
            parts.append(self.chunk_nat(ch, plan[ci]))
            if (fillers and 0 < ci < len(chunks) - 1 and self.p(0.12)):
                parts.append(self.ch(FILLERS))
        return " ".join(parts)

    def frame(self, body, opener=True, closer=None):
        text = body
        if opener:
            op = self.ch(OPENERS)
            if op[-1] in ".?":
                body = sentence_case(body)
            text = op + " " + body
        text = sentence_case(text)
        if text[-1].isalnum() or text[-1] in "\"'":
            text += "."
        if closer is None:
            closer = self.p(0.45)
        if closer:
            text += " " + self.ch(CLOSERS)
        return text

    def natural(self, chunks):
        return self.frame(self.body(chunks, self.quote_plan(chunks)))

    # -- chaotic ----------------------------------------------------------
    def wrong_unit(self, u):
        if u.kind == "num":
            d = list(u.raw)
            k = self.r.randrange(len(d))
            choices = [x for x in "0123456789" if x != d[k]
                       and not (k == 0 and x == "0" and len(d) > 1)]
            d[k] = self.ch(choices)
            return Unit("num", "".join(d))
        if u.kind == "word" and u.case is None:
            return Unit("word", self.ch([w for w in WRONG_WORDS
                                         if w != u.raw]))
        if u.kind == "spell" and u.case is None:
            d = list(u.raw)
            k = self.r.randrange(len(d))
            d[k] = self.ch([x for x in "abdefhklmnrsv" if x != d[k]
                            and (k == 0 or x != d[k - 1])
                            and (k + 1 >= len(d) or x != d[k + 1])])
            return Unit("spell", "".join(d))
        return None

    def chaotic(self, chunks):
        n = len(chunks)
        cands = [(ci, k) for ci, ch in enumerate(chunks)
                 for k, u in enumerate(ch)
                 if u.kind in ("num", "word", "spell") and u.case is None
                 and not (ci == 0 and k == 0)
                 # anchored: starts an argument or follows a symbol
                 and (k == 0 or ch[k - 1].kind == "sym")]
        flags = [ci for ci, ch in enumerate(chunks)
                 if ci > 0 and len(ch) > 1 and ch[0].kind == "sym"
                 and ch[0].raw == "-" and any(
                     u.kind in ("word", "spell") and u.case is None
                     for u in ch)]
        ops = ["restart", "partial"]
        if cands:
            ops += ["word", "word", "word"]
        if flags:
            ops += ["flag", "flag", "flag"]
        op = self.ch(ops)
        extra = self.ch(["none", "aside", "stutter", "none"])
        aside = (" " + self.ch(ASIDES)) if extra == "aside" else ""
        plain = [None] * n
        if op in ("word", "flag"):
            if op == "word":
                ci, k = self.ch(cands)
            else:
                ci = self.ch(flags)
                k = self.ch([k for k, u in enumerate(chunks[ci])
                             if u.kind in ("word", "spell")
                             and u.case is None])
            ch = chunks[ci]
            wrong = self.wrong_unit(ch[k])
            before = self.body(chunks[:ci], plain, fillers=False)
            after = self.body(chunks[ci + 1:], plain, fillers=False)
            if op == "word":
                bad = " ".join(self.unit_nat(x) for x in ch[:k] + [wrong])
                good = " ".join(self.unit_nat(x) for x in ch[k:])
                fix = self.ch(WORD_FIX)
            else:
                bad = self.chunk_nat(ch[:k] + [wrong] + ch[k + 1:])
                good = self.chunk_nat(ch)
                fix = self.ch(FLAG_FIX)
            head = " ".join(x for x in [before, bad] if x)
            if aside:
                text = head + "." + aside + " " + sentence_case(fix)
            else:
                text = head + ", " + fix
            text = " ".join(x for x in [text, good, after] if x)
        elif op == "restart":
            cut = self.r.randrange(1, max(2, n))
            part = self.body(chunks[:cut], fillers=False)
            if cut < n and self.p(0.5):
                part += " " + self.chunk_nat(chunks[cut][:1])
            text = (sentence_case(part) + "..." + aside + " " +
                    self.ch(RESTARTS) + " " +
                    sentence_case(self.body(chunks, self.quote_plan(chunks))))
        else:  # partial answer, then the whole command
            cut = 1 if n < 3 else self.r.randrange(1, 3)
            part = self.body(chunks[:cut], fillers=False)
            text = (sentence_case(part) + "..." + aside + " " +
                    self.ch(TRAILS) + " " + self.ch(RESUME) + " " +
                    self.body(chunks, self.quote_plan(chunks)))
        text = sentence_case(text)
        if (extra == "stutter" and len(chunks[0]) == 1
                and chunks[0][0].kind == "word"
                and chunks[0][0].case is None):
            tok = text.split()[0]
            if tok.lower() in (chunks[0][0].raw,
                               WHISPER_WORD.get(chunks[0][0].raw)):
                text = tok + ", " + tok.lower() + text[len(tok):]
        return self.frame(text, opener=self.p(0.7))


def is_dashdash(units, k, sym="-"):
    return (k + 1 < len(units) and all(
        u.kind == "sym" and u.raw == sym for u in units[k:k + 2])
        and not (k + 2 < len(units) and units[k + 2].kind == "sym"
                 and units[k + 2].raw == sym))


def sentence_case(s):
    return s[0].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------
# selection and output
# ---------------------------------------------------------------------------
def allowed(cmd):
    if not cmd or not cmd.isascii() or "\t" in cmd or "  " in cmd:
        return False
    if len(cmd) > 64 or cmd != cmd.strip():
        return False
    try:
        chunks = encode(cmd)
        text = clean_text(chunks)
    except (KeyError, ValueError, IndexError):
        return False
    if len(text.split()) > 48:
        return False
    return decode(text) == cmd


def main():
    rng = random.Random(110)
    pool = []
    with open(POOL, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 3 == 1:
                pool.append(json.loads(line)["command"])
    cands = [c for c in pool if allowed(c)]
    rng.shuffle(cands)
    picked, seen, first = [], set(), {}
    for c in cands:
        fw = c.split(" ")[0]
        if c in seen or first.get(fw, 0) >= 2:
            continue
        seen.add(c)
        first[fw] = first.get(fw, 0) + 1
        picked.append(c)
        if len(picked) == PER_SLICE * len(SLICES):
            break
    assert len(picked) == PER_SLICE * len(SLICES), len(picked)

    sp = Speaker(rng)
    rows = []
    for si, name in enumerate(SLICES):
        for cmd in picked[si * PER_SLICE:(si + 1) * PER_SLICE]:
            chunks = encode(cmd)
            if name == "clean":
                text = clean_text(chunks)
                assert decode(text) == cmd, (text, cmd)
            elif name == "fuzzy":
                text = sp.fuzzy(chunks)
                assert loose_decode(text) == cmd, (text, cmd)
            elif name == "natural":
                text = sp.natural(chunks)
            else:
                text = sp.chaotic(chunks)
            rows.append({"input": text, "command": cmd, "slice": name,
                         "author": AUTHOR})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    sys.exit(main())
