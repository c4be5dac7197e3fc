"""A job: one unit of inference work with an id, a cancel flag and Qt signals.

A job is created on the caller's thread (the GUI thread in the window), so its signals reach
the caller's slots queued, whichever worker thread emits them.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from runtimes.base import DeviceReport

_ids = itertools.count(1)


class JobCancelled(Exception):
    """Raised inside a job body to stop early; the job ends as cancelled."""


class JobError(Exception):
    """A job that failed; the message is the one shown to the user."""


@dataclass
class GenerationResult:
    """A finished (or stopped) generation with its wall-clock measurements."""

    text: str
    tokens: int
    ttft_ms: float
    total_ms: float
    load_ms: float
    cancelled: bool
    report: DeviceReport | None = None

    @property
    def tokens_per_s(self) -> float:
        decode_s = (self.total_ms - self.ttft_ms) / 1000
        return (self.tokens - 1) / decode_s if self.tokens > 1 and decode_s > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "tokens": self.tokens, "ttft_ms": round(self.ttft_ms, 1),
                "total_ms": round(self.total_ms, 1), "load_ms": round(self.load_ms, 1),
                "tokens_per_s": round(self.tokens_per_s, 2), "cancelled": self.cancelled,
                "device": self.report.to_dict() if self.report else None}


class Job(QObject):
    """Signals: ``started``, ``progress(fraction, text)``, ``token(str)``,
    ``finished(result)``, ``failed(message)``."""

    started = Signal()
    progress = Signal(float, str)
    token = Signal(str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, family: str, title: str, body: Callable[[JobContext], Any]) -> None:
        super().__init__()
        self.id = next(_ids)
        self.family = family
        self.title = title
        self.body = body
        self.state = "queued"
        self.result: Any = None
        self.error: str | None = None
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop; checked between tokens, segments and blocks."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job ends (for scripts and tests, never the GUI thread)."""
        return self._done.wait(timeout)

    def outcome(self) -> Any:
        """The result of an ended job, or :class:`JobError` with its message."""
        if self.state == "failed" or self.state == "cancelled" and self.result is None:
            raise JobError(self.error or self.state)
        return self.result

    def _finish(self, state: str, result: Any = None, error: str | None = None) -> None:
        self.state, self.result, self.error = state, result, error
        self._done.set()
        if state == "failed" or (state == "cancelled" and result is None):
            self.failed.emit(error or "cancelled")
        else:
            self.finished.emit(result)


@dataclass
class JobContext:
    """What a job body may use: its job, the runtime loader, and reporting helpers."""

    job: Job
    load: Callable[..., Any]

    def progress(self, fraction: float, text: str = "") -> None:
        self.job.progress.emit(float(fraction), text)

    def token(self, text: str) -> None:
        self.job.token.emit(text)

    def cancelled(self) -> bool:
        return self.job.cancelled

    def check(self) -> None:
        if self.job.cancelled:
            raise JobCancelled()
