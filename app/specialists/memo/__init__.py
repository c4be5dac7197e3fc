"""Voice memos as the app uses them: record to disk, transcribe through the speech worker,
extract title/intent/target, and keep them in the library."""

from __future__ import annotations

import logging
from pathlib import Path

from app.audio.decode import load_audio
from app.defaults import DEFAULTS
from app.errors import UserError
from app.paths import data_dir
from app.service import InferenceService, Job
from app.service.jobs import JobCancelled, JobContext, Slots
from app.service.loader import merge_pending
from app.specialists.memo.extract import Extraction, extract
from app.specialists.memo.library import Library, Memo
from app.specialists.memo.model_extract import MAX_TRANSCRIPT, NO_ADAPTER, combine
from app.training.registry import adapter_for
from app.training.tasks import TASKS
from runtimes.base import GenerationParams

EXTRACT_TIMEOUT_S = 120.0
TITLING = "titling and tagging the memo…"
PREPARING = "preparing the trained memo model for this machine (once, about 10 s)…"
log = logging.getLogger(__name__)

__all__ = ["Extraction", "Library", "Memo", "MemoSpecialist",
           "NoSpeech", "extract"]


class NoSpeech(UserError):
    """The recording has no speech in it."""


def memo_folder() -> Path:
    return data_dir() / "memos"


class MemoSpecialist:
    """``add(audio)`` jobs: transcribe (segments as progress), extract, store."""

    def __init__(self, service: InferenceService, folder: Path | None = None,
                 speech_model: str = DEFAULTS.speech, device: str = "cpu",
                 llm_model: str = DEFAULTS.bash_llm) -> None:
        self.service = service
        self.folder = folder or memo_folder()
        self.speech_model = speech_model
        self.llm_model = llm_model
        self.device = device
        self._library: Library | None = None

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = Library(self.folder)
        return self._library

    @property
    def recordings(self) -> Path:
        return self.folder / "recordings"

    def add(self, audio: str | Path, slots: Slots | None = None) -> Job:
        """``progress(fraction, segment text)`` while transcribing; ``finished(Memo)``.

        Nothing is stored until the transcript is complete, so a cancelled job leaves no
        entry; silence fails with "no speech detected" and the audio file stays where it is.
        """
        audio = str(audio)

        def body(ctx: JobContext) -> Memo:
            runtime = ctx.load(self.speech_model, self.device)
            samples = load_audio(audio, ctx.check)
            segments, info = runtime.transcribe(samples, word_timestamps=True)
            kept = []
            for seg in segments:
                kept.append(seg)
                ctx.progress(min(seg.end / max(info.duration, 1e-6), 1.0), seg.text)
                ctx.check()
            ctx.check()  # a cancel that came with the last segment still stores nothing
            text = " ".join(s.text for s in kept).strip()
            if not text:
                raise NoSpeech(f"{audio}: no speech detected")
            parts = [{"start": s.start, "end": s.end, "text": s.text,
                      "words": [[w.start, w.end, w.text] for w in s.words]} for s in kept]
            ctx.status(self._extraction_step())
            extraction = self._extraction(ctx, text)
            return self.library.add(audio, text, info.duration, extraction.to_dict(), parts)

        return self.service.submit("speech", f"memo from {Path(audio).name}", body, slots)

    def extract(self, text: str, slots: Slots | None = None) -> Job:
        """``finished(Extraction)``: the active memo adapter's answer guarded by the rules
        (``model_extract``), or the rules alone when no memo adapter is in use."""

        def body(ctx: JobContext) -> Extraction:
            lora = adapter_for(self.service.store.root, "memo", self.llm_model)
            if not lora:
                rules = extract(text)
                rules.method = NO_ADAPTER
                return rules
            runtime = ctx.load(self.llm_model, self.device, lora_path=lora,
                               merge_adapter=True)
            task = TASKS["memo"]
            params = GenerationParams(max_tokens=task.max_new_tokens, temperature=0.0, seed=0)
            pieces = []
            for piece in runtime.generate(task.messages(text[:MAX_TRANSCRIPT]), params):
                pieces.append(piece)
                ctx.check()
            return combine("".join(pieces), text)

        return self.service.submit("llm", "memo title and intent", body, slots)

    def _extraction_step(self) -> str:
        """What the memo waits for once transcribed: the first use of a memo adapter merges
        it into its base (seconds, once), said so."""
        lora = adapter_for(self.service.store.root, "memo", self.llm_model)
        return PREPARING if lora and merge_pending(self.service.store, self.llm_model, lora) \
            else TITLING

    def _extraction(self, ctx: JobContext, text: str) -> Extraction:
        """The extraction on the LLM worker; the rules alone if that cannot run (the model
        not installed, the worker busy): a memo is never lost for want of a title."""
        try:
            return ctx.wait_for(self.extract(text), EXTRACT_TIMEOUT_S)
        except JobCancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure falls back to the rules
            log.warning("memo model unavailable, rules used: %s", exc)
            rules = extract(text)
            rules.method = f"the rules: the memo model could not run ({str(exc)[:120]})"
            return rules
