"""Scoring a model (a base, or a base with an adapter) on a task's eval split, and the gate
that compares two such scores: no pass, no ship."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.training.tasks import Task
from models.store import sha256_file
from runtimes.base import GenerationParams


@dataclass
class EvalResult:
    """Share of examples passed overall and per slice, and every answer given."""

    overall: float
    slices: dict[str, float]
    answers: list[str] = field(default_factory=list)
    passed: list[bool] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"overall": self.overall, "slices": self.slices}


def load_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(base_path: Path, task: Task, examples: list[dict], lora_path: Path | None = None,
             progress: Callable[[float, str], None] | None = None,
             check: Callable[[], None] | None = None, threads: int | None = None,
             cache_dir: Path | None = None) -> EvalResult:
    """Answer every example greedily with llama.cpp and score it with the task's rule.
    With ``cache_dir``, the answers of the same model to the same prompts are kept there and
    reused (they are deterministic), and only the scoring runs again."""
    cache = _cache_file(cache_dir, base_path, task, examples, lora_path) if cache_dir else None
    answers = _cached(cache, len(examples))
    if answers is None:
        answers = _answer_all(base_path, task, examples, lora_path, progress, check, threads)
        if cache:
            _keep(cache, answers)
    passed = [task.score(a, e) >= task.pass_at for a, e in zip(answers, examples, strict=True)]
    return EvalResult(_share(passed), _per_slice(examples, passed), answers, passed)


def _answer_all(base_path: Path, task: Task, examples: list[dict], lora_path: Path | None,
                progress, check, threads: int | None) -> list[str]:
    from runtimes.llama import LlamaRuntime

    runtime = LlamaRuntime(base_path, device="cpu", n_ctx=768, n_threads=threads,
                           lora_path=str(lora_path) if lora_path else None)
    params = GenerationParams(max_tokens=task.max_new_tokens, temperature=0.0, seed=0)
    answers = []
    try:
        for i, example in enumerate(examples):
            if check:
                check()
            answers.append("".join(runtime.generate(task.messages(example["input"]),
                                                    params)).strip())
            if progress and (i % 10 == 0 or i == len(examples) - 1):
                progress((i + 1) / len(examples), f"eval {i + 1}/{len(examples)}")
    finally:
        runtime.close()
    return answers


def _cache_file(folder: Path, base_path: Path, task: Task, examples: list[dict],
                lora_path: Path | None) -> Path:
    """Named by everything the answers depend on: the model files, the prompts, the
    generation length and the llama.cpp build."""
    import llama_cpp

    key = json.dumps([sha256_file(base_path), sha256_file(lora_path) if lora_path else None,
                      task.system, task.max_new_tokens, [e["input"] for e in examples],
                      llama_cpp.__version__])
    return folder / f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.json"


def _cached(path: Path | None, count: int) -> list[str] | None:
    if path is None or not path.is_file():
        return None
    try:
        answers = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(answers, list) and len(answers) == count
    return answers if ok and all(isinstance(a, str) for a in answers) else None


def _keep(path: Path, answers: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".partial")
    tmp.write_text(json.dumps(answers), encoding="utf-8")
    tmp.replace(path)


def _share(passed: list[bool]) -> float:
    return sum(passed) / len(passed) if passed else 0.0


def _per_slice(examples: list[dict], passed: list[bool]) -> dict[str, float]:
    groups: dict[str, list[bool]] = {}
    for example, ok in zip(examples, passed, strict=True):
        groups.setdefault(example.get("slice", "all"), []).append(ok)
    return {name: _share(values) for name, values in sorted(groups.items())}


@dataclass
class GateDecision:
    """Whether the candidate ships, why, and the examples whose result changed."""

    ships: bool
    reason: str
    before: EvalResult
    after: EvalResult
    changed: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"ships": self.ships, "reason": self.reason, "before": self.before.to_dict(),
                "after": self.after.to_dict(), "changed": self.changed}

    def table(self) -> str:
        """Before/after per slice, as aligned text."""
        names = sorted(set(self.before.slices) | set(self.after.slices))
        rows = [f"{'slice':<12} {'before':>7} {'after':>7}"]
        for name in [*names, "overall"]:
            b = self.before.overall if name == "overall" else self.before.slices.get(name, 0)
            a = self.after.overall if name == "overall" else self.after.slices.get(name, 0)
            rows.append(f"{name:<12} {b:>7.1%} {a:>7.1%}")
        return "\n".join(rows)


def gate(examples: list[dict], before: EvalResult, after: EvalResult,
         min_gain: float = 0.0) -> GateDecision:
    """The candidate ships only if it passes more of the eval split than the active model."""
    changed = [{"input": e["input"], "slice": e.get("slice", ""), "before": b_ans,
                "after": a_ans, "now": "passes" if a_ok else "fails"}
               for e, b_ans, a_ans, b_ok, a_ok in zip(examples, before.answers, after.answers,
                                                        before.passed, after.passed, strict=True)
               if b_ok != a_ok]
    gain = after.overall - before.overall
    if gain > min_gain:
        reason = f"eval {before.overall:.1%} → {after.overall:.1%}: better, it becomes active"
        return GateDecision(True, reason, before, after, changed)
    reason = (f"eval {before.overall:.1%} → {after.overall:.1%}: not better, the active model "
              "stays")
    return GateDecision(False, reason, before, after, changed)
