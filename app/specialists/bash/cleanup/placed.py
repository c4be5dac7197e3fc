"""Words left out and put back where the speaker says: "Sorry, I left out foo. Put it just
after 100.", "Oh, and I missed out the server. That goes straight after the hugo.", "Wait, I
forgot the run, it comes right after r two e.", "There should be a -u after the arjun as
well." The place is found by what was said there, however it was said the second time
("data/config.conf" for "data forward slash config.conf", "r two e" for "R 2 E")."""

from __future__ import annotations

import re

from app.specialists.bash.cleanup.said_around import spelled_out
from app.specialists.bash.vocabulary import SYMBOL_WORDS, TENS, UNITS

_NAMED = r"(?:[^\s,;:!?.]|\.(?=\S))+(?: (?:[^\s,;:!?.]|\.(?=\S))+){0,7}?"
_WHERE = r"(?: just| straight| right)? (?P<where>after|before) (?:the )?(?P<old>" + _NAMED + ")"
_LEFT_OUT = re.compile(  # "…. Sorry, I left out X. Put it just after Y."
    r"(?i)(?:^|(?<=[.,!?;]))\s*(?:(?:sorry|oh|och|oops|wait|and|ah|right)[,.]?\s+)*"
    r"i (?:left out|missed out|missed|forgot|skipped|dropped)(?: to (?:say|add|put in))?"
    rf" (?:the |an? )?(?P<new>{_NAMED})[.,;]?\s+(?:(?:put|stick|add) it|(?:that|it) (?:goes|"
    rf"comes|should go|belongs)){_WHERE}(?: as well| too)?(?P<end>[.!]|\s*$)")
_SHOULD_HAVE = re.compile(  # "…. Och, there should be a -u after the arjun as well."
    r"(?i)(?:^|(?<=[.,!?;]))\s*(?:(?:sorry|oh|och|oops|wait|and|ah)[,.]?\s+)*there should "
    rf"(?:be|have been) (?:an? |the )?(?P<new>{_NAMED}){_WHERE}(?: as well| too)?"
    r"(?P<end>[.!]|\s*$)")
_SPOKEN = {**SYMBOL_WORDS, **{w: str(n) for w, n in (UNITS | TENS).items()}, "nought": "0",
           "oh": "0", "forward": "", "full": "", "stop": "", "sign": "", "the": "", "space": ""}


def _key(words: list[str]) -> str:
    """What ``words`` spell, symbols and spaces aside: "G S T hyphen discoverer-1 point
    nought" and "G-S-T dash discoverer-1.0" are both ``gstdiscoverer10``."""
    out = []
    for w in words:
        w = w.lower().strip(".,;:!?")
        w = _SPOKEN.get(w, w)
        out.append(re.sub(r"[\W_]+", "", w))
    return "".join(out)


_JOINERS = {"dot", "point", "period", "slash", "underscore", "at", "colon", "backslash"}


def _spot(words: list[str], want: str, whole: bool) -> tuple[int, int] | None:
    """The last (start, end) of words that say ``want``; with ``whole``, not a piece of a
    longer name ("tar" in "backup dot tar")."""
    for end in range(len(words), 0, -1):
        for start in range(end - 1, max(-1, end - 13), -1):
            got = _key(words[start:end])
            if got == want and _key(words[start:start + 1]) and _key(words[end - 1:end]) and not (
                    whole and start and (words[start - 1].lower() in _JOINERS or
                                         re.search(r"[./_@:]$", words[start - 1]))):
                return start, end
            if len(got) > len(want):
                break
    return None


def _put(head: str, new: str, where: str, named: str) -> str | None:
    """``head`` with ``new`` said just after (or before) the last place ``named`` was said
    as a word of its own (else as part of one); None where it was never said."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", head)]
    words = [head[a:b] for a, b in spans]
    want = _key(named.split())
    found = (_spot(words, want, True) or _spot(words, want, False)) if want else None
    if found is None:
        return None
    start, end = found
    gap = " space " if spelled_out(head) else " "
    if where == "before":
        while start and not _key(words[start - 1:start]) and not _key(named.split()[:1]):
            start -= 1  # "before dash dash port": before its dashes
        at = spans[start][0]
        return f"{head[:at]}{new}{gap}{head[at:]}"
    last = words[end - 1]
    at = spans[end - 1][0] + len(last.rstrip(".,;:!?"))
    return f"{head[:at]}{gap}{new}{head[at:]}"


def left_out_put_back(text: str, removed: list[str] | None = None) -> tuple[str, int]:
    """The words the speaker says were left out, put where they say (1 when done): the
    sentence that says so goes (into ``removed``, for the trace)."""
    for pattern in (_LEFT_OUT, _SHOULD_HAVE):
        m = pattern.search(text)
        if not m:
            continue
        placed = _put(text[:m.start()], m.group("new"), m.group("where").lower(),
                      m.group("old"))
        if placed is not None:
            if removed is not None:
                removed.append(m.group(0).strip(" ,.") + " (put in its place)")
            return f"{placed.rstrip()} {text[m.end():].strip()}".rstrip(), 1
    return text, 0
