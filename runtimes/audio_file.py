"""Audio files to 16 kHz mono float32, the input of the speech models.

libsndfile (through soundfile) reads WAV, FLAC, OGG/Vorbis, Opus and MP3 block by block; soxr
resamples as the blocks arrive; channels are averaged. Formats libsndfile does not read (M4A,
AAC, video containers) raise :class:`UnsupportedAudio`, which the app answers with Qt's decoder.

Files come from users, so nothing is trusted: the path must be a regular, non-empty file (never
a pipe or device, which could block or never end), and the sample rate, channel count and
duration must be within the bounds below before a sample is decoded. The output is one
preallocated array, sized from a frame count that was checked, that never grows past
``MAX_SECONDS`` (64 KB per second of audio: 3 h is 691 MB), whatever a header says.
"""

from __future__ import annotations

import math
import os
import stat
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from runtimes.base import InputError

SAMPLE_RATE = 16000
MIN_RATE, MAX_RATE = 4_000, 384_000
"""Below 4 kHz (2 kHz of bandwidth, half a phone line's) speech is lost to the models, and a
1 Hz header asks for 16 000x upsampling; 384 kHz is the highest rate studio recorders write."""
MAX_CHANNELS = 24
"""As many as the largest film mix (22.2); Qt 6.11's FFmpeg decoder crashes the process on
32 or 64 channels, so a WAV that says so never reaches it."""
MAX_SECONDS = 3 * 3600
"""Long lectures and meetings work; 3 h is 691 MB of 16 kHz float32, under the 1 GB that no
single input may take."""
BLOCK_SAMPLES = 1 << 20
"""Samples (frames x channels) decoded per block: 4 MB of float32, at most 1 s of audio, so a
cancel takes effect within milliseconds."""
UNKNOWN_FRAMES = 2**63 - 1
"""libsndfile's frame count for a stream that does not say its length (a FLAC stream)."""
WAV_CHUNKS = 64
"""Chunks of a WAV header walked looking for ``fmt `` before giving up."""


class UnsupportedAudio(InputError):
    """libsndfile does not know this file's format (it may still be audio)."""


def duration_text(seconds: float) -> str:
    """``2 h 05 min`` or ``7.5 s``: a duration for a message."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes = int(seconds // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def check_format(name: str, rate: int, channels: int, seconds: float = 0.0) -> None:
    """:class:`InputError` when a stream's rate, channels or duration is out of bounds."""
    if not MIN_RATE <= rate <= MAX_RATE:
        raise InputError(f"{name}: unsupported sample rate {rate} Hz "
                         f"(the app reads {MIN_RATE}–{MAX_RATE} Hz)")
    if not 1 <= channels <= MAX_CHANNELS:
        raise InputError(f"{name}: {channels} audio channels (the app reads 1 to {MAX_CHANNELS})")
    if seconds > MAX_SECONDS:
        raise InputError(f"{name}: {duration_text(seconds)} long; the app reads recordings up to "
                         f"{duration_text(MAX_SECONDS)} (split it into parts)")


def check_file(path: Path) -> None:
    """:class:`InputError` unless ``path`` is a regular, non-empty file."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: can't be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a folder, not an audio file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: not a regular file (a device or pipe); pick an audio file")
    if info.st_size == 0:
        raise InputError(f"{path.name}: not audio this app can read (the file is empty)")


def wav_format(path: Path) -> tuple[int, int] | None:
    """``(rate, channels)`` from a RIFF/RF64 WAVE header's ``fmt `` chunk; ``None`` when the
    file is not WAV or has no readable ``fmt `` (libsndfile then says what is wrong)."""
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] not in (b"RIFF", b"RIFX", b"RF64") or head[8:] != b"WAVE":
            return None
        order = ">" if head[:4] == b"RIFX" else "<"
        for _ in range(WAV_CHUNKS):
            chunk = f.read(8)
            if len(chunk) < 8:
                return None
            size = struct.unpack(order + "I", chunk[4:])[0]
            if chunk[:4] == b"fmt ":
                fmt = f.read(8)
                if len(fmt) < 8:
                    return None
                _tag, channels, rate = struct.unpack(order + "HHI", fmt)
                return rate, channels
            f.seek(size + (size & 1), os.SEEK_CUR)
    return None


def check_source(path: Path) -> None:
    """:class:`InputError` unless ``path`` is a regular, non-empty file whose WAV header (when
    it has one) is within bounds: what to run before any decoder opens the file."""
    check_file(path)
    declared = wav_format(path)
    if declared:
        check_format(path.name, *declared)


class Output:
    """Mono samples in one array sized from a checked length (grown by half when that was
    short), never longer than ``MAX_SECONDS`` at ``rate``."""

    def __init__(self, name: str, expected: int = 0, rate: int = SAMPLE_RATE) -> None:
        self.name, self.rate = name, rate
        self.limit = MAX_SECONDS * rate
        self.buf = np.empty(min(max(expected, 0), self.limit), np.float32)
        self.n = 0

    def add(self, samples: np.ndarray) -> None:
        end = self.n + len(samples)
        if end > len(self.buf):
            self._grow(end)
        self.buf[self.n:end] = samples
        self.n = end

    def _grow(self, end: int) -> None:
        if end > self.limit:
            raise InputError(f"{self.name}: longer than {duration_text(MAX_SECONDS)}, the longest "
                             f"recording the app reads (split it into parts)")
        bigger = np.empty(min(self.limit, max(end, len(self.buf) * 3 // 2 + self.rate)),
                          np.float32)
        bigger[:self.n] = self.buf[:self.n]
        self.buf = bigger

    def result(self) -> np.ndarray:
        """The samples; a view when most of the buffer was used (its untouched tail costs no
        memory), else a copy."""
        kept = self.buf[:self.n]
        return kept if 2 * self.n >= len(self.buf) else kept.copy()


class Downmixer:
    """Push blocks of ``(frames, channels)`` float32 samples at ``rate``; they land in ``out``
    as mono at ``out.rate``, resampled as they arrive."""

    def __init__(self, rate: int, out: Output) -> None:
        import soxr

        self.out = out
        self.stream = soxr.ResampleStream(rate, out.rate, 1, dtype="float32") \
            if rate != out.rate else None

    def push(self, block: np.ndarray) -> None:
        """Add ``block``; float samples that are not finite (a damaged float WAV) become 0
        and the rest are clipped to full scale."""
        weights = np.full(block.shape[1], 1 / block.shape[1], np.float32)
        mono = np.ascontiguousarray(block @ weights)  # 7x faster than block.mean(axis=1)
        np.clip(np.nan_to_num(mono, copy=False, nan=0.0, posinf=0.0, neginf=0.0), -1, 1,
                out=mono)
        self.out.add(self.stream.resample_chunk(mono) if self.stream else mono)

    def finish(self) -> None:
        if self.stream:
            self.out.add(self.stream.resample_chunk(np.zeros(0, np.float32), last=True))


def block_frames(rate: int, channels: int) -> int:
    """Frames per block: at most 1 s and ``BLOCK_SAMPLES`` samples."""
    return max(1, min(rate, BLOCK_SAMPLES // channels))


def read_audio(path: str | Path, target: int = SAMPLE_RATE,
               check: Callable[[], None] | None = None) -> np.ndarray:
    """The whole file as mono float32 at ``target`` Hz; ``check`` is called between blocks of
    at most a second (raise from it to stop). :class:`InputError` for anything out of bounds."""
    import soundfile

    path = Path(path)
    check_source(path)
    try:
        f = soundfile.SoundFile(str(path))
    except (RuntimeError, TypeError) as exc:  # LibsndfileError is a RuntimeError
        raise UnsupportedAudio(f"{path.name}: {exc}") from None
    with f:
        frames = f.frames if f.frames < UNKNOWN_FRAMES else 0
        check_format(path.name, f.samplerate, f.channels, frames / max(f.samplerate, 1))
        out = Output(path.name, math.ceil(frames * target / f.samplerate), target)
        mixer = Downmixer(f.samplerate, out)
        for block in _blocks(f, path.name):
            mixer.push(block)
            if check:
                check()
        mixer.finish()
    return out.result()


def _blocks(f, name: str) -> Iterator[np.ndarray]:
    """``f``'s audio as float32 ``(frames, channels)`` blocks of at most a second, each a view
    of one reused buffer. Read with libsndfile directly: soundfile seeks after every read to
    track its position, and the seek restarts MP3 decoding (a glitch at every block).
    :class:`InputError` for data that is damaged part-way through."""
    size = block_frames(f.samplerate, f.channels)
    try:
        from soundfile import _ffi, _snd
    except ImportError:  # soundfile's internals moved: its own reads, glitches and all
        while len(block := f.read(size, dtype="float32", always_2d=True)):
            yield block
        return
    buf = np.empty((size, f.channels), np.float32)
    pointer = _ffi.cast("float *", buf.ctypes.data)
    while True:
        n = _snd.sf_readf_float(f._file, pointer, len(buf))
        code = _snd.sf_error(f._file)
        if code:
            reason = _ffi.string(_snd.sf_error_number(code)).decode(errors="replace")
            raise InputError(f"{name}: the audio data is damaged ({reason})")
        if n <= 0:
            return
        yield buf[:n]
