"""Author 44: Earl, a Texan sysadmin at a rural ISP, dictating bash commands.

Writes assets/training/bash/author44.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is {"input": <what Whisper wrote>, "command": <the exact
command>, "slice": <slice>, "author": "author44"}. Run from the repository root:
``python3 tests/bench/fortyfourth_author.py``. One random.Random(44), consumed in a fixed
order, so reruns are byte-identical.

Credits: the commands and their plain-English descriptions come from tldr-pages
(https://github.com/tldr-pages/tldr), licensed CC BY 4.0, through the "command" and
"description" fields of assets/training/bash/pages_dev_commands.jsonl (only lines whose
0-based line number % 6 == 5). Each command is used at most once, one tool at most twice.

Persona
-------
Earl keeps the network running at a small-town ISP out in the Texas hill country. He talks
folksy Southern: "y'all", "fixin' to", "reckon", "I tell you what", "bless its heart",
"ain't", "might could", "holler if", "over yonder" (some server), "go on and type",
"that'll do it". He likes to tell you why before (or after) he tells you what to type.

Vocabulary (what Earl calls each symbol)
---------------------------------------
  -  dash (fuzzy: minus, hyphen)        --  double dash (fuzzy: dash dash, minus minus)
  .  dot (period, point)                 /   slash (forward slash)
  |  pipe (vertical bar)                 ~   tilde (squiggle)
  *  star (asterisk)                     =   equals (equal sign, equals sign)
  _  underscore (under score)            :   colon
  #  pound sign (hash)                   @   at sign (at symbol)
  ,  comma      +  plus      %  percent      !  bang      ?  question mark
  $  dollar sign    &  ampersand    >  greater than    <  less than    ;  semicolon
  ( ) open paren / close paren    [ ] open / close bracket    { } open / close brace
  "  quote (also: double quote; closing one may be "end quote" or "unquote")
  '  single quote (closing one may be "end single quote")
Case: "capital X" makes the first letter of the next word upper case ("capital main" is
Main, "capital m" is M); "big WORD" makes the whole next word upper case ("big readme" is
README; fuzzy also "all caps", "all capital", "all big"). Fuzzy also says "cap" or
"uppercase" for capital. In natural speech Whisper usually writes the case itself ("-M").
Numbers are said as words: plain English cardinals ("three thousand", "four hundred forty
three") or digit by digit ("eight zero eight zero", "one zero"); a run made only of
zero..nine is read digit by digit, any other run as one cardinal.

Slices
------
clean: pure protocol. Every symbol by name, "space" exactly where the command has a space,
  numbers as words, case announced, all lower case, no punctuation, no framing.
  "git space stash space pop"
fuzzy: the same protocol with synonyms, Whisper's small slips: first word capitalised, a
  final full stop, commas after some "space"s, some numbers as digits, a long name split in
  two ("auto remove" for autoremove).
natural: how Earl talks to a colleague. "space" is never said. Whisper writes words, digits,
  paths, file names and flags it recognises as text ("-la", "/etc/hosts", "config.yaml");
  the symbols Earl names come out as words ("pipe", "dash capital M", "tilde slash docs").
  A story or the why (from the tldr description) sits around the command.
chaotic: natural or protocol speech with Earl's own repairs, always at least one:
  "naw, hold on" / "back up" (throw away the command so far and start over, whole-command
  scope) and "dadgummit, I mean" / "shoot, make that" (fix the last word or flag), plus
  "uh"/"um", a stuttered start ("sys... systemctl"), asides ("bless its heart") and
  trailing thoughts after the command.

Listener rules (decode() below follows them step by step)
--------------------------------------------------------
1. Drop asides ("bless its heart", "lord have mercy", "hang on a sec", "let me see here",
   "lemme see") with the commas around them, and fillers ("uh", "um", "hmm"). A fragment
   ending in "..." that starts the next word is a stutter: drop it.
2. Restart: "naw, hold on" (or "nah") and "back up" cancel everything said before them;
   listen only to what follows the last one.
3. Cue: the command starts right after the first cue phrase ("go on and type", "go ahead
   and type", "went on and typed", "a favor and type", "punch in", "type in", "typed in",
   "just type", "just run", "the command is", "it's just", "the one you want is", "type this
   here", "write this down") or the first colon; with no cue it starts at the beginning.
4. Mode: if Earl says "space" before the sentence ends (or the whole line is bare lower
   case without punctuation) it is protocol, else natural. Protocol runs to the end of the
   sentence (. ? ! or ...); commas inside it are Whisper noise. Natural runs to the first
   comma or the end of the sentence.
5. Protocol: ignore Whisper's case and punctuation, glue every word to the next; "space"
   is the only separator; symbol names become symbols, number words digits, "capital" /
   "big" change the case of the next word.
6. Natural: every written word is its own argument, kept as written (only a sentence-initial
   capital on the first word is undone). Spoken "dash", "double dash", "tilde" and an
   opening quote start a new argument and stick to what follows; "dot", "slash", "colon",
   "underscore", "at sign", "equals" and the other joiners stick to both neighbours, but a
   joiner with nothing after it (end, or before a dash / pipe) stands alone ("conan install
   dot" is "conan install ."); "end quote" sticks to the word before it; "pipe", "greater
   than", "less than", "ampersand", "bang" stand alone. Number words become digits.
7. Repairs: after "dadgummit, I mean" or "shoot, make that" Earl re-says from the faulty
   argument to the end. If the first repaired argument was already said, everything from
   its last occurrence is replaced (he backed up to the flag); otherwise only the last
   argument said is replaced.

Ambiguities left to the rules above: a natural hyphen inside a word must be written by
Whisper ("list-timers"), since a spoken "dash" always starts a new argument; literal words
that are vocabulary words ("dot", "point", "pipe", "one") cannot be said in protocol; a lone
"--" cannot be said in natural. Candidates that the listener gets wrong are not written.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author44.jsonl"
AUTHOR = "author44"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100

# ---------------------------------------------------------------- vocabulary

OPENER, JOINER, CLOSER, ALONE = "opener", "joiner", "closer", "alone"

_SYMBOLS: list[tuple[str, str, str]] = [
    # (spoken phrase, character(s), natural-mode class)
    ("double dash", "--", OPENER),
    ("double minus", "--", OPENER),
    ("double hyphen", "--", OPENER),
    ("dash", "-", OPENER),
    ("minus", "-", OPENER),
    ("hyphen", "-", OPENER),
    ("dot", ".", JOINER),
    ("period", ".", JOINER),
    ("point", ".", JOINER),
    ("forward slash", "/", JOINER),
    ("slash", "/", JOINER),
    ("backslash", "\\", JOINER),
    ("pipe", "|", ALONE),
    ("vertical bar", "|", ALONE),
    ("tilde", "~", OPENER),
    ("squiggle", "~", OPENER),
    ("star", "*", JOINER),
    ("asterisk", "*", JOINER),
    ("equals sign", "=", JOINER),
    ("equal sign", "=", JOINER),
    ("equals", "=", JOINER),
    ("under score", "_", JOINER),
    ("underscore", "_", JOINER),
    ("semicolon", ";", ALONE),
    ("colon", ":", JOINER),
    ("pound sign", "#", JOINER),
    ("hash", "#", JOINER),
    ("at sign", "@", JOINER),
    ("at symbol", "@", JOINER),
    ("comma", ",", JOINER),
    ("plus sign", "+", JOINER),
    ("plus", "+", JOINER),
    ("percent sign", "%", JOINER),
    ("percent", "%", JOINER),
    ("caret", "^", JOINER),
    ("bang", "!", ALONE),
    ("exclamation point", "!", ALONE),
    ("exclamation mark", "!", ALONE),
    ("question mark", "?", JOINER),
    ("dollar sign", "$", OPENER),
    ("ampersand", "&", ALONE),
    ("greater than sign", ">", ALONE),
    ("greater than", ">", ALONE),
    ("less than sign", "<", ALONE),
    ("less than", "<", ALONE),
    ("open paren", "(", OPENER),
    ("close paren", ")", CLOSER),
    ("open bracket", "[", OPENER),
    ("close bracket", "]", CLOSER),
    ("open brace", "{", OPENER),
    ("close brace", "}", CLOSER),
    ("end single quote", "'", CLOSER),
    ("single quote", "'", OPENER),
    ("double quote", '"', OPENER),
    ("end quote", '"', CLOSER),
    ("unquote", '"', CLOSER),
    ("quote", '"', OPENER),
]

PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {}
for _said, _char, _cls in _SYMBOLS:
    PHRASES[tuple(_said.split())] = ("sym", _char, _cls)
PHRASES[("space",)] = ("space",)
for _cap in ("capital", "cap", "uppercase"):
    PHRASES[(_cap,)] = ("cap1",)
for _cap in ("big", "all caps", "all capital", "all big"):
    PHRASES[tuple(_cap.split())] = ("capall",)

# Earl's own names (clean) and the looser ones Whisper may hear (fuzzy).
EARL = {
    "-": "dash",
    "--": "double dash",
    ".": "dot",
    "/": "slash",
    "|": "pipe",
    "~": "tilde",
    "*": "star",
    "=": "equals",
    "_": "underscore",
    ":": "colon",
    "#": "pound sign",
    "@": "at sign",
    ",": "comma",
    "+": "plus",
    "%": "percent",
    "!": "bang",
    "?": "question mark",
    "$": "dollar sign",
    "&": "ampersand",
    ">": "greater than",
    "<": "less than",
    ";": "semicolon",
    "(": "open paren",
    ")": "close paren",
    "[": "open bracket",
    "]": "close bracket",
    "{": "open brace",
    "}": "close brace",
    '"': "quote",
    "'": "single quote",
    "\\": "backslash",
    "^": "caret",
}
LOOSE = {
    "-": ["dash", "minus", "hyphen"],
    "--": ["double dash", "dash dash", "minus minus", "double minus"],
    ".": ["dot", "period", "point"],
    "/": ["slash", "forward slash"],
    "|": ["pipe", "vertical bar"],
    "~": ["tilde", "squiggle"],
    "*": ["star", "asterisk"],
    "=": ["equals", "equal sign", "equals sign"],
    "_": ["underscore", "under score"],
    "#": ["pound sign", "hash"],
    "@": ["at sign", "at symbol"],
    "+": ["plus", "plus sign"],
    "%": ["percent", "percent sign"],
    "!": ["bang", "exclamation point"],
    ">": ["greater than", "greater than sign"],
    "<": ["less than", "less than sign"],
    '"': ["quote", "double quote"],
}

SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMWORDS = set(SMALL) | set(TENS[2:]) | {"hundred", "thousand"}
RESERVED = NUMWORDS | {w for k in PHRASES for w in k if len(k) == 1}

# --------------------------------------------------------------- the listener

ASIDES = ("bless its heart", "lord have mercy", "hang on a sec", "let me see here", "lemme see")
ASIDE_RE = re.compile(r",?\s*\b(?:" + "|".join(map(re.escape, ASIDES)) + r")\b,?", re.I)
FILLER_RE = re.compile(r",?\s*\b(?:uh+|um+|hmm+)\b(?:\.\.\.|,)?", re.I)
STUTTER_RE = re.compile(r"\b([A-Za-z0-9]+)\.\.\.\s+(?=\1)", re.I)
RESTART_RE = re.compile(r",?\s*\b(?:na[wh][,.]?\s+hold on|back up)\b[,.!]*", re.I)
REPAIR_RE = re.compile(r",?\s*\b(?:dadgummit[,.!]?\s+i mean|shoot[,.!]?\s+make that)\b[,.]*", re.I)
CUES = (
    "go on and type",
    "go ahead and type",
    "went on and typed",
    "a favor and type",
    "punch in",
    "type in",
    "typed in",
    "just type",
    "just run",
    "the command is",
    "it's just",
    "the one you want is",
    "type this here",
    "write this down",
)
CUE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, CUES)) + r")\b|:\s", re.I)
END_RE = re.compile(r"(?:\.\.\.|[.!?])(?=\s|$)")


def parse_number(words: list[str]) -> str:
    """A run of number words: all zero..nine is digit by digit, else one cardinal."""
    if all(w in SMALL[:10] for w in words):
        return "".join(str(SMALL.index(w)) for w in words)
    total = cur = 0
    for w in words:
        if w in SMALL:
            cur += SMALL.index(w)
        elif w in TENS:
            cur += 10 * TENS.index(w)
        elif w == "hundred":
            cur = (cur or 1) * 100
        else:
            total += (cur or 1) * 1000
            cur = 0
    return str(total + cur)


def _lex(words: list[str], proto: bool) -> list[tuple[str, ...]]:
    items: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            key = tuple(w.lower() for w in words[i : i + n])
            if len(key) == n and key in PHRASES:
                items.append(PHRASES[key])
                i += n
                break
        else:
            if words[i].lower() in NUMWORDS:
                j = i
                while j < len(words) and words[j].lower() in NUMWORDS:
                    j += 1
                items.append(("text", parse_number([w.lower() for w in words[i:j]])))
                i = j
            else:
                items.append(("text", words[i].lower() if proto else words[i]))
                i += 1
    return items


def _cased(text: str, case: tuple[str, ...] | None) -> str:
    if case is None:
        return text
    if case[0] == "capall":
        return text.upper()
    return text[:1].upper() + text[1:]


def _proto_args(part: str) -> list[str]:
    words = [w.strip(",.;:!?") for w in part.split()]
    args, cur, case = [], "", None
    for item in _lex([w for w in words if w], proto=True):
        if item[0] == "space":
            args.append(cur)
            cur, case = "", None
        elif item[0] in ("cap1", "capall"):
            case = item
        elif item[0] == "sym":
            cur += item[1]
        else:
            cur += _cased(item[1], case)
            case = None
    args.append(cur)
    return [a for a in args if a]


def _natural_args(part: str, first: bool) -> list[str]:
    toks = part.split()
    if first and toks:
        head = toks[0]
        if head[0].isupper() and head[1:] == head[1:].lower():
            toks[0] = head[0].lower() + head[1:]
    items = _lex(toks, proto=False)
    args: list[str] = []
    glue = False
    case = None
    for k, item in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        if item[0] in ("cap1", "capall"):
            case = item
            continue
        if item[0] == "text":
            text = _cased(item[1], case)
            case = None
            if glue and args:
                args[-1] += text
            else:
                args.append(text)
            glue = False
            continue
        if item[0] != "sym":
            continue
        char, cls = item[1], item[2]
        if cls == OPENER:
            if glue and args:
                args[-1] += char
            else:
                args.append(char)
            glue = True
        elif cls == JOINER:
            lone = nxt is None or (nxt[0] == "sym" and nxt[2] in (OPENER, ALONE))
            if lone and not glue:
                args.append(char)
            elif args:
                args[-1] += char
            else:
                args.append(char)
            glue = not lone
        elif cls == CLOSER:
            if args:
                args[-1] += char
            else:
                args.append(char)
            glue = False
        else:
            args.append(char)
            glue = False
    return args


def decode(line: str) -> str | None:
    """Recover the command from one transcript, following the listener rules above."""
    text = " " + line + " "
    text = ASIDE_RE.sub(" ", text)
    text = FILLER_RE.sub(" ", text)
    text = STUTTER_RE.sub("", text)
    text = RESTART_RE.sub("\x01", text)
    text = REPAIR_RE.sub(" \x02 ", text)
    seg = text.split("\x01")[-1]
    cue = CUE_RE.search(seg)
    if cue:
        seg = seg[cue.end() :]
    seg = seg.strip().lstrip(":,").strip()
    end = END_RE.search(seg)
    sentence = seg[: end.start()] if end else seg
    bare = not re.search(r"[A-Z.,?!:;'\"]", line)
    proto = bare or re.search(r"\bspace\b", sentence, re.I) is not None
    span = sentence
    if not proto:
        comma = re.search(r",(?=\s|$)", sentence)
        if comma:
            span = sentence[: comma.start()]
    parts = span.split("\x02")
    args: list[str] = []
    for n, part in enumerate(parts):
        said = _proto_args(part) if proto else _natural_args(part, first=n == 0)
        if n == 0:
            args = said
        elif said:
            if said[0] in args:
                cut = len(args) - 1 - args[::-1].index(said[0])
                args = args[:cut] + said
            else:
                args = args[:-1] + said
    return " ".join(args) if args else None


# ------------------------------------------------------------ the speaker

PIECE_RE = re.compile(r"--|[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|[0-9]+|.")


def number_words(n: int) -> list[str]:
    if n < 20:
        return [SMALL[n]]
    if n < 100:
        return [TENS[n // 10]] + ([SMALL[n % 10]] if n % 10 else [])
    if n < 1000:
        rest = number_words(n % 100) if n % 100 else []
        return [SMALL[n // 100], "hundred"] + rest
    rest = number_words(n % 1000) if n % 1000 else []
    return number_words(n // 1000) + ["thousand"] + rest


def say_number(digits: str, rng: random.Random, fuzzy: bool) -> list[str]:
    if fuzzy and rng.random() < 0.4:
        return [digits]
    one_by_one = [SMALL[int(d)] for d in digits]
    if (len(digits) > 1 and digits[0] == "0") or len(digits) > 6:
        return one_by_one
    n = int(digits)
    if n < 100 or (n % 100 == 0 and n < 100000):
        return number_words(n)
    if n < 1000 or (1990 <= n <= 2030):
        return number_words(n) if rng.random() < 0.7 else one_by_one
    return number_words(n) if rng.random() < 0.15 else one_by_one


def proto_words(arg: str, rng: random.Random, fuzzy: bool) -> list[tuple[str, str]] | None:
    """Protocol words for one argument, each tagged 'lit' (a literal word) or 'say'."""
    out: list[tuple[str, str]] = []
    cap1 = ["capital"] if not fuzzy else [rng.choice(["capital", "capital", "cap", "uppercase"])]
    for piece in PIECE_RE.findall(arg):
        if piece == "--" or not piece.isalnum():
            if piece not in EARL:
                return None
            said = rng.choice(LOOSE.get(piece, [EARL[piece]])) if fuzzy else EARL[piece]
            out += [(w, "say") for w in said.split()]
        elif piece.isdigit():
            out += [(w, "say") for w in say_number(piece, rng, fuzzy)]
        elif piece.islower():
            out.append((piece, "lit"))
        elif len(piece) > 1 and piece[1:].islower():
            out += [(cap1[0], "say"), (piece.lower(), "lit")]
        elif len(piece) == 1:
            out += [(cap1[0], "say"), (piece.lower(), "lit")]
        else:
            big = rng.choice(["big", "big", "all caps"]) if fuzzy else "big"
            out += [(w, "say") for w in big.split()] + [(piece.lower(), "lit")]
    return out


SPLIT_AT = (
    "auto",
    "system",
    "net",
    "name",
    "file",
    "data",
    "over",
    "sub",
    "back",
    "pass",
    "down",
    "work",
    "key",
    "user",
    "time",
    "web",
    "server",
    "info",
    "list",
    "image",
    "config",
    "ctl",
    "tool",
    "load",
    "manager",
    "query",
    "client",
    "check",
    "clean",
    "lock",
    "play",
    "shell",
    "stat",
    "watch",
    "wallet",
    "project",
    "script",
    "sync",
    "crypt",
    "store",
)


def split_compound(word: str) -> list[str]:
    """Where Whisper may hear a long name as two words ("auto remove")."""
    for pre in SPLIT_AT:
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            return [pre, word[len(pre) :]]
        if word.endswith(pre) and len(word) - len(pre) >= 3:
            return [word[: -len(pre)], pre]
    return [word]


def render_proto(args: list[str], rng: random.Random, fuzzy: bool) -> str | None:
    chunks = []
    for arg in args:
        words = proto_words(arg, rng, fuzzy)
        if words is None:
            return None
        chunks.append(words)
    if fuzzy:
        longs = [
            (i, j)
            for i, ws in enumerate(chunks)
            for j, (w, k) in enumerate(ws)
            if k == "lit" and len(w) >= 7 and len(split_compound(w)) == 2
        ]
        if longs and rng.random() < 0.5:
            i, j = rng.choice(longs)
            halves = split_compound(chunks[i][j][0])
            chunks[i][j : j + 1] = [(h, "lit") for h in halves]
    text = ""
    for i, ws in enumerate(chunks):
        if i:
            text += " space, " if fuzzy and rng.random() < 0.3 else " space "
        text += " ".join(w for w, _ in ws)
    return text


def fuzzy_line(cmd: str, rng: random.Random) -> str | None:
    text = render_proto(cmd.split(" "), rng, fuzzy=True)
    if text is None:
        return None
    if rng.random() < 0.7:
        text = text[0].upper() + text[1:]
    if rng.random() < 0.6:
        text += "."
    if text.islower() and "," not in text and not text.endswith("."):
        text = text[0].upper() + text[1:] + "."
    return text


TEXT_OK = re.compile(r"[A-Za-z0-9._/~:@=,+%*#-]*[A-Za-z0-9_/~@=+%*#-]")
ALWAYS_SAY = set("|><&$(){}[];!?\"'\\^")


def nat_arg(arg: str, rng: random.Random) -> str:
    """How Whisper writes one argument of Earl's natural speech."""
    if TEXT_OK.fullmatch(arg) and arg.lower() not in RESERVED and rng.random() < 0.65:
        return arg
    toks: list[str] = []
    rest = arg
    lead = re.match(r"--?(?=[A-Za-z0-9])", rest)
    if lead:
        toks.append("dash" if lead.group() == "-" else rng.choice(["double dash", "dash dash"]))
        rest = rest[lead.end() :]
    buf = ""
    segs = re.findall(r"[A-Za-z0-9]+|.", rest)
    # Whisper hears one argument consistently: each kind of symbol is either always named
    # or always written, a named tilde brings named slashes, written slashes written dots.
    said = {c for c in dict.fromkeys(segs) if c in EARL and (c in ALWAYS_SAY or rng.random() < 0.5)}
    if "~" in said:
        said.add("/")
    if "/" in segs and "/" not in said:
        said.discard(".")
    for k, seg in enumerate(segs):
        if seg.isalnum() or (seg == "-" and buf):
            buf += seg
            continue
        if seg not in EARL:
            buf += seg
            continue
        if seg in said:
            if buf:
                toks.append(buf)
                buf = ""
            if seg in "\"'" and k == len(segs) - 1 and k > 0:
                toks.append("end " + EARL[seg])
            else:
                toks.append(EARL[seg])
        else:
            buf += seg
    if buf:
        toks.append(buf)
    out = []
    for k, tok in enumerate(toks):
        prev = toks[k - 1] if k else ""
        if len(tok) == 1 and tok.isupper() and prev == "dash" and rng.random() < 0.6:
            out.append("capital " + tok)
        elif tok.isdigit() and tok[0] != "0" and int(tok) <= 20 and rng.random() < 0.3:
            out.append(" ".join(number_words(int(tok))))
        else:
            out.append(tok)
    return " ".join(out)


def why_of(desc: str) -> str:
    d = re.sub(r"\s*\([^)]*\)", "", desc).strip()
    d = d.split(". ")[0].rstrip(".").strip()
    if len(d) > 1 and d[0].isupper() and d[1].islower():
        d = d[0].lower() + d[1:]
    return d


# (text before the command, text after it); the command starts a sentence when the text
# before is empty or ends a sentence.
TEMPLATES: list[tuple[str, str]] = [
    ("Now this here's the one that'll {why}. Go on and type ", "."),
    ("I tell you what, if you need to {why}, you just punch in ", ", and that'll do it."),
    ("Y'all fixin' to {why}? Go ahead and type ", "."),
    ("", ". That'll {why}, bless its heart."),
    ("Over yonder on the mail server I had to {why}, so I typed in ", "."),
    ("You might could {why} with this one: ", "."),
    ("Here's how we {why} 'round here: ", ". That'll do it."),
    ("Ain't nothin' to it. Just type ", ", and it'll {why}."),
    ("Alright, partner, punch in ", ". That'll {why}."),
    ("Now when I need to {why}, I just run ", "."),
    ("I'm fixin' to {why}. Type this here: ", "."),
    ("Holler if it gives you any trouble. The command is ", "."),
    ("Go on and type ", ". Now this here's the one that'll {why}."),
    ("Somebody asked me how to {why}. Well, shoot, it's just ", "."),
    ("Y'all write this down: ", ". It'll {why}."),
    ("Bless your heart, you don't gotta reboot the whole box to {why}. Just run ", "."),
    ("My daddy never had to {why}, but we sure do. Punch in ", ", y'all."),
    ("Out at the tower site, when we need to {why}, we just run ", ", and that's all she wrote."),
    ("The one you want is ", ". It'll {why}."),
    ("", ", that's the one. It'll {why}."),
    ("Reckon you could type in ", "? I need to {why}."),
    ("Do me a favor and type ", ", would ya?"),
    ("Well, I tell you what, this one's easy, just type ", ". That'll {why}."),
    ("Lord have mercy, I spent all mornin' tryin' to {why}. Turns out it's just ", "."),
    ("If y'all ever need to {why}, go on and type ", ", and holler if it don't work."),
    ("Customer out past the feed store needed to {why}, so I went on and typed ", "."),
    ("Go on and type ", ". That'll do it."),
    ("Fire up a terminal over yonder and type in ", "."),
    ("Ain't no use frettin' over it. To {why}, go ahead and type ", "."),
    ("Now don't y'all go fixin' what ain't broke, but if you gotta {why}, punch in ", "."),
]

TRAILING = (
    " Or somethin' like that, I reckon.",
    " If memory serves.",
    " Holler if it don't work.",
    " I think that's right, anyhow.",
    " Might could need sudo, I ain't sure.",
)
FILLERS = (" uh, ", ", uh, ", " um, ", ", um, ", " uh ", "... uh, ")
WORDS = (
    "start",
    "stop",
    "list",
    "status",
    "show",
    "install",
    "remove",
    "update",
    "main",
    "data",
    "test",
    "info",
)
LONGS = ("--verbose", "--force", "--all", "--help", "--list", "--quiet", "--dry-run")
FILES = ("notes.txt", "config.yaml", "~/backup", "/tmp/data", "report.pdf", "app.log")
TOOLS = ("ls", "cat", "grep", "ping", "top", "ssh", "df", "tail")


def _sentence_start(text: str) -> str:
    head = text.split(" ", 1)[0]
    if head[:1].isalpha() and head.islower():
        return text[0].upper() + text[1:]
    return text


def _wrap(tpl: tuple[str, str], core: str, why: str) -> str:
    pre, post = tpl
    if pre == "" or pre.endswith(". "):
        core = _sentence_start(core)
    return pre.format(why=why) + core + post.format(why=why)


def natural_line(cmd: str, desc: str, rng: random.Random) -> str:
    tpl = rng.choice(TEMPLATES)
    core = " ".join(nat_arg(a, rng) for a in cmd.split(" "))
    return _wrap(tpl, core, why_of(desc))


def mutate(arg: str, pos: int, rng: random.Random) -> str:
    if pos == 0:
        pool = TOOLS
    elif arg.isdigit():
        return str(int(arg) + rng.choice([1, 2, 10]))
    elif re.fullmatch(r"-[A-Za-z]", arg):
        pool = tuple("-" + c for c in "avlrfhnxs")
    elif arg.startswith("--"):
        pool = LONGS
    elif "/" in arg or "." in arg:
        pool = FILES
    else:
        pool = WORDS
    return rng.choice([p for p in pool if p != arg])


def _speak(args: list[str], rng: random.Random, proto: bool) -> str | None:
    """Render an argument list, with the odd filler or stutter between arguments."""
    if proto:
        chunks = [render_proto([a], rng, fuzzy=rng.random() < 0.3) for a in args]
        if any(c is None for c in chunks):
            return None
        seps = [" space " for _ in args[1:]]
    else:
        chunks = [nat_arg(a, rng) for a in args]
        seps = [" " for _ in args[1:]]
    text = chunks[0] or ""
    head = text.split(" ", 1)[0]
    if head.isalpha() and len(head) >= 5 and rng.random() < 0.2:
        text = head[: rng.randint(2, 3)] + "... " + text
    for sep, chunk in zip(seps, chunks[1:], strict=True):
        roll = rng.random()
        if roll < 0.12:
            sep = rng.choice(FILLERS) + sep.strip() + " " if proto else rng.choice(FILLERS)
        elif roll < 0.17:
            sep = ", bless its heart, " + sep.strip() + " " if proto else ", bless its heart, "
        text += sep.replace("  ", " ") + (chunk or "")
    return text


def chaotic_line(cmd: str, desc: str, rng: random.Random) -> str | None:
    args = cmd.split(" ")
    proto = rng.random() < 0.35
    kind = rng.choice(["restart", "repair", "repair"]) if len(args) > 1 else "restart"
    if kind == "restart":
        if len(args) > 2 and rng.random() < 0.5:
            wrong = args[: rng.randint(1, len(args) - 1)]
        else:
            pos = rng.randrange(len(args)) if rng.random() < 0.3 else len(args) - 1
            wrong = args[:pos] + [mutate(args[pos], pos, rng)] + args[pos + 1 :]
        first, second = _speak(wrong, rng, proto), _speak(args, rng, proto)
        if first is None or second is None:
            return None
        marker = rng.choice(
            [
                ", naw, hold on, ",
                "... naw, hold on. ",
                ", back up, ",
                "... back up, back up. ",
                ", nah, hold on, ",
            ]
        )
        recue = rng.choice(["", "", "go on and type ", "let me start over, type in "])
        if marker.endswith(". ") and not proto:
            second = _sentence_start(recue + second) if recue else _sentence_start(second)
        else:
            second = recue + second
            if marker.endswith(". "):
                second = second[0].upper() + second[1:]
        core = first + marker + second
    else:
        flags = [i for i, a in enumerate(args) if a.startswith("-") and i > 0]
        if flags and rng.random() < 0.5:
            pos = rng.choice(flags)
        else:
            pos = rng.randrange(1, len(args)) if rng.random() < 0.8 else 0
        start = pos - 1 if pos > 1 and args[pos - 1].startswith("-") and rng.random() < 0.5 else pos
        wrong = args[:pos] + [mutate(args[pos], pos, rng)]
        first, second = _speak(wrong, rng, proto), _speak(args[start:], rng, proto)
        if first is None or second is None:
            return None
        marker = rng.choice(
            [
                ", dadgummit, I mean ",
                ", dadgummit, I mean, ",
                "... shoot, make that ",
                ", shoot, make that ",
            ]
        )
        core = first + marker + second
    if proto:
        pool = [t for t in TEMPLATES if not t[1].startswith(",")]
    else:
        pool = TEMPLATES
    tpl = rng.choice(pool)
    line = _wrap(tpl, core, why_of(desc))
    if rng.random() < 0.3:
        head = line if line.startswith(("I ", "I'm ")) else line[0].lower() + line[1:]
        line = rng.choice(["Uh, ", "Um, ", "Hmm, "]) + head
    if rng.random() < 0.35:
        line += rng.choice(TRAILING)
    return line


def clean_line(cmd: str, rng: random.Random) -> str | None:
    return render_proto(cmd.split(" "), rng, fuzzy=False)


def make(slice_name: str, cmd: str, desc: str, rng: random.Random) -> str | None:
    """Try a few renderings; keep the first one the listener decodes to the command."""
    for _ in range(12):
        if slice_name == "clean":
            line = clean_line(cmd, rng)
        elif slice_name == "fuzzy":
            line = fuzzy_line(cmd, rng)
        elif slice_name == "natural":
            line = natural_line(cmd, desc, rng)
        else:
            line = chaotic_line(cmd, desc, rng)
        if line is None or len(line) > 300 or not line.isascii() or "\n" in line:
            continue
        if slice_name == "natural" and re.search(r"\bspace\b", line, re.I):
            continue
        if decode(line) == cmd:
            return line
    return None


def tool_of(cmd: str) -> str:
    words = cmd.split(" ")
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def load() -> list[tuple[str, str]]:
    rows, seen = [], set()
    with SRC.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            if n % 6 != 5:
                continue
            rec = json.loads(raw)
            cmd, desc = rec["command"], rec["description"]
            if (
                not cmd.isascii()
                or len(cmd) > 80
                or "\n" in cmd
                or "\t" in cmd
                or "  " in cmd
                or cmd != cmd.strip()
                or cmd in seen
            ):
                continue
            seen.add(cmd)
            rows.append((cmd, desc))
    return rows


def main() -> None:
    rng = random.Random(44)
    pool = load()
    rng.shuffle(pool)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    out = []
    for slice_name in SLICES:
        got = 0
        for cmd, desc in pool:
            if got == PER_SLICE:
                break
            if cmd in used or tools[tool_of(cmd)] >= 2:
                continue
            line = make(slice_name, cmd, desc, rng)
            if line is None:
                continue
            used.add(cmd)
            tools[tool_of(cmd)] += 1
            got += 1
            out.append({"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR})
        if got != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {got} lines")
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=True) + "\n")
    print(f"wrote {len(out)} lines to {OUT}")


if __name__ == "__main__":
    main()
