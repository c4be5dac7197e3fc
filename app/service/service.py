"""The inference service: the one way the window and the CLI reach models.

Four workers (``llm``, ``speech``, ``embed`` and ``files`` for fetching and verifying models),
each on its own ``QThread`` when threaded. The CLI makes the service with ``threaded=False``
and every job then runs on the calling thread, through the same code.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.audio.decode import load_audio
from app.errors import UserError
from app.service.jobs import GenerationResult, Job, JobContext, Slots
from app.service.worker import FamilyWorker
from models.store import ModelStore
from runtimes.base import GenerationParams, Message

GiB = 1 << 30
FAMILY_FOR_TASK = {"generate": "llm", "transcribe": "speech", "embed": "embed"}
DEFAULT_BUDGETS = {"llm": 4 * GiB, "speech": 2 * GiB, "embed": 1 * GiB}


class InferenceService(QObject):
    """Jobs in, signals out. ``model_loaded(family, model_id, DeviceReport)``.

    The service owns its configuration: the model store and the thread count are changed
    through :meth:`set_store` and :meth:`set_threads`, applied as a job on every worker, so no
    worker sees them change in the middle of a job.
    """

    model_loaded = Signal(str, str, object)

    def __init__(self, store: ModelStore | None = None, threaded: bool = True,
                 budgets: dict[str, int] | None = None, threads: int = 0) -> None:
        super().__init__()
        self.store = store or ModelStore()
        self.threads = threads
        self.threaded = threaded
        self._live: set[Job] = set()
        self.reports: dict[str, tuple[str, Any]] = {}
        budgets = {**DEFAULT_BUDGETS, **(budgets or {})}
        self.workers: dict[str, FamilyWorker] = {}
        self.threads_by_family: dict[str, QThread] = {}
        for family in ("llm", "speech", "embed", "files", "train"):
            worker = FamilyWorker(family, self.store, threads, budgets.get(family))
            worker.model_loaded.connect(self._remember)
            worker.model_loaded.connect(self.model_loaded)
            if threaded:
                thread = QThread()
                thread.setObjectName(f"tinyspec-{family}")
                worker.moveToThread(thread)
                thread.start()
                self.threads_by_family[family] = thread
            self.workers[family] = worker

    def _remember(self, family: str, model_id: str, report: Any) -> None:
        self.reports[family] = (model_id, report)

    # -- submitting ----------------------------------------------------------------------
    def submit(self, family: str, title: str, body: Callable[[JobContext], Any],
               slots: Slots | None = None) -> Job:
        """Queue ``body(ctx)`` on a family's worker with ``slots`` connected first; returns
        the job (when not threaded, it has already run).

        The service keeps the job alive until its last signal has reached the caller's
        thread, so a caller may drop its own reference at once.
        """
        job = Job(family, title, body)
        if slots is not None:
            slots.connect(job)
        if self.threaded:
            self._live.add(job)
            for signal in (job.finished, job.failed, job.cancelled):
                signal.connect(self._forget)
        return self.workers[family].submit(job, synchronous=not self.threaded)

    @Slot(object)
    @Slot(str)
    def _forget(self, _outcome: object = None) -> None:
        self._live.discard(self.sender())

    def generate(self, model_id: str, messages: Sequence[Message],
                 params: GenerationParams | None = None, device: str = "cpu",
                 json_schema: dict | None = None, slots: Slots | None = None,
                 grammar: str | None = None, **load_options: Any) -> Job:
        """Stream a reply: ``token`` per piece, ``finished(GenerationResult)``."""
        messages = [dict(m) for m in messages]

        def body(ctx: JobContext) -> GenerationResult:
            t0 = time.perf_counter()
            ctx.progress(0.0, f"loading {model_id}")
            runtime = ctx.load(model_id, device, **load_options)
            t1 = time.perf_counter()
            if ctx.cancelled():  # stopped while the model loaded: the prompt is not read
                return GenerationResult("", 0, 0.0, 0.0, (t1 - t0) * 1000, True,
                                        runtime.report)
            pieces: list[str] = []
            first = None
            stream = runtime.generate(messages, params, json_schema, grammar,
                                      should_stop=ctx.cancelled)
            try:
                for piece in stream:
                    if first is None:
                        first = time.perf_counter()
                    pieces.append(piece)
                    ctx.token(piece)
                    if ctx.cancelled():
                        break
            finally:
                stream.close()
            t2 = time.perf_counter()
            return GenerationResult("".join(pieces), len(pieces),
                                    ((first or t2) - t1) * 1000, (t2 - t1) * 1000,
                                    (t1 - t0) * 1000, ctx.cancelled(), runtime.report)

        return self.submit("llm", f"generate with {model_id}", body, slots)

    def embed(self, model_id: str, texts: Sequence[str], device: str = "cpu",
              slots: Slots | None = None) -> Job:
        """``finished(np.ndarray)``: one L2-normalised row per text."""
        texts = list(texts)

        def body(ctx: JobContext) -> np.ndarray:
            return ctx.load(model_id, device).embed(texts)

        return self.submit("embed", f"embed with {model_id}", body, slots)

    def transcribe(self, model_id: str, audio: Any, device: str = "cpu",
                   slots: Slots | None = None, **options: Any) -> Job:
        """``progress`` per segment (fraction of the audio), ``finished(list[Segment])``;
        ``audio``: samples (16 kHz mono float32) or a file in any format ``load_audio`` reads."""

        def body(ctx: JobContext) -> dict[str, Any]:
            runtime = ctx.load(model_id, device)
            samples = audio if isinstance(audio, np.ndarray) else load_audio(audio, ctx.check)
            segments, info = runtime.transcribe(samples, **options)
            out = []
            for seg in segments:
                out.append(seg)
                ctx.progress(min(seg.end / max(info.duration, 1e-6), 1.0), seg.text)
                ctx.check()
            return {"segments": out, "info": info, "device": runtime.report}

        return self.submit("speech", f"transcribe with {model_id}", body, slots)

    def fetch_model(self, model_id: str, force: bool = False, slots: Slots | None = None) -> Job:
        from models.fetch import fetch

        store = self.store  # the store as it was when the user asked

        def body(ctx: JobContext):
            return fetch(store, model_id, ctx.progress, ctx.check, force=force)

        return self.submit("files", f"fetch {model_id}", body, slots)

    def verify_model(self, model_id: str, slots: Slots | None = None) -> Job:
        store = self.store

        def body(ctx: JobContext) -> list[str]:
            return store.verify(model_id, lambda f, t: (ctx.progress(f, t), ctx.check()))

        return self.submit("files", f"verify {model_id}", body, slots)

    def load(self, model_id: str, device: str = "cpu", slots: Slots | None = None) -> Job:
        """Load a model ahead of use; ``finished(DeviceReport)`` says what it got."""
        task = self.store.get(model_id).task
        if task not in FAMILY_FOR_TASK:
            raise UserError(f"{model_id} is a {task} file, not a model that runs by itself")

        def body(ctx: JobContext):
            return ctx.load(model_id, device).report

        return self.submit(FAMILY_FOR_TASK[task], f"load {model_id} on {device}", body, slots)

    def add_model(self, path: str, model_id: str | None = None,
                  slots: Slots | None = None) -> Job:
        """Check and register a user's model file or folder; ``finished(entry)``."""

        store = self.store

        def body(_ctx: JobContext):
            return store.add_user_model(path, model_id)

        return self.submit("files", f"add {path}", body, slots)

    # -- configuration -------------------------------------------------------------------
    def set_threads(self, threads: int) -> list[Job]:
        """Use ``threads`` CPU threads (0: all cores) for models loaded from now on; models
        already loaded are closed on their worker so the next use reloads them."""
        self.threads = int(threads)
        return self._on_every_worker("use {} threads".format(threads or "all"),
                                     lambda w: w.configure(threads=self.threads))

    def set_store(self, store: ModelStore) -> list[Job]:
        """Load models from ``store`` from now on (after the jobs already queued)."""
        self.store = store
        return self._on_every_worker(f"use the model store at {store.root}",
                                     lambda w: w.configure(store=store))

    def _on_every_worker(self, title: str, change: Callable[[FamilyWorker], None]) -> list[Job]:
        return [self.submit(family, title, lambda _ctx, w=worker: change(w))
                for family, worker in self.workers.items()]

    def cancel_current(self, family: str) -> None:
        """Cancel the job running on a family's worker now, if any (e.g. on Ctrl-C)."""
        job = self.workers[family].current
        if job is not None:
            job.cancel()

    # -- lifecycle -----------------------------------------------------------------------
    def unload(self, family: str, model_id: str | None = None) -> Job:
        def body(_ctx: JobContext) -> None:
            cache = self.workers[family].cache
            if cache:
                cache.unload(model_id)

        return self.submit(family, f"unload {model_id or 'all'}", body)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel everything, unload models on their own threads, and stop the threads."""
        for worker in self.workers.values():
            worker.cancel_all()
        unloads = [self.unload(f) for f, w in self.workers.items() if w.cache is not None]
        for job in unloads:
            job.wait(timeout_ms / 1000)
        for thread in self.threads_by_family.values():
            thread.quit()
        for thread in self.threads_by_family.values():
            thread.wait(timeout_ms)
        self.threads_by_family.clear()
