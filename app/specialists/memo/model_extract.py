"""Memo extraction by the trained memo adapter (``tinyspec train memo``), with the rules as
guard-rails: the model's JSON is taken field by field only where it keeps the contract.

- title: 2-8 words, at most 60 characters, not a generic label; else the rules' title;
- intent: one of the five labels; else the rules' intent;
- target: only words the speaker said (checked against the transcript), empty when the
  intent is none; else the rules' target when they found the same intent, else empty;
- review reasons: the rules' checks (thin target, undecided channel, hedge, urgency).
"""

from __future__ import annotations

import re

from app.specialists.memo.evaluate import usable_title
from app.specialists.memo.extract import INTENTS, Extraction, clauses, extract, review
from app.training.tasks import parse_memo

MAX_TRANSCRIPT = 2000
"""Characters of the transcript the model reads (its context is small; the rules read all)."""


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9@.']+", text.lower()))


def _said(words: str, transcript: str) -> bool:
    """Whether ``words`` were said, in this order, in ``transcript``."""
    return bool(_norm(words)) and f" {_norm(words)} " in f" {_norm(transcript)} "


def combine(answer: str, transcript: str) -> Extraction:
    """The extraction from the model's ``answer``, guarded by the rules (see above)."""
    rules = extract(transcript)
    got = parse_memo(answer)
    if got is None:
        return rules
    title = re.sub(r"\s+", " ", str(got.get("title") or "")).strip(" .")
    if not (usable_title(title) and 2 <= len(title.split()) <= 8 and len(title) <= 60):
        title = rules.title
    intent = got.get("intent") if got.get("intent") in INTENTS else rules.intent
    target = re.sub(r"\s+", " ", str(got.get("target") or "")).strip(" ,.")
    if intent == "none":
        target = ""
    elif not _said(target, transcript):
        target = rules.target if rules.intent == intent else ""
    clause = next((c for c in clauses(transcript) if target and target.lower() in c.lower()),
                  transcript)
    target, reasons = review(transcript, intent, target, clause)
    return Extraction(title, intent, target, bool(reasons), reasons)
