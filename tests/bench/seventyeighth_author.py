#!/usr/bin/env python3
"""author78: an independent, kept-apart dictation set for the voice-to-bash reader.

Source: commands and descriptions from tldr-pages (https://github.com/tldr-pages/tldr,
CC BY 4.0), via assets/training/bash/pages_dev47_commands.jsonl, only the lines whose
0-based line number % 4 == 3, at most two commands per tool (tool = first word of the
command, so every "sudo ..." line counts against the tool "sudo").  Output:
assets/training/bash/author78.jsonl, 400 lines, 100 per slice, in the order clean, fuzzy,
natural, chaotic; no command twice.  Standard library only; one random.Random(7808)
consumed in a fixed order, so reruns are byte-identical.

STYLE GUIDE
===========

Persona
-------
Ruan, 38, a site-reliability engineer at a payments company in Stellenbosch, South
Africa.  He grew up in Pretoria speaking Afrikaans at home and English at school and
varsity.  During load-shedding he works from the office's generator-backed meeting room
with a tablet and a headset, and dictates commands to a laptop across the table, so his
dictation habits come from reading things out to colleagues over a bad line:

* He calls the space bar "the gap" (his first-year lecturer did), so when he dictates
  character by character the separator word is "gap", never "space".
* Commonwealth names for punctuation: "point" for a dot, "stroke" for a slash,
  "inverted commas" for double quotes, "brackets" for round brackets, "block" capitals.
* Phone-number habits for digits: 0 is "nought"; repeated characters are "double X" /
  "triple X" ("double nought", "double minus", "double stroke", "double l").
* South African English in his framing: "ja", "boet", "hey", "now-now", "lekker",
  "shame", "shot" (thanks), "eish", "ag".

Vocabulary (dictation, i.e. the clean/fuzzy "protocol")
-------------------------------------------------------
separator        gap                       (fuzzy: Whisper may write "gap," or "Gap")
-                minus                     (also: dash, hyphen)
.                point                     (also: dot, full stop)
/                stroke                    (also: slash, forward stroke)
\\                back stroke               (also: backstroke, backslash)
_                underline                 (also: underscore, under line)
~                tilda                     (also: tilde)
:  ;             colon, semicolon          (also: semi colon)
|                pipe
>  <             greater than, less than   (also: bigger than, smaller than)
*                star                      (also: asterisk)
@                at sign                   (also: at symbol)
#                hash                      (also: hash sign)
$                dollar                    (also: dollar sign)
%                percent                   (also: per cent)
&                ampersand                 (also: and sign)
=                equals                    (also: equal sign)
+                plus                      (also: plus sign)
!  ?             exclamation mark, question mark (also: exclamation)
'                apostrophe                (also: single quote)
"                open inverted commas / close inverted commas (the first of a pair
                 is "open", the second "close"); also bare "inverted commas",
                 "quote", "open quote", "close quote"
`                backtick                  (also: back tick)
( )              open bracket, close bracket (also: open/close round bracket)
[ ]              open square, close square (also: open/close square bracket)
{ }              open curly, close curly   (also: open/close curly bracket)
,  ^             comma, caret              (also: hat)
casing           "capital" = the next piece starts with a capital letter
                 ("capital guard" = Guard, "capital l" = L);
                 "block" = the next piece in BLOCK capitals ("block home" = HOME);
                 when "block" falls on a single letter it carries on over the
                 single letters that directly follow ("block c n a m e" = CNAME);
                 fuzzy: "block caps" for "block"
repeats          "double X" = X twice, "triple X" = X three times, X being a symbol
                 name, a digit word or a letter ("double minus" = --, "double
                 nought" = 00, "double p m" = ppm)
numbers          0 = "nought" (fuzzy: naught, zero); 1-9 digit words; 10-99 as one
                 number ("ten", "forty two", "twenty"); four-digit numbers in two
                 pairs ("eighty eighty" = 8080, "ten twenty four" = 1024, "twenty
                 double nought" = 2000, "nineteen nought five" = 1905); every other
                 run of three or more digits digit by digit with double/triple
                 ("one nine two", "one double nought"); fuzzy: some runs as digits
words            a piece he can pronounce is said as a word, split where a person
                 would ("project help", "g cloud"); pieces with no vowel or that are
                 acronyms are spelled letter by letter ("l s", "a w s"); a piece that
                 is itself one of his vocabulary words (gap, point, one, double, ...)
                 is spelled so it cannot be mistaken
fillers          um, uh, ehm, er, ja (in dictation a filler only ever comes right after
                 a "gap"; "ja" mostly opens a sentence)
restart          "from the top", "let me start again", "start over"

Natural speech
--------------
He hands every command over with a cue: "key in", "punch in", "type in", "just run" or
"the command is" (sometimes followed by a colon), after a framing sentence about what it
is for, built from the tldr description ("Ja, so we want to ...", "Okay boet, this one is
to ...", "Shame, I know it's late, but let's ...", "Now-now we're going to ...").  After
the command there may be a tail: "shot", "thanks hey", "cheers", "please", "and we're
sorted", "then press enter" (each after a comma or space, then a full stop).  Whisper
writes the command's words, flags, numbers, file names, paths and URLs as text, in the
right case.  What he still says aloud, and Whisper writes as words:
  "pipe" for |, "greater than" for >, "less than" for <, "and then" for &&,
  "open inverted commas" ... "close inverted commas" around a double-quoted string,
  "open apostrophe" ... "close apostrophe" around a single-quoted string,
  "nought" for a lone 0, and for a command that begins with sudo he may instead end it
  with "with sudo".
Commands whose symbols he would never say this way ({ } ( ) ; * ! ? $ # ` \\, a quote in
the middle of a word, a lone & or <<-) are only dictated in the protocol slices.

Corrections (chaotic): "no wait", "sorry man", "eish, no", "ag, sorry", "I mean",
"actually", "scratch that", "hang on" (Whisper sets them off with commas), and restarts
"..., eish, from the top. Key in <whole command again>" / "let me start again".  Every
chaotic line also carries fillers.

Slices
------
clean    the protocol exactly as above: every character spoken, "gap" for each space,
         primary names only, numbers as words, lower case, no punctuation, nothing else.
fuzzy    the same with Whisper's slips: variant names, a capitalised first word, a
         final full stop, commas after some "gap"s, some number runs in digits,
         pronounceable pieces split in two, spelled letters run together or in capitals.
natural  framing + cue + the command as Whisper writes natural speech + optional tail.
chaotic  mostly natural lines with at least one correction or restart and fillers;
         some are protocol lines with a filler and a "from the top" restart.

Listener rules (implemented by decode() below)
----------------------------------------------
1. Words are compared without case and without the commas, full stops, question and
   exclamation marks Whisper puts around them.
2. If the line contains a cue ("key in", "punch in", "type in", "just run", "the
   command is"), it is natural speech: the command is what follows the LAST cue.
   Otherwise it is dictation (protocol).
Natural speech:
3. Drop the final full stop (or ? !), then a tail phrase at the very end, and any comma
   stuck to the end of a word (commands themselves never have a word ending in a comma
   in this set).  Drop the fillers.
4. Correction markers: the words after a marker replace earlier words.  If the first
   word after the marker was already said, everything from its last earlier mention
   onward is replaced; otherwise just the one word before the marker is replaced.
5. "with sudo" at the very end means the command starts with sudo.
6. "pipe", "greater than", "less than", "and then", "nought" become | > < && 0 as
   words of their own; "open inverted commas"/"open apostrophe" glue a " or ' to the
   front of the next word, "close ..." glue it to the end of the previous word (both at
   once give an empty "" or '').  Everything else is taken exactly as written, and the
   words are joined with single spaces.
Dictation:
7. Drop fillers; if there is a restart phrase, keep only what follows the last one.
8. "gap" is a space; every other word or word pair from the vocabulary is its symbol;
   number words and digit strings are digits (a tens word followed by a unit word is
   one two-digit number, everything else is written one after the other); any other
   word is written as it is, in lower case.  Nothing else adds a space: all pieces
   between two "gap"s are run together.
9. "capital" upper-cases the first letter of the next piece; "block" the whole next
   piece, and if that piece is one letter, the single letters right after it too;
   "double"/"triple" repeat the next piece.
"""
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POOL = ROOT / "assets/training/bash/pages_dev47_commands.jsonl"
OUT = ROOT / "assets/training/bash/author78.jsonl"
AUTHOR = "author78"
PER_SLICE = 100

# --------------------------------------------------------------------------- vocabulary
PRIMARY = {
    " ": "gap", "-": "minus", ".": "point", "/": "stroke", "\\": "back stroke",
    "_": "underline", "~": "tilda", ":": "colon", ";": "semicolon", "|": "pipe",
    ">": "greater than", "<": "less than", "*": "star", "@": "at sign", "#": "hash",
    "$": "dollar", "%": "percent", "&": "ampersand", "=": "equals", "+": "plus",
    "!": "exclamation mark", "?": "question mark", "'": "apostrophe", "`": "backtick",
    "(": "open bracket", ")": "close bracket", "[": "open square", "]": "close square",
    "{": "open curly", "}": "close curly", ",": "comma", "^": "caret",
}
QUOTE_OPEN, QUOTE_CLOSE = "open inverted commas", "close inverted commas"
VARIANTS = {
    "-": ["dash", "hyphen"], ".": ["dot", "full stop"], "/": ["slash", "forward stroke"],
    "\\": ["backstroke", "backslash"], "_": ["underscore", "under line"], "~": ["tilde"],
    ";": ["semi colon"], ">": ["bigger than"], "<": ["smaller than"], "*": ["asterisk"],
    "@": ["at symbol"], "#": ["hash sign"], "$": ["dollar sign"], "%": ["per cent"],
    "&": ["and sign"], "=": ["equal sign"], "+": ["plus sign"], "!": ["exclamation"],
    "'": ["single quote"], "`": ["back tick"], "(": ["open round bracket"],
    ")": ["close round bracket"], "[": ["open square bracket"],
    "]": ["close square bracket"], "{": ["open curly bracket"],
    "}": ["close curly bracket"], "^": ["hat"],
}
QUOTE_VARIANTS = {"open": ["quote", "open quote", "inverted commas"],
                  "close": ["quote", "close quote", "inverted commas"]}

PHRASES = {}
for _ch, _name in PRIMARY.items():
    PHRASES[tuple(_name.split())] = _ch
for _ch, _names in VARIANTS.items():
    for _name in _names:
        PHRASES[tuple(_name.split())] = _ch
for _name in [QUOTE_OPEN, QUOTE_CLOSE, "inverted commas", "quote", "open quote", "close quote"]:
    PHRASES[tuple(_name.split())] = '"'

DIGIT_WORDS = ["nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
UNITS = {w: i for i, w in enumerate(DIGIT_WORDS)}
UNITS.update({"zero": 0, "naught": 0})
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS)

CASING = {"capital", "block"}
REPEAT = {"double": 2, "triple": 3}
FILLERS = {"um", "uh", "ehm", "er", "ja"}
RESTARTS = [("from", "the", "top"), ("let", "me", "start", "again"), ("start", "over")]
CUES = [("key", "in"), ("punch", "in"), ("type", "in"), ("just", "run"),
        ("the", "command", "is")]
TAILS = [("shot",), ("thanks", "hey"), ("cheers",), ("please",), ("and", "we're", "sorted"),
         ("then", "press", "enter")]
MARKERS = [("no", "wait"), ("sorry", "man"), ("eish", "no"), ("ag", "sorry"), ("i", "mean"),
           ("actually",), ("scratch", "that"), ("hang", "on")]
NAT_PHRASES = {("pipe",): "|", ("greater", "than"): ">", ("less", "than"): "<",
               ("and", "then"): "&&", ("nought",): "0"}

# words that must never be said as a literal word (they would be heard as vocabulary)
KEYWORDS = ({w for k in PHRASES for w in k if len(k) == 1} | {"gap", "backstroke"}
            | NUMWORDS | CASING | set(REPEAT) | FILLERS | {"caps"})


def _norm(w):
    return w.strip(".,!?:").lower()


def _match(words, i, table):
    """Longest phrase of `table` (iterable of tuples) starting at words[i]."""
    best = 0
    for ph in table:
        n = len(ph)
        if n > best and tuple(words[i:i + n]) == ph:
            best = n
    return best


# --------------------------------------------------------------------------- decoder
def decode(line):
    raw = line.split()
    norm = [_norm(w) for w in raw]
    last = None
    for i in range(len(norm)):
        n = _match(norm, i, CUES)
        if n:
            last = i + n
    if last is not None:
        return _decode_natural(raw[last:])
    return _decode_protocol(norm)


def _decode_natural(ws):
    ws = list(ws)
    if ws and ws[0] in (":", ","):
        ws = ws[1:]
    if ws and ws[-1][-1:] in ".?!":
        ws[-1] = ws[-1][:-1]
        if not ws[-1]:
            ws.pop()
    norm = [_norm(w) for w in ws]
    for tail in TAILS:
        n = len(tail)
        if len(norm) > n and tuple(norm[-n:]) == tail:
            ws, norm = ws[:-n], norm[:-n]
            break
    words = []
    for w in ws:
        w = w.rstrip(",")
        if w and _norm(w) not in FILLERS:
            words.append(w)
    norm = [_norm(w) for w in words]
    out = []
    i = 0
    while i < len(words):
        n = _match(norm, i, MARKERS)
        if n:
            i += n
            if i < len(words):
                f = words[i]
                hits = [j for j, o in enumerate(out) if o == f]
                out = out[:hits[-1]] if hits else out[:-1]
            continue
        out.append(words[i])
        i += 1
    words = out
    norm = [_norm(w) for w in words]
    if norm[-2:] == ["with", "sudo"]:
        words = ["sudo"] + words[:-2]
        norm = ["sudo"] + norm[:-2]
    res, pending, i = [], "", 0
    while i < len(words):
        if norm[i] in ("open", "close") and i + 1 < len(words):
            q = {"inverted": '"', "apostrophe": "'"}.get(norm[i + 1])
            step = (
                3
                if norm[i + 1] == "inverted" and i + 2 < len(words) and norm[i + 2] == "commas"
                else 2
            )
            if q and (q == "'" or step == 3):
                if norm[i] == "open":
                    pending += q
                elif pending:
                    res.append(pending + q)
                    pending = ""
                elif res:
                    res[-1] += q
                i += step
                continue
        n = _match(norm, i, NAT_PHRASES)
        if n:
            res.append(pending + NAT_PHRASES[tuple(norm[i:i + n])])
            pending = ""
            i += n
            continue
        res.append(pending + words[i])
        pending = ""
        i += 1
    return " ".join(res)


def _decode_protocol(norm):
    words = [w for w in norm if w and w not in FILLERS]
    start = 0
    for i in range(len(words)):
        n = _match(words, i, RESTARTS)
        if n:
            start = i + n
    words = words[start:]
    units = []  # (kind, text)
    i = 0
    while i < len(words):
        w = words[i]
        n = _match(words, i, PHRASES)
        if n:
            units.append(("sym", PHRASES[tuple(words[i:i + n])]))
            i += n
        elif w == "gap":
            units.append(("sym", " "))
            i += 1
        elif w in CASING:
            units.append(("case", w))
            i += 2 if (w == "block" and i + 1 < len(words) and words[i + 1] == "caps") else 1
        elif w in REPEAT:
            units.append(("rep", REPEAT[w]))
            i += 1
        elif w in TENS:
            if i + 1 < len(words) and words[i + 1] in UNITS and UNITS[words[i + 1]] > 0:
                units.append(("num", f"{TENS[w]}{UNITS[words[i + 1]]}"))
                i += 2
            else:
                units.append(("num", f"{TENS[w]}0"))
                i += 1
        elif w in TEENS:
            units.append(("num", str(10 + TEENS.index(w))))
            i += 1
        elif w in UNITS:
            units.append(("num", str(UNITS[w])))
            i += 1
        else:
            units.append(("lit", w))
            i += 1
    out, case, rep, block_run = [], None, 1, False
    for kind, val in units:
        if kind == "case":
            case, block_run = val, False
            continue
        if kind == "rep":
            rep, block_run = val, False
            continue
        text = val * rep
        if case == "capital":
            text = text[:1].upper() + text[1:]
        elif case == "block":
            text = text.upper()
            block_run = kind == "lit" and len(val) == 1
        elif block_run and kind == "lit" and len(val) == 1 and rep == 1:
            text = text.upper()
        else:
            block_run = False
        case, rep = None, 1
        out.append(text)
    return "".join(out)


# --------------------------------------------------------------------------- speaking
LEXICON = set("""
add admin agent alias all alpha analyzer app apps archive argument args asset assets
attr audio audit auth author auto backup backups base batch bind bin binary block book
boot branch bridge browser brush build builder bundle cache call camera capture case
cast cert channel channels check chroot clean client clone cloud cluster code collection
color colors column columns combine commit compile complete component compute config
connect container context convert copy count create credentials crypto cube custom data
date debug decode decrypt default define delete depth desktop destroy device diff disk
dist docker docs domain done down download dump edit editor email enable encode encoding
engine enter entry environment error event exec expand export extract fake feed fetch
field file files filter find fire firewall fix flag flash flow folder font force format
free from full future gamma get global group guard hard head help history home host html
icon image import include index info init input insert insight install interactive
keep kernel key keys label layer lens level lib life limit line link links list load
local lock log login logs long loop main make manage manager map master match media merge
message meta migrate mode model models modify module monitor mount move name names net
network new node notes null object open option options org out output pack package page
pager pages pass password patch path paths payload photo pixel plan platform plugin
plugins policy pool port post preserve print priority product profile progress project
projects proxy pull push python query queue quick read record recursive release remote
remove repo report reset resolve restore rule rules run runner sample scan scraper screen
script search secret secrets send serial series server service session set shell show
sign silent simple single site size slim socket sort source split stack stacks start stat
state status step stop store stream string style suggestions switch sync system tab table
tag tags target task template term test text theme thumbnail tile time token tool tools
top track transfer transparent tree tunnel type update upgrade upload user users value
version view virtual volume volumes wait warning watch web window word work workflow
world wrap write zone
""".split()) - KEYWORDS
TWO = {"go", "to", "in", "on", "up", "do", "no", "is", "it", "of", "or", "as", "me", "my",
       "we", "be", "by", "so", "he", "an", "am", "us", "if", "at"}
ACRONYMS = {"aws", "api", "usb", "url", "uri", "sql", "cpu", "gpu", "iam", "ui", "vm",
            "xml", "dns", "ssl", "tls", "cli", "ecs", "eks", "ocr", "acl", "ami", "ide",
            "oci", "osm", "uid", "gid", "ini", "ttl", "nfs", "ssh", "pdf", "csv", "io",
            "os", "ca", "qa", "ai", "id", "ok", "sqs", "ps", "gs", "ts", "hd", "hk"}
SAY_AS_WORD = {"json", "yaml", "toml", "sudo", "nginx", "linux", "ubuntu", "mysql", "regex"}
ONSETS = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "ph",
          "pl", "pr", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr",
          "tw", "wh", "wr", "str", "scr", "spl", "spr", "thr", "chr", "sch", "shr", "squ",
          "qu", "dw", "gn", "ps"}
CODAS = {"st", "nd", "ng", "nk", "nt", "mp", "rt", "rd", "rk", "ck", "sh", "ch", "th",
         "ll", "ss", "ff", "ct", "ft", "lt", "ld", "lk", "lp", "pt", "rm", "rn", "rs",
         "ts", "ks", "ds", "ns", "ms", "ls", "gs", "ps", "bs", "rl", "lf", "lm", "sk",
         "sp", "wn", "ws", "rg", "rb", "rp", "rch", "rst", "nts", "nds", "cks", "rts",
         "lls", "ngs", "nks", "sts", "pts", "xt", "mb", "gh", "ght", "tch", "rth", "nch",
         "nth", "mps", "rks", "cts", "fts", "lds", "lts", "rds", "rms", "rns", "tz", "ys",
         "wk", "ry", "ly", "ny", "rty", "mpt"}


def sayable(w):
    if w in KEYWORDS:
        return False
    if w in SAY_AS_WORD or w in LEXICON:
        return True
    if w in ACRONYMS:
        return False
    if len(w) == 2:
        return w in TWO
    if len(w) < 3 or not any(c in "aeiou" for c in w) or w[0] == w[1]:
        return False
    if re.search(r"[^aeiouy]{4,}", w):
        return False
    onset = re.match(r"[^aeiouy]*", w).group()
    if len(onset) >= 2 and onset not in ONSETS:
        return False
    coda = re.search(r"[^aeiouy]*$", w).group()
    if len(coda) >= 2 and coda not in CODAS:
        return False
    return True


def segment(w):
    """Split a lower-case letter run into pieces: words or single letters (min cost)."""
    n = len(w)
    best = [(0.0, [])] + [(1e9, None)] * n
    for i in range(n):
        c0, p0 = best[i]
        if p0 is None:
            continue
        for j in range(i + 1, n + 1):
            piece = w[i:j]
            if j - i == 1:
                cost = 1.0
            elif piece in SAY_AS_WORD or (piece in LEXICON and piece not in KEYWORDS):
                cost = 0.8
            elif piece in TWO and piece not in KEYWORDS:
                cost = 1.3
            elif j - i >= 3 and sayable(piece):
                cost = 1.7
            else:
                continue
            if c0 + cost < best[j][0] - 1e-9:
                best[j] = (c0 + cost, p0 + [piece])
    pieces = best[n][1]
    # a short unpronounceable run is spelled right through ("v i f m", not "vif m")
    if n <= 5 and not sayable(w) and any(
            len(p) > 1 and p not in LEXICON and p not in TWO and p not in SAY_AS_WORD
            for p in pieces):
        return list(w)
    return pieces


def spell(letters, doubles=True):
    out, i = [], 0
    while i < len(letters):
        if doubles and i + 1 < len(letters) and letters[i + 1] == letters[i]:
            out += ["double", letters[i]]
            i += 2
        else:
            out.append(letters[i])
            i += 1
    return out


def say_lower(seg, rng=None, fuzzy=False):
    words = []
    for piece in segment(seg):
        if len(piece) == 1:
            words.append(piece)
        elif piece in KEYWORDS or not (sayable(piece) or piece in TWO):
            words.append(("spell", piece))
        else:
            cuts = [c for c in range(3, len(piece) - 2)
                    if (piece[:c] in LEXICON or piece[c:] in LEXICON)
                    and sayable(piece[:c]) and sayable(piece[c:])]
            if fuzzy and cuts and rng.random() < 0.5:
                cut = rng.choice(cuts)
                words += [piece[:cut], piece[cut:]]
            else:
                words.append(piece)
    # merge consecutive single letters into spelled runs
    out, run = [], ""
    for w in words + [None]:
        if isinstance(w, tuple):
            run += w[1]
            continue
        if isinstance(w, str) and len(w) == 1:
            run += w
            continue
        if run:
            if fuzzy and len(run) >= 2 and rng.random() < 0.25:
                out.append(run.upper() if rng.random() < 0.5 else run)
            else:
                sp = spell(run)
                if fuzzy and rng.random() < 0.3:
                    sp = [x.upper() if len(x) == 1 else x for x in sp]
                out += sp
            run = ""
        if w is not None:
            out.append(w)
    return out


def two_digit(s):
    a, b = int(s[0]), int(s[1])
    if a == 0:
        return ["nought", DIGIT_WORDS[b]]
    if a == 1:
        return [TEENS[b]]
    return [k for k, v in TENS.items() if v == a][:1] + ([DIGIT_WORDS[b]] if b else [])


def digits_grouped(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        k = j - i
        while k > 0:
            if k >= 3 and k != 4:
                out += ["triple", DIGIT_WORDS[int(s[i])]]
                k -= 3
            elif k >= 2:
                out += ["double", DIGIT_WORDS[int(s[i])]]
                k -= 2
            else:
                out.append(DIGIT_WORDS[int(s[i])])
                k -= 1
        i = j
    return out


def say_number(s, rng=None, fuzzy=False):
    if fuzzy and rng.random() < 0.35:
        return [s]
    if len(s) == 1:
        words = [DIGIT_WORDS[int(s)]]
    elif len(s) == 2:
        words = two_digit(s)
    elif len(s) == 4 and s[0] != "0":
        words = []
        for pair in (s[:2], s[2:]):
            words += ["double", "nought"] if pair == "00" else two_digit(pair)
    else:
        words = digits_grouped(s)
    if fuzzy:
        words = [rng.choice(["naught", "zero", "nought"]) if w == "nought" and rng.random() < 0.3
                 else w for w in words]
    return words


CASE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+")


def say_letters(run, rng=None, fuzzy=False):
    words = []
    for seg in CASE_RE.findall(run):
        if seg.islower():
            words += say_lower(seg, rng, fuzzy)
        elif len(seg) == 1:
            words += ["capital", seg.lower()]
        elif seg[1:].islower():
            words += ["capital"] + say_lower(seg.lower(), rng, fuzzy)
        else:
            cap = ["block", "caps"] if fuzzy and rng.random() < 0.2 else ["block"]
            low = seg.lower()
            if sayable(low) and low not in ACRONYMS:
                words += cap + [low]
            else:
                words += cap + list(low)
    return words


def say_symbol(ch, state, rng=None, fuzzy=False):
    if ch == '"':
        side = "open" if state["dq"] % 2 == 0 else "close"
        state["dq"] += 1
        if fuzzy and rng.random() < 0.35:
            return rng.choice(QUOTE_VARIANTS[side]).split()
        return (QUOTE_OPEN if side == "open" else QUOTE_CLOSE).split()
    if fuzzy and ch in VARIANTS and rng.random() < 0.35:
        return rng.choice(VARIANTS[ch]).split()
    return PRIMARY[ch].split()


PIECE_RE = re.compile(r"[A-Za-z]+|[0-9]+|.")


def say_token(tok, state, rng=None, fuzzy=False):
    pieces = PIECE_RE.findall(tok)
    words, i = [], 0
    while i < len(pieces):
        p = pieces[i]
        if p[0].isalpha():
            words += say_letters(p, rng, fuzzy)
        elif p[0].isdigit():
            words += say_number(p, rng, fuzzy)
        else:
            j = i
            while j < len(pieces) and pieces[j] == p:
                j += 1
            k = j - i
            if p != '"' and k in (2, 3):
                words += ["double" if k == 2 else "triple"] + say_symbol(p, state, rng, fuzzy)
                i = j
                continue
            words += say_symbol(p, state, rng, fuzzy)
        i += 1
    return words


def say_protocol(cmd, rng=None, fuzzy=False):
    """Dictate a whole command; every token is checked on its own, spelled out if needed."""
    out = []
    state = {"dq": 0}
    for n, tok in enumerate(cmd.split(" ")):
        if n:
            out.append("gap," if fuzzy and rng.random() < 0.25 else "gap")
        saved = dict(state)
        words = say_token(tok, state, rng, fuzzy)
        if _decode_protocol([_norm(w) for w in words]) != tok:
            state = dict(saved)
            words = say_token(tok, state)          # the clean way
        if _decode_protocol([_norm(w) for w in words]) != tok:
            state = dict(saved)
            words = []
            for p in PIECE_RE.findall(tok):      # last resort: every letter spelled
                if p[0].isalpha():
                    for c in p:
                        words += ["capital", c.lower()] if c.isupper() else [c]
                elif p[0].isdigit():
                    words += [DIGIT_WORDS[int(c)] for c in p]
                else:
                    words += say_symbol(p, state)
        out += words
    return out


# --------------------------------------------------------------------------- natural
NAT_TOKEN = re.compile(r"^[A-Za-z0-9\-./~_:=,@+%]+$")
NAT_SYMS = {"|": "pipe", ">": "greater than", "<": "less than", "&&": "and then"}


def natural_words(cmd):
    """The command as Whisper writes his natural speech, one list of words per command
    word (a quoted string is one group), or None if he would not say it this way."""
    toks = cmd.split(" ")
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in NAT_SYMS:
            out.append(NAT_SYMS[t].split())
            i += 1
            continue
        if t[:1] in "\"'":
            q = t[0]
            j = i
            body = [t[1:]]
            while not (body[-1].endswith(q) and (j > i or len(t) > 1)):
                j += 1
                if j >= len(toks):
                    return None
                body.append(toks[j])
            body[-1] = body[-1][:-1]
            if any(q in b for b in body) or any(b and not NAT_TOKEN.match(b) for b in body):
                return None
            name = "inverted commas" if q == '"' else "apostrophe"
            inner = [b for b in body if b]
            if len(body) > 1 and "" in body:
                return None
            out.append(("open " + name).split() + inner + ("close " + name).split())
            i = j + 1
            continue
        if not NAT_TOKEN.match(t) or t.endswith(",") or t.endswith("."):
            return None
        out.append([t])
        i += 1
    return out


FRAMES = [
    "Ja, so we want to {d}.",
    "Okay boet, this one is to {d}, hey.",
    "Right, next thing, we need to {d}.",
    "Shame, I know it's late, but let's {d} quickly.",
    "Now-now we're going to {d}.",
    "Lekker, so to {d},",
    "Hmm, let me think. Ja, to {d},",
    "Okay, for the ticket we must {d}.",
    "",
]
CUE_TEXT = ["key in", "punch in", "type in", "just run", "the command is"]
TAIL_TEXT = [", shot.", ", thanks hey.", ", cheers.", ", please.", " and we're sorted.",
             " then press enter.", "."]


def describe(desc):
    d = re.sub(r"\s*\([^()]*\)", "", desc)
    d = re.sub(r"[`\[\]{}<>$]", "", d).strip().rstrip(".")
    d = re.sub(r"\b([a-z])([A-Z]{2,})\b", lambda m: m.group(0).upper(), d)
    if d[:1].isupper() and not d[1:2].isupper():
        d = d[0].lower() + d[1:]
    return d


def frame_line(rng, desc, body, cue=None):
    frame = rng.choice(FRAMES)
    cue = cue or rng.choice(CUE_TEXT)
    colon = ":" if rng.random() < 0.25 else ""
    tail = rng.choice(TAIL_TEXT)
    if frame:
        lead = frame.format(d=describe(desc))
        cue_s = cue if lead.endswith(",") else cue[0].upper() + cue[1:]
        return f"{lead} {cue_s}{colon} {body}{tail}"
    return f"{cue[0].upper() + cue[1:]}{colon} {body}{tail}"


def flat(groups):
    return [w for g in groups for w in g]


def natural_line(rng, item, groups):
    groups = list(groups)
    if item["command"].startswith("sudo ") and rng.random() < 0.6:
        groups = groups[1:] + [["with", "sudo"]]
    return frame_line(rng, item["description"], " ".join(flat(groups)))


# --------------------------------------------------------------------------- chaotic
SWAPS = [("install", "uninstall"), ("list", "show"), ("push", "pull"), ("get", "set"),
         ("start", "stop"), ("add", "remove"), ("create", "delete"), ("enable", "disable"),
         ("import", "export"), ("upload", "download"), ("encrypt", "decrypt"),
         ("src", "docs"), ("data", "docs"), ("alice", "bob"), ("main", "master"),
         ("demo", "test"), ("foo", "bar"), ("alpha", "beta"), ("server1", "server2"),
         ("json", "yaml"), ("build", "test"), ("eth0", "wlan0"), ("root", "admin")]
EXTS = [".txt", ".csv", ".log", ".json", ".yaml", ".pdf", ".png", ".conf"]
MARKER_TEXT = ["no wait", "sorry man", "eish, no", "ag, sorry", "I mean", "actually",
               "scratch that", "hang on"]


def wrong_variant(rng, tok):
    for a, b in SWAPS:
        for x, y in ((a, b), (b, a)):
            if x in tok.split("/") or tok == x:
                return tok.replace(x, y, 1)
    m = re.search(r"(\.[a-z]{2,4})$", tok)
    if m and len(tok) > len(m.group(1)):
        ext = rng.choice([e for e in EXTS if e != m.group(1)])
        return tok[: -len(m.group(1))] + ext
    if tok.isdigit():
        return str(int(tok) + rng.choice([1, 2, 10]))
    if tok.startswith("--") and len(tok) > 5:
        return tok[: rng.randint(3, len(tok) - 2)] + "-"
    if len(tok) >= 4:
        return tok[: rng.randint(2, len(tok) - 2)] + "-"
    return None


def has_variant(tok):
    """Whether wrong_variant() has a slip for this word (same tests, no randomness)."""
    if any(tok == x or x in tok.split("/") for pair in SWAPS for x in pair):
        return True
    m = re.search(r"(\.[a-z]{2,4})$", tok)
    return bool((m and len(tok) > len(m.group(1))) or tok.isdigit() or len(tok) >= 4)


def with_fillers(rng, words, k, inner=("um", "uh", "ehm")):
    """Put k fillers between the items of words (a list of words or of word groups)."""
    words = list(words)
    for _ in range(k):
        f = rng.choice(inner) + ","
        if isinstance(words[0], list):
            words.insert(rng.randint(0, max(1, len(words) - 1)), [f])
        else:   # dictation: a filler only comes right after a "gap"
            spots = [i for i in range(1, len(words)) if words[i - 1] == "gap"]
            words.insert(rng.choice(spots) if spots else len(words), f)
    return words


def chaotic_natural(rng, item, groups):
    """Natural line with one correction (swap, re-anchor or full restart) and fillers."""
    n = len(groups)
    single = [i for i, g in enumerate(groups) if len(g) == 1 and has_variant(g[0])]
    kind = rng.choice(["swap", "swap", "anchor", "restart"])
    if kind == "anchor" and not [i for i in single if i >= 1]:
        kind = "swap"
    if kind == "swap" and not single:
        kind = "restart"
    marker = [rng.choice(MARKER_TEXT) + ","]
    if kind == "swap":
        i = rng.choice(single)
        body = groups[:i] + [[wrong_variant(rng, groups[i][0]) + ","], marker] + groups[i:]
        body = with_fillers(rng, body, 1)
    elif kind == "anchor":
        k = rng.choice([i for i in single if i >= 1])
        a = k - rng.randint(1, min(2, k))
        body = groups[:k] + [[wrong_variant(rng, groups[k][0]) + ","], marker] + groups[a:]
        body = with_fillers(rng, body, 1)
    else:
        cut = rng.randint(1, max(1, n - 1))
        first = [list(g) for g in groups[:cut]]
        last = first[-1]
        if len(last) == 1 and len(last[0]) >= 4 and rng.random() < 0.5:
            last[0] = last[0][: rng.randint(2, len(last[0]) - 2)] + "-"
        again = rng.choice(["from the top.", "let me start again."])
        cue = rng.choice(CUE_TEXT)
        body = first + [["eish,", again, cue[0].upper() + cue[1:]]] + with_fillers(rng, groups, 1)
    line = frame_line(rng, item["description"], " ".join(flat(body)))
    if rng.random() < 0.5:
        pre = rng.choice(["Um", "Ja", "Ehm", "Uh"])
        line = pre + ", " + line[0].lower() + line[1:]
    return line


def chaotic_protocol(rng, cmd):
    words = say_protocol(cmd)
    gaps = [i for i, w in enumerate(words) if w == "gap"]
    cut = rng.choice(gaps) if gaps else max(1, len(words) // 2)
    first = words[:cut]
    tail = rng.choice(["eish, from the top,", "ag, let me start again,", "sorry man, start over,"])
    body = with_fillers(rng, words, 1)
    return " ".join(with_fillers(rng, first, 1) + tail.split() + body)


# --------------------------------------------------------------------------- build
def load_pool():
    items = []
    with POOL.open() as fh:
        for n, line in enumerate(fh):
            if n % 4 == 3:
                items.append(json.loads(line))
    return items


def main():
    rng = random.Random(7808)
    pool = load_pool()
    # at most two commands per tool (first word), in pool order
    per_tool, cands, seen = {}, [], set()
    for it in pool:
        tool = it["command"].split()[0]
        if per_tool.get(tool, 0) >= 2 or it["command"] in seen:
            continue
        per_tool[tool] = per_tool.get(tool, 0) + 1
        seen.add(it["command"])
        cands.append(it)
    rng.shuffle(cands)
    # Every command can be dictated in the protocol (all of it is ASCII the vocabulary
    # covers).  Natural/chaotic only take commands he would say in running speech: those
    # with { } ( ) ; * ! ? $ # ` \, a lone &, <<- or a quote inside a word are skipped
    # there (natural_words returns None) and left to the protocol slices.
    nat_ok = [it for it in cands if natural_words(it["command"]) is not None]
    nat_no = [it for it in cands if natural_words(it["command"]) is None]

    rows = {"clean": [], "fuzzy": [], "natural": [], "chaotic": []}
    used = set()

    def take(slice_name, it, line):
        if decode(line) != it["command"]:
            return False
        rows[slice_name].append({"input": line, "command": it["command"],
                                 "slice": slice_name, "author": AUTHOR})
        used.add(it["command"])
        return True

    # natural: 100 plain natural lines
    queue = list(nat_ok)
    for it in queue:
        if len(rows["natural"]) == PER_SLICE:
            break
        line = natural_line(rng, it, natural_words(it["command"]))
        take("natural", it, line)
    # chaotic: 85 natural-with-corrections, 15 protocol-with-restart
    for it in queue:
        if len(rows["chaotic"]) == 85:
            break
        if it["command"] in used:
            continue
        for _ in range(4):
            line = chaotic_natural(rng, it, natural_words(it["command"]))
            if take("chaotic", it, line):
                break
    proto = nat_no + [it for it in queue if it["command"] not in used]
    for it in proto:
        if len(rows["chaotic"]) == PER_SLICE:
            break
        if it["command"] in used:
            continue
        take("chaotic", it, chaotic_protocol(rng, it["command"]))
    # clean and fuzzy alternate over what is left, symbol-heavy commands first
    left = [it for it in proto if it["command"] not in used]
    for it in left:
        if len(rows["clean"]) == PER_SLICE and len(rows["fuzzy"]) == PER_SLICE:
            break
        if len(rows["clean"]) < PER_SLICE and (len(rows["clean"]) <= len(rows["fuzzy"])
                                               or len(rows["fuzzy"]) == PER_SLICE):
            take("clean", it, " ".join(say_protocol(it["command"])))
        else:
            words = say_protocol(it["command"], rng, fuzzy=True)
            slips = sum(w != c for w, c in zip(words, say_protocol(it["command"]), strict=False))
            if rng.random() < 0.5 or not slips:
                words[0] = words[0][:1].upper() + words[0][1:]
            line = " ".join(words)
            if rng.random() < 0.5 or not slips:
                line += "."
            take("fuzzy", it, line)
    assert all(len(v) == PER_SLICE for v in rows.values()), {k: len(v) for k, v in rows.items()}
    with OUT.open("w") as fh:
        for name in ("clean", "fuzzy", "natural", "chaotic"):
            for row in rows[name]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tools = {r["command"].split()[0] for v in rows.values() for r in v}
    print({k: len(v) for k, v in rows.items()}, "tools", len(tools))


if __name__ == "__main__":
    main()
