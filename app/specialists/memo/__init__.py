"""Voice memos as the app uses them: record to disk, transcribe through the speech worker,
extract title/intent/target, and keep them in the library."""

from __future__ import annotations

from pathlib import Path

from app.audio.decode import load_audio
from app.defaults import DEFAULTS
from app.errors import UserError
from app.paths import data_dir
from app.service import InferenceService, Job
from app.service.jobs import JobContext, Slots
from app.specialists.memo.extract import Extraction, extract
from app.specialists.memo.library import Library, Memo

__all__ = ["Extraction", "Library", "Memo", "MemoSpecialist",
           "NoSpeech", "extract"]


class NoSpeech(UserError):
    """The recording has no speech in it."""


def memo_folder() -> Path:
    return data_dir() / "memos"


class MemoSpecialist:
    """``add(audio)`` jobs: transcribe (segments as progress), extract, store."""

    def __init__(self, service: InferenceService, folder: Path | None = None,
                 speech_model: str = DEFAULTS.speech, device: str = "cpu") -> None:
        self.service = service
        self.folder = folder or memo_folder()
        self.speech_model = speech_model
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
            return self.library.add(audio, text, info.duration, extract(text).to_dict(), parts)

        return self.service.submit("speech", f"memo from {Path(audio).name}", body, slots)
