"""Cleanup and segmenting: drop fillers and framing, apply self-corrections, and find the
words that are the command.

Self-corrections are resolved by anchoring: in "git push origin main no wait origin develop"
the words after the marker ("origin develop") start with a word seen before ("origin"), so
they replace everything from its last occurrence. A correction that starts with a command
word restarts the command; "oh and" / "and also" add to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.specialists.bash.vocabulary import (
    COMMANDS,
    HEARD_AS,
    MISHEARD_FIRST,
    SUBCOMMAND_HOSTS,
    SUBCOMMANDS,
)

FILLERS = {"um", "uh", "uhm", "erm", "er", "ah", "hmm", "mm", "like", "yeah", "okay", "ok",
           "alright", "so", "well", "basically", "right", "hey", "please", "just", "oh", "then"}
NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety", "hundred", "thousand"}
SYMBOLISH = {"dash", "dot", "slash", "colon", "at", "equals", "underscore", "tilde", "minus",
             "period", "hyphen", "quote", "pipe", "star", "dollar", "plus", "capital", "caps",
             "all", "space", "and", "redirect"}
SEPARATOR_WORDS = {"pipe", "and", "or", "semicolon", "then"}
# Leading framing, longest first; stripped repeatedly from the start.
FRAMING = sorted([
    "the command is", "the command should be", "the command i'm looking for is",
    "the next command is", "the next one is", "next one is", "next is", "the next thing is",
    "can you type out", "can you type", "could you type out", "could you type",
    "can you write", "could you write", "can you run", "could you run", "can you do",
    "could you do", "type out", "type", "write out", "write", "run", "please run",
    "go ahead and run", "go ahead and type", "go ahead and", "let's do", "let's run",
    "lets do", "let's", "i want to run", "i want to type", "i'd like to run", "i need",
    "i want", "what i want is", "what i need is", "i'd like", "for me", "and then",
    "now", "then", "do", "command", "try", "the", "it's", "it is",
], key=lambda p: -len(p))
TRAILING = sorted(["for me", "please", "thanks", "thank you", "for me please", "okay",
                   "right", "yeah", "i think", "now"], key=lambda p: -len(p))
CORRECTIONS = sorted([
    "no wait", "wait no", "no sorry", "sorry", "actually make that", "actually no",
    "actually", "make that", "scratch that", "i mean", "no no", "correction", "or rather",
    "rather", "not that", "wait", "no", "or was it", "or is it",
], key=lambda p: -len(p))
ADDITIONS = ("oh and also", "oh and", "and also", "also add", "plus also")


@dataclass
class Cleaned:
    text: str
    removed: list[str] = field(default_factory=list)
    corrections: int = 0


def _strip_fillers(words: list[str], removed: list[str]) -> list[str]:
    """Fillers go; one between two numbers becomes "space", since the pause split them."""
    out = []
    for i, w in enumerate(words):
        if w.strip(",.!?") in FILLERS:
            removed.append(w)
            if out and out[-1] in NUMBER_WORDS and i + 1 < len(words) and \
                    words[i + 1] in NUMBER_WORDS:
                out.append("space")
        else:
            out.append(w)
    return out


def _strip_phrases(words: list[str], phrases: list[str], removed: list[str],
                   trailing: bool = False) -> list[str]:
    changed = True
    while changed and words:
        changed = False
        for p in phrases:
            n = len(p.split())
            part = words[-n:] if trailing else words[:n]
            if " ".join(part) == p and len(words) > n:
                removed.append(p)
                words = words[:-n] if trailing else words[n:]
                changed = True
                break
    return words


def _is_command(word: str) -> bool:
    return word in COMMANDS or word in MISHEARD_FIRST


def _drop_additions(words: list[str]) -> tuple[list[str], int]:
    """ "docker ps oh and dash a": the addition marker goes, the words stay."""
    count, i = 0, 0
    while i < len(words):
        rest = " ".join(words[i:])
        addition = next((m for m in ADDITIONS if rest.startswith(m + " ")), None)
        if addition and i > 0:
            words = words[:i] + words[i + len(addition.split()):]
            count += 1
        else:
            i += 1
    return words, count


def _anchor(before: list[str], anchor: str) -> int | None:
    """Where a correction starting with ``anchor`` begins in ``before``: the last same word
    (or one it extends, "http" -> "https"; a number for a number), at the start of a run."""
    def same(w: str) -> bool:
        if w == anchor:
            return True
        if len(w) >= 3 and len(anchor) >= 3 and (anchor.startswith(w) or w.startswith(anchor)):
            return True
        return w in NUMBER_WORDS and anchor in NUMBER_WORDS
    for cut in range(len(before) - 1, 0, -1):
        if same(before[cut]):
            while cut > 1 and before[cut - 1] == before[cut]:  # "seven seven seven"
                cut -= 1
            return cut
    return None


def _content_cut(before: list[str], after: list[str]) -> int:
    """No anchor: the correction replaces as many words of content as it has (with the
    symbol words between them), never the command word itself."""
    wanted = max(1, sum(w not in SYMBOLISH for w in after))
    cut, seen = len(before), 0
    while cut > 1 and seen < wanted:
        cut -= 1
        seen += before[cut] not in SYMBOLISH
    return cut


def _restart(words: list[str]) -> list[str]:
    """The command word said again later (not after a pipe or "and"): the speaker started
    over, so keep the last start ("cd dot dot no two levels up cd dot dot slash dot dot")."""
    if not words or not _is_command(words[0]):
        return words
    for j in range(len(words) - 2, 0, -1):
        if words[j] == words[0] and words[j - 1] not in SEPARATOR_WORDS and \
                words[j - 1] not in SYMBOLISH and words[j - 1] != "grep" and not (
                    words[0] in SUBCOMMAND_HOSTS and words[j - 1] in SUBCOMMANDS):
            return words[j:]
    return words


def _apply_corrections(words: list[str]) -> tuple[list[str], int]:
    count = 0
    i = 0
    while i < len(words):
        joined_rest = " ".join(words[i:])
        marker = next((m for m in CORRECTIONS if joined_rest.startswith(m + " ")), None)
        if marker is None or i == 0:
            i += 1
            continue
        n = len(marker.split())
        before, after = words[:i], words[i + n:]
        after = [w for w in after if w not in ("make", "that")] if marker.startswith(
            ("actually", "make")) else after
        if not after:
            i += 1
            continue
        anchor = after[0]
        if _is_command(anchor) and (len(after) > 1 or anchor == before[0]):
            words, i = after, 0
            count += 1
            continue
        cut = _anchor(before, anchor)
        if cut is None:
            cut = _content_cut(before, after)
        words = before[:cut] + after
        i = cut
        count += 1
    return words, count


_HEARD_MAX = max(len(k) for k in HEARD_AS)


def heard_as(words: list[str]) -> list[str]:
    """Replace what Whisper writes for spoken command vocabulary ("mk dire" -> "mkdir")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_HEARD_MAX, len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            if key in HEARD_AS:
                out.extend(HEARD_AS[key].split())
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def fix_subcommand(words: list[str]) -> list[str]:
    """A word right after git, npm, docker... that is one letter off a subcommand is that
    subcommand ("git ad" -> "git add", "npm tests" -> "npm test")."""
    import difflib

    out = list(words)
    for i in range(len(out) - 1):
        if out[i] in SUBCOMMAND_HOSTS - {"python", "python3"} and \
                out[i + 1] not in SUBCOMMANDS and \
                len(out[i + 1]) >= 2:
            close = difflib.get_close_matches(out[i + 1], SUBCOMMANDS, n=1, cutoff=0.8)
            if close:
                out[i + 1] = close[0]
    return out


def _words(text: str) -> list[str]:
    """Lower-case words without the sentence punctuation Whisper adds ("Sleep 0.5." ->
    "sleep 0.5"); symbols Whisper wrote inside words are kept."""
    words = [w for w in re.split(r"\s+", text.strip().lower().replace(", ", " ")) if w]
    words = [w.rstrip(",") for w in words]
    words = [re.sub(r"(?<=[a-z0-9'])[.!?]+$", "", w) if not re.fullmatch(r"[.]+", w) else w
             for w in words]
    words = [{"python": "python", "3": "three"}.get(w, w) for w in words]
    return [w for w in words if w]


def clean(text: str) -> Cleaned:
    """Fillers, framing and self-corrections out; the rest as spoken."""
    removed: list[str] = []
    words = fix_subcommand(heard_as(_words(text)))
    words, added = _drop_additions(words)
    words = _strip_fillers(words, removed)
    words, corrections = _apply_corrections(words)
    restarted = _restart(words)
    corrections += added + (restarted is not words)
    words = restarted
    words = _strip_phrases(words, FRAMING, removed)
    words = _strip_phrases(words, TRAILING, removed, trailing=True)
    return Cleaned(" ".join(words), removed, corrections)


def command_segment(text: str) -> tuple[str, str]:
    """(command words, prose words before them): the command starts at its first command
    word; without one, the whole text is returned as prose-free."""
    words = text.split()
    for i, w in enumerate(words):
        if _is_command(w) or (i + 1 < len(words) and (w, words[i + 1]) in
                              (("cube", "control"), ("kube", "control"))):
            return " ".join(words[i:]), " ".join(words[:i])
    return text, ""
