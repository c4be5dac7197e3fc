"""Decoding audio files for the speech models: the app's decoder against faster-whisper's own
(PyAV), side by side in one run.

    .venv/bin/python tests/bench/bench_decode.py [--minutes 10] [--runs 3]

Writes ``--minutes`` of 44.1 kHz stereo speech-like audio as WAV, FLAC, MP3 and M4A, then times
``app.audio.decode.load_audio`` (libsndfile + soxr; Qt's FFmpeg for M4A) and
``faster_whisper.decode_audio`` alternately, and prints medians, their ratio, and how closely
the two outputs agree.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.audio.decode import load_audio
from tests.test_audio_decode import write_m4a


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import soundfile
    from faster_whisper import decode_audio
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication([])  # noqa: F841 - Qt's decoder needs one
    rate = 44_100
    n = int(args.minutes * 60 * rate)
    rng = np.random.default_rng(0)
    t = np.arange(n) / rate
    voice = 0.2 * np.sin(2 * np.pi * (180 + 40 * np.sin(t)) * t) * (np.sin(t * 3) > 0)
    mono = (voice + 0.01 * rng.standard_normal(n)).astype(np.float32)
    folder = Path(tempfile.mkdtemp(prefix="bench-decode-"))
    files = {}
    for ext in ("wav", "flac", "mp3"):
        files[ext] = folder / f"memo.{ext}"
        soundfile.write(str(files[ext]), np.stack([mono, mono * 0.9], 1), rate)
    files["m4a"] = write_m4a(folder / "memo.m4a", mono, rate)
    print(f"{args.minutes:g} min of 44.1 kHz audio, {args.runs} alternating runs after a warm-up")
    for ext, path in files.items():
        ours_t, bare_t = [], []
        ours, bare = load_audio(path), decode_audio(str(path))
        for _ in range(args.runs):
            start = time.perf_counter()
            ours = load_audio(path)
            ours_t.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare = decode_audio(str(path))
            bare_t.append(time.perf_counter() - start)
        k = min(len(ours), len(bare))
        corr = float(np.corrcoef(ours[:k], bare[:k])[0, 1])
        o, b = statistics.median(ours_t), statistics.median(bare_t)
        print(f"{ext:5s} ours {o:6.2f} s   faster-whisper (PyAV) {b:6.2f} s   "
              f"ours/bare {o / b:5.2f}   samples {len(ours)} vs {len(bare)}   "
              f"correlation {corr:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
