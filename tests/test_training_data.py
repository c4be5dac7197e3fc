"""The bash training data: every target reads back to its command, splits share no command,
the generator is deterministic and the files stay small. No models."""

from __future__ import annotations

import json
import random

import pytest

from app.specialists.bash.processor import process
from app.training.datasets import bash
from app.training.datasets.common import read_jsonl, sha256_file
from app.training.datasets.tldr import fill, usable
from assets import asset_path

DATA = asset_path("training/bash")
SPLITS = ("train", "eval", "heldout")
LIMITS = {"corpus.jsonl": 1_500_000, "train.jsonl": 2_000_000, "eval.jsonl": 200_000,
          "heldout.jsonl": 100_000}


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict]]:
    return {name: read_jsonl(DATA / f"{name}.jsonl") for name in SPLITS}


@pytest.mark.parametrize("name", SPLITS)
def test_every_target_round_trips(splits, name):
    rows = splits[name]
    assert rows
    bad = [r for r in rows if process(r["target"]) != r["command"]]
    assert not bad, bad[:5]
    assert all(set(r) == {"input", "target", "command", "slice"} for r in rows)


@pytest.mark.parametrize("other", ["eval", "heldout"])
def test_no_command_in_two_splits(splits, other):
    train = {r["command"] for r in splits["train"]}
    assert not train & {r["command"] for r in splits[other]}


def test_eval_and_heldout_share_no_command(splits):
    assert not {r["command"] for r in splits["eval"]} & {r["command"] for r in splits["heldout"]}


@pytest.mark.parametrize("name", SPLITS)
def test_every_style_present(splits, name):
    assert {r["slice"] for r in splits[name]} == set(bash.STYLES)


def test_train_and_eval_balanced(splits):
    for name in ("train", "eval"):
        counts = bash.counts(splits[name])
        assert len({counts[s] for s in bash.STYLES}) == 1, counts


@pytest.mark.parametrize("style", ["fuzzy", "natural", "chaotic"])
def test_messy_inputs_differ_from_targets(splits, style):
    rows = [r for r in splits["train"] + splits["eval"] if r["slice"] == style]
    same = sum(r["input"] == r["target"] for r in rows)
    assert same < 0.2 * len(rows)


def test_files_under_size_limits():
    for name, limit in LIMITS.items():
        assert (DATA / name).stat().st_size <= limit, name


def test_manifest_matches_files():
    data = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
    assert data["source"]["licence"] == "CC BY 4.0" and len(data["source"]["commit"]) == 40
    for name, facts in data["files"].items():
        assert sha256_file(DATA / name) == facts["sha256"], name


def _small_corpus() -> list[dict]:
    return read_jsonl(DATA / "corpus.jsonl")[:300]


def test_generator_is_deterministic():
    first, _ = bash.build(_small_corpus(), seed=3, n_train=200, n_eval=40)
    again, _ = bash.build(_small_corpus(), seed=3, n_train=200, n_eval=40)
    other, _ = bash.build(_small_corpus(), seed=4, n_train=200, n_eval=40)
    assert first["train"][:50] == again["train"][:50]
    assert first["eval"] == again["eval"]
    assert first["train"][:50] != other["train"][:50]


def test_generated_split_is_by_command():
    splits, stats = bash.build(_small_corpus(), seed=0, n_train=200, n_eval=40)
    assert stats["round_trip"] > 0.85 * stats["commands"]
    assert not {r["command"] for r in splits["train"]} & {r["command"] for r in splits["eval"]}
    assert all(process(r["target"]) == r["command"] for rows in splits.values() for r in rows)


@pytest.mark.parametrize("command", [
    "git status", "ls -la ~/projects", 'git commit -m "fix typo"', "ssh -p 2222 admin@host",
    "export NODE_ENV=production", "git reset --soft HEAD~1", "curl localhost:8000/health",
    "apt-get install vim", "python3 -m http.server 8000", "echo $PATH | tr : '\\n'",
    "chmod 755 run.sh && ./run.sh", "find . -name \"*.py\" -mtime -7",
])
def test_speak_inverts_the_processor(command):
    words = bash.speak_checked(command)
    assert words is not None and process(words) == command
    assert words == words.lower() and ("space" in words.split()) == (" " in command)


def test_speak_says_reserved_words_letter_by_letter():
    assert process(bash.speak_checked("grep -r dash notes")) == "grep -r dash notes"
    assert bash.say_number("8000") == ["eight", "thousand"]
    assert bash.say_number("0755") == ["zero", "seven", "five", "five"]


@pytest.mark.parametrize("style", bash.STYLES)
def test_dictate_is_a_function_of_its_seed(style):
    target = bash.speak_checked("docker run --rm -it -p 8080:80 nginx")
    command = process(target)
    one = bash.dictate(target, command, style, seed=1, description="Run a web server")
    assert one == bash.dictate(target, command, style, seed=1, description="Run a web server")
    assert one.strip()


def test_fill_placeholders():
    rng = random.Random(0)
    filled = fill("tar czf {{path/to/target.tar.gz}} {{[-C|--directory]}} {{path/to/dir}}", rng)
    assert "{{" not in filled and usable(filled)
    assert fill("ping -c {{5}} {{host}}", random.Random(1)).startswith("ping -c 5 ")
