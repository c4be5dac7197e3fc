"""The memo title rules as properties over both card packs, the rules' extraction on the
classes the issue names, and the adapter-missing fallback saying so."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.service import InferenceService
from app.specialists.memo import MemoSpecialist, extract
from app.specialists.memo.evaluate import judge, load_pack
from app.specialists.memo.model_extract import NO_ADAPTER, combine
from app.specialists.memo.titles import compact, is_title, title_problems
from app.training.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
CARDS = load_pack(ROOT / "assets/memo/eval_pack.json") + \
    load_pack(ROOT / "assets/memo/heldout_pack.json")


@pytest.mark.parametrize("card", CARDS, ids=[c["id"] for c in CARDS])
def test_every_rules_title_keeps_the_title_rules(card):
    """On every card of both packs (the held-out one included: a property, not a score)."""
    got = extract(card["transcript"])
    assert not title_problems(got.title, card["transcript"], got.intent), got.title


@pytest.mark.parametrize("card", CARDS[::7], ids=[c["id"] for c in CARDS[::7]])
def test_a_model_title_that_breaks_the_rules_is_replaced(card):
    text = card["transcript"]
    for bad in ("Voice memo", "So I keep circling back to whether the",
                "Call Gertrude Vanderbilt about it", "Note"):
        got = combine(f'{{"title": "{bad}", "intent": "none", "target": ""}}', text)
        assert got.title != bad and is_title(got.title, text, got.intent), got.title


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
               max_size=400))
def test_compact_never_raises_and_stays_bounded(text):
    title = compact(text)
    assert len(title) <= 60 and len(title.split()) <= 8


def test_the_cut_off_first_clause_is_no_longer_the_title():
    text = ("So I keep circling back to whether the onboarding emails should go out before "
            "the trial ends or after the first login")
    assert title_problems("I keep circling back to whether the onboarding emails should go out",
                          text)
    got = extract(text)
    assert is_title(got.title, text) and "onboarding" in got.title.lower()


@pytest.mark.parametrize(("text", "intent", "target"), [
    ("Email Sarah the budget before Thursday.", "email", "Sarah"),
    ("Email Tomasz about the fence, actually no, just call him, it's quicker.", "call",
     "Tomasz"),
    ("Once the contract is signed I'll book the movers.", "none", ""),
    ("Maybe ring Grandpa? Not sure.", "none", ""),
    ("I should really get fitter at some point.", "none", ""),
    ("Text Priya about dinner on Friday.", "email", "Priya"),
    ("I emailed the landlord yesterday about the damp.", "none", ""),
])
def test_targets_restraint_and_corrections(text, intent, target):
    got = extract(text)
    assert (got.intent, got.target) == (intent, target), got.to_dict()
    assert is_title(got.title, text, got.intent), got.title


def test_the_pack_rule_weights_a_card():
    card = {"slice": "intent", "transcript": "Remind me to email Sarah about the budget.",
            "expect": {"intent": "email", "target": "Sarah", "title_keywords": ["budget"]}}
    good = extract(card["transcript"])
    assert judge(card, good)[0] and judge(card, good)[2] == 1.0
    wrong = combine('{"title":"Budget for Sarah","intent":"call","target":"Sarah"}',
                    card["transcript"])
    ok, why, score = judge(card, wrong)
    assert not ok and score == pytest.approx(0.65) and "intent call" in why


def test_without_the_memo_adapter_the_rules_write_it_and_say_so(store, tmp_path,
                                                                keep_adapter_choice):
    Registry(store.root).activate("memo", None)
    service = InferenceService(store, threaded=False)
    try:
        got = MemoSpecialist(service, tmp_path / "memos").extract(
            "Remind me to email Sarah about the revised budget.").outcome()
    finally:
        service.shutdown()
    assert got.method == NO_ADAPTER and (got.intent, got.target) == ("email", "Sarah")
    assert got == extract("Remind me to email Sarah about the revised budget.") or \
        got.title == extract("Remind me to email Sarah about the revised budget.").title
