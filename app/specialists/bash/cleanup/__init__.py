"""Cleanup and segmenting: drop fillers and framing, apply self-corrections, and find the
words that are the command.

Self-corrections are resolved by anchoring: in "git push origin main no wait origin develop"
the words after the marker ("origin develop") start with a word seen before ("origin"), so
they replace everything from its last occurrence. A correction that starts with a command
word restarts the command; "oh and" / "and also" add to it.

``clean`` runs the passes in order and ``command_segment`` finds the command in what is
left; each theme is a module of its own: ``words`` (the word lists and phrase tables),
``context`` (what a stretch of words holds), ``said_around`` (what is said around the command
in the text), ``letters`` (letters and words Whisper heard, and the speaker's hints on how to
write them), ``lead_ins`` and ``closing`` (prose before and after the command), ``framing``
(fillers, framing, asides) and ``corrections`` (self-corrections, restarts, things said again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.specialists.bash.cleanup.closing import without_closing
from app.specialists.bash.cleanup.context import _builtin_before_flag, _is_command, _joined_name
from app.specialists.bash.cleanup.corrections import (
    _SENTENCE_MARKER,
    _apply_corrections,
    _drop_additions,
    _echo_off,
    _not_this,
    _restart,
    _restated_after_pause,
    _said_twice,
    _try_again_restarts,
    _word_again_off,
    corrected_to,
    instead_of,
    trailed_off,
)
from app.specialists.bash.cleanup.framing import (
    _intro_off,
    _spoken_keys_off,
    _strip_asides,
    _strip_fillers,
    _strip_phrases,
    _strip_slot_framing,
)
from app.specialists.bash.cleanup.lead_ins import _after_description
from app.specialists.bash.cleanup.letters import (
    _article_off,
    _caps_after,
    _digits_misheard,
    _head_joined,
    _names_joined_off,
    _space_key_said,
    _words,
    confirmations_off,
    cut_off,
    fix_subcommand,
    heard_as,
    hyphenated,
    hyphens_heard,
    in_quotes,
    letters_heard,
    nato_letters,
    phonetic_letters,
    restore_case,
    sentence_case_off,
    slot_named_off,
    spoken_hints,
    stutters_off,
)
from app.specialists.bash.cleanup.placed import left_out_put_back
from app.specialists.bash.cleanup.said_around import (
    _anyway_off,
    _break_off,
    _comma_tag_off,
    _dashed_aside_off,
    _em_off,
    _hedges_off,
    _interruption_off,
    _like_that_off,
    _message_off,
    _noise_off,
    _parenthetical_off,
    _particles_off,
    _pause_sentence_off,
    _paused_aside_off,
    _pauses_off,
    _preview_off,
    _protocol_asides_off,
    _resumed_off,
    _set_off_markers,
    _slip_off,
    _step_off,
    _sudo_afterwards,
    _tail_clause_off,
    _what_for_off,
    _where_off,
    _where_was_i_off,
    _wrapped_off,
    labels_off,
    spelled_out,
)
from app.specialists.bash.cleanup.words import (
    ADDITION_TAILS,
    ADDITIONS,
    ASIDES,
    CASE_WORDS,
    CORRECTIONS,
    FILLED_FRAMING,
    FILLERS,
    FIX_WORDS,
    FRAMING,
    LEAD_INS,
    NEW_SENTENCE,
    NUMBER_WORDS,
    PROSE_BEFORE,
    QUOTES,
    SYMBOL_NEIGHBOURS,
    SYMBOLISH,
    TRAIL_OFFS,
    TRAILING,
)
from app.specialists.bash.vocabulary import SYMBOL_WORDS

__all__ = [
    "ADDITIONS",
    "ASIDES",
    "CORRECTIONS",
    "FILLERS",
    "FIX_WORDS",
    "FRAMING",
    "LEAD_INS",
    "PROSE_BEFORE",
    "TRAILING",
    "TRAIL_OFFS",
    "Cleaned",
    "clean",
    "command_segment",
    "confirmations_off",
    "corrected_to",
    "cut_off",
    "fix_subcommand",
    "heard_as",
    "hyphenated",
    "hyphens_heard",
    "in_quotes",
    "instead_of",
    "labels_off",
    "letters_heard",
    "nato_letters",
    "phonetic_letters",
    "restore_case",
    "sentence_case_off",
    "slot_named_off",
    "spoken_hints",
    "stutters_off",
    "trailed_off",
    "without_closing",
]


@dataclass
class Cleaned:
    text: str
    removed: list[str] = field(default_factory=list)
    corrections: int = 0
    restarts: int = 0  # corrections that replaced the whole command
    swaps: int = 0  # corrections that named both words ("A instead of B", "should be A not B")


_PIPE_SAID = re.compile(r"(?i)\b(pipe|redirect) (?:(?:that|it|the output) )?(?:into|through)\b")
"""How a pipe is said in passing ("pipe that into tqdm"): the pipe, no prose to segment."""
_LOOSE_OPERATOR = re.compile(r"(?i)(?<!dash )(?<!minus )\b(pipe|redirect|append) (?:(?:that|it|"
                             r"the output) )?(?:into|to|through)\b")


def _loose_operators_spaced(text: str) -> str:
    """In spoken protocol, a pipe or redirect said in passing ("… alpha pipe that into gist",
    "… redirect to data slash notes dot pgm") stands between two words of the command: said
    with its spaces, which the speaker did not name."""
    if not spelled_out(text):
        return _PIPE_SAID.sub(lambda m: m.group(1), text)
    return _LOOSE_OPERATOR.sub(lambda m: f"space {m.group(1).lower()} space", text)


_DOTTED_LETTERS = re.compile(r"(?<![\w./])((?:[A-Z]\.){2,})(?!\w)")


def _dotted_letters_apart(text: str) -> str:
    """Letters speech recognition wrote as an abbreviation ("P.K.G.C.T.L.", "main dot P.Y.")
    are spelled letters: "P K G C T L", "P Y"."""
    if "." not in text:
        return text
    return _DOTTED_LETTERS.sub(lambda m: " ".join(m.group(1).replace(".", "")), text)


def clean(text: str, tools: frozenset[str] = frozenset()) -> Cleaned:
    """Fillers, framing and self-corrections out; the rest as spoken, in the transcript's
    casing (bar a sentence's first capital). ``tools``: installed programs' names."""
    removed: list[str] = []
    text, placed = left_out_put_back(text, removed)
    text = _loose_operators_spaced(_dotted_letters_apart(text))
    text = _head_joined(_space_key_said(_names_joined_off(_try_again_restarts(text))), tools)
    for said_around in (_noise_off, _parenthetical_off, _particles_off, _dashed_aside_off,
                        _slip_off,
                        _where_was_i_off, _resumed_off, _break_off, _pause_sentence_off,
                        _preview_off, _paused_aside_off, _interruption_off, _anyway_off,
                        _em_off, _pauses_off, _wrapped_off, _hedges_off, _word_again_off,
                        _protocol_asides_off, _like_that_off):
        text = said_around(text, removed)
    text, swapped = instead_of(text)
    swapped += placed
    text = _message_off(text, removed, tools)
    for said_around in (_comma_tag_off, _where_off, _what_for_off, _tail_clause_off, _step_off,
                        _set_off_markers, labels_off):
        text = said_around(text, removed)
    text, sudo_last = _sudo_afterwards(text)
    text, negated = _not_this(_SENTENCE_MARKER.sub(f" {NEW_SENTENCE} ",
                                                   spoken_hints(hyphenated(in_quotes(phonetic_letters(
                                                       trailed_off(cut_off(hyphens_heard(stutters_off(
                                                           confirmations_off(corrected_to(
                                                               slot_named_off(text)))))))))))))
    cased = _after_description(sentence_case_off(text), removed, tools)
    words = fix_subcommand(nato_letters(letters_heard(_article_off(_caps_after(heard_as(_intro_off(
        _words(" ".join(cased)), removed), tools)))), tools), tools)
    words, added = _drop_additions(words)
    words = _strip_phrases(words, FILLED_FRAMING, removed)  # before fillers eat "like"
    words = _strip_fillers(_restated_after_pause(_strip_asides(words, removed), removed),
                           removed)
    words = _strip_phrases(_strip_slot_framing(words, removed), FRAMING, removed,
                           tools=tools)  # as said
    words = _strip_phrases(words, TRAILING, removed, trailing=True)
    words, corrections, restarts = _apply_corrections(_digits_misheard(words), tools)
    words = [w for w in words if w != NEW_SENTENCE]  # one with nothing before it
    restarted = _restart(words)
    corrections += added + (restarted is not words) + negated + swapped
    restarts += restarted is not words
    words = restarted
    words = _strip_slot_framing(words, removed)
    words = _strip_phrases(words, FRAMING, removed, tools=tools)
    words = _strip_phrases(words, TRAILING, removed, trailing=True)
    if added:  # "oh and add main to the end", "and then five after that, almost forgot"
        words = _strip_phrases(words, ADDITION_TAILS, removed, trailing=True)
    words, echoed = _echo_off(_spoken_keys_off(words, cased, removed))
    words, repeated = _said_twice(words)
    repeated += echoed
    if sudo_last and words and words[0] != "sudo":
        words = ["sudo", *words]
    return Cleaned(" ".join(restore_case(cased, words)), removed, corrections + repeated,
                   restarts, swapped)


MAX_UNKNOWN_HEAD = 3  # words of an unknown tool kept before a known command word
_PREPOSITIONS = {"for", "to", "in", "on", "of", "with"}
_CASE_RUNS = {"camel", "snake", "pascal", "kebab", "screaming"}
HEAD_SYMBOLS = set(SYMBOL_WORDS) | {"semicolon"}  # "image point sif": a head said as dictation
_WRITTEN_MATERIAL = re.compile(r"--?[a-z0-9]|.*[a-z0-9]/|/")  # a flag or path Whisper wrote


def _dictated(words: list[str], j: int) -> bool:
    """A prose-looking word that is dictation: "I" or "a" starting a spelled name ("I two C
    get", "A W S") or said as a capital ("capital I"), or a word next to a spoken "space" or
    symbol ("rust up space run space foo", "G S T dash type find")."""
    nxt = words[j + 1] if j + 1 < len(words) else ""
    prev = words[j - 1] if j else ""
    if words[j] in ("i", "a") and (len(nxt) == 1 or nxt in NUMBER_WORDS or
                                   prev in ("capital", "cap", "uppercase") or
                                   j > 1 and all(len(w) == 1 and w.isalpha()
                                                 for w in words[j - 2:j])):
        return True  # "capital I invoke dash …": the letter of Invoke; "v e r a crypt"
    if _builtin_before_flag(words[j], nxt):
        return True
    if prev == "case" and j > 1 and words[j - 2] in _CASE_RUNS:
        return True  # "camel case the harvester": theHarvester
    if len(prev) == 1 and len(nxt) == 1 and (prev + nxt).isalpha() and \
            not {prev, nxt} & {"i", "a"}:
        return True  # between spelled letters: "k run v m" (krunvm)
    if words[j] == "to" and (prev in NUMBER_WORDS or prev.isdigit() or len(prev) == 1 or (
            prev not in PROSE_BEFORE and 0 < len(prev) <= 4 and 0 < len(nxt) <= 4)):
        return True  # "two to three", "P I one to PPM", "PBM to M A C P": part of a name
    after = words[j + 2] if j + 2 < len(words) else ""
    if nxt in NUMBER_WORDS and words[j] not in FILLERS and (after == "space" or (
            words[j + 3:j + 4] == ["space"] and after.isalpha() and
            after not in NUMBER_WORDS and after not in PROSE_BEFORE)):
        return True  # "command one space pipe", "in two csv space": command1, in2csv
    return bool(({prev, nxt} & SYMBOL_NEIGHBOURS) and words[j] not in FILLERS)


def _protocol_start(words: list[str], tools: frozenset[str] = frozenset()) -> int | None:
    """Protocol style with prose before the command ("I'd run gource space dash dash
    title", "to show a variable G O space env"): the command is what follows the last prose
    word before the first spoken symbol, or, if that is a long run of words, the word or
    spelled letters right before the first "space". None when there is no such prose."""
    low = [w.lower() for w in words]
    if "space" not in low:
        return None
    first = low.index("space")
    lead = next((k for k, w in enumerate(low) if w in SYMBOL_NEIGHBOURS or w in QUOTES), first)
    prose = [j for j in range(lead) if low[j] in PROSE_BEFORE - {"i", "a"} and
             not _dictated(low, j)]
    if not prose:
        return None
    start = prose[-1] + 1
    installed = next((k for k in range(max(0, start - 4), start) if (
        k == 0 or low[k - 1] in PROSE_BEFORE) and len(name := _joined_name(
            low[k:first])) >= 4 and name in tools), None) if lead == first else None
    if installed is not None:  # "ascii to p g m space …": an installed asciitopgm said in
        return installed  # parts with no "space" between, not prose before a command
    if prose == [0] and first == 2 == lead and low[0] in _PREPOSITIONS and \
            not _is_command(low[1]) and low[1] not in tools:
        return None  # "for files space …": forfiles, a name said in two; no lead-in is a
        # lone preposition
    if first - start > MAX_UNKNOWN_HEAD and lead == first:
        start = first - 1
        while start > 0 and _letter_or_number(low[start]) and _letter_or_number(low[start - 1]):
            start -= 1
    return start


def _letter_or_number(word: str) -> bool:
    return len(word) == 1 or word in NUMBER_WORDS


def _units_said(words: list[str]) -> int:
    """Words, spelled letters in a row counting once ("kube C T L" is two)."""
    def letter(j: int) -> bool:
        return 0 <= j < len(words) and len(words[j]) == 1 and words[j].isalpha()
    return sum(1 for j, w in enumerate(words)
               if not (letter(j) and (letter(j - 1) or words[j - 1:j] == ["double"] and
                                      letter(j - 2)) or
                       w == "double" and letter(j - 1) and letter(j + 1)))  # "H double T"


_SPELLING = CASE_WORDS | NUMBER_WORDS | {"small", "letter", "all"}


def _spelled_onto(head: list[str], words: list[str]) -> bool:
    """Letters, numbers and casing words said onto the command word with no "space" between,
    where the speaker says "space" ("small letter x one one docker space …": x11docker)."""
    return "space" in (w.lower() for w in words) and \
        all(len(b) == 1 or b in _SPELLING for b in head)


def _tool_then_verb(before: list[str], j: int) -> bool:
    """ "dotenvx run -f …": a verb after an unknown first word is that tool's subcommand,
    unless a command follows it ("simple, run unzip …")."""
    return j == 1 and len(before) > 2 and before[0].isalnum() and \
        before[0] not in PROSE_BEFORE and before[0] not in FILLERS and \
        before[1] in ("run", "exec", "start", "install")


def command_segment(text: str, tools: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(command words, prose words before them): the command starts at its first command
    word, unless the words before it are themselves dictation (an unknown tool, as in
    "zinit space cd ..." or "bun why htop"), which are kept; prose before stays out."""
    words = text.split()
    start = _protocol_start(words, tools)
    if start is not None:
        return " ".join(words[start:]), " ".join(words[:start])
    for i, w in enumerate(words):
        low = w.lower()
        if _is_command(low) or (i + 1 < len(words) and (low, words[i + 1].lower()) in
                                (("cube", "control"), ("kube", "control"))) or (
                i == 0 and low in tools and bool(re.match(r"[~/.-]", "".join(words[1:2])))):
            # an installed program before a path or flag written out: "fswatch ~/x.sh …"
            before = [b.lower() for b in words[:i]]
            start = max((j + 1 for j, b in enumerate(before) if b in PROSE_BEFORE and
                         not _dictated([w.lower() for w in words], j) and
                         not _tool_then_verb(before, j)), default=0)
            said = _units_said(before) if start == 0 else i - start  # "D N F provides date"
            head = before[start:]
            if said > MAX_UNKNOWN_HEAD and not (SYMBOLISH | HEAD_SYMBOLS) & set(head) and \
                    not any(_WRITTEN_MATERIAL.match(b) for b in head) and \
                    not _spelled_onto(head, words):
                start = i  # a long run of plain words: not a tool's name
            return " ".join(words[start:]), " ".join(words[:start])
    return text, ""
