"""Scoring extraction on a card pack, three slices scored apart, with the pack's weights.

Each card scores title 0.5 (the title rules of ``titles.py``, and on subject: one of the
card's keywords), intent 0.35 (the exact label and, where the card names one, its target),
restraint 0.15 (the target only as said, and empty where the card expects none). A card
passes at 0.85 or more with the exact intent and an empty target where one is required.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from app.errors import UserError
from app.specialists.memo.extract import GENERIC_TITLES, Extraction
from app.specialists.memo.titles import title_problems

PASS_SCORE = 0.85
PASS_SHARE = 0.8  # the pack verdict: every slice passes at least this share of its cards
WEIGHTS = {"title": 0.5, "intent": 0.35, "restraint": 0.15}


class PackError(UserError):
    """A card pack that cannot be read."""


def load_pack(path: str | Path) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        cards = data["cards"] if isinstance(data, dict) else data
        for card in cards:
            card["transcript"], card["slice"], card["expect"]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise PackError(f"{path}: not a card pack ({exc})") from None
    return cards


def usable_title(title: str) -> bool:
    return 4 <= len(title) <= 72 and title.strip().lower() not in GENERIC_TITLES


def judge(card: dict, got: Extraction) -> tuple[bool, str, float]:
    """(passed, why not, score) for one card."""
    expect, said = card["expect"], card["transcript"].lower()
    why: list[str] = []
    problems = title_problems(got.title, card["transcript"], got.intent)
    keywords = [k.lower() for k in expect.get("title_keywords", [])]
    if problems:
        why.append(f"title {got.title!r}: {problems[0]}")
    elif keywords and not any(k in got.title.lower() for k in keywords):
        why.append(f"title off subject: {got.title!r}")
    title_ok = not why
    want_intent = expect.get("intent", "none" if card["slice"] == "restraint" else None)
    intent_ok = want_intent is None or got.intent == want_intent
    if not intent_ok:
        why.append(f"intent {got.intent}, expected {want_intent}")
    want = expect.get("target", "").lower()
    if intent_ok and want and want not in got.target.lower():
        intent_ok = False
        why.append(f"target {got.target!r}, expected {expect['target']!r}")
    empty_needed = want_intent == "none" or (want_intent is not None and "target" in expect
                                             and not want)
    restraint_ok = not (got.target and got.target.lower() not in said) and not (
        empty_needed and got.target)
    if not restraint_ok:
        why.append(f"target {got.target!r} " + ("should be empty" if empty_needed else
                                                "was not said"))
    score = (WEIGHTS["title"] * title_ok + WEIGHTS["intent"] * intent_ok +
             WEIGHTS["restraint"] * restraint_ok)
    exact = want_intent is None or got.intent == want_intent
    passed = score >= PASS_SCORE - 1e-9 and exact and not (empty_needed and got.target)
    return passed, "; ".join(why), round(score, 3)


def evaluate_pack(cards: list[dict], extract: Callable[[str], Extraction]) -> dict:
    """Per-slice pass counts and mean scores, the pack verdict (every slice passes at least
    80% of its cards), and the failures with reasons."""
    slices: dict[str, list[float]] = {}
    failures = []
    for card in cards:
        got = extract(card["transcript"])
        ok, why, score = judge(card, got)
        passed, total, points = slices.setdefault(card["slice"], [0, 0, 0.0])
        slices[card["slice"]] = [passed + ok, total + 1, points + score]
        if not ok:
            failures.append({"id": card.get("id"), "why": why, "score": score, **got.to_dict()})
    summary = {name: {"passed": int(p), "cards": int(n), "share": p / n,
                      "mean_score": round(pts / n, 3)}
               for name, (p, n, pts) in slices.items()}
    return {"slices": summary, "passed": all(s["share"] >= PASS_SHARE for s in
                                             summary.values()),
            "cards_passed": sum(s["passed"] for s in summary.values()),
            "cards": len(cards), "failures": failures}
