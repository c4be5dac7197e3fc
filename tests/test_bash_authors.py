"""Other speakers' bash dictations: the habits change the words said, never the target, and
the files built from them keep the split by command. No models."""

from __future__ import annotations

import random

import pytest

from app.specialists.bash.processor import process
from app.training.datasets import bash_authors as authors
from app.training.datasets.common import read_jsonl
from assets import asset_path

DATA = asset_path("training/bash")
ROW = {"command": "git push origin main --force", "description": "Force push",
       "target": "git space push space origin space main space dash dash force"}


@pytest.fixture(scope="module")
def files() -> dict[str, list[dict]]:
    return {n: read_jsonl(DATA / f"{n}.jsonl")
            for n in ("train", "eval", "train_authors", "authors")}


def test_authored_targets_round_trip(files):
    for name in ("train_authors", "authors"):
        bad = [r for r in files[name] if process(r["target"]) != r["command"]]
        assert not bad, bad[:3]


def test_authored_files_keep_the_split_by_command(files):
    train = {r["command"] for r in files["train"]}
    dev = {r["command"] for r in files["eval"]}
    assert {r["command"] for r in files["train_authors"]} <= train
    assert {r["command"] for r in files["authors"]} <= dev


def test_every_author_and_style_is_in_the_dev_set(files):
    seen = {(r["author"], r["slice"]) for r in files["authors"]}
    assert seen == {(a.name, s) for a in authors.AUTHORS for s in authors.STYLES}


def test_authors_say_it_differently_from_the_house(files):
    """On the same commands, the authors' words are not the house generator's words."""
    house = {(r["command"], r["slice"]): r["input"] for r in files["eval"]}
    same = [r for r in files["authors"] if house.get((r["command"], r["slice"])) == r["input"]]
    assert len(same) < 0.2 * len(files["authors"])


@pytest.mark.parametrize("author", authors.AUTHORS, ids=lambda a: a.name)
@pytest.mark.parametrize("style", authors.STYLES)
def test_dictation_is_deterministic_and_keeps_the_plain_words(author, style):
    said = authors.dictate_as(author, ROW, style, seed=3)
    assert said == authors.dictate_as(author, ROW, style, seed=3)
    assert "push" in said.lower() and "origin" in said.lower()


def test_tool_names_said_in_parts():
    assert authors.split_name("ppmcie") == ["ppm", "cie"]
    assert authors.split_name("systemctl") == ["system", "ctl"]
    assert authors.split_name("pdftotext") == ["pdf", "to", "text"]
    assert authors.split_name("x") is None
    spelled = authors.say_in_parts("lsblk", random.Random(0))
    assert spelled.replace(" ", "").lower() == "lsblk"


def test_numbers_regrouped_read_the_same_digits():
    rng = random.Random(1)
    said = authors.regroup_numbers("port eight zero eight zero".split(), rng)
    assert said[0] == "port" and said[1:] != ["eight", "zero", "eight", "zero"]
    grouped = authors._grouped([4, 0, 4], random.Random(0))
    assert grouped in (["four", "oh", "four"], ["four", "zero", "four"])
    forms = {tuple(authors._grouped([8, 0, 8, 0], random.Random(s))) for s in range(20)}
    assert ("eighty", "eighty") in forms and any("oh" in f for f in forms)


def test_quotes_said_as_quote_unquote():
    words = "echo space quote hello world quote".split()
    out = authors.quote_unquote(words)
    assert out[:3] == ["echo", "space", "quote"] and out[-1] in ("unquote", "quote")
    assert out != words


def test_a_denied_token_is_said_after_the_right_one():
    said = authors.negated(ROW["target"], random.Random(2))
    assert any(w in said for w in ("not", "rather than"))
    assert said.split()[0] == "git"
