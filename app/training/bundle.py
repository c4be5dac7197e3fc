"""Training on another machine (a GPU box). A bundle is a folder holding the examples
already rendered in the base's chat format, so that machine needs the ``train`` extra but
not llama.cpp, and a spec whose paths are relative to it. Copy the base GGUF beside it, run
``python -m app.training.trainer spec.json`` there, bring the folder back, and
``import_run`` checks the adapter and puts it through the same eval gate as a local run.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from app.training.evaluate import load_jsonl
from app.training.lora_gguf import read_adapter_info
from app.training.pipeline import (
    TrainReport,
    default_data,
    gate_and_register,
    run_id_for,
    started_from,
)
from app.training.prompt import chat_format
from app.training.runner import TrainingError, TrainRun
from app.training.tasks import get_task
from app.training.trainer import TrainSpec, render
from models.store import ModelStore, sha256_file

NOTE = """Train this bundle on a machine with the train extra installed (a GPU: --device cuda):
  1. copy {base_file} (model {base}, sha256 {base_sha}) into this folder;
  2. from the app's source folder run:  python -m app.training.trainer {folder}/spec.json
  3. bring this folder back and run:    tinyspec adapters import {folder}
The adapter is then scored on the {task} eval split and becomes active only if it is better.
"""


def write_bundle(store: ModelStore, task_name: str, out_dir: str | Path,
                 data: str | Path | None = None, base: str | None = None,
                 epochs: float = 1.0, device: str = "cuda", seed: int = 0,
                 **hyper: object) -> Path:
    """Write a bundle for ``task_name`` into ``out_dir``; returns its ``spec.json``."""
    task = get_task(task_name)
    base = base or task.base
    base_path = store.require(base)
    data = Path(data or default_data(task.data_name, "train"))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    fmt = chat_format(base_path)
    with open(out / "examples.jsonl", "w", encoding="utf-8") as f:
        for example in load_jsonl(data):
            f.write(json.dumps(render(fmt, task, example)) + "\n")
    base_sha = sha256_file(base_path)
    init = str(hyper.pop("init_adapter", "") or "")
    if init and Path(init).resolve() != (out / "init.gguf").resolve():
        shutil.copyfile(init, out / "init.gguf")  # the adapter to go on from travels with it
    spec = TrainSpec(task.name, base_path.name, "examples.jsonl", ".", epochs=epochs,
                     seed=seed, device=device, architecture=fmt.architecture,
                     init_adapter="init.gguf" if init else "", **hyper)
    spec.metadata = {"base": base, "base_sha256": base_sha, "data_sha256": sha256_file(data),
                     **started_from(init)}
    spec.save(out / "spec.json")
    (out / "README.txt").write_text(NOTE.format(
        base_file=base_path.name, base=base, base_sha=base_sha, folder=out,
        task=task.name), encoding="utf-8")
    return out / "spec.json"


def import_run(store: ModelStore, folder: str | Path, eval_data: Path | None = None,
               progress: Callable[[float, str], None] | None = None,
               check: Callable[[], None] | None = None, eval_limit: int = 0,
               heldout: bool = True) -> TrainReport:
    """Gate and register the adapter a bundle's run left in ``folder``."""
    folder = Path(folder)
    adapter = folder / "adapter.gguf"
    if not (folder / "spec.json").is_file() or not adapter.is_file():
        raise TrainingError(f"{folder}: no finished run here (spec.json and adapter.gguf "
                            "are needed)")
    spec = TrainSpec.load(folder / "spec.json")
    meta = spec.metadata
    try:
        info = read_adapter_info(adapter)
    except ValueError as exc:
        raise TrainingError(str(exc)) from None
    base_sha = sha256_file(store.require(meta["base"]))
    if base_sha != meta.get("base_sha256"):
        raise TrainingError(f"{folder} was trained on another {meta['base']} (sha256 "
                            f"{str(meta.get('base_sha256'))[:12]}… vs {base_sha[:12]}…)")
    if spec.architecture and info["architecture"] != spec.architecture:
        raise TrainingError(f"{adapter} is for {info['architecture']}, the base is "
                            f"{spec.architecture}")
    losses_file = folder / "losses.json"
    losses = json.loads(losses_file.read_text(encoding="utf-8")) if losses_file.is_file() else []
    trained = info.get("training", {})
    run = TrainRun(adapter, int(trained.get("steps", len(losses))),
                   float(trained.get("train_s", 0.0)), losses, str(trained.get("hardware", "")))
    run_id = run_id_for(spec, base_sha, meta["data_sha256"])
    return gate_and_register(store, spec, run, run_id, eval_data, progress, check,
                             eval_limit, heldout)
