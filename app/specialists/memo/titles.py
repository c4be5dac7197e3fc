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
# Words after which a title may stop without cutting a phrase in two.
BOUNDARY = {"about", "before", "after", "because", "so", "and", "but", "by", "on", "at", "in",
            "for", "with", "to", "from", "tomorrow", "today", "tonight", "next", "this", "when",
            "if", "since", "until", "while", "or", "which", "that", "who", "as", "like", "then",
            "also", "too", "again", "asap", "soon", "later", "please", "though", "instead",
            "um", "uh", "you", "i", "we", "it's", "is", "was", "are", "were", "over", "under",
            "into", "of", "the", "a", "an", "my", "our", "his", "her", "their", "maybe",
            # a verb after a noun phrase: the subject ends there ("The onboarding emails |
            # should go out")
            "should", "would", "could", "will", "can", "must", "might", "may", "need", "needs",
            "has", "have", "had", "does", "do", "did", "keeps", "keep", "got", "gets", "seems",
            "looks", "goes", "went", "be", "been", "being", "not", "never", "still", "just",
            "always", "really", "am", "it", "she", "he", "they", "there", "some"}
INTENT_WORDS = {"call", "email", "e-mail", "text", "message", "phone", "ring", "schedule",
                "book", "meeting", "research", "look", "find", "compare", "reply", "write",
                "plan", "arrange", "contact", "follow", "check"}
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
    elif words and not _said_like(_bare(words[0]), said) and _bare(words[0]) not in (
            INTENT_WORDS if intent not in (None, "none") else set()) | DANGLING:
        problems.append(f"“{words[0]}” was not said")
    follower = _follower(title, transcript)
    if follower:
        problems.append(f"cuts a phrase in two (“… {words[-1]} {follower} …”)")
    return problems


def _said_like(word: str, said: set[str]) -> bool:
    """``word`` or a form of it was said ("moving" for "move", "called" for "call")."""
    stem = word[:4] if len(word) > 4 else word
    return word in said or any(s.startswith(stem) for s in said if len(stem) >= 3)


def _follower(title: str, transcript: str) -> str:
    """The word that follows the title in the transcript when the title is a piece of it cut
    inside a phrase ("The heating in my flat make a strange" + "noise"), else ""."""
    words = [_bare(w) for w in title.split()]
    said = transcript.split()
    bare = [_bare(w) for w in said]
    n = len(words)
    for i in range(len(bare) - n):
        if bare[i:i + n] == words and not re.search(r"[,.;:!?]$", said[i + n - 1]) and \
                any(c.isalnum() for c in bare[i + n]) and bare[i + n] not in BOUNDARY:
            return said[i + n].strip(".,;:!?")
    return ""


def is_title(title: str, transcript: str, intent: str | None = None) -> bool:
    return not title_problems(title, transcript, intent)


_BREAK = re.compile(r",|;|:| - | – | — |\b(?:because|so that|since|which|although|but)\b",
                    re.IGNORECASE)


def compact(text: str) -> str:
    """A clause made into a title: the part before a break that leaves 2-8 words, words that
    would leave it dangling dropped from the end, at most 60 characters, capitalised."""
    text = re.sub(r"\s+[—–]+\s*|\s*[—–]+\s+", ", ", text)  # a spoken dash is a pause
    text = re.sub(r"\s+", " ", text).strip(" ,.;:-—–")
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
    rest = words[MAX_WORDS:]
    words = words[:MAX_WORDS]
    while len(" ".join(words)) > MAX_CHARS:
        rest.insert(0, words.pop())
    if rest:  # cut: stop where the phrase allows ("... a strange | noise" is not a place)
        while len(words) > MIN_WORDS + 1 and not re.search(r"[,.;:!?]$", words[-1]) and \
                any(c.isalnum() for c in rest[0]) and _bare(rest[0]) not in BOUNDARY:
            rest.insert(0, words.pop())
    while len(words) > MIN_WORDS and _bare(words[-1]) in DANGLING:
        words = words[:-1]
    title = " ".join(words).strip(" ,.;:-")
    return title[:1].upper() + title[1:]
