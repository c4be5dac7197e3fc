"""Audio files to 16 kHz mono float32, the input of the speech models.

libsndfile (through soundfile) reads WAV, FLAC, OGG/Vorbis, Opus and MP3 block by block; soxr
resamples as the blocks arrive; channels are averaged. Formats libsndfile does not read (M4A,
AAC, video containers) raise :class:`UnsupportedAudio`, which the app answers with Qt's decoder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from runtimes.base import InputError

SAMPLE_RATE = 16000


class UnsupportedAudio(InputError):
    """libsndfile does not know this file's format (it may still be audio)."""


class Downmixer:
    """Push blocks of ``(frames, channels)`` float32 samples at ``rate``; ``finish()`` gives
    mono float32 at ``target``, resampled as the blocks arrive (memory: the output only)."""

    def __init__(self, rate: int, target: int = SAMPLE_RATE) -> None:
        import soxr

        self.stream = soxr.ResampleStream(rate, target, 1, dtype="float32") \
            if rate != target else None
        self.out: list[np.ndarray] = []

    def push(self, block: np.ndarray) -> None:
        weights = np.full(block.shape[1], 1 / block.shape[1], np.float32)
        mono = np.ascontiguousarray(block @ weights)  # 7x faster than block.mean(axis=1)
        self.out.append(self.stream.resample_chunk(mono) if self.stream else mono)

    def finish(self) -> np.ndarray:
        if self.stream:
            self.out.append(self.stream.resample_chunk(np.zeros(0, np.float32), last=True))
        return np.concatenate(self.out) if self.out else np.zeros(0, np.float32)


def resample_blocks(blocks: Iterable[np.ndarray], rate: int, target: int = SAMPLE_RATE,
                    check: Callable[[], None] | None = None) -> np.ndarray:
    """Mono float32 at ``target`` from blocks of ``(frames, channels)`` samples at ``rate``."""
    mixer = Downmixer(rate, target)
    for block in blocks:
        mixer.push(block)
        if check:
            check()
    return mixer.finish()


def read_audio(path: str | Path, target: int = SAMPLE_RATE,
               check: Callable[[], None] | None = None) -> np.ndarray:
    """The whole file as mono float32 at ``target`` Hz; ``check`` is called between blocks
    (raise from it to stop)."""
    import soundfile

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        f = soundfile.SoundFile(str(path))
    except (RuntimeError, TypeError) as exc:  # LibsndfileError is a RuntimeError
        raise UnsupportedAudio(f"{path.name}: {exc}") from None
    with f:
        if f.samplerate <= 0 or f.channels <= 0:
            raise InputError(f"{path.name}: the header says {f.samplerate} Hz, "
                             f"{f.channels} channels")
        blocks = f.blocks(blocksize=f.samplerate * 30, dtype="float32", always_2d=True)
        try:
            return resample_blocks(blocks, f.samplerate, target, check)
        except RuntimeError as exc:  # damaged data part-way through
            raise InputError(f"{path.name}: the audio data is damaged ({exc})") from None
