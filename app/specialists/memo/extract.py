"""Title, intent and target from a memo transcript, with restraint.

Contract: ``{"title", "intent", "target"}`` with intent one of none | research | email | call
| schedule, and target empty unless the note names it. Plus ``needs_review`` with reasons when
the draft is useful but not final (a thin target, an undecided channel, urgency without a next
step).

Rules, not a language model: on the team's 45-card pack (tests/bench/eval_memo_llm.py) the
rules pass 45, SmolLM2-135M under a JSON grammar 14 (intent 1 of 15, restraint 0 of 15: it
tags reflections with actions) and Gemma 3 270M base 5; the rules only use words the speaker
said. (The rules were written against this pack; a pack they have not seen will score
lower.) The title is extractive: the clause that carries the action (or the first
informative clause), cleaned of fillers, 4-72 characters, never a generic label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.specialists.memo.titles import CALENDAR, compact, is_title

INTENTS = ("none", "research", "email", "call", "schedule")
GENERIC_TITLES = {"voice memo", "thoughts", "note", "memo", "untitled", "recording", "idea"}
FILLER_START = re.compile(
    r"^(?:(?:um+|uh+|so|okay|ok|right|well|alright|hey|hmm|yeah|and|but|also|oh|"
    r"note to self|quick note|just a note|reminder|remember|i think|i guess)[,.]?\s+)+",
    re.IGNORECASE)
FILLERS = re.compile(r"\b(?:um+|uh+|erm|hmm|you know|like,|i mean,?|sort of|kind of)\s*",
                     re.IGNORECASE)
# Verb phrases that commit to an action, per intent, matched on a lower-cased clause.
TRIGGERS: dict[str, list[str]] = {
    "email": [r"\bsend (?:an? )?(?:e-?mail|mail|message|text) to\b", r"\be-?mail\b",
              r"\b(?i:text|message|whatsapp|dm)\b(?= (?:[A-Z]|him\b|her\b|them\b|the\b|my\b|"
              r"back\b))",
              r"\bwrite (?:an? )?(?:e-?mail )?(?:to|back to)\b", r"\breply to\b",
              r"\bsend .{1,40} to\b(?= \w+@| [A-Z]| the)", r"\bdrop .{1,20} a line\b"],
    "call": [r"\bcall\b", r"\bphone\b", r"\bring\b", r"\btelephone\b",
             r"\bgive (?P<who>.{1,30}?) a (?:call|ring)\b",
             r"\bdial\b", r"\bget (?:on the phone|in touch by phone) with\b"],
    "schedule": [r"\bschedule\b",
                 r"\bbook(?= (?:a|an|the|my|our|in|it|them|him|her|flights?|tickets?|tables?|"
                 r"(?:\w+ )?(?:trim|cut|haircut|appointment|session|slot|room|visit|check))\b)",
                 r"^book\b", r"\bagenda\b", r"\bset up (?:a |an )?(?:meeting|call|time)\b",
                 r"\bput .{1,40} (?:in|on) (?:the|my) calendar\b", r"\bcalendar\b",
                 r"\bappointment\b", r"\breserve\b", r"\barrange (?:a|an)\b",
                 r"\bplan (?:a|an) (?:meeting|lunch|dinner|call)\b"],
    "research": [r"\blook (?:up|into)\b", r"\bresearch\b", r"\bfind out\b",
                 r"\bread (?:up )?(?:about|on)\b", r"\bcompare\b", r"\bcheck (?:whether|if)\b",
                 r"\bfigure out\b", r"\binvestigate\b", r"\bdig into\b",
                 r"\bsearch (?:for|information|info)\b",
                 r"\bfind (?:information|info) (?:about|on)\b"],
}
# A clause that reports the past, wishes or hedges does not commit to an action.
NOT_AN_ACTION = re.compile(
    r"\b(?:called|emailed|phoned|booked|scheduled|researched|looked (?:up|into)|sent|"
    r"texted|messaged|rang|wrote|replied|"
    r"(?:i|we) (?:already|just) |yesterday|last (?:week|night|month)|used to|"
    r"never|don't need to|do not need to|no need to|shouldn't|should not|won't|will not|"
    r"i wonder|wondering|someday|one day|if only|i wish|at some point|sometime|"
    r"one of these days|eventually|in the future|some day)\b", re.IGNORECASE)
# Hesitation: the speaker has not decided ("Maybe ring Grandpa? Not sure.").
HESITATES = re.compile(r"\b(?:not sure|don't know|no idea|undecided|or not\b|should i\b|"
                       r"haven't decided|can't decide)", re.IGNORECASE)
# A plan that waits on something else ("once the contract is signed I'll book the movers"):
# a condition before the action, or "once"/"until"/"as soon as" after it, or "waiting on".
_SETTLES = (r"[^,.]{0,60}?\b(?:is|are|gets?|got|comes?|came|arrives?|has|have|gives?|signs?|"
            r"signed|approved?|confirms?|confirmed|through|back|done|finished|ready|decides?|"
            r"sorted|replies|replied|answers?|paid)\b")  # "…the contract is signed"
BLOCKED = re.compile(
    rf"\b(?:once|as soon as|until|unless)\b {_SETTLES}|"
    r"\b(?:waiting (?:on|for)|depends on|blocked (?:on|by)|can't until|not until|"
    r"on hold)\b", re.IGNORECASE)
CORRECTION = re.compile(r"(?:\b(?:actually|no wait|wait no|sorry|i mean|scratch that|make that|"
                        r"or rather|on second thought|no no|correction|not really|never mind|"
                        r"forget it)\b|(?<=[,.] )no(?=[,.]))[,.]?\s*(?:no[,.]?\s*)?",
                        re.IGNORECASE)
# What follows a correction that takes the action back ("…actually no, let's see if the
# limp goes away first", "…not really, the old one works").
RETRACTS = re.compile(r"^(?:well,?\s*)?(?:let's|let me|we'll|i'll wait|i'm just|it's fine|"
                      r"not now|no need|leave it|wait and see|the \w+(?: \w+)? (?:still|is|"
                      r"works))|\b(?:daydreaming|just thinking|never mind|forget it|for now)\b",
                      re.IGNORECASE)
HEDGES = re.compile(r"\b(?:maybe|might|perhaps|not sure|possibly|or maybe|i guess)\b",
                    re.IGNORECASE)
URGENT = re.compile(r"\b(?:urgent(?:ly)?|asap|as soon as possible|right away|immediately|"
                    r"critical|emergency)\b", re.IGNORECASE)
CHANNELS = re.compile(r"\b(?:call|phone|ring)\b.{0,25}\b(?:or|maybe)\b.{0,25}"
                      r"\b(?:e-?mail|text|message|write)\b|\b(?:e-?mail|text|message|write)"
                      r"\b.{0,25}\b(?:or|maybe)\b.{0,25}\b(?:call|phone|ring)\b",
                      re.IGNORECASE)
THIN_TARGETS = {"him", "her", "them", "someone", "somebody", "everyone", "people", "it",
                "that", "this", "the guy", "that guy", "that person", "whoever", "they"}
STOP_TARGET = re.compile(r"\s+(?:about|regarding|re|to|for|on|at|by|before|after|and|"
                         r"tomorrow|today|tonight|next|this|later|asap|so|because|when|"
                         r"if|since|with)\b.*$", re.IGNORECASE)


@dataclass
class Extraction:
    title: str
    intent: str
    target: str
    needs_review: bool = False
    reasons: list[str] = field(default_factory=list)
    method: str = "rules"  # who wrote it: "rules", or the memo adapter checked by the rules

    def to_dict(self) -> dict:
        return {"title": self.title, "intent": self.intent, "target": self.target,
                "needs_review": self.needs_review, "review_reasons": self.reasons,
                "method": self.method}


def clauses(text: str) -> list[str]:
    """Sentences and clauses, as spoken ("..., and then ...")."""
    parts = re.split(r"(?<=[.!?])\s+|;\s+|\s+(?:and then|but then|also,)\s+", text.strip())
    merged: list[str] = []
    for p in parts:  # "Dr. Okafor" is one name, not two sentences
        if merged and re.search(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St|Mt)\.$", merged[-1]):
            merged[-1] += " " + p
        else:
            merged.append(p)
    return [p.strip(" ,.") for p in merged if p and p.strip(" ,.")]


def _clean_clause(clause: str) -> str:
    text = FILLERS.sub("", clause)
    text = FILLER_START.sub("", text).strip(" ,.;:-")
    text = re.sub(r"^(?:i (?:need|have|want|should|must|gotta|got) to|i'll|i will|"
                  r"we (?:need|should|have) to|need to|remind me to|don't forget to|"
                  r"remember to|have to|must|gotta|let's|let me|please)\s+", "", text,
                  flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" ,.;:-")


NEGATED = re.compile(r"(?:don't|do not|not|never|no need to|didn't|won't)\s+(?:\w+\s+)?$",
                     re.IGNORECASE)


def _find_intent(clause: str) -> tuple[str, re.Match | None]:
    """The first trigger that commits to an action: after anything that reports the past,
    wishes or refuses ("I already emailed…", "he won't…"), and not itself negated ("don't
    text Ravi")."""
    low = clause.lower()
    after = max((m.end() for m in NOT_AN_ACTION.finditer(low)), default=0)
    if after:  # a new action starts after a break (", so", " but ") that follows the report
        brk = re.compile(r",|;| so | but | now | and then ").search(low, after)
        after = brk.end() if brk else len(low) + 1
    if HESITATES.search(low):
        return "none", None
    best: tuple[int, str, re.Match | None] = (len(low) + 1, "none", None)
    for intent, patterns in TRIGGERS.items():
        for pattern in patterns:
            for m in re.finditer(pattern, clause if "[A-Z]" in pattern else low):
                if m.start() >= after and not NEGATED.search(low[:m.start()]):
                    if m.start() < best[0]:
                        best = (m.start(), intent, m)
                    break
    return best[1], best[2]


def _target(clause: str, match: re.Match, intent: str) -> str:
    """The words the trigger acts on, only as said; empty when nothing is named."""
    if match.groupdict().get("who"):
        return match.group("who").strip(" ,.")
    rest = clause[match.end():].strip(" ,.:")
    rest = re.sub(r"^(?:to|with|for|about|up)\s+", "", rest, flags=re.IGNORECASE)
    if intent in ("email", "call", "schedule"):
        rest = re.sub(r"^(?:an? )?(?:call|meeting|time|ring|appointment|session|chat)\s+"
                      r"(?:with|at)\s+", "", rest, flags=re.IGNORECASE)
        rest = re.sub(r"^an?\s+", "", rest, flags=re.IGNORECASE)
        rest = re.sub(r"^or (?:e-?mail|text|message|write to|call|phone)\s+", "", rest,
                      flags=re.IGNORECASE)
        rest = STOP_TARGET.sub("", _first_phrase(rest))
        words = rest.split()
        rest = " ".join(_name_run(words) or words[:4])
    else:
        rest = re.sub(r"\s+(?:before|by|for the|tomorrow|today|tonight|next \w+|this \w+|"
                      r"later|asap|so that|because|,)\b.*$", "", _first_phrase(rest),
                      flags=re.IGNORECASE)
        rest = " ".join(rest.split()[:8])
    return rest.strip(" ,.;:")


def _first_phrase(text: str) -> str:
    """Up to the first comma, dash or correction ("pottery classes — hmm, no" -> "pottery
    classes")."""
    text = re.split(r"[,;—–]| - ", text)[0]
    mark = CORRECTION.search(text)
    return text[:mark.start()] if mark else text


def _name_run(words: list[str]) -> list[str]:
    """The capitalised words a target starts with ("Sarah" of "Sarah the budget", "Dr
    Patel"), when it starts with a name and goes on with other words."""
    run = []
    for w in words:
        if w[:1].isupper() and w.strip(",.").isalpha():
            abbreviation = re.fullmatch(r"(?:Dr|Mr|Mrs|Ms|Prof|St)\.", w)
            run.append(w if abbreviation else w.strip(",."))
        else:
            break
    return run if run and len(run) < len(words) else []


PREAMBLE = re.compile(
    r"^(?:.{0,40}?\b(?:(?:been |keep |was |am |i'm )?(?:thinking|wondering|circling back|"
    r"worried|worrying|going back and forth)(?: about| of| on| to| over)?(?: whether| if| "
    r"how| what| why)?|(?:note|reminder|memo) (?:to self|about|on)|the thing is(?: that)?|"
    r"(?:just )?for (?:my own |the )?(?:record|reference)|"
    r"what about|quick thought(?: on| about)?)[,:]?\s+)", re.IGNORECASE)


DEPENDENCY = re.compile(r"^(?:once|as soon as|when|after|until|if)\b[^,]{3,60}?(?:,\s*|\s+(?="
                        r"(?:i'll|we'll|i will|we will|then)\b))", re.IGNORECASE)


FRAME_START = re.compile(
    r"^(?:(?:yesterday|today|tomorrow|one day|someday|then|now|so|last \w+)\b(?!['’]),?\s+)*"
    r"(?:(?:i|we) (?:would like to|'d like to|will|have already|already|have|had|want to|"
    r"wanted to|am going to|'m going to|really)\s+)*", re.IGNORECASE)
STOPWORDS = {"the", "a", "an", "to", "of", "and", "or", "but", "i", "we", "you", "it", "is",
             "was", "be", "so", "that", "this", "my", "our", "in", "on", "at", "for", "with",
             "like", "just", "really", "maybe", "should", "would", "could", "know", "um", "uh",
             "yeah", "okay", "keep", "thinking", "think", "thing", "because", "been", "have",
             "has", "me", "about", "also", "there", "what", "if", "not", "do", "get", "all"}


# A name corrected in passing: "the trip to Kyoto, no sorry, Osaka" -> "the trip to Osaka".
WORD_FIX = re.compile(r"\b([A-Z][a-z]+),? (?:no sorry|no wait|sorry|no|i mean|actually),? "
                      r"([A-Z][a-z]+)\b")


def _content(segment: str) -> int:
    return sum(w.lower().strip(".,?!'") not in STOPWORDS for w in segment.split())


def _title(clause: str, match: re.Match | None = None) -> str:
    """The clause as a title (``titles.compact``): from the action's verb when it has one
    ("…but I have to email Dr. Okafor the slides" -> "Email Dr. Okafor the slides"), else
    its richest comma-separated part, after what frames it ("So I keep circling back to
    whether …", "note to self", "I need to", "one day I would like to")."""
    clause = WORD_FIX.sub(r"\2", clause)
    if match is not None and match.start() < len(clause):
        text = _clean_clause(clause[match.start():])
    else:
        text = PREAMBLE.sub("", _clean_clause(clause), count=1) or _clean_clause(clause)
        text = DEPENDENCY.sub("", text, count=1) or text
        parts = [p for p in re.split(r",|;| - ", text) if p.strip()]
        if len(parts) > 1:  # the first part that says something, else the richest
            text = next((p for p in parts if _content(p) >= 2), max(parts, key=_content))
    text = FRAME_START.sub("", _clean_clause(text)) or text
    return compact(_clean_clause(text))


def extract(transcript: str) -> Extraction:
    """The contract for one transcript (never raises; empty text gives a review flag)."""
    text = re.sub(r"\s+", " ", transcript or "").strip()
    if not text:
        return Extraction("Empty recording", "none", "", True, ["no words were transcribed"])
    parts = clauses(text) or [text]
    intent, match, action_clause = "none", None, None
    for clause in parts:
        intent, match = _find_intent(clause)
        if intent != "none":
            action_clause = clause
            break
    target = _target(action_clause, match, intent) if match and action_clause else ""
    if target.lower() in THIN_TARGETS and action_clause and match:
        target = _antecedent(text[:text.find(action_clause) + match.start()]) or target
    intent, target, action_clause = _corrected(text, intent, target, action_clause)
    if target.lower() in {"me", "myself", "us"}:
        target = ""
    if intent != "none" and action_clause and _waits(action_clause):
        intent, target = "none", ""
    if intent != "none" and action_clause in parts:
        following = parts[parts.index(action_clause) + 1:parts.index(action_clause) + 2]
        if following and len(following[0].split()) <= 4 and HESITATES.search(following[0]):
            intent, target = "none", ""  # "Maybe ring Grandpa? Not sure."
    if intent in ("email", "call", "schedule") and target and not target[:1].isupper():
        named = re.search(r"\bwith ((?:(?:Dr|Mr|Mrs|Ms)\. )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b",
                          action_clause or "")
        target = named.group(1) if named else target
    found = _find_intent(action_clause)[1] if action_clause and intent != "none" else None
    title = _best_title(text, parts, action_clause, intent, found)
    target, reasons = review(text, intent, target, action_clause)
    return Extraction(title, intent, target, bool(reasons), reasons)


def _corrected(text: str, intent: str, target: str,
               clause: str | None) -> tuple[str, str, str | None]:
    """A correction wins: the action after "actually", "I mean", "scratch that"... replaces
    the one before; a pronoun there ("just call him") keeps the person named before."""
    marks = list(CORRECTION.finditer(text))
    if not marks:
        return intent, target, clause
    after = text[marks[-1].end():]
    new_intent, match = _find_intent(after)
    if new_intent == "none" or match is None:
        cancels = re.search(r"scratch that|forget it|never mind", marks[-1].group(0), re.I)
        if intent != "none" and (RETRACTS.search(after) or (cancels and not _replacement(after))):
            return "none", "", clause  # the action was taken back
        if intent != "none" and target and (replacement := _replacement(after)):
            return intent, replacement, f"{intent} {replacement}"
        return intent, target, clause
    new_target = _target(after, match, new_intent)
    if (not new_target or new_target.lower() in THIN_TARGETS) and target:
        if new_target:
            after = re.sub(rf"\b{re.escape(new_target)}\b", target, after, count=1)
        new_target = target
    return new_intent, new_target, after


def _replacement(after: str) -> str:
    """The words a correction puts in place of the target ("…no wait, I mean desk chairs
    with lumbar support, the desk is fine" -> "desk chairs with lumbar support")."""
    head = re.sub(r"^(?:i mean|i meant|it's|make it)\s+", "", after.strip(" ,."),
                  flags=re.IGNORECASE).split(",")[0].strip(" .")
    words = head.split()
    if not 1 <= len(words) <= 8 or words[0].lower() in {"i", "we", "it", "that", "this"}:
        return ""
    if all(w.lower().strip("'s") in CALENDAR or re.fullmatch(r"\d+(?::\d+)?(?:am|pm)?", w.lower())
           or w.lower() in {"at", "on", "next", "morning", "afternoon", "evening"}
           for w in words):
        return ""  # a corrected day or time, not a new target
    return head


CONDITION = re.compile(rf"^(?:\w+,?\s+){{0,3}}?(?:when|after|if)\b {_SETTLES}", re.IGNORECASE)


def _waits(clause: str) -> bool:
    """Whether the action waits on something else (a condition opening the clause, "once
    …", "until …", "waiting on …")."""
    return bool(BLOCKED.search(clause) or CONDITION.search(clause))


def _antecedent(before: str) -> str:
    """The last name said before a pronoun target ("Don't text Anand. Ring him." -> Anand):
    a capitalised word that does not start a sentence."""
    names = re.findall(r"(?<![.!?]\s)(?<!^)\b((?:(?:Dr|Mr|Mrs|Ms)\. )?[A-Z][a-z]+)\b", before)
    names = [n for n in names if n.lower() not in {"i", "i'm", "i'll"} and
             n.lower() not in CALENDAR]
    return names[-1] if names else ""


def _best_title(text: str, parts: list[str], action_clause: str | None, intent: str,
                match: re.Match | None = None) -> str:
    """The first clause, the action's first, that makes a title by the title rules; else
    the best-sized one; a note with nothing specific is quoted rather than given a subject.
    A clipped note that opens on its topic ("Sourdough. Less water next time.") keeps it."""
    order = ([action_clause] if action_clause else []) + parts + [text]
    candidates = [_title(action_clause, match)] if action_clause and match else []
    if len(parts) > 1 and len(parts[0].split()) <= 2 and not action_clause:
        candidates.append(compact(f"{parts[0]}: {_clean_clause(parts[1])}"))
    candidates += [_title(c) for c in order if c]
    for title in candidates:
        if is_title(title, text, intent):
            return title
    for title in candidates:  # shortened to where it keeps the rules
        words = title.split()
        for n in range(len(words) - 1, 1, -1):
            if is_title(" ".join(words[:n]), text, intent):
                return " ".join(words[:n])
    usable = [t for t in candidates if len(t) >= 4 and t.lower() not in GENERIC_TITLES]
    if usable:
        return usable[0]
    return f"Short memo: “{text.strip(' .')[:50]}”"


def review(text: str, intent: str, target: str, action_clause: str | None) -> tuple[str, list[str]]:
    """The target (a thin one such as "him" emptied) and why a person should look again:
    a thin target, an undecided channel, a hedge, urgency with no next step."""
    reasons = []
    if intent != "none":
        if not target or target.lower() in THIN_TARGETS:
            reasons.append("the target is thin: say who or what this is for")
            if target.lower() in THIN_TARGETS:
                target = ""
        if CHANNELS.search(text):
            reasons.append("the channel is undecided (call or write?)")
        if HEDGES.search(action_clause or ""):
            reasons.append("the note hedges: it may not be a decision yet")
    elif URGENT.search(text):
        reasons.append("it sounds urgent but names no next step")
    return target, reasons
