"""Recording a memo straight to disk, so a crash or power loss loses at most about a second.

The WAV file is written as audio arrives, as ``<name>.partial.wav``; twice a second its header
is brought up to date and the file is synced to disk. Stopping renames it to ``<name>.wav``. A
``.partial.wav`` found on the next start is a recording that never stopped: :func:`recover`
repairs its header from the bytes actually on disk.
"""

from __future__ import annotations

import os
import struct
import threading
import time
from pathlib import Path

import numpy as np

from app.audio.microphone import SAMPLE_RATE, StreamFactory, default_stream_factory, open_input
from app.errors import UserError

HEADER = 44
SYNC_EVERY_S = 0.5


class RecordingError(UserError):
    """Recording cannot start or could not be saved; what was recorded is kept."""


def wav_header(data_bytes: int, rate: int = SAMPLE_RATE) -> bytes:
    """A 16-bit mono PCM WAV header for ``data_bytes`` of samples."""
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVEfmt " +
            struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" +
            struct.pack("<I", data_bytes))


def _explain(path: Path, exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return f"{path}: the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{path}: this folder cannot be written to"
    return f"{path}: cannot be written ({exc.strerror or exc})"


class DiskRecorder:
    """Start, pause, resume and stop a recording that lives on disk from the first block."""

    def __init__(self, folder: str | Path, stream_factory: StreamFactory | None = None,
                 device: str | int | None = None) -> None:
        self.folder = Path(folder)
        self.stream_factory = stream_factory or default_stream_factory
        self.device = device
        self.path: Path | None = None
        self.level = 0.0
        self.paused = False
        self.error = ""
        self._file = None
        self._stream = None
        self._bytes = 0
        self._lock = threading.Lock()
        self._last_sync = 0.0
        self._started = 0.0
        self._paused_for = 0.0
        self._paused_at = 0.0

    @property
    def recording(self) -> bool:
        return self._stream is not None

    @property
    def seconds(self) -> float:
        """Audio written so far, in seconds."""
        return self._bytes / 2 / SAMPLE_RATE

    @property
    def elapsed(self) -> float:
        if not self.recording:
            return 0.0
        paused = self._paused_for + (time.monotonic() - self._paused_at if self.paused else 0)
        return time.monotonic() - self._started - paused

    def start(self, name: str | None = None) -> Path:
        name = name or time.strftime("memo-%Y%m%d-%H%M%S")
        path = self.folder / f"{name}.partial.wav"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._file = open(path, "wb")
            self._file.write(wav_header(0))
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as exc:
            if self._file:
                try:
                    self._file.close()
                except OSError:
                    pass  # the same full disk refusing the buffered header
                self._file = None
            raise RecordingError(f"recording cannot start: {_explain(path, exc)}") from None
        self.path, self._bytes, self.error, self.paused = path, 0, "", False
        self._paused_for = 0.0
        try:
            self._stream = open_input(self.stream_factory, self._callback, self.device)
        except OSError as exc:
            self._stream = None
            self._file.close()
            path.unlink(missing_ok=True)
            raise RecordingError(str(exc)) from None
        self._started = self._last_sync = time.monotonic()
        return path

    def _callback(self, indata, _frames, _time, _status) -> None:
        mono = np.asarray(indata, dtype=np.float32).reshape(-1)
        self.level = float(np.sqrt(np.mean(mono * mono))) if mono.size else 0.0
        pcm = (np.clip(mono, -1.0, 1.0) * 32767).astype("<i2").tobytes()
        with self._lock:  # paused is read under the lock: no block lands after pause() returns
            if self.paused or self._file is None:
                return
            try:
                self._file.write(pcm)
                self._bytes += len(pcm)
                if time.monotonic() - self._last_sync >= SYNC_EVERY_S:
                    self._sync()
            except OSError as exc:
                self.error = _explain(self.path, exc)

    def _sync(self) -> None:
        """Bring the header up to date and push everything to the disk."""
        end = self._file.tell()
        self._file.seek(0)
        self._file.write(wav_header(self._bytes))
        self._file.seek(end)
        self._file.flush()
        os.fsync(self._file.fileno())
        self._last_sync = time.monotonic()

    def pause(self) -> None:
        """Stop writing; once this returns, no further block reaches the file."""
        with self._lock:
            if self.recording and not self.paused:
                self.paused, self._paused_at = True, time.monotonic()

    def resume(self) -> None:
        if self.paused:
            self._paused_for += time.monotonic() - self._paused_at
            self.paused = False

    def stop(self) -> Path:
        """Finish the file and return ``<name>.wav``."""
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None
        with self._lock:
            if self._file is not None:
                try:
                    self._sync()
                finally:
                    self._file.close()
                    self._file = None
        final = self.path.with_name(self.path.name.replace(".partial.wav", ".wav"))
        os.replace(self.path, final)
        self.path = final
        if self.error:
            raise RecordingError(f"the recording stopped being saved: {self.error}; "
                                 f"{self.seconds:.1f} s were kept in {final}")
        return final


def unfinished(folder: str | Path) -> list[Path]:
    """Recordings that never stopped (the app or the machine died while recording)."""
    folder = Path(folder)
    return sorted(folder.glob("*.partial.wav")) if folder.is_dir() else []


def recover(path: str | Path) -> Path:
    """Repair the header of an unfinished recording from the bytes on disk; returns the
    recovered ``.wav`` (whole samples only)."""
    path = Path(path)
    size = path.stat().st_size
    data = max(0, size - HEADER) // 2 * 2
    with open(path, "r+b") as f:
        f.write(wav_header(data))
        f.truncate(HEADER + data)
    final = path.with_name(path.name.replace(".partial.wav", ".recovered.wav"))
    os.replace(path, final)
    return final
