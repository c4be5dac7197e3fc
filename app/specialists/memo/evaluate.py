"""Scoring extraction on a card pack, three slices scored apart.

title: usable (4-72 characters, not generic) and on subject (one of the card's keywords);
intent: the exact label and a grounded target (the expected words, all said in the note);
restraint: intent none and an empty target. Every card also needs a usable title.
Pass rule: each slice passes at least 80% of its cards.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from app.errors import UserError
from app.specialists.memo.extract import GENERIC_TITLES, Extraction

PASS_SHARE = 0.8


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


def judge(card: dict, got: Extraction) -> tuple[bool, str]:
    """(passed, why not) for one card."""
    expect = card["expect"]
    if not usable_title(got.title):
        return False, f"title not usable: {got.title!r}"
    keywords = [k.lower() for k in expect.get("title_keywords", [])]
    if keywords and not any(k in got.title.lower() for k in keywords):
        return False, f"title off subject: {got.title!r}"
    if card["slice"] == "intent":
        if got.intent != expect["intent"]:
            return False, f"intent {got.intent}, expected {expect['intent']}"
        want = expect.get("target", "").lower()
        said = card["transcript"].lower()
        if want and want not in got.target.lower():
            return False, f"target {got.target!r}, expected {expect['target']!r}"
        if got.target and got.target.lower() not in said:
            return False, f"target {got.target!r} was not said"
    if card["slice"] == "restraint" and (got.intent != "none" or got.target):
        return False, f"invented an action: {got.intent} {got.target!r}"
    return True, ""


def evaluate_pack(cards: list[dict], extract: Callable[[str], Extraction]) -> dict:
    """Per-slice pass counts, the pack verdict, and the failures with reasons."""
    slices: dict[str, list[int]] = {}
    failures = []
    for card in cards:
        got = extract(card["transcript"])
        ok, why = judge(card, got)
        passed, total = slices.setdefault(card["slice"], [0, 0])
        slices[card["slice"]] = [passed + ok, total + 1]
        if not ok:
            failures.append({"id": card.get("id"), "why": why, **got.to_dict()})
    summary = {name: {"passed": p, "cards": n, "share": p / n} for name, (p, n) in
               slices.items()}
    return {"slices": summary, "passed": all(s["share"] >= PASS_SHARE for s in
                                             summary.values()),
            "cards_passed": sum(s["passed"] for s in summary.values()),
            "cards": len(cards), "failures": failures}
