"""Training from the app's side: the trainer runs as a child process (its own process group,
killed with the app), its progress lines become ``progress(fraction, text)`` calls, Cancel
kills it and keeps its checkpoint, and a crash comes back as one clear message.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError
from app.training.trainer import TrainSpec
from models.child import start_child, stop_child

Progress = Callable[[float, str], None]


class TrainingError(UserError):
    """Training did not finish; the message says why (the previous adapter is untouched)."""


@dataclass
class TrainRun:
    """What a finished run left: the adapter, its losses and timing."""

    adapter: Path
    steps: int
    seconds: float
    losses: list[float] = field(default_factory=list)
    hardware: str = ""


def train_extra_missing() -> str | None:
    """Why training cannot run here (the ``train`` extra is not installed), or None."""
    import importlib.util

    missing = [m for m in ("torch", "transformers", "peft")
               if importlib.util.find_spec(m) is None]
    if not missing:
        return None
    return (f"training needs {', '.join(missing)}: install the train extra "
            "(`.venv/bin/pip install -e '.[train]'`, or `make setup-train`)")


def gpu_missing() -> str | None:
    """Why CUDA training surely cannot run here (no NVIDIA driver), or None; cheap, without
    importing torch (the trainer says so too, if its torch lacks CUDA)."""
    import shutil

    if Path("/proc/driver/nvidia/version").exists() or shutil.which("nvidia-smi"):
        return None
    return "no NVIDIA GPU driver on this machine"


def run_training(spec: TrainSpec, progress: Progress | None = None,
                 check: Callable[[], None] | None = None,
                 events: Callable[[dict], None] | None = None) -> TrainRun:
    """Run ``spec`` in a child process; ``check`` raising (a cancel) kills it, leaving its
    checkpoint for a resume. ``events`` gets every progress record (``{"event": "step",
    "step", "steps", "loss", "eta_s"}`` …), e.g. for a loss curve."""
    reason = train_extra_missing()
    if reason:
        raise TrainingError(reason)
    out = Path(spec.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    spec.save(out / "spec.json")
    proc = start_child([sys.executable, "-m", "app.training.trainer", str(out / "spec.json")],
                       subprocess.PIPE)
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_read_lines, args=(proc, lines), daemon=True)
    reader.start()
    tail: deque[str] = deque(maxlen=20)
    done: dict | None = None
    try:
        while True:
            if check:
                check()
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                break
            event = _event(line)
            if event is None:
                tail.append(line.rstrip()[:300])
                continue
            if event.get("event") == "error":
                tail.append(str(event.get("message", "")))
            if event.get("event") == "done":
                done = event
            if progress:
                _report(event, progress)
            if events:
                events(event)
    finally:
        stop_child(proc)
    if done is None:
        why = next((t for t in reversed(tail) if t.strip()), "no output")
        raise TrainingError(f"training stopped before it finished (exit {proc.returncode}): "
                            f"{why}; the previous adapter is still the active one")
    losses = json.loads((out / "losses.json").read_text(encoding="utf-8"))
    return TrainRun(Path(done["adapter"]), int(done["steps"]), float(done["seconds"]), losses,
                    str(done.get("hardware", "")))


def _read_lines(proc: subprocess.Popen, lines: queue.Queue) -> None:
    for raw in proc.stdout:
        lines.put(raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw)
    lines.put(None)


def _event(line: str) -> dict | None:
    if not line.startswith("{"):
        return None
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) and "event" in value else None


def _report(event: dict, progress: Progress) -> None:
    kind = event["event"]
    if kind == "loading":
        progress(0.0, "loading the base model (dequantizing the GGUF)")
    elif kind == "start":
        resumed = f", resuming at step {event['resumed_at']}" if event["resumed_at"] else ""
        progress(0.0, f"{event['examples']} examples, {event['steps']} steps{resumed}")
    elif kind == "step":
        minutes = event["eta_s"] / 60
        progress(event["step"] / event["steps"],
                 f"step {event['step']}/{event['steps']} · loss {event['loss']:.3f} · "
                 f"{minutes:.1f} min left")
    elif kind == "done":
        progress(1.0, f"trained in {event['seconds'] / 60:.1f} min")
