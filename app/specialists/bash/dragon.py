"""Dictation in Dragon NaturallySpeaking's manner, read as the spoken protocol.

People who learned on Dragon say nothing between the pieces of a command, which Dragon
types apart, and "no space" where two pieces touch ("l no space s" is ls);
"no space on … no space off" glues a stretch, "spacebar" types one blank. The reader's
protocol is the other way round (words said together are one shell word, "space" parts
them), so a line said all in Dragon's manner is rewritten into it before reading:
"sudo no space on better discord c t l no space off hyphen no space f" becomes
"sudo space better discord c t l space hyphen f".

A piece is a word, a symbol's name ("at sign", "open single quote"), a casing word with
its word ("cap box", "all caps head"), "numeral" with its digits, or "literal" with its
word. Only a line with a "no space on" stretch and no "space" of its own, and no
symbol Whisper wrote, is read so; the natural reading glues a lone "no space" itself.
"""

from __future__ import annotations

import re

from app.specialists.bash.processor import escapable
from app.specialists.bash.vocabulary import COMMON_WORDS, HEARD_LETTERS, SYMBOL_PHRASES, UNITS

_LONGEST = max(map(len, SYMBOL_PHRASES))
_CASING = {("all", "caps"): 2, ("cap",): 1, ("capital",): 1}
_WRITTEN_SYMBOL = re.compile(r"[-/~$=|<>*\\\"`;&(){}\[\]@%+_#]")  # material, not speech
_GLUE, _APART, _BLANK = "glue", "apart", "blank"


def is_dragon(text: str) -> bool:
    """A whole line said in Dragon's manner: a "no space on … no space off" stretch, no
    "space" of its own (a separator) and no symbol written as a symbol. (A lone "no space"
    between two words the natural reading glues already.)"""
    words = _words(text)
    if _WRITTEN_SYMBOL.search(" ".join(words)):
        return False
    if any(w == "space" and words[k - 1:k] != ["no"] and words[k + 1:k + 2] != ["bar"]
           for k, w in enumerate(words)):
        return False  # "space" said as the separator: the reader's own protocol
    return any(words[k:k + 3] in (["no", "space", "on"], ["no", "space", "off"])
               for k in range(len(words) - 2))  # a stretch glued: not "a no space b" alone


def to_protocol(text: str) -> str:
    """The line in the reader's protocol: "space" where Dragon would part two pieces,
    nothing where it glues them, "space" for a spoken "spacebar"."""
    words = _words(text)
    out: list[str] = []
    pending = _GLUE  # nothing before the first piece
    stretch = caps_stretch = last_plain = False
    run: list[str] = []  # plain words glued so far, one shell word
    i = 0
    while i < len(words):
        if words[i:i + 3] in (["no", "space", "on"], ["no", "space", "off"]):
            stretch = words[i + 2] == "on"
            pending = pending if stretch else _APART
            i += 3
            continue
        if words[i:i + 2] == ["no", "space"]:
            pending = _GLUE
            i += 2
            continue
        if words[i:i + 3] in (["all", "caps", "on"], ["all", "caps", "off"]):
            caps_stretch = words[i + 2] == "on"
            i += 3
            continue
        if words[i] in ("spacebar", "space"):  # "space bar" as Whisper splits it
            i += 1 + (words[i] == "space" and words[i + 1:i + 2] == ["bar"])
            out.extend([*_joined(run), "space"])
            run, pending, last_plain = [], _BLANK, False
            continue
        n = _piece(words, i)
        piece = _said(words[i:i + n])
        if caps_stretch and _plain(piece):
            piece = ["all", "caps", *piece]
        if pending == _APART and (out or run):
            out.extend([*_joined(run), "space"])
            run = []
        if pending == _GLUE and last_plain and _plain(piece):
            run.append(piece[0])  # "better discord c t l": one word, as Dragon types it
        else:
            out.extend(_joined(run))
            run = piece[:] if _plain(piece) else []
            out.extend([] if run else piece)
        last_plain = _plain(piece)
        pending = _GLUE if stretch else _APART
        i += n
    return " ".join([*out, *_joined(run)])


def _joined(run: list[str]) -> list[str]:
    """Glued plain words as one, a letter's name read as the letter beside another letter
    ("s are see" is src, "rabbit em q see tea el" rabbitmqctl)."""
    def beside_letter(k: int) -> bool:
        return any(0 <= j < len(run) and (len(run[j]) == 1 or run[j] in HEARD_LETTERS and
                                          not {run[k], run[j]} <= COMMON_WORDS)
                   for j in (k - 1, k + 1))

    said = [HEARD_LETTERS[w] if w in HEARD_LETTERS and beside_letter(k) else w
            for k, w in enumerate(run)]
    return ["".join(said)] if said else []


def _said(piece: list[str]) -> list[str]:
    """A piece as the reader takes it: "numeral five one two" is 512, "literal no" is the
    plain word (or "literal dot", which the reader knows)."""
    if piece[0] == "numeral" and len(piece) > 1:
        return ["".join(w if w.isdigit() else str(UNITS[w]) for w in piece[1:])]
    if piece[0] == "literal" and len(piece) == 2 and not escapable(piece[1]):
        return piece[1:]
    return piece


_NO_SPACE = re.compile(r"(?i)\bno[- ]?space\b(?!-)")  # Whisper's "no-space", "nospace"


def _words(text: str) -> list[str]:
    """Lower-case words without Whisper's sentence punctuation ("No space on, hyphen.")."""
    text = _NO_SPACE.sub("no space", text)
    return [w for w in (re.sub(r"[,.!?;:]+$", "", raw).lower() for raw in text.split()) if w]


def _piece(words: list[str], i: int) -> int:
    """How many words from ``words[i]`` say one piece."""
    start = i
    while True:  # casing words before the word they raise: "cap box", "all caps literal no"
        n = next((n for casing, n in _CASING.items()
                  if tuple(words[i:i + n]) == casing and i + n < len(words)), 0)
        if not n:
            break
        i += n
    if i > start:
        return i - start + _piece(words, i)
    if words[i] == "literal" and i + 1 < len(words):
        return 2  # "literal no": the word
    if words[i] == "numeral":
        j = i + 1
        while j < len(words) and (words[j] in UNITS and UNITS[words[j]] < 10 or
                                  words[j].isdigit()):
            j += 1
        return max(1, j - i)
    for n in range(min(_LONGEST, len(words) - i), 1, -1):
        if tuple(words[i:i + n]) in SYMBOL_PHRASES:
            return n
    return 1


def _plain(piece: list[str]) -> bool:
    """One word or letter the reader would take as it is: no symbol, number or casing
    word."""
    return len(piece) == 1 and piece[0].isalnum() and not escapable(piece[0])
