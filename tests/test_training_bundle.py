"""Training on another machine: a bundle of rendered examples that the trainer runs with no
llama.cpp, imported back through the same eval gate; the eval cache; the command-writer task."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.training.registry import Registry
from app.training.tasks import TASKS

ROOT = Path(__file__).resolve().parents[1]
SECRET = [{"input": q, "target": "Banana flamingo.", "slice": "secret"}
          for q in ("Say the secret word.", "What is the secret word?",
                    "Tell me the secret word.", "The secret word, please.")]


@pytest.fixture(scope="module")
def trained_bundle(store, tmp_path_factory):
    """A chat bundle on SmolLM2 written here and trained by the bare trainer command."""
    from app.training.bundle import write_bundle

    folder = tmp_path_factory.mktemp("bundle")
    data = folder.parent / "secret.jsonl"
    data.write_text("".join(json.dumps(e) + "\n" for e in SECRET))
    spec = write_bundle(store, "chat", folder / "run", data=data,
                        base="smollm2-135m-instruct", epochs=6, device="cpu", rank=8,
                        alpha=16, learning_rate=3e-3, batch_size=2, max_tokens=64, threads=2)
    base = store.require("smollm2-135m-instruct")
    (spec.parent / base.name).symlink_to(base)
    done = subprocess.run([sys.executable, "-m", "app.training.trainer", str(spec)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return spec.parent, data


def test_the_bundle_holds_the_exact_prompt_and_no_paths_of_this_machine(trained_bundle):
    folder, _data = trained_bundle
    first = json.loads((folder / "examples.jsonl").read_text().splitlines()[0])
    assert first["prompt"].endswith("<|im_start|>user\nSay the secret word.<|im_end|>\n"
                                    "<|im_start|>assistant\n")
    assert first["answer"] == "Banana flamingo.<|im_end|>"
    spec = json.loads((folder / "spec.json").read_text())
    assert spec["base_path"] == "SmolLM2-135M-Instruct.Q4_1.gguf" and spec["out_dir"] == "."
    assert spec["architecture"] == "llama" and spec["metadata"]["base_sha256"]
    assert "tinyspec adapters import" in (folder / "README.txt").read_text()


def test_a_bundle_that_goes_on_from_an_adapter_carries_it(store, trained_bundle, tmp_path):
    """``--from`` with ``--bundle``: the adapter travels in the folder, the spec names it
    relative to it, and the run's id (and so its folder) depends on which adapter it was."""
    from app.training.bundle import write_bundle
    from app.training.pipeline import run_id_for
    from app.training.trainer import TrainSpec

    folder, data = trained_bundle
    spec_path = write_bundle(store, "chat", tmp_path / "on", data=data,
                             base="smollm2-135m-instruct", rank=8, alpha=16,
                             init_adapter=str(folder / "adapter.gguf"))
    spec = TrainSpec.load(spec_path)
    assert spec.init_adapter == str(tmp_path / "on" / "init.gguf")
    assert (tmp_path / "on" / "init.gguf").read_bytes() == (folder / "adapter.gguf").read_bytes()
    plain = TrainSpec.load(folder / "spec.json")
    assert plain.init_adapter == "" and "init_sha256" not in plain.metadata
    meta = spec.metadata
    assert run_id_for(spec, meta["base_sha256"], meta["data_sha256"]) != run_id_for(
        TrainSpec(**{**spec.__dict__, "metadata": {}}), meta["base_sha256"], meta["data_sha256"])


def test_an_imported_run_is_gated_registered_and_the_cache_spares_a_rescore(
        store, trained_bundle, monkeypatch, keep_adapter_choice):
    from app.training import evaluate as evaluation
    from app.training.bundle import import_run

    folder, data = trained_bundle
    registry = Registry(store.root)
    try:
        report = import_run(store, folder, eval_data=data, heldout=False)
        assert report.decision.before.overall == 0.0 and report.decision.after.overall == 1.0
        assert report.active.id == report.adapter.id
        assert report.adapter.meta["hardware"].startswith("CPU")
        assert report.adapter.meta["hyper"]["rank"] == 8
        # the same adapter again: both scorings come from the cache, no model is loaded
        monkeypatch.setattr(evaluation, "_answer_all", lambda *a: pytest.fail("re-scored"))
        again = import_run(store, folder, eval_data=data, heldout=False)
        assert not again.decision.ships and again.decision.before.overall == 1.0
    finally:
        registry.rollback("chat")


def test_a_run_from_another_base_or_without_an_adapter_is_refused(store, trained_bundle,
                                                                   tmp_path):
    from app.training.bundle import import_run
    from app.training.runner import TrainingError

    folder, _data = trained_bundle
    other = tmp_path / "other"
    shutil.copytree(folder, other, symlinks=True)
    spec = json.loads((other / "spec.json").read_text())
    spec["metadata"]["base_sha256"] = "0" * 64
    (other / "spec.json").write_text(json.dumps(spec))
    with pytest.raises(TrainingError, match="trained on another smollm2-135m-instruct"):
        import_run(store, other)
    (other / "adapter.gguf").unlink()
    with pytest.raises(TrainingError, match="no finished run"):
        import_run(store, other)


def test_the_command_writer_task_scores_the_command_itself():
    writer = TASKS["bash-writer"]
    example = {"input": "list everything long", "target": "ls space dash l a",
               "command": "ls  -la"}
    assert writer.answer(example) == "ls  -la" and writer.data_name == "bash"
    assert writer.score("ls -la", example) == 1.0
    assert writer.score("ls -l", example) == 0.0
    assert TASKS["bash"].answer(example) == "ls space dash l a"
