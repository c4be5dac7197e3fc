"""Any audio file a user picks, as 16 kHz mono float32 for the speech models.

WAV, FLAC, OGG, Opus and MP3 are read by libsndfile (``runtimes.audio_file``). The rest (M4A and
AAC from phones, MP4/WebM soundtracks) go through Qt Multimedia's FFmpeg decoder, which the app
ships anyway for playback; so the installer needs no PyAV (about 76 MB). Qt's decoder is run in
its native output format (asking it to resample stalls on some MP3s) and watched: a file that
stops producing audio for ``STALL_S`` seconds is reported, never waited on forever.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from runtimes.audio_file import SAMPLE_RATE, Downmixer, UnsupportedAudio, read_audio
from runtimes.base import InputError

STALL_S = 15.0
_core_app = None  # the QCoreApplication made for the command line, kept alive


def load_audio(path: str | Path, check: Callable[[], None] | None = None) -> np.ndarray:
    """Mono float32 at 16 kHz; :class:`InputError` with the file's name when it can't be read."""
    try:
        return read_audio(path, SAMPLE_RATE, check)
    except UnsupportedAudio:
        return decode_with_qt(Path(path), check)


def _to_float(data: bytes, sample_format, channels: int) -> np.ndarray:
    """Interleaved samples in one of Qt's formats as a float32 ``(frames, channels)`` array."""
    from PySide6.QtMultimedia import QAudioFormat

    kinds = {QAudioFormat.SampleFormat.Float: (np.float32, 1.0, 0.0),
             QAudioFormat.SampleFormat.Int16: (np.int16, 1 / 32768, 0.0),
             QAudioFormat.SampleFormat.Int32: (np.int32, 1 / 2147483648, 0.0),
             QAudioFormat.SampleFormat.UInt8: (np.uint8, 1 / 128, -1.0)}
    dtype, scale, offset = kinds[sample_format]
    samples = np.frombuffer(data, dtype).astype(np.float32) * scale + offset
    return samples.reshape(-1, max(channels, 1))


class _Run:
    """Qt's buffers of one format, downmixed and resampled about a second at a time."""

    def __init__(self, key: tuple) -> None:
        self.key = key
        self.mixer = Downmixer(key[0])
        self.pending: list[bytes] = []
        self.size = 0

    def add(self, data: bytes) -> None:
        self.pending.append(data)
        self.size += len(data)
        if self.size >= self.key[0] * self.key[2] * 4:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.mixer.push(_to_float(b"".join(self.pending), self.key[1], self.key[2]))
            self.pending, self.size = [], 0

    def finish(self) -> np.ndarray:
        self._flush()
        return self.mixer.finish()


def decode_with_qt(path: Path, check: Callable[[], None] | None = None) -> np.ndarray:
    """Decode with QAudioDecoder in its native format, then downmix and resample;
    :class:`InputError` when FFmpeg can't open the file, finds no audio, or stalls. What
    ``check`` raises (a cancel) stops the decoder and is raised from here."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioDecoder

    global _core_app
    if QCoreApplication.instance() is None:  # the command line: a Qt core app, no display
        _core_app = QCoreApplication([])
    decoder = QAudioDecoder()
    if not decoder.isSupported():
        raise InputError(f"{path.name}: this format needs Qt Multimedia's FFmpeg backend, which "
                         f"did not load here; WAV, FLAC, OGG, Opus and MP3 still work")
    loop = QEventLoop()
    watchdog = QTimer(singleShot=True, interval=int(STALL_S * 1000))
    runs: list[_Run] = []  # one per output format; a stream rarely changes format
    state: dict = {"ended": False, "error": "", "raised": None}

    def take() -> None:
        while decoder.bufferAvailable():
            buffer = decoder.read()
            fmt = buffer.format()
            if buffer.byteCount() and fmt.sampleRate() > 0:
                key = (fmt.sampleRate(), fmt.sampleFormat(), fmt.channelCount())
                if not runs or runs[-1].key != key:
                    runs.append(_Run(key))
                runs[-1].add(bytes(buffer.constData()))
        watchdog.start()
        if check is not None and not state["ended"]:
            try:
                check()
            except Exception as exc:  # noqa: BLE001 - handed back to the caller below
                state["raised"] = exc
                end("stopped")

    def end(error: str = "") -> None:
        state["ended"], state["error"] = True, error
        loop.quit()

    decoder.bufferReady.connect(take)
    decoder.finished.connect(end)
    decoder.error.connect(lambda _code: end(decoder.errorString() or "decoder error"))
    watchdog.timeout.connect(lambda: end(f"no audio for {STALL_S:.0f} s"))
    decoder.setSource(QUrl.fromLocalFile(str(path.resolve())))
    try:
        decoder.start()  # an unreadable file fails right here, before the loop runs
        watchdog.start()
        if not state["ended"]:
            loop.exec()
        watchdog.stop()
        decoder.stop()
        take()
    finally:  # the slots hold the objects in a cycle: free them here, on this thread
        for signal in (decoder.bufferReady, decoder.finished, decoder.error, watchdog.timeout):
            signal.disconnect()
        for obj in (watchdog, decoder, loop):
            shiboken6.delete(obj)
    if state["raised"] is not None:
        raise state["raised"]
    if state["error"] or not runs:
        reason = state["error"] or "no audio stream"
        raise InputError(f"{path.name}: not audio this app can read (FFmpeg: {reason})")
    return np.concatenate([run.finish() for run in runs])
