"""Independent voice-to-bash evaluation set, author59: Ms. Okafor's Linux lab.

Writes assets/training/bash/author59.jsonl: 400 lines, 100 per slice in the order clean,
fuzzy, natural, chaotic. Each line is {"input", "command", "slice", "author"}.

Commands and their plain-English descriptions come from
assets/training/bash/pages_dev42_commands.jsonl (lines whose 0-based number % 6 == 2), which
are examples derived from tldr-pages (https://github.com/tldr-pages/tldr), licensed
CC BY 4.0. Thanks to the tldr-pages contributors. Each command is used once, and one tool
(the first word after any "sudo" or VAR=value) at most twice in the file. The natural and
chaotic slices sometimes use a command's description as the reason she gives for it.

Persona
-------
Ms. Okafor teaches secondary-school computing. In a Linux lab she reads commands aloud to
her class, slowly and for beginners, and Whisper transcribes the lesson recording. She
addresses the class ("Everyone, type ...", "Okay class, next one: ..."), explains as she
goes ("that's the flag for verbose"), checks they keep up ("Got that? Good.") and names
symbols plainly.

Vocabulary (spoken name -> symbol)
----------------------------------
Her own names: dash / minus -> "-", two dashes -> "--", dot / full stop -> ".",
forward slash -> "/", vertical line / pipe -> "|", squiggle / tilde -> "~", star -> "*",
equals -> "=", colon -> ":", underscore -> "_", at sign -> "@", greater than -> ">",
double greater than -> ">>", less than -> "<", semicolon -> ";", ampersand -> "&",
exclamation mark -> "!", plus -> "+", percent -> "%", hash -> "#", caret -> "^",
comma -> ",", backslash -> "\\", question mark -> "?", dollar -> "$",
open / close bracket -> "(" / ")", open / close curly bracket -> "{" / "}",
open / close square bracket -> "[" / "]", and in the spelled protocol double quote -> '"'
and single quote -> "'" (in sentences: open quotes / close quotes and
open single quote / close single quote).
Looser names heard in the fuzzy slice: hyphen, period, point, slash, asterisk,
equals sign, equal sign, vertical bar, double dash (and "dash dash", "minus minus").
Case: "capital letter G" (fuzzy also "capital G") is one upper-case letter; "all capitals"
upper-cases the single next word. "the word X" means X literally (used when a word of the
command is itself a vocabulary word, e.g. "the word dash"). Digits are said one by one
("one zero two four"); Whisper sometimes writes them as digits instead.

Slices
------
clean: the spelled protocol only. The word "space" is said exactly where the command has a
  space; everything between two "space"s is one word of the command, spelled as units
  (ordinary words, single letters, digit words, symbol names, case markers) that are
  joined with nothing in between. No punctuation and no framing.
fuzzy: the same protocol with looser symbol names and Whisper's slips: a capitalised first
  word, a final full stop, commas after some "space"s, digit runs written as digits, and a
  compound word heard as two words ("auto generate"), which the listener joins anyway.
natural: how she says it to the class. "space" is never said. Whisper writes ordinary
  words, numbers, file names, paths and flags it recognises as text ("-la", "/tmp/backup",
  "config.yaml"), and she names the other symbols. The command follows a cue and ends at
  the end of its clause. Spacing of named symbols in a sentence:
    - dash, minus, two dashes, squiggle, tilde, dollar, open ... (brackets, quotes) attach
      to the word after them;
    - close ... (brackets, quotes) and semicolon attach to the word before them;
    - forward slash, dot, full stop, colon, underscore, equals, at sign, star, plus,
      percent, caret, hash, comma, backslash, question mark join the words on both sides;
    - pipe, vertical line, greater than, double greater than, less than, ampersand and
      exclamation mark stand alone between spaces;
    - "<symbol> on its own" (or "on their own") makes that symbol a word by itself, e.g.
      "dash on its own" for a lone "-", "star on its own" for a lone "*".
    - "capital letter J", "all capitals PATH" and "the word dash" give one piece of text
      that follows the same rules as any written word.
chaotic: natural or spelled speech with her own disfluencies. Every line has at least one
  correction or restart; there are also hesitations ("um", "er"), asides to pupils and
  trailing thoughts.

Listener rules (what decode() implements)
-----------------------------------------
1. Restarts: "rub that out" and "let me say that again" throw away everything said so far;
   only the text after the last one counts.
2. Corrections: "oops, no, I mean" and "sorry everyone, it's actually" replace the one
   command word (one space-separated word of the command) said just before them with what
   follows; the command then simply continues.
3. Fillers "um", "uh", "er", "erm" (with their commas) are ignored.
4. Cue: the command starts after the first cue: "everyone / class / you / please / now /
   then / just / so / and" followed by "type" or "key in", or a colon followed by a space
   ("Okay class, next one: ..."). Anything before the cue is framing.
5. A line is spelled protocol if the command part contains the word "space" or if the line
   has no cue at all (the bare clean and fuzzy lines). Then the command runs to the first
   sentence end (". ", "? ", "! " or a final stop), commas are ignored, "space" separates
   command words and everything else is joined; plain words are read in lower case.
6. Otherwise the line is natural: the command runs to the first clause end (a comma, full
   stop, question or exclamation mark followed by a space or the end of the line); written
   text is kept exactly as Whisper wrote it and named symbols follow the spacing rules
   above.

Run: cd /work/main && python3 tests/bench/fiftyninth_author.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "assets" / "training" / "bash" / "pages_dev42_commands.jsonl"
OUT = ROOT / "assets" / "training" / "bash" / "author59.jsonl"
AUTHOR = "author59"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
ATTEMPTS = 40

NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# Persona names used in the clean slice (first entry is her favourite).
CLEAN_NAMES: dict[str, tuple[str, ...]] = {
    "-": ("dash", "minus"),
    "--": ("two dashes", "dash dash"),
    ".": ("dot", "full stop"),
    "/": ("forward slash",),
    "|": ("vertical line", "pipe"),
    "~": ("squiggle", "tilde"),
    "*": ("star",),
    "=": ("equals",),
    ":": ("colon",),
    "_": ("underscore",),
    "@": ("at sign",),
    ">": ("greater than",),
    "<": ("less than",),
    ";": ("semicolon",),
    "&": ("ampersand",),
    "!": ("exclamation mark",),
    "+": ("plus",),
    "%": ("percent",),
    "#": ("hash",),
    "^": ("caret",),
    ",": ("comma",),
    "\\": ("backslash",),
    "?": ("question mark",),
    "$": ("dollar",),
    "(": ("open bracket",),
    ")": ("close bracket",),
    "{": ("open curly bracket",),
    "}": ("close curly bracket",),
    "[": ("open square bracket",),
    "]": ("close square bracket",),
    '"': ("double quote",),
    "'": ("single quote",),
}

# Looser names that turn up in the fuzzy slice.
FUZZY_NAMES: dict[str, tuple[str, ...]] = {
    "-": ("hyphen", "minus", "dash"),
    "--": ("double dash", "minus minus", "two dashes"),
    ".": ("period", "point", "dot"),
    "/": ("slash", "forward slash"),
    "|": ("vertical bar", "pipe"),
    "~": ("tilde", "squiggle"),
    "*": ("asterisk", "star"),
    "=": ("equals sign", "equal sign", "equals"),
    ":": ("colon",),
    "_": ("underscore",),
    "@": ("at sign",),
    ">": ("greater than",),
    "$": ("dollar",),
}

PROTOCOL_SYMBOLS: dict[str, str] = {}
for _table in (CLEAN_NAMES, FUZZY_NAMES):
    for _sym, _names in _table.items():
        for _name in _names:
            if _name not in ("dash dash", "minus minus"):
                PROTOCOL_SYMBOLS[_name] = _sym

# Natural-speech names: phrase -> (symbol, attaches left, attaches right).
NATURAL_SYMBOLS: dict[str, tuple[str, bool, bool]] = {
    "dash": ("-", False, True),
    "minus": ("-", False, True),
    "two dashes": ("--", False, True),
    "double dash": ("--", False, True),
    "squiggle": ("~", False, True),
    "tilde": ("~", False, True),
    "dollar": ("$", False, True),
    "open quotes": ('"', False, True),
    "close quotes": ('"', True, False),
    "open single quote": ("'", False, True),
    "close single quote": ("'", True, False),
    "open bracket": ("(", False, True),
    "close bracket": (")", True, False),
    "open curly bracket": ("{", False, True),
    "close curly bracket": ("}", True, False),
    "open square bracket": ("[", False, True),
    "close square bracket": ("]", True, False),
    "semicolon": (";", True, False),
    "forward slash": ("/", True, True),
    "dot": (".", True, True),
    "full stop": (".", True, True),
    "colon": (":", True, True),
    "underscore": ("_", True, True),
    "equals": ("=", True, True),
    "at sign": ("@", True, True),
    "star": ("*", True, True),
    "plus": ("+", True, True),
    "percent": ("%", True, True),
    "caret": ("^", True, True),
    "hash": ("#", True, True),
    "comma": (",", True, True),
    "backslash": ("\\", True, True),
    "question mark": ("?", True, True),
    "pipe": ("|", False, False),
    "vertical line": ("|", False, False),
    "greater than": (">", False, False),
    "double greater than": (">>", False, False),
    "less than": ("<", False, False),
    "ampersand": ("&", False, False),
    "exclamation mark": ("!", False, False),
}

# What she says for a symbol inside a sentence (first entry preferred).
NATURAL_NAMES: dict[str, tuple[str, ...]] = {}
for _name, (_sym, _left, _right) in NATURAL_SYMBOLS.items():
    NATURAL_NAMES.setdefault(_sym, ())
    NATURAL_NAMES[_sym] = NATURAL_NAMES[_sym] + (_name,)

OPENERS = {
    '"': "open quotes",
    "'": "open single quote",
    "(": "open bracket",
    "{": "open curly bracket",
    "[": "open square bracket",
}
CLOSERS = {
    '"': "close quotes",
    "'": "close single quote",
    ")": "close bracket",
    "}": "close curly bracket",
    "]": "close square bracket",
}

CUE_RE = re.compile(
    r"(?:\b(?:everyone|class|you|please|now|then|just|so|and)\b,?\s+(?:type|key in)\b:?|:)(?=\s)",
    re.IGNORECASE,
)
RESTART_RE = re.compile(r"\b(?:rub that out|let me say that again)\b", re.IGNORECASE)
CORRECTION_RE = re.compile(
    r"[,.]?\s*\b(?:oops[,.!]?\s+no[,.!]?\s+i mean|sorry,?\s+everyone[,.!]?\s+it'?s actually)"
    r"\b[,:]?\s*",
    re.IGNORECASE,
)
FILLER_RE = re.compile(r"[,.]?\s*(?<![\w'/.-])(?:um+|uh+|erm|er)(?![\w'/.-])[,.]?", re.IGNORECASE)
SENTINEL = "\x00"

# Words that must be said as "the word X" in the spelled protocol.
PROTOCOL_RESERVED = set(NUMBER_WORDS) | {"space"} | {k for k in PROTOCOL_SYMBOLS if " " not in k}
PROTOCOL_FIRST_WORDS = {k.split()[0] for k in PROTOCOL_SYMBOLS} | {"the", "capital", "all"}
NATURAL_WORDS = {k for k in NATURAL_SYMBOLS if " " not in k} | {"space"}


# --------------------------------------------------------------------------- listener


def _match_phrase(words: list[str], i: int, table: dict) -> tuple[str, int] | None:
    """Longest vocabulary phrase starting at words[i] (case-insensitive)."""
    for n in (3, 2, 1):
        if i + n <= len(words):
            phrase = " ".join(w.lower() for w in words[i : i + n])
            if phrase in table:
                return phrase, n
    return None


def _decode_protocol(region: str) -> str:
    words = region.replace(",", " ").split()
    tokens: list[str] = []
    cur = ""
    i = 0
    while i < len(words):
        w = words[i]
        lw = w.lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if w == SENTINEL:
            if cur:
                cur = ""
            elif tokens:
                tokens.pop()
            i += 1
            continue
        if lw == "space":
            tokens.append(cur)
            cur = ""
            i += 1
            continue
        if lw == "the" and nxt == "word" and i + 2 < len(words):
            cur += words[i + 2].lower()
            i += 3
            continue
        if lw == "capital" and nxt == "letter" and i + 2 < len(words):
            cur += words[i + 2].upper()
            i += 3
            continue
        if lw == "capital" and i + 1 < len(words):
            cur += words[i + 1].upper()
            i += 2
            continue
        if lw == "all" and nxt in ("capitals", "caps") and i + 2 < len(words):
            cur += words[i + 2].upper()
            i += 3
            continue
        found = _match_phrase(words, i, PROTOCOL_SYMBOLS)
        if found:
            cur += PROTOCOL_SYMBOLS[found[0]]
            i += found[1]
            continue
        if lw in NUMBER_WORDS:
            cur += str(NUMBER_WORDS.index(lw))
        else:
            cur += lw
        i += 1
    tokens.append(cur)
    return " ".join(tokens)


def _decode_natural(region: str) -> str:
    words = region.split()
    items: list[tuple[str, bool, bool] | None] = []
    i = 0
    while i < len(words):
        w = words[i]
        lw = w.lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if w == SENTINEL:
            items.append(None)
            i += 1
            continue
        if lw == "the" and nxt == "word" and i + 2 < len(words):
            items.append((words[i + 2], False, False))
            i += 3
            continue
        if lw == "capital" and nxt == "letter" and i + 2 < len(words):
            items.append((words[i + 2].upper(), False, False))
            i += 3
            continue
        if lw == "all" and nxt in ("capitals", "caps") and i + 2 < len(words):
            items.append((words[i + 2].upper(), False, False))
            i += 3
            continue
        found = _match_phrase(words, i, NATURAL_SYMBOLS)
        if found:
            sym, left, right = NATURAL_SYMBOLS[found[0]]
            i += found[1]
            tail = " ".join(x.lower() for x in words[i : i + 3])
            if tail in ("on its own", "on their own"):
                left = right = False
                i += 3
            items.append((sym, left, right))
            continue
        items.append((w, False, False))
        i += 1
    tokens: list[str] = []
    prev_right = False
    for item in items:
        if item is None:
            if tokens:
                tokens.pop()
            prev_right = False
            continue
        text, left, right = item
        if tokens and (prev_right or left):
            tokens[-1] += text
        else:
            tokens.append(text)
        prev_right = right
    return " ".join(tokens)


def decode(line: str) -> str:
    """The careful listener of the guide above: recover the command from a transcript."""
    text = line.strip()
    has_cue = CUE_RE.search(text) is not None
    restarts = list(RESTART_RE.finditer(text))
    if restarts:
        text = text[restarts[-1].end() :]
    text = re.sub(r"^[\s,.;:!?]+", "", text)
    text = CORRECTION_RE.sub(f" {SENTINEL} ", text)
    text = FILLER_RE.sub(" ", text)
    cue = CUE_RE.search(text)
    if cue:
        text = text[cue.end() :]
    text = text.strip()
    head = re.split(r"[.?!](?:\s|$)", text, maxsplit=1)[0]
    spelled = any(w.strip(",").lower() == "space" for w in head.split())
    if spelled or not has_cue:
        return _decode_protocol(head)
    region = re.split(r"[.?!,](?:\s|$)", text, maxsplit=1)[0]
    return _decode_natural(region)


# --------------------------------------------------------------------------- speaker

COMMON3 = {
    "add",
    "all",
    "api",
    "app",
    "bar",
    "box",
    "cat",
    "dev",
    "dir",
    "doc",
    "end",
    "foo",
    "get",
    "key",
    "log",
    "new",
    "pop",
    "run",
    "set",
    "tag",
    "top",
    "tar",
    "use",
    "web",
    "zip",
    "yes",
    "max",
    "out",
    "raw",
    "src",
    "tmp",
    "tty",
    "pin",
    "pid",
    "gui",
    "ext",
    "job",
    "img",
    "net",
}
COMPOUND_PREFIXES = (
    "auto",
    "back",
    "data",
    "down",
    "file",
    "key",
    "light",
    "name",
    "note",
    "over",
    "pass",
    "play",
    "post",
    "screen",
    "sub",
    "up",
    "web",
    "work",
    "book",
    "time",
    "block",
    "source",
    "out",
    "word",
    "entropy",
    "server",
    "update",
    "list",
    "black",
    "white",
    "water",
    "watch",
    "fire",
    "under",
    "some",
    "green",
    "power",
)


def _spell_lower(run: str, rng: random.Random, escape: bool, split: bool) -> str:
    reserved = run in PROTOCOL_RESERVED or (escape and run in PROTOCOL_FIRST_WORDS)
    if reserved:
        return "the word " + run
    vowels = sum(ch in "aeiouy" for ch in run)
    if len(run) <= 2 or vowels == 0 or (len(run) == 3 and run not in COMMON3):
        return " ".join(run)
    if split and len(run) >= 7:
        for prefix in COMPOUND_PREFIXES:
            rest = run[len(prefix) :]
            if (
                run.startswith(prefix)
                and len(rest) >= 3
                and rest not in PROTOCOL_FIRST_WORDS
                and prefix not in PROTOCOL_FIRST_WORDS
            ):
                return prefix + " " + rest
    return run


def _spell_upper(run: str) -> str:
    if len(run) >= 4 and any(ch in "AEIOUY" for ch in run):
        return "all capitals " + run
    return " ".join("capital letter " + ch for ch in run)


def speak_protocol(
    token: str, rng: random.Random, fuzzy: bool = False, escape: bool = False
) -> tuple[str, set[str]]:
    """Spell one command word unit by unit. Returns the words and the fuzzy slips used."""
    slips: set[str] = set()
    out: list[str] = []
    for piece in re.findall(r"--|[a-z]+|[A-Z]+|[0-9]+|.", token):
        if piece[0].islower():
            split = fuzzy and rng.random() < 0.5
            said = _spell_lower(piece, rng, escape, split)
            if split and said.count(" ") == 1 and "the word" not in said and " " in said:
                if len(piece) >= 7:
                    slips.add("split")
            out.append(said)
        elif piece[0].isupper():
            said = _spell_upper(piece)
            if fuzzy and rng.random() < 0.3:
                said = said.replace("capital letter ", "capital ")
                slips.add("case")
            out.append(said)
        elif piece[0].isdigit():
            if fuzzy and rng.random() < 0.6:
                out.append(piece)
                slips.add("digits")
            else:
                out.append(" ".join(NUMBER_WORDS[int(d)] for d in piece))
        else:
            names = CLEAN_NAMES[piece]
            if fuzzy and piece in FUZZY_NAMES and rng.random() < 0.6:
                out.append(rng.choice(FUZZY_NAMES[piece]))
                slips.add("synonym")
            else:
                out.append(rng.choice(names))
    return " ".join(out), slips


def speak_natural(token: str, rng: random.Random, p_speak: float) -> str | None:
    """Say one command word the way she would in a sentence (Whisper writes plain text).

    Returns None when the word cannot be said in a sentence under the spacing rules.
    """
    if token in (">", ">>", "<", "|", "&", "!"):
        return rng.choice(NATURAL_NAMES[token])
    if token in ("-", "--", "*", ";", "~"):
        own = "their own" if token == "--" else "its own"
        return rng.choice(NATURAL_NAMES[token]) + " on " + own
    if token.isalpha() and token.lower() in NATURAL_WORDS:
        return "the word " + token
    must = set("\"'|<>&!;()${}[]*~^#%\\?,")
    optional = set("/.=:@+_")
    elems: list[list] = []  # [text, is_symbol, spoken]
    rest = token
    if rest.startswith("--") and len(rest) > 2:
        elems.append(["--", True, rng.random() < p_speak])
        rest = rest[2:]
    elif rest.startswith("-") and len(rest) > 1:
        elems.append(["-", True, rng.random() < p_speak])
        rest = rest[1:]
    url = "://" in rest
    speak_char = {ch: rng.random() < p_speak and not url for ch in sorted(optional)}
    speak_char["."] = speak_char["."] and rng.random() < 0.3
    if "~" in rest:
        speak_char["/"] = True
    for pos, ch in enumerate(rest):
        if ch in must:
            elems.append([ch, True, True])
        elif ch in optional:
            near_digit = any(rest[q].isdigit() for q in (pos - 1, pos + 1) if 0 <= q < len(rest))
            elems.append([ch, True, speak_char[ch] and not (ch == "." and near_digit)])
        elif elems and not elems[-1][1]:
            elems[-1][0] += ch
        else:
            elems.append([ch, False, False])
    n = len(elems)

    def glue(idx: int) -> tuple[bool, bool]:
        text, is_sym, spoken = elems[idx]
        if not (is_sym and spoken):
            return (False, False)
        name = _natural_name(text, idx, n)
        return NATURAL_SYMBOLS[name][1], NATURAL_SYMBOLS[name][2]

    changed = True
    while changed:
        changed = False
        for idx in range(n):
            if not (elems[idx][1] and elems[idx][2]):
                continue
            left, right = glue(idx)
            bad = (idx == 0 and left) or (idx == n - 1 and right)
            if idx > 0 and not left and not glue(idx - 1)[1]:
                bad = True
            if idx < n - 1 and not right and not glue(idx + 1)[0]:
                bad = True
            if bad:
                elems[idx][2] = False
                changed = True
    if any(is_sym and not spoken and text in must for text, is_sym, spoken in elems):
        return None
    words: list[str] = []
    pending = ""
    for idx, (text, is_sym, spoken) in enumerate(elems):
        if is_sym and spoken:
            if pending:
                words.append(_say_literal(pending, rng))
                pending = ""
            words.append(_natural_name(text, idx, n, rng))
        else:
            pending += text
    if pending:
        words.append(_say_literal(pending, rng))
    return " ".join(words)


def _natural_name(sym: str, idx: int, n: int, rng: random.Random | None = None) -> str:
    if sym in OPENERS and sym in CLOSERS:
        return CLOSERS[sym] if idx == n - 1 and idx > 0 else OPENERS[sym]
    if sym in OPENERS and idx < n - 1:
        return OPENERS[sym]
    if sym in CLOSERS:
        return CLOSERS[sym]
    if sym in OPENERS:
        return OPENERS[sym]
    names = NATURAL_NAMES[sym]
    return rng.choice(names) if rng else names[0]


def _say_literal(text: str, rng: random.Random) -> str:
    if len(text) == 1 and text.isupper() and rng.random() < 0.5:
        return "capital letter " + text
    if text.isalpha() and text.lower() in NATURAL_WORDS:
        return "the word " + text
    return text


# --------------------------------------------------------------------------- framing

NATURAL_TEMPLATES = (
    "Everyone, type {c}.",
    "Okay class, next one: {c}. Got that? Good.",
    "Right, everyone type {c}, {e}.",
    "So if you want to {w}, you type {c}.",
    "Eyes on the board, please. The command is: {c}.",
    "Now type {c}. This one will {w}.",
    "Okay, let's {w}. Everyone type {c}, then press enter.",
    "Make sure you've got a terminal open. Now type {c}. Got that? Good.",
    "Here's one for you: {c}. Anyone know what it does? It will {w}.",
    "Nice and slowly, everyone type {c}. Check it before you press enter.",
    "Number {n} on your worksheet: {c}.",
    "This next command is how you {w}. So type {c}.",
    "Copy this down exactly: {c}. Don't press enter yet.",
    "Can everyone please type {c}? Hands up when you're done.",
    "Then type {c}, and watch what it prints.",
    "Okay class, the last one for this section: {c}. Well done, everyone.",
    "Right, who can tell me what this does? Everyone type {c}. Yes, it will {w}.",
    "Listen carefully, class: {c}. Got that? Good.",
    "For this exercise you type {c}. It's there to {w}.",
    "Okay class, type {c}, {e}. Got that? Good.",
    "If you're stuck, just type {c}, and put your hand up if it complains.",
    "We want to {w}, so everyone type {c}.",
    "Everyone type {c}. Make sure you put {m}.",
    "Okay, eyes front. Now type {c}, {e}. Everyone keeping up?",
)

OPEN_CUES = (
    "Everyone, type ",
    "Okay class, next one: ",
    "Now type ",
    "Right, everyone type ",
    "Okay class, type ",
    "Listen carefully: ",
)
RESTART_CUES = (
    "Everyone type ",
    "Okay, everyone type ",
    "Now type ",
    "Let's try again: ",
    "So, everyone type ",
)
CORRECTIONS = (
    ", oops, no, I mean ",
    ". Oops, no, I mean ",
    ", sorry everyone, it's actually ",
    ". Sorry everyone, it's actually ",
    "... oops, no, I mean ",
)
FILLERS = (", um,", ", er,", ", erm,", ", uh,")
ASIDES = (
    "Jamal, eyes on the board please.",
    "Phones away at the back, thank you.",
    "Can someone open a window? It's boiling in here.",
    "Priya, I can see that game, close it.",
    "Shh, settle down.",
    "No, don't press enter yet.",
    "Hang on, my marker's run out.",
)
TRAILS = (
    "",
    "",
    "",
    " I think that's right.",
    " Yes, that's the one.",
    " Hmm, I think that's everything.",
    " Or was it the other one? No, that's right.",
    " Good, carry on.",
    " Got that? Good.",
    " Everyone with me?",
)
SWAPS = {
    "list": "show",
    "show": "list",
    "create": "delete",
    "delete": "create",
    "add": "remove",
    "remove": "add",
    "start": "stop",
    "stop": "start",
    "get": "set",
    "set": "get",
    "push": "pull",
    "pull": "push",
    "install": "uninstall",
    "uninstall": "install",
    "enable": "disable",
    "disable": "enable",
    "upload": "download",
    "download": "upload",
    "init": "install",
    "send": "get",
    "run": "start",
    "data": "docs",
    "docs": "data",
    "src": "docs",
    "main": "demo",
    "demo": "main",
    "alpha": "beta",
    "foo": "bar",
    "test": "text",
    "info": "list",
    "status": "start",
    "sync": "sink",
    "config": "configure",
}
EXTENSIONS = ("txt", "csv", "json", "yaml", "log", "md", "py", "sh", "pdf", "jpg", "png", "html")
DIRS = ("docs", "data", "src", "tmp", "logs", "build", "projects")


def why_of(desc: str) -> str | None:
    desc = desc.strip().rstrip(".")
    first = desc.split()[0] if desc.split() else ""
    if not first.isalpha() or first in ("If", "Interactive") or len(desc) > 90:
        return None
    if len(first) > 1 and first[1].isupper():
        return desc
    return desc[0].lower() + desc[1:]


def explanations(cmd: str) -> list[str]:
    out: list[str] = []
    for tok in cmd.split():
        m = re.fullmatch(r"--([a-z][a-z-]*)(?:=.*)?", tok)
        if m:
            out.append(f"that's the flag for {m.group(1).replace('-', ' ')}")
        elif re.fullmatch(r"-[a-z]", tok):
            out.append(f"that's a lowercase {tok[1]}")
        elif re.fullmatch(r"-[A-Z]", tok):
            out.append(f"that's a capital {tok[1]}, not a small one")
    if " | " in cmd:
        out.append("the vertical line is shift and the backslash key")
    if "~" in cmd:
        out.append("the squiggle means your home folder")
    if " > " in cmd:
        out.append("the greater than sign sends the output into a file")
    if cmd.startswith("sudo "):
        out.append("sudo because it needs admin rights")
    if not out:
        out.append("nice and easy" if cmd == cmd.lower() else "watch the capital letters")
    return out


def reminders(cmd: str) -> list[str]:
    out: list[str] = []
    if "--" in cmd:
        out.append("two dashes, not one")
    if "~" in cmd:
        out.append("the squiggle at the front")
    if " | " in cmd:
        out.append("the vertical line in the middle")
    if cmd.startswith("sudo "):
        out.append("sudo at the start")
    if any(ch.isupper() for ch in cmd):
        out.append("the capital letters in")
    if re.search(r"\w\.\w", cmd):
        out.append("the dot before the file extension")
    if "/" in cmd:
        out.append("forward slashes, not backslashes")
    if not out:
        out.append("everything in lowercase")
    return out


def wrong_token(toks: list[str], k: int, rng: random.Random) -> str | None:
    """A plausible slip for command word k: wrong letter, short flag, digit, extension,
    folder, opposite verb, or reading the next word too early."""
    tok = toks[k]
    letters = "abcdefghijklmnopqrstuvwxyz"
    if re.fullmatch(r"-[a-z]", tok):
        return "-" + rng.choice([c for c in letters if c != tok[1]])
    if re.fullmatch(r"-[A-Z]", tok):
        return tok.lower()
    if re.fullmatch(r"--[a-z][a-z-]+", tok):
        return "-" + tok[2]
    if re.fullmatch(r".*[A-Za-z0-9._=:-][0-9]", tok):
        return tok[:-1] + rng.choice([d for d in "0123456789" if d != tok[-1]])
    m = re.fullmatch(r"(.*[^./]\.)([a-z]{2,4})", tok)
    if m:
        return m.group(1) + rng.choice([e for e in EXTENSIONS if e != m.group(2)])
    m = re.fullmatch(r"([a-z~/]*?)(docs|data|src|tmp|logs|build|projects)(/.*)?", tok)
    if m:
        swap = rng.choice([d for d in DIRS if d != m.group(2)])
        return m.group(1) + swap + (m.group(3) or "")
    if tok in SWAPS:
        return SWAPS[tok]
    nxt = toks[k + 1] if k + 1 < len(toks) else ""
    if nxt != tok and re.fullmatch(r"[A-Za-z0-9][\w.-]*", nxt):
        return nxt
    if re.fullmatch(r"[a-z]{4,}", tok) and tok[-1] not in "sxyh":
        return tok + "s"
    return None


# --------------------------------------------------------------------------- builders


def build_clean(cmd: str, desc: str, rng: random.Random, attempt: int) -> str:
    parts = [speak_protocol(t, rng, escape=attempt >= 5)[0] for t in cmd.split(" ")]
    return " space ".join(parts)


def build_fuzzy(cmd: str, desc: str, rng: random.Random, attempt: int) -> str:
    slips: set[str] = set()
    parts = []
    for tok in cmd.split(" "):
        said, used = speak_protocol(tok, rng, fuzzy=True, escape=attempt >= 5)
        parts.append(said)
        slips |= used
    text = parts[0]
    for part in parts[1:]:
        if rng.random() < 0.3:
            text += " space, " + part
            slips.add("comma")
        else:
            text += " space " + part
    if rng.random() < 0.5:
        text = text[0].upper() + text[1:]
        slips.add("capital")
    if rng.random() < 0.5 or not slips:
        text += "."
    return text


def _natural_command(cmd: str, rng: random.Random, p_speak: float) -> list[str] | None:
    words = [speak_natural(t, rng, p_speak) for t in cmd.split(" ")]
    if any(w is None for w in words):
        return None
    return [w for w in words if w is not None]


def _p_speak(attempt: int) -> float:
    return 0.5 if attempt < 12 else (0.25 if attempt < 24 else 0.0)


def _fill(template: str, said: str, cmd: str, desc: str, rng: random.Random) -> str | None:
    why = why_of(desc)
    if "{w}" in template and why is None:
        return None
    return template.format(
        c=said,
        w=why or "",
        e=rng.choice(explanations(cmd)),
        m=rng.choice(reminders(cmd)),
        n=rng.randint(1, 12),
    )


def build_natural(cmd: str, desc: str, rng: random.Random, attempt: int) -> str | None:
    words = _natural_command(cmd, rng, _p_speak(attempt))
    if words is None:
        return None
    said = " ".join(words)
    template = rng.choice(NATURAL_TEMPLATES)
    return _fill(template, said, cmd, desc, rng)


def _partial(words: list[str], joiner: str, rng: random.Random) -> str:
    """The first few command words, possibly broken off mid-word."""
    j = rng.randint(1, max(1, len(words) - 1))
    said = joiner.join(words[:j]).split(" ")
    last = said[-1]
    if last.isalpha() and len(last) >= 5 and rng.random() < 0.5:
        said[-1] = last[: rng.randint(2, 3)]
    return " ".join(said)


def build_chaotic(cmd: str, desc: str, rng: random.Random, attempt: int) -> str | None:
    toks = cmd.split(" ")
    spelled = len(toks) > 1 and (rng.random() < 0.35 or attempt >= ATTEMPTS - 8)
    if spelled:
        words: list[str] | None = [speak_protocol(t, rng)[0] for t in toks]
        joiner = " space "
    else:
        words = _natural_command(cmd, rng, _p_speak(attempt))
        joiner = " "
    if words is None:
        return None

    def say(tok: str) -> str | None:
        return speak_protocol(tok, rng)[0] if spelled else speak_natural(tok, rng, 0.4)

    kind = rng.choice(("word", "word", "flag", "restart", "restart", "both"))
    trail = rng.choice(TRAILS)
    full = joiner.join(words)
    if kind != "restart":
        flags = [i for i, t in enumerate(toks) if t.startswith("-") and len(t) > 1]
        if kind == "flag" and flags:
            k = rng.choice(flags)
        else:
            k = rng.randrange(1, len(toks)) if len(toks) > 1 else 0
        slip = wrong_token(toks, k, rng)
        wrong = say(slip) if slip else None
        if wrong is None:
            return None
        fixed = list(words)
        fixed[k] = wrong + rng.choice(CORRECTIONS) + words[k]
        if len(toks) > 2 and rng.random() < 0.4:
            b = rng.choice([i for i in range(len(toks) - 1) if i != k])
            fixed[b] = fixed[b] + rng.choice(FILLERS)
        full = joiner.join(fixed)
        if kind != "both":
            opener = rng.choice(OPEN_CUES) if (not spelled or rng.random() < 0.6) else ""
            if rng.random() < 0.25:
                opener = rng.choice(ASIDES) + " " + (opener or rng.choice(OPEN_CUES))
            end = "." if opener or not spelled else ""
            return f"{opener}{full}{end}{trail if end else ''}".strip()
    opener = rng.choice(OPEN_CUES)
    if len(toks) > 1 and rng.random() < 0.7:
        partial = _partial(words, joiner, rng)
    else:
        k = rng.randrange(1, len(toks)) if len(toks) > 1 else 0
        slipped = list(toks)
        slip = wrong_token(toks, k, rng)
        if slip is None:
            return None
        slipped[k] = slip
        said = [say(t) for t in slipped]
        if any(w is None for w in said):
            return None
        partial = joiner.join(w for w in said if w is not None)
    shape = rng.randrange(5)
    again = rng.choice(RESTART_CUES)
    if shape == 0:
        return f"{opener}{partial}... wait, rub that out. {again}{full}.{trail}"
    if shape == 1:
        return f"{opener}{partial}, no, no, rub that out, {full}.{trail}"
    if shape == 2:
        aside = rng.choice(ASIDES)
        return f"{opener}{partial}... {aside} Right, let me say that again: {full}.{trail}"
    if shape == 3:
        return f"{opener}{partial}. Hmm, let me say that again, {full}.{trail}"
    return f"{opener}{partial}, um... sorry, wait, rub that out. {again}{full}.{trail}"


BUILDERS = {
    "clean": build_clean,
    "fuzzy": build_fuzzy,
    "natural": build_natural,
    "chaotic": build_chaotic,
}


def acceptable(slice_name: str, line: str, cmd: str) -> bool:
    if decode(line) != cmd:
        return False
    words = [w.strip(",.").lower() for w in line.split()]
    if slice_name == "clean":
        return bool(re.fullmatch(r"[A-Za-z ]+", line)) and words.count("space") == cmd.count(" ")
    if slice_name == "fuzzy":
        return words.count("space") == cmd.count(" ")
    if slice_name == "natural":
        return (
            "space" not in words and not RESTART_RE.search(line) and not CORRECTION_RE.search(line)
        )
    return bool(RESTART_RE.search(line) or CORRECTION_RE.search(line))


def tool_of(cmd: str) -> str:
    toks = cmd.split()
    while toks and (toks[0] == "sudo" or re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", toks[0])):
        toks = toks[1:]
    return toks[0] if toks else ""


def usable(cmd: str) -> bool:
    return (
        cmd.isascii()
        and 0 < len(cmd) <= 80
        and "\n" not in cmd
        and "\t" not in cmd
        and "  " not in cmd
        and cmd == cmd.strip()
    )


def main() -> None:
    rows = [json.loads(x) for x in SRC.read_text(encoding="utf-8").splitlines() if x.strip()]
    cands = [
        (r["command"], r["description"])
        for i, r in enumerate(rows)
        if i % 6 == 2 and usable(r["command"])
    ]
    rng = random.Random(59)
    rng.shuffle(cands)
    seen: set[str] = set()
    per_tool: dict[str, int] = {}
    pool: list[tuple[str, str]] = []
    for cmd, desc in cands:
        tool = tool_of(cmd)
        if cmd in seen or per_tool.get(tool, 0) >= 2:
            continue
        seen.add(cmd)
        per_tool[tool] = per_tool.get(tool, 0) + 1
        pool.append((cmd, desc))
    used = [False] * len(pool)
    out_lines: list[str] = []
    for slice_name in SLICES:
        made = 0
        for idx, (cmd, desc) in enumerate(pool):
            if made == PER_SLICE:
                break
            if used[idx]:
                continue
            for attempt in range(ATTEMPTS):
                line = BUILDERS[slice_name](cmd, desc, rng, attempt)
                if line and acceptable(slice_name, line, cmd):
                    used[idx] = True
                    made += 1
                    row = {"input": line, "command": cmd, "slice": slice_name, "author": AUTHOR}
                    out_lines.append(json.dumps(row))
                    break
        if made != PER_SLICE:
            raise SystemExit(f"only {made} lines for slice {slice_name}")
    OUT.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    print(f"wrote {len(out_lines)} lines to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
