"""Post-check: cut repetition loops, close what was left open, and say what was changed."""

from __future__ import annotations

from dataclasses import dataclass, field

PAIRS = {"(": ")", "[": "]", "{": "}"}


@dataclass
class Checked:
    command: str
    notes: list[str] = field(default_factory=list)


def cut_repetition(words: list[str], max_repeats: int = 2) -> tuple[list[str], bool]:
    """Drop a run of words repeated more than ``max_repeats`` times in a row (a loop)."""
    for size in range(1, len(words) // 3 + 1):
        i = 0
        while i + size * (max_repeats + 1) <= len(words):
            unit = words[i:i + size]
            j = i + size
            while words[j:j + size] == unit:
                j += size
            if (j - i) // size > max_repeats:
                return words[:i + size] + words[j:], True
            i += 1
    return words, False


def _unbalanced_quotes(text: str) -> list[str]:
    """The quote left open at the end, if any; an apostrophe inside a word ("it's") opens
    none: it is speech, not a quote to close."""
    out, escaped = [], False
    open_quote = None
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
            continue
        if ch == "\\" and open_quote != "'":
            escaped = True
        elif open_quote is None and ch == "'" and text[i - 1:i].isalpha() and \
                text[i + 1:i + 2].isalpha():
            continue
        elif open_quote is None and ch in "\"'`":
            open_quote = ch
        elif ch == open_quote:
            open_quote = None
    if open_quote:
        out.append(open_quote)
    return out


def post_check(command: str, by_model: bool = True, close_quotes: bool | None = None
               ) -> Checked:
    """What a model wrote (``by_model``): repetition loops cut, and an unclosed quote or
    bracket closed at the end. What a speaker dictated is theirs: a quote or bracket they
    never closed stays open, with a note, unless ``close_quotes`` (the reader may have lost
    a closing quote that speech recognition wrote)."""
    notes = []
    words, looped = cut_repetition(command.split()) if by_model else (command.split(), False)
    text = " ".join(words)
    if looped:
        notes.append("a repeated phrase was cut (it looked like a loop)")
    for q in _unbalanced_quotes(text):
        if by_model if close_quotes is None else close_quotes:
            text += q
            notes.append(f"an unclosed {q} was closed at the end")
        else:
            notes.append(f"no closing {q} was said: it stays open, as dictated; check it")
    stack = []
    for ch in text:
        if ch in PAIRS:
            stack.append(ch)
        elif ch in PAIRS.values():
            if stack and PAIRS[stack[-1]] == ch:
                stack.pop()
            else:
                notes.append(f"an unmatched {ch} is in the command; check it")
    for ch in reversed(stack):
        if by_model:
            text += PAIRS[ch]
            notes.append(f"an unclosed {ch} was closed at the end")
        else:
            notes.append(f"no closing {PAIRS[ch]} was said: the {ch} stays open, as dictated; "
                         "check it")
    return Checked(text, notes)
