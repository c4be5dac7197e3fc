"""What a stretch of dictation holds, asked before any pass takes words out: a command's
name, the user's own text (an open quote, the words after echo or a message flag), a symbol or
digit Whisper wrote, a correction marker; and a name said in parts."""

from __future__ import annotations

import re

from app.specialists.bash.cleanup.words import CORRECTIONS, NUMBER_WORDS, PURPOSE_STOPS, SUBJECTS
from app.specialists.bash.vocabulary import COMMANDS, MISHEARD_FIRST, SYMBOL_WORDS, UNITS

_SYMBOL_CHARS = r"-/~$=|<>*\\\"`;&(){}\[\]@%+_"
_WRITTEN = re.compile(rf"[{_SYMBOL_CHARS}]|\w\.\w")  # a symbol Whisper wrote

_MATERIAL = re.compile(rf"[{_SYMBOL_CHARS}:0-9]|\w\.\w")  # a written symbol, a digit


def _has_correction(text: str) -> bool:
    """A correction marker in ``text`` (words between spaces); "I always forget that one" is
    a remark, not the order to drop a word."""
    return any(f" {m} " in _REMARK_ON_IT.sub(" remark", text) for m in CORRECTIONS)


_REMARK_ON_IT = re.compile(rf" (?:{'|'.join(sorted(SUBJECTS))}) (?:forget that|wait)\b")


def _has_material(words: list[str]) -> bool:
    """Something of a command in ``words``: a written symbol or digit, or a spoken symbol."""
    return any(_MATERIAL.search(w.rstrip(",.!?:")) for w in words) or bool(
        {re.sub(r"[,.!?;:]+$", "", w.lower()) for w in words} & PURPOSE_STOPS)


def _is_command(word: str) -> bool:
    return word in COMMANDS or word in MISHEARD_FIRST


COMMAND_STARTS = {"sudo", "|", "pipe", "&&", "and", ";", "semicolon", "xargs", "then", "do"}
"""Words after which the next word is in a command's place (say's, not "I say again")."""
FREE_TEXT_AFTER = {"echo", "printf", "say", "espeak", "notify-send", "figlet", "cowsay", "m"}


def _users_text(before: list[str]) -> bool:
    """What follows ``before`` is the user's own text: a quote is open, or it comes after
    echo or a message flag."""
    text = " ".join(before)
    return _quote_open(text) or _free_text_before(text)


def _free_text_before(text: str) -> bool:
    """Words after ``echo`` or a message flag ("dash m") are the user's text, not framing,
    up to a pipe or "and and" that starts the next command."""
    words = [w.rstrip(",.!?;:") or w for w in text.lower().split()]
    ends = [i for i, w in enumerate(words) if w in ("pipe", "|", "&&") or (
        w == "and" and words[i + 1:i + 2] == ["and"])]
    if ends and not _quote_open(" ".join(words[:ends[-1]])):
        words = words[ends[-1] + 1:]
    return any(w in FREE_TEXT_AFTER and (
        (w == "m" and i and words[i - 1] in ("dash", "minus")) or
        (w == "say" and (not i or words[i - 1] in COMMAND_STARTS)) or
        (w not in ("m", "say") and (not i or (words[i - 1] != "space" and
                                              words[i - 1] not in SYMBOL_WORDS))))
        for i, w in enumerate(words))  # "I say again", "space espeak": no text follows


def _quote_open(text: str) -> bool:
    """An odd number of spoken or written quotes in ``text``: a quote is open."""
    words = re.findall(r"(?i)\b(?:double |single |un)?quotes?\b|\"|(?<![a-z])'|'(?![a-z])",
                       text)  # not the apostrophe in "let's"
    return len(words) % 2 == 1


def _joined_name(words: list[str]) -> str:
    """Words said with no "space" between, as one name ("k write config five")."""
    return "".join(str(UNITS[w]) if w in NUMBER_WORDS and UNITS[w] < 10 else w for w in words)


def _builtin_before_flag(word: str, nxt: str) -> bool:
    """ "type -p uptime", "command -v date": a lead-in word that is the shell's builtin when
    a flag written out follows it."""
    return word in ("type", "command") and nxt[:1] == "-" and len(nxt) > 1
