"""Self-corrections, restarts and things said again: markers anchored to the words
they replace ("origin main no wait origin develop"), restarts, additions ("oh and also"), "A
instead of B", "not X, Y", "correct X to Y", and false starts: words trailed off, said again
after a pause or said twice."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.specialists.bash.cleanup.context import (
    _free_text_before,
    _is_command,
    _quote_open,
    _users_text,
)
from app.specialists.bash.cleanup.framing import _by_edge, _capitals_mm
from app.specialists.bash.cleanup.letters import _SPOKEN_PARTS
from app.specialists.bash.cleanup.words import (
    ADDITIONS,
    CASE_WORDS,
    CORRECTIONS,
    DROPS,
    FILLERS,
    FIX_WORDS,
    HESITATIONS,
    LEADING_MARKERS,
    LITERAL_AFTER,
    NEW_SENTENCE,
    NUMBER_WORDS,
    PHRASE_RESTARTS,
    PLAIN_ENGLISH,
    PROSE_BEFORE,
    QUOTED_TEXT_MARKERS,
    RESTARTS,
    SEPARATOR_WORDS,
    SUBJECTS,
    SYMBOLISH,
)
from app.specialists.bash.vocabulary import ALONE, SUBCOMMAND_HOSTS, SUBCOMMANDS, SYMBOL_WORDS

_SENTENCE_MARKER = re.compile(
    r"(?i)(?:(?<=[.!?])\s+(?:correction:|edit:|(?:no,?\s*)?wait,?\s*no[.,!]|actually,?\s*no[.,!]|"
    r"sorry,?\s*i mean,?|(?:no,?\s*)?scratch that[.,!]?)(?:\s*make that\b)?"
    r"|,?\s*\b(?:actually,?\s*no|wait,?\s*no|no wait)[.!](?=\s+\S))")


def _drop_additions(words: list[str]) -> tuple[list[str], int]:
    """ "docker ps oh and dash a", "…, and then five after that": the addition marker goes,
    the words stay (in protocol style as a shell word of their own)."""
    count, i = 0, 0
    while i < len(words):
        rest = " ".join(words[i:])
        addition = next((m for m in ADDITIONS if rest.startswith(m + " ")), None)
        if rest.startswith("and then ") and re.search(r" after that\W*(?:almost forgot)?\W*$",
                                                      rest) and not _is_command(words[i + 2]):
            addition = "and then"  # "…, and then five after that" (not a second command)
        if addition and i > 0 and _users_text(words[:i]):
            addition = None  # a commit message's "oh and add tests"
        if addition and i > 0:
            gap = ["space"] if words.count("space") >= 2 and words[i - 1] != "space" else \
                [ALONE] if words[i - 1] in SYMBOL_WORDS else []  # "dash dash, oh, and add"
            words = words[:i] + gap + words[i + len(addition.split()):]  # protocol: a new word
            count += 1
        else:
            i += 1
    return words, count


FLAG_DASHES = {"dash", "minus"}
FLAG_WORDS = {"dash", "minus", "hyphen", "double"}


def _anchor(before: list[str], after: list[str]) -> int | None:
    """Where a correction ``after`` begins in ``before``: the last same word as its first
    (or one it extends, "http" -> "https"; a number for a number), at the start of a run;
    an earlier one where more of the correction repeats what was said ("capital dump …
    capital info dot, I mean capital dump … info dot py")."""
    anchor = after[0]

    def same(w: str) -> bool:
        if w == anchor or (w in FLAG_DASHES and anchor in FLAG_DASHES):
            return True  # "dash V, oops, minus C": the same symbol
        if len(w) >= 3 and len(anchor) >= 3 and (anchor.startswith(w) or w.startswith(anchor)):
            return True
        return (w in NUMBER_WORDS or w.isdigit()) and (anchor in NUMBER_WORDS or anchor.isdigit())
    def repeated(cut: int) -> int:
        n = 0
        while cut + n < len(before) and n < len(after) and before[cut + n] == after[n]:
            n += 1
        return n if cut + n == len(before) else 0  # the correction covers the rest

    def restated(cut: int, later: int) -> bool:  # all from ``cut`` to ``later`` said again
        return later - cut >= 2 and before[cut:later] == after[:later - cut]

    found = None
    for cut in range(len(before) - 1, 0, -1):
        if same(before[cut]) or (
                anchor == "double" and after[1:2] in (["dash"], ["minus"], ["hyphen"]) and
                before[cut] in FLAG_DASHES | {"hyphen"} and
                before[cut + 1:cut + 2] == [before[cut]]):
            # "minus minus force, no, double dash locale": the long flag said again
            while cut > 1 and before[cut - 1] == before[cut]:  # "seven seven seven"
                cut -= 1
            if before[cut - 1] == "double" and anchor in FLAG_DASHES and \
                    after[1:2] == [anchor]:
                cut -= 1  # "double dash quiet, sorry, dash dash show": the long flag again
            if anchor in NUMBER_WORDS or anchor.isdigit():
                while cut > 1 and before[cut - 1] in NUMBER_WORDS:
                    cut -= 1  # "ninety three, I meant one hundred": the whole number
            if found is None:
                found = cut
            elif (repeated(cut) >= 3 and repeated(cut) > repeated(found)) or \
                    restated(cut, found):
                found = cut
    return found


def _content(words: list[str]) -> int:
    return sum(w not in SYMBOLISH for w in words)


JOINING = {"dot", "period", "point", "slash", "underscore", "colon", "equals", "equal", "hyphen",
           "at", "tilde"}


def _natural_token(words: list[str]) -> list[str]:
    """The first shell word of natural-style ``words``: a word with what symbol words join
    to it ("input dot p n m", "dash dash user"), letters spelled one by one, numbers said in
    parts; the next plain word, or a dash, starts another."""
    i = 0
    while i < len(words) and words[i] in ("dash", "minus", "double"):
        i += 1  # a flag's dashes
    i += 1
    while i < len(words):
        w, prev = words[i], words[i - 1]
        if w in JOINING or prev in JOINING or (len(w) == 1 and len(prev) == 1) or (
                w in NUMBER_WORDS and prev in NUMBER_WORDS):
            i += 1
            continue
        break
    return words[:i]


def _units(words: list[str]) -> int:
    """Words of content, letters spelled in a row counting once."""
    return sum(1 for j, w in enumerate(words) if w not in SYMBOLISH and not (
        len(w) == 1 and j and len(words[j - 1]) == 1))


def _path_start(before: list[str], after: list[str]) -> int | None:
    """Where the path that a path said after a correction replaces starts: the last one
    written ("~/projects/notes/, no, tilde slash …"), or the last said from home ("tilde
    slash x dot sh, no, tilde slash …"); None when ``before`` does not end in such a path."""
    home = after[0] in ("tilde", "~") or after[0].startswith("~/")
    if "/" in before[-1] and after[0] not in before and (  # not said again from earlier on
            home or after[0] in ("slash", "forward") or "/" in after[0]):
        return len(before) - 1
    if not home:
        return None
    start = next((k for k in range(len(before) - 1, 0, -1)
                  if before[k] in ("tilde", "~") or before[k].startswith("~/")), None)
    if start is None or set(before[start:]) & {"space", "dash", "minus", "hyphen", "double"}:
        return None
    return start


_SAID_DASHES = FLAG_DASHES | {"hyphen"}
_WRITTEN_FLAG = re.compile(r"(--?)([a-z][a-z0-9]*(?:-[a-z0-9]+)*)")


def _flag_said(before: list[str], flag: str) -> int | None:
    """Where a flag written after a correction was said before in words ("dash dash file
    …, sorry, I mean --file …"): the start of its dashes, or None."""
    m = _WRITTEN_FLAG.fullmatch(flag)
    if m is None:
        return None
    dashes, name = m.groups()
    parts = name.split("-")
    for k in range(len(before) - 1, 0, -1):
        if before[k - 1] not in _SAID_DASHES or [
                w.lower() for w in before[k:k + 2 * len(parts) - 1:2]] != parts or any(
                w not in _SAID_DASHES for w in before[k + 1:k + 2 * len(parts) - 1:2]):
            continue
        start = k - 1
        if len(dashes) == 2:
            if before[k - 2:k - 1] == [before[k - 1]] or before[k - 2:k - 1] == ["double"]:
                start = k - 2
            else:
                continue
        return start if start > 0 else None
    return None


_WRITTEN_FILE = re.compile(r"[\w~/-]*\w\.[A-Za-z]\w{0,4}")


def _content_cut(before: list[str], after: list[str]) -> int:
    """No anchor: in protocol style the last token said goes; otherwise the correction's
    first token replaces as many words of content as it has (with the symbol words between
    them), never the command word itself."""
    if "space" in after and "space" in before[1:-1]:  # protocol: the last token said
        return len(before) - before[::-1].index("space")
    first = after[:after.index("space")] if "space" in after else _natural_token(after)
    wanted = max(1, _units(first))
    if len(before) > 3 and before[-2] in ("dot", "period", "point") and \
            _WRITTEN_FILE.fullmatch(after[0]):  # "report dot TXT, no, notes.txt": the name
        wanted = max(wanted, 2 + (before[-2] == "point"))
    cut, seen = len(before), 0
    while cut > 1 and seen < wanted:
        run = cut - 1
        while run > 0 and len(before[run]) == 1 and len(before[run - 1]) == 1 and \
                (before[run] + before[run - 1]).isalpha():
            run -= 1  # spelled letters ("g h") are one name
        if run == 0:
            break  # the command's own name
        if before[run] in ("slash", "/") and seen and "slash" not in first:
            break  # "data slash api, sorry, app dot log": the path's last part goes
        cut = run
        seen += before[cut] not in SYMBOLISH
        if seen and (before[cut] in FLAG_WORDS or before[cut].startswith("-")) and \
                after[0] in FLAG_WORDS:
            break  # "T shark dash H, sorry, hyphen W slash tmp": a flag for the flag
    while 1 < cut < len(before) and before[cut - 1] == before[cut]:
        cut -= 1  # "release release, or rather profile": the word said twice
    return cut


def _restart(words: list[str]) -> list[str]:
    """The command word said again later (not after a pipe, "and", "ampersand" or a written
    ``&&`` or ``;``): the speaker started over, so keep the last start ("cd dot dot no two
    levels up cd dot dot slash dot dot")."""
    if not words or not _is_command(words[0]):
        return words
    for j in range(len(words) - 2, 0, -1):
        if words[j] == words[0] and words[j - 1] not in SEPARATOR_WORDS and \
                words[j - 1] not in ("ampersand", "ampersands") and \
                not words[j - 1].endswith(("&", ";", "|")) and \
                words[j - 1] not in SYMBOLISH | {"point"} and words[j - 1] != "grep" and not (
                    words[0] in SUBCOMMAND_HOSTS and words[j - 1] in SUBCOMMANDS):
            return words[j:]
    return words


def _name_in_parts(words: list[str]) -> bool:
    """Only a tool's name said in parts, ending in spelled letters: "s n m p d f", "snake f
    m t" (not a command and its argument, "cd d", "feh x", nor a name and a word, "G H
    demo")."""
    said = [w for w in words if w not in FILLERS and w not in PROSE_BEFORE]
    return 2 <= len(said) <= 6 and len(said[-1]) == 1 and len(said[-2]) == 1 and \
        not _is_command(said[0]) and not set(said) & (SYMBOL_WORDS.keys() | {"space"}) and \
        all(w.isalpha() for w in said)


def _capital_spelled(words: list[str], i: int, marker: str) -> bool:
    """A marker whose capital was spelled or asked for before it: "capital W wait" is the
    word Wait, "minus cap no cap profile" is -NoProfile."""
    return i >= 2 and words[i - 2] in ("capital", "cap") and words[i - 1] == marker[:1] or (
        i >= 1 and words[i - 1] in ("capital", "cap", "big") and " " not in marker)


def _subcommand_said(words: list[str], i: int, marker: str) -> bool:
    """A marker that is a word of the command: the subcommand in "kubectl space wait space
    …" or "docker wait dash t", and "no" opening a cased word in protocol style ("space no
    capital auth": noAuth)."""
    host = words[i - 2] if words[i - 1:i] == ["space"] and i >= 2 else words[i - 1]
    nxt = words[i + 1:i + 2] or [""]
    return (marker == "wait" and host in SUBCOMMAND_HOSTS and (
        nxt[0] in ("space", "dash", "minus", "hyphen") or nxt[0].startswith("-"))) or (
        marker == "no" and words[i - 1] == "space" and nxt[0] in ("capital", "cap"))


def _nothing_before(words: list[str], head: Callable[[str], bool]) -> str | None:
    """The correction marker the words start with, where what follows is no name it starts
    ("no K O G I R I": nokogiri, "ani dash cli"), nor a command ("wait 5")."""
    first = next((m for m, _ in _by_edge(CORRECTIONS, False).get(words[0], ())
                  if " ".join(words[:12]).startswith((m + " ", m + ": "))), None) if words \
        else None  # "todo otra vez: httpie …"
    if first is None or first in DROPS or head(first.split()[0]):
        return None
    nxt = words[len(first.split())]
    return None if len(nxt) == 1 or nxt in SYMBOL_WORDS else first


def _apply_corrections(words: list[str], tools: frozenset[str] = frozenset()
                       ) -> tuple[list[str], int, int]:
    """(words with each correction applied, corrections, of them whole restarts); ``tools``,
    installed programs, tell a tool's name from an argument."""
    def head(w: str) -> bool:  # a tool's name, known or installed
        return _is_command(w) or (w in tools and w not in SYMBOL_WORDS)

    count = restarts = 0
    while lead := next((m for m in LEADING_MARKERS
                        if " ".join(words[:len(m.split())]) == m and
                        len(words) > len(m.split())), None):
        words = words[len(lead.split()):]  # "Disregard that. I say again, dust …": no
        count += 1                         # command before it, only the marker goes
    while first := _nothing_before(words, head):
        words = words[len(first.split()):]  # "No, ls dash l": nothing said yet to correct
        count += 1  # (or what it corrects went with a sentence cleanup took out)
    i = 0
    while i < len(words):
        joined_rest = " ".join(words[i:]) + " "
        marker = next((m for m, _ in _by_edge(CORRECTIONS, False).get(words[i], ())
                       if joined_rest.startswith(m + " ")), None)
        if marker is None or i == 0 or (words[i - 1] in LITERAL_AFTER and
                                        marker != NEW_SENTENCE and not (
                                            marker in RESTARTS and " " in marker)) or (
                marker == "instead" and words[i + 1:i + 2] == ["of"]) or (
                marker in QUOTED_TEXT_MARKERS and _users_text(words[:i])) or \
                _subcommand_said(words, i, marker) or _capital_spelled(words, i, marker) or (
                    marker in DROPS | {"wait"} and words[i - 1] in SUBJECTS and  # "I'll wait"
                    words[i - 2:i - 1] not in (["dash"], ["minus"], ["hyphen"])):  # not "-i"
            i += 1
            continue
        n = len(marker.split())
        before, after = words[:i], words[i + n:]
        after = [w for w in after if w not in ("make", "that")] if marker.startswith(
            ("actually", "make")) else after[2:] if after[:2] in (["make", "that"],
                                                                   ["make", "it"]) else after
        while (more := next((m for m in CORRECTIONS
                             if " ".join(after[:len(m.split())]).rstrip(":") == m),
                            None)) is not None:
            after = after[len(more.split()):]  # "sorry, start again ...": markers run on
            marker = more if more in RESTARTS | DROPS else marker
        if marker in DROPS and after[:1] != before[:1]:  # "…, dash q, no, forget that one.":
            cut = _content_cut(before, ["x"])  # it goes, and what follows takes its place
            if "space" in before:  # "… space, example dot py, undo that, …": the phrase
                cut = len(before) - before[::-1].index("space")
            elif len(before) == 1:
                cut = 0  # "Makes, undo that, make …"
            while cut > 1 and before[cut - 1] in ("dash", "minus", "hyphen", "double"):
                cut -= 1  # the flag's dashes with it
            words, i = before[:cut] + after, cut
            count += 1
            continue
        if not after:
            i += 1
            continue
        if after[:3] == ["i", "think", "it's"] and len(after) > 4:
            after = after[3:]  # "…, no wait, I think it's zpool import": the fix said so
        elif after[:1] == ["it's"] and len(after) > 1 and marker != NEW_SENTENCE and (
                after[1].startswith("-") or after[1] in SYMBOL_WORDS or after[1] == "double"):
            after = after[1:]  # "--help, bu shi, it's --canonicalize"
        said = after[1:] if after[:1] == ["please"] else after  # "no no, wait. Write please X"
        said = [said[0], *said[2:]] if said[1:2] == ["please"] else said
        if said[:1] in (["run"], ["type"], ["execute"], ["write"]) and len(said) > 2 and \
                said[1] not in PLAIN_ENGLISH and said[1] not in SYMBOL_WORDS:
            after = said[2:] if said[1] in ("out", "in") and len(said) > 3 else said[1:]
            # "…, no, hang on, run ipinfo grepip …", "cancel that, write out X": said again
            marker = "start over"
        anchor = after[0]
        if marker in PHRASE_RESTARTS and "space" in before[:-1] and (
                anchor in SYMBOL_WORDS or anchor == "double"):  # "… space, dash dash health,
            # scratch that, dash dash help": the flag said again
            cut = len(before) - before[:-1][::-1].index("space") - 1
            words, i = before[:cut] + after, cut
            count += 1
            continue
        if marker in PHRASE_RESTARTS and len(before) > 2 and (
                len(after) == 1 and not head(anchor) and anchor.isalpha() and
                anchor not in SYMBOL_WORDS or _WRITTEN_FLAG.fullmatch(anchor)):
            cut = _content_cut(before, after)  # "pyats version update, strike that, check":
            while anchor.startswith("-") and cut > 1 and before[cut - 1] in FLAG_WORDS | {
                    "capital", "cap", "big", "small"}:
                cut -= 1  # one word for the last; "dash capital I, scrub that, -i": the flag
            words, i = before[:cut] + after, cut
            count += 1
            continue
        if marker in RESTARTS or anchor == before[0] or (_is_command(anchor) and len(after) > 1) \
                or (len(set(before)) == 1 and len(before[0]) >= 3 and anchor.startswith(before[0])):
            words, i = after, 0
            count += 1
            restarts += 1
            continue
        cut = _path_start(before, after)  # a path for a path: the whole path goes
        cut = _flag_said(before, anchor) if cut is None else cut
        cut = _anchor(before, after) if cut is None else cut
        flag = anchor.startswith("-") or anchor == "double" and after[1:2] in (
            ["dash"], ["minus"], ["hyphen"])  # a flag can't start a new command
        if cut is None and marker == NEW_SENTENCE and anchor not in SYMBOL_WORDS and \
                not flag and not (  # "… hg space alpha. Correction: pull."
                    len(after) == 1 and not head(anchor) and "space" in before):
            cut = 0  # a sentence of its own that takes up nothing said before: a new command
        new_tool = after[1:2] in (["dash"], ["minus"])  # "…, sorry, tree dash L 2"
        if cut is None and _content(after) > _content(before) and \
                anchor not in SYMBOL_WORDS and not flag and not (
                head(before[0]) and not _is_command(anchor) and len(set(before)) > 1
                and not new_tool):
            cut = 0  # more said after the marker than before it: said again whole
        if cut is None and _name_in_parts(before) and anchor not in SYMBOL_WORDS:
            cut = 0  # only a tool's name said so far ("snmp d f, hmm no, wifi dash menu")
        if cut is None and (_natural_token(before) == before or len(set(before)) == 1) and \
                "space" not in before and head(anchor):
            cut = 0  # one name said (maybe twice), then a program's: "zip, correction, zile"
        if cut is None:
            cut = _content_cut(before, after)
            while (after[0].startswith("-") or after[0] in FLAG_WORDS) and cut > 1 and \
                    before[cut - 1] in FLAG_WORDS:
                cut -= 1  # "dash dash replace, correction, --reboot": the flag goes whole
            if cut == len(before) - 1 and before[-1].startswith("--") and \
                    _WRITTEN_FLAG.fullmatch(before[-1]) and anchor.isalpha() and \
                    anchor.islower() and not head(anchor) and \
                    anchor not in SYMBOL_WORDS and anchor not in FLAG_WORDS and not any(
                        w in marker for w in ("delete", "mind", "forget", "undo")):
                after = ["--" + anchor, *after[1:]]  # "--cache, ei ku, move": --move
        words = before[:cut] + after
        i = cut
        count += 1
        restarts += cut == 0
    return words, count, restarts


def _restated_after_pause(words: list[str], removed: list[str]) -> list[str]:
    """Words said again right after a hesitation ("pint, uh, pint", "G L X gears, uh, G L X
    gears dash h") are said once: the pause marks a false start, not a repeated argument."""
    bare = [re.sub(r"[,.!?;:]+$", "", w) for w in words]
    for i, w in enumerate(bare):
        if w not in HESITATIONS or not i or _capitals_mm(bare[i - 1], w):
            continue
        j = i
        while j < len(bare) and bare[j] in HESITATIONS:
            j += 1
        for n in range(min(8, i, len(bare) - j), 0, -1):
            span = bare[i - n:i]
            if span == bare[j:j + n] and any(len(x) > 1 and x not in SYMBOL_WORDS and
                                             x not in NUMBER_WORDS for x in span):
                removed.append(" ".join(words[i - n:j]))
                return _restated_after_pause(words[:i - n] + words[j:], removed)
    return words


def _echo_off(words: list[str]) -> tuple[list[str], int]:
    """A stretch of four or more words with two names in it written twice in a row ("haxelib
    space remove space haxelib space remove space data"): Whisper repeating itself when the
    audio stalls, said once (not in the user's own text)."""
    for n in range(min(10, len(words) // 2), 3, -1):
        for i in range(len(words) - 2 * n + 1):
            span = words[i:i + n] if words[i] == words[i + n] else None
            if span and span == words[i + n:i + 2 * n] and sum(
                    len(w) > 2 and w not in _SPOKEN_PARTS and w != "space" and
                    w not in NUMBER_WORDS and w.lower() not in CASE_WORDS  # "capital X capital X"
                    for w in span) >= 2 and not _users_text(words[:i]) and not _one_argument(span):
                return words[:i] + words[i + n:], 1
    return words, 0


def _one_argument(span: list[str]) -> bool:
    """One whole argument with the "space" that sets it off ("space report dot tex"): said
    twice on purpose ("latexpand --output report.tex report.tex"), not Whisper's echo."""
    return span.count("space") == 1 and (span[0] == "space" or span[-1] == "space")


def _said_twice(words: list[str]) -> tuple[list[str], int]:
    """A command's start said again at once ("R M lint, uh, R M lint dash capital D"): the
    first saying is a false start (also after sudo)."""
    at = 1 if words[:1] == ["sudo"] else 0
    for n in range(min(8, (len(words) - at) // 2), 0, -1):
        span = words[at:at + n]
        if span == words[at + n:at + 2 * n] and at + 2 * n < len(words) and \
                "space" not in span and \
                span[-1] not in SYMBOL_WORDS and any(
                len(w) > 1 and w not in SYMBOL_WORDS for w in span):  # not "J J", "dash dash"
            return words[:at] + words[at + n:], 1
    return words, 0


# "not X, Y": X was said by mistake (a short run without quotes, before a comma)
_NOT_THIS = re.compile(r"(?i)(?:^|(?<=[\s,]))not(?! that(?: one| the other one| flag)?,)"  # marker
                       r"(?: (?:[^\s,.\"']|\.(?=\S))+){1,8}, (?=\S)")
_NOT_BUT = re.compile(r"(?i)(?:^|(?<=[\s,]))not(?= (?:[^\s,.\"']+ ){0,3}(?:dash|minus|hyphen|"
                      r"dot|period|slash)\b)(?: [^\s,.\"']+){1,6},? but (?=\S)")
AUXILIARIES = {"do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could",
               "should", "must", "have", "has", "may", "might", "i'm", "it's", "why"}


_NOT_AT_END = re.compile(
    r"(?i)(?:(?:,\s*(?:and\s+)?|\s+and\s+)not(?! that\b)(?: [^\s,.\"']+){1,6}[,.]?"
    r"|\s+not (?:dash|minus|double|-)[^\s,.]*(?: [^\s,.\"']+){0,5},"
    r"|,?\s+rather than(?: [^\s,.\"']+){1,6}[,.]?)\s*$")


_SPAN = r"(?:[^\s,;:!?.]|\.(?=\S))+(?: (?:[^\s,;:!?.]|\.(?=\S))+){0,7}?"
_SWAP_MARKERS = "|".join(re.escape(m) for m in sorted(
    {*CORRECTIONS, "same thing but", "hang on", "oh"} - {NEW_SENTENCE}, key=lambda m: -len(m)))
_INSTEAD = re.compile(  # after punctuation, or a correction's marker: "…, sorry, A instead of B"
    rf"(?i)(?:(?:^|[.,;:!?]\s+)(?:\b(?:{_SWAP_MARKERS})\b[,:.]?\s+)*|\s(?:\b(?:{_SWAP_MARKERS})"
    rf"\b[,:.]?\s+)+)(?P<new>{_SPAN}) instead of (?P<old>{_SPAN})(?:,? please)?[.!]?\s*$")
_SHOULD_BE = re.compile(  # "Hang on, that should be start not status."
    rf"(?i)[,.;:!?]?\s*(?:\b(?:{_SWAP_MARKERS})\b[,.]?\s+)*\b(?:that|it) should (?:be|have "
    rf"been) (?P<new>{_SPAN}),? not (?P<old>{_SPAN})(?=[.,!?]|\s*$)[.,!?]?")


_ITS_NOT = re.compile(  # "terminator minus N, I tell a lie, it's minus f, not minus N."
    rf"(?i),\s*(?:\b(?:{_SWAP_MARKERS})\b[,.]?\s+)+(?:it's|it is) (?P<new>{_SPAN}), not ")


def _its_not(text: str) -> tuple[str, int]:
    """ "… dash V, I tell a lie, it's dash t, not dash V demo …": the words named after
    "not" end what was said before the marker; the others take their place, and the
    command goes on after them (1 when done)."""
    low = text.lower()
    m = _ITS_NOT.search(text) if " not " in low and ("it's " in low or "it is " in low) else None
    if not m or _quote_open(text[:m.start()]):
        return text, 0
    head, rest = text[:m.start()], text[m.end():].split(" ")
    for n in range(min(6, len(rest)), 0, -1):
        named = " ".join(rest[:n]).rstrip(".,!?")
        if named and head.lower().endswith(" " + named.lower()):
            stop = rest[n - 1][len(rest[n - 1].rstrip(".,!?")):]  # the sentence's end
            tail = " ".join(rest[n:])
            return f"{head[:-len(named)]}{m.group('new')}{stop} {tail}".rstrip(), 1
    return text, 0


def _replace_last(head: str, named: str, fix: str) -> str | None:
    """``head`` with the last place ``named`` was said replaced by ``fix`` (None if never)."""
    spots = list(re.finditer(_WORD_AT.format(re.escape(named)), head))
    if not spots:
        return None
    at = spots[-1]
    return f"{head[:at.start()]}{fix}{head[at.end():]}"


def instead_of(text: str) -> tuple[str, int]:
    """ "…, yarn add install, correction, requests@18 instead of install.", "ddev status. Hang
    on, that should be start not status.": the words named after "instead of" or "not", said
    before, are replaced by the others (1 when done); never inside quotes or echo's text."""
    low = text.lower()
    for pattern, needle in ((_INSTEAD, " instead of "), (_SHOULD_BE, " should ")):
        m = pattern.search(text) if needle in low else None  # the search is slow on long text
        if not m or _free_text_before(text[:m.start()]) or _quote_open(text[:m.start()]):
            continue
        swapped = _replace_last(text[:m.start()], m.group("old"), m.group("new"))
        if swapped is not None:
            return f"{swapped} {text[m.end():]}", 1
    return _its_not(text)


_NAMED = r"((?:[\w.-]+ ){0,3}[\w.-]+)"
_TAKEN_OUT = re.compile(
    r"(?i),?\s*(?:(?:sorry|sliha|סליחה|rega|lo lo|lo|no),\s*)?"
    rf"(?:drop the {_NAMED}|no {_NAMED},\s*forget it)[,.]?\s*(?=\S|$)")


def _taken_out(text: str) -> tuple[str, int]:
    """ "…, sliha, drop the minus F, …" and "…, rega, no dash V, forget it, …": the words
    named were said by mistake and go, with nothing in their place (once said before; not
    in quotes or echo's text). "no X" needs its "forget it"."""
    low = text.lower()
    if "drop the " not in low and "forget it" not in low:
        return text, 0
    for m in _TAKEN_OUT.finditer(text):
        head = text[:m.start()]
        if _free_text_before(head) or _quote_open(head):
            continue
        dropped = _replace_last(head, m.group(1) or m.group(2), "")
        if dropped is not None:
            return re.sub(r"\s{2,}", " ", f"{dropped.rstrip(' ,')} {text[m.end():]}").strip(), 1
    return text, 0


def _not_this(text: str) -> tuple[str, int]:
    """Drops "not X," and "not X but" said to take X back ("… template not dash dash dry
    run, download", "lslocks, not dash e but dash p",
    "… example dot com, and not example dot md"), but not English negation ("do not
    disturb", "wip not done") nor words after echo, which are text."""
    # "…, no, it's not X, it's Y", the French "…, non, pas X, Y" and the Indonesian "…, bukan
    # X, Y" are "not X, Y"
    text = _UTAN.sub(r"\1, but ", _NON_PAS.sub("no, not", text))  # Swedish "nej, inte X, utan Y"
    text, dropped = _taken_out(text)
    text = _ITS_NOT_ITS.sub(lambda m: m.group(0) if _quote_open(text[:m.start()]) or _users_text(
        text[:m.start()].lower().split()) else f"not {m.group(1)}, ", text)
    taken = dropped
    for _ in range(8):  # each "not X" in turn ("…, sorry, not A, B, …, sorry, not C, D")
        text, more = _not_this_once(text)
        if not more:
            break
        taken += 1
    return text, taken


_NON_PAS = re.compile(r"(?i)(?<=[\s,])(?:non,?\s+pas\b(?!\s+ça)|bukan(?=\s+(?!bukan\b|itu\b)\w)|"
                      r"nej,?\s+inte\b(?!\s+den\b))")
_UTAN = re.compile(r"(?i)(?<=\bnot )((?:[^\s,]+ ){0,5}[^\s,]+),?\s+utan\s+")  # "not X but Y"
_ITS_NOT_ITS = re.compile(r"(?i)(?<=[\s,])(?:(?:no|nah|sorry|feck|ah no),\s+)?it's not "
                          r"((?:[^\s,]+ ){0,5}[^\s,]+), it's (?=\S)")
_NOT_X_BUT = re.compile(
    r"(?i)(?:^|(?<=[\s,]))not((?: (?!but\b)[^\s,\"']*[^\s,.\"']){1,6})(?:,? but |, )(?=\S)")


def _not_x_but(text: str) -> str | None:
    """ "dash dash quiet, not dash dash quiet but dash dash repeat", "hub, not hub, trayer":
    the words named after "not" were said just before it; they go, and what follows takes
    their place."""
    for m in _NOT_X_BUT.finditer(text):
        named, head = m.group(1).strip().lower(), text[:m.start()].rstrip(", ")
        sentence = re.split(r"(?<=[.!?])\s+", text[:m.start()])[-1]  # "Say you need …. X"
        if not _takes_back(sentence):
            continue
        if head.lower().endswith(named) and (
                len(head) == len(named) or not head[-len(named) - 1].isalnum()):
            return head[:len(head) - len(named)].rstrip() + " " + text[m.end():]
        earlier = None if _MARKER_BEFORE.search(head, max(0, len(head) - 80)) else _said_earlier(
            head, named, text[m.end():])  # "…, sorry, not X, Y": another reading's
        if earlier is not None:
            return earlier
    return None


_WORD_AT = r"(?i)(?<![\w-]){}(?![\w-])"
_FIX_ENDS = re.compile(r"(?i)[,.!?]|\s(?:so|to|because|which|that's|or something|i think|yeah)\b")


def _said_earlier(head: str, named: str, rest: str) -> str | None:
    """ "csvcut --verbose 1,3 data.csv, not --verbose, --columns": the named words were said
    further back; what follows "not X," up to a comma or a trailing clause takes their place
    there, and the rest stays at the end."""
    if not rest.strip():
        return None
    end = _FIX_ENDS.search(rest)
    fix, after = (rest[:end.start()], rest[end.start():]) if end else (rest, "")
    if not fix.strip() or len(fix.split()) > 4:
        return None
    replaced = _replace_last(head, named, fix.strip())
    return None if replaced is None else replaced + after


def _not_this_once(text: str) -> tuple[str, int]:
    """The first "not X" that takes X back, taken out (see :func:`_not_this`)."""
    named = _not_x_but(text)
    if named is not None:
        return named, 1
    for m in _NOT_BUT.finditer(text):  # "not dash e but dash p": what follows "but"
        if _takes_back(text[:m.start()]):
            return text[:m.start()] + text[m.end():], 1
    for m in _NOT_THIS.finditer(text):
        if _takes_back(text[:m.start()]):
            return _named_cut(text, m) or text[:m.start()] + text[m.end():], 1
    end = _NOT_AT_END.search(text)
    if end and end.start() > 0 and _takes_back(text[:end.start()]):
        return text[:end.start()], 1
    return text, 0


def _takes_back(before_text: str) -> bool:
    """A "not" after ``before_text`` takes words back: not after an auxiliary ("do not"),
    a symbol word ("dash not"), inside quotes or free text (echo)."""
    before = before_text.lower().split()
    return bool(before) and before[-1].strip(",") not in AUXILIARIES and \
        before[-1].strip(",") not in LITERAL_AFTER and not _free_text_before(before_text) \
        and "quote" not in before


_MARKER_BEFORE = re.compile(r"(?i)(?:(?:,\s*)?\b(?:sorry|no|wait|no wait|oops|pardon|yok|york|"
                            r"yog)[,.]?\s*)+$")  # "no no," and a Turkish "yok yok," too


def _named_cut(text: str, m: re.Match) -> str | None:
    """ "test, sorry, not test, commit": the words after "not" name what was wrong; said
    just before the marker, they are what the next words replace; said once earlier, the
    next words up to a comma take their place ("conda report export, sorry, not report,
    env" is conda env export)."""
    named = m.group(0).split(None, 1)[1].rstrip(", ")
    before = text[:m.start()]
    marker = _MARKER_BEFORE.search(before, max(0, len(before) - 80))  # the markers just before
    head = (before[:marker.start()] if marker else before).rstrip(", ")
    if head == text[:m.start()].rstrip(", "):
        return None  # no correction word before "not": plain "not X, Y"
    at = head.lower().rfind(named.lower())
    if at < 0 or (at and head[at - 1].isalnum()):
        return None
    if not head[at + len(named):].strip(" ,."):
        return head[:at] + text[m.end():]
    said = re.findall(rf"(?i)(?<![\w-]){re.escape(named)}(?![\w-])", head)
    fix = re.match(r"[^,.]+(?:\.\S+)*", text[m.end():])
    if len(said) != 1 or not fix or len(fix.group(0).split()) > len(named.split()) + 2:
        return None  # "… report export, sorry, not report, env": in place, once said
    at = re.search(rf"(?i)(?<![\w-]){re.escape(named)}(?![\w-])", head).start()
    return head[:at] + fix.group(0).strip() + head[at + len(named):] + \
        text[m.end() + fix.end():]


_CORRECT_TO = re.compile(r"(?i),?\s*\bcorrect\s+([\w.-]+)\s+to\s+([\w.-]+?)(?=[,.!?]?(?:\s|$))|"
                         r"(?:,|(?<=[.!?]))\s*\breplace\s+([\w.-]+)\s+with\s+([\w.-]+?)"
                         r"(?=[,.!?]?(?:\s|$))|"
                         r",\s*\b(?:select|correct)\s+([\w.-]+),\s+([\w.-]+?)(?=[,.!?]?(?:\s|$))")


_WILL_BE = re.compile(r"(?i)(?<=[,.…])(\s+)([^,.…]+?)\s+o ?la[cj]a[kc]\b")


def corrected_to(text: str) -> str:
    """Dragon's and Talon's "correct X to Y", ", select X, Y" and ", replace X with Y": the
    last X said before it becomes Y. A Turkish "…, Y olacak" ("it'll be Y") is "I mean Y"."""
    text = _WILL_BE.sub(lambda m: f"{m.group(1)}I mean {m.group(2)}", text)
    for _ in range(4):
        m = _CORRECT_TO.search(text)
        if not m:
            return text
        head = text[:m.start()]
        wrong, right = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
        if wrong.lower() == "space" or wrong.lower() in SYMBOL_WORDS:
            return text  # "xcodes space, select space, 18": "select" is the subcommand
        said = list(re.finditer(rf"(?i)(?<![\w-]){re.escape(wrong)}(?![\w-])", head))
        if not said or _free_text_before(head):  # "echo correct this to that": the text
            return text
        at = said[-1]
        text = head[:at.start()] + right + head[at.end():] + text[m.end():]
    return text


def _bare(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", word.lower())


def _past_pause(words: list[str], at: int, last: str) -> int:
    """Where the dictation picks up after a remark said to oneself between two pauses
    ("U... what's it now... U V lock", "F... hang on... F M T"): after it, where the next
    word says ``last`` again; else ``at``."""
    pause = next((j for j in range(at, min(at + 5, len(words)))
                  if words[j].endswith(("...", "\u2026"))), None)
    if pause is None or pause + 1 >= len(words) or _bare(words[pause + 1]) != last or \
            last in HESITATIONS or \
            not all(re.fullmatch(r"[a-z']+", _bare(w)) and _bare(w) not in SYMBOL_WORDS
                    for w in words[at:pause + 1]):
        return at
    return pause + 1


def trailed_off(text: str) -> str:
    """Words that trail off ("…") and are said again at once are said once: "dash dash…
    dash dash replace", "tilde slash projects… eh tilde slash projects slash photo", from
    where they start again ("knife data ba... knife data bag show"), and a word broken off
    so goes ("podm... podman")."""
    words = text.split()
    i = 0
    while i < len(words):
        if not (words[i].endswith("...") or words[i].endswith("\u2026")) or \
                not words[i].rstrip(".\u2026"):
            i += 1
            continue
        after = i + 1
        while after < len(words) and _bare(words[after]) in HESITATIONS:
            after += 1
        after = _past_pause(words, after, _bare(words[i]))
        rest = " ".join(_bare(w) for w in words[after:after + 4]) + " "
        marker = next((m for m in CORRECTIONS if rest.startswith(m + " ")), None)
        if _bare(words[i]) in LITERAL_AFTER and marker and marker not in RESTARTS:
            fix = after + len(marker.split())
            run = i  # "dash dash… I mean dash dash port": the whole run of symbols goes
            while run > 0 and _bare(words[run - 1]) in LITERAL_AFTER and \
                    [_bare(w) for w in words[run - 1:i + 1]] == \
                    [_bare(w) for w in words[fix:fix + i + 2 - run]]:
                run -= 1
            words = words[:run] + words[fix:]  # "dash… I mean dash d": the dash never
            continue  # ended, what follows says it
        said = [_bare(w) for w in words[:i]] + [_bare(words[i])]
        again = [_bare(w) for w in words[after:after + 6]]
        k = next((k for k in range(min(6, len(said), len(again)), 0, -1)
                  if said[-k:] == again[:k]), 0)
        kept = [j for j, w in enumerate(said) if w not in HESITATIONS]  # "knife, er, data"
        back = next((kept[n] for n in range(len(kept) - 2, -1, -1)
                     if len(again) >= 2 and [said[kept[n]], said[kept[n + 1]]] == again[:2] and
                     len(again[0]) > 2 and (again[0] not in SYMBOL_WORDS or
                                            again[:2] == ["greater", "than"]) and
                     again[0] not in FILLERS | FIX_WORDS | {"space"}), None)
        if k:
            words = words[:i + 1 - k] + words[after:]
            i = i + 1 - k
        elif back is not None:  # "knife data ba... knife data bag": said again from there
            words = words[:back] + words[after:]
            i = back
        elif again and len(said[-1]) >= 2 and again[0] != said[-1] and \
                again[0].startswith(said[-1]):
            words = words[:i] + words[after:]  # "podm... podman": a word broken off
        else:
            i += 1
    return " ".join(words)


_WORD_AGAIN = re.compile(r"(?i)(?<![\w-])([a-z][a-z']+), \1(?![\w-])")


def _word_again_off(text: str, removed: list[str]) -> str:
    """Spelled-out dictation ("space" said): a word said again after a pause ("pueue space
    enqueue, enqueue space 10") is said once; not a symbol's or a number's name ("dash,
    dash" is --)."""
    if " space " not in text.lower():
        return text

    def once(m: re.Match) -> str:
        w = m.group(1).lower()
        if w in SYMBOL_WORDS or w in NUMBER_WORDS or w in ("space", "double", "no"):
            return m.group(0)
        removed.append(f"{m.group(1)} (said twice)")
        return m.group(1)

    return _WORD_AGAIN.sub(once, text)


_TRY_AGAIN = re.compile(r"(?i)\b(?:let's|let me|lemme) try that again\b")


def _try_again_restarts(text: str) -> str:
    """ "let's try that again" starts over, as "scratch that" (not the lead-in "let's try")."""
    return _TRY_AGAIN.sub("scratch that", text)
