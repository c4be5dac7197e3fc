"""Sentences and clauses after the command that are not it: sign-offs and key presses,
what the command is for ("…, to see disk usage"), trailing prose and remark sentences, and
clauses set off by commas that talk about the command instead of saying it."""

from __future__ import annotations

import re

from app.specialists.bash.cleanup.context import (
    _MATERIAL,
    _WRITTEN,
    _has_correction,
    _has_material,
    _is_command,
    _quote_open,
    _users_text,
)
from app.specialists.bash.cleanup.framing import _strip_phrases
from app.specialists.bash.cleanup.said_around import CORRECTION_LABELS
from app.specialists.bash.cleanup.words import (
    ARTICLES,
    CLOSING_STARTS,
    CORRECTIONS,
    FILLERS,
    LEAD_PROSE,
    LEAD_VERBS,
    NUMBER_WORDS,
    PROSE_BEFORE,
    PROTOCOL_WORDS,
    PURPOSE_STOPS,
    QUOTES,
    REMARK_KEEPS,
    RUN_VERBS,
    SEPARATOR_WORDS,
    SIGN_OFF_WORDS,
    SIGN_OFFS,
    SYMBOL_NEIGHBOURS,
)
from app.specialists.bash.vocabulary import COMMANDS

OPENING_CALLS = ["for this we take", "for that we use", "we call", "we execute"]
"""How a sentence that holds the command may open ("For this we take pastel list.")."""

DICTATING_VERBS = {"type", "typing", "run", "enter", "write", "written", "says", "reads"}


def _closing_off(cased: list[str], removed: list[str]) -> list[str]:
    """The transcript without what closes it and is not the command: a parenthetical
    description ("(show the version)") and closing sentences that sign off or say what the
    command is for ("… main. That's it.", "… main. It's for the docs."), or say a part
    again ("… --all. Again, that's dash dash all.")."""
    opened = [j for j, w in enumerate(cased) if w.startswith("(")]
    if opened and opened[-1] > 0 and len(cased) - opened[-1] >= 2 and \
            re.search(r"\)[.!?]?$", cased[-1]) and not any(
                re.sub(r"\W", "", w.lower()) in SYMBOL_NEIGHBOURS for w in cased[opened[-1]:]):
        removed.append(" ".join(cased[opened[-1]:]))  # "(show the version)" written after
        cased = cased[:opened[-1]]
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in cased]
    while len(cased) > 1:
        ends = [j for j, w in enumerate(cased[:-1]) if re.search(r"[a-zA-Z0-9)][.!?]$", w)]
        closing = low[ends[-1] + 1:] if ends else []
        said = " ".join(closing)
        again = [w for w in closing if w not in FILLERS][:2] in (["again", "that's"],
                                                                  ["again", "that"])
        if not ends or (said not in (*SIGN_OFFS, *KEY_PRESSES, "done", "over") and \
                not _KEY_PRESS.fullmatch(said) and not again and not (
                len(closing) <= 6 and set(closing) <= SIGN_OFF_WORDS) and not (
                closing[0] in CLOSING_STARTS and len(closing) <= 10 and
                not set(closing) & (SYMBOL_NEIGHBOURS | QUOTES | {"pipe"} | COMMANDS) and
                not set(closing[:-1]) & DICTATING_VERBS and  # "… what it says": none follows
                not any(_WRITTEN.search(w) for w in cased[ends[-1] + 1:]))):
            break
        removed.append(" ".join(cased[ends[-1] + 1:]))
        cased, low = cased[:ends[-1] + 1], low[:ends[-1] + 1]
    if len(cased) > 2 and low[-1] == "done" and cased[-2].endswith(",") and \
            not _LOOPS & set(low) and low[-2] != "space" and not (
                low[-2].startswith("-") or low[-3] in ("dash", "minus", "hyphen")):
        removed.append(cased.pop())  # "… file.wasm, done.": the speaker's, not a loop's end
    return cased


_LOOPS = {"do", "while", "until", "for"}  # "…; do uptime; sleep 1; done": the loop's end


KEY_PRESSES = ("go", "enter", "press enter", "press return", "return", "and go", "executing",
               "next", "stand by", "confirm", "copy", "roger", "executing now", "got it",
               "that's the command", "that's the whole thing", "nice and short",
               "okay moving on")
"""A closing sentence that is a key press or a call's word ("… --info. Go.", ". Next."), not
the command."""
_KEY_PRESS = re.compile(r"(?:(?:and|then|after that|please|now|just|and then|kindly|i|you|"
                        r"let me|we|ya|go ahead and) )*"
                        r"(?:(?:press|hit|tap|push|give) )?(?:the )?(?:enter|return)(?: key)?"
                        r"(?: (?:after typing it|after that|when you're done|po|please|now|"
                        r"and boom|boom))*")
"""A closing sentence that asks for the key press: "Then press enter po.", "Please press
enter after typing it."""
PURPOSE_STARTS = ("i want to", "i wanna", "i need to", "i'd like to", "i would like to",
                  "this is to", "it will", "i am trying to", "i'm trying to", "i have to",
                  "that should", "that'll", "that will", "this should", "this will",
                  "it should", "which should", "which will", "so i can", "so that",
                  "in order to", "to")
# what a "to" clause said straight after the command opens with ("df -h to see disk usage")
PURPOSE_VERBS = frozenset("""display list start show create run print convert set open generate
    remove check add delete search install execute update view get connect change build enable
    compile scan send read download extract launch initialize output copy find stop apply write
    disable test upgrade format load restore compare export uninstall perform switch capture
    compress clean play make move verify render fetch save retrieve analyze query produce store
    clone edit import calculate dump merge see count watch kill monitor mount unmount specify
    relabel attach include sample preload tag unset inspect publish submit sync""".split())


def _bare_purpose(low: list[str], j: int, end: int) -> bool:
    """ "to <verb> …" straight after the command, with no comma before it ("hcitool name data
    to output the name of a device"): the verb opens a purpose and the rest is plain words."""
    return low[j] == "to" and low[j + 1] in PURPOSE_VERBS and end - j >= 4 and \
        not (low[j - 1].isdigit() or low[j - 1] in NUMBER_WORDS | PROSE_BEFORE or
             "'" in low[j - 1]) and all(re.fullmatch(r"[a-z']+", w) for w in low[j:end])


def _purpose_off(cased: list[str], removed: list[str]) -> list[str]:
    """The transcript without a last clause that says what the command is for (", I need to
    see the help", ". I want to count only edges", ", to extract all tables from a PDF"): it
    follows a comma or a sentence's end, opens with a purpose phrase, runs to the end with
    no punctuation inside, and holds no symbol word nor an open quote; words before it that
    are all prose ("So, to display … I'd type") are a lead-in, not a command."""
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in cased]
    end = len(cased)  # a sign-off after it stays out of the way (", please do the needful")
    for k in range(len(cased) - 1, 0, -1):
        if re.search(r"[,.!?]$", cased[k - 1]) and " ".join(low[k:]) in SIGN_OFFS:
            end = k
            break
    for j in range(1, end - 1):
        if not (re.search(r"[,.!?;]$", cased[j - 1]) or _bare_purpose(low, j, end)) or any(
                re.search(r"[,;!?]$|\.$", w) for w in cased[j:end - 1]):
            continue
        rest = f"{' '.join(low[j:])} "
        lead = next((p for p in PURPOSE_STARTS if rest.startswith(f"{p} ")), None)
        if lead is None or end - j - len(lead.split()) < 2 or \
                set(low[:j]) <= PROSE_BEFORE | FILLERS or \
                set(low[j:end]) & PURPOSE_STOPS or _users_text(cased[:j]):
            continue
        removed.append(" ".join(cased[j:]))
        return cased[:j]
    return cased


def without_closing(text: str) -> str:
    """``text`` less its closing sign-offs and description (see :func:`_closing_off`)."""
    return " ".join(_closing_off(text.split(), []))


TRAILING_PROSE = frozenset({
    "your", "my", "our", "any", "anybody", "anyone", "everyone", "everybody", "right", "got",
    "see", "here", "there", "that", "this", "it", "you", "we", "me", "the", "a", "so", "and",
    "let's", "now", "then", "thanks", "good", "okay", "ok"})
CHATTER_OPENERS = frozenset({  # a remark after the command, not more of it
    "remember", "notice", "note", "hopefully", "simple", "easy", "pretty", "any", "everyone",
    "everybody", "anybody", "anyone", "good", "great", "nice", "perfect", "cool", "awesome",
    "take", "look", "you", "you'll", "don't", "yeah"})
WE_OPENERS = frozenset({"we", "we'll", "we're"})  # "We move to the next one.", no lead verb
CHATTER = ("let's see", "let's find out", "let's hope", "i hope", "i think that's",
           "make sure you", "check it before", "hands up", "got that", "who can tell me",
           "put your hand up", "trust me")
WILL_OPENERS = {"it'll", "that'll", "this'll", "it'd", "that'd"}
ABOUT_IT_OPENERS = {"it's", "that's", "that", "this", "which", "he", "she", "he's", "she's",
                    "i'm", "it'll", "that'll", "this'll", "it'd", "that'd"}


def _sentences(cased: list[str]) -> list[list[str]]:
    """The words in sentences, as Whisper's full stops, question and exclamation marks end
    them."""
    out: list[list[str]] = [[]]
    for w in cased:
        out[-1].append(w)
        if re.search(r"[a-zA-Z0-9)\"'][.!?]$|\?$", w):
            out.append([])
    return [x for x in out if x]


def _prose_sentence(words: list[str], tools: frozenset[str]) -> bool:
    """A sentence with nothing of a command in it: no symbol, digit or symbol word, no
    command opening it nor after "then"/"and"/"pipe", and words of a sentence in it (or a
    question): "Simple, right?", "Any questions so far?", "Take your time."."""
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in words]
    if any(_MATERIAL.search(w.rstrip(",.!?")) for w in words) or set(low) & PURPOSE_STOPS:
        return False
    while len(low) > 1 and low[0] in FILLERS | {"and"}:  # "And, well, you get the idea."
        low = low[1:]
    if " ".join(low).startswith(CHATTER):
        return True  # "Make sure you put two dashes.": "make" is no command here
    if (_is_command(low[0]) or low[0] in tools) and not set(low[1:]) & TRAILING_PROSE:
        return False  # "Git status." on its own
    if any(_is_command(w) for w, before in zip(low[1:], low, strict=False)
           if before in SEPARATOR_WORDS - {"or"}):  # "one or more files": English
        return False  # "Then git push."
    if low[0] not in WILL_OPENERS and any(  # "That'll run tests …": what it will do
            w in DICTATING_VERBS - {"enter"} and nxt not in LEAD_PROSE | ARTICLES
            for w, nxt in zip(low, [*low[1:], ""], strict=True)):  # "he says it …" does not
        return False  # "Do I press enter after that?" does not either
    return words[-1].endswith("?") or (low[0] in CHATTER_OPENERS and len(low) > 1) or (
        low[0] in WE_OPENERS and not _leads_to_command(low, tools)) or \
        " ".join(low).startswith(CHATTER) or (
        low[0] in ABOUT_IT_OPENERS and len(low) >= 4)  # "It's going to create a bucket."


def _leads_to_command(low: list[str], tools: frozenset[str]) -> bool:
    """A lead verb with a program after it ("We run git status."), not one with plain words
    ("We used to do this with a shell script and a prayer.")."""
    return any(w in LEAD_VERBS and (nxt in tools or _is_command(nxt))
               for w, nxt in zip(low, low[1:], strict=False))


def _trailing_prose_off(cased: list[str], removed: list[str],
                        tools: frozenset[str] = frozenset()) -> list[str]:
    """Sentences after the command that say nothing of it ("… tofu plan. Simple, right?
    Remember this one.") go, while a sentence before them holds a command."""
    sentences = _sentences(cased)
    dropped: list[str] = []
    while len(sentences) > 1 and _prose_sentence(sentences[-1], tools):
        before = [w for x in sentences[:-1] for w in x]
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in before]
        if _quote_open(" ".join(before)) or not (
                any(_MATERIAL.search(w.rstrip(",.!?")) for w in before) or
                set(low) & PURPOSE_STOPS or
                any((_is_command(w) or w in tools) and w not in PROSE_BEFORE for w in low)):
            break
        dropped = sentences.pop() + dropped
    if dropped:
        removed.append(" ".join(dropped))
        return [w for x in sentences for w in x]
    return cased


_PURPOSE_SENTENCE = re.compile(  # "This command is to scan all devices.", "It is to update …"
    r"(?:(?:this|that|the) (?:command|one) |it |this |that )(?:is|will) (?:to|for|used to) "
    r"(?!the |a |an )[a-z]|(?:apparently |so )?(?:that's|that is|this is) (?:how|why) (?:you|we) "
    r"|(?:now )?(?:this|that)(?: here)?(?:'s| is) the one (?:that|which|to|for) "
    r"|(?:that|this|it) (?:should|will) (?!be\b|work\b|do\b)[a-z]+ (?:the|a|an|all|every|your|"
    r"specific|one)\b")  # "That should list all X11 colour names."


def _remark_sentences_off(cased: list[str], removed: list[str],
                          tools: frozenset[str] = frozenset()) -> list[str]:
    """Whole sentences that are remarks ("Simple.", "Trust me on this one.", "Old habit.")
    go before or after the sentences that hold the command: a remark names no command or
    installed program, has no dictating verb or addition, and is not inside a quote; not
    in protocol style, and only after the command where a correction is said (a fix may
    reach back across sentences)."""
    sentences = _sentences(cased)
    text = f" {re.sub(r'[,.!?:]', '', ' '.join(cased).lower())} "
    if len(sentences) < 2:
        return cased
    if " space " in text:
        return _protocol_talk_off(sentences, removed)  # Whisper's full stops fall anywhere
    corrected = _has_correction(text)  # a fix may reach back: only after

    def material(words: list[str]) -> bool:  # written or spoken symbols, spelled letters
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in words]
        return _has_material(words) or sum(len(w) == 1 and w != "a" for w in low) >= 2

    def named(low: list[str]) -> bool:  # a program first, not "Trust me on this one."
        while len(low) > 1 and low[0] in FILLERS:
            low = low[1:]  # "Okay, so conan. Install …"
        low = low[1:] if low[:1] in (["then"], ["now"], ["first"], ["next"]) else low
        low = _strip_phrases(low, OPENING_CALLS, []) if low[:1] in (["for"], ["we"]) else low
        return bool(low) and (low[0] in tools or _is_command(low[0])) and not (
            len(low) >= 4 and sum(w in PROSE_BEFORE | TRAILING_PROSE for w in low[1:]) >= 2
        ) and not (len(low) >= 3 and low[0] in PURPOSE_VERBS)  # "Display additional options."

    def holds(words: list[str]) -> bool:  # a command: material, a program first, a lead verb
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in words if w.lower() not in FILLERS]
        return not _PURPOSE_SENTENCE.match(" ".join(low)) and (
            material(words) or named(low) or bool(set(low) & (LEAD_VERBS | RUN_VERBS) - {
                "is", "with"}))

    said = [k for k, x in enumerate(sentences) if holds(x)]

    def remark(k: int) -> bool:
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in sentences[k]]
        before = [w for x in sentences[:k] for w in x]
        keeps = set() if _PURPOSE_SENTENCE.match(" ".join(low)) else (
            LEAD_VERBS | RUN_VERBS | CORRECTION_LABELS | REMARK_KEEPS) - (
            {"after"} if " after that" in f" {' '.join(low)}" and len(low) > 4 else set())
        return (k < said[0] and not corrected or k > said[-1]) and \
            not _quote_open(" ".join(before)) and not set(low) & keeps and \
            not named(low) and \
            not _has_correction(f" {' '.join(low)} ")

    if not said:
        return cased
    gone = {k for k in range(len(sentences)) if remark(k)}
    if not gone:
        return cased
    gone |= set(range(max((k for k in gone if k < said[0]), default=-1)))  # prose before one
    removed.extend(" ".join(x) for k, x in enumerate(sentences) if k in gone)
    return [w for k, x in enumerate(sentences) if k not in gone for w in x]


def _protocol_talk_off(sentences: list[list[str]], removed: list[str]) -> list[str]:
    """Spelled-out dictation ending with sentences of three or more plain words and no
    protocol word ("… space deploy. Send me the result when e finish."): talk after it."""
    while len(sentences) > 1:
        low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in sentences[-1]]
        before = " ".join(w for x in sentences[:-1] for w in x)
        if len(low) < 3 or _quote_open(before) or any(
                w in PROTOCOL_WORDS or not re.fullmatch(r"[a-z']+", w) for w in low) or \
                " space " not in f" {before.lower()} " or _has_correction(f" {' '.join(low)} "):
            break
        removed.append(" ".join(sentences.pop()))
    return [w for x in sentences for w in x]


AND_THEN_WE = {"we", "i", "you", "there", "notice", "hit", "press"}
ASIDE_OPENERS = {"i've", "i'm", "i", "we", "we've", "we're", "you", "you've", "this", "where",
                 "don't", "he", "she", "my", "he's", "she's", "we'd", "i'd", "they",
                 "they're"}


def _prose_aside(cased: list[str], j: int) -> bool:
    """ "…, I've typed this a thousand times, …", ", and I can't stress this enough,": a
    clause of three words or more between two commas, opened by a person or "this", with
    nothing of a command in it."""
    end = next((k for k in range(j, len(cased)) if re.search(r"[,.!?;]$", cased[k])), None)
    if end is None or not cased[end].endswith(",") or end == len(cased) - 1:
        return False
    low = [re.sub(r"[,.!?;:]+$", "", w.lower()) for w in cased[j:end + 1]]
    opens = low[0] in ASIDE_OPENERS or (low[0] == "and" and low[1:2] in (["i"], ["we"],
                                                                         ["you"])) or \
        low[:2] == ["it's", "for"]  # ", it's for one of the volunteers,"
    said = f" {' '.join(low)} "
    lead_in = low[:2] in (["i", "need"], ["i", "want"], ["we", "need"]) and \
        len([w for w in low[2:] if w not in FILLERS]) == 1 and \
        all(re.sub(r"[^\w']", "", w.lower()) in FILLERS for w in cased[:j])
    return opens and len(low) >= 3 and not set(low) & (PURPOSE_STOPS | LEAD_VERBS) and \
        not lead_in and \
        not any(_WRITTEN.search(w.rstrip(",")) for w in cased[j:end + 1]) and \
        not any(f" {m} " in said for m in CORRECTIONS)  # ", I mean alpha,": a fix; ", I need
    # beep,": the lead-in and the command


_SAID_BEFORE_MORE = {"space", "capital", "cap", "uppercase", "dash", "hyphen", "minus", "slash",
                     "underscore", "equals", "colon", "pipe"}  # never a command's last word


def _asides_about_it_off(cased: list[str], removed: list[str]) -> list[str]:
    """Clauses set off by commas that talk about the command instead of saying it: a note
    on a word just said (", that's a lowercase d,", ", that's the all option") and what
    happens next (", and we hit enter.", ", and there we go."); none holds a symbol or
    digit."""
    out: list[str] = []
    j = 0
    while j < len(cased):
        w = cased[j]
        low = [re.sub(r"[,.!?;:]+$", "", x.lower()) for x in cased[j:j + 3]]
        note = low[:1] in (["that's"], ["that"]) and low[1:2] != ["is"] or low[:2] == ["that", "is"]
        after_comma = bool(out) and out[-1].endswith(",")
        tag = cased[-1].endswith("?") and len(cased) - j <= 4 and not (
            out and out[-1].rstrip(",").lower() in _SAID_BEFORE_MORE)  # "space, data?": more
        if after_comma and _prose_aside(cased, j) and not _users_text(out) and not (
                low[:2] in (["i", "need"], ["i", "want"]) and all(
                    x.rstrip(",").lower() in FILLERS for x in out)):  # "Então, I need X"
            end = next(k for k in range(j, len(cased)) if cased[k].endswith(","))
            removed.append(" ".join(cased[j:end + 1]))  # ", I've typed this a thousand times,"
            if len(out) > 1 and out[-1].lower() == "sorry,":  # ", sorry, my eyes aren't …,"
                removed.append(out.pop())
            j = end + 1
            continue
        if after_comma and (note or tag or (low[0] in ("and", "then") and low[1:2] and (
                low[1] in AND_THEN_WE or low[1:3] in (["then", "i"], ["then", "we"])))) \
                and not _users_text(out):
            end = next((k for k in range(j, len(cased)) if re.search(r"[,.!?;]$", cased[k])),
                       len(cased) - 1)
            clause = cased[j:end + 1]
            article = len(low) > 1 and (low[1] in ARTICLES or low[2:3] and low[2] in ARTICLES)
            last = end == len(cased) - 1 or cased[end][-1] in ".!?"
            if last and not note and cased[end].endswith("?") and end - j < 4:
                note = article = True  # a tag question: ", ja?", ", is that right?"
            if len(clause) <= 10 and not any(_MATERIAL.search(x.rstrip(",.!?;")) for x in clause)\
                    and not {re.sub(r"\W", "", x.lower()) for x in clause} & PURPOSE_STOPS and (
                    (note and article) or (not note and last)):
                removed.append(" ".join(clause))
                out[-1] = out[-1].rstrip(",") + (cased[end][-1] if cased[end][-1] in ".!?"
                                                  else ("," if not last else ""))
                j = end + 1
                continue
        out.append(w)
        j += 1
    return out
