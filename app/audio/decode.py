"""Any audio file a user picks, as 16 kHz mono float32 for the speech models.

WAV, FLAC, OGG, Opus and MP3 are read by libsndfile (``runtimes.audio_file``). The rest (M4A and
AAC from phones, MP4/WebM soundtracks) go through Qt Multimedia's FFmpeg decoder, which the app
ships anyway for playback; so the installer needs no PyAV (about 76 MB). Qt's decoder is run in
its native output format (asking it to resample stalls on some MP3s) and watched: a file that
stops producing audio for ``STALL_S`` seconds is reported, never waited on forever. Its stream
formats and length are held to the bounds of ``runtimes.audio_file``, and while it runs the
``qt.multimedia`` log categories and FFmpeg's own log are silenced (a bad file would otherwise
print thousands of lines); ``QT_FFMPEG_DEBUG`` set keeps FFmpeg's log for debugging.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from runtimes.audio_file import (
    SAMPLE_RATE,
    Downmixer,
    Output,
    UnsupportedAudio,
    block_frames,
    check_format,
    check_source,
    read_audio,
)
from runtimes.base import InputError

STALL_S = 15.0
TICK_MS = 200
"""How often a cancel is looked for while Qt's decoder gives no audio."""
AV_LOG_QUIET = -8
_core_app = None  # the QCoreApplication made for the command line, kept alive


def load_audio(path: str | Path, check: Callable[[], None] | None = None) -> np.ndarray:
    """Mono float32 at 16 kHz; :class:`InputError` with the file's name when it can't be read."""
    try:
        return read_audio(path, SAMPLE_RATE, check)
    except UnsupportedAudio:
        return decode_with_qt(Path(path), check)


def _avutil() -> ctypes.CDLL | None:
    """The libavutil Qt's FFmpeg plugin loaded (never a second copy); ``None`` if not found."""
    import PySide6

    root = Path(PySide6.__file__).parent
    for pattern in ("Qt/lib/libavutil.so.*", "Qt/lib/libavutil.*.dylib", "avutil-*.dll"):
        for lib in sorted(root.glob(pattern)):
            try:
                if os.name == "nt":
                    return ctypes.WinDLL(str(lib))
                return ctypes.CDLL(str(lib), mode=os.RTLD_NOLOAD | os.RTLD_NOW)
            except (OSError, AttributeError):
                continue
    return None


@contextmanager
def quiet_multimedia() -> Iterator[None]:
    """The ``qt.multimedia`` log categories off for the duration (``QT_LOGGING_RULES`` still
    overrides); set before Qt loads its FFmpeg plugin, which logs as it loads."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("qt.multimedia.*=false")
    try:
        yield
    finally:
        QLoggingCategory.setFilterRules("")


@contextmanager
def quiet_ffmpeg() -> Iterator[None]:
    """FFmpeg's own log off for the duration, once Qt has loaded FFmpeg; left alone when
    ``QT_FFMPEG_DEBUG`` is set."""
    avutil = None if os.environ.get("QT_FFMPEG_DEBUG") else _avutil()
    if avutil is None:
        yield
        return
    level = avutil.av_log_get_level()
    avutil.av_log_set_level(AV_LOG_QUIET)
    try:
        yield
    finally:
        avutil.av_log_set_level(level)


def _sample_kind(sample_format) -> tuple | None:
    """``(dtype, scale, offset)`` that turn one of Qt's sample formats into float."""
    from PySide6.QtMultimedia import QAudioFormat

    return {QAudioFormat.SampleFormat.Float: (np.float32, 1.0, 0.0),
            QAudioFormat.SampleFormat.Int16: (np.int16, 1 / 32768, 0.0),
            QAudioFormat.SampleFormat.Int32: (np.int32, 1 / 2147483648, 0.0),
            QAudioFormat.SampleFormat.UInt8: (np.uint8, 1 / 128, -1.0)}.get(sample_format)


def _to_float(data: bytes, kind: tuple, channels: int) -> np.ndarray:
    """Interleaved samples of ``kind`` as a float32 ``(frames, channels)`` array."""
    dtype, scale, offset = kind
    whole = len(data) // np.dtype(dtype).itemsize // channels * channels  # frames, not a part
    samples = np.frombuffer(data, dtype, count=whole).astype(np.float32) * scale + offset
    return samples.reshape(-1, channels)


class _Run:
    """Qt's buffers of one format ``(rate, sample format, channels)``, checked against the
    bounds, downmixed and resampled into ``out`` a block (at most a second, 4 MB) at a time."""

    def __init__(self, key: tuple, out: Output) -> None:
        rate, sample_format, channels = key
        check_format(out.name, rate, channels)
        self.kind = _sample_kind(sample_format)
        if self.kind is None:
            raise InputError(f"{out.name}: not audio this app can read (FFmpeg gave samples "
                             f"in a format it does not know: {sample_format})")
        self.key, self.channels = key, channels
        self.block_bytes = block_frames(rate, channels) * channels * 4
        self.mixer = Downmixer(rate, out)
        self.pending: list[bytes] = []
        self.size = 0

    def add(self, data: bytes) -> None:
        self.pending.append(data)
        self.size += len(data)
        if self.size >= self.block_bytes:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.mixer.push(_to_float(b"".join(self.pending), self.kind, self.channels))
            self.pending, self.size = [], 0

    def finish(self) -> None:
        self._flush()
        self.mixer.finish()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def decode_with_qt(path: Path, check: Callable[[], None] | None = None) -> np.ndarray:
    """Decode with QAudioDecoder in its native format, then downmix and resample;
    :class:`InputError` when FFmpeg can't open the file, finds no audio, stalls, or gives a
    stream out of bounds. What ``check`` raises (a cancel) stops the decoder and is raised
    from here; it is called for every buffer and every ``TICK_MS`` between them."""
    import shiboken6

    check_source(path)
    with quiet_multimedia():
        decoder = _make_decoder()
        try:
            if not decoder.isSupported():
                raise InputError(f"{path.name}: this format needs Qt Multimedia's FFmpeg "
                                 f"backend, which did not load here; WAV, FLAC, OGG, Opus and "
                                 f"MP3 still work")
            with quiet_ffmpeg():
                return _decode(decoder, path, check)
        finally:
            shiboken6.delete(decoder)


def _make_decoder():
    """A QAudioDecoder (making the command line's QCoreApplication when there is none)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtMultimedia import QAudioDecoder

    global _core_app
    if QCoreApplication.instance() is None:  # the command line: a Qt core app, no display
        _core_app = QCoreApplication([])
    return QAudioDecoder()


def _decode(decoder, path: Path, check: Callable[[], None] | None) -> np.ndarray:
    """Run ``decoder`` on ``path`` in a local event loop; see :func:`decode_with_qt`."""
    import shiboken6
    from PySide6.QtCore import QEventLoop, QTimer, QUrl

    loop = QEventLoop()
    watchdog = QTimer(singleShot=True, interval=int(STALL_S * 1000))
    ticker = QTimer(interval=TICK_MS)
    runs: list[_Run] = []  # one per output format; a stream rarely changes format
    out: list[Output] = []  # made at the first buffer, when the duration is known
    state: dict = {"ended": False, "error": "", "raised": None}

    def drain() -> None:
        while decoder.bufferAvailable():
            buffer = decoder.read()
            fmt = buffer.format()
            if not buffer.byteCount():
                continue
            key = (fmt.sampleRate(), fmt.sampleFormat(), fmt.channelCount())
            if not runs or runs[-1].key != key:
                if not out:
                    out.append(Output(path.name, decoder.duration() * SAMPLE_RATE // 1000))
                runs.append(_Run(key, out[0]))
            runs[-1].add(bytes(buffer.constData()))

    def guarded(step: Callable[[], None]) -> None:
        """Run ``step``; what it raises (a cancel, a bound) ends the loop and is kept."""
        if state["ended"]:
            return
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - handed back to the caller below
            state["raised"] = exc
            end("stopped")

    def on_buffer() -> None:
        drain()
        watchdog.start()
        if check is not None:
            check()

    def end(error: str = "") -> None:
        state["ended"], state["error"] = True, error
        loop.quit()

    decoder.bufferReady.connect(lambda: guarded(on_buffer))
    decoder.finished.connect(end)
    decoder.error.connect(lambda _code: end(decoder.errorString() or "decoder error"))
    watchdog.timeout.connect(lambda: end(f"no audio for {STALL_S:.0f} s"))
    ticker.timeout.connect(lambda: guarded(check or (lambda: None)))
    decoder.setSource(QUrl.fromLocalFile(str(path.resolve())))
    try:
        decoder.start()  # an unreadable file fails right here, before the loop runs
        watchdog.start()
        ticker.start()
        if not state["ended"]:
            loop.exec()
        watchdog.stop()
        ticker.stop()
        decoder.stop()
        if state["raised"] is None:
            drain()
    finally:  # the slots hold the objects in a cycle: free them here, on this thread
        for signal in (decoder.bufferReady, decoder.finished, decoder.error, watchdog.timeout,
                       ticker.timeout):
            signal.disconnect()
        for obj in (ticker, watchdog, loop):
            shiboken6.delete(obj)
    if state["raised"] is not None:
        raise state["raised"]
    if state["error"] or not runs:
        reason = _one_line(state["error"] or "no audio stream")
        raise InputError(f"{path.name}: not audio this app can read (FFmpeg: {reason})")
    for run in runs:
        run.finish()
    return out[0].result()
