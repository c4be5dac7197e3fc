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
    "email": [r"\bsend (?:an? )?(?:e-?mail|mail|message) to\b", r"\be-?mail\b",
              r"\bwrite (?:an? )?(?:e-?mail )?(?:to|back to)\b", r"\breply to\b",
              r"\bsend .{1,40} to\b(?= \w+@| [A-Z]| the)", r"\bdrop .{1,20} a line\b"],
    "call": [r"\bcall\b", r"\bphone\b", r"\bring\b", r"\bgive (?P<who>.{1,30}?) a (?:call|ring)\b",
             r"\bdial\b", r"\bget (?:on the phone|in touch by phone) with\b"],
    "schedule": [r"\bschedule\b", r"\bbook\b", r"\bset up (?:a |an )?(?:meeting|call|time)\b",
                 r"\bput .{1,40} (?:in|on) (?:the|my) calendar\b", r"\bcalendar\b",
                 r"\bappointment\b", r"\breserve\b", r"\barrange (?:a|an)\b",
                 r"\bplan (?:a|an) (?:meeting|lunch|dinner|call)\b"],
    "research": [r"\blook (?:up|into)\b", r"\bresearch\b", r"\bfind out\b",
                 r"\bread (?:up )?(?:about|on)\b", r"\bcompare\b", r"\bcheck (?:whether|if)\b",
                 r"\bfigure out\b", r"\binvestigate\b", r"\bdig into\b", r"\bsearch for\b"],
}
# A clause that reports the past, wishes or hedges does not commit to an action.
NOT_AN_ACTION = re.compile(
    r"\b(?:called|emailed|phoned|booked|scheduled|researched|looked (?:up|into)|"
    r"(?:i|we) (?:already|just) |yesterday|last (?:week|night|month)|used to|"
    r"never|don't need to|do not need to|no need to|shouldn't|should not|won't|will not|"
    r"i wonder|wondering|someday|one day|if only|i wish)\b", re.IGNORECASE)
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

    def to_dict(self) -> dict:
        return {"title": self.title, "intent": self.intent, "target": self.target,
                "needs_review": self.needs_review, "review_reasons": self.reasons}


def clauses(text: str) -> list[str]:
    """Sentences and clauses, as spoken ("..., and then ...")."""
    parts = re.split(r"(?<=[.!?])\s+|;\s+|\s+(?:and then|but then|also,)\s+", text.strip())
    return [p.strip(" ,.") for p in parts if p and p.strip(" ,.")]


def _clean_clause(clause: str) -> str:
    text = FILLERS.sub("", clause)
    text = FILLER_START.sub("", text).strip(" ,.;:-")
    text = re.sub(r"^(?:i (?:need|have|want|should|must|gotta|got) to|i'll|i will|"
                  r"we (?:need|should|have) to|need to|remind me to|don't forget to|"
                  r"remember to|have to|must|gotta|let's|let me|please)\s+", "", text,
                  flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" ,.;:-")


def _find_intent(clause: str) -> tuple[str, re.Match | None]:
    low = clause.lower()
    if NOT_AN_ACTION.search(low):
        return "none", None
    best: tuple[int, str, re.Match | None] = (len(low) + 1, "none", None)
    for intent, patterns in TRIGGERS.items():
        for pattern in patterns:
            m = re.search(pattern, clause if "[A-Z]" in pattern else low)
            if m and m.start() < best[0]:
                best = (m.start(), intent, m)
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
        rest = STOP_TARGET.sub("", rest)
        words = rest.split()
        rest = " ".join(words[:4])
    else:
        rest = re.sub(r"\s+(?:before|by|for the|tomorrow|today|tonight|next \w+|this \w+|"
                      r"later|asap|so that|because|,)\b.*$", "", rest, flags=re.IGNORECASE)
        rest = " ".join(rest.split()[:8])
    return rest.strip(" ,.;:")


def _title(clause: str) -> str:
    text = _clean_clause(clause)
    if len(text) > 72:
        cut = text[:72].rsplit(" ", 1)[0]
        text = cut.rstrip(" ,.;:-")
    return text[:1].upper() + text[1:] if text else ""


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
    if target.lower() in {"me", "myself", "us"}:
        target = ""
    title_source = action_clause or next((p for p in parts if len(_clean_clause(p)) >= 4),
                                         parts[0])
    title = _title(title_source)
    if len(title) < 4 or title.lower() in GENERIC_TITLES:
        whole = _title(text)
        if len(whole) >= 4 and whole.lower() not in GENERIC_TITLES:
            title = whole
        else:  # nothing specific was said: quote it rather than invent a subject
            title = f"Short memo: “{text.strip(' .')[:50]}”"
    target, reasons = review(text, intent, target, action_clause)
    return Extraction(title, intent, target, bool(reasons), reasons)


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
