"""The inference service: signals across threads, cancel, FIFO order, the LRU budget,
a GUI event loop that keeps ticking, and the synchronous mode the CLI uses."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from app.service import GenerationResult, InferenceService, JobCancelled, JobError, Slots
from app.service.model_cache import ModelCache
from runtimes.base import GenerationParams

LLM = "smollm2-135m-instruct"
PROMPT = [{"role": "user", "content": "Write a long story about a lighthouse keeper."}]


@pytest.fixture
def service(qtbot, store):
    svc = InferenceService(store)
    yield svc
    svc.shutdown()


def test_tokens_stream_through_signals_from_the_worker_thread(qtbot, service):
    tokens, threads, results = [], set(), []

    def on_token(text: str) -> None:
        tokens.append(text)
        threads.add(threading.get_ident())

    service.generate(LLM, PROMPT, GenerationParams(max_tokens=24, seed=1),
                     slots=Slots(token=on_token, finished=results.append))
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    result: GenerationResult = results[0]
    assert len(tokens) == result.tokens >= 10
    assert "".join(tokens) == result.text
    assert threads == {threading.get_ident()}  # delivered on the GUI thread, queued
    assert result.ttft_ms > 0 and result.tokens_per_s > 0 and not result.cancelled
    assert result.report.actual == "cpu"


def test_cancel_stops_within_a_few_tokens(qtbot, service):
    tokens, stopped, jobs = [], [], []

    def on_token(text: str) -> None:
        tokens.append(text)
        if len(tokens) == 5:
            jobs[0].cancel()

    jobs.append(service.generate(LLM, PROMPT, GenerationParams(max_tokens=400, seed=2),
                                 slots=Slots(token=on_token, cancelled=stopped.append)))
    qtbot.waitUntil(lambda: bool(stopped), timeout=60_000)
    result = stopped[0]  # the partial reply comes with the cancelled signal
    assert result.cancelled and jobs[0].state == "cancelled"
    assert 5 <= result.tokens <= 9, result.tokens
    with pytest.raises(JobCancelled) as info:
        jobs[0].outcome(0)
    assert info.value.partial is result


def test_event_loop_keeps_ticking_during_generation(qtbot, service):
    """Generation runs off the GUI thread: the event loop ticks all the way through it.

    Judged against the job's own length, not a fixed budget, so a busy machine that steals
    the CPU for a moment does not fail it; a job run on the GUI thread shows up as one gap
    as long as the job and almost no ticks."""
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    job = service.generate(LLM, PROMPT, GenerationParams(max_tokens=64, seed=4))
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    elapsed = time.perf_counter() - started
    timer.stop()
    gaps = np.diff(ticks)
    assert len(ticks) > 20
    assert len(ticks) >= 0.5 * elapsed / 0.010, f"{len(ticks)} ticks in {elapsed:.2f} s"
    assert gaps.max() < max(0.25, elapsed / 3), (
        f"the GUI thread stalled for {gaps.max() * 1000:.0f} ms of a {elapsed:.2f} s job")


def test_jobs_run_in_submission_order_and_queued_ones_can_be_cancelled(qtbot, service):
    order, cancelled = [], []
    release = threading.Event()
    service.submit("embed", "hold the queue", lambda ctx: release.wait(10))
    jobs = [service.embed("minilm-l6-int8", [f"text {i}"], slots=Slots(
        finished=lambda _r, i=i: order.append(i), cancelled=cancelled.append))
        for i in range(4)]
    jobs[2].cancel()
    release.set()
    qtbot.waitUntil(lambda: jobs[3].done and len(order) == 3, timeout=30_000)
    assert order == [0, 1, 3]
    assert cancelled == [None] and jobs[2].state == "cancelled"
    assert jobs[2].error == "cancelled before it started"


def test_model_loaded_signal_carries_the_device_report(qtbot, service):
    with qtbot.waitSignal(service.model_loaded, timeout=30_000) as blocker:
        service.load("minilm-l6-int8", "npu")
    family, model_id, report = blocker.args
    assert (family, model_id, report.requested) == ("embed", "minilm-l6-int8", "npu")
    assert report.actual in ("cpu", "npu")
    assert service.reports["embed"][0] == "minilm-l6-int8"


def test_a_missing_model_fails_with_the_fix(qtbot, service, tmp_path):
    from models.store import ModelStore

    svc = InferenceService(ModelStore(tmp_path / "empty"), threaded=False)
    job = svc.embed("minilm-l6-int8", ["x"])
    assert job.state == "failed"
    assert "tinyspec models fetch minilm-l6-int8" in job.error
    with pytest.raises(JobError):
        job.outcome()


def test_synchronous_mode_runs_on_the_calling_thread(store):
    svc = InferenceService(store, threaded=False)
    job = svc.embed("minilm-l6-int8", ["git status", "show the repository status"])
    assert job.done and job.outcome().shape == (2, 384)
    assert not svc.threads_by_family


class _Fake:
    def __init__(self, name, size):
        self.name, self.size, self.closed = name, size, False

    def memory_bytes(self):
        return self.size

    def close(self):
        self.closed = True


def test_lru_budget_unloads_the_least_recently_used():
    made = {}

    def loader(model_id, device):
        made[model_id] = _Fake(model_id, 400)
        return made[model_id]

    cache = ModelCache(loader, budget_bytes=1000, estimate=lambda _m: 400)
    cache.get("a")
    cache.get("b")
    cache.get("a")  # a is now the most recent
    cache.get("c")  # needs room: b goes
    assert cache.loaded() == ["a", "c"] and made["b"].closed and not made["a"].closed
    assert cache.get("a")[1] is False and cache.get("b")[1] is True


CROSS_THREAD_EMITS = """
import sys, threading
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    token = Signal(str)
e = Emitter()
before = sys.getrefcount(True)
t = threading.Thread(target=lambda: [e.token.emit("x") for _ in range(3000)])
t.start(); t.join()
print(before - sys.getrefcount(True))
"""


def test_qt_binding_keeps_refcounts_across_threads():
    """PySide6 6.12.0 dropped a reference to True on every signal emitted off the GUI
    thread, killing the process after a few thousand tokens; pinned away, guarded here."""
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", CROSS_THREAD_EMITS], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-300:]
    assert abs(int(proc.stdout.strip())) < 50
