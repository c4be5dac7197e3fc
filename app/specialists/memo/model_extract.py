"""Memo extraction by the trained memo adapter (``tinyspec train memo``), with the rules as
guard-rails: the model's JSON is taken field by field only where it keeps the contract.

- title: one that keeps the title rules (``titles.py``: 2-8 words, at most 60 characters, not
  generic, not a cut-off sentence, no name or action the speaker did not say); else the
  rules' title;
- intent: one of the five labels; else the rules' intent;
- target: only words the speaker said (checked against the transcript), empty when the
  intent is none; else the rules' target when they found the same intent, else empty;
- review reasons: the rules' checks (thin target, undecided channel, hedge, urgency).
"""

from __future__ import annotations

import re

from app.specialists.memo.extract import INTENTS, Extraction, clauses, extract, review
from app.specialists.memo.titles import is_title
from app.training.tasks import parse_memo

ADAPTER_METHOD = "the memo adapter, checked by the rules"
NO_ADAPTER = "the rules: no memo adapter is active (Train… makes one)"
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
        rules.method = "the rules: the memo adapter's answer was not JSON"
        return rules
    title = re.sub(r"\s+", " ", str(got.get("title") or "")).strip(" .")
    intent = got.get("intent") if got.get("intent") in INTENTS else rules.intent
    if not is_title(title, transcript, intent):
        title = rules.title
    target = re.sub(r"\s+", " ", str(got.get("target") or "")).strip(" ,.")
    if intent == "none":
        target = ""
    elif not _said(target, transcript):
        target = rules.target if rules.intent == intent else ""
    clause = next((c for c in clauses(transcript) if target and target.lower() in c.lower()),
                  transcript)
    target, reasons = review(transcript, intent, target, clause)
    return Extraction(title, intent, target, bool(reasons), reasons, ADAPTER_METHOD)
