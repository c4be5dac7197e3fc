"""A worker per runtime family: a FIFO of jobs run one at a time on the worker's thread."""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.errors import USER_FACING
from app.logs import details_hint
from app.service.jobs import Job, JobCancelled, JobContext, JobState
from app.service.loader import estimate_bytes, load_runtime
from app.service.model_cache import ModelCache
from models.store import ModelStore
from runtimes.base import DeviceReport, Runtime, RuntimeLoadError

log = logging.getLogger(__name__)


class FamilyWorker(QObject):
    """Runs the jobs of one family (LLM, speech, embeddings, files) in submission order.

    ``model_loaded(family, model_id, report)`` is emitted whenever a model is loaded.
    """

    model_loaded = Signal(str, str, object)
    _wake = Signal()

    def __init__(self, family: str, store: ModelStore, threads: int = 0,
                 budget_bytes: int | None = None) -> None:
        super().__init__()
        self.family = family
        self.store = store
        self.threads = threads
        self.cache = None if budget_bytes is None else ModelCache(
            self._load_runtime, budget_bytes, lambda mid: estimate_bytes(self.store, mid))
        self._queue: deque[Job] = deque()
        self._lock = threading.Lock()
        self.current: Job | None = None
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Job, synchronous: bool = False) -> Job:
        """Queue a job; with ``synchronous`` run it now on the calling thread."""
        if synchronous:
            self.run(job)
            return job
        with self._lock:
            self._queue.append(job)
        self._wake.emit()
        return job

    def pending(self) -> list[Job]:
        with self._lock:
            return list(self._queue)

    def cancel_all(self) -> None:
        with self._lock:
            jobs = list(self._queue)
        for job in jobs + ([self.current] if self.current else []):
            job.cancel()

    @Slot()
    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    return
                job = self._queue.popleft()
            self.run(job)

    def configure(self, store: ModelStore | None = None, threads: int | None = None) -> None:
        """Change the store or thread count; runs as a job on this worker's own thread, and
        closes loaded models so the next use loads them under the new settings."""
        if store is not None:
            self.store = store
        if threads is not None:
            self.threads = threads
        if self.cache is not None:
            self.cache.unload()

    def _load_runtime(self, model_id: str, device: str, **options: Any) -> Runtime:
        options.setdefault("n_threads", self.threads or None)
        return load_runtime(self.store, model_id, device, **options)

    def _load(self, model_id: str, device: str = "cpu", **options):
        if self.cache is None:
            raise RuntimeLoadError(f"the {self.family} worker loads no models")
        runtime, fresh = self.cache.get(model_id, device, **options)
        if fresh:
            report: DeviceReport = runtime.report
            self.model_loaded.emit(self.family, model_id, report)
        return runtime

    def run(self, job: Job) -> None:
        """Run one job, turning every outcome into exactly one ending signal."""
        if job.is_cancelled:
            job._finish(JobState.CANCELLED, error="cancelled before it started")
            return
        self.current = job
        job.state = JobState.RUNNING
        job.started.emit()
        try:
            result = job.body(JobContext(job, self._load))
        except JobCancelled as exc:
            job._finish(JobState.CANCELLED, result=exc.partial, error=str(exc))
        except USER_FACING as exc:
            if job.is_cancelled:  # e.g. a fetch whose download was killed on cancel
                job._finish(JobState.CANCELLED, error="cancelled")
                return
            job._finish(JobState.FAILED, error=str(exc))
        except Exception as exc:
            if job.is_cancelled:  # the body stopped on the cancel flag in its own way
                job._finish(JobState.CANCELLED, error="cancelled")
                return
            log.error("job %r failed", job.title, exc_info=True)
            job._finish(JobState.FAILED,
                        error=f"{job.title} failed: {exc} ({details_hint()})")
        else:  # a body that returned finished its work; only a stopped generation says so
            stopped = getattr(result, "cancelled", False) is True
            job._finish(JobState.CANCELLED if stopped else JobState.DONE, result=result,
                        error="stopped" if stopped else None)
        finally:
            self.current = None
