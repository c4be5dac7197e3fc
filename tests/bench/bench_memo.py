"""Transcription real-time factor through the app against bare faster-whisper, one run.

    .venv/bin/python tests/bench/bench_memo.py [--seconds 60] [--runs 3]

A memo of about ``--seconds`` of speech (piper's joe voice, pauses between sentences) is
transcribed alternately by bare ``WhisperModel.transcribe`` and by the app (service job on the
speech worker, segments as progress, extraction, the memo stored in the library), with the
same model and options. Goal: the app within 5% of bare.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np
import soundfile

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.service import InferenceService
from app.specialists.memo import MemoSpecialist
from models.store import ModelStore
from runtimes.base import default_threads
from tests.fake_audio import load_16k

SENTENCES = [
    "Remind me to email Sarah about the revised budget before Thursday.",
    "The team offsite should have a morning of planning and an afternoon hike.",
    "Look up flights to Lisbon for the first week of June.",
    "The kitchen tap is dripping again, the washer probably needs replacing.",
    "Call the dentist to move the appointment to next week.",
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from faster_whisper import WhisperModel
    from piper import PiperVoice
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    store = ModelStore()
    voice = PiperVoice.load(str(store.require("piper-joe-medium")))
    with tempfile.TemporaryDirectory() as tmp:
        parts, total = [], 0.0
        while total < args.seconds:
            for text in SENTENCES:
                wav = Path(tmp) / "s.wav"
                with wave.open(str(wav), "wb") as wf:
                    voice.synthesize_wav(text, wf)
                audio = load_16k(wav)
                parts += [audio, np.zeros(8000, np.float32)]
                total += len(audio) / 16000 + 0.5
        path = Path(tmp) / "memo.wav"
        soundfile.write(str(path), np.concatenate(parts), 16000)
        duration = soundfile.info(str(path)).duration

        options = {"vad_filter": True, "word_timestamps": True, "beam_size": 5,
                   "language": "en"}
        bare = WhisperModel(str(store.require("whisper-tiny.en")), device="cpu",
                            compute_type="int8", cpu_threads=default_threads())
        service = InferenceService(store)
        memos = MemoSpecialist(service, Path(tmp) / "memos")

        def run_bare() -> float:
            t0 = time.perf_counter()
            segments, _ = bare.transcribe(str(path), **options)
            list(segments)
            return time.perf_counter() - t0

        def run_app() -> float:
            t0 = time.perf_counter()
            job = memos.add(path)
            while not job.done:
                app.processEvents()
                time.sleep(0.005)
            app.processEvents()
            assert job.state == "done", job.error
            return time.perf_counter() - t0

        run_bare()
        run_app()  # warm-ups: model loads and caches
        bare_s, app_s = [], []
        for _ in range(args.runs):
            bare_s.append(run_bare())
            app_s.append(run_app())
        service.shutdown()
    rb, ra = statistics.median(bare_s), statistics.median(app_s)
    print(f"{duration:.1f} s of speech, whisper-tiny.en int8, {default_threads()} threads, "
          f"{args.runs} alternating runs after a warm-up")
    print(f"bare faster-whisper   {rb:6.2f} s   real-time factor {rb / duration:.3f}")
    print(f"app (job + extraction + library)   {ra:6.2f} s   real-time factor "
          f"{ra / duration:.3f}")
    print(f"app / bare: {ra / rb:.3f}   (goal <= 1.05)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
