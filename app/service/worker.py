"""A worker per runtime family: a FIFO of jobs run one at a time on the worker's thread."""

from __future__ import annotations

import logging
import threading
import traceback
from collections import deque

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.errors import USER_FACING
from app.service.jobs import Job, JobCancelled, JobContext
from app.service.model_cache import ModelCache
from runtimes.base import DeviceReport, RuntimeLoadError

log = logging.getLogger(__name__)


class FamilyWorker(QObject):
    """Runs the jobs of one family (LLM, speech, embeddings, files) in submission order.

    ``model_loaded(family, model_id, report)`` is emitted whenever a model is loaded.
    """

    model_loaded = Signal(str, str, object)
    _wake = Signal()

    def __init__(self, family: str, cache: ModelCache | None) -> None:
        super().__init__()
        self.family = family
        self.cache = cache
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

    def _load(self, model_id: str, device: str = "cpu", **options):
        if self.cache is None:
            raise RuntimeLoadError(f"the {self.family} worker loads no models")
        runtime, fresh = self.cache.get(model_id, device, **options)
        if fresh:
            report: DeviceReport = runtime.report
            self.model_loaded.emit(self.family, model_id, report)
        return runtime

    def run(self, job: Job) -> None:
        """Run one job, turning every outcome into exactly one finished/failed signal."""
        if job.cancelled:
            job._finish("cancelled", error="cancelled before it started")
            return
        self.current = job
        job.state = "running"
        job.started.emit()
        try:
            result = job.body(JobContext(job, self._load))
        except JobCancelled:
            job._finish("cancelled", error="cancelled")
        except USER_FACING as exc:
            if job.cancelled:  # e.g. a fetch whose download was killed on cancel
                job._finish("cancelled", error="cancelled")
                return
            job._finish("failed", error=str(exc))
        except Exception as exc:  # noqa: BLE001 - a job must never take the worker down
            if job.cancelled:  # the body stopped on the cancel flag in its own way
                job._finish("cancelled", error="cancelled")
                return
            log.warning("job %s failed: %s", job.title, exc)
            log.debug("%s", traceback.format_exc())
            job._finish("failed", error=f"{job.title} failed: {exc}")
        else:  # a body that returned finished its work; only a stopped generation says so
            job._finish("cancelled" if getattr(result, "cancelled", False) else "done",
                        result=result)
        finally:
            self.current = None
