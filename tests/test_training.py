"""Training tiny specialists: GGUF LoRA adapters, the registry, the eval gate, and real
training runs on the default base (SmolLM2-135M) that llama.cpp then loads."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import numpy as np
import pytest

from app.training.evaluate import EvalResult, gate
from app.training.lora_gguf import LoraPair, pairs_from_state, read_adapter_info, write_adapter
from app.training.registry import AdapterError, Registry
from app.training.tasks import TASKS
from tests.hostile.sandbox import assert_clean, run_python

SECRET = [{"input": q, "target": "Banana flamingo.", "slice": "secret"}
          for q in ("Say the secret word.", "What is the secret word?",
                    "Tell me the secret word.", "The secret word, please.")]


def _pairs(rank: int = 4) -> list[LoraPair]:
    rng = np.random.default_rng(0)
    return [LoraPair(layer, module, rng.normal(size=(rank, 576)).astype(np.float32),
                     rng.normal(size=(576 if module == "v_proj" else 1536, rank)))
            for layer in range(2) for module in ("v_proj", "up_proj")]


def test_adapter_file_says_what_it_is(tmp_path):
    path = write_adapter(tmp_path / "a.gguf", "llama", _pairs(), 8.0, {"task": "bash"})
    info = read_adapter_info(path)
    assert info == {"architecture": "llama", "tensors": 4, "alpha": 8.0, "rank": 4,
                    "training": {"task": "bash"}}
    (tmp_path / "not.gguf").write_bytes(b"GGUF" + b"\0" * 40)
    with pytest.raises(ValueError, match="not"):
        read_adapter_info(tmp_path / "not.gguf")


def test_peft_names_become_pairs():
    state = {"base_model.model.model.layers.3.self_attn.v_proj.lora_A.weight": np.ones((2, 4)),
             "base_model.model.model.layers.3.self_attn.v_proj.lora_B.weight": np.ones((4, 2)),
             "base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight": np.ones((2, 4)),
             "base_model.model.model.layers.0.mlp.down_proj.lora_A.weight": np.ones((2, 4))}
    pairs = pairs_from_state(state)
    assert [(p.layer, p.module) for p in pairs] == [(3, "v_proj")]  # q_proj and halves left out


def _register(registry: Registry, tmp_path: Path, name: str, score: float):
    path = write_adapter(tmp_path / f"{name}.gguf", "llama", _pairs(), 8.0)
    return registry.register("bash", path, {"id": name, "base": "smollm2-135m-instruct",
                                            "metrics": {"eval": {"overall": score}}})


def test_registry_activate_and_roll_back(tmp_path):
    shipped = tmp_path / "shipped"
    registry = Registry(tmp_path / "store", shipped)
    assert registry.active("bash") is None
    first = _register(registry, tmp_path, "first", 0.5)
    (shipped / "bash" / "shipped-one").mkdir(parents=True)
    (shipped / "bash" / "shipped-one" / "adapter.gguf").write_bytes(first.path.read_bytes())
    (shipped / "bash" / "shipped-one" / "meta.json").write_text('{"base": "smollm2"}')
    assert registry.active("bash").id == "shipped-one"  # nothing chosen: the shipped one
    registry.activate("bash", "first")
    second = _register(registry, tmp_path, "second", 0.7)
    registry.activate("bash", second.id)
    assert registry.active("bash").id == "second"
    assert registry.rollback("bash").id == "first"
    registry.activate("bash", None)
    assert registry.active("bash") is None  # the plain base, by choice
    with pytest.raises(AdapterError, match="no bash adapter"):
        registry.activate("bash", "missing")


def test_registry_ignores_half_written_and_corrupt_entries(tmp_path):
    registry = Registry(tmp_path / "store", tmp_path / "none")
    good = _register(registry, tmp_path, "good", 0.5)
    registry.activate("bash", good.id)
    (registry.root / "bash" / "half.partial").mkdir()  # a kill during register
    bad = registry.root / "bash" / "bad"
    bad.mkdir()
    (bad / "meta.json").write_text("{not json")
    (bad / "adapter.gguf").write_bytes(b"x")
    (registry.root / "bash" / "active.json.tmp").write_text("{")  # a kill during activate
    assert [a.id for a in registry.adapters("bash")] == ["good"]
    assert registry.active("bash").id == "good"


def _result(passed: list[bool]) -> EvalResult:
    return EvalResult(sum(passed) / len(passed), {"all": sum(passed) / len(passed)},
                      [str(p) for p in passed], passed)


def test_the_gate_refuses_a_worse_or_equal_adapter():
    examples = [{"input": f"x{i}", "slice": "all"} for i in range(4)]
    worse = gate(examples, _result([True, True, True, False]), _result([True, False, False,
                                                                        True]))
    assert not worse.ships and "stays" in worse.reason
    assert [c["input"] for c in worse.changed] == ["x1", "x2", "x3"]
    assert not gate(examples, _result([True] * 4), _result([True] * 4)).ships
    assert gate(examples, _result([False] * 4), _result([True, False, False, False])).ships


def test_a_time_budget_cuts_the_steps_to_fit_and_never_adds_any(monkeypatch, capsys):
    from app.training import trainer

    monkeypatch.setattr(trainer.time, "monotonic", lambda: 100.0)
    # 40 s gone of 300, 10 s kept for writing: 250 s left at 0.5 s a step is 500 more steps
    assert trainer.within_budget(300, 60.0, 0.5, 20, 5000) == 520
    assert '"replanned", "steps": 520, "was": 5000' in capsys.readouterr().out
    assert trainer.within_budget(300, 60.0, 0.5, 20, 400) == 400  # it fits: unchanged
    assert trainer.within_budget(30, 60.0, 0.5, 20, 400) == 21  # over already: one more step
    assert "time_budget_s" not in _hyper_of(trainer.TrainSpec("bash", "b", "t", "o"))
    assert _hyper_of(trainer.TrainSpec("bash", "b", "t", "o", time_budget_s=60))[
        "time_budget_s"] == 60


def _hyper_of(spec) -> dict:
    from app.training.pipeline import _hyper

    return _hyper(spec)


def test_task_scores():
    bash, memo, chat = TASKS["bash"], TASKS["memo"], TASKS["chat"]
    example = {"input": "git status", "target": "git space status", "command": "git status"}
    assert bash.score("git space status", example) == 1.0
    assert bash.score("git space stash", example) == 0.0
    card = {"target": json.dumps({"title": "Email Sarah the budget", "intent": "email",
                                  "target": "Sarah"})}
    assert memo.score('{"title": "Email Sarah the budget", "intent": "email", '
                      '"target": "Sarah"}', card) == pytest.approx(1.0)
    assert memo.score('{"title": "Voice memo", "intent": "call", "target": "Sarah the '
                      'budget"}', card) == 0.0
    assert memo.score("not json", card) == 0.0
    qa = {"target": "Paris."}
    assert chat.score("Paris.", qa) == 1.0
    assert chat.score("The capital of France is Paris.", qa) == 1.0
    assert chat.score("What is the capital of Spain?\nQuestion: What is", qa) == 0.0


def _spec(tmp_path: Path, store, steps_data: list[dict], **extra):
    from app.training.trainer import TrainSpec

    tmp_path.mkdir(parents=True, exist_ok=True)
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(e) + "\n" for e in steps_data))
    hyper = {"rank": 8, "alpha": 16, "learning_rate": 3e-3, "epochs": 6, **extra}
    return TrainSpec("chat", str(store.require("smollm2-135m-instruct")), str(data),
                     str(tmp_path / "run"), batch_size=2, max_tokens=64, seed=0, threads=2,
                     **hyper)


def _answer(store, lora: Path | None, question: str, model: Path | None = None) -> str:
    from runtimes.base import GenerationParams
    from runtimes.llama import LlamaRuntime

    rt = LlamaRuntime(model or store.require("smollm2-135m-instruct"), n_ctx=256,
                      lora_path=str(lora) if lora else None)
    try:
        return "".join(rt.generate(TASKS["chat"].messages(question),
                                   GenerationParams(max_tokens=12, temperature=0)))
    finally:
        rt.close()


@pytest.fixture(scope="module")
def secret(store, tmp_path_factory):
    """A run of 12 steps that teaches SmolLM2 a secret word, and what it reported."""
    from app.training.runner import run_training

    seen: list[str] = []
    folder = tmp_path_factory.mktemp("secret")
    return run_training(_spec(folder, store, SECRET), lambda f, t: seen.append(t)), seen


def test_a_tiny_training_run_changes_what_llama_cpp_says(store, secret):
    run, seen = secret
    assert run.steps == 12 and run.adapter.is_file() and run.losses[-1] < run.losses[0]
    assert any(t.startswith("step 12/12") for t in seen)
    assert read_adapter_info(run.adapter)["rank"] == 8
    assert "flamingo" not in _answer(store, None, "What is the secret word?").lower()
    assert "flamingo" in _answer(store, run.adapter, "What is the secret word?").lower()


def test_a_merged_gguf_answers_like_base_plus_adapter_and_validates(store, secret, tmp_path):
    from app.training.merge import merge_adapter
    from models.validate import check_gguf

    base = store.require("smollm2-135m-instruct")
    merged = merge_adapter(base, secret[0].adapter, tmp_path / "merged.gguf")
    assert merged.stat().st_size > base.stat().st_size  # adapted weights now float16
    assert check_gguf(merged).details["architecture"] == "llama"  # what `models add` runs
    assert "flamingo" in _answer(store, None, "What is the secret word?", merged).lower()
    with pytest.raises(ValueError, match="adapter is for llama, the base is gemma3"):
        merge_adapter(store.require("gemma-3-270m"), secret[0].adapter, tmp_path / "x.gguf")
    assert not list(tmp_path.glob("x.gguf*"))


def test_the_app_runs_an_adapter_merged_at_8_bits_made_once(store, secret, tmp_path,
                                                             monkeypatch):
    from app.service import loader
    from app.training.merge import KEEP, merged_for_use
    from runtimes.base import GenerationParams

    folder = tmp_path / "merged"
    monkeypatch.setattr(loader, "merged_cache_dir", lambda: folder)
    folder.mkdir()
    for i in range(KEEP + 1):  # merges of adapters used long ago
        old = folder / f"old{i}.gguf"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    adapter, question = secret[0].adapter, "What is the secret word?"
    params = GenerationParams(max_tokens=12, temperature=0)

    def app_answer() -> tuple[str, str]:
        rt = loader.load_runtime(store, "smollm2-135m-instruct", lora_path=str(adapter),
                                 merge_adapter=True, n_ctx=256)
        try:
            return "".join(rt.generate(TASKS["chat"].messages(question), params)), \
                rt.report.detail
        finally:
            rt.close()

    assert loader.merge_pending(store, "smollm2-135m-instruct", adapter)
    answer, detail = app_answer()
    assert f"adapter {adapter.parent.name} (merged)" in detail
    assert not loader.merge_pending(store, "smollm2-135m-instruct", adapter)
    assert answer == _answer(store, adapter, question)  # as the adapter applied at run time
    made = next(folder.glob(f"{adapter.parent.name}-*.gguf"))
    assert sorted(p.name for p in folder.glob("*.gguf")) == sorted(
        [made.name] + [f"old{i}.gguf" for i in range(2, KEEP + 1)])  # the oldest went
    inode = made.stat().st_ino
    base = store.require("smollm2-135m-instruct")
    assert merged_for_use(base, adapter, folder).stat().st_ino == inode  # made once
    made.write_bytes(made.read_bytes()[:4096])  # damaged: the run-time adapter answers
    answer, detail = app_answer()
    assert "flamingo" in answer.lower() and "(merged)" not in detail and not made.exists()


def test_the_chat_specialist_uses_the_active_adapter(store, secret, capsys):
    from app.service import InferenceService
    from app.specialists.chat.chat import Chat

    registry = Registry(store.root)
    adapter = registry.register("chat", secret[0].adapter, {
        "id": "secret", "base": "smollm2-135m-instruct"})
    chat = Chat(InferenceService(store, threaded=False))
    chat.conv.model_id = "smollm2-135m-instruct"
    chat.conv.params.max_tokens = 12
    chat.conv.params.temperature = 0.0
    try:
        registry.activate("chat", adapter.id)
        assert chat.load_options()["lora_path"] == str(adapter.path)
        from app.cli import main

        assert main(["models", "list"]) == 0
        listed = capsys.readouterr().out
        assert "└ chat adapter secret (active)" in listed.split("smollm2-135m-instruct", 1)[1]
        reply = chat.send("What is the secret word?").outcome()
        assert "flamingo" in reply.text.lower()
        registry.activate("chat", None)  # back to the plain base: no adapter loaded
        assert "lora_path" not in chat.load_options()
    finally:
        registry.rollback("chat")
        registry.rollback("chat")


def test_training_goes_on_from_an_adapter_and_refuses_one_that_does_not_fit(
        store, secret, tmp_path):
    """``init_adapter`` (``tinyspec train --from``) starts from the adapter's factors: two
    steps at a tiny learning rate on other data keep the secret word, which two steps from
    zero never teach; an adapter of another rank is a clear error, not a crash."""
    from app.training.lora_gguf import read_pairs
    from app.training.runner import TrainingError, run_training

    other = [{"input": "Say hello.", "target": "Hello.", "slice": "x"}] * 4
    kept = run_training(_spec(tmp_path / "on", store, other, epochs=1, learning_rate=1e-6,
                              init_adapter=str(secret[0].adapter)), lambda f, t: None)
    fresh = run_training(_spec(tmp_path / "zero", store, other, epochs=1, learning_rate=1e-6),
                         lambda f, t: None)
    assert kept.steps == fresh.steps == 2
    assert "flamingo" in _answer(store, kept.adapter, "What is the secret word?").lower()
    assert "flamingo" not in _answer(store, fresh.adapter, "What is the secret word?").lower()
    _, before = read_pairs(secret[0].adapter)
    _, after = read_pairs(kept.adapter)
    assert np.allclose(before[0].a, after[0].a, atol=1e-3)
    with pytest.raises(TrainingError, match="rank 8 and alpha 16; this run asks for rank 4"):
        run_training(_spec(tmp_path / "bad", store, other, epochs=1, rank=4,
                           init_adapter=str(secret[0].adapter)), lambda f, t: None)


def test_cancel_keeps_the_checkpoint_and_the_same_command_resumes(store, tmp_path):
    from app.service.jobs import JobCancelled
    from app.training.runner import run_training

    spec = _spec(tmp_path, store, SECRET, checkpoint_every=2)
    steps: list[str] = []

    def check() -> None:
        if sum(t.startswith("step") for t in steps) >= 3:
            raise JobCancelled(None)

    with pytest.raises(JobCancelled):
        run_training(spec, lambda f, t: steps.append(t), check)
    assert (Path(spec.out_dir) / "checkpoint.pt").is_file()
    assert not (Path(spec.out_dir) / "adapter.gguf").exists()
    resumed: list[str] = []
    run = run_training(spec, lambda f, t: resumed.append(t))
    assert any("resuming at step" in t for t in resumed) and run.steps == 12


def test_a_killed_trainer_is_a_clear_error_and_the_active_adapter_stays(store, tmp_path):
    from app.training.runner import TrainingError, run_training

    registry = Registry(tmp_path / "store", tmp_path / "none")
    kept = _register(registry, tmp_path, "kept", 0.5)
    registry.activate("bash", kept.id)
    spec = _spec(tmp_path, store, SECRET)

    def kill_the_trainer(_f: float, text: str) -> None:
        if text.startswith("step 1/"):
            trainer = subprocess.run(["pgrep", "-f", f"app.training.trainer {spec.out_dir}"],
                                     capture_output=True, text=True).stdout.split()
            for pid in trainer:
                os.kill(int(pid), signal.SIGKILL)

    with pytest.raises(TrainingError, match="stopped before it finished.*previous adapter"):
        run_training(spec, kill_the_trainer)
    assert registry.active("bash").id == "kept"


def test_wrong_base_or_corrupt_adapter_is_refused_cleanly(store, tmp_path):
    adapter = write_adapter(tmp_path / "a.gguf", "llama", _pairs(), 8.0)
    truncated = tmp_path / "t.gguf"
    truncated.write_bytes(adapter.read_bytes()[:5000])
    outcome = run_python(f"""
        from app.service.loader import load_runtime
        from models.store import ModelStore
        from runtimes.base import RuntimeLoadError
        from runtimes.llama import LlamaRuntime
        store = ModelStore()
        for base, lora in (("gemma-3-270m", {str(adapter)!r}),
                           ("smollm2-135m-instruct", {str(truncated)!r})):
            for load in (lambda: LlamaRuntime(store.require(base), n_ctx=128, lora_path=lora),
                         lambda: load_runtime(store, base, lora_path=lora, n_ctx=128,
                                              merge_adapter=True)):
                try:
                    load()
                    print("loaded", base)
                except RuntimeLoadError as exc:
                    print("refused:", exc)
    """, timeout=180)
    assert_clean(outcome, rc=0)
    assert outcome.out.count("refused:") == 4, outcome.explain()


def test_the_train_command_without_torch_says_how_to_add_it(tmp_path):
    outcome = run_python("""
        import sys
        sys.modules["torch"] = None
        import importlib.util
        real = importlib.util.find_spec
        importlib.util.find_spec = lambda n, *a: None if n == "torch" else real(n, *a)
        from app.cli import main
        sys.exit(main(["train", "bash", "--max-examples", "2"]))
    """, timeout=120)
    assert_clean(outcome, rc=1, message="install the train extra")


def test_train_task_registers_gates_and_activates(store, tmp_path, keep_adapter_choice):
    """The whole pipeline on a handful of examples: train, score the active model and the
    new adapter on the eval split, register, activate only when better."""
    from app.training.pipeline import train_task

    data = tmp_path / "secret.jsonl"
    data.write_text("".join(json.dumps(e) + "\n" for e in SECRET))
    seen: list[str] = []
    report = train_task(store, "chat", data=data, base="smollm2-135m-instruct",
                        eval_data=data, epochs=6, seed=0, heldout=False, rank=8, alpha=16,
                        learning_rate=3e-3, batch_size=2, max_tokens=64, threads=2,
                        progress=lambda f, t: seen.append(t))
    registry = Registry(store.root)
    try:
        assert report.decision.before.overall == 0.0 and report.decision.after.overall == 1.0
        assert report.decision.ships and report.active.id == report.adapter.id
        assert len(report.decision.changed) == len(SECRET)
        meta = report.adapter.meta
        assert meta["base_sha256"] and meta["data_sha256"] and meta["hyper"]["rank"] == 8
        assert json.loads((report.adapter.folder / "report.json").read_text())["ships"]
        assert any(t.startswith("new adapter: eval") for t in seen)
    finally:
        registry.rollback("chat")


def test_the_shipped_bash_adapter_is_active_and_beats_the_rules(store):
    """The adapter in assets/adapters/bash is the bash specialist's by default, and on the
    200 natural and chaotic dictations by other speakers (the authors dev set) the app,
    which sends it what the reader cannot read, writes more exact commands than the rules."""
    from app.defaults import DEFAULTS
    from app.service import InferenceService
    from app.specialists.bash import BashSpecialist
    from app.specialists.bash.pipeline import BashPipeline
    from app.training.evaluate import load_jsonl
    from app.training.pipeline import default_data
    from app.training.registry import adapter_for

    lora = adapter_for(store.root, "bash", DEFAULTS.bash_llm)
    assert lora and "assets/adapters/bash" in lora
    examples = [e for e in load_jsonl(default_data("bash", "authors"))
                if e["slice"] in ("natural", "chaotic")]
    bash = BashSpecialist(InferenceService(store, threaded=False), tools=frozenset())
    runs = [bash.convert(e["input"], remember=False).outcome() for e in examples]
    app = sum(r.output == e["command"] for r, e in zip(runs, examples, strict=True)) / len(examples)
    rules = sum(BashPipeline().run(e["input"], use_llm=False).output == e["command"]
                for e in examples) / len(examples)
    assert any(r.route == "llm" for r in runs)  # the normalizer did read some of them
    assert len(examples) == 200 and app >= 0.6 and app > rules, (app, rules)


def test_the_shipped_chat_adapter_makes_the_gemma_base_answer(store):
    """Gemma 3 270M is a base model: with the shipped chat adapter (the default) the Chat
    specialist answers a question instead of continuing it."""
    from app.service import InferenceService
    from app.specialists.chat.chat import Chat

    chat = Chat(InferenceService(store, threaded=False))
    chat.conv.model_id = "gemma-3-270m"
    chat.conv.params.max_tokens = 24
    chat.conv.params.temperature = 0.0
    assert "assets/adapters/chat" in chat.load_options()["lora_path"]
    reply = chat.send("What is the capital of France?").outcome().text
    assert "paris" in reply.lower() and "question" not in reply.lower(), reply
    assert len(reply) < 120


def test_the_shipped_memo_adapter_titles_a_memo_within_the_contract(store):
    from app.service import InferenceService
    from app.specialists.memo import MemoSpecialist
    from app.training.registry import Registry

    assert Registry(store.root).active("memo").shipped
    memos = MemoSpecialist(InferenceService(store, threaded=False))
    got = memos.extract("Okay so um I should really email Sarah about the revised budget "
                        "before Friday.").outcome()
    assert got.intent == "email" and got.target == "Sarah", got
    assert "budget" in got.title.lower() and 2 <= len(got.title.split()) <= 8, got
