"""Your words: names a user says for symbols, taught once ("dog" for @, "stick" for |).

Speakers bring their own names for symbols (a Russian speaker's "dog" for @, a screen
reader's "line" for _), as Dragon and Talon users teach theirs. Each entry maps a word or
short phrase the user says to one symbol or casing word the reader knows; before anything
else reads the dictation, the phrase is replaced by the reader's own name for it, so the
rules, the normalizer and the trace all see the same words. The list lives in the data
folder as JSON; a file that cannot be read is reported and left as it is, never overwritten.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
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
            if said not in used:
                used.append(said)
            return means[said]

        out = pattern.sub(swap, text)
        return out, [f"{s} → {means[s]}" for s in used]
