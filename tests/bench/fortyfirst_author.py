"""Forty-first independent author: Pawel, a Polish backend developer dictating bash.

Writes assets/training/bash/author41.jsonl: 400 lines, 100 per slice, in the order clean, fuzzy,
natural, chaotic. Each line is {"input", "command", "slice", "author": "author41"}. Standard
library only; one random.Random(41) is consumed in a fixed order, so reruns are byte-identical.

Commands (and the plain-English "why" used in natural/chaotic framing) come from the tldr-pages
project, https://github.com/tldr-pages/tldr, licensed CC BY 4.0, via the "command" and
"description" fields of assets/training/bash/pages_dev_commands.jsonl (0-based line % 6 == 2).

Style guide
===========

Persona. Pawel is a Polish backend developer. His English drops articles ("command is", "for to
check status of cluster"), he names symbols with Polish habits (malpa -> "monkey" for @), and
he talks directly: "You must write ...", "Command is ...", "Please execute ...", with the reason
after ("..., for to display help"). Hesitations come out as "Yyy," / "Eee," in Whisper's text,
he says "how you say" when he looks for a word, "so" to start, "exactly" to confirm and ", no?"
as a tag. He corrects himself with "no no, not this", "sorry, mistake", "I mean", "better",
"correction", and restarts with "from beginning" or by saying the intro ("Command is") again.

Vocabulary (spoken word -> character). Persona's own words first, fuzzy/Whisper synonyms after.
  minus, hyphen, dash -> -          double minus, minus minus, double dash -> --
  dot, point, period -> .           slash, forward slash -> /      backslash -> \\
  monkey, at sign -> @              lattice, hash, hash sign -> #  star, asterisk -> *
  equals, equal sign -> =           underline, underscore -> _     colon -> :   semicolon -> ;
  comma -> ,                        pipe, vertical line, vertical bar -> |      tilde -> ~
  quote, double quote -> "          apostrophe, single quote -> '  dollar -> $  plus -> +
  greater than -> >                 less than -> <                 ampersand -> &
  double ampersand -> &&            double greater than -> >>      percent -> %
  question mark -> ?                exclamation mark -> !          caret -> ^  backtick -> `
  open bracket / close bracket -> ( )      open / close square bracket -> [ ]
  open / close curly bracket -> { }
  zero .. nine -> 0 .. 9 (one word per digit)
  Case: "big letter X" / "capital X" / "capital letter X" -> next word Capitalised;
        "big letters X" / "all caps X" -> next word in CAPITALS; "small letter x" -> lower case.
  Separator (protocol only): "space" -> one space.

Slices.
  clean    pure protocol, lower case, no punctuation, no framing. Every character is spoken:
           letters as words, digits one word each, symbols by the persona's names, "space"
           exactly where the command has a space. "git space stash space pop".
  fuzzy    the same protocol, but Whisper slips in: synonyms (hyphen, period, forward slash,
           underscore, asterisk, capital x, all caps ...), a capitalised first word, a final
           full stop, commas after some "space"s, some digit runs written as digits, and a
           compound split in two ("check updates" for checkupdates).
  natural  how Pawel says it to a colleague; "space" is never said. Whisper writes ordinary
           words, numbers, file names, paths, domains and short flags as text ("-h",
           "config.yaml", "/tmp/backup"); symbols inside a word are said as words
           ("docs slash output underline executable"); long flags are "double minus verbose".
           Framing: intro phrase before, reason after (or before, in its own clause).
  chaotic  natural (mostly) or protocol speech with at least one self-correction or restart,
           plus hesitations, "how you say", asides before the command and trailing thoughts.

Listener rules (what decode() does, in order).
  1. Hesitations are deleted: "Yyy", "Eee", "Hmm" (any length) and "how you say", with their
     commas; an ellipsis ("...") is read as a comma.
  2. The command starts after the LAST intro phrase (you must write/type/execute/run, command
     is, command will be, please execute/run/type/write, please type in terminal, write/type/
     execute/run please, next command is, we use), or at the start when there is none. A
     second intro therefore restarts the whole command.
  3. The command ends at the first tail: ", for to", " for to", ", because", ", it is for",
     ", this is for", ", then", ", and tell me", ", please", ", exactly", ", no?"; or at a
     sentence end (. ? ! then a space or the end) unless the next sentence opens with a
     correction or restart word ("No no, not this, ...", "Sorry, mistake, ..."). What follows
     (reason, trailing thoughts) is not command.
  4. If the command contains the word "space" it is protocol: every spoken piece is glued and
     only "space" makes a space; Whisper's punctuation and capitals are ignored (case only from
     case words); digit words and digit runs glue.
  5. Otherwise it is natural: words Whisper wrote as text are taken verbatim (trailing , ; ? !
     and : dropped; when the command opens a sentence, a first word written Capitalised, one
     capital then lower case or digits, is lower-cased; digit words become digits), and words
     are separated by spaces, except that symbol words glue:
       both sides: . / \\ @ # * = _ : , + % ^ ? !
       to the next word: - -- ~ $ ( [ { (and anything said right after a both-sides symbol)
       to the previous word: ) ] } ;
       stand alone: | > < & && >>
       quote / apostrophe: the first one opens (glues to the next word), the next one closes.
  6. Corrections ("no no, not this", "no no", "sorry, mistake", "I mean", "better",
     "correction") throw away the last command word: in protocol the piece being spelled since
     the last "space" (or the previous word if nothing was spelled yet), in natural the last
     space-separated word with everything glued to it. "from beginning" / "from start" /
     "again from beginning" throw away everything said so far.

Known ambiguities of this guide. A protocol dictation of a one-word command with an inner
symbol ("checkupdates minus aur") has no "space" and reads as natural speech, so the generator
never produces it; in natural speech a word that starts with . / : @ * or ends with one cannot
be told from gluing to its neighbour, so such words are only used when Whisper writes them as
text (absolute paths) or in protocol; literal words that are also vocabulary ("one", "dash",
"better", "point", ...) would be misread, so lines containing them are rejected and replaced;
"no" alone is a word, only "no no" corrects; a correction replaces one command word, never two;
after "no no, wait." the listener waits for the next intro, which restarts the command; a tool
really spelled Capitalised ("Foo") could not open a sentence without an intro.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "assets" / "training" / "bash" / "pages_dev_commands.jsonl"
OUTPUT = ROOT / "assets" / "training" / "bash" / "author41.jsonl"
AUTHOR = "author41"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
GEN_ORDER = ("natural", "chaotic", "clean", "fuzzy")
PER_SLICE = 100
TRIES = 6

# ----------------------------------------------------------------------------- vocabulary

SYMBOL_WORDS = {
    "double ampersand": "&&",
    "double greater than": ">>",
    "open square bracket": "[",
    "close square bracket": "]",
    "open curly bracket": "{",
    "close curly bracket": "}",
    "double minus": "--",
    "minus minus": "--",
    "double dash": "--",
    "double hyphen": "--",
    "minus": "-",
    "hyphen": "-",
    "dash": "-",
    "dot": ".",
    "point": ".",
    "period": ".",
    "forward slash": "/",
    "slash": "/",
    "backslash": "\\",
    "back slash": "\\",
    "monkey": "@",
    "at sign": "@",
    "lattice": "#",
    "hash sign": "#",
    "hash": "#",
    "star": "*",
    "asterisk": "*",
    "equals": "=",
    "equal sign": "=",
    "equals sign": "=",
    "underline": "_",
    "underscore": "_",
    "colon": ":",
    "semicolon": ";",
    "comma": ",",
    "pipe": "|",
    "vertical line": "|",
    "vertical bar": "|",
    "tilde": "~",
    "double quote": '"',
    "quote": '"',
    "quotation mark": '"',
    "apostrophe": "'",
    "single quote": "'",
    "greater than": ">",
    "less than": "<",
    "ampersand": "&",
    "dollar": "$",
    "dollar sign": "$",
    "exclamation mark": "!",
    "question mark": "?",
    "percent": "%",
    "plus": "+",
    "caret": "^",
    "backtick": "`",
    "open bracket": "(",
    "close bracket": ")",
}
CASE_WORDS = {
    "big letters": "upper",
    "all caps": "upper",
    "big letter": "cap",
    "capital letter": "cap",
    "capital": "cap",
    "small letter": "lower",
}
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
CORRECTION_WORDS = ("no no not this", "no no", "sorry mistake", "i mean", "correction", "better")
RESTART_WORDS = ("again from beginning", "from beginning", "from start")

PHRASES: list[tuple[tuple[str, ...], str, str]] = []
for _p, _v in SYMBOL_WORDS.items():
    PHRASES.append((tuple(_p.split()), "sym", _v))
for _p, _v in CASE_WORDS.items():
    PHRASES.append((tuple(_p.split()), "case", _v))
for _i, _p in enumerate(DIGIT_WORDS):
    PHRASES.append(((_p,), "digit", str(_i)))
for _p in CORRECTION_WORDS:
    PHRASES.append((tuple(_p.split()), "fix", ""))
for _p in RESTART_WORDS:
    PHRASES.append((tuple(_p.split()), "restart", ""))
PHRASES.sort(key=lambda item: -len(item[0]))

GLUE_BOTH = set(".\\/@#*=_:,+%^?!")
GLUE_NEXT = {"-", "--", "~", "$", "(", "[", "{", "`"}
GLUE_PREV = {")", "]", "}", ";"}
ALONE = {"|", ">", "<", "&", "&&", ">>"}
QUOTES = {'"', "'"}

INTROS = (
    "please type in terminal",
    "please execute",
    "please run",
    "please type",
    "please write",
    "you must write",
    "you must type",
    "you must execute",
    "you must run",
    "command will be",
    "next command is",
    "command is",
    "write please",
    "type please",
    "execute please",
    "run please",
    "we use",
)
INTRO_RE = re.compile(r"(?i)\b(?:" + "|".join(INTROS) + r")\b[:,]?")
TAIL_RE = re.compile(
    r"(?i)(?:,?\s+for to\b|,\s*(?:because|it is for|this is for|then|and tell me|please|exactly)"
    r"\b|,\s*no\?)"
)
CONT_RE = re.compile(
    r"(?i)(?:no no|sorry, mistake|sorry mistake|i mean|better|correction|from beginning|"
    r"again from beginning|from start)\b"
)
FILLER_RE = re.compile(r"(?i)(?<!\S)(?:y{3,}|e{3,}|hm{2,}|how you say)[,.]*(?=\s|$)")
BOUNDARY_RE = re.compile(r"[.?!](?=\s|$)")

# ----------------------------------------------------------------------------- listener


def _lex(words: list[str]) -> list[tuple[str, str]]:
    """Turn transcript words into (kind, value) units, longest phrase first."""
    low = [w.lower() for w in words]
    units: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        for phrase, kind, value in PHRASES:
            n = len(phrase)
            if tuple(low[i : i + n]) == phrase:
                units.append((kind, value))
                i += n
                break
        else:
            if low[i] == "space":
                units.append(("space", " "))
            else:
                units.append(("word", words[i]))
            i += 1
    return units


def _apply_case(word: str, case: str | None) -> str:
    if case == "upper":
        return word.upper()
    if case == "cap":
        return word[:1].upper() + word[1:]
    if case == "lower":
        return word.lower()
    return word


def _protocol(units: list[tuple[str, str]]) -> str:
    tokens: list[str] = []
    cur = ""
    case: str | None = None
    for kind, value in units:
        if kind == "space":
            tokens.append(cur)
            cur = ""
        elif kind == "sym":
            cur += value
        elif kind == "digit":
            cur += value
        elif kind == "word":
            cur += _apply_case(value.lower(), case)
            case = None
        elif kind == "case":
            case = value
        elif kind == "fix":
            if cur:
                cur = ""
            elif tokens:
                cur = ""
                tokens.pop()
        elif kind == "restart":
            tokens, cur = [], ""
    tokens.append(cur)
    return " ".join(t for t in tokens if t)


def _natural(units: list[tuple[str, str]]) -> str:
    tokens: list[str] = []
    cur: str | None = None
    glue = False
    case: str | None = None

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            tokens.append(cur)
        cur = None

    for kind, value in units:
        if kind == "case":
            case = value
            continue
        if kind in ("word", "digit"):
            word = _apply_case(value, case)
            case = None
            if cur is not None and glue:
                cur += word
            else:
                flush()
                cur = word
            glue = False
        elif kind == "sym":
            said = "".join(tokens) + (cur or "")
            if value in QUOTES:
                opening = said.count(value) % 2 == 0
                value_class = "next" if opening else "prev"
            elif value in GLUE_BOTH:
                value_class = "both"
            elif value in GLUE_NEXT:
                value_class = "next"
            elif value in GLUE_PREV:
                value_class = "prev"
            else:
                value_class = "alone"
            if value_class == "both":
                cur = (cur or "") + value
                glue = True
            elif value_class == "next":
                if cur is not None and glue:
                    cur += value
                else:
                    flush()
                    cur = value
                glue = True
            elif value_class == "prev":
                cur = (cur or "") + value
                glue = False
            else:
                flush()
                tokens.append(value)
                glue = False
        elif kind == "fix":
            flush()
            if tokens:
                tokens.pop()
            glue = False
        elif kind == "restart":
            tokens, cur, glue = [], None, False
        elif kind == "space":
            flush()
            glue = False
    flush()
    return " ".join(tokens)


def region(text: str) -> tuple[str, bool]:
    """The command part of a transcript, and whether it opens a sentence."""
    text = text.replace("\u2026", ",").replace("...", ",")
    text = FILLER_RE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    start = 0
    for match in INTRO_RE.finditer(text):
        start = match.end()
    before = text[:start]
    body = text[start:]
    end = len(body)
    tail = TAIL_RE.search(body)
    if tail:
        end = tail.start()
    for bound in BOUNDARY_RE.finditer(body, 0, end):
        after = body[bound.end() :].lstrip(" ,")
        if not after or not CONT_RE.match(after):
            end = bound.start()
            break
    opens = not before.strip(" ,") or before.rstrip(" ,")[-1:] in ".?!"
    return body[:end], opens


def decode(line: str) -> str:
    """Recover the command from one transcript, following the listener rules above."""
    body, opens = region(line)
    words = body.split()
    if any(w.strip(",.;:!?").lower() == "space" for w in words):
        words = [w.strip(",.;:!?") for w in words]
        return _protocol(_lex([w for w in words if w]))
    cleaned = []
    for w in words:
        w = w.strip(",").rstrip(",;!?:")
        if w:
            cleaned.append(w)
    if opens and cleaned and re.fullmatch(r"[A-Z][a-z0-9]*", cleaned[0]):
        cleaned[0] = cleaned[0].lower()
    return _natural(_lex(cleaned))


# ----------------------------------------------------------------------------- speaking

CLEAN_NAMES = {
    "-": ["minus"],
    "--": ["double minus"],
    ".": ["dot", "dot", "point"],
    "/": ["slash"],
    "\\": ["backslash"],
    "@": ["monkey"],
    "#": ["lattice", "hash"],
    "*": ["star"],
    "=": ["equals"],
    "_": ["underline"],
    ":": ["colon"],
    ";": ["semicolon"],
    ",": ["comma"],
    "|": ["pipe", "vertical line"],
    "~": ["tilde"],
    '"': ["quote"],
    "'": ["apostrophe"],
    ">": ["greater than"],
    "<": ["less than"],
    "&": ["ampersand"],
    "$": ["dollar"],
    "!": ["exclamation mark"],
    "?": ["question mark"],
    "%": ["percent"],
    "+": ["plus"],
    "^": ["caret"],
    "`": ["backtick"],
    "(": ["open bracket"],
    ")": ["close bracket"],
    "[": ["open square bracket"],
    "]": ["close square bracket"],
    "{": ["open curly bracket"],
    "}": ["close curly bracket"],
}
FUZZY_NAMES = {
    "-": ["minus", "hyphen", "dash"],
    "--": ["double minus", "minus minus", "double dash"],
    ".": ["dot", "point", "period"],
    "/": ["slash", "forward slash"],
    "@": ["monkey", "at sign"],
    "#": ["hash", "hash sign", "lattice"],
    "*": ["star", "asterisk"],
    "=": ["equals", "equal sign"],
    "_": ["underline", "underscore"],
    "|": ["pipe", "vertical bar"],
    '"': ["quote", "double quote"],
    "'": ["apostrophe", "single quote"],
    "$": ["dollar", "dollar sign"],
}
SPLIT_HEADS = tuple(
    "check update updates key dark gnu back pass word home work file list tool name time load"
    " book page web type mount server user script config patch print pack note watch trace build"
    " help set sys net auto desktop virtual power code data test create image play screen lock"
    " scan".split()
)


def _case_chunks(letters: str) -> list[str]:
    return re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+", letters)


def _say_letters(chunk: str, rng: random.Random, fuzzy: bool) -> str:
    low = chunk.lower()
    if chunk.islower():
        if len(chunk) == 1 and rng.random() < 0.2:
            return f"small letter {low}"
        return low
    if len(chunk) == 1 or (chunk[0].isupper() and chunk[1:].islower()):
        word = rng.choice(["capital", "big letter", "capital letter"]) if fuzzy else "big letter"
        return f"{word} {low}"
    word = rng.choice(["all caps", "big letters"]) if fuzzy else "big letters"
    return f"{word} {low}"


def speak_protocol(token: str, rng: random.Random, fuzzy: bool) -> str:
    parts: list[str] = []
    for piece in re.findall(r"--|[A-Za-z]+|\d+|.", token):
        if piece[0].isalpha():
            for chunk in _case_chunks(piece):
                said = _say_letters(chunk, rng, fuzzy)
                if fuzzy and said == chunk and len(chunk) >= 6 and rng.random() < 0.5:
                    heads = [
                        h for h in SPLIT_HEADS if chunk.startswith(h) and len(chunk) - len(h) >= 3
                    ]
                    if heads:
                        head = heads[0]
                        said = f"{head} {chunk[len(head) :]}"
                parts.append(said)
        elif piece.isdigit():
            if fuzzy and rng.random() < 0.45:
                parts.append(piece)
            else:
                parts.extend(DIGIT_WORDS[int(d)] for d in piece)
        else:
            names = (FUZZY_NAMES if fuzzy else CLEAN_NAMES).get(piece) or CLEAN_NAMES[piece]
            parts.append(rng.choice(names))
    return " ".join(parts)


LITERAL_RULES = (
    (re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"), 0.95),
    (re.compile(r"\d+(?:\.\d+)*"), 0.95),
    (re.compile(r"-[a-zA-Z]{1,3}"), 0.6),
    (re.compile(r"[A-Za-z0-9-]+\.[A-Za-z0-9]{1,6}"), 0.85),
    (re.compile(r"(?:~|/)[A-Za-z0-9.-]*(?:/[A-Za-z0-9.-]+)*/?"), 0.85),
    (re.compile(r"[a-z0-9-]+/(?:[A-Za-z0-9.-]+/?)*"), 0.4),
    (re.compile(r"https?://[A-Za-z0-9./:-]+"), 0.9),
    (re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?"), 0.9),
)
NATURAL_NAMES = {
    "-": ["minus"],
    "--": ["double minus"],
    ".": ["dot", "point"],
    "#": ["lattice", "hash"],
    "|": ["pipe", "pipe", "vertical line"],
}


def speak_natural(token: str, rng: random.Random) -> str:
    for pattern, chance in LITERAL_RULES:
        if pattern.fullmatch(token) and not token.endswith("."):
            if rng.random() < chance:
                return token
            break
    parts: list[str] = []
    rest = token
    if rest.startswith("--") and len(rest) > 2:
        parts.append("double minus")
        rest = rest[2:]
    elif rest.startswith("-") and len(rest) > 1:
        parts.append("minus")
        rest = rest[1:]
    for piece in re.findall(r"[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*|--|.", rest):
        if piece[0].isalnum():
            if re.fullmatch(r"[A-Z]", piece):
                parts.append(f"big letter {piece}")
            elif re.fullmatch(r"[A-Z]{2,}", piece):
                parts.append(f"big letters {piece.lower()}")
            elif re.fullmatch(r"[A-Z][a-z0-9]+", piece) and rng.random() < 0.5:
                parts.append(f"big letter {piece.lower()}")
            else:
                parts.append(piece)
        else:
            names = NATURAL_NAMES.get(piece) or CLEAN_NAMES[piece]
            parts.append(rng.choice(names))
    return " ".join(parts)


def why_of(description: str) -> str | None:
    text = re.sub(r"\([^)]*\)", "", description)
    text = re.sub(r"<[^>]*>", "", text)
    text = text.split(". ")[0].split("; ")[0].replace('"', "").strip().rstrip(".").strip()
    text = re.sub(r"(?i)\b(?:a|an|the)\s+", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,")
    if not text or not re.fullmatch(r"[A-Za-z0-9 ,'/+-]+", text) or len(text) > 90:
        return None
    first = text.split()[0]
    if not first.isupper():
        text = text[0].lower() + text[1:]
    return text


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


NATURAL_FRAMES = (
    ("You must write {c}.", False),
    ("Command is {c}.", False),
    ("Please execute {c}.", False),
    ("You must write {c}, for to {w}.", True),
    ("Please execute {c}, it is for {w}.", True),
    ("For to {w}, command is {c}.", True),
    ("So, command is {c}, exactly.", False),
    ("Now we must {w}. Command is {c}.", True),
    ("Write please {c}, because we must {w}.", True),
    ("Command is {c}, no?", False),
    ("Please type in terminal {c}.", False),
    ("Okay, next command is {c}, for to {w}.", True),
    ("{C}, please.", False),
    ("{C}. This is for to {w}.", True),
    ("On server you must execute {c}, then we see.", False),
    ("Simple thing, command is {c}.", False),
    ("Please run {c}, it is for {w}, no?", True),
    ("Hello, I need one thing from you. Please execute {c}.", False),
    ("Exactly this you must write: {c}.", False),
    ("For {w} we use {c}.", True),
    ("Execute please {c}, and tell me result.", False),
    ("Quick one, run please {c}.", False),
    ("You must type {c}, for to {w}, exactly.", True),
    ("Task is to {w}. You must execute {c}.", True),
    ("{C}, for to {w}.", True),
    ("So, you must write, how you say, {c}, for to {w}.", True),
)
INTRO_CHOICES = (
    "Command is",
    "You must write",
    "Please execute",
    "You must type",
    "Please run",
    "Write please",
    "So, command is",
    "Okay, next command is",
)
ASIDES = (
    "Moment, I open terminal.",
    "Okay, wait, I have it here.",
    "Eee, where is it... okay, I found.",
    "Hello, one more thing for you.",
    "Sorry, Slack is ringing all time.",
    "So, next step.",
)
TRAILS = (
    "I think this is all.",
    "Then we check logs.",
    "Maybe later I put this in script.",
    "It should work, I hope.",
    "Rest is same like yesterday.",
    "And then we see what happens.",
)
FIX_MARKERS = (
    ", no no, not this, ",
    ", sorry, mistake, ",
    ", I mean ",
    ", better ",
    ", correction, ",
    "... no no, not this, ",
    "... sorry, mistake, ",
    ", no no, ",
)
WRONG_WORDS = ("main", "test", "data", "config", "backup", "docs", "src", "logs", "demo", "app")
WRONG_EXT = ("txt", "pdf", "log", "json", "yaml", "py", "sh", "md", "csv", "conf")
SUBCOMMANDS = (
    "list",
    "show",
    "status",
    "start",
    "stop",
    "init",
    "install",
    "remove",
    "create",
    "delete",
    "update",
    "run",
    "build",
    "add",
)
WRONG_LONG = ("--force", "--verbose", "--all", "--help", "--quiet", "--list", "--version")


def wrong_variant(
    token: str, rng: random.Random, tools: list[str], first: bool = False
) -> str | None:
    if re.fullmatch(r"-[a-zA-Z]", token):
        letters = [c for c in "abcdfhilnprsvx" if c != token[1].lower()]
        return "-" + rng.choice(letters)
    if re.fullmatch(r"--[a-z][a-z-]*", token):
        options = [w for w in WRONG_LONG if w != token]
        return rng.choice(options)
    match = re.fullmatch(r"([A-Za-z0-9/~_-]+)\.([a-z0-9]+)", token)
    if match:
        options = [e for e in WRONG_EXT if e != match.group(2)]
        return f"{match.group(1)}.{rng.choice(options)}"
    if token.isdigit():
        return str(int(token) + rng.choice([1, 2, 10]))
    if re.fullmatch(r"[a-z][a-z0-9-]*", token):
        if first:
            words = tuple(tools[:40])
        elif token in SUBCOMMANDS or re.fullmatch(r"[a-z]+", token):
            words = SUBCOMMANDS + WRONG_WORDS
        else:
            words = WRONG_WORDS
        return rng.choice([w for w in words if w != token])
    return None


# ----------------------------------------------------------------------------- slices


def make_clean(cmd: str, why: str | None, rng: random.Random, tools: list[str]) -> str:
    return " space ".join(speak_protocol(t, rng, False) for t in cmd.split(" "))


def make_fuzzy(cmd: str, why: str | None, rng: random.Random, tools: list[str]) -> str:
    out = ""
    for i, token in enumerate(cmd.split(" ")):
        if i:
            out += rng.choice([" space, ", " space ", " space ", " space "])
        out += speak_protocol(token, rng, True)
    if rng.random() < 0.75:
        out = _cap(out)
    if rng.random() < 0.6:
        out += "."
    return out


def _frame(said: str, why: str | None, rng: random.Random) -> str:
    frames = [f for f in NATURAL_FRAMES if why or not f[1]]
    template = rng.choice(frames)[0]
    return template.replace("{C}", _cap(said)).replace("{c}", said).replace("{w}", why or "")


def make_natural(cmd: str, why: str | None, rng: random.Random, tools: list[str]) -> str:
    said = " ".join(speak_natural(t, rng) for t in cmd.split(" "))
    return _frame(said, why, rng)


def _hesitate(parts: list[str], rng: random.Random) -> list[str]:
    if len(parts) > 1 and rng.random() < 0.45:
        k = rng.randrange(1, len(parts))
        filler = rng.choice(["yyy,", "eee,", "how you say,"])
        parts = parts[:k] + [filler] + parts[k:]
        parts[k - 1] = parts[k - 1] + ","
    return parts


def make_chaotic(cmd: str, why: str | None, rng: random.Random, tools: list[str]) -> str | None:
    tokens = cmd.split(" ")
    proto = rng.random() < 0.3
    if proto:
        said = [speak_protocol(t, rng, rng.random() < 0.5) for t in tokens]
        joiner = " space "
    else:
        said = [speak_natural(t, rng) for t in tokens]
        joiner = " "
    kind = rng.choice(["flag", "word", "tool", "restart_intro", "restart_from", "double"])
    flags = [i for i, t in enumerate(tokens) if t.startswith("-") and i > 0]
    others = [i for i, t in enumerate(tokens) if i > 0 and not t.startswith("-")]
    if kind == "flag" and not flags:
        kind = "word"
    if kind == "word" and not others:
        kind = "tool"

    def fixed_at(idx: int, base: list[str]) -> list[str] | None:
        wrong = wrong_variant(tokens[idx], rng, tools, idx == 0)
        if wrong is None or wrong == tokens[idx]:
            return None
        wrong_said = speak_protocol(wrong, rng, False) if proto else speak_natural(wrong, rng)
        marker = rng.choice(FIX_MARKERS)
        out = list(base)
        out[idx] = wrong_said + marker + base[idx]
        return out

    lead = ""
    if kind in ("flag", "word", "tool", "double"):
        if kind == "flag":
            idx = rng.choice(flags)
        elif kind == "word":
            idx = rng.choice(others)
        else:
            idx = 0
        parts = fixed_at(idx, said)
        if parts is None:
            return None
        if kind == "double":
            rest = [i for i in range(len(tokens)) if i != idx]
            if rest:
                more = fixed_at(rng.choice(rest), parts)
                parts = more or parts
        if not proto:
            parts = _hesitate(parts, rng)
        body = joiner.join(parts)
    else:
        k = rng.randrange(1, len(tokens)) if len(tokens) > 1 else 1
        partial = list(said[:k])
        if rng.random() < 0.5 or len(tokens) == 1:
            wrong = wrong_variant(tokens[k - 1], rng, tools, k == 1)
            if wrong is None:
                return None
            partial[-1] = speak_protocol(wrong, rng, False) if proto else speak_natural(wrong, rng)
        if kind == "restart_intro":
            intro1 = rng.choice(INTRO_CHOICES)
            intro2 = rng.choice(INTRO_CHOICES[:6])
            stop = rng.choice(["... no no, not this.", "... sorry, mistake.", ", no no, wait."])
            lead = f"{intro1} {joiner.join(partial)}{stop} {intro2}"
            body = joiner.join(said)
        else:
            stop = rng.choice(
                [
                    ", sorry, mistake, from beginning: ",
                    "... no no, from beginning: ",
                    ", correction, again from beginning: ",
                    "... from start: ",
                ]
            )
            body = joiner.join(partial) + stop + joiner.join(said)
    if not lead and rng.random() < 0.6:
        lead = rng.choice(INTRO_CHOICES)
    if lead and rng.random() < 0.35:
        lead = rng.choice(ASIDES) + " " + lead
    if lead and rng.random() < 0.3:
        lead = rng.choice(["Yyy, ", "Eee, "]) + lead[0].lower() + lead[1:]
    text = f"{lead} {body}" if lead else _cap(body)
    if why and rng.random() < 0.4:
        text += rng.choice([", for to ", ", it is for ", " for to "]) + why
    text += rng.choice([".", ".", ", exactly.", ", no?"])
    if rng.random() < 0.3:
        text += " " + rng.choice(TRAILS)
    return text


MAKERS = {
    "clean": make_clean,
    "fuzzy": make_fuzzy,
    "natural": make_natural,
    "chaotic": make_chaotic,
}

# ----------------------------------------------------------------------------- checks

MARKER_CHECK = re.compile(
    r"(?i)\b(?:no no|sorry, mistake|I mean|better|correction|from beginning|from start)\b"
)


def acceptable(slice_name: str, text: str, cmd: str) -> bool:
    if not text or not text.isascii() or "  " in text or text != text.strip():
        return False
    if decode(text) != cmd:
        return False
    has_space_word = bool(re.search(r"(?i)\bspace\b", text))
    if slice_name == "clean":
        if re.search(r"[^a-z ]", text) or text.split().count("space") != cmd.count(" "):
            return False
    elif slice_name == "fuzzy":
        if not has_space_word and " " in cmd:
            return False
    elif slice_name == "natural":
        if has_space_word:
            return False
    elif slice_name == "chaotic":
        if not MARKER_CHECK.search(text) and len(INTRO_RE.findall(text)) < 2:
            return False
    return True


def tool_of(cmd: str) -> str:
    words = cmd.split()
    return words[1] if words[0] == "sudo" and len(words) > 1 else words[0]


def load_pool() -> list[tuple[str, str]]:
    pool = []
    with SOURCE.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle):
            if number % 6 != 2:
                continue
            row = json.loads(raw)
            cmd, desc = row["command"], row.get("description", "")
            if not cmd.isascii() or len(cmd) > 80 or cmd != cmd.strip():
                continue
            if "\n" in cmd or "\t" in cmd or "  " in cmd:
                continue
            pool.append((cmd, desc))
    return pool


def build() -> dict[str, list[dict[str, str]]]:
    rng = random.Random(41)
    pool = load_pool()
    rng.shuffle(pool)
    tools = [tool_of(cmd) for cmd, _ in pool]
    used: set[str] = set()
    inputs: set[str] = set()
    per_tool: dict[str, int] = {}
    result: dict[str, list[dict[str, str]]] = {}
    for slice_name in GEN_ORDER:
        rows: list[dict[str, str]] = []
        for cmd, desc in pool:
            if len(rows) == PER_SLICE:
                break
            tool = tool_of(cmd)
            if cmd in used or per_tool.get(tool, 0) >= 2:
                continue
            why = why_of(desc)
            for _ in range(TRIES):
                text = MAKERS[slice_name](cmd, why, rng, tools)
                if text and text not in inputs and acceptable(slice_name, text, cmd):
                    rows.append(
                        {"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR}
                    )
                    used.add(cmd)
                    inputs.add(text)
                    per_tool[tool] = per_tool.get(tool, 0) + 1
                    break
        if len(rows) != PER_SLICE:
            raise SystemExit(f"{slice_name}: only {len(rows)} lines")
        result[slice_name] = rows
    return result


def main() -> None:
    result = build()
    with OUTPUT.open("w", encoding="utf-8") as handle:
        for slice_name in SLICES:
            for row in result[slice_name]:
                handle.write(json.dumps(row, ensure_ascii=True) + "\n")
    counts = ", ".join(f"{s}={len(result[s])}" for s in SLICES)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
