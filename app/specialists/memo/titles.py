"""The title rules: what makes a memo title one a person would keep in a list view.

2-8 words and at most 60 characters; never generic ("Voice memo", "Thoughts"); never a
cut-off sentence (it neither starts like speech, "I keep…", "So…", nor stops on a word that
needs more, "…whether the", "…should"); never a name, number, day or month the speaker did
not say; never an action the speaker did not mention ("Call Mum" for "I called Mum").
:func:`compact` makes a clause into one.
"""

from __future__ import annotations

import re

MIN_WORDS, MAX_WORDS, MAX_CHARS = 2, 8, 60
GENERIC = {"voice memo", "thoughts", "note", "notes", "memo", "untitled", "recording", "idea",
           "voice note", "reminder", "todo", "to do", "misc", "stuff", "things", "new memo",
           "random thoughts", "quick note", "short memo", "empty recording"}
# Words a title cannot stop on: the sentence was cut.
DANGLING = {"a", "an", "the", "to", "of", "and", "or", "but", "with", "for", "about",
            "whether", "if", "that", "should", "would", "could", "is", "are", "was", "were",
            "my", "our", "your", "their", "his", "her", "its", "in", "on", "at", "by", "from",
            "so", "because", "than", "as", "be", "will", "can", "i", "we", "you", "they", "it",
            "this", "these", "those", "not", "very", "just", "before", "after", "into",
            "while", "when", "which", "who", "then", "also", "maybe", "really", "some", "any",
            "has", "have", "had", "do", "does", "did", "am", "been", "being", "what", "how",
            "where", "why", "there", "like", "um", "uh", "me", "him", "them", "us", "need",
            "want", "going", "gonna", "get", "go", "out", "up"}
# Words a title cannot start with: it is speech, not a title.
SPEECH_OPENERS = {"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "so", "um", "uh",
                  "okay", "ok", "well", "and", "but", "it", "it's", "there", "just", "maybe",
                  "also", "hmm", "like", "yeah", "oh", "anyway", "right", "because", "if",
                  "should", "could", "would", "might", "must", "need", "gotta", "once"}
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "tomorrow", "tonight"}
ACTION_VERBS = {"call", "email", "e-mail", "text", "message", "phone", "ring", "schedule",
                "book", "research", "look", "find", "arrange", "reply", "write", "contact"}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


def _bare(word: str) -> str:
    return word.strip(".,;:!?\"'“”()").lower().replace("’", "'")


def title_problems(title: str, transcript: str, intent: str | None = None) -> list[str]:
    """What keeps ``title`` from being a title (nothing: it is one)."""
    words = title.split()
    problems = []
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        problems.append(f"{len(words)} words (a title has {MIN_WORDS}-{MAX_WORDS})")
    if len(title) > MAX_CHARS:
        problems.append(f"{len(title)} characters (at most {MAX_CHARS})")
    if _bare(title) in GENERIC or title.strip().lower().strip(".!?") in GENERIC:
        problems.append("generic: says nothing about this note")
    if words and (_bare(words[-1]) in DANGLING or title.rstrip().endswith(
            (",", ";", ":", "-", "…", "..."))):
        problems.append(f"stops mid-sentence (on “{words[-1]}”)")
    if words and _bare(words[0]) in SPEECH_OPENERS:
        problems.append(f"starts like speech (“{words[0]}”), not a title")
    said = {_bare(w) for w in _WORD.findall(transcript)}
    for i, word in enumerate(_WORD.findall(title)):
        bare = _bare(word)
        named = (i > 0 and word[:1].isupper()) or any(c.isdigit() for c in word) or \
            bare in CALENDAR
        if named and bare not in said and bare.rstrip("s") not in said:
            problems.append(f"“{word}” was not said")
    if intent == "none" and words and _bare(words[0]) in ACTION_VERBS - said:
        problems.append(f"asks for an action (“{words[0]}”) the note does not")
    return problems


def is_title(title: str, transcript: str, intent: str | None = None) -> bool:
    return not title_problems(title, transcript, intent)


_BREAK = re.compile(r",|;|:| - | – | — |\b(?:because|so that|since|which|although|but)\b",
                    re.IGNORECASE)


def compact(text: str) -> str:
    """A clause made into a title: the part before a break that leaves 2-8 words, words that
    would leave it dangling dropped from the end, at most 60 characters, capitalised."""
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-")
    label = re.match(r"^([^:]{1,40}):\s+(\S.*)$", text)
    if label and len(label.group(2).split()) >= 2 and re.search(
            r"^to |\b(?:note|reminder|agenda|to ?do|list|memo)\b", label.group(1), re.IGNORECASE):
        text = label.group(2)  # "To put in the agenda: meeting with Haruto" -> the content
    head = _BREAK.split(text, maxsplit=1)[0].strip()
    if len(head.split()) >= 3 and _bare(head.split()[-1]) not in DANGLING:
        text = head
    words = text.split()
    while len(words) > MIN_WORDS and _bare(words[0]) in SPEECH_OPENERS:
        words = words[1:]
    words = words[:MAX_WORDS]
    while len(" ".join(words)) > MAX_CHARS:
        words = words[:-1]
    while len(words) > MIN_WORDS and _bare(words[-1]) in DANGLING:
        words = words[:-1]
    title = " ".join(words).strip(" ,.;:-")
    return title[:1].upper() + title[1:]
