"""Train → register → gate → activate: one call per ``tinyspec train`` or Train click.

The run folder is named by what the run depends on (task, base, data, seed, hyper-
parameters), so running the same command again resumes from its checkpoint. The new
adapter is registered either way; it becomes the task's active one only when it beats the
active one on the task's eval split (split by target, never trained on).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.training.evaluate import GateDecision, evaluate, gate, load_jsonl
from app.training.registry import Adapter, AdapterError, Registry
from app.training.runner import TrainingError, TrainRun, run_training, train_extra_missing
from app.training.tasks import get_task
from app.training.trainer import TrainSpec
from assets import asset_path
from models.store import ModelStore, sha256_file

if TYPE_CHECKING:
    from app.service import InferenceService, Job, Slots
    from app.service.jobs import JobContext

Progress = Callable[[float, str], None]


@dataclass
class TrainReport:
    """What a training run produced and what the gate decided."""

    adapter: Adapter
    run: TrainRun
    decision: GateDecision
    active: Adapter | None

    def to_dict(self) -> dict:
        return {"adapter": self.adapter.id, "path": str(self.adapter.path),
                "steps": self.run.steps, "train_s": self.run.seconds,
                "final_loss": self.run.losses[-1] if self.run.losses else None,
                "gate": self.decision.to_dict(),
                "active": self.active.id if self.active else None}


def default_data(task: str, split: str) -> Path:
    """The task's shipped data split (``assets/training/<task>/<split>.jsonl``)."""
    return asset_path(f"training/{task}/{split}.jsonl")


def train_task(store: ModelStore, task_name: str, data: Path | None = None,
               base: str | None = None, eval_data: Path | None = None, epochs: float = 1.0,
               device: str = "cpu", seed: int = 0, progress: Progress | None = None,
               check: Callable[[], None] | None = None, eval_limit: int = 0,
               events: Callable[[dict], None] | None = None, heldout: bool = True,
               **hyper: object) -> TrainReport:
    """Train an adapter for ``task_name``, register it, and activate it if the gate passes."""
    reason = train_extra_missing()
    if reason:
        raise TrainingError(reason)
    task = get_task(task_name)
    base = base or task.base
    base_path = store.require(base)
    data = Path(data or default_data(task.data_name, "train"))
    base_sha, data_sha = sha256_file(base_path), sha256_file(data)
    spec = TrainSpec(task.name, str(base_path), str(data), "", epochs=epochs, seed=seed,
                     device=device, **hyper)
    spec.metadata = {"base": base, "base_sha256": base_sha, "data_sha256": data_sha,
                     **started_from(spec.init_adapter)}
    run_id = run_id_for(spec, base_sha, data_sha)
    spec.out_dir = str(Registry(store.root).root / task.name / "runs" / run_id)
    say = progress or (lambda _f, _t: None)
    run = run_training(spec, lambda f, t: say(0.8 * f, t), check, events)
    return gate_and_register(store, spec, run, run_id, eval_data, say, check, eval_limit,
                             heldout)


def gate_and_register(store: ModelStore, spec: TrainSpec, run: TrainRun, run_id: str,
                      eval_data: Path | None = None, progress: Progress | None = None,
                      check: Callable[[], None] | None = None, eval_limit: int = 0,
                      heldout: bool = True) -> TrainReport:
    """Score a trained adapter against the task's active one on the eval split, register it
    with its metadata and scores, and activate it if it is better."""
    task, registry = get_task(spec.task), Registry(store.root)
    base_path = store.require(spec.metadata["base"])
    eval_data = Path(eval_data or default_data(task.data_name, "eval"))
    say = progress or (lambda _f, _t: None)
    examples = load_jsonl(eval_data)[: eval_limit or None]
    active = registry.active(task.name)
    if active is not None and active.base != spec.metadata["base"]:
        active = None  # trained for another base: the plain base is what this one replaces
    say(0.8, "scoring the active model on the eval split")
    cache = registry.root / task.name / "eval-cache"
    before = evaluate(base_path, task, examples, active.path if active else None,
                      lambda f, t: say(0.8 + 0.1 * f, f"active model: {t}"), check,
                      cache_dir=cache)
    after = evaluate(base_path, task, examples, run.adapter,
                     lambda f, t: say(0.9 + 0.1 * f, f"new adapter: {t}"), check,
                     cache_dir=cache)
    decision = gate(examples, before, after)
    scored = _heldout(base_path, task, run.adapter, check, say) if heldout else None
    meta = {**spec.metadata, "hyper": _hyper(spec), "seed": spec.seed, "device": spec.device,
            "hardware": run.hardware,
            "steps": run.steps, "train_s": run.seconds, "created": time.time(),
            "final_loss": run.losses[-1] if run.losses else None,
            "metrics": {"eval": after.to_dict(), "eval_before": before.to_dict(),
                        "eval_file": eval_data.name, "eval_examples": len(examples),
                        **({"heldout": scored.to_dict()} if scored else {})},
            "gate": decision.reason, "id": _free_id(registry, task.name, run_id)}
    adapter = registry.register(task.name, run.adapter, meta)
    (adapter.folder / "report.json").write_text(json.dumps(decision.to_dict(), indent=1),
                                               encoding="utf-8")
    if decision.ships:
        registry.activate(task.name, adapter.id)
    return TrainReport(adapter, run, decision, registry.active(task.name))


def submit_training(service: InferenceService, task: str, slots: Slots | None = None,
                    **options: object) -> Job:
    """``train_task`` as a job on the service's ``train`` worker (off the GUI thread; the
    trainer itself is a child process). ``token`` carries each trainer record as JSON (for a
    loss curve), ``progress`` a line of text, ``finished(TrainReport)`` the result."""
    store = service.store

    def body(ctx: JobContext) -> TrainReport:
        return train_task(store, task, progress=ctx.progress, check=ctx.check,
                          events=lambda e: ctx.token(json.dumps(e)), **options)

    return service.submit("train", f"train {task}", body, slots)


def submit_merge(service: InferenceService, task: str, adapter_id: str, out: Path,
                 slots: Slots | None = None) -> Job:
    """Write a merged GGUF (the adapter's base with it folded in) to ``out``, as a job on the
    ``train`` worker; ``finished(Path)``."""
    from app.training.merge import merge_adapter

    store = service.store

    def body(ctx: JobContext) -> Path:
        adapter = Registry(store.root).get(task, adapter_id)
        try:
            return merge_adapter(store.require(adapter.base), adapter.path, out, ctx.progress)
        except ValueError as exc:
            raise AdapterError(f"{adapter_id}: {exc}") from None

    return service.submit("train", f"merge {adapter_id}", body, slots)


def _heldout(base_path: Path, task, adapter: Path, check, say: Progress):
    """The adapter's score on the task's held-out slice (written apart from the generators):
    reported beside the eval score, never used to decide."""
    path = default_data(task.data_name, "heldout")
    if not path.is_file():
        return None
    return evaluate(base_path, task, load_jsonl(path), adapter,
                    lambda f, t: say(1.0, f"held-out: {t}"), check)


def _free_id(registry: Registry, task: str, run_id: str) -> str:
    """``<run id>-<time>``, with a suffix when that folder exists (two imports in a second)."""
    stem = f"{run_id}-{time.strftime('%Y%m%d%H%M%S')}"
    taken = {a.id for a in registry.adapters(task)}
    return next(c for c in (stem, *(f"{stem}-{n}" for n in range(2, 1000))) if c not in taken)


def _hyper(spec: TrainSpec) -> dict:
    hyper = {k: getattr(spec, k) for k in ("rank", "alpha", "learning_rate", "epochs",
                                           "batch_size", "max_tokens", "max_examples")}
    if spec.time_budget_s:  # named only when set, so earlier runs keep their ids
        hyper["time_budget_s"] = spec.time_budget_s
    return hyper


def started_from(init_adapter: str | Path) -> dict:
    """Metadata naming the adapter a run goes on from (by sha256), or nothing."""
    return {"init_sha256": sha256_file(Path(init_adapter))} if init_adapter else {}


def run_id_for(spec: TrainSpec, base_sha: str, data_sha: str) -> str:
    key = json.dumps([spec.task, base_sha, data_sha, spec.seed, _hyper(spec),
                      *([spec.metadata["init_sha256"]] if "init_sha256" in spec.metadata
                        else [])], sort_keys=True)
    return f"{spec.task}-{hashlib.sha256(key.encode()).hexdigest()[:10]}"
