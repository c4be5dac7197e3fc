"""Twelfth author: an independent evaluation set for voice to bash (author12.jsonl).

Run it from the repository root:

    python3 tests/bench/twelfth_author.py

It writes assets/training/bash/author12.jsonl: exactly 400 lines, 100 per slice in the order
clean, fuzzy, natural, chaotic. Each line is one JSON object
{"input": <what Whisper wrote>, "command": <the exact command>, "slice": ..., "author": "twelfth"}.
Every random choice comes from one random.Random(12), consumed in a fixed order, so a rerun
rewrites the file byte for byte. Standard library only.

Source and credit
=================
The commands are tldr-pages examples (https://github.com/tldr-pages/tldr, CC BY 4.0), taken from
the "command" field of assets/training/bash/train.jsonl. To stay apart from another author who
drew from the same file, only lines whose 0-based line number is divisible by 3 are used. A
command is used at most once; it must be ASCII, at most 80 characters, with no newline, tab,
doubled, leading or trailing space. Each tool (the first word, or the word after "sudo") appears
at most once in the whole file, so the 400 lines cover 400 different tools. The "why" phrases of
the natural and chaotic slices are the plain-English tldr descriptions of the same commands, from
assets/training/bash/corpus.jsonl (same licence, same credit).

Persona
=======
Shreyas, a DevOps engineer at a payments company in Bengaluru, dictates commands into his
headset between calls and during on-call firefights, in Indian English. His habits:

* Framing and politeness: "kindly", "please do the needful", "okay so basically", "the command
  is", "just type", "put", "I have to ...", "this is to ...", "it will ...".
* Symbols by their Indian-office names: "hyphen" (he says "dash" only when relaxed), "dot",
  "slash", "at the rate" for @, "equal to" for =, "double quotes" and "single quotes" for ONE
  quote character each, "open bracket" / "close bracket" for ( ), "star" for *, "tilde",
  "pipe", "greater than".
* Case: "capital d" for one upper-case letter, "capital date" for a capitalised word, and
  "all capital home" for a word written entirely in upper case.
* Numbers digit by digit, always "zero" (never "oh"), and a run of the same digit as in a phone
  number: "double zero", "triple zero" ("one triple zero" is 1000, "eight zero eight zero" is
  8080, "double one" is 11).
* When he slips he corrects himself with "means", "I mean to say", "no no" or "sorry"; when he
  loses the thread he says "sorry, I will repeat" or "wait, from the starting" and says the whole
  command again. Asides: "one minute", "wait one minute", "just one second", "let me check".
  Hesitations: "uh", "umm", "hmm", "what to say".

Vocabulary
==========
Every symbol has one clean name (used in the clean slice) and some looser names (fuzzy slice).
The listener accepts all of them everywhere.

    char  clean name            looser names
    ' '   space                 (only in protocol speech)
    -     hyphen                dash, minus
    --    double hyphen         double dash (and "hyphen hyphen", two hyphens, reads the same)
    .     dot                   full stop, point
    /     slash                 forward slash
    \\     backslash             back slash
    _     underscore            under score
    :     colon
    ;     semicolon             semi colon
    ,     comma
    "     double quotes         double quote, double inverted commas
    '     single quotes         single quote, single inverted comma
    |     pipe                  pipe symbol, vertical bar
    >     greater than          greater than symbol
    >>    double greater than   greater than greater than
    <     less than             less than symbol
    &     ampersand             and symbol
    &&    double ampersand      and symbol and symbol
    *     star                  asterisk
    ~     tilde                 tilda (Whisper's spelling)
    =     equal to              equals
    $     dollar                dollar sign
    #     hash                  hash symbol
    @     at the rate           at the rate of, at sign
    %     percent               percentage
    ^     caret
    !     exclamation           exclamation mark
    ?     question mark
    ( )   open bracket, close bracket       open / close round bracket
    [ ]   open square bracket, close square bracket
    { }   open curly bracket, close curly bracket   open brace, close brace
    +     plus                  plus sign
    `     backtick              back tick

The listener always takes the longest name that matches ("double greater than" before "double",
"at the rate of" before "at the rate"). A word that is not a symbol name, a digit word, a case
word or "space" is taken literally.

Letters and case
================
Letters are said as the word or letter run itself, in lower case ("grep", "ls", "x"). A run is
cut where the case changes, and each upper-case piece is announced:

* "capital x" writes X; "capital date" writes Date (the next word with its first letter raised);
* "all capital home" writes HOME (the next word entirely raised).

So VBoxManage is "capital v capital box capital manage", DateTimeOriginal is "capital date
capital time capital original", ttyACM0 is "tty all capital acm zero", zh_Hans is "zh underscore
capital hans". In natural speech Whisper often writes such words itself ("README.md",
"VBoxManage"); a word written with capitals is kept exactly as written.

Numbers
=======
In protocol speech (clean, fuzzy, protocol chaotic) numbers are said digit by digit with the
digit words zero one two three four five six seven eight nine; two or three equal digits in a row
are said "double d" / "triple d" (four equal digits: "triple d d"). 192.168.1.10 is "one nine two
dot one six eight dot one dot one zero"; 1000 is "one triple zero". In the fuzzy slice Whisper
sometimes writes a whole number as digits ("8080"), which the listener keeps as they are. In
natural speech Whisper always writes numbers as digits ("8080", "1.5", "12:30").

Slice clean
===========
Protocol speech only, canonical names only, all lower case, no punctuation: "space" exactly where
the command has a space, and everything between two "space"s is glued together. Example:
"git space stash space pop".

Slice fuzzy
===========
The same protocol with looser words and Whisper's small slips: the looser names above (with the
compound names split in two: "under score", "back slash", "semi colon", "back tick"), the first
word capitalised, a full stop at the end, a comma after some "space"s, some numbers written as
digits. The listener drops every comma and one final full stop (in protocol speech a real comma
or dot is always said), lowers the first letter, and reads the rest as in clean.

Slice natural
=============
Plain speech inside one short framing sentence (the why, from the tldr description, and/or
politeness). "space" is never said; the listener finds the spaces by these glue rules:

1. Framing. The sentence is one of a fixed set of frames (FRAMES below), for example
   "Okay so basically I want to <why>, so the command is <cmd>." or
   "<cmd>, this is to <why>, please do the needful." The command is the <cmd> part; the
   sentence's own final full stop is not part of it ("cd ..." at the end of a sentence is
   "cd .." plus the full stop). When the command opens the sentence, Whisper capitalised its
   first letter and the listener lowers it (such frames are not used for commands that start
   with a capital).
2. Whatever Whisper wrote as one token that is not a symbol name ("-la", "/etc/hosts",
   "config.yaml", "8080", "ls-files", "README.md") is a literal piece of text.
3. Two literal pieces in a row are two words: a space goes between them.
4. Glue symbols join the pieces on both sides with no space: dot, slash, backslash, underscore,
   colon, comma, at the rate, equal to (equals), star, plus, percent, hash, caret, exclamation,
   question mark, backtick. ("data slash main dot py" is data/main.py; "double hyphen
   locale equal to de" is --locale=de.)
5. Opening symbols start a new word (unless the previous symbol was a glue or opening symbol)
   and stick to what follows: hyphen (dash), double hyphen, tilde, dollar, open bracket, open
   square bracket, open curly bracket, open double quotes, open single quotes. ("hyphen hyphen"
   is therefore said "double hyphen".)
6. Closing symbols stick to what precedes and end the word: close bracket, close square bracket,
   close curly bracket, close double quotes, close single quotes, semicolon.
7. Stand-alone symbols are words of their own: pipe, greater than, double greater than, less
   than, ampersand, double ampersand.
8. Quotes are said "open double quotes" ... "close double quotes" (single likewise); the words
   between them are spaced by the same rules, so "open double quotes demo data close double
   quotes" is "demo data".
9. "capital" / "all capital" raise the next literal piece as in protocol speech.
   Hyphens inside a word ("ls-files", "last-3") are always written by Whisper inside the token;
   a spoken hyphen always starts a flag. A word that begins with "/", ".", "*" or a digit
   always reaches the listener with at least its beginning written by Whisper ("/etc/hosts",
   "./run.sh", "1366x768", "/tmp slash data dot txt").

Slice chaotic
=============
Natural speech (or, for commands of two or more words, protocol speech with "space") inside a
frame, or protocol speech with no frame, spoiled by Shreyas's own disfluencies. Every line has at
least one self-correction or restart and at least one hesitation or aside:

* Correction: "<wrong>, means <right>", "<wrong>, I mean to say <right>", "<wrong>, no no,
  <right>", "<wrong>, sorry, <right>". The marker takes back exactly the one word just before
  its comma; the word after the marker replaces it. ("git space list, no no, stash")
* Restart: "<start of the command>... sorry, I will repeat, <whole command>" (also "... wait,
  from the starting," and "... no no, I will say it again,"): everything before the last restart
  marker is thrown away.
* Aside: ", one minute," ", wait one minute," ", just one second," ", let me check," between
  two words: it is dropped together with its commas.
* Hesitation: "uh", "umm", "hmm", "what to say" (maybe with a comma): dropped.

The listener
============
decode() below is the careful human listener of this guide, in this order: (1) match a frame and
keep the command part (no frame: the whole line, read as protocol speech); lower its first letter
if it opens the line; (2) keep what follows the last restart marker; (3) drop asides; (4) apply
corrections; (5) drop hesitations; (6) read the rest as protocol speech if it was unframed or
says "space", otherwise as natural speech. Every line in the file decodes to its command; a
candidate line that does not is rejected and another command takes its place.
"""

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASH = ROOT / "assets" / "training" / "bash"
TRAIN = BASH / "train.jsonl"
CORPUS = BASH / "corpus.jsonl"
OUT = BASH / "author12.jsonl"
AUTHOR = "twelfth"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
MAX_LEN = 80
SEED = 12

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DIGIT_OF = {word: str(i) for i, word in enumerate(DIGITS)}

# symbol: (clean name, looser names)
PROTOCOL_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "-": ("hyphen", ("dash", "minus")),
    "--": ("double hyphen", ("double dash",)),
    ".": ("dot", ("full stop", "point")),
    "/": ("slash", ("forward slash",)),
    "\\": ("backslash", ("back slash",)),
    "_": ("underscore", ("under score",)),
    ":": ("colon", ()),
    ";": ("semicolon", ("semi colon",)),
    ",": ("comma", ()),
    '"': ("double quotes", ("double quote", "double inverted commas")),
    "'": ("single quotes", ("single quote", "single inverted comma")),
    "|": ("pipe", ("pipe symbol", "vertical bar")),
    ">": ("greater than", ("greater than symbol",)),
    ">>": ("double greater than", ("greater than greater than",)),
    "<": ("less than", ("less than symbol",)),
    "&": ("ampersand", ("and symbol",)),
    "&&": ("double ampersand", ("and symbol and symbol",)),
    "*": ("star", ("asterisk",)),
    "~": ("tilde", ("tilda",)),
    "=": ("equal to", ("equals",)),
    "$": ("dollar", ("dollar sign",)),
    "#": ("hash", ("hash symbol",)),
    "@": ("at the rate", ("at the rate of", "at sign")),
    "%": ("percent", ("percentage",)),
    "^": ("caret", ()),
    "!": ("exclamation", ("exclamation mark",)),
    "?": ("question mark", ()),
    "(": ("open bracket", ("open round bracket",)),
    ")": ("close bracket", ("close round bracket",)),
    "[": ("open square bracket", ()),
    "]": ("close square bracket", ()),
    "{": ("open curly bracket", ("open brace",)),
    "}": ("close curly bracket", ("close brace",)),
    "+": ("plus", ("plus sign",)),
    "`": ("backtick", ("back tick",)),
}

PROTOCOL_LEX: dict[str, str] = {}
for _sym, (_clean, _loose) in PROTOCOL_NAMES.items():
    for _name in (_clean, *_loose):
        PROTOCOL_LEX[_name] = _sym

GLUE, OPEN, CLOSE, ALONE = "glue", "open", "close", "alone"

# symbol: (names, the first being Shreyas's usual one; kind)
NATURAL_NAMES: dict[str, tuple[tuple[str, ...], str]] = {
    "-": (("hyphen", "dash"), OPEN),
    "--": (("double hyphen", "double dash"), OPEN),
    ".": (("dot",), GLUE),
    "/": (("slash", "forward slash"), GLUE),
    "\\": (("backslash",), GLUE),
    "_": (("underscore",), GLUE),
    ":": (("colon",), GLUE),
    ",": (("comma",), GLUE),
    "@": (("at the rate",), GLUE),
    "=": (("equal to", "equals"), GLUE),
    "*": (("star",), GLUE),
    "+": (("plus",), GLUE),
    "%": (("percent",), GLUE),
    "#": (("hash",), GLUE),
    "^": (("caret",), GLUE),
    "!": (("exclamation",), GLUE),
    "?": (("question mark",), GLUE),
    "`": (("backtick",), GLUE),
    "~": (("tilde",), OPEN),
    "$": (("dollar",), OPEN),
    "(": (("open bracket",), OPEN),
    "[": (("open square bracket",), OPEN),
    "{": (("open curly bracket",), OPEN),
    ")": (("close bracket",), CLOSE),
    "]": (("close square bracket",), CLOSE),
    "}": (("close curly bracket",), CLOSE),
    ";": (("semicolon",), CLOSE),
    "|": (("pipe",), ALONE),
    ">": (("greater than",), ALONE),
    ">>": (("double greater than",), ALONE),
    "<": (("less than",), ALONE),
    "&": (("ampersand",), ALONE),
    "&&": (("double ampersand",), ALONE),
}
QUOTE_WORDS = {'"': "double quotes", "'": "single quotes"}

NATURAL_LEX: dict[str, tuple[str, str]] = {}
for _sym, (_names, _kind) in NATURAL_NAMES.items():
    for _name in _names:
        NATURAL_LEX[_name] = (_sym, _kind)
for _sym, _word in QUOTE_WORDS.items():
    NATURAL_LEX[f"open {_word}"] = (_sym, OPEN)
    NATURAL_LEX[f"close {_word}"] = (_sym, CLOSE)

# protocol pieces: upper-case runs, capitalised or lower-case runs, digit runs, symbols
PROTOCOL_SEG = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|--|>>|&&|.")
# natural pieces: alphanumeric runs with inner hyphens, symbols
NATURAL_SEG = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|--|>>|&&|.")
RUN = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
VERBATIM_OK = re.compile(r"[A-Za-z0-9~./_:@,+%=*-]+")

# --------------------------------------------------------------------------------------------
# Frames, disfluencies
# --------------------------------------------------------------------------------------------

# Tried in this order by the listener: frames that open with words first.
FRAMES_WHY = (
    "Okay so basically I want to {why}, so the command is {cmd}.",
    "Okay so basically we need to {why}. Kindly type {cmd}, please do the needful.",
    "Kindly run {cmd}, this is to {why}.",
    "I have to {why}. Just type {cmd}.",
    "Please put {cmd}. I am trying to {why}.",
    "The command is {cmd}, it will {why}.",
    "For the server I need to {why}, so just type {cmd}.",
    "{cmd}, this is to {why}, please do the needful.",
    "{cmd}. This is to {why}.",
)
FRAMES_POLITE = (
    "Okay so basically the command is {cmd}.",
    "Just type {cmd}, please do the needful.",
    "Kindly put {cmd} in the terminal.",
    "Please do the needful and run {cmd}.",
    "{cmd}, please do the needful.",
)
FRAMES = (*FRAMES_WHY[:7], *FRAMES_POLITE[:4], *FRAMES_WHY[7:], FRAMES_POLITE[4])


def _frame_regex(frame: str) -> re.Pattern[str]:
    parts = re.split(r"(\{cmd\}|\{why\})", frame)
    out = []
    for part in parts:
        if part == "{cmd}":
            out.append(r"(?P<cmd>.+?)")
        elif part == "{why}":
            out.append(r"(?P<why>.+?)")
        else:
            out.append(re.escape(part))
    return re.compile("^" + "".join(out) + "$")


FRAME_RES = tuple((frame.startswith("{cmd}"), _frame_regex(frame)) for frame in FRAMES)

CORRECTION_MARKERS = ("means", "I mean to say", "no no", "sorry")
CORRECTION_RE = re.compile(r"(?<!\S)\S+, (?:means|I mean to say|no no|sorry),? ")
RESTART_MARKERS = (
    "sorry, I will repeat,",
    "wait, from the starting,",
    "no no, I will say it again,",
)
RESTART_RE = re.compile(
    r"\.\.\. (?:sorry, I will repeat|wait, from the starting|no no, I will say it again), "
)
ASIDES = ("one minute", "wait one minute", "just one second", "let me check")
ASIDE_RE = re.compile(r", (?:wait one minute|one minute|just one second|let me check), ")
FILLERS = ("uh", "umm", "hmm", "what to say")
FILLER_RE = re.compile(r"(?<!\S)(?:uh|umm|hmm|what to say),?(?!\S)")
# words Shreyas says by mistake before correcting himself
SLIPS = (
    "start",
    "stop",
    "list",
    "show",
    "install",
    "remove",
    "update",
    "status",
    "test",
    "main",
    "prod",
    "staging",
    "build",
    "deploy",
    "logs",
    "config",
    "backup",
    "server",
    "data",
    "report",
)

# --------------------------------------------------------------------------------------------
# The listener
# --------------------------------------------------------------------------------------------


def _longest(tokens: list[str], i: int, lexicon: dict) -> tuple[object, int] | None:
    for n in range(5, 0, -1):
        if i + n <= len(tokens):
            phrase = " ".join(tokens[i : i + n])
            if phrase in lexicon:
                return lexicon[phrase], n
    return None


def _raise(text: str, case: str | None) -> str:
    if case == "cap":
        return text[:1].upper() + text[1:]
    if case == "all":
        return text.upper()
    return text


def decode_protocol(text: str) -> str:
    """Protocol speech: 'space' separates words, everything else is glued."""
    text = text.replace(",", " ").strip()
    if text.endswith("."):
        text = text[:-1].rstrip()
    text = text[:1].lower() + text[1:]
    tokens = text.split()
    words = [""]
    case: str | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok == "space":
            words.append("")
            i += 1
            continue
        if tok in ("double", "triple") and nxt in DIGIT_OF:
            words[-1] += DIGIT_OF[nxt] * (2 if tok == "double" else 3)
            i += 2
            continue
        if tok in DIGIT_OF:
            words[-1] += DIGIT_OF[tok]
            i += 1
            continue
        if tok == "capital" and nxt is not None:
            case = "cap"
            i += 1
            continue
        if tok == "all" and nxt == "capital":
            case = "all"
            i += 2
            continue
        hit = _longest(tokens, i, PROTOCOL_LEX)
        if hit is not None:
            sym, n = hit
            words[-1] += str(sym)
            i += n
            continue
        words[-1] += _raise(tok, case)
        case = None
        i += 1
    return " ".join(words)


def decode_natural(text: str) -> str:
    """Natural speech: spaces come from the glue rules of the style guide."""
    tokens = text.split()
    out: list[str] = []
    attach = False
    case: str | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok == "capital" and nxt is not None:
            case = "cap"
            i += 1
            continue
        if tok == "all" and nxt == "capital":
            case = "all"
            i += 2
            continue
        hit = _longest(tokens, i, NATURAL_LEX)
        if hit is not None:
            (sym, kind), n = hit
            i += n
            if kind == ALONE or not out or (kind == OPEN and not attach):
                out.append(sym)
            else:
                out[-1] += sym
            attach = kind in (GLUE, OPEN)
            continue
        piece = _raise(tok, case)
        case = None
        if out and attach:
            out[-1] += piece
        else:
            out.append(piece)
        attach = False
        i += 1
    return " ".join(out)


def decode(line: str) -> str:
    """The careful listener: rebuild the command from what Whisper wrote."""
    region, at_start, framed = line, True, False
    for starts, regex in FRAME_RES:
        m = regex.match(line)
        if m:
            region, at_start, framed = m.group("cmd"), starts, True
            break
    if at_start:
        region = region[:1].lower() + region[1:]
    restarts = list(RESTART_RE.finditer(region))
    if restarts:
        region = region[restarts[-1].end() :]
    region = ASIDE_RE.sub(" ", region)
    region = CORRECTION_RE.sub("", region)
    region = " ".join(FILLER_RE.sub(" ", region).split())
    if not framed or "space" in region.replace(",", " ").split():
        return decode_protocol(region)
    return decode_natural(region)


# --------------------------------------------------------------------------------------------
# Shreyas speaking
# --------------------------------------------------------------------------------------------


def say_digits(run: str) -> str:
    out = []
    i = 0
    while i < len(run):
        j = i
        while j < len(run) and run[j] == run[i]:
            j += 1
        left = j - i
        name = DIGITS[int(run[i])]
        while left:
            k = min(left, 3)
            out.append({1: name, 2: f"double {name}", 3: f"triple {name}"}[k])
            left -= k
        i = j
    return " ".join(out)


def say_letters(run: str) -> str:
    if run.islower():
        return run
    if len(run) == 1 or run[1:].islower():
        return f"capital {run.lower()}"
    return f"all capital {run.lower()}"


def protocol_pieces(cmd: str, rng: random.Random, loose: float) -> list[tuple[str, str]] | None:
    """(text, kind) pieces of protocol speech; loose is the chance of a looser symbol name."""
    pieces: list[tuple[str, str]] = []
    for w, word in enumerate(cmd.split(" ")):
        if w:
            pieces.append(("space", "space"))
        for seg in PROTOCOL_SEG.findall(word):
            if seg.isdigit():
                pieces.append((say_digits(seg), "digits"))
            elif seg.isalpha():
                said = say_letters(seg)
                pieces.append((said, "content" if said == seg else "case"))
            elif seg in PROTOCOL_NAMES:
                clean, looser = PROTOCOL_NAMES[seg]
                name = rng.choice(looser) if loose and looser and rng.random() < loose else clean
                pieces.append((name, "symbol"))
            else:
                return None
    return pieces


def say_run_natural(run: str, rng: random.Random) -> tuple[str, str]:
    if not any(c.isupper() for c in run):
        return run, "content"
    if re.fullmatch(r"[A-Z][a-z]*", run) and rng.random() < 0.6:
        return f"capital {run.lower()}", "case"
    if re.fullmatch(r"[A-Z]{2,}", run) and rng.random() < 0.6:
        return f"all capital {run.lower()}", "case"
    return run, "content"


def natural_word(
    word: str, rng: random.Random, quotes: dict[str, bool]
) -> list[tuple[str, str]] | None:
    if word in NATURAL_NAMES and NATURAL_NAMES[word][1] == ALONE:
        return [(NATURAL_NAMES[word][0][0], "symbol")]
    plain = VERBATIM_OK.fullmatch(word) is not None
    if plain and (word[0] in "/.*" or word[0].isdigit() or "://" in word):
        return [(word, "content")]
    if RUN.fullmatch(word):
        return [say_run_natural(word, rng)]
    if plain and rng.random() < 0.45:
        return [(word, "content")]
    segs = NATURAL_SEG.findall(word)
    out: list[tuple[str, str]] = []
    i = 0
    first = segs[0]
    if not RUN.fullmatch(first) and first not in QUOTE_WORDS:
        if first not in NATURAL_NAMES or NATURAL_NAMES[first][1] != OPEN:
            # Whisper writes the start of such a word itself: "/etc", "./run", "*.txt"
            k = next((j for j, s in enumerate(segs) if RUN.fullmatch(s)), len(segs) - 1)
            lead = "".join(segs[: k + 1])
            if not VERBATIM_OK.fullmatch(lead):
                return None
            out.append((lead, "content"))
            i = k + 1
    after_symbol = False
    while i < len(segs):
        seg = segs[i]
        if RUN.fullmatch(seg):
            rest = "".join(segs[i:])
            if after_symbol and i + 1 < len(segs) and VERBATIM_OK.fullmatch(rest):
                if rng.random() < 0.3:
                    out.append((rest, "content"))
                    return out
            out.append(say_run_natural(seg, rng))
            after_symbol = False
        elif seg in QUOTE_WORDS:
            side = "close" if quotes[seg] else "open"
            quotes[seg] = not quotes[seg]
            out.append((f"{side} {QUOTE_WORDS[seg]}", "symbol"))
            after_symbol = True
        elif seg in NATURAL_NAMES:
            names, _kind = NATURAL_NAMES[seg]
            name = names[0] if rng.random() < 0.8 else rng.choice(names)
            out.append((name, "symbol"))
            after_symbol = True
        else:
            return None
        i += 1
    return out


def natural_pieces(cmd: str, rng: random.Random) -> list[tuple[str, str]] | None:
    quotes = {'"': False, "'": False}
    pieces: list[tuple[str, str]] = []
    for word in cmd.split(" "):
        said = natural_word(word, rng, quotes)
        if said is None:
            return None
        pieces.extend(said)
    return pieces


def join(pieces: list[tuple[str, str]]) -> str:
    return " ".join(text for text, _kind in pieces)


def say_clean(cmd: str, rng: random.Random) -> str | None:
    pieces = protocol_pieces(cmd, rng, loose=0.0)
    return None if pieces is None else join(pieces)


def say_fuzzy(cmd: str, rng: random.Random) -> str | None:
    pieces = protocol_pieces(cmd, rng, loose=0.6)
    if pieces is None:
        return None
    words = []
    for text, kind in pieces:
        if kind == "space" and rng.random() < 0.25:
            words.append("space,")
        elif kind == "digits" and rng.random() < 0.4:
            words.append(str(decode_protocol(text)))
        else:
            words.append(text)
    line = " ".join(words)
    if rng.random() < 0.5:
        line = line[:1].upper() + line[1:]
    if rng.random() < 0.4:
        line += "."
    clean = join(protocol_pieces(cmd, random.Random(0), loose=0.0) or [])
    if line == clean:
        line = line[:1].upper() + line[1:] + "."
    return line


def why_of(desc: str | None) -> str | None:
    if not desc:
        return None
    why = desc.strip().rstrip(".").strip()
    if len(why) > 90 or not why:
        return None
    if len(why) < 2 or not why[1].isupper():
        why = why[:1].lower() + why[1:]
    return why


def frame(cmd_text: str, cmd: str, why: str | None, rng: random.Random, polite: float) -> str:
    frames = FRAMES_POLITE if why is None or rng.random() < polite else FRAMES_WHY
    if cmd[:1].isupper():
        frames = tuple(f for f in frames if not f.startswith("{cmd}"))
    chosen = rng.choice(frames)
    if chosen.startswith("{cmd}"):
        cmd_text = cmd_text[:1].upper() + cmd_text[1:]
    return chosen.replace("{why}", why or "").replace("{cmd}", cmd_text)


def say_natural(cmd: str, why: str | None, rng: random.Random) -> str | None:
    pieces = natural_pieces(cmd, rng)
    if pieces is None:
        return None
    return frame(join(pieces), cmd, why, rng, polite=0.3)


def slip_for(text: str, rng: random.Random) -> str:
    """A plausible wrong word that Shreyas says before correcting himself."""
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    if digits:
        i = digits[-1]
        return text[:i] + str((int(text[i]) + rng.randint(1, 8)) % 10) + text[i + 1 :]
    m = re.fullmatch(r"(-*)([a-z][a-z0-9-]*)", text)
    if m:
        choices = [s for s in SLIPS if s != m.group(2)]
        return m.group(1) + rng.choice(choices)
    m = re.fullmatch(r"(.*?)([A-Za-z][\w-]*)(\.[A-Za-z0-9]+)", text)
    if m:
        choices = [s for s in SLIPS if s != m.group(2)]
        return m.group(1) + rng.choice(choices) + m.group(3)
    return rng.choice([s for s in SLIPS if s != text])


def say_chaotic(cmd: str, why: str | None, rng: random.Random) -> str | None:
    protocol = " " in cmd and rng.random() < 0.45
    pieces = protocol_pieces(cmd, rng, loose=0.2) if protocol else natural_pieces(cmd, rng)
    if pieces is None:
        return None
    texts = [text for text, _kind in pieces]
    candidates = [
        i
        for i, (text, kind) in enumerate(pieces)
        if kind == "content"
        and " " not in text
        and re.search(r"[a-z0-9]", text)
        and len(text) >= 2
        and text not in NATURAL_LEX
        and text not in PROTOCOL_LEX
    ]
    roll = rng.random()
    restart = not candidates or roll < 0.3
    correct = bool(candidates) and roll > 0.2
    if correct:
        j = rng.choice(candidates)
        marker = rng.choice(CORRECTION_MARKERS)
        comma = "," if marker in ("no no", "sorry") or rng.random() < 0.3 else ""
        texts[j] = f"{slip_for(texts[j], rng)}, {marker}{comma} {texts[j]}"
    # hesitations and asides go between pieces, never inside a multi-word piece
    n_fill = rng.choice((0, 1, 1, 2))
    aside = n_fill == 0 or rng.random() < 0.4
    for _ in range(n_fill):
        k = rng.randrange(len(texts) + 1)
        comma = "," if k < len(texts) and rng.random() < 0.4 else ""
        texts.insert(k, rng.choice(FILLERS) + comma)
    if aside and len(texts) >= 2:
        k = rng.randrange(1, len(texts))
        if not texts[k - 1].endswith(","):
            texts[k - 1] += ","
            texts.insert(k, rng.choice(ASIDES) + ",")
    elif aside:
        texts.insert(0, rng.choice(FILLERS[:3]))
    body = " ".join(texts)
    if restart:
        plain = [text for text, _kind in pieces]
        k = rng.randint(1, max(1, len(plain) - 1))
        head = " ".join(plain[:k])
        if len(plain[k - 1]) >= 4 and " " not in plain[k - 1] and rng.random() < 0.5:
            head = head[: len(head) - len(plain[k - 1]) // 2]
        body = f"{head}... {rng.choice(RESTART_MARKERS)} {body}"
    if protocol and rng.random() < 0.3:
        return body[:1].upper() + body[1:] + ("." if rng.random() < 0.5 else "")
    return frame(body, cmd, why, rng, polite=0.4)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


def load_candidates() -> list[str]:
    lines = TRAIN.read_text(encoding="utf-8").splitlines()
    out = []
    for number, line in enumerate(lines):
        if number % 3:
            continue
        cmd = json.loads(line)["command"]
        if (
            len(cmd) <= MAX_LEN
            and cmd.isascii()
            and "\n" not in cmd
            and "\t" not in cmd
            and "  " not in cmd
            and cmd == cmd.strip()
            and cmd
        ):
            out.append(cmd)
    return out


def load_descriptions() -> dict[str, str]:
    out = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.setdefault(row["command"], row["description"])
    return out


def tool_of(cmd: str) -> str:
    words = cmd.split(" ")
    if words[0] == "sudo" and len(words) > 1:
        return words[1]
    return words[0]


def build() -> tuple[list[dict[str, str]], dict[str, int]]:
    rng = random.Random(SEED)
    candidates = load_candidates()
    rng.shuffle(candidates)
    descriptions = load_descriptions()
    rows: list[dict[str, str]] = []
    rejected = dict.fromkeys(SLICES, 0)
    used_tools: set[str] = set()
    pos = 0
    for slice_name in SLICES:
        made = 0
        while made < PER_SLICE:
            if pos >= len(candidates):
                raise SystemExit(f"ran out of commands in slice {slice_name}")
            cmd = candidates[pos]
            pos += 1
            tool = tool_of(cmd)
            if tool in used_tools:
                continue
            why = why_of(descriptions.get(cmd))
            if slice_name == "clean":
                said = say_clean(cmd, rng)
            elif slice_name == "fuzzy":
                said = say_fuzzy(cmd, rng)
            elif slice_name == "natural":
                said = say_natural(cmd, why, rng)
            else:
                said = say_chaotic(cmd, why, rng)
            if said is None or decode(said) != cmd:
                rejected[slice_name] += 1
                continue
            used_tools.add(tool)
            rows.append({"input": said, "command": cmd, "slice": slice_name, "author": AUTHOR})
            made += 1
    return rows, rejected


def main() -> None:
    rows, rejected = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for row in rows:
        assert decode(row["input"]) == row["command"], row
    counts = {name: sum(r["slice"] == name for r in rows) for name in SLICES}
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {counts}")
    print(f"rejected by the listener: {rejected} (total {sum(rejected.values())})")


if __name__ == "__main__":
    main()
