"""faster-whisper (CTranslate2) speech recognition: int8 on the CPU, VAD, word timings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from runtimes.audio_file import read_audio
from runtimes.base import (
    DeviceReport,
    InputError,
    Runtime,
    RuntimeLoadError,
    Segment,
    TranscriptionInfo,
    Word,
    default_threads,
)


def _cuda_devices() -> int:
    try:
        import ctranslate2

        return ctranslate2.get_cuda_device_count()
    except Exception:  # noqa: BLE001
        return 0


class WhisperRuntime(Runtime):
    """A CTranslate2 Whisper folder loaded with faster-whisper."""

    family = "speech"

    def __init__(self, path: str | Path, model_id: str = "", device: str = "cpu",
                 n_threads: int | None = None) -> None:
        from faster_whisper import WhisperModel

        self.path = Path(path)
        self.model_id = model_id or self.path.name
        self.threads = n_threads or default_threads()
        actual, compute, reason = "cpu", "int8", None
        if device == "gpu":
            if _cuda_devices() > 0:
                actual, compute = "cuda", "int8_float16"
            else:
                reason = "no CUDA GPU is visible to CTranslate2"
        elif device == "npu":
            reason = "faster-whisper (CTranslate2) has no NPU backend"
        try:
            self.model = WhisperModel(str(path), device=actual, compute_type=compute,
                                      cpu_threads=self.threads)
        except Exception as exc:  # noqa: BLE001 - CTranslate2 raises RuntimeError/ValueError
            raise RuntimeLoadError(f"{path}: faster-whisper could not load it ({exc})") from None
        self.english_only = self._english_only()
        self.report = DeviceReport(
            device, "gpu" if actual == "cuda" else "cpu",
            f"CTranslate2 {compute}", reason, f"{self.threads} threads")

    def _english_only(self) -> bool:
        try:
            config = json.loads((self.path / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return len(config.get("lang_ids", [])) <= 1 or self.path.name.endswith(".en")

    def transcribe(self, audio: str | np.ndarray, **options: Any
                   ) -> tuple[Iterator[Segment], TranscriptionInfo]:
        """Transcribe with VAD and word timings; ``options`` go to faster-whisper. A path is
        read with libsndfile (``audio_file``), not faster-whisper's PyAV."""
        opts: dict[str, Any] = {"vad_filter": True, "word_timestamps": True, "beam_size": 5}
        if self.model.model.is_multilingual is False or self.english_only:
            opts["language"] = "en"
        opts.update(options)
        if not isinstance(audio, np.ndarray):
            audio = read_audio(audio)
        try:
            raw, info = self.model.transcribe(audio, **opts)
        except (OSError, ValueError) as exc:
            raise InputError(f"the recording: not audio this app can read "
                             f"({exc.__class__.__name__}: {str(exc).split(':')[0]})") from None
        meta = TranscriptionInfo(info.duration, info.language,
                                 getattr(info, "duration_after_vad", None))
        return (self._segments(raw), meta)

    @staticmethod
    def _segments(raw: Iterator[Any]) -> Iterator[Segment]:
        for s in raw:
            words = tuple(Word(w.start, w.end, w.word, w.probability) for w in (s.words or ()))
            yield Segment(s.start, s.end, s.text.strip(), words)

    def memory_bytes(self) -> int:
        return int(sum(p.stat().st_size for p in self.path.glob("*") if p.is_file()) * 1.5)

    def close(self) -> None:
        self.model = None
