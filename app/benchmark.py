"""The benchmark: workloads (embedding, LLM prefill + decode, transcription) on every device
present, with load time, first result, p50/p95, tokens/s, peak RSS, process CPU, the share of
the graph on the accelerator, and why a cell could not run.

A cell labelled NPU or GPU only holds numbers measured there: if the runtime fell back to the
CPU, the cell records the reason and no timings. Warm-up runs are not counted. Emulated
accelerators are labelled as not a timing of real hardware.
"""

from __future__ import annotations

import csv
import io
import json
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.defaults import DEFAULTS
from app.hardware import Hardware, detect
from app.paths import data_dir
from app.service.jobs import Job, JobCancelled, JobContext, Slots
from app.service.loader import load_runtime
from app.storage import Database

if TYPE_CHECKING:
    from app.service import InferenceService
from assets import asset_path
from models.store import ModelStore

WORKLOADS = ("embedding", "llm", "transcription")
MODELS = {"embedding": DEFAULTS.embed, "llm": DEFAULTS.bash_llm,
          "transcription": DEFAULTS.speech}
UTTERANCES = ["git space status", "remind me to email sarah about the budget",
              "okay so the command is docker ps dash a", "the train was late again today"]
PROMPT = ("Summarise in one sentence why small language models that run on a laptop are "
          "useful for private dictation, notes and commands, and what they cannot do as well "
          "as large hosted models. " * 3)
METRICS = ("load_ms", "first_ms", "p50_ms", "p95_ms", "prefill_tok_s", "decode_tok_s",
           "peak_rss_mb", "cpu_percent", "accelerator_share")


@dataclass
class Cell:
    workload: str
    device: str
    model: str
    ran: bool
    metrics: dict = field(default_factory=dict)
    reason: str = ""
    label: str = ""

    @property
    def emulated(self) -> bool:
        """Ran on an emulator: its numbers are not a timing of real hardware."""
        return "emulated" in self.label


def short_reason(reason: str, limit: int = 56) -> str:
    """The reason cut to its first clauses until it fits ``limit`` characters (else at a
    word): what fits a table cell (the full text goes in its tooltip and in exports)."""
    text = " ".join(reason.split())
    for stop in (". ", "; ", " (", ": "):
        head = text.split(stop)[0]
        if len(text) > limit and 20 <= len(head) < len(text):
            text = head
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


@dataclass
class BenchResult:
    machine: dict
    started_at: float
    reps: int
    cells: list[Cell] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The run as JSON; each cell also carries its ``speedup_vs_cpu`` and ``emulated``
        (derived, ignored when read back)."""
        return {"machine": self.machine, "started_at": self.started_at, "reps": self.reps,
                "cells": [{**asdict(c), "speedup_vs_cpu": self.speedup(c),
                           "emulated": c.emulated} for c in self.cells]}

    @classmethod
    def from_dict(cls, data: dict) -> BenchResult:
        derived = {"speedup_vs_cpu", "emulated"}
        return cls(data["machine"], data["started_at"], data["reps"],
                   [Cell(**{k: v for k, v in c.items() if k not in derived})
                    for c in data["cells"]])

    def speedup(self, cell: Cell) -> float | None:
        """How many times faster than the CPU ``cell`` ran its workload (CPU p50 ÷ its p50),
        for an NPU or GPU cell that ran beside a CPU cell that ran; else None."""
        if cell.device == "cpu" or not cell.ran or not cell.metrics.get("p50_ms"):
            return None
        cpu = next((c for c in self.cells if c.workload == cell.workload and
                    c.device == "cpu" and c.ran and c.metrics.get("p50_ms")), None)
        return round(cpu.metrics["p50_ms"] / cell.metrics["p50_ms"], 3) if cpu else None

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["workload", "device", "model", "ran", *METRICS, "speedup_vs_cpu",
                         "emulated", "reason", "label"])
        for c in self.cells:
            speedup = self.speedup(c)
            writer.writerow([c.workload, c.device, c.model, int(c.ran),
                             *[c.metrics.get(m, "") for m in METRICS],
                             "" if speedup is None else speedup, int(c.emulated), c.reason,
                             c.label])
        return out.getvalue()


class _Sampler:
    """Peak RSS and process CPU while a cell runs."""

    def __init__(self) -> None:
        import psutil

        self.proc = psutil.Process()
        self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self.proc.memory_info().rss)

    def __enter__(self) -> _Sampler:
        t = self.proc.cpu_times()
        self.cpu0, self.wall0 = t.user + t.system, time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()
        t = self.proc.cpu_times()
        wall = time.perf_counter() - self.wall0
        self.cpu_percent = 100 * (t.user + t.system - self.cpu0) / max(wall, 1e-9)
        self.peak = max(self.peak, self.proc.memory_info().rss)


def _pcts(ms: list[float]) -> dict:
    return {"p50_ms": round(float(np.percentile(ms, 50)), 3),
            "p95_ms": round(float(np.percentile(ms, 95)), 3)}


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def bench_embedding(store: ModelStore, device: str, reps: int, check) -> Cell:
    entry = store.get(MODELS["embedding"])
    with _Sampler() as s:
        t0 = time.perf_counter()
        rt = load_runtime(store, entry.id, device)
        load = (time.perf_counter() - t0) * 1000
        if rt.report.actual != device:
            return Cell("embedding", device, entry.id, False, reason=rt.report.fallback_reason)
        first = _timed(lambda: rt.embed([UTTERANCES[0]]))
        for i in range(3):
            rt.embed([UTTERANCES[i % 4]])  # warm-up
        times = []
        for i in range(reps):
            check()
            times.append(_timed(lambda i=i: rt.embed([UTTERANCES[i % 4]])))
    share = 0.0
    if device != "cpu":  # on the NPU: the fixed-length graphs, when built (app.npu_graphs)
        from runtimes import qnn

        share = rt.report.share_on(qnn.EP_NAME)
    return Cell("embedding", device, entry.id, True, {
        "load_ms": round(load, 1), "first_ms": round(first, 3), **_pcts(times),
        "peak_rss_mb": round(s.peak / 1e6, 1), "cpu_percent": round(s.cpu_percent, 1),
        "accelerator_share": round(share, 3)}, label=rt.report.provider)


def bench_llm(store: ModelStore, device: str, reps: int, check) -> Cell:
    model = MODELS["llm"]
    with _Sampler() as s:
        t0 = time.perf_counter()
        rt = load_runtime(store, model, device, n_ctx=1024)
        load = (time.perf_counter() - t0) * 1000
        if rt.report.actual != device:
            rt.close()
            return Cell("llm", device, model, False, reason=rt.report.fallback_reason)
        n_prompt = len(rt.llm.tokenize(PROMPT.encode()))

        def one() -> tuple[float, float, float, int]:
            rt.llm.reset()  # no prompt cache: every run pays the prefill
            t = time.perf_counter()
            stamps = [time.perf_counter() for c in rt.llm.create_completion(
                PROMPT, max_tokens=32, temperature=0.0, seed=1, stream=True)
                if c["choices"][0]["text"]]
            return t, stamps[0] if stamps else time.perf_counter(), \
                stamps[-1] if stamps else time.perf_counter(), len(stamps)

        t, f, _l, _n = one()  # the first run is the "first result"; then a warm-up
        first = (f - t) * 1000
        one()
        totals, prefill, decode = [], [], []
        for _ in range(reps):
            check()
            t, f, last, n = one()
            totals.append((last - t) * 1000)
            prefill.append(n_prompt / max(f - t, 1e-9))
            if n > 1:
                decode.append((n - 1) / max(last - f, 1e-9))
        rt.close()
    return Cell("llm", device, model, True, {
        "load_ms": round(load, 1), "first_ms": round(first, 1), **_pcts(totals),
        "prefill_tok_s": round(statistics.median(prefill), 1),
        "decode_tok_s": round(statistics.median(decode), 1) if decode else 0.0,
        "peak_rss_mb": round(s.peak / 1e6, 1), "cpu_percent": round(s.cpu_percent, 1),
        "accelerator_share": 1.0 if device != "cpu" else 0.0}, label=rt.report.provider)


def bench_transcription(store: ModelStore, device: str, reps: int, check) -> Cell:
    model = MODELS["transcription"]
    audio = str(asset_path("audio/bench_utterance.wav"))
    with _Sampler() as s:
        t0 = time.perf_counter()
        rt = load_runtime(store, model, device)
        load = (time.perf_counter() - t0) * 1000
        if rt.report.actual != device:
            return Cell("transcription", device, model, False,
                        reason=rt.report.fallback_reason)

        def one() -> tuple[float, float]:
            t = time.perf_counter()
            segments, _info = rt.transcribe(audio, word_timestamps=False)
            first = None
            for _seg in segments:
                first = first or time.perf_counter()
            end = time.perf_counter()
            return ((first or end) - t) * 1000, (end - t) * 1000

        first, _ = one()
        one()  # warm-up
        totals = []
        for _ in range(reps):
            check()
            totals.append(one()[1])
    return Cell("transcription", device, model, True, {
        "load_ms": round(load, 1), "first_ms": round(first, 1), **_pcts(totals),
        "peak_rss_mb": round(s.peak / 1e6, 1), "cpu_percent": round(s.cpu_percent, 1),
        "accelerator_share": 1.0 if device != "cpu" else 0.0}, label=rt.report.provider)


RUNNERS = {"embedding": bench_embedding, "llm": bench_llm, "transcription": bench_transcription}


def run(store: ModelStore, reps: int = 10, workloads: tuple[str, ...] = WORKLOADS,
        progress: Callable[[float, str], None] | None = None,
        check: Callable[[], None] = lambda: None,
        hardware: Hardware | None = None) -> BenchResult:
    """Every workload on every device the machine reports present; ``check`` raises
    :class:`JobCancelled` to stop between cells and repetitions."""
    hw = hardware or detect()
    devices = [d for d in hw.devices if d.available]
    result = BenchResult(hw.to_dict(), time.time(), reps)
    plan = [(w, d) for w in workloads for d in devices]
    for i, (workload, device) in enumerate(plan):
        if progress:
            progress(i / len(plan), f"{workload} on {device.kind}")
        check()
        try:
            cell = RUNNERS[workload](store, device.kind, reps, check)
        except JobCancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - a failing cell is a result, not a crash
            cell = Cell(workload, device.kind, MODELS[workload], False, reason=str(exc))
        if device.emulated and cell.ran:
            cell.label = (cell.label + " — emulated: not a timing of real hardware").strip(" —")
        result.cells.append(cell)
    if progress:
        progress(1.0, "done")
    return result


def submit(service: InferenceService, reps: int, workloads: tuple[str, ...],
           hardware: Hardware | None, history: History | None,
           slots: Slots | None = None) -> Job:
    """The benchmark as a job on the ``llm`` worker (models are loaded fresh per cell, on
    the service's store); a finished run is added to ``history``. The LLM worker, because
    llama.cpp (OpenMP) decodes at a third of its speed when a second thread of the process
    drives a model (tests/bench/probe_llama_threads.py): run from the files worker after a
    chat, the LLM cell measured the harness, not the model."""

    def body(ctx: JobContext) -> BenchResult:
        result = run(service.store, reps, workloads, ctx.progress, ctx.check, hardware)
        if history is not None:
            history.add(result)
        return result

    return service.submit("llm", "benchmark", body, slots)


def open_history() -> History:
    """The user's benchmark history (``bench/history.sqlite3``; an older ``history.jsonl``
    beside it is imported once)."""
    return History(data_dir() / "bench" / "history.jsonl")


HISTORY_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY, started_at REAL NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class History:
    """Past runs, oldest first, in SQLite beside ``path`` (``history.sqlite3`` for
    ``history.jsonl``). A JSON-lines history found at ``path`` is imported once, and kept."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = Database(self.path.with_suffix(".sqlite3"), HISTORY_SCHEMA,
                           what="benchmark history")
        if self.path != self.db.path and self.path.is_file():
            self._import_jsonl()

    def _import_jsonl(self) -> None:
        with self.db.transaction():
            if self.db.query_one("SELECT 1 FROM meta WHERE key = 'jsonl_imported'"):
                return
            for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    self.add(BenchResult.from_dict(json.loads(line)))
                except (ValueError, KeyError, TypeError):
                    continue  # a damaged line does not hide the others
            self.db.execute("INSERT INTO meta VALUES ('jsonl_imported', ?)", (str(self.path),))

    def add(self, result: BenchResult) -> None:
        self.db.execute("INSERT INTO runs (started_at, data) VALUES (?, ?)",
                        (result.started_at, json.dumps(result.to_dict())))

    def all(self) -> list[BenchResult]:
        out = []
        for row in self.db.query("SELECT data FROM runs ORDER BY id"):
            try:
                out.append(BenchResult.from_dict(json.loads(row["data"])))
            except (ValueError, KeyError, TypeError):
                continue  # a damaged row does not hide the others
        return out

    def close(self) -> None:
        self.db.close()
