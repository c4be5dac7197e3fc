"""Fillers, framing and asides, from the words: framing and greetings before the command
and sign-offs after it (phrase tables matched at either edge), fillers and hesitations,
asides said in passing ("let me think"), a slot's description ("the option should be"), a
lead-in ending in a colon, and a closing "enter" said as the key press."""

from __future__ import annotations

import re

from app.specialists.bash.cleanup.context import (
    _builtin_before_flag,
    _free_text_before,
    _is_command,
    _joined_name,
    _users_text,
)
from app.specialists.bash.cleanup.words import (
    ASIDES,
    CASE_WORDS,
    CONNECTORS,
    CORRECTIONS,
    DIGIT_WORDS,
    FILLERS,
    FIX_WORDS,
    HESITATIONS,
    LITERAL_AFTER,
    NUMBER_WORDS,
    PROSE_BEFORE,
    SINGLISH,
    SYMBOL_NEIGHBOURS,
)


def _capitals_mm(before: str, word: str) -> bool:
    """ "all caps mm": a date format's MM, no hesitation."""
    return word == "mm" and before in ("caps", "case", "uppercase")


# Correction markers with a filler in them that say nothing without it ("bu dui": Mandarin
# "not right", where "dui" alone is a filler)
_FILLED_MARKERS = [m.split() for m in CORRECTIONS if len(m.split()) > 1 and
                   any(w in FILLERS for w in m.split()) and
                   " ".join(w for w in m.split() if w not in FILLERS) not in CORRECTIONS]


def _marker_part(words: list[str], i: int) -> bool:
    """``words[i]`` is a filler said as part of one of _FILLED_MARKERS."""
    bare = [w.strip(",.!?") for w in words[max(0, i - 3):i + 4]]
    at = min(i, 3)
    return any(bare[at - k:at - k + len(m)] == m for m in _FILLED_MARKERS
               for k, x in enumerate(m) if x == bare[at] and at >= k)


_RUN_STYLES = {"kebab", "snake", "camel", "pascal", "screaming"}
_ASSENTS = {"ok", "okay", "alright", "yeah", "yep", "yup", "oh"}


def _in_case_run(out: list[str]) -> bool:
    """In spoken protocol, words after "kebab case" (or snake, camel …) up to the next
    "space" are the run's words."""
    token = out[len(out) - out[::-1].index("space"):] if "space" in out else out
    return any(a in _RUN_STYLES and b == "case" for a, b in zip(token, token[1:], strict=False))


def _strip_fillers(words: list[str], removed: list[str]) -> list[str]:
    """Fillers go, except a word said right after a symbol ("minus so", "dot ok"), "right"
    naming a symbol ("right angle") and "oh"
    after a number before another, a second "oh" or, in protocol style, the token's end
    (zeros: "one oh space" is 10); one between two numbers becomes
    "space", since the pause split them, and so does a hesitation between two words in
    protocol style ("output dot c uh main dot y"): people pause between shell words."""
    out = []
    protocol = "space" in words
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        glued = w == "right" and nxt in ("now", "angle", "bracket", "paren", "parenthesis",
                                         "brace") or not out and w == "oh" and nxt in (
            "hyphen", "dash") or protocol and w not in HESITATIONS and (
            nxt in NAME_SYMBOLS and (not out or out[-1] == "space") or  # "oh hyphen my"
            w == "then" and out[-2:] in (["semicolon", "space"], ["semicolon"]) or  # "; then"
            w in SINGLISH and nxt == "space" or  # "just space eval": a token of its own
            nxt == "space" and not out and w.isalpha()) or \
            w.strip(",.!?") in FILLERS and _marker_part(words, i)  # "bu dui": a correction
        if w == "oh" and out[-2:-1] and out[-1] in ("dot", "point", "period", "colon") and (
                out[-2] in NUMBER_WORDS | {"zero"} or out[-2].isdigit()) or \
                w == "oh" and out[-1:] == ["zero"] and words[i - 1] == "oh" or \
                w == "oh" and protocol and out[-1:] == ["space"] and nxt in ("space", ""):
            out.append("zero")  # "ten dot oh dot oh dot five": 10.0.0.5, "ten colon oh oh"
            continue  # 10:00, "minus screen space oh space": -screen 0
        if protocol and w not in HESITATIONS | _ASSENTS and _in_case_run(out):
            out.append(w)  # "kebab case suspend then hibernate": the run's words
            continue
        flag = protocol and out[-1:] in (["dash"], ["minus"], ["hyphen"]) and \
            nxt in ("space", "") and w.isalpha()  # "du space dash ah space": -ah
        if w.strip(",.!?") in FILLERS and not glued and not flag and not (
                out and out[-1] in LITERAL_AFTER and (w not in HESITATIONS or
                                                      _capitals_mm(out[-1], w))):  # "dash so"
            first = next(k for k in range(i, -1, -1) if k == 0 or words[k - 1] != "oh")
            run = next((k for k in range(i, len(words)) if words[k] != "oh"), len(words))
            if w == "oh" and first and words[first - 1] in DIGIT_WORDS and (
                    run - first >= 2 or run < len(words) and words[run] in DIGIT_WORDS or
                    protocol and run < len(words) and words[run] in ("slash", "percent") or
                    protocol and (run == len(words) or words[run] == "space")):
                out.append("zero")  # "one oh one" (101), "twenty oh one" (2001)
                continue
            removed.append(w)
            if out and out[-1] in NUMBER_WORDS and nxt in NUMBER_WORDS:
                out.append("space")
            elif protocol and w.strip(",.!?") in HESITATIONS and out and nxt and \
                    not {out[-1], nxt} & (SYMBOL_NEIGHBOURS | LITERAL_AFTER | FILLERS |
                                          PROSE_BEFORE) and nxt not in FIX_WORDS:
                out.append("space")
        else:
            out.append(w)
    return out


NAME_SYMBOLS = {"dash", "hyphen", "underscore", "dot", "minus", "period"}

_PHRASES_BY_EDGE: dict[tuple[int, bool], tuple[list[str], dict[str, list[tuple[str, int]]]]] = {}


def _by_edge(phrases: list[str], trailing: bool) -> dict[str, list[tuple[str, int]]]:
    """The phrases of a list by their first word (their last when ``trailing``), in the
    list's order: only those can match at that edge of the words."""
    key = (id(phrases), trailing)
    if key not in _PHRASES_BY_EDGE or _PHRASES_BY_EDGE[key][0] is not phrases:
        index: dict[str, list[tuple[str, int]]] = {}
        for p in phrases:
            said = p.split()
            index.setdefault(said[-1] if trailing else said[0], []).append((p, len(said)))
        _PHRASES_BY_EDGE[key] = (phrases, index)
    return _PHRASES_BY_EDGE[key][1]


def _named_after_command_is(phrase: str, rest: list[str], removed: list[str],
                            trailing: bool) -> bool:
    """ "the command is next dev", "… is now inspect …": right after "the command is", "next"
    and "now" are the tool's name (Next.js, Vercel's now) unless a command follows them."""
    return not trailing and phrase in ("next", "now") and bool(removed) and \
        removed[-1].endswith("command is") and bool(rest) and not _is_command(rest[0])


def _strip_phrases(words: list[str], phrases: list[str], removed: list[str],
                   trailing: bool = False, tools: frozenset[str] = frozenset()) -> list[str]:
    by_edge = _by_edge(phrases, trailing)
    changed = True
    while changed and words:
        changed = False
        for p, n in by_edge.get(words[-1] if trailing else words[0].rstrip(":"), ()):
            part = words[-n:] if trailing else words[:n]
            said = " ".join(part)
            if (said == p or not trailing and said == p + ":") and len(words) > n and \
                    not _named_after_command_is(p, words[n:], removed, trailing) and not (
                    trailing and words[-n - 1] in ("dash", "minus", "hyphen", "space")) and not (
                    trailing and p in ("only", "once", "itself", "na") and set(
                        words[-n - 5:-n]) & CASE_WORDS) and not (
                    trailing and p == "now" and (  # "shutdown -h now": the flag's value
                        words[-n - 1] == "space" or words[-n - 1].startswith("-") or
                        len(words) > n + 1 and words[-n - 2] in NAME_SYMBOLS)) and not (
                    not trailing and (words[n] in NUMBER_WORDS or words[n] in NAME_SYMBOLS or
                                      (n == 1 and words[n] == "space" and
                                       p not in ("run", "enter")))) and not (
                    not trailing and n == 1 and _installed_in_parts(words, tools)) and not (
                    not trailing and n == 1 and _builtin_before_flag(p, words[1])) and not (
                    not trailing and p.endswith(" a") and len(words[n]) == 1):  # "gimme a z":
                # the letter a, spelling the name
                # "command one" is command1, "run dash mailcap" run-mailcap, "now space login"
                removed.append(p)
                words = words[:-n] if trailing else words[n:]
                changed = True
                break
    return words


def _installed_in_parts(words: list[str], tools: frozenset[str]) -> bool:
    """The first words, said with no "space" between, join into an installed program ("type
    o r m space init": typeorm, "run c o n": runcon)."""
    end = next((k for k, w in enumerate(words[:8]) if w == "space"), 0)
    return end >= 2 and len(name := _joined_name(words[:end])) >= 4 and name in tools


def _strip_asides(words: list[str], removed: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        rest = " ".join(words[i:i + 6]) + " "
        aside = next((a for a, _ in _by_edge(ASIDES, False).get(words[i], ())
                      if rest.startswith(a + " ")), None)
        if aside is None and out and rest.startswith("and then ") and i + 2 < len(words):
            if _is_command(words[i + 2]) and not _users_text(out) and \
                    "and then" not in removed:  # "X, and then -t, and then date": a joiner
                out += ["and", "and"]  # "ls dash l and then pwd": a second command, &&
                i += 2
                continue
            aside = "and then"  # "dumpe2fs, and then minus b": no second command follows
        if aside in CONNECTORS | {"and then"} and _users_text(out):
            aside = None  # grep "followed by": the user's text
        if aside and not (out and out[-1] in LITERAL_AFTER and len(aside.split()) < 3):
            removed.append(aside)  # "slash, where was i, serial": three words are no name
            i += len(aside.split())
            head = next((w for w in out if w not in FILLERS and w not in PROSE_BEFORE), None)
            if head and i + 1 < len(words) and words[i] == head and len(head) > 1:
                removed.append(" ".join(out))
                out = []  # "unison foo hold on unison docs …": the command said again
        else:
            out.append(words[i])
            i += 1
    return out


INTRO_WORDS = {"next", "one", "right", "here's", "here", "is", "this", "the", "command", "ok",
               "okay", "alright", "so", "type", "run", "now", "a", "new", "another", "following",
               "enter", "stick", "pop", "bung", "in", "at", "prompt"}


def _spoken_keys_off(words: list[str], cased: list[str], removed: list[str]) -> list[str]:
    """A closing "enter" said as the key press ("sudo ntpd enter"; "xdotool key Enter" keeps
    it), and "here" closing "we need … here"."""
    said = (re.sub(r"[,.!?]+$", "", w) for w in reversed(cased))
    last = next((w for w in said if w.lower() not in FILLERS), "")  # "enter, please"
    if len(words) > 1 and words[-1] == "enter" and last.lower() == "enter" and \
            words[-2] != "space" and \
            words[-2] not in ("key", "keys", "press", "send", "type"):
        removed.append("enter")
        return words[:-1]
    if len(words) > 2 and words[-1] == "here" and " ".join(cased[:2]).lower() == "we need":
        removed.append("here")
        return words[:-1]
    return words


def _intro_off(words: list[str], removed: list[str]) -> list[str]:
    """A lead-in ending in a colon ("Type this:", "Right, next one:") is not dictation."""
    for k, w in enumerate(words[:8]):
        if w.endswith(":") and k + 1 < len(words):
            lead = [x.rstrip(":") for x in words[:k + 1]]
            if all(x in INTRO_WORDS or x in PROSE_BEFORE for x in lead):
                removed.append(" ".join(lead))
                return words[k + 1:]
            break
    return words


SLOT_NOUNS = ("flag", "flags", "option", "options", "switch", "argument", "arguments", "parameter",
              "file", "filename", "file name", "path", "folder", "directory", "address", "url",
              "value", "number", "name", "program", "tool", "username", "user name", "host",
              "hostname", "port", "pattern", "subcommand")
_SLOT = re.compile(r"(?:^| )((?:and )?(?:then )?(?:for )?(?:the|a|an|its) (?:[a-z']+ ){0,3}?"
                   r"(?:is called|should be|would be|will be|is|are|goes|called|named|put)"
                   r"(?= |$)|(?:and )?(?:now )?(?:then )?(?:comes |come |with |on |into |in |to "
                   r"|at )?(?:the|a|an|its) (?:new |next )?(?:" + "|".join(SLOT_NOUNS) +
                   r")(?: is called| is named| is| called| named)?(?= \S))")


def _strip_slot_framing(words: list[str], removed: list[str]) -> list[str]:
    """Asides that describe the slot the next words go into ("the option should be dash
    dash quiet", "and the file is called notes dot txt", "now comes the flag", "with the
    number") go; never inside quotes or the user's own text."""
    out: list[str] = []
    run: list[str] = []  # words outside quotes, not yet checked
    quoted = False
    for w in [*words, "quote"]:
        if w not in ("quote", "quotes"):
            (out if quoted else run).append(w)
            continue
        if not quoted:
            text, at = " ".join(run), 0
            while (m := _SLOT.search(text, at)) is not None and not _free_text_before(
                    text[:m.start(1)]):
                before = text[:m.start(1)].split()[-1:]
                if before and (len(before[0]) == 1 and m.group(1).startswith("a") or
                               before[0] in LITERAL_AFTER):
                    at = m.end(1)  # "A R P A name": spelled letters; "dash dash name"
                    continue
                removed.append(m.group(1))
                text = " ".join((text[:m.start(1)] + text[m.end(1):]).split())
            out.extend(text.split())
            run = []
        out.append(w)
        quoted = not quoted
    return out[:-1]
