"""Memo and chat training data: valid lines, splits disjoint by target or fact, the same bytes
for the same seed, every slice present, a held-out slice apart from the generator, and no card
of the memo eval pack in the training data. Fast: no model is loaded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.specialists.memo.evaluate import load_pack
from app.specialists.memo.extract import GENERIC_TITLES, INTENTS
from app.training.datasets import chat, memo
from app.training.datasets.common import read_jsonl, sha256_file

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"memo": ROOT / "assets/training/memo", "chat": ROOT / "assets/training/chat"}
MODULES = {"memo": memo, "chat": chat}
SPLITS = ("train", "eval", "heldout")
# Words a title may use without the note saying them: the intent's verb and glue words.
TITLE_GLUE = {"email", "message", "call", "book", "research", "meeting", "talk", "visit",
              "thoughts", "whether", "no", "already", "on", "hold", "until", "or", "about",
              "with", "from", "to", "the", "my"}


def lines(task: str) -> dict[str, list[dict]]:
    return {split: read_jsonl(FOLDERS[task] / f"{split}.jsonl") for split in SPLITS}


@pytest.fixture(scope="module")
def memo_lines() -> dict[str, list[dict]]:
    return lines("memo")


@pytest.fixture(scope="module")
def chat_lines() -> dict[str, list[dict]]:
    return lines("chat")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def said(phrase: str, text: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words, case aside."""
    return re.search(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", text.lower()) is not None


# --- both tasks -----------------------------------------------------------------------------


@pytest.mark.parametrize("task", ["memo", "chat"])
def test_generation_is_deterministic_and_matches_the_files(task):
    module = MODULES[task]
    first, again, other = module.generate(0), module.generate(0), module.generate(1)
    for split in ("train", "eval"):
        made = [row.line() for row in first[split]]
        assert made == [row.line() for row in again[split]]
        assert made == read_jsonl(FOLDERS[task] / f"{split}.jsonl"), "regenerate the files"
    assert [r.line() for r in other["train"]] != [r.line() for r in first["train"]]


@pytest.mark.parametrize("task", ["memo", "chat"])
def test_manifest_matches_the_files(task):
    manifest = json.loads((FOLDERS[task] / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["seed"] == 0 and manifest["sources"] == "written by the team"
    for split in SPLITS:
        entry, data = manifest["splits"][split], read_jsonl(FOLDERS[task] / f"{split}.jsonl")
        assert entry["sha256"] == sha256_file(FOLDERS[task] / f"{split}.jsonl")
        assert entry["count"] == len(data) == sum(entry["slices"].values())


@pytest.mark.parametrize("task", ["memo", "chat"])
def test_every_slice_is_present_and_inputs_are_unique(task):
    data, quotas = lines(task), MODULES[task].QUOTAS
    for split in ("train", "eval"):
        assert {line["slice"] for line in data[split]} == set(quotas[split])
        assert len(data[split]) == sum(quotas[split].values())
    assert 2500 <= len(data["train"]) <= 3500 and 250 <= len(data["eval"]) <= 350
    assert 50 <= len(data["heldout"]) <= 80
    everything = [line["input"] for split in SPLITS for line in data[split]]
    assert len(everything) == len(set(everything))


@pytest.mark.parametrize("task", ["memo", "chat"])
def test_eval_shares_no_target_or_fact_with_train(task):
    made = MODULES[task].generate(0)
    train_keys = {key for row in made["train"] for key in row.keys}
    eval_keys = {key for row in made["eval"] for key in row.keys}
    assert eval_keys and not eval_keys & train_keys
    assert not {r.input for r in made["eval"]} & {r.input for r in made["train"]}


def test_memo_eval_people_things_and_topics_are_never_said_in_train():
    made = memo.generate(0)
    eval_keys = {key for row in made["eval"] for key in row.keys}
    leaks = [key for key in eval_keys if any(said(key, row.input) for row in made["train"])]
    assert not leaks, leaks[:5]


@pytest.mark.parametrize("task", ["memo", "chat"])
def test_heldout_is_apart_from_the_generator(task):
    data = lines(task)
    generated = {norm(line["input"]) for split in ("train", "eval") for line in data[split]}
    assert not [line for line in data["heldout"] if norm(line["input"]) in generated]


def norm(text: str) -> str:
    return " ".join(words(text))


# --- memo -----------------------------------------------------------------------------------


def answer(line: dict) -> dict:
    return json.loads(line["target"])


def test_memo_lines_follow_the_contract(memo_lines):
    for split, data in memo_lines.items():
        for line in data:
            assert set(line) == {"input", "target", "slice"}, line
            got = answer(line)
            assert list(got) == ["title", "intent", "target"], line
            assert line["target"] == json.dumps(got, ensure_ascii=False, separators=(",", ":"))
            title, intent, target = got["title"], got["intent"], got["target"]
            assert intent in INTENTS, line
            assert 2 <= len(title.split()) <= 8 and len(title) <= 60, (split, title)
            assert title.lower() not in GENERIC_TITLES and title[0].isupper(), title
            assert (target == "") == (intent == "none"), line
            assert not target or target.lower() in line["input"].lower(), line


def test_memo_titles_use_the_notes_words(memo_lines):
    """Titles invent no names or subjects: every word was said (or shares its stem with a
    said word), or is an intent verb or glue."""
    for data in memo_lines.values():
        for line in data:
            spoken = words(line["input"])
            for word in words(answer(line)["title"]):
                assert len(word) < 2 or word in TITLE_GLUE or grounded(word, spoken), (word, line)


def grounded(word: str, spoken: list[str]) -> bool:
    """``word`` or a word of the same stem (same first 3-4 letters) was said."""
    return any(word == w or (n >= 3 and word[:n] == w[:n])
               for w in spoken for n in [min(4, len(w), len(word))])


def test_memo_covers_every_intent_and_style(memo_lines):
    for split in ("train", "eval"):
        assert {answer(line)["intent"] for line in memo_lines[split]} == set(INTENTS)
    assert {line["slice"] for line in memo_lines["heldout"]} == set(memo.QUOTAS["train"])


def test_memo_heldout_names_other_targets(memo_lines):
    generated = {answer(line)["target"].lower() for split in ("train", "eval")
                 for line in memo_lines[split]} - {""}
    heldout = {answer(line)["target"].lower() for line in memo_lines["heldout"]} - {""}
    assert heldout and not heldout & generated


def test_memo_train_holds_no_card_of_the_eval_pack(memo_lines):
    cards = load_pack(ROOT / "assets/memo/eval_pack.json")
    targets = {c["expect"]["target"] for c in cards if c["expect"].get("target")}
    card_text = {run for card in cards for run in runs(card["transcript"])}
    for line in memo_lines["train"]:
        assert answer(line)["target"] not in targets, line
        assert not [t for t in targets if said(t, line["input"])], line
        assert not runs(line["input"]) & card_text, line


def runs(text: str, n: int = 7) -> set[tuple[str, ...]]:
    """Every run of ``n`` words (shared 4-6 word runs are stock phrases: "set up a call
    with the")."""
    ws = words(text)
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


# --- chat -----------------------------------------------------------------------------------


def sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?=\s+[A-Z]|$)", text.strip())) or 1


def test_chat_lines_are_short_direct_answers(chat_lines):
    for data in chat_lines.values():
        for line in data:
            assert set(line) == {"input", "target", "slice"}, line
            reply = line["target"]
            assert line["input"].strip() and reply.strip(), line
            assert sentences(reply) <= 2 and len(reply) <= 200, line
            assert not re.search(r"\b(question|user|assistant)\s*:", reply, re.IGNORECASE)


def test_chat_answers_capitals_and_admits_what_it_cannot_know(chat_lines):
    right = {}
    for country, city, continent in chat.COUNTRIES:
        right[country] = {f"{city}.", f"{continent}."}
        right[city] = {f"{country[:1].upper()}{country[1:]}."}
    asked = [line for split in ("train", "eval") for line in chat_lines[split]
             if line["slice"] == "capital"]
    assert len(asked) == chat.QUOTAS["train"]["capital"] + chat.QUOTAS["eval"]["capital"]
    for line in asked:
        named = [name for name in right if said(name, line["input"])]
        assert named and line["target"] in right[max(named, key=len)], line
    unknown = [line for line in chat_lines["train"] if line["slice"] == "unknown"]
    assert unknown and all(line["target"].startswith("I don't know") for line in unknown)
