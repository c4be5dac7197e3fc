"""The training process: LoRA on a GGUF base, dequantized into PyTorch, written back as a
GGUF adapter. Run as a child (``python -m app.training.trainer SPEC.json``) so a crash or an
out-of-memory never takes the window down; it reports one JSON object per line on stdout
(``{"event": "step", …}``) and keeps a checkpoint to resume from.

Needs the ``train`` extra (torch, transformers, peft); nothing else in the app imports it.
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.training.lora_gguf import (
    TARGET_MODULES,
    pairs_from_state,
    read_adapter_info,
    read_pairs,
    write_adapter,
)


@dataclass
class TrainSpec:
    """Everything a run depends on; written next to its output as ``spec.json``."""

    task: str
    base_path: str
    train_path: str
    out_dir: str
    rank: int = 16
    alpha: float = 32.0
    learning_rate: float = 1e-3
    epochs: float = 1.0
    batch_size: int = 8
    max_tokens: int = 192
    seed: int = 0
    threads: int = 0
    device: str = "cpu"
    checkpoint_every: int = 25
    max_examples: int = 0
    architecture: str = ""  # set when the examples are already rendered (see bundle.py)
    init_adapter: str = ""  # a GGUF LoRA adapter to go on training from (same rank and alpha)
    time_budget_s: float = 0.0  # when set, the steps are cut after a few to end within it
    metadata: dict = field(default_factory=dict)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> TrainSpec:
        """The spec at ``path``; relative paths in it are relative to its folder (a bundle)."""
        spec = cls(**json.loads(Path(path).read_text(encoding="utf-8")))
        folder = Path(path).resolve().parent
        for key in ("base_path", "train_path", "out_dir", "init_adapter"):
            if not getattr(spec, key):
                continue
            value = Path(getattr(spec, key))
            if not value.is_absolute():
                setattr(spec, key, str(folder / value))
        return spec


class NoDevice(RuntimeError):
    """The device the spec asks for is not usable here."""


def emit(event: str, **fields: object) -> None:
    """One progress line for the parent."""
    print(json.dumps({"event": event, **fields}), flush=True)


def load_examples(path: str | Path, limit: int = 0) -> list[dict]:
    """``{"input", "target"}`` lines of a JSONL file."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def render(fmt, task, example: dict) -> dict:
    """``{"prompt", "answer"}``: the exact text llama.cpp sees, and the reply to learn."""
    return {"prompt": fmt.prompt(task.messages(example["input"])),
            "answer": task.answer(example) + fmt.end}


def encode(tokenizer, example: dict, max_tokens: int) -> tuple[list[int], list[int]]:
    """Token ids of a rendered example's prompt + answer, and labels that score only the
    answer."""
    prompt, answer = example["prompt"], example["answer"]
    p = tokenizer(prompt, add_special_tokens=True)["input_ids"]
    if len(p) > 1 and p[0] == p[1] == tokenizer.bos_token_id:
        p = p[1:]  # the template wrote its own BOS; llama.cpp then adds none
    a = tokenizer(answer, add_special_tokens=False)["input_ids"]
    ids = (p + a)[-max_tokens:]
    labels = ([-100] * len(p) + a)[-max_tokens:]
    return ids, labels


def _batches(encoded: list, batch_size: int, rng: random.Random, pad: int):
    import torch

    order = list(range(len(encoded)))
    rng.shuffle(order)
    for start in range(0, len(order), batch_size):
        chunk = [encoded[i] for i in order[start:start + batch_size]]
        width = max(len(ids) for ids, _ in chunk)
        ids = torch.full((len(chunk), width), pad, dtype=torch.long)
        labels = torch.full((len(chunk), width), -100, dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        for row, (i, lab) in enumerate(chunk):
            ids[row, :len(i)] = torch.tensor(i)
            labels[row, :len(lab)] = torch.tensor(lab)
            mask[row, :len(i)] = 1
        yield ids, labels, mask


def load_base(spec: TrainSpec):
    """Tokenizer and float32 model dequantized from the GGUF base, with LoRA applied."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder, name = str(Path(spec.base_path).parent), Path(spec.base_path).name
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=name)
    model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype=torch.float32)
    config = LoraConfig(r=spec.rank, lora_alpha=spec.alpha, lora_dropout=0.0,
                        target_modules=list(TARGET_MODULES), task_type="CAUSAL_LM")
    model = get_peft_model(model, config)
    if spec.init_adapter:
        start_from(model, spec)
    return tokenizer, model


class AdapterMismatch(ValueError):
    """The adapter to go on from does not fit this run (rank, alpha, base, layers)."""


def start_from(model, spec: TrainSpec) -> None:
    """Copy the factors of ``spec.init_adapter`` (stored as float16) into ``model``'s LoRA
    layers, so training starts from that adapter, with a fresh optimizer and schedule;
    ``AdapterMismatch`` when its rank, alpha, base or layers do not fit."""
    import torch

    alpha, pairs = read_pairs(spec.init_adapter)
    rank = pairs[0].a.shape[0]
    if not math.isclose(alpha, spec.alpha, rel_tol=1e-6) or rank != spec.rank:
        raise AdapterMismatch(f"{spec.init_adapter} has rank {rank} and alpha {alpha:g}; this "
                              f"run asks for rank {spec.rank}, alpha {spec.alpha:g}")
    trained_on = read_adapter_info(spec.init_adapter).get("training", {}).get("base_sha256")
    wanted = spec.metadata.get("base_sha256")
    if trained_on and wanted and trained_on != wanted:
        raise AdapterMismatch(f"{spec.init_adapter} was trained on another base (sha256 "
                              f"{trained_on[:12]}… vs {wanted[:12]}…)")
    modules = {name: m for name, m in model.named_modules()
               if name.endswith(TARGET_MODULES) and hasattr(m, "lora_A")}
    by_place = {(int(m.group(1)), name.rsplit(".", 1)[-1]): layer for name, layer in modules.items()
                if (m := re.search(r"\.layers\.(\d+)\.", name))}
    for p in pairs:
        layer = by_place.get((p.layer, p.module))
        if layer is None:
            raise AdapterMismatch(f"{spec.init_adapter}: layer {p.layer} {p.module} is not in "
                                  "the base")
        with torch.no_grad():
            for weight, value in ((layer.lora_A["default"].weight, p.a),
                                  (layer.lora_B["default"].weight, p.b)):
                if tuple(weight.shape) != value.shape:
                    raise AdapterMismatch(f"{spec.init_adapter}: layer {p.layer} {p.module} is "
                                          f"{value.shape}, the base wants {tuple(weight.shape)}")
                weight.copy_(torch.from_numpy(value))


def run(spec: TrainSpec) -> Path:
    """Train, checkpointing as it goes; returns the written adapter."""
    import torch

    from app.training.prompt import chat_format
    from app.training.tasks import get_task

    out = Path(spec.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    random.seed(spec.seed)
    torch.manual_seed(spec.seed)
    torch.set_num_threads(spec.threads or max(1, os.cpu_count() or 1))
    t0 = time.monotonic()
    emit("loading", base=spec.base_path)
    examples = load_examples(spec.train_path, spec.max_examples)
    architecture = spec.architecture
    if not architecture:  # raw {input, target} lines: render them with the base's template
        task, fmt = get_task(spec.task), chat_format(spec.base_path)
        examples, architecture = [render(fmt, task, e) for e in examples], fmt.architecture
    tokenizer, model = load_base(spec)
    device = torch.device("cuda" if spec.device == "cuda" else "cpu")
    if device.type == "cuda" and not torch.cuda.is_available():
        raise NoDevice(f"no CUDA GPU for PyTorch {torch.__version__} here (a CPU-only build, or "
                       "no NVIDIA driver): train on the CPU, or install a CUDA build of torch")
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True  # float32 weights, tensor-core speed
    model.to(device)
    encoded = [encode(tokenizer, e, spec.max_tokens) for e in examples]
    per_epoch = math.ceil(len(encoded) / spec.batch_size)
    total = max(1, round(per_epoch * spec.epochs))
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=spec.learning_rate, weight_decay=0.0)
    plan = {"total": total}  # the schedule decays to the end of the (re-planned) run
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / 10) * max(0.05, 1 - s / plan["total"]))
    step, losses = _resume(out, model, optimizer, schedule)
    emit("start", steps=total, examples=len(encoded), resumed_at=step,
         load_s=round(time.monotonic() - t0, 1))
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    model.train()
    t_steps, done_before = time.monotonic(), step
    epoch = step // per_epoch
    while step < total:
        rng = random.Random(spec.seed * 1000 + epoch)
        for index, (ids, labels, mask) in enumerate(_batches(encoded, spec.batch_size, rng, pad)):
            if epoch * per_epoch + index < step:
                continue  # already done before a resume
            loss = model(input_ids=ids.to(device), labels=labels.to(device),
                         attention_mask=mask.to(device)).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            losses.append(round(float(loss), 4))
            rate = (time.monotonic() - t_steps) / (step - done_before)
            if spec.time_budget_s and step == done_before + REPLAN_AFTER:
                total = plan["total"] = within_budget(spec.time_budget_s, t0, rate, step,
                                                      total)
            emit("step", step=step, steps=total, loss=losses[-1],
                 eta_s=round(rate * (total - step), 1), s_per_step=round(rate, 2))
            if step % spec.checkpoint_every == 0 or step == total:
                _checkpoint(out, model, optimizer, schedule, step, losses)
            if step >= total:
                break
        epoch += 1
    state = {k: v.detach().cpu().numpy() for k, v in model.state_dict().items()
             if "lora_" in k}
    meta = {**spec.metadata, "steps": total, "final_loss": losses[-1] if losses else None,
            "train_s": round(time.monotonic() - t0, 1), "hardware": _hardware(device)}
    path = write_adapter(out / "adapter.gguf", architecture, pairs_from_state(state),
                         spec.alpha, meta)
    (out / "losses.json").write_text(json.dumps(losses), encoding="utf-8")
    emit("done", adapter=str(path), steps=total, seconds=meta["train_s"],
         hardware=meta["hardware"])
    return path


REPLAN_AFTER = 20  # steps timed before a time budget cuts the run to fit


def within_budget(budget_s: float, t0: float, rate: float, step: int, total: int) -> int:
    """The step count that ends the run within ``budget_s`` seconds of ``t0`` at ``rate``
    seconds a step (never more than ``total``, never before the next step); the adapter is
    written 10 s early to leave time for it."""
    left = budget_s - (time.monotonic() - t0) - 10.0
    fits = step + max(1, int(left / rate)) if rate > 0 else total
    if fits < total:
        emit("replanned", steps=fits, was=total, budget_s=budget_s)
    return min(total, fits)


def _hardware(device) -> str:
    """What trained it, for the record: the GPU's name, or the CPU's core count."""
    import torch

    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    return f"CPU, {torch.get_num_threads()} threads"


def _checkpoint(out: Path, model, optimizer, schedule, step: int, losses: list) -> None:
    import torch

    state = {"step": step, "losses": losses, "optimizer": optimizer.state_dict(),
             "schedule": schedule.state_dict(),
             "lora": {k: v for k, v in model.state_dict().items() if "lora_" in k}}
    tmp = out / "checkpoint.partial"
    torch.save(state, tmp)
    tmp.replace(out / "checkpoint.pt")  # a kill mid-write leaves the previous checkpoint


def _resume(out: Path, model, optimizer, schedule) -> tuple[int, list]:
    import torch

    path = out / "checkpoint.pt"
    if not path.exists():
        return 0, []
    state = torch.load(path, weights_only=False)
    model.load_state_dict(state["lora"], strict=False)
    optimizer.load_state_dict(state["optimizer"])
    schedule.load_state_dict(state["schedule"])
    return int(state["step"]), list(state["losses"])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        run(TrainSpec.load(args[0]))
    except (NoDevice, AdapterMismatch) as exc:
        emit("error", message=str(exc))
        return 2
    except MemoryError:
        emit("error", message="training ran out of memory; try a smaller batch or fewer "
             "tokens per example")
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
