"""Prose before the command, and the description around it (``_after_description``,
which runs the closing passes too): sentences that describe it, a lead-in that ends in a verb
("I'd type", "It says"), whom the speaker addresses ("Kid, …"), a clause that sets the scene,
and trail-offs and purposes said after it."""

from __future__ import annotations

import functools
import re

from app.specialists.bash.cleanup.closing import (
    PURPOSE_VERBS,
    _asides_about_it_off,
    _closing_off,
    _purpose_off,
    _remark_sentences_off,
    _trailing_prose_off,
)
from app.specialists.bash.cleanup.context import (
    _MATERIAL,
    _WRITTEN,
    FREE_TEXT_AFTER,
    _free_text_before,
    _has_material,
    _is_command,
)
from app.specialists.bash.cleanup.framing import SLOT_NOUNS
from app.specialists.bash.cleanup.words import (
    ADDITIONS,
    ARTICLES,
    ASIDES,
    CORRECTIONS,
    FILLERS,
    HESITATIONS,
    INTENT_WORDS,
    LEAD_INS,
    LEAD_PROSE,
    LEAD_VERBS,
    NEW_SENTENCE,
    NUMBER_WORDS,
    PROSE_BEFORE,
    PURPOSE_STOPS,
    QUOTES,
    RUN_VERBS,
    SPANISH_LEADS,
    SYMBOL_NEIGHBOURS,
    SYMBOLISH,
    TRAIL_OFFS,
)
from app.specialists.bash.vocabulary import SYMBOL_WORDS

PAST_LEADS = {"used", "ran", "typed", "tried", "executed", "entered"}  # "I ran X on her Mac"
TELLING_LEADS = {"types", "got", "say"}  # "Next he types X", "He's got X", "The docs say X":
# only to start a command


PARTICLES = {"out", "in", "up", "down", "following", "these"}  # "type out ls"

REPORTING = {"says", "reads", "said", "say"}  # "the line says X", "the docs say X"


def _command_said(low: list[str], tools: frozenset[str]) -> bool:
    """Words that already hold a command: one opening them, a path, a file or a flag."""
    return bool(low) and (low[0] in tools or _is_command(low[0]) or any(
        re.search(r"[/=]|\w\.\w|^-", w) for w in low))


def _lead_verb_end(low: list[str], tools: frozenset[str],
                   clause_starts: frozenset[int] = frozenset()) -> int:
    """Natural speech: where the command starts after a spoken lead-in that ends in a verb
    ("So what we're going to do here is type trawl …", "We do that with pwsh …", "Now I'm
    typing velero …", "It says dkms status"): after the first such verb that follows a
    sentence word ("xdotool type" is a command) and comes before the first symbol, digit
    or path, or after "gonna"/"lemme" with no command before ("so I'm gonna type tgpt",
    past a "32-bit"); the last such verb while only plain words lie between ("it is
    simple, you have to run androguard"). 0 when there is none."""
    if "space" in low:
        return 0
    stop = next((k for k, w in enumerate(low) if _MATERIAL.search(w) or w in PURPOSE_STOPS),
                len(low))

    def end_at(k: int) -> int:  # where the command starts if ``low[k]`` ends a lead-in
        if low[k] == "input" and low[k - 1] not in ("please", "you", "to") or \
                low[k] == "got" and low[k - 1] not in ("he's", "she's", "i've", "we've") or \
                low[k] == "types" and low[k + 1] in ("so", "too", "very", "really", "fast"):
            return 0  # "he types so fast": a remark
        said_by = (low[k] in REPORTING and k >= 2 and (low[k - 2] in ARTICLES or k >= 3 and (
            low[k - 1] == "just" and low[k - 3] in ARTICLES))) or (  # "the line
            k >= 2 and low[k - 2:k] == ["you", "go"])  # says", Pidgin's "you go type": you will
        if low[k] == "say" and not said_by:
            return 0  # "I'd say": not the docs saying it
        strong = low[k - 1] in INTENT_WORDS and not _command_said(low[:k], tools)
        seen = low[k] == "see" and low[k - 1] in ("you'll", "you'd")  # "you'll see sudo …"
        clause = k in clause_starts and (low[k] in RUN_VERBS | {"punch"} or  # "…, run X",
                                         low[k] in SPANISH_LEADS)  # "Para …, pon X"
        particle = int(low[k + 1] in ("in", "out", "a", "this", "mo", "natin") and k + 2 < len(
            low) and (
            low[k + 1] not in ("a", "this") or len(low[k + 2]) > 1 and (
                low[k + 2] in tools or _is_command(low[k + 2]))))  # "do a dnf", "type this X",
        # the Tagalog "type mo X" ("type it"), "type natin X" ("let's type")
        if low[k] in ("give", "gives") and low[k + 1] in ("us", "me") and k + 2 < len(low):
            particle = 1  # Irish "give us X": X
        nxt = k + 1 + particle
        if particle and low[k + 1] == "in":  # "type in terminal X", "type in the terminal: X"
            nxt += next((len(t) for t in (["the", "terminal"], ["terminal"])
                         if low[nxt:nxt + len(t)] == t and nxt + len(t) < len(low)), 0)
        while nxt < len(low) - 1 and low[nxt] in HESITATIONS:
            nxt += 1  # "you run, er, handbrakecli …"
        if (k < stop or strong) and (low[k] in LEAD_VERBS | PAST_LEADS | TELLING_LEADS or
                                     seen) and (
                low[k - 1] in LEAD_PROSE or said_by or clause) and \
                low[nxt] not in LEAD_PROSE | LEAD_VERBS | ARTICLES | PARTICLES and \
                not set(low[:k]) & FREE_TEXT_AFTER and \
                not _subcommand_after_pause(low, k, tools):  # "echo I run fast": the user's text
            return nxt
        return 0

    found, aside = 0, _in_asides(low)
    for k in range(1, len(low) - 1):
        if found and any(w in tools or _is_command(w) for w in low[found:k]):
            break  # a later lead-in only past plain words ("it is simple, you have to run")
        found = (k not in aside and end_at(k)) or found
    return found


def _subcommand_after_pause(low: list[str], k: int, tools: frozenset[str]) -> bool:
    """ "rustup, eh, run alpha cargo build": a verb said right after a program's name, a
    hesitation between, is its subcommand (unless a known command follows: "docker, run docker
    ps")."""
    if low[k] not in RUN_VERBS or k < 2 or not all(w in HESITATIONS for w in low[1:k]):
        return False  # a hesitation between: "Simple, run gource" is a lead-in
    nxt = low[k + 1] if k + 1 < len(low) else ""
    return (low[0] in tools or _is_command(low[0])) and low[0] not in LEAD_PROSE and \
        not _is_command(nxt) and nxt != low[0]  # "just type X": not the just runner


_VERB_ASIDES = [a.split() for a in ASIDES if set(a.split()) & LEAD_VERBS]


def _in_asides(low: list[str]) -> set[int]:
    """Where asides with a lead verb in them were said ("I hope this is clear"): that verb
    leads in to nothing."""
    return {j + d for a in _VERB_ASIDES for j in range(len(low) - len(a) + 1)
            if low[j:j + len(a)] == a for d in range(len(a))}


_POINTING = {"here", "this", "that"}  # "here is the command …": framing, not what it names


def _after_description(cased: list[str], removed: list[str],
                       tools: frozenset[str] = frozenset()) -> list[str]:
    """Description around the dictation goes: sentences before it that read as prose ("This
    one shows the log. git log"), prose up to a lead-in ("to list files I'd type ls"), and
    a description after it (", that's to list files", "(lists files)")."""
    cased = _asides_about_it_off(_trailing_prose_off(_remark_sentences_off(
        _vocatives_off(cased, removed, tools), removed, tools), removed, tools), removed)
    cased = _purpose_off(_closing_off(cased, removed), removed)
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in cased]
    start = 0
    for j, w in enumerate(cased[:-1]):
        if re.search(r"[a-zA-Z)][.!?]$", w) and _said_before_run(cased, low, start, j):
            start = j + 1
        elif re.search(r"[a-zA-Z)][.!?]$", w) and sum(x in PROSE_BEFORE for x in low[:j + 1]) >= 2 \
                and not _material_left_behind(cased, start, j) \
                and not _fix_opens(low[j + 1:]) and not _goes_on(low[j + 1:]) \
                and not ((_is_command(low[j]) or low[j] in tools) and low[j] not in PROSE_BEFORE
                         and low[j] not in low[j + 1:] and (
                             low[j] == "sudo" or not _noun_phrase_end(cased, low, j))) \
                and not set(low[start:j + 1]) & SYMBOL_NEIGHBOURS and \
                not " ".join(low[j + 1:]).startswith(ADDITIONS):  # "gcloud app. Oh, and …"
            start = j + 1
    start = _context_clause(cased, low, start)
    text = " ".join(low[start:])
    for lead in LEAD_INS:
        at = f" {text} ".find(f" {lead} ")
        if f" {text} "[at:].startswith(f" {lead} is "):
            continue  # "what I need is": framing, stripped as such
        if text[:at].split()[-1:] == ["or"]:
            continue  # "…, or something like that": a hedge after it
        if lead == "so" and f" {text} "[at:].startswith((" so so ", " so much ", " so many ")):
            continue  # "… -y, so so, foo …": a filler said twice, not a lead-in; "thank you
            # so much"
        if _inside_trail_off(f" {text} ", at) or \
                f" {text} "[at:].startswith(f" {lead} actually ") or \
                text[:at].split()[-1:] in (["because"], ["since"], ["cause"], ["'cause"]):
            continue  # "…, so it'll convert from hex": what it does; "it's actually": a fix;
            # "…, because we need to run only …": why
        after = (text[at:].split()[1:2] or [""])[0]
        if lead == "is" and (_MATERIAL.search(text[:at]) or set(text[:at].split()) & (
                FREE_TEXT_AFTER | {"space"}) or after in ("a", "the") or
                after.endswith(("ed", "ing")) or
                (text[:at].split() or [""])[-1] in NOT_BEFORE_IS | set(SLOT_NOUNS)):
            continue  # a bare "is": after plain words ("what's on the screen is X"), not a slot
        if at > 0 and (lead.startswith("the command") or sum(
                x in PROSE_BEFORE for x in text[:at].split()) >= 2 or _purpose_said(text[:at])) \
                and not set(
                text[:at].split()) & SYMBOL_NEIGHBOURS:  # "minus so": a flag, not a lead-in
            start += len(text[:at].split()) + len(lead.split())
            break
    start += _lead_verb_end(low[start:], tools, frozenset(
        k - start for k in range(start + 1, len(cased)) if cased[k - 1].endswith(",")))
    end = len(cased)
    for trail in TRAIL_OFFS:
        at = f" {' '.join(low[start:])} ".find(f" {trail} ")
        cut = start + len(" ".join(low[start:])[:at].split())
        if at > 0 and low[cut - 1] not in ("space", "dash", "hyphen", "minus") and \
                low[cut + len(trail.split()):][:1] != ["be"] and any(  # "…should be": a fix
                w.strip(",.!?") not in FILLERS | _POINTING  # "eh, it is for", "here is the
                for w in low[start:cut]) and not (  # command": nothing before it to cut to
                trail == "which" and cut + 2 == len(low) and (  # "rustup which whoami":
                    low[-1] in tools or _is_command(low[-1]))) and not (  # which program runs
                trail == "in the terminal" and cut + 3 < len(low) and (  # "put in the
                    low[cut + 3] in tools or _is_command(low[cut + 3]))):  # terminal sudo …"
            end = min(end, cut)  # "rustup space which", "dash dash which": the command's
    end = min(end, _purpose_after(cased, low, start))
    if end - start > 2 and low[end - 1] in ("go", "enter", "return") and \
            cased[end - 2].endswith(","):
        end -= 1  # "…, go.": the key press that runs it
    elif end - start > 2 and low[end - 1] in ("o", "sha") and len(low[end - 2]) > 1 and \
            low[end - 2] not in SYMBOL_WORDS and \
            low[end - 2] not in ("capital", "cap", "big", "tack", "double", "triple"):  # "big o"
        end -= 1  # Nigerian English's closing "o" and "sha" ("… docs/notes.pdf o.")
    while end < len(cased) and end - start > 1 and \
            re.sub(r"[,.!?;:]+$", "", cased[end - 1].lower()) in FILLERS | {"and", "actually"}:
        end -= 1  # "…, and you will get the output": the "and" goes with what it joins
    if start or end < len(cased):
        removed.append(" ".join(cased[:start] + cased[end:]))
    return cased[start:end] or cased


_HONORIFIC = re.compile(r"[a-z]+-(?:nim|san|ssi|sama|kun|chan|ji)")  # "Sunbae-nim,", "Tanaka-san,"


_OPENING = {"next", "one", "okay", "ok", "so", "right", "now", "and", "then", "the", "last"}


def _vocatives_off(cased: list[str], removed: list[str],
                   tools: frozenset[str] = frozenset()) -> list[str]:
    """A word set off on its own before the command ("Kid, grype …", "Listen, yadm
    decrypt", "Here's what you type, kid: …"): whom the speaker addresses, not a command
    (no program's name, number, symbol or filler)."""
    if any(w.lower().strip(",.") == "space" for w in cased):
        return cased  # protocol style: a comma is Whisper's, after any shell word
    out: list[str] = []
    for i, w in enumerate(cased):
        bare = w.rstrip(",:.").lower()
        opens = i == 0 or re.search(r"[.!?]$", cased[i - 1])  # "Kid, …" / ", kid: …"
        following = [x for x in (re.sub(r"[,.!?:]", "", y.lower()) for y in cased[i + 1:i + 4])
                     if x not in HESITATIONS]
        alone = i + 1 < len(cased) and ((opens and w.endswith(",")) or (
            w.endswith(":") and cased[i - 1].endswith(",")) or (  # "Next one, Michali. …"
            w.endswith(".") and i and cased[i - 1].endswith(",") and w[:1].isupper() and
            w[1:-1].islower() and all(x.rstrip(",").lower() in _OPENING for x in cased[:i]))) and \
            not f"{' '.join(following[:2])} ".startswith(
                tuple(f"{m} " for m in CORRECTIONS)) and bare not in CORRECTIONS and \
            cased[i + 1].lower().strip(",.") not in SYMBOL_WORDS and \
            following[:1] not in (["then"], ["and"])  # "gnome, dash terminal", "dust, then dash d"
        named = bare in tools or _is_command(bare) or bare in NUMBER_WORDS | FILLERS or \
            bare in SYMBOL_WORDS
        if alone and len(bare) >= 3 and (bare.isalpha() or _HONORIFIC.fullmatch(bare)) and \
                not named and \
                not any(_MATERIAL.search(x.rstrip(",.!?:")) for x in cased[:i]):
            removed.append(w)
            if out and w.endswith(":"):
                out[-1] = out[-1].rstrip(",") + ":"
            continue
        out.append(w)
    return out


def _material_left_behind(cased: list[str], start: int, j: int) -> bool:
    """Dropping ``cased[start:j + 1]`` would drop a written flag and keep nothing of a
    command ("…, it's vlock --all. Trust me on this one.")."""
    return any(re.match(r"--?[a-zA-Z]", x) for x in cased[start:j + 1]) and \
        not _has_material(cased[j + 1:])


FIX_OPENERS = ("i misspoke", NEW_SENTENCE, "sorry that's", "sorry i meant", "i meant",
               "or rather", "oops", "make that", "no wait", "wait no", "not that", "no no",
               "wait change that", "change that to", "no i mean", "i mean")


def _fix_opens(low: list[str]) -> bool:
    """A sentence that opens with a correction ("I misspoke, update.", "Correction: -p."):
    the sentence before it holds what it corrects, so it stays."""
    return " ".join(w for w in low[:4] if w not in FILLERS).startswith(FIX_OPENERS)


def _goes_on(low: list[str]) -> bool:
    """A sentence that goes on with the command ("Then app.", "Followed by -L, then -b
    test.", "And then alpha."): the sentence before it holds the start."""
    said = [w for w in low[:4] if w not in FILLERS - {"then"}]
    return said[:1] in (["then"], ["followed"]) or said[:2] == ["and", "then"]


NOT_BEFORE_IS = {"that", "this", "it", "one", "there", "what", "here"}
"""Before "is", with a slot's name: the command described ("that is it"), not a lead-in."""


def _said_before_run(cased: list[str], low: list[str], start: int, j: int) -> bool:
    """A sentence (``cased[start:j + 1]``) before one that opens with "Run"/"Type" and a
    command ("Browse all cheatsheets. Run navi."): what the command is for, said first. It
    holds nothing of a command: no symbol, digit or symbol word, three words or more."""
    nxt = low[j + 1:j + 3]
    return len(nxt) == 2 and nxt[0] in RUN_VERBS and \
        nxt[1] not in LEAD_PROSE | ARTICLES | PARTICLES | RUN_VERBS and j + 1 - start >= 3 and \
        not any(_MATERIAL.search(x.rstrip(",.!?")) for x in cased[start:j + 1]) and \
        not set(low[start:j + 1]) & PURPOSE_STOPS


def _noun_phrase_end(cased: list[str], low: list[str], j: int) -> bool:
    """``low[j]`` ends a noun phrase ("from a file", "a PCAP file", "for the club box"): an
    article just before it, or one or two words before with nouns between, not a verb nor
    the name of what follows ("the program is mods", "run the program apachectl")."""
    return low[j - 1] in ARTICLES or any(
        low[k] in NOUN_ARTICLES and not NOT_NOUNS & set(low[k + 1:j]) and
        not any(w.endswith(",") for w in cased[k:j]) for k in range(max(0, j - 3), j - 1))


NOUN_ARTICLES = {"a", "an", "the", "my", "your"}
NOT_NOUNS = {"is", "are", "was", "program", "command", "tool", "one", "next"}
CONTEXT_STARTS = {"for", "in", "before", "after", "while", "when", "once", "since", "because",
                  "on", "during", "as"}

PURPOSE_OPENERS = ("i want to", "i wanna", "wanna", "i'm trying to", "i am trying to",
                   "trying to", "i need to", "i'd like to", "i would like to", "to",
                   "in order to")


def _purpose_after(cased: list[str], low: list[str], start: int) -> int:
    """Where "to <verb> …" after the command begins ("… -n 10 to sample metrics every 2000
    milliseconds"): plain words and numbers to the end, no symbol; else the end."""
    for k in range(start + 2, len(low) - 1):
        if low[k] != "to":
            continue
        verb = next((w for w in low[k + 1:k + 4] if w not in HESITATIONS), "")  # "to, um, list"
        if verb in PURPOSE_VERBS and low[k - 1] not in SYMBOLISH and \
                not any(_WRITTEN.search(w.rstrip(",.!?")) for w in cased[k:]) and \
                not set(low[k:]) & PURPOSE_STOPS and len(low) - k >= 3 and \
                not _free_text_before(" ".join(low[start:k])):
            return k
    return len(low)


def _inside_trail_off(text: str, at: int) -> bool:
    """The word at ``at`` opens or sits inside a trailing phrase ("…, and it's good")."""
    return any(start <= at < end for start, end in _trail_spans(text))


@functools.lru_cache(maxsize=64)
def _trail_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(from its space, to its last letter) of every trailing phrase in ``text``, overlapping
    ones too: one pass of one pattern (the lead-ins ask of the same text many times)."""
    return tuple((m.start(), m.start() + len(m.group(1)) - 1) for m in _TRAIL_AT.finditer(text))


_TRAIL_AT = re.compile("(?=( (?:" + "|".join(re.escape(t) for t in sorted(TRAIL_OFFS, key=len,
                                                                             reverse=True)) +
                       ") ))")


def _purpose_said(words: str) -> bool:
    """ "to display help": a purpose, said before the lead-in to the command."""
    split = words.split()
    return len(split) >= 2 and split[0] == "to" and split[1] in PURPOSE_VERBS


def _context_clause(cased: list[str], low: list[str], start: int) -> int:
    """A clause before a comma that sets the scene ("For the feature store thing, …", "So
    before I rerun the pipeline, …") is not dictation: it opens with a preposition or
    conjunction and holds no symbol word nor a command; one that says what the command is
    for ("Wanna set the version, uv version …") holds no symbol word."""
    lead = start
    while lead < len(low) and low[lead] in FILLERS:
        lead += 1
    opener = next((p for p in PURPOSE_OPENERS if f"{' '.join(low[lead:])} ".startswith(
        f"{p} ")), None)
    if opener:  # "Ok so I'm trying to renew the ticket, kinit …": what it is for, first
        for j in range(lead + len(opener.split()), min(len(cased) - 1, lead + 16)):
            if low[j] in SYMBOL_NEIGHBOURS or low[j] in QUOTES or low[j] in RUN_VERBS:
                return start
            if re.search(r"[a-z][.!?]$", cased[j]):
                return j + 1  # "So the plan is to extract a section. For that we use X."
            if cased[j].endswith(","):
                rest = f" {' '.join(low[j + 1:])} "
                return start if any(f" {lead} " in rest for lead in LEAD_INS) else j + 1
        return start
    if lead >= len(low) or low[lead] not in CONTEXT_STARTS or low[lead:lead + 2] == [
            "after", "that"]:  # "After that you do X, …": what comes next, not a scene
        return start
    for j in range(lead, min(len(cased) - 1, lead + 10)):
        if low[j] in SYMBOL_NEIGHBOURS or low[j] in QUOTES or _is_command(low[j]) or \
                re.match(r"--?[a-zA-Z]", cased[j]):  # a written flag: "…, treemd -s main,"
            return start
        if cased[j].endswith(","):
            return j + 1 if j > lead else start
    return start
