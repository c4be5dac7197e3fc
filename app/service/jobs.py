"""A job: one unit of work with an id, a state, a cancel flag and Qt signals.

The contract, in one place:

- A job moves ``QUEUED -> RUNNING -> DONE | FAILED | CANCELLED`` (:class:`JobState`) and ends
  with exactly one of the signals ``finished(result)``, ``failed(message)`` or
  ``cancelled(partial)`` (``partial`` is what a stopped job had made, e.g. the text streamed
  so far, or ``None``).
- Slots are given when the job is submitted (:class:`Slots`), before it can start, so no
  signal is ever emitted to nobody. There is no other way to start a job.
- ``outcome(timeout)`` returns the result or raises: :class:`JobTimeout` when the job has not
  ended in time, :class:`JobCancelled` (with ``partial``) when it was cancelled,
  :class:`JobError` with the user's message when it failed.
- A job body stops early by raising :class:`JobCancelled` (``ctx.check()`` does), the one
  cancel exception of the app. A job started from inside another job's body
  (``ctx.wait_for(child)``) is cancelled with its parent.

A job is created on the caller's thread (the GUI thread in the window), so its signals reach
the caller's slots queued, whichever worker thread emits them.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal

from runtimes.base import DeviceReport

_ids = itertools.count(1)


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def ended(self) -> bool:
        return self in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)


class JobCancelled(Exception):
    """The one cancel exception: raised in a body to stop early, and by ``outcome()`` for a
    cancelled job (``partial`` holds what it had made, if anything)."""

    def __init__(self, message: str = "cancelled", partial: Any = None) -> None:
        super().__init__(message)
        self.partial = partial


class JobError(Exception):
    """A job that failed; the message is the one shown to the user."""


class JobTimeout(JobError):
    """``outcome(timeout)`` ran out of time before the job ended."""


@dataclass(frozen=True)
class Slots:
    """Callables connected to a job's signals before it is queued (all optional)."""

    started: Callable[[], Any] | None = None
    progress: Callable[[float, str], Any] | None = None
    status: Callable[[str], Any] | None = None
    token: Callable[[str], Any] | None = None
    finished: Callable[[Any], Any] | None = None
    failed: Callable[[str], Any] | None = None
    cancelled: Callable[[Any], Any] | None = None

    def connect(self, job: Job) -> None:
        for name in ("started", "progress", "status", "token", "finished", "failed",
                     "cancelled"):
            slot = getattr(self, name)
            if slot is not None:
                getattr(job, name).connect(slot)


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
    """Signals: ``started``, ``progress(fraction, text)``, ``status(text)`` (what it waits
    for now, in words: a step with no fraction), ``token(str)``, and one of
    ``finished(result)``, ``failed(message)``, ``cancelled(partial)``."""

    started = Signal()
    progress = Signal(float, str)
    status = Signal(str)
    token = Signal(str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal(object)

    def __init__(self, family: str, title: str, body: Callable[[JobContext], Any]) -> None:
        super().__init__()
        self.id = next(_ids)
        self.family = family
        self.title = title
        self.body = body
        self.state = JobState.QUEUED
        self.result: Any = None
        self.error: str | None = None
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._children: list[Job] = []
        self._lock = threading.Lock()

    def cancel(self) -> None:
        """Ask the job (and every job it started) to stop; checked between tokens, segments
        and blocks."""
        self._cancel.set()
        with self._lock:
            children = list(self._children)
        for child in children:
            child.cancel()

    def adopt(self, child: Job) -> None:
        """Tie ``child`` to this job: cancelling this job cancels it too."""
        with self._lock:
            self._children.append(child)
        if self.is_cancelled:
            child.cancel()

    @property
    def is_cancelled(self) -> bool:
        """Whether cancel was asked for (the job may still be running)."""
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job ends; ``False`` on timeout (scripts and tests, never the GUI
        thread)."""
        return self._done.wait(timeout)

    def outcome(self, timeout: float | None = None) -> Any:
        """The result of the job, waiting up to ``timeout`` seconds (``None``: for ever).

        Raises :class:`JobTimeout`, :class:`JobCancelled` or :class:`JobError`.
        """
        if not self._done.wait(timeout):
            raise JobTimeout(f"{self.title} did not finish within {timeout:g} s")
        if self.state is JobState.CANCELLED:
            raise JobCancelled(self.error or "cancelled", partial=self.result)
        if self.state is JobState.FAILED:
            raise JobError(self.error or "failed")
        return self.result

    def _finish(self, state: JobState, result: Any = None, error: str | None = None) -> None:
        self.state, self.result, self.error = state, result, error
        self._done.set()
        if state is JobState.DONE:
            self.finished.emit(result)
        elif state is JobState.CANCELLED:
            self.cancelled.emit(result)
        else:
            self.failed.emit(error or "failed")


@dataclass
class JobContext:
    """What a job body may use: its job, the runtime loader, and reporting helpers."""

    job: Job
    load: Callable[..., Any]

    def progress(self, fraction: float, text: str = "") -> None:
        self.job.progress.emit(float(fraction), text)

    def status(self, text: str) -> None:
        """Say what the job is doing now, when that is a step with no fraction ("preparing
        the model…"); the next status replaces it, an empty one clears it."""
        self.job.status.emit(text)

    def token(self, text: str) -> None:
        self.job.token.emit(text)

    def cancelled(self) -> bool:
        return self.job.is_cancelled

    def check(self) -> None:
        """Raise :class:`JobCancelled` if cancel was asked for."""
        if self.job.is_cancelled:
            raise JobCancelled()

    def wait_for(self, child: Job, timeout: float) -> Any:
        """The outcome of a job this body started on another worker, cancelled with this
        one; raises like ``outcome`` (a busy worker gives :class:`JobTimeout`)."""
        self.job.adopt(child)
        deadline = time.monotonic() + timeout
        while not child.wait(0.05):
            if self.job.is_cancelled:
                child.cancel()
                raise JobCancelled()
            if time.monotonic() > deadline:
                child.cancel()
                raise JobTimeout(f"{child.title} did not finish within {timeout:g} s: the "
                                 f"{child.family} worker is busy; try again when it is done")
        return child.outcome(0)
