"""Seventeenth author: Camille, a backend developer from Lyon, dictates bash commands.

Writes assets/training/bash/author17.jsonl, an independent evaluation set for voice-to-bash:
400 lines, 100 per slice in the order clean, fuzzy, natural, chaotic. Each line is
{"input": what Whisper wrote, "command": the exact command, "slice": ..., "author": "seventeenth"}.

The commands (and the plain-English descriptions Camille gives as her reason) come from
tldr-pages (https://github.com/tldr-pages/tldr), CC BY 4.0, through the project's
assets/training/bash/train.jsonl (lines whose 0-based number % 5 == 0) and corpus.jsonl.
Run: cd /work/main && python3 tests/bench/seventeenth_author.py  (deterministic, seed 17).

Style guide
===========

Persona
-------
Camille is fluent in English with French habits. She says symbols by their French-English
names, frames a command as "you launch ...", "I execute ...", "we do ...", "the command it
is ...", "it gives ...", "after, you put ...", gives the reason as "for to <reason>" ("pour"),
and keeps her French fillers, which Whisper writes as she says them: "euh", "bon", "alors",
"voilà", "en fait", "du coup", "ok so". Letters are English letters.

Vocabulary (one table for every slice)
--------------------------------------
  -   "minus" (starts an option), "dash" (joins words); also heard: "hyphen", "double dash" (--)
  .   "point"; "dot" inside domain names (github dot com); also heard: "period"
  /   "slash", "forward slash"          \\   "antislash", "backslash"
  @   "arobase", "at", "at sign"        #   "hashtag", "sharp", "hash"
  ~   "tilde"                           |   "pipe", "vertical bar"
  '   "quote", "apostrophe"             "   "double quote"        `   "backquote"
  ( ) "parenthesis open" / "parenthesis close" (also "open parenthesis", "close parenthesis")
  [ ] "bracket open" / "bracket close" (also "open bracket" ...)
  { } "accolade open" / "accolade close" (also "curly brace open", "open accolade" ...)
  =   "equal", "equals", "equal sign"   _   "underscore", "under score"
  *   "star", "asterisk"                :   "colon"        ;   "semicolon"
  $   "dollar", "dollar sign"           >   "greater than", "superior"
  <   "less than", "inferior"           &   "and commercial" (et commercial), "ampersand"
  !   "exclamation mark", "exclamation point"      ?   "question mark"
  %   "percent"    +   "plus"    ,   "comma"    ^   "circumflex", "caret"
  Case: "capital X" or "majuscule X" capitalises the first letter of the NEXT word
  ("capital v" = V, "json capital array" = jsonArray); "WORD in capitals" upper-cases the
  PREVIOUS word ("dollar home in capitals" = $HOME). Whisper's own capital letters mean
  nothing in spelled mode and nothing on the first word of a command.

Two ways of speaking
--------------------
Spelled mode (clean, fuzzy, some chaotic lines): Camille says the word "space" exactly where
the command has a space. Every other word is glued to its neighbours; symbols are said by
name; digits are words ("one zero" = 10), though Whisper may write them as numerals; letters
of a consonant cluster are said one by one ("l s" = ls). Whisper's punctuation (commas after
"space", a final full stop) and capitals are noise. Clean lines use "minus" for a leading
option dash, "dash" inside words, "point"/"dot" as above; fuzzy lines use any synonym of the
table, capitalise the first word, add commas and a final stop, write some numbers as digits
and sometimes split a long name in two ("calligra sheets" = calligrasheets).

Running speech (natural, most chaotic lines): "space" is never said. Whisper writes
ordinary words, numbers, file names, paths, URLs and flags it recognises as text
("-la", "--force", "/etc/hosts", "config.yaml"), keeping their case. Named symbols are
words, and each belongs to one class that tells where the spaces go:
  joining (no space either side): dash, hyphen, point, dot, period, slash, antislash,
    arobase/at, underscore, equal, colon, comma, question mark;
  opening (space before, none after): minus, double dash, tilde, dollar, hashtag/sharp,
    exclamation mark, percent, plus, circumflex, parenthesis/bracket/accolade open;
  closing (none before, space after): parenthesis/bracket/accolade close, semicolon;
  standing alone (spaces both sides): pipe, greater than, less than, and commercial;
    the same one twice is glued (pipe pipe = ||, greater than greater than = >>);
  quotes (quote, apostrophe, double quote, backquote) open then close: the first one
    glues to the next word, the second to the previous word;
  star is a word like any other ("star point txt" = *.txt, "rm star" = rm *).
Between two plain words there is a space. A token ending in a full stop is always said with
"point", so a final "." written by Whisper is sentence punctuation.

Framing (natural, chaotic)
--------------------------
The command starts right after the first introducing phrase: "you launch", "we launch",
"I launch", "I execute", "we execute", "we do", "I do", "you do", "the command it is",
"the command is", "it gives", "after, you put", "you put", "can you type", "you type",
"you write". The reason ("for to ...", "if you want to ...") comes before that phrase or
after the command. With no introducing phrase the command starts the transcript (leading
fillers apart). The command ends at the first closing phrase after punctuation: "voilà",
"and voilà", "for to", "it's for", "like that", "and it's good", "normally it works",
"please", "that's it", "no?" -- or at the end. Whatever follows is a trailing thought.

Disfluencies and corrections (chaotic; every line has at least one)
--------------------------------------------------------------------
  fillers anywhere (hesitations fall between two arguments): euh, bon, alors, voilà,
    en fait, du coup, ok so;
  asides: "how do you say", "if I remember well", "wait one second", "one second", "I think";
  "I restart": everything said before it is dropped; the command is said again from the
    beginning (often with a new introducing phrase);
  "not X, Y": X was wrong; drop the latest X said before "not" and go on with Y
    ("origin main, not main, develop" = origin develop; "minus minus force, not force,
    verbose" = --verbose);
  repair markers "euh no", "no, pardon", "sorry, I wanted to say": Camille takes up again
    from a word she already said. The listener goes back to the latest place where the words
    after the marker line up word for word with what she said before (the longest line-up
    wins); if nothing lines up, the words after the marker replace the last argument
    (whole token). Camille restates a whole argument, never half of one;
  a word cut off with a hyphen ("sta-") is abandoned; if what follows lines up as above she
    restarts from there, otherwise only the fragment is dropped.

Listener (decode)
-----------------
1. Keep what follows the last "I restart".  2. Skip to after the first introducing phrase.
3. Cut at the first closing phrase.  4. Drop Whisper's trailing punctuation on each word,
fillers and asides.  5. Apply "not X, Y", then the repairs, left to right.  6. Lower-case the
first letter of the first word if only that letter is a capital.  7. If the word "space" is
present, read in spelled mode, else in running speech.  The generator keeps only lines that
this listener decodes to their exact command.

Known ambiguities (lines that would hit them are rejected by the generator)
----------------------------------------------------------------------------
- A command word that is also a vocabulary word ("at", "point", "star", "one" in spelled
  mode, "not", "no", a filler) would be read as the symbol / marker.
- Without the word "space" a transcript is read as running speech, so a one-token command
  spelled with glued pieces ("two to three" for 2to3) is not recoverable; fuzzy lines split a
  compound name only when "space" is said somewhere.
- Stars never glue to each other ("star star" = "* *"); "minus" after a plain word opens a
  new option ("ls minus la" = ls -la), so a hyphen inside a name must be "dash".
- A first word written "Capitalised" is taken as Whisper's sentence capital; a command that
  really starts with a capital is said with "capital" or written in mixed case (VBoxManage).
- A repair that lines up nowhere replaces the whole last argument; a one-word repair of the
  middle of a path ("report point json, euh no, pdf") would be misread, and Camille does not
  speak that way.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASH = ROOT / "assets" / "training" / "bash"
TRAIN = BASH / "train.jsonl"
CORPUS = BASH / "corpus.jsonl"
OUT = BASH / "author17.jsonl"
AUTHOR = "seventeenth"
SLICES = ("clean", "fuzzy", "natural", "chaotic")
PER_SLICE = 100
SEED = 17

# ------------------------------------------------------------------------------ vocabulary
GLUE, OPEN, CLOSE, ALONE, WORD, QUOTE, SPACE = (
    "glue", "open", "close", "alone", "word", "quote", "space",
)
SYMBOLS: dict[str, tuple[str, str]] = {
    "space": (" ", SPACE),
    "minus": ("-", OPEN),
    "double dash": ("--", OPEN),
    "dash": ("-", GLUE),
    "hyphen": ("-", GLUE),
    "point": (".", GLUE),
    "dot": (".", GLUE),
    "period": (".", GLUE),
    "slash": ("/", GLUE),
    "forward slash": ("/", GLUE),
    "antislash": ("\\", GLUE),
    "backslash": ("\\", GLUE),
    "arobase": ("@", GLUE),
    "at": ("@", GLUE),
    "at sign": ("@", GLUE),
    "hashtag": ("#", OPEN),
    "sharp": ("#", OPEN),
    "hash": ("#", OPEN),
    "tilde": ("~", OPEN),
    "pipe": ("|", ALONE),
    "vertical bar": ("|", ALONE),
    "quote": ("'", QUOTE),
    "apostrophe": ("'", QUOTE),
    "double quote": ('"', QUOTE),
    "backquote": ("`", QUOTE),
    "parenthesis open": ("(", OPEN),
    "open parenthesis": ("(", OPEN),
    "parenthesis close": (")", CLOSE),
    "close parenthesis": (")", CLOSE),
    "bracket open": ("[", OPEN),
    "open bracket": ("[", OPEN),
    "bracket close": ("]", CLOSE),
    "close bracket": ("]", CLOSE),
    "accolade open": ("{", OPEN),
    "open accolade": ("{", OPEN),
    "curly brace open": ("{", OPEN),
    "open curly brace": ("{", OPEN),
    "accolade close": ("}", CLOSE),
    "close accolade": ("}", CLOSE),
    "curly brace close": ("}", CLOSE),
    "close curly brace": ("}", CLOSE),
    "equal": ("=", GLUE),
    "equals": ("=", GLUE),
    "equal sign": ("=", GLUE),
    "underscore": ("_", GLUE),
    "under score": ("_", GLUE),
    "star": ("*", WORD),
    "asterisk": ("*", WORD),
    "colon": (":", GLUE),
    "semicolon": (";", CLOSE),
    "dollar": ("$", OPEN),
    "dollar sign": ("$", OPEN),
    "greater than": (">", ALONE),
    "superior": (">", ALONE),
    "less than": ("<", ALONE),
    "inferior": ("<", ALONE),
    "and commercial": ("&", ALONE),
    "ampersand": ("&", ALONE),
    "exclamation mark": ("!", OPEN),
    "exclamation point": ("!", OPEN),
    "question mark": ("?", GLUE),
    "percent": ("%", OPEN),
    "plus": ("+", OPEN),
    "comma": (",", GLUE),
    "circumflex": ("^", OPEN),
    "caret": ("^", OPEN),
}
CAPITALS = ("capital", "majuscule")
UPPER = "in capitals"
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
FILLERS = ("euh", "bon", "alors", "voilà", "voila", "en fait", "du coup", "ok so")
ASIDES = ("how do you say", "if i remember well", "wait one second", "one second", "i think")
REPAIRS = ("euh no", "no pardon", "sorry i wanted to say")

# the name Camille uses in clean dictation ("-" and "." depend on the position)
CLEAN_NAME = {
    "/": "slash", "\\": "antislash", "@": "arobase", "#": "hashtag", "~": "tilde",
    "|": "pipe", "'": "quote", '"': "double quote", "`": "backquote",
    "(": "parenthesis open", ")": "parenthesis close", "[": "bracket open",
    "]": "bracket close", "{": "accolade open", "}": "accolade close", "=": "equal",
    "_": "underscore", "*": "star", ":": "colon", ";": "semicolon", "$": "dollar",
    ">": "greater than", "<": "less than", "&": "and commercial", "!": "exclamation mark",
    "?": "question mark", "%": "percent", "+": "plus", ",": "comma", "^": "circumflex",
}
# what she also says in running speech
NATURAL_ALT = {
    "arobase": ("at",), "hashtag": ("sharp",), "quote": ("apostrophe",),
    "accolade open": ("curly brace open",), "accolade close": ("curly brace close",),
}
# looser names heard in the fuzzy slice
FUZZY_SYN = {
    "minus": ("dash", "hyphen"), "dash": ("minus", "hyphen"), "point": ("period", "dot"),
    "dot": ("period", "point"), "slash": ("forward slash",), "antislash": ("backslash",),
    "arobase": ("at", "at sign"), "hashtag": ("sharp", "hash"), "quote": ("apostrophe",),
    "parenthesis open": ("open parenthesis",), "parenthesis close": ("close parenthesis",),
    "bracket open": ("open bracket",), "bracket close": ("close bracket",),
    "accolade open": ("curly brace open", "open accolade"),
    "accolade close": ("curly brace close", "close accolade"),
    "equal": ("equals", "equal sign"), "underscore": ("under score",), "star": ("asterisk",),
    "dollar": ("dollar sign",), "greater than": ("superior",), "less than": ("inferior",),
    "and commercial": ("ampersand",), "exclamation mark": ("exclamation point",),
    "circumflex": ("caret",), "capital": ("majuscule",), "pipe": ("vertical bar",),
}

PARSE_TABLE = {tuple(k.split()): k for k in (*SYMBOLS, *CAPITALS, UPPER)}
NOISE_TABLE = {tuple(k.split()): k for k in (*FILLERS, *ASIDES)}
REPAIR_TABLE = {tuple(k.split()): k for k in REPAIRS}
VOCAB = {w for key in (*PARSE_TABLE, *NOISE_TABLE, *REPAIR_TABLE) for w in key} | set(
    DIGIT_WORDS
) | {"not", "no", "restart"}

CUES = (
    "after, you put", "after you put", "you put", "you launch", "we launch", "i launch",
    "i execute", "we execute", "the command it is", "the command is", "it gives",
    "can you type", "you type", "you write", "we do", "i do", "you do",
)
CLOSERS = (
    "and voilà", "voilà", "for to", "it's for", "like that", "and it's good",
    "normally it works", "please", "that's it", r"no\?",
)
RESTART_RE = re.compile(r"\bi restart\b[.,:;]?", re.I)
CUE_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in CUES) + r")\b[:,]?", re.I)
CLOSE_RE = re.compile(r"[,.;!?]\s+(?:" + "|".join(CLOSERS) + r")(?![\w'])", re.I)
TRUNC_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*-")
MARKER_RE = re.compile(
    r"\b(?:i restart|euh no|no, pardon|sorry, i wanted to say|not [^,]+,)|\w-(?:\s|$)", re.I
)


# --------------------------------------------------------------------------------- listener
@dataclass
class Word:
    raw: str
    norm: str
    comma: bool


@dataclass
class Item:
    text: str
    left: bool
    right: bool
    kind: str
    start: int


def _phrase(norms: list[str], i: int, table: dict[tuple[str, ...], str]) -> tuple[str, int]:
    for size in (5, 4, 3, 2, 1):
        key = tuple(norms[i : i + size])
        if len(key) == size and key in table:
            return table[key], size
    return "", 0


def _split_words(text: str) -> list[Word]:
    words = []
    for tok in text.split():
        raw = tok.rstrip(",.;!?")
        if raw:
            words.append(Word(raw, raw.lower(), "," in tok[len(raw) :]))
    return words


def _glued(a: Item, b: Item) -> bool:
    return a.right or b.left or (a.text == b.text and a.kind == ALONE)


def _natural_items(words: list[Word]) -> list[Item]:
    norms = [w.norm for w in words]
    items: list[Item] = []
    open_quotes: set[str] = set()
    cap_from = -1
    i = 0
    while i < len(words):
        label, size = _phrase(norms, i, PARSE_TABLE)
        start = cap_from if cap_from >= 0 else i
        if label in CAPITALS:
            cap_from = i
        elif label == UPPER:
            if items and items[-1].kind == WORD:
                items[-1].text = items[-1].text.upper()
        elif label:
            char, kind = SYMBOLS[label]
            left, right = kind in (GLUE, CLOSE), kind in (GLUE, OPEN)
            if kind == QUOTE:
                closing = char in open_quotes
                open_quotes ^= {char}
                left, right = closing, not closing
            items.append(Item(char, left, right, kind, start))
            cap_from = -1
        else:
            text = words[i].raw
            if cap_from >= 0:
                text = text[:1].upper() + text[1:]
            items.append(Item(text, False, False, WORD, start))
            cap_from = -1
        i += size or 1
    return items


def _natural(words: list[Word]) -> str:
    items = _natural_items(words)
    out = ""
    for k, item in enumerate(items):
        if k and not _glued(items[k - 1], item):
            out += " "
        out += item.text
    return out


def _spelled(words: list[Word]) -> str:
    norms = [w.norm for w in words]
    out = ""
    last = -1
    cap = False
    i = 0
    while i < len(norms):
        label, size = _phrase(norms, i, PARSE_TABLE)
        if label in CAPITALS:
            cap = True
        elif label == UPPER:
            if last >= 0:
                out = out[:last] + out[last:].upper()
        elif label:
            out += SYMBOLS[label][0]
            last = -1
        elif norms[i] in DIGIT_WORDS:
            out += str(DIGIT_WORDS.index(norms[i]))
            last = -1
        else:
            text = norms[i]
            if cap:
                text = text[:1].upper() + text[1:]
            cap = False
            last = len(out)
            out += text
        i += size or 1
    return out


def _last_argument(words: list[Word], spelled: bool) -> int:
    """Index of the first word of the last argument (whole token) in words."""
    if spelled:
        spaces = [k for k, w in enumerate(words) if w.norm == "space"]
        return spaces[-1] + 1 if spaces else 0
    items = _natural_items(words)
    first = 0
    for k in range(1, len(items)):
        if not _glued(items[k - 1], items[k]):
            first = k
    return items[first].start if items else 0


def _drop_not(seq: list) -> list:
    """'... X, not X, Y ...': drop the latest X before 'not' and the 'not X,' phrase."""
    j = 0
    while j < len(seq):
        item = seq[j]
        if isinstance(item, Word) and item.norm == "not":
            k = j + 1
            while k < len(seq) and isinstance(seq[k], Word) and not seq[k].comma:
                k += 1
            if k < len(seq) and isinstance(seq[k], Word) and k - j <= 4:
                wrong = [w.norm for w in seq[j + 1 : k + 1]]
                size = len(wrong)
                for p in range(j - size, -1, -1):
                    window = seq[p : p + size]
                    if all(isinstance(w, Word) for w in window) and [
                        w.norm for w in window
                    ] == wrong:
                        seq = seq[:p] + seq[p + size : j] + seq[k + 1 :]
                        j = p
                        break
                else:
                    j += 1
                continue
        j += 1
    return seq


def _apply_repairs(seq: list, spelled: bool) -> list[Word]:
    while True:
        marks = [k for k, item in enumerate(seq) if isinstance(item, str)]
        if not marks:
            return seq
        m = marks[0]
        before, after = seq[:m], seq[m + 1 :]
        repair = []
        for item in after:
            if isinstance(item, str):
                break
            repair.append(item.norm)
        best_k, best_p = 0, -1
        for p in range(len(before)):
            k = 0
            while k < len(repair) and p + k < len(before) and before[p + k].norm == repair[k]:
                k += 1
            if k and k >= best_k:
                best_k, best_p = k, p
        if best_k:
            before = before[:best_p]
        elif seq[m] == "repair":
            before = before[: _last_argument(before, spelled)]
        seq = before + after


def decode(line: str) -> str:
    """The careful listener of the style guide: transcript -> command."""
    text = " ".join(line.split())
    restarts = list(RESTART_RE.finditer(text))
    if restarts:
        text = text[restarts[-1].end() :]
    cue = CUE_RE.search(text)
    if cue:
        text = text[cue.end() :]
    end = CLOSE_RE.search(text)
    if end:
        text = text[: end.start()]
    words = _split_words(text)
    norms = [w.norm for w in words]
    seq: list = []
    i = 0
    while i < len(words):
        label, size = _phrase(norms, i, REPAIR_TABLE)
        if size:
            seq.append("repair")
            i += size
            continue
        if TRUNC_RE.fullmatch(words[i].raw):
            seq.append("trunc")
            i += 1
            continue
        label, size = _phrase(norms, i, NOISE_TABLE)
        if not size:
            seq.append(words[i])
        i += size or 1
    spelled = any(isinstance(w, Word) and w.norm == "space" for w in seq)
    seq = _apply_repairs(_drop_not(seq), spelled)
    if not seq:
        return ""
    first = seq[0]
    if first.raw[:1].isupper() and first.raw[1:] == first.raw[1:].lower():
        seq[0] = Word(first.raw[:1].lower() + first.raw[1:], first.norm, first.comma)
    return _spelled(seq) if spelled else _natural(seq)


# ---------------------------------------------------------------------------- rendering
PIECE_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[A-Z]+|[a-z]+|[0-9]|.")
DOMAIN_RE = re.compile(
    r"(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|fr|co|uk|de|ai|cloud)(?![a-z0-9])", re.I
)
LITERAL_RE = re.compile(r"(?:--?|/)?[A-Za-z0-9](?:[A-Za-z0-9._/:=,+-]*[A-Za-z0-9/])?")
PLAIN_RE = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")


def _capital(rng: random.Random) -> str:
    return "majuscule" if rng.random() < 0.25 else "capital"


def _domain_dots(tok: str) -> set[int]:
    return {m.start() + k for m in DOMAIN_RE.finditer(tok) for k, c in enumerate(m.group())
            if c == "."}


def _leading(tok: str, start: int) -> bool:
    return set(tok[:start]) <= {"-"}


def _spell_token(tok: str, rng: random.Random) -> list[str] | None:
    """Clean spelled dictation of one token (a list of words and symbol names)."""
    dots = _domain_dots(tok)
    words: list[str] = []
    for m in PIECE_RE.finditer(tok):
        piece, start = m.group(), m.start()
        if piece.isdigit():
            words.append(DIGIT_WORDS[int(piece)])
        elif piece.isalpha() and piece.islower():
            if 2 <= len(piece) <= 4 and not set(piece) & set("aeiouy"):
                words.extend(piece)
            else:
                words.append(piece)
        elif piece.isalpha() and (len(piece) == 1 or piece[1:].islower()):
            words += [_capital(rng), piece.lower()]
        elif piece.isalpha():
            words += [piece.lower(), UPPER]
        elif piece == "-":
            words.append("minus" if _leading(tok, start) else "dash")
        elif piece == ".":
            words.append("dot" if start in dots else "point")
        elif piece in CLEAN_NAME:
            words.append(CLEAN_NAME[piece])
        else:
            return None
    return words


def _natural_run(run: str, rng: random.Random) -> list[str]:
    if run == run.lower():
        return [run]
    if run.isalpha() and len(run) == 1:
        return [_capital(rng), run.lower()]
    if run.isalpha() and run.isupper() and rng.random() < 0.6:
        return [run.lower(), UPPER]
    if re.fullmatch(r"[A-Z][a-z]+", run) and rng.random() < 0.4:
        return [_capital(rng), run.lower()]
    return [run]


def _natural_name(char: str, start: int, dots: set[int], rng: random.Random) -> str | None:
    if char == "-":
        return "dash"
    if char == ".":
        return "dot" if start in dots else "point"
    name = CLEAN_NAME.get(char)
    if name in NATURAL_ALT and rng.random() < 0.4:
        name = rng.choice(NATURAL_ALT[name])
    return name


def _natural_token(tok: str, rng: random.Random, literal: float) -> list[str] | None:
    """How Camille says one token in running speech, as Whisper writes it.

    literal: how likely Whisper writes a recognisable token as plain text on this line.
    """
    if LITERAL_RE.fullmatch(tok) and rng.random() < literal:
        return [tok]
    merge = rng.random() < literal
    dots = _domain_dots(tok)
    pieces = re.findall(r"[A-Za-z0-9]+|.", tok)
    out: list[str] = []
    glue: tuple[str, int] | None = None
    pos = 0
    for idx, piece in enumerate(pieces):
        start = pos
        pos += len(piece)
        if piece[0].isalnum():
            said = _natural_run(piece, rng)
            if glue is not None:
                if len(said) == 1 and PLAIN_RE.fullmatch(said[0]) and out and PLAIN_RE.fullmatch(
                    out[-1]
                ):
                    out[-1] += glue[0] + said[0]
                    glue = None
                    continue
                out.append(_natural_name(glue[0], glue[1], dots, rng) or "")
                glue = None
            out.extend(said)
            continue
        if glue is not None:
            out.append(_natural_name(glue[0], glue[1], dots, rng) or "")
            glue = None
        if piece == "-" and _leading(tok, start):
            out.append("minus")
            continue
        between = 0 < idx < len(pieces) - 1 and pieces[idx - 1][0].isalnum() and pieces[
            idx + 1
        ][0].isalnum()
        if piece in ".-" and between and merge:
            glue = (piece, start)
            continue
        name = _natural_name(piece, start, dots, rng)
        if name is None:
            return None
        out.append(name)
    if out[:2] == ["minus", "minus"] and rng.random() < 0.3:
        out = ["double dash", *out[2:]]
    return out


def _render(tokens: list[str], spelled: bool, rng: random.Random) -> list[list[str]] | None:
    said = []
    literal = rng.choice((0.25, 0.55, 0.85))
    for tok in tokens:
        words = _spell_token(tok, rng) if spelled else _natural_token(tok, rng, literal)
        if not words:
            return None
        said.append(words)
    return said


def _flat(said: list[list[str]], spelled: bool) -> list[str]:
    out: list[str] = []
    for k, words in enumerate(said):
        if k and spelled:
            out.append("space")
        out.extend(words)
    return out


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


# ------------------------------------------------------------------------------- slices
def _clean(cmd: str, why: str | None, rng: random.Random) -> str | None:
    said = _render(cmd.split(" "), True, rng)
    return " ".join(_flat(said, True)) if said else None


def _numerals(words: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word in DIGIT_WORDS:
            run.append(word)
            continue
        if run:
            if rng.random() < 0.5:
                out.append("".join(str(DIGIT_WORDS.index(d)) for d in run))
            else:
                out.extend(run)
            run = []
        if word:
            out.append(word)
    return out


# halves of a compound name that Whisper hears as two words ("mongo export", "web storm")
WORD_PARTS = frozenset(
    "web storm mongo export import lua latex code crafters shut down where site check light "
    "screen lock key board mail text file name data base work flow hub lab node time book note "
    "power shell config server client view edit pass word line tool box search list play back "
    "out set get run make type script doc docs home desk top stat stats sync cloud grinder "
    "info update manager install store control center monitor watch audio video image photo "
    "secure socket proxy table query graph stream send receive cache clean build test deploy "
    "open close share link print format convert merge split viewer editor player reader writer "
    "system service daemon agent desktop pulse wire chat user group disk memory network mount "
    "bridge signal remote local global master backup restore archive browser finder kit".split()
)


def _fuzzy(cmd: str, why: str | None, rng: random.Random) -> str | None:
    said = _render(cmd.split(" "), True, rng)
    if not said:
        return None
    clean = " ".join(_flat(said, True))
    fuzzed = []
    for words in said:
        words = [
            rng.choice(FUZZY_SYN[w]) if w in FUZZY_SYN and rng.random() < 0.5 else w
            for w in words
        ]
        if words[:2] == ["minus", "minus"] and rng.random() < 0.4:
            words = ["double dash", *words[2:]]
        fuzzed.append(_numerals(words, rng))
    cuts = [
        (i, j, c) for i, words in enumerate(fuzzed) for j, w in enumerate(words)
        if re.fullmatch(r"[a-z]{7,}", w) for c in range(3, len(w) - 2)
        if (w[:c] in WORD_PARTS or w[c:] in WORD_PARTS) and not {w[:c], w[c:]} & VOCAB
    ]
    if cuts and len(said) > 1 and rng.random() < 0.4:
        i, j, c = rng.choice(cuts)
        name = fuzzed[i][j]
        fuzzed[i][j : j + 1] = [name[:c], name[c:]]
    parts: list[str] = []
    for k, words in enumerate(fuzzed):
        if k:
            parts.append("space," if rng.random() < 0.3 else "space")
        parts.extend(words)
    text = " ".join(parts)
    if rng.random() < 0.5:
        text = _sentence(text)
    if rng.random() < 0.5 or text == clean:
        text += "."
    return text


NATURAL_TEMPLATES = (
    "{C}.",
    "You launch {C}.",
    "For to {W}, you launch {C}.",
    "Alors, I execute {C}.",
    "Ok so we do {C}, voilà.",
    "The command it is {C}.",
    "Bon, for to {W}, the command it is {C}.",
    "You launch {C}, and voilà.",
    "Du coup, after, you put {C}.",
    "I execute {C}, for to {W}.",
    "En fait, it gives {C}.",
    "Can you type {C}, please?",
    "Euh, we do {C}, like that.",
    "If you want to {W}, you launch {C}.",
    "{C}, it's for {W}.",
    "Next, you launch {C}, normally it works.",
    "So here I do {C}, no?",
    "Alors, on the server, we launch {C}, and it's good.",
    "You want to {W}? Easy, you type {C}.",
    "Voilà, for this one the command is {C}.",
    "After, you put {C}, that's it.",
    "Bon, I execute {C}. It's for {W}.",
    "To {W}, en fait, you write {C}.",
    "Ok so, in the terminal, you do {C}, voilà, and after we check the logs.",
)
CHAOTIC_TEMPLATES = (
    "{C}.",
    "You launch {C}.",
    "Alors, euh, I execute {C}, voilà.",
    "Ok so, for to {W}, we do {C}.",
    "The command it is, euh, {C}, voilà, normally it works, I think.",
    "Bon, you launch {C}, and voilà, du coup it's good.",
    "I execute {C}, for to {W}, en fait.",
    "Euh, {C}, like that, bon.",
    "After, you put {C}, that's it, I think.",
    "En fait it gives {C}, no? Yes, voilà.",
    "For to {W}, euh, you type {C}.",
    "Du coup we do {C}, and it's good, normally.",
)
SPELLED_CHAOTIC = ("{C}", "Euh, {C}.", "Ok so {C}.", "Alors, {C}, voilà.", "Bon. {C}")
REPAIR_SAYINGS = (["euh", "no,"], ["no,", "pardon,"], ["sorry,", "I", "wanted", "to", "say"])
RESTART_LEADS = ("You launch ", "I execute ", "", "Alors, we do ", "The command it is ")
FLAG_POOL = ("verbose", "quiet", "force", "all", "help", "version", "list", "output",
             "recursive", "debug", "dry-run", "yes")
WORD_POOL = ("demo", "data", "test", "main", "backup", "config", "notes", "alpha", "report",
             "build", "staging", "archive", "server", "output", "photo", "docs")
EXT_POOL = ("txt", "json", "yaml", "csv", "log", "md", "py", "conf", "pdf", "html")


def _why(desc: str | None) -> str | None:
    if not desc:
        return None
    text = desc.strip().rstrip(".")
    if not text or len(text) > 110 or "\n" in text:
        return None
    if text[:1].isupper() and not text[1:2].isupper():
        text = text[:1].lower() + text[1:]
    return text


def _frame(template: str, body: str, why: str | None) -> str | None:
    if "{W}" in template and not why:
        return None
    if template.startswith("{C}") or ". {C}" in template:
        body = _sentence(body)
    return template.replace("{W}", why or "").replace("{C}", body)


def _natural_line(cmd: str, why: str | None, rng: random.Random, template: str) -> str | None:
    said = _render(cmd.split(" "), False, rng)
    if not said:
        return None
    return _frame(template, " ".join(_flat(said, False)), why)


def _wrong_word(word: str, rng: random.Random, before: str = "") -> str:
    """A plausible slip for word (before: the word said just before it)."""
    if before in ("point", "dot", "period"):
        return rng.choice([e for e in EXT_POOL if e != word])
    if before in ("minus", "double dash") and word.isalpha():
        return rng.choice([f for f in FLAG_POOL if f != word and f.isalpha()])
    m = re.fullmatch(r"(--?)([A-Za-z][\w-]*)(=.*)?", word)
    if m and m.group(1) == "-" and len(m.group(2)) == 1:
        return "-" + rng.choice([c for c in "vqfarlhn" if c != m.group(2)])
    if m:
        return m.group(1) + rng.choice([f for f in FLAG_POOL if f != m.group(2)])
    if word.isdigit():
        return str(int(word) + rng.randrange(1, 9))
    m = re.fullmatch(r"(.*\.)([a-z][a-z0-9]*)", word)
    if m and m.group(1) != ".":
        return m.group(1) + rng.choice([e for e in EXT_POOL if e != m.group(2)])
    m = re.fullmatch(r"(.*/)([^/]+)", word)
    if m:
        return m.group(1) + rng.choice([w for w in WORD_POOL if w != m.group(2)])
    return rng.choice([w for w in WORD_POOL if w != word.lower()])


def _is_literal(word: str) -> bool:
    return (
        word.lower() not in VOCAB
        and bool(re.fullmatch(r"[-/A-Za-z0-9._=:]+", word))
        and any(c.isalpha() for c in word)
    )


def _whole_word(flat: list[str], j: int, spelled: bool) -> bool:
    """flat[j] is a word Camille can take back on its own (not a spelled letter, not cased)."""
    word = flat[j]
    if not _is_literal(word) or len(word) < 3 or j == 0:
        return False
    prev = flat[j - 1]
    nxt = flat[j + 1] if j + 1 < len(flat) else ""
    if prev in CAPITALS or nxt == UPPER:
        return False
    return not spelled or not (_is_literal(prev) or _is_literal(nxt))


def _argument_index(tokens: list[str], rng: random.Random) -> int | None:
    spots = [
        t for t in range(1, len(tokens))
        if re.fullmatch(r"[-\w./:=~@,]+", tokens[t]) and re.search(r"[A-Za-z0-9]", tokens[t])
    ]
    return rng.choice(spots) if spots else None


def _chaotic_body(cmd: str, rng: random.Random, spelled: bool) -> tuple[str, list[str]] | None:
    """Returns (kind, words said with Camille's own correction) for one command."""
    tokens = cmd.split(" ")
    said = _render(tokens, spelled, rng)
    if not said:
        return None
    flat = _flat(said, spelled)
    kind = rng.choice(("repair", "not", "trunc", "sorry", "restart"))
    t = _argument_index(tokens, rng)
    if kind in ("repair", "sorry", "restart") and t is not None:
        wrong = _render([_wrong_word(tokens[t], rng)], spelled, rng)
        if not wrong:
            return None
        wrong_said = said[:t] + wrong + said[t + 1 :]
        if kind == "repair":
            head = _flat(said[:t] + wrong, spelled)
            head[-1] += ","
            return kind, head + list(rng.choice(REPAIR_SAYINGS)) + _flat(said[t:], spelled)
        head = _flat(wrong_said, spelled)
        if kind == "sorry":
            head[-1] += ","
            return kind, [*head, "sorry,", "I", "wanted", "to", "say", *flat]
        return kind, head
    if kind == "restart":
        return kind, flat[: rng.randrange(1, len(flat))] if len(flat) > 1 else flat
    if kind == "not":
        spots = [j for j in range(len(flat)) if _whole_word(flat, j, spelled)]
        if not spots:
            return None
        j = rng.choice(spots)
        wrong_word = _wrong_word(flat[j], rng, flat[j - 1])
        if wrong_word == flat[j] or not _is_literal(wrong_word):
            return None
        return kind, [*flat[:j], wrong_word + ",", "not", wrong_word + ",", *flat[j:]]
    spots = [
        j for j in range(len(flat))
        if re.match(r"[A-Za-z][A-Za-z0-9]{3,}", flat[j]) and flat[j].lower() not in VOCAB
    ]
    if not spots:
        return None
    j = rng.choice(spots)
    stem = re.match(r"[A-Za-z][A-Za-z0-9]*", flat[j]).group()
    fragment = stem[: rng.randrange(2, len(stem))] + "-"
    start = max([k + 1 for k in range(j) if flat[k] == "space"], default=0)
    back = rng.choice((j, 0, start if spelled else j))
    return "trunc", [*flat[:j], fragment, *flat[back:]]


def _boundaries(words: list[str], spelled: bool) -> list[int]:
    """Where a hesitation can fall: between two arguments, away from a correction."""
    spots = []
    for k in range(1, len(words)):
        prev, cur = words[k - 1], words[k]
        if prev.endswith((",", "-")) or cur.lower().rstrip(",") in ("not", "no", "sorry"):
            continue
        if spelled:
            if prev == "space":
                spots.append(k)
        elif _is_literal(prev) and (_is_literal(cur) or cur in ("minus", "double dash")):
            spots.append(k)
    return spots


def _hesitate(words: list[str], rng: random.Random, spelled: bool) -> str:
    spots = _boundaries(words, spelled)
    if spots and rng.random() < 0.45:
        k = rng.choice(spots)
        filler = rng.choice(("euh", "euh,", "euh,", "how do you say,", "if I remember well,"))
        words = [*words[:k], filler, *words[k:]]
    return " ".join(words)


def _chaotic(cmd: str, why: str | None, rng: random.Random) -> str | None:
    spelled = rng.random() < 0.3
    made = _chaotic_body(cmd, rng, spelled)
    if not made:
        return None
    kind, words = made
    body = _hesitate(words, rng, spelled)
    templates = SPELLED_CHAOTIC if spelled else CHAOTIC_TEMPLATES
    if kind != "restart":
        return _frame(rng.choice(templates), body, why)
    said = _render(cmd.split(" "), spelled, rng)
    if not said:
        return None
    again = _frame(rng.choice(templates), " ".join(_flat(said, spelled)), why)
    if again is None:
        return None
    lead = rng.choice(RESTART_LEADS)
    first = lead + body if lead else _sentence(body)
    stop = rng.choice(("... euh, I restart. ", ", euh no, I restart. ", ", bon, I restart: "))
    if stop.endswith(": ") and not again.startswith("I "):
        again = again[:1].lower() + again[1:]
    return first + stop + again


# --------------------------------------------------------------------------------- driver
def _load_commands() -> list[str]:
    seen: dict[str, None] = {}
    with TRAIN.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % 5:
                continue
            cmd = json.loads(line)["command"]
            if (
                cmd.isascii()
                and 0 < len(cmd) <= 80
                and cmd == cmd.strip()
                and not any(bad in cmd for bad in ("\n", "\t", "  "))
            ):
                seen.setdefault(cmd, None)
    return list(seen)


def _load_descriptions() -> dict[str, str]:
    found: dict[str, str] = {}
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            found.setdefault(row["command"], row["description"])
    return found


def _tool(cmd: str) -> str:
    tokens = cmd.split(" ")
    if tokens[0] == "sudo" and len(tokens) > 1:
        return tokens[1]
    return tokens[0]


def _accept(slice_name: str, text: str | None, cmd: str) -> bool:
    if not text or decode(text) != cmd:
        return False
    if slice_name == "clean":
        return text == text.lower() and not re.search(r"[,.;!?]", text)
    if slice_name == "natural":
        return "space" not in text.lower().split()
    if slice_name == "chaotic":
        return bool(MARKER_RE.search(text))
    return True


def main() -> None:
    rng = random.Random(SEED)
    descriptions = _load_descriptions()
    pool = _load_commands()
    rng.shuffle(pool)
    natural_order = list(NATURAL_TEMPLATES)
    rng.shuffle(natural_order)
    used: set[str] = set()
    tools: Counter[str] = Counter()
    templates: Counter[str] = Counter()
    rows = []
    for slice_name in SLICES:
        count = 0
        for cmd in pool:
            if count == PER_SLICE:
                break
            if cmd in used or tools[_tool(cmd)] >= 2:
                continue
            why = _why(descriptions.get(cmd))
            for attempt in range(4):
                if slice_name == "clean":
                    text = _clean(cmd, why, rng)
                elif slice_name == "fuzzy":
                    text = _fuzzy(cmd, why, rng)
                elif slice_name == "natural":
                    template = natural_order[(count + attempt) % len(natural_order)]
                    text = _natural_line(cmd, why, rng, template)
                else:
                    text = _chaotic(cmd, why, rng)
                if _accept(slice_name, text, cmd):
                    break
            else:
                continue
            if slice_name == "natural":
                templates[template] += 1
            rows.append({"input": text, "command": cmd, "slice": slice_name, "author": AUTHOR})
            used.add(cmd)
            tools[_tool(cmd)] += 1
            count += 1
        if count < PER_SLICE:
            raise SystemExit(f"{slice_name}: only {count} lines")
    if len(templates) < 15:
        raise SystemExit(f"natural slice uses only {len(templates)} framings")
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    per_slice = Counter(row["slice"] for row in rows)
    print(f"wrote {len(rows)} lines to {OUT.relative_to(ROOT)}: {dict(per_slice)}; "
          f"{len(templates)} natural framings")


if __name__ == "__main__":
    main()
