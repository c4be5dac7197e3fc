"""Your words: names a user says for symbols, taught once ("dog" for @, "stick" for |).

Speakers bring their own names for symbols (a Russian speaker's "dog" for @, a screen
reader's "line" for _), as Dragon and Talon users teach theirs. Each entry maps a word or
short phrase the user says to one symbol or casing word the reader knows; before anything
else reads the dictation, the phrase is replaced by the reader's own name for it, so the
rules, the normalizer and the trace all see the same words. The list lives in the data
folder as JSON; a file that cannot be read is reported and left as it is, never overwritten.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.specialists.bash.vocabulary import CAPITAL_WORDS, SYMBOL_PHRASES, SYMBOL_WORDS
from app.untrusted import for_display

MEANINGS = {
    "@": "at sign", "#": "hash", "|": "pipe", "~": "tilde", "_": "underscore", "-": "dash",
    "--": "dash dash", ".": "dot", "/": "slash", "\\": "backslash", "*": "star",
    "&": "ampersand", "&&": "and and", "^": "caret", "'": "single quote",
    '"': "double quote", "`": "backtick", "$": "dollar", "=": "equals", ":": "colon",
    ";": "semicolon", ">": "greater than", ">>": "double greater than", "<": "less than",
    "(": "open paren", ")": "close paren", "{": "open brace", "}": "close brace",
    "[": "open square bracket", "]": "close square bracket", "%": "percent", "+": "plus",
    "!": "bang", "?": "question mark", ",": "comma", "space": "space",
    "Capital next": "capital", "ALL CAPS next": "all caps"}
"""What a word of yours can mean, and the reader's own words for it."""
MAX_ENTRIES = 200
MAX_SAID = 40  # characters in one phrase
_SAID = re.compile(r"[a-z][a-z']*(?: [a-z][a-z']*){0,2}")  # one to three words


@dataclass(frozen=True)
class Entry:
    said: str  # what the user says, lower case, one to three words
    means: str  # a key of MEANINGS


def entry(said: str, means: str) -> Entry:
    """A checked entry; ``UserError`` says what is wrong with it."""
    words = " ".join(said.lower().split())
    if not words:
        raise UserError("say which word you use")
    if len(words) > MAX_SAID or not _SAID.fullmatch(words):
        raise UserError(f"“{for_display(said, MAX_SAID)}”: use one to three plain words "
                        f"(letters only, {MAX_SAID} characters at most)")
    if means not in MEANINGS:
        raise UserError(f"“{for_display(means, 20)}” is not a symbol the reader knows")
    if words == "space" and means != "space":
        raise UserError("“space” is the separator; choose another word")
    return Entry(words, means)


class YourWords:
    """The user's entries, longest phrase first when applied; saved as JSON at ``path``."""

    def __init__(self, entries: list[Entry] | None = None, path: Path | None = None) -> None:
        self.path = path
        self.entries: list[Entry] = []  # replaced, never changed in place: a reader on
        # another thread keeps the list it started with
        self._pattern: tuple[list[Entry], re.Pattern] | None = None  # for that list
        for e in entries or []:
            self.add(e)

    @classmethod
    def load(cls, path: Path) -> YourWords:
        """The list saved at ``path`` (none yet: empty). A damaged file is a ``UserError``
        and stays on disk untouched."""
        if not path.exists():
            return cls(path=path)
        try:
            if path.stat().st_size > 1_000_000:
                raise ValueError("over 1 MB")
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = [entry(str(e["said"]), str(e["means"])) for e in data["words"]]
        except (OSError, ValueError, KeyError, TypeError, UserError) as exc:
            raise UserError(f"your words in {path} could not be read "
                            f"({for_display(str(exc), 120)}); "
                            "the file was left as it is") from None
        return cls(entries, path)

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"words": [{"said": e.said, "means": e.means}
                                             for e in self.entries]}, indent=1),
                       encoding="utf-8")
        tmp.replace(self.path)  # whole or not at all

    def add(self, new: Entry) -> None:
        """Adds ``new``, replacing an entry for the same phrase."""
        kept = [e for e in self.entries if e.said != new.said]
        if len(kept) >= MAX_ENTRIES:
            raise UserError(f"at most {MAX_ENTRIES} words")
        self.entries = kept + [new]

    def remove(self, said: str) -> None:
        self.entries = [e for e in self.entries if e.said != said]

    def apply(self, text: str) -> tuple[str, list[str]]:
        """``text`` with each phrase of yours replaced by the reader's name for it, and what
        was replaced ("dog → at sign")."""
        entries = self.entries
        if not entries:
            return text, []
        cached = self._pattern
        if cached is None or cached[0] is not entries:
            phrases = sorted((e.said for e in entries), key=len, reverse=True)
            cached = self._pattern = (entries, re.compile(
                r"(?<![\w'])(" + "|".join(r"\s+".join(map(re.escape, p.split()))
                                          for p in phrases) + r")(?![\w'])", re.IGNORECASE))
        pattern = cached[1]
        means = {e.said: MEANINGS[e.means] for e in entries}
        used: list[str] = []

        def swap(m: re.Match) -> str:
            said = " ".join(m.group(1).lower().split())
            if _inside_longer_name(text, m, said):
                return m.group(0)
            if said not in used:
                used.append(said)
            return means[said]

        out = pattern.sub(swap, text)
        return out, [f"{s} → {means[s]}" for s in used]


def _inside_longer_name(text: str, m: re.Match, said: str) -> bool:
    """Whether the phrase and the word before or after it make a longer name the reader
    knows: a user's "quote" for ' leaves "double quote" alone."""
    before = re.search(r"([a-z']+)\W*$", text[max(0, m.start() - 40):m.start()].lower())
    after = re.match(r"\W*([a-z']+)", text[m.end():m.end() + 40].lower())
    words = said.split()
    return bool(before and (before.group(1), *words) in SYMBOL_PHRASES or
                after and (*words, after.group(1)) in SYMBOL_PHRASES)


MAX_EDIT = 2000  # characters of a command compared for a suggestion
SYMBOLS = {k for k in MEANINGS if k != "space" and not k.endswith(" next")}
_CASINGS = {"upper": ("Capital next", str.capitalize), "capital": ("ALL CAPS next", str.upper)}
"""A casing word the reader reads one way, edited to the other: what it will mean instead."""
_CASING_SURE = {("all", "caps"), ("all", "uppercase"), ("all", "capitals"), ("big", "letters")}
"""Casing words that say all capitals outright: never suggested to mean a capital."""


def suggestions(dictated: str, produced: str, edited: str,
                read: Callable[[YourWords], str] | None = None) -> list[Entry]:
    """Your words that would have turned ``dictated`` into ``edited`` where the reader gave
    ``produced``: the user put a symbol where the reader wrote a word they said ("tail/x"
    edited to ~/x: "tail" means ~), swapped the symbol the reader chose for a phrase
    ("open bracket" read as [ and edited to a paren), or changed what a casing word did
    ("uppercase scene" read as SCENE, edited to Scene). Any other edit: none. With ``read``
    (the dictation read with such words), only words that do give the edit."""
    if not produced or produced == edited or max(len(produced), len(edited)) > MAX_EDIT:
        return []
    said = re.findall(r"[a-z][a-z']*", dictated.lower()[:MAX_EDIT * 4])
    found = _symbols_explained(said, produced, edited) or _casing_entries(said, produced,
                                                                           edited)
    return found if not found or read is None or read(YourWords(found)) == edited else []


def _symbols_explained(said: list[str], produced: str, edited: str) -> list[Entry]:
    """One entry per change, each a symbol put in place of a symbol or a word said; none
    when any change is something else."""
    found: list[Entry] = []
    ops = difflib.SequenceMatcher(None, produced, edited, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        old, new = produced[i1:i2].strip(), edited[j1:j2].strip()
        if tag != "replace" or new not in SYMBOLS or not old:
            return []
        e = _phrase_for(said, old, new) if old in SYMBOLS else _word_for(said, old, new)
        if e is None:
            return []
        if e not in found:
            found.append(e)
    return found


def _word_for(said: list[str], old: str, new: str) -> Entry | None:
    """The one to three words said that the reader wrote as ``old`` ("dog"), to mean
    ``new`` ("@")."""
    for n in (1, 2, 3):
        for i in range(len(said) - n + 1):
            if "".join(said[i:i + n]) == old.lower():
                return _checked(" ".join(said[i:i + n]), new)
    return None


def _checked(said: str, means: str) -> Entry | None:
    """The entry, or none where it could not be one ("space", a phrase too long)."""
    try:
        return entry(said, means)
    except UserError:
        return None


def _phrase_for(said: list[str], old: str, new: str) -> Entry | None:
    """The longest phrase in ``said`` the reader reads as ``old``, to mean ``new``."""
    for n in (3, 2, 1):
        for i in range(len(said) - n + 1):
            phrase = tuple(said[i:i + n])
            if (SYMBOL_PHRASES.get(phrase) if n > 1 else SYMBOL_WORDS.get(phrase[0])) == old:
                return _checked(" ".join(phrase), new)
    return None


def _casing_entries(said: list[str], produced: str, edited: str) -> list[Entry]:
    """Casing words whose other reading turns ``produced`` into ``edited`` exactly."""
    if produced.lower() != edited.lower() or len(produced) != len(edited):
        return []
    text, found, at = produced, [], 0
    for i in range(len(said)):
        for n in (2, 1):
            phrase, word = tuple(said[i:i + n]), said[i + n] if i + n < len(said) else ""
            style = CAPITAL_WORDS.get(phrase)
            if style not in _CASINGS or phrase in _CASING_SURE or len(word) < 2 or \
                    tuple(said[i - 1:i + 1]) in _CASING_SURE:  # "caps" of "all caps"
                continue
            means, recase = _CASINGS[style]
            was = word.upper() if style == "upper" else word.capitalize()
            k = text.find(was, at)
            if k < 0:
                continue
            at = k + len(was)  # the casing word's word, read so: edited to the other reading?
            if edited[k:at] == recase(word) != was:
                text = text[:k] + recase(word) + text[at:]
                if not any(e.said == " ".join(phrase) for e in found):
                    found.append(entry(" ".join(phrase), means))
            break
    return found if found and text == edited else []
