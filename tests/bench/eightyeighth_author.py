"""Eighty-eighth author: a terse Finnish embedded-systems engineer dictates shell commands.

Writes assets/training/bash/author88.jsonl: 400 lines of
{"input": <what Whisper wrote>, "command": <the exact command>,
 "slice": clean|fuzzy|natural|chaotic, "author": "author88"},
100 lines per slice, in that order.  Run as

    cd /work/main && python3 tests/bench/eightyeighth_author.py

Standard library only.  One random.Random(88) is consumed in a fixed order, so
reruns are byte-identical.

Source commands come from tldr-pages (https://github.com/tldr-pages/tldr),
licensed CC BY 4.0; the tldr-pages authors are credited for every command.
The clean slice draws on platforms_dev52_commands.jsonl (macOS, Windows, BSD,
SunOS and Android pages; only 0-based line numbers % 2 == 1), the other three
slices on pages_dev51_commands.jsonl (only line numbers % 4 == 2).  At most
two commands per first word; all 400 commands are distinct; commands that
cannot sensibly be dictated (non-ASCII, tabs, over 64 characters, over 48
spoken tokens) are skipped.  Command text is kept exactly as in the pool.


STYLE GUIDE
===========

The speaker
-----------
Jussi, embedded-systems engineer in Tampere.  Dictates with as few words as
possible, flat voice, no politeness.  English with a Finnish accent; the only
Finnish that leaks in is "niin", "no niin", "joo" and "ei kun".

The protocol (what he says, and how Whisper writes it in the clean slice)
-------------------------------------------------------------------------
Everything he says runs together into ONE string.  Nothing is inserted
between spoken items; the only way to get a space into the command is to say
"space".  So "base six four" is `base64`, "x e d" is `xed`, "local host" is
`localhost`, and "cat space minus n" is `cat -n`.

Separator
    space            " "   (said for every single space; two spaces = "space space")

Symbols (each one word unless shown)
    minus            -     ("minus minus" for --)
    point            .
    slash            /
    backslash        \\
    colon            :
    semicolon        ;
    equals           =
    comma            ,
    hash             #
    percent          %
    plus             +
    tilde            ~
    underscore       _
    pipe             |
    star             *
    at               @
    dollar           $
    ampersand        &
    greater          >
    less             <
    question         ?
    bang             !
    caret            ^
    quote            "     (double quote)
    tick             '     (single quote / apostrophe)
    backtick         `
    open paren       (        close paren      )
    open bracket     [        close bracket    ]
    open brace       {        close brace      }

Digits: always digit by digit, never as a number:
    zero one two three four five six seven eight nine
    e.g. 192.168.1.10 = "one nine two point one six eight point one point one zero",
    1024 = "one zero two four".

Letters: anything that is not an English word is spelled letter by letter with
English letter names ("ay, bee, see, ... double-you, ex, why, zed").  Whisper
writes each spelled letter as the bare letter: `sudo` = "s u d o", `nginx` =
"n g i n x", `py` = "p y".  A one-letter token in a clean line is ALWAYS a
spelled letter (he never says "a" or "I" as words).

Words: an ordinary English word is said as a word, and so is a glued
compound of two or three English words (uptime = "up time", localhost =
"local host", logoff = "log off"; every piece of a compound has at least three
letters, except "up").  Tool names, abbreviations, file extensions, jargon
and made-up names (sudo, csv, png, config, foo, nginx, ubuntu) are spelled.

Reserved words are never said as words, because they would be taken as
protocol: if the command contains one of them (alone or inside a compound),
he spells it.  The reserved words are
    space, big, every symbol name above (minus point slash
    backslash colon semicolon equals comma hash percent plus tilde underscore
    pipe star at dollar ampersand greater less question bang caret quote tick
    backtick paren bracket brace), the digit names (zero ... nine), the words
    Whisper may write for a letter or digit (be bee see sea eye jay kay oh
    pee queue cue are tea tee you double ex why zed aitch gee el em en es
    dee ef vee ay to too for won ate), the loose symbol names (dash hyphen
    dot period asterisk tilda hashtag pound apostrophe exclamation sign
    forward back under semi single equal parenthesis curly square vertical
    per), and his fillers and correction words (so then ok okay niin joo no
    ei kun wrong again enter wait).
    So `for` is "f o r", `at` is "a t", `no-pass` is "n o minus pass",
    `one` is "o n e", `big` is "b i g".
"open" and "close" are only brackets when the next word is paren, bracket or
brace; otherwise they are the plain words (macOS `open` is "open").
"all" is only a casing word when the next word is "big"; otherwise it is the
plain word `all` (and if a literal "all" would run straight into a capital,
he spells it "a l l").

Casing: everything is lower case unless he says so.
    big X            capitalises the next letter or the first letter of the
                     next word: "big m" = M, "big get" = Get,
                     "big malloc big stack big logging" = MallocStackLogging,
                     "set big default big browser" = setDefaultBrowser
    all big WORD     the next word (an English word) entirely in capitals:
                     "all big yes" = YES
    capitals that are not an English word are spelled with "big" on every
    letter: XML = "big x big m big l", SYMROOT = "big s big y big m big r
    big o big o big t".

A listener rebuilding a clean line therefore reads left to right:
"space" -> space; "open"/"close" + paren|bracket|brace -> the bracket;
"all big" -> upper-case the next token; "big" -> capitalise the next token's
first letter; a symbol name -> its symbol; a digit name -> its digit; anything
else (a bare letter or a word) -> itself; and concatenates everything.
decode() below is exactly that listener.

Natural-speech habits
---------------------
Framing is minimal: "so", "ok", "ok so", "then", "no niin", "niin", "joo",
"next", "run", "run this:".  Sign-off: an occasional flat "enter",
sometimes "ok" or "joo".  Fillers are single words dropped between items:
"so", "then", "niin".  Pauses come out as commas or full stops in Whisper.
Corrections are flat and short:
    "ei kun" (Finnish: "no I mean") cancels the ONE piece said just before
        it - one symbol, one number, or one spelled run of letters - and the
        right piece follows: "underscore, ei kun, dash dash" = --;
        "5433, ei kun, 5432" = 5432; "D O C F, ei kun, D-O-C-S" = docs.
    "wrong, again." throws away everything said so far for the command and
        he starts the whole command again from the beginning.
    A word said twice with a pause ("list... list") is one word.
    Asides are whole sentences about the lab ("The board is still booting.",
        "Same as yesterday.") and never contain protocol words; they are not
        part of the command.
When relaxed he names symbols loosely: "dash" for minus, "double dash" or
"dash dash" for --, "dot" for point, "forward slash", "tilda", "equal",
"asterisk", "at sign", "single quote", "greater than"; and Whisper writes
digits as numerals ("192", or "1 9 2", or "192.168.1.10" when he said dot
between the groups).  He still says "space", "big" and spells letter by letter.

Whisper's habits (all slices but clean)
---------------------------------------
Capitalises the first word and proper nouns (Python, Docker), adds commas and
full stops, writes spelled letters in upper case, hyphenated ("S-U-D-O") or
glued ("sudo"), writes digits as numerals, glues or splits words ("local
host" <-> "localhost", "back slash", "under score", "semi-colon",
"minus-minus", "all-big"), and mishears: letters as homophones ("see" c,
"why" y, "are" r, "you" u, "tea" t, "ex" x, "double you" w, "zed" z,
"aitch" h, "oh" o, "eye" i, "queue" q ...), digits as homophones ("to"/"too"
2, "for" 4, "ate" 8, "won" 1), colon as "Colin", his flat "big" as "pig", and
word homophones (main -> Maine, write -> right, sum -> some, tail -> tale,
new -> knew, site -> sight, role -> roll, plain -> plane, mail -> male,
check -> cheque, read -> reed).  Case in Whisper's writing never means
anything; only "big"/"all big" do, and "big" covers exactly one letter (a
letter after "big" is written on its own: "big R-S-C-R-I-P-T" never occurs,
"big R S-C-R-I-P-T" does).

Slices
------
clean    the strict protocol, lower case, no punctuation, nothing but the
         command.  decode(input) == command holds for every clean line.
fuzzy    the same protocol as Whisper really writes it: punctuation and
         capitals, numerals, glued/split words, homophones, now and then a
         symbol by a variant name.  No framing, no fillers.
natural  how Jussi says it when not being careful: a short opener, loose
         symbol names, numerals, a filler here and there, Whisper's
         sentences, maybe "enter" at the end.
chaotic  natural plus trouble: "ei kun" corrections, "wrong, again."
         restarts, a word said twice, short asides about the lab, longer
         framing.  A careful listener can still rebuild the command.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASH = ROOT / "assets" / "training" / "bash"
POOL_CLEAN = BASH / "platforms_dev52_commands.jsonl"
POOL_OTHER = BASH / "pages_dev51_commands.jsonl"
OUT = BASH / "author88.jsonl"
AUTHOR = "author88"
PER_SLICE = 100
MAX_CHARS = 64
MAX_TOKENS = 48

# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

SYMBOL_NAMES = {
    "-": "minus",
    ".": "point",
    "/": "slash",
    "\\": "backslash",
    ":": "colon",
    ";": "semicolon",
    "=": "equals",
    ",": "comma",
    "#": "hash",
    "%": "percent",
    "+": "plus",
    "~": "tilde",
    "_": "underscore",
    "|": "pipe",
    "*": "star",
    "@": "at",
    "$": "dollar",
    "&": "ampersand",
    ">": "greater",
    "<": "less",
    "?": "question",
    "!": "bang",
    "^": "caret",
    '"': "quote",
    "'": "tick",
    "`": "backtick",
    "(": "open paren",
    ")": "close paren",
    "[": "open bracket",
    "]": "close bracket",
    "{": "open brace",
    "}": "close brace",
}
ONE_WORD_SYMBOLS = {v: k for k, v in SYMBOL_NAMES.items() if " " not in v}
BRACKETS = {
    ("open", "paren"): "(",
    ("close", "paren"): ")",
    ("open", "bracket"): "[",
    ("close", "bracket"): "]",
    ("open", "brace"): "{",
    ("close", "brace"): "}",
}
DIGIT_NAMES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_OF = {w: str(i) for i, w in enumerate(DIGIT_NAMES)}

LETTER_HOMOPHONES = {
    "a": ["ay"], "b": ["bee", "be"], "c": ["see", "sea"], "d": ["dee"], "f": ["ef"],
    "g": ["gee"], "h": ["aitch"], "i": ["eye"], "j": ["jay"], "k": ["kay"], "l": ["el"],
    "m": ["em"], "n": ["en"], "o": ["oh"], "p": ["pee"], "q": ["queue", "cue"],
    "r": ["are"], "s": ["es"], "t": ["tea", "tee"], "u": ["you"], "v": ["vee"],
    "w": ["double you"], "x": ["ex"], "y": ["why"], "z": ["zed"],
}
DIGIT_HOMOPHONES = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"]}
WORD_HOMOPHONES = {
    "main": "Maine", "write": "right", "sum": "some", "tail": "tale", "new": "knew",
    "site": "sight", "role": "roll", "plain": "plane", "mail": "male", "hour": "our",
    "whole": "hole", "board": "bored", "check": "cheque", "read": "reed",
}
PROPER = {"python": "Python", "docker": "Docker", "java": "Java", "alice": "Alice",
          "bob": "Bob", "firefox": "Firefox", "alpine": "Alpine", "azure": "Azure",
          "spotify": "Spotify", "unity": "Unity", "gmail": "Gmail", "github": "GitHub"}

# Fuzzy: the occasional variant name.  Natural: loose names.
SYMBOL_VARIANTS = {
    "-": ["dash", "hyphen"], ".": ["dot", "period"], "/": ["forward slash"],
    "\\": ["back slash"], ":": ["Colin"], ";": ["semi colon", "semi-colon"],
    "=": ["equal", "equals sign"], "#": ["hashtag", "pound"], "%": ["per cent"],
    "~": ["tilda"], "_": ["under score"], "*": ["asterisk"], "@": ["at sign"],
    "$": ["dollar sign"], ">": ["greater than"], "<": ["less than"],
    "?": ["question mark"], "!": ["exclamation mark"], '"': ["double quote"],
    "'": ["single quote", "apostrophe"], "`": ["back tick"],
    "(": ["open parenthesis"], ")": ["close parenthesis"],
    "[": ["open square"], "]": ["close square"], "{": ["open curly"], "}": ["close curly"],
}
LOOSE_NAMES = {
    "-": ["dash", "dash", "minus"], ".": ["dot", "dot", "point"], "/": ["slash", "forward slash"],
    "~": ["tilde", "tilda"], "=": ["equals", "equal"], "*": ["star", "asterisk"],
    "@": ["at", "at sign"], "_": ["underscore"], "'": ["single quote", "tick"],
    '"': ["quote", "double quote"], ">": ["greater than"], "<": ["less than"],
    "?": ["question mark"], ":": ["colon"], "\\": ["backslash"], "|": ["pipe"],
    "$": ["dollar"], "#": ["hash"],
}

FILLERS = ["so", "then", "ok", "okay", "niin", "joo", "no", "ei", "kun", "wrong",
           "again", "enter", "wait"]
RESERVED = (
    {"space", "big"}
    | set(ONE_WORD_SYMBOLS)
    | {"paren", "bracket", "brace"}
    | set(DIGIT_NAMES)
    | {w for ws in LETTER_HOMOPHONES.values() for v in ws for w in v.split()}
    | {w for ws in DIGIT_HOMOPHONES.values() for w in ws}
    | {"dash", "hyphen", "dot", "period", "asterisk", "tilda", "hashtag", "pound",
       "apostrophe", "exclamation", "sign", "forward", "back", "under", "semi",
       "single", "equal", "parenthesis", "curly", "square", "vertical", "per"}
    | set(FILLERS)
)

# Plain English words (and names) he says as words.  Everything else is spelled.
WORDS = set("""
access account across action activate add address adjust admin agent alias all allow
alpha analysis and append apple archive arch argument as assembly assign attach audio
audit auto automatic average aware backup backups bar base bash batch benchmark binary
block body boot bootstrap box branch brief browser bucket build bytes cage calendar
call caller case cast cat certificate change channel channels chat check child choice
clean clear client clip clone cluster code coin collapse color colour column command
comments commit compact compile complete completion compressed compute computer
condition connect connection contacts contents control convert copy core corrupted
count coverage create curl cut daemon data date debug decode default define delete
demo deny deploy describe description descriptions detect detox device dialog
directory disable disassemble disk display dissect do done down download drive dry
dump edit editor email emit enable enroll environment erase error event example
execute executable exist export express expression false feature fetch field file
filter fix flag flags flash flask flat flow flowers fold folder force format formats
formatter frames free from full galaxy generate get grant graphics gray grid group
guest head headers height hello help history hold home host hours housekeeper
identity identifiers ignore image immediately import imports improve in include index
info input install installed instances interactive internal introspect invert issue
issues item java job join jump keep kernel key keyword kill label labels language last
latest launch law legacy length level levels license limit line lint load local lock
log logging login logs look loop machine machines main maintainer make manage mango
manifest map mark master max measure melt member memory messages metadata method
metric micro mid migrate min mirror mirrors mix mode model module monitor more most
mount move network new next node number object on open or origin out output overlay
package paper parents parse pass password passwords paste path pattern peers photo
pin ping pipe platforms playback player plugin policy pool port ports probe process
program programs progress project projects prompt property provider proxy prune
publish pull pulse purge push query queues quiet quit quotes radix range rate raw
read record recorder recover recovered recovery refresh registry release reload
remote remove rename repair repeat report repository request requests resize
resolution resource restart restore result return rewards role root route rules run
runtime safe samples save say schema scope screenshot script search secret secrets
select serve server service session set shell short show signature signing silent
simplify site size slide slim smaller snap sort sorted source sources speak speaker
spec split stack staff start startup stat stats status step stop storage store strict
string strings strip subscription subtitles sum summarize summary swap table tag tags
tail tape target team template templates temperature temporary test tests text theme
this threads tidy tiles title token tokens tool toolbox toolchain total trace
transform trash tree trip true truncate try type typo unique unity unload unpack unset
update updates upgrade upload upstream usage user users validate validation value
vault verbose verify version video view viewer wall warning watch water web website
wheel where which width window with workflow world write year yes python docker
alice bob hunter firefox alpine azure whisper toilet speak gray spotify
up in on of by me my is it am an we us if out off end time name names list
work word words time line lines day week hour board mail plain whole site
net dock hub pass pack age page pages face link links draw text fire fox step
keep box tool tools ball date update hash domain descending ascending
administrator administrators screen developer developers
""".split())

SPLIT_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
CHUNK_RE = re.compile(r"[A-Za-z]+|[0-9]|[^A-Za-z0-9]")

# --------------------------------------------------------------------------
# Encoder: command -> spoken tokens
# --------------------------------------------------------------------------
# A token is (kind, text, extra):
#   ("sp", "space", None)      ("sym", name, char)     ("dig", name, digit)
#   ("let", letter, None)      ("word", word, piece_index_in_compound)
#   ("big", "big", None)       ("allbig", "all big", None)


def sayable(word: str) -> bool:
    return len(word) >= 2 and word in WORDS and word not in RESERVED


def piece_ok(word: str) -> bool:
    """A piece of a glued compound: a sayable word of 3+ letters, or "up"."""
    return sayable(word) and (len(word) >= 3 or word == "up")


def segment(run: str) -> list[str] | None:
    """Split a lower-case run into 1-3 sayable English words, fewest first."""
    if sayable(run):
        return [run]
    best: list[str] | None = None
    n = len(run)
    for i in range(2, n - 1):
        a, rest = run[:i], run[i:]
        if not piece_ok(a):
            continue
        if piece_ok(rest) and (best is None or len(best) > 2):
            best = [a, rest]
        for j in range(2, len(rest) - 1):
            b, c = rest[:j], rest[j:]
            if best is None and piece_ok(b) and piece_ok(c):
                best = [a, b, c]
    return best


def say_lower(run: str) -> list[tuple]:
    parts = segment(run)
    if parts is None:
        return [("let", ch, None) for ch in run]
    return [("word", p, k) for k, p in enumerate(parts)]


def say_alpha(part: str) -> list[tuple]:
    if part.islower():
        return say_lower(part)
    if part[0].isupper() and part[1:].islower() and len(part) > 1:
        return [("big", "big", None)] + say_lower(part.lower())
    if len(part) > 1 and sayable(part.lower()):
        return [("allbig", "all big", None), ("word", part.lower(), 0)]
    out: list[tuple] = []
    for ch in part:
        out += [("big", "big", None), ("let", ch.lower(), None)]
    return out


def encode(command: str) -> list[tuple]:
    toks: list[tuple] = []
    for piece in CHUNK_RE.findall(command):
        if piece == " ":
            toks.append(("sp", "space", None))
        elif piece.isdigit():
            toks.append(("dig", DIGIT_NAMES[int(piece)], piece))
        elif piece.isalpha():
            for part in SPLIT_RE.findall(piece):
                toks += say_alpha(part)
        else:
            toks.append(("sym", SYMBOL_NAMES[piece], piece))
    # a literal "all" running straight into "big" would read as "all big": spell it
    fixed: list[tuple] = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t[0] == "word" and t[1] == "all" and nxt and nxt[0] in ("big", "allbig"):
            fixed += [("let", "a", None), ("let", "l", None), ("let", "l", None)]
        else:
            fixed.append(t)
    return fixed


def render_clean(toks: list[tuple]) -> str:
    return " ".join(t[1] for t in toks)


# --------------------------------------------------------------------------
# The listener for the clean slice
# --------------------------------------------------------------------------


def decode(text: str) -> str:
    """Rebuild the command from a clean-slice line, following the style guide."""
    words = text.split()
    out: list[str] = []
    case = None  # None, "cap" or "upper": applies to the next letter or word
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w == "space":
            out.append(" ")
        elif (w, nxt) in BRACKETS:
            out.append(BRACKETS[(w, nxt)])
            i += 1
        elif w == "all" and nxt == "big":
            case = "upper"
            i += 1
        elif w == "big":
            case = "cap"
        elif w in ONE_WORD_SYMBOLS:
            out.append(ONE_WORD_SYMBOLS[w])
        elif w in DIGIT_OF:
            out.append(DIGIT_OF[w])
        else:
            if case == "upper":
                w = w.upper()
            elif case == "cap":
                w = w[0].upper() + w[1:]
            case = None
            out.append(w)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# Whisper-ish renderers
# --------------------------------------------------------------------------


def group(toks: list[tuple]) -> list[tuple]:
    """Group runs: digits together, letters together (a 'big' starts a new run)."""
    units: list[tuple] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0] == "dig":
            j = i
            while j < len(toks) and toks[j][0] == "dig":
                j += 1
            units.append(("digits", "".join(x[2] for x in toks[i:j])))
            i = j
        elif t[0] == "let":
            j = i + 1
            # a letter after "big" stands alone, so it is clear what "big" covers
            after_big = i > 0 and toks[i - 1][0] == "big"
            while not after_big and j < len(toks) and toks[j][0] == "let":
                j += 1
            units.append(("letters", "".join(x[1] for x in toks[i:j])))
            i = j
        elif t[0] == "word":
            j = i + 1
            while j < len(toks) and toks[j][0] == "word" and toks[j][2] > 0:
                j += 1
            units.append(("words", [x[1] for x in toks[i:j]]))
            i = j
        else:
            units.append((t[0], t[2] if t[0] == "sym" else t[1]))
            i += 1
    return units


def letters_fuzzy(rng: random.Random, s: str) -> str:
    r = rng.random()
    if r < 0.35:
        out = []
        for ch in s:
            if ch in LETTER_HOMOPHONES and rng.random() < 0.12:
                out.append(rng.choice(LETTER_HOMOPHONES[ch]))
            else:
                out.append(ch)
        return " ".join(out)
    if r < 0.6:
        return " ".join(ch.upper() for ch in s)
    if r < 0.8 and len(s) > 1:
        return "-".join(ch.upper() for ch in s)
    if len(s) > 1 and s not in RESERVED and s not in WORDS:
        return s if rng.random() < 0.6 else s.upper()
    return " ".join(ch.upper() for ch in s)


def letters_natural(rng: random.Random, s: str) -> str:
    r = rng.random()
    if len(s) == 1:
        return s.upper() if r < 0.6 else s
    if r < 0.45:
        return "-".join(ch.upper() for ch in s)
    if r < 0.8:
        return " ".join(ch.upper() for ch in s)
    return " ".join(s)


def digits_fuzzy(rng: random.Random, d: str) -> str:
    r = rng.random()
    if r < 0.5:
        return d
    if r < 0.7 and len(d) > 1:
        return " ".join(d)
    out = []
    for ch in d:
        if ch in DIGIT_HOMOPHONES and rng.random() < 0.35:
            out.append(rng.choice(DIGIT_HOMOPHONES[ch]))
        else:
            out.append(DIGIT_NAMES[int(ch)])
    return " ".join(out)


def digits_natural(rng: random.Random, d: str) -> str:
    if len(d) > 1 and rng.random() < 0.25:
        return " ".join(d)
    return d


def words_fuzzy(rng: random.Random, ws: list[str]) -> str:
    out = []
    for w in ws:
        if w in WORD_HOMOPHONES and rng.random() < 0.35:
            out.append(WORD_HOMOPHONES[w])
        elif w in PROPER and rng.random() < 0.7:
            out.append(PROPER[w])
        else:
            out.append(w)
    if len(out) > 1 and rng.random() < 0.5:
        return "".join(out)
    return " ".join(out)


def words_natural(rng: random.Random, ws: list[str]) -> str:
    out = [PROPER.get(w, w) if rng.random() < 0.8 else w for w in ws]
    if len(out) > 1 and rng.random() < 0.6:
        return "".join(out)
    return " ".join(out)


def sym_fuzzy(rng: random.Random, ch: str) -> str:
    if ch in SYMBOL_VARIANTS and rng.random() < 0.15:
        return rng.choice(SYMBOL_VARIANTS[ch])
    name = SYMBOL_NAMES[ch]
    if name == "backslash" and rng.random() < 0.3:
        return "back slash"
    if name == "underscore" and rng.random() < 0.3:
        return "under score"
    return name


def sym_natural(rng: random.Random, ch: str) -> str:
    if ch in LOOSE_NAMES and rng.random() < 0.6:
        return rng.choice(LOOSE_NAMES[ch])
    return SYMBOL_NAMES[ch]


def join_pieces(pieces: list[str]) -> str:
    """Join rendered pieces; '.' or ',' pieces attach to the previous word."""
    out = ""
    cap_next = True
    for p in pieces:
        if not p:
            continue
        if p in (".", ","):
            out = out.rstrip() + p
            cap_next = p == "."
            continue
        if cap_next:
            p = p[0].upper() + p[1:]
        out += (" " if out else "") + p
        cap_next = p.endswith(".")
    return out


def body_fuzzy(rng: random.Random, toks: list[tuple]) -> list[str]:
    pieces: list[str] = []
    units = group(toks)
    i = 0
    while i < len(units):
        kind, val = units[i]
        if kind == "sp":
            pieces.append("space")
            r = rng.random()
            if r < 0.15:
                pieces.append(",")
            elif r < 0.2:
                pieces.append(".")
        elif kind == "sym":
            nxt = units[i + 1] if i + 1 < len(units) else None
            if val == "-" and nxt == ("sym", "-") and rng.random() < 0.35:
                pieces.append(rng.choice(["minus-minus", "minus minus", "Minus, minus"]))
                i += 1
            else:
                pieces.append(sym_fuzzy(rng, val))
        elif kind == "digits":
            pieces.append(digits_fuzzy(rng, val))
        elif kind == "letters":
            pieces.append(letters_fuzzy(rng, val))
        elif kind == "words":
            pieces.append(words_fuzzy(rng, val))
        elif kind == "big":
            r = rng.random()
            pieces.append("pig" if r < 0.06 else "Big" if r < 0.3 else "big")
        elif kind == "allbig":
            pieces.append("all-big" if rng.random() < 0.25 else "all big")
        if kind != "sp" and rng.random() < 0.04:
            pieces.append(",")
        i += 1
    return pieces


def body_natural(rng: random.Random, toks: list[tuple], filler_p: float) -> list[list[str]]:
    """Render natural speech; returns one list of pieces per spoken unit."""
    out: list[list[str]] = []
    units = group(toks)
    i = 0
    while i < len(units):
        kind, val = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if kind == "sp":
            unit = ["space"]
            r = rng.random()
            if r < 0.2:
                unit.append(",")
            elif r < 0.27:
                unit.append(".")
            if rng.random() < filler_p:
                unit += [rng.choice(["so", "then", "niin", "then"]), ","]
            out.append(unit)
        elif kind == "sym":
            if val == "-" and nxt == ("sym", "-"):
                name = rng.choice(["double dash", "dash dash", "minus minus", "double dash"])
                out += [[name], []]
                i += 1
            elif (val == "." and out and out[-1] and re.fullmatch(r"[0-9.]+", out[-1][-1])
                  and nxt and nxt[0] == "digits" and rng.random() < 0.6):
                # Whisper writes "192 dot 168" as 192.168; keep one entry per unit
                out[-1][-1] += "." + nxt[1]
                out += [[], []]
                i += 1
            else:
                out.append([sym_natural(rng, val)])
        elif kind == "digits":
            out.append([digits_natural(rng, val)])
        elif kind == "letters":
            out.append([letters_natural(rng, val)])
        elif kind == "words":
            out.append([words_natural(rng, val)])
        elif kind == "big":
            out.append(["big"])
        elif kind == "allbig":
            out.append(["all big"])
        i += 1
    return out


OPENERS = ["So.", "Ok.", "Ok, so", "No niin.", "Niin.", "Joo.", "Then", "Next.", "Run",
           "So,", "Ok, next.", "Run this:", "No niin, next.", "Joo, so"]
CLOSERS = ["Enter.", "Enter.", "Ok.", "Joo.", "Enter, ok."]
LONG_FRAMES = [
    "Ok so, this is the flashing rig in the lab, the thing Mikko broke. So:",
    "No niin. Next, the thing from the wiki page. Then",
    "Ok, so, before lunch, this last thing. Then",
    "Joo, so, same box as yesterday, the test bench. Run",
    "Niin. This is the cleanup step, the last today. So",
    "Ok, the board is up again, so, next command.",
    "So, this the build server needs, the old script. Then",
]
ASIDES = [
    "The board is still booting.", "Hmm.", "Niin, where was it.", "That's the lab box.",
    "Hmm, the cable.", "Same as yesterday.", "Coffee is cold.", "The fan, hmm.",
    "Mikko, not now.", "The network is slow today.",
]
# Framing, sign-offs and asides never use a protocol word, so they cannot be
# mistaken for part of a command.
PROTOCOL_WORDS = (RESERVED - set(FILLERS)) | set("abcdefghijklmnopqrstuvwxyz")
for _phrase in OPENERS + CLOSERS + LONG_FRAMES + ASIDES:
    for _w in re.findall(r"[A-Za-z']+", _phrase):
        assert _w.lower() not in PROTOCOL_WORDS, (_phrase, _w)


def finish(pieces: list[str]) -> str:
    text = join_pieces(pieces)
    return re.sub(r"\s+", " ", text).strip()


def render_fuzzy(rng: random.Random, toks: list[tuple]) -> str:
    pieces = body_fuzzy(rng, toks)
    if rng.random() < 0.65 and pieces[-1] not in (".", ","):
        pieces.append(".")
    return finish(pieces)


def flat(units: list[list[str]]) -> list[str]:
    return [p for u in units for p in u]


def render_natural(rng: random.Random, toks: list[tuple]) -> str:
    pieces: list[str] = []
    if rng.random() < 0.8:
        pieces.append(rng.choice(OPENERS))
    pieces += flat(body_natural(rng, toks, 0.12))
    if pieces[-1] not in (".", ","):
        pieces.append(".")
    if rng.random() < 0.3:
        pieces.append(rng.choice(CLOSERS))
    return finish(pieces)


WRONG_SYMBOL = {"-": "_", "_": "-", "/": "\\", "\\": "/", ".": ",", ",": ".", ":": ";",
                ";": ":", "=": "-", "~": "-", "@": "#", "*": "%", ">": "<", "<": ">",
                "|": "/", '"': "'", "'": '"', "+": "-", "%": "$", "$": "%", "#": "@"}


def can_go_wrong(units: list[tuple], k: int) -> bool:
    kind, val = units[k]
    if k > 0 and units[k - 1][0] in ("big", "allbig"):
        return False  # "big" must stay glued to the piece it capitalises
    return kind in ("digits", "letters") or (kind == "sym" and val in WRONG_SYMBOL)


def wrong_unit(rng: random.Random, unit: tuple) -> list[str]:
    kind, val = unit
    if kind == "digits":
        return [val[:-1] + rng.choice("0123456789".replace(val[-1], ""))]
    if kind == "letters":
        alt = rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c != val[-1]])
        return [letters_natural(rng, val[:-1] + alt)]
    return [sym_natural(rng, WRONG_SYMBOL[val])]


def render_chaotic(rng: random.Random, toks: list[tuple]) -> str:
    plain = group(toks)
    body = body_natural(rng, toks, 0.18)  # one entry per unit of plain
    events = [rng.choice(["correct", "correct", "restart"])]
    others = [e for e in ["correct", "restart", "twice", "aside", "frame", "twice", "aside"]
              if e not in events]
    events += rng.sample(sorted(set(others)), k=rng.choice([1, 2, 2]))
    pieces: list[str] = []
    if "frame" in events:
        pieces.append(rng.choice(LONG_FRAMES))
    elif rng.random() < 0.7:
        pieces.append(rng.choice(OPENERS))
    if "restart" in events:
        said = [u for u in body if u]
        cut = rng.randrange(1, max(2, min(len(said), 7)))
        head = flat(said[:cut])
        while head and head[-1] in (".", ","):
            head.pop()
        if head:
            pieces += head + [",", "wrong", ",", "again", "."]
    if "correct" in events:
        cands = [k for k in range(len(plain)) if body[k] and can_go_wrong(plain, k)]
        if cands:
            k = rng.choice(cands)
            body[k] = wrong_unit(rng, plain[k]) + [",", "ei kun", ","] + body[k]
    if "twice" in events:
        cands = [k for k, u in enumerate(body)
                 if plain[k][0] == "words" and len(u) == 1 and len(u[0]) >= 3
                 and not (k > 0 and plain[k - 1][0] in ("big", "allbig"))]
        if cands:
            k = rng.choice(cands)
            body[k] = [body[k][0] + "...", body[k][0]]
    if "aside" in events:
        spaces = [k for k, u in enumerate(body) if u and u[0] == "space"]
        if spaces:
            k = rng.choice(spaces)
            body[k] = [p for p in body[k] if p not in (".", ",")] + [".", rng.choice(ASIDES)]
    pieces += flat(body)
    if pieces[-1] not in (".", ","):
        pieces.append(".")
    if rng.random() < 0.35:
        pieces.append(rng.choice(CLOSERS))
    return finish(pieces)


# --------------------------------------------------------------------------
# Selection
# --------------------------------------------------------------------------


def dictatable(command: str) -> bool:
    if not command.isascii() or len(command) > MAX_CHARS or len(command) < 2:
        return False
    if any(not (32 <= ord(c) < 127) for c in command) or "  " in command:
        return False
    if command != command.strip():
        return False
    toks = encode(command)
    return len(toks) <= MAX_TOKENS and decode(render_clean(toks)) == command


def candidates(path: Path, mod: int, rem: int, seen: set[str]) -> list[str]:
    per_first: Counter = Counter()
    out: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % mod != rem:
                continue
            command = json.loads(line)["command"]
            first = command.split()[0] if command.split() else ""
            if command in seen or not dictatable(command) or per_first[first] >= 2:
                continue
            per_first[first] += 1
            seen.add(command)
            out.append(command)
    return out


def main() -> None:
    rng = random.Random(88)
    seen: set[str] = set()
    clean_pool = candidates(POOL_CLEAN, 2, 1, seen)
    other_pool = candidates(POOL_OTHER, 4, 2, seen)
    rng.shuffle(clean_pool)
    rng.shuffle(other_pool)
    if len(clean_pool) < PER_SLICE or len(other_pool) < 3 * PER_SLICE:
        raise SystemExit(f"not enough commands: {len(clean_pool)} / {len(other_pool)}")
    plan = [("clean", clean_pool[:PER_SLICE])]
    for k, name in enumerate(["fuzzy", "natural", "chaotic"]):
        plan.append((name, other_pool[k * PER_SLICE:(k + 1) * PER_SLICE]))
    renderers = {
        "clean": lambda toks: render_clean(toks),
        "fuzzy": lambda toks: render_fuzzy(rng, toks),
        "natural": lambda toks: render_natural(rng, toks),
        "chaotic": lambda toks: render_chaotic(rng, toks),
    }
    rows = []
    for name, commands in plan:
        for command in commands:
            toks = encode(command)
            text = renderers[name](toks)
            if name == "clean":
                assert decode(text) == command, (text, command)
            rows.append({"input": text, "command": command, "slice": name, "author": AUTHOR})
    assert len(rows) == 4 * PER_SLICE
    assert len({r["command"] for r in rows}) == len(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
