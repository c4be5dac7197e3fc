"""The gate on the real MiniLM encoder: accuracy against the baseline, save/reload, refusal of
foreign heads, the hand-feature fallback, bad input, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.service import InferenceService
from app.specialists.gate import GateSpecialist, default_examples
from app.specialists.gate.examples import Example, ExamplesError, load_examples
from app.specialists.gate.features import embedding_featurizer, hand_featurizer
from app.specialists.gate.gate import Gate, GateInputError, HeadMismatchError, scores_matrix
from app.specialists.gate.heads import TrainingError
from runtimes.onnx import OnnxEmbedder
from tests.cli_helpers import run_cli

BASELINE = json.loads((Path(__file__).parent / "baselines" / "gate.json").read_text())


@pytest.fixture(scope="module")
def embedder(store):
    return OnnxEmbedder(store.require("minilm-l6-int8"), store.require("minilm-l6-tokenizer"))


@pytest.fixture(scope="module")
def featurizer(embedder, store):
    return embedding_featurizer(embedder, "minilm-l6-int8",
                                store.get("minilm-l6-int8").files[0].sha256)


@pytest.fixture(scope="module")
def trained(featurizer):
    gate = Gate(featurizer)
    report = gate.train(default_examples())
    return gate, report


def test_default_examples_cover_every_level_and_split():
    examples = default_examples()
    assert len(examples) >= 200
    for level in ("clean", "fuzzy", "natural", "chaotic", "prose"):
        assert sum(e.level == level for e in examples) >= 40
    splits = {s: sum(e.split == s for e in examples) for s in ("train", "test", "heldout")}
    assert splits["train"] >= 120 and splits["test"] >= 40 and splits["heldout"] >= 40
    assert len({e.text for e in examples}) == len(examples)


def test_training_reaches_the_baseline(trained):
    _gate, report = trained
    for head in ("needs_llm", "domain"):
        for split in ("test", "heldout"):
            got = report.heads[head][split]["accuracy"]
            assert got >= BASELINE[head][split] - 1e-9, (head, split, got)
        matrix = np.array(report.heads[head]["test"]["confusion"])
        assert matrix.sum() == report.heads[head]["test"]["n"]
    assert report.heads["needs_llm"]["train_n"] >= 100


def test_fallback_gate_reaches_its_baseline():
    gate = Gate(hand_featurizer())
    report = gate.train(default_examples())
    for head, splits in BASELINE["fallback_hand_features"].items():
        for split, floor in splits.items():
            assert report.heads[head][split]["accuracy"] >= floor - 1e-9, (head, split)


def test_decisions_on_fresh_sentences(trained):
    gate, _ = trained
    assert gate.predict("docker space images").decisions == {"needs_llm": "no",
                                                             "domain": "command"}
    assert gate.predict("uh could you show me the docker images please"
                        ).decisions["needs_llm"] == "yes"
    assert gate.predict("We are out of coffee filters again").decisions["domain"] == "prose"


def test_saved_heads_reload_to_identical_predictions(trained, featurizer, tmp_path):
    gate, _ = trained
    gate.heads["needs_llm"].threshold = 0.37
    gate.save(tmp_path / "heads.json")
    again = Gate.load(tmp_path / "heads.json", featurizer)
    texts = [e.text for e in default_examples()[:40]] + ["git space push", "hello there"]
    a, b = scores_matrix(gate, texts), scores_matrix(again, texts)
    for name in a:
        assert np.array_equal(a[name], b[name])
    assert again.heads["needs_llm"].threshold == 0.37
    gate.heads["needs_llm"].threshold = 0.5


def test_heads_from_another_embedding_model_are_refused(trained, embedder, tmp_path):
    gate, _ = trained
    gate.save(tmp_path / "heads.json")
    other = embedding_featurizer(embedder, "minilm-l6-int8", "f" * 64)
    with pytest.raises(HeadMismatchError, match="trained on minilm-l6-int8.*Train the gate"):
        Gate.load(tmp_path / "heads.json", other)
    with pytest.raises(HeadMismatchError, match="hand-features"):
        Gate.load(tmp_path / "heads.json", hand_featurizer())
    data = json.loads((tmp_path / "heads.json").read_text())
    data["format_version"] = 99
    (tmp_path / "old.json").write_text(json.dumps(data))
    with pytest.raises(HeadMismatchError, match="format 99"):
        Gate.load(tmp_path / "old.json", gate.featurizer)


def test_empty_and_huge_text(trained):
    gate, _ = trained
    for empty in ("", "   \n"):
        with pytest.raises(GateInputError, match="empty"):
            gate.predict(empty)
    result = gate.predict("git space status " * 6000)
    assert len(result.text) > 100_000
    assert any("characters" in n for n in result.notes)
    assert any("256 tokens" in n for n in result.notes)
    assert result.decisions["domain"] == "command"


def test_malformed_and_non_utf8_imports_name_their_lines(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "ok", "level": "clean"}\n'
                    b'{"text": "no level"}\n'
                    b"not json at all\n"
                    b'{"text": "caf\xe9", "level": "prose"}\n'
                    b'{"text": "x", "level": "loud"}\n')
    with pytest.raises(ExamplesError) as err:
        load_examples(bad)
    message = str(err.value)
    assert str(bad) in message and "4 bad line(s), nothing imported" in message
    for piece in ("line 2: 'level'", "line 3: not valid JSON", "line 4: not UTF-8",
                  "line 5: 'level'"):
        assert piece in message
    (tmp_path / "empty.jsonl").write_text("\n\n")
    with pytest.raises(ExamplesError, match="no examples"):
        load_examples(tmp_path / "empty.jsonl")


def test_one_class_training_is_refused_and_keeps_the_heads(store, tmp_path):
    gate = GateSpecialist(InferenceService(store, threaded=False), folder=tmp_path)
    gate.train(default_examples()).outcome()
    before = gate.heads["needs_llm"].coef.copy()
    one_class = [Example(f"git space status {i}", "clean", "train") for i in range(10)]
    job = gate.train(one_class)
    assert job.state == "failed"
    assert "needs training examples of both classes" in job.error and "only 'no'" in job.error
    assert np.array_equal(gate.heads["needs_llm"].coef, before)
    with pytest.raises(TrainingError):
        Gate(hand_featurizer()).train(one_class)


def test_specialist_falls_back_to_hand_features_without_the_model(tmp_path):
    from models.store import ModelStore

    gate = GateSpecialist(InferenceService(ModelStore(tmp_path / "no-models"), threaded=False),
                          folder=tmp_path / "gate")
    result = gate.predict("git space status").outcome()
    assert "hand-made" in result.backend and "hand-made features" in gate.backend_note
    assert result.decisions == {"needs_llm": "no", "domain": "command"}
    assert (tmp_path / "gate" / "heads-hand-features.json").exists()


@pytest.mark.models
def test_cli_train_and_predict(tmp_path, monkeypatch):
    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    code, out, _ = run_cli("gate", "train", "--json")
    report = json.loads(out)
    assert code == 0 and report["featurizer"] == "minilm-l6-int8+hand-v1"
    assert report["heads"]["needs_llm"]["test"]["accuracy"] >= BASELINE["needs_llm"]["test"]
    assert (tmp_path / "gate" / "heads-minilm-l6-int8+hand-v1.json").exists()
    code, out, _ = run_cli("gate", "predict", "--json", "git space log", "um show the git log")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["decisions"]["needs_llm"] for r in rows] == ["no", "yes"]
    assert all(r["latency_ms"] > 0 for r in rows)
    code, _, err = run_cli("gate", "predict", "")
    assert code == 1 and "empty" in err
    examples = tmp_path / "mine.jsonl"
    examples.write_text('{"text": "git space status", "level": "clean"}\n{"oops"\n')
    code, _, err = run_cli("gate", "train", str(examples))
    assert code == 1 and "line 2" in err and len(err.strip().splitlines()) == 1


def test_cli_predict_reads_stdin(tmp_path, monkeypatch):
    import io

    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("sys.stdin", io.StringIO("git space status\n\nbuy milk and bread\n"))
    code, out, _ = run_cli("gate", "predict")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "domain command" in lines[0] and "domain prose" in lines[1]


def test_training_again_embeds_only_what_changed(embedder, store):
    """The embedding cache: a second Train embeds nothing, an edit embeds only the edited
    text, and cached features equal freshly computed ones."""
    from app.specialists.gate import features as feats

    calls: list[int] = []

    class Counting:
        dimension, truncated, report = embedder.dimension, embedder.truncated, None

        def embed(self, texts):
            calls.append(len(texts))
            return embedder.embed(texts)

    sha = "test-" + store.get("minilm-l6-int8").files[0].sha256  # a key no other test uses
    featurizer = embedding_featurizer(Counting(), "minilm-l6-int8", sha)
    examples = default_examples()
    texts = [e.text for e in examples]
    first = featurizer.features(texts)
    assert sum(calls) == len(set(texts))
    calls.clear()
    again = featurizer.features(texts)
    assert calls == [] and np.array_equal(first, again)
    edited = texts[:]
    edited[5] = edited[5] + " please"
    changed = featurizer.features(edited)
    assert calls == [1]
    fresh = np.hstack([embedder.embed([edited[5]]), feats.hand_features(edited[5])[None, :]])
    assert np.allclose(changed[5], fresh[0], atol=1e-6)
    small = feats.EmbeddingCache(limit=3)
    small.embed(Counting(), ("k", "cpu"), ["a", "b", "c", "d"])
    assert len(small.rows) == 3 and ("k", "cpu", "a") not in small.rows
