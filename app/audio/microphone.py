"""Microphone input for push-to-talk: 16 kHz mono float32 from sounddevice, with a level.

The input stream is made by a factory (``sounddevice.InputStream`` by default) so a machine
without a microphone, and the tests, can plug in a stream that plays a WAV file instead.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import numpy as np

SAMPLE_RATE = 16_000
StreamFactory = Callable[..., Any]


def default_stream_factory(**kwargs: Any):
    import sounddevice

    return sounddevice.InputStream(**kwargs)


def input_devices() -> list[str]:
    """Names of the input devices sounddevice sees (empty when none, never raises)."""
    try:
        import sounddevice

        return [d["name"] for d in sounddevice.query_devices() if d["max_input_channels"] > 0]
    except Exception:  # noqa: BLE001 - PortAudio missing or no devices: no microphone
        return []


def open_input(factory: StreamFactory, callback, device) -> Any:
    """Open and start a 16 kHz mono float32 input; OSError when there is no microphone."""
    try:
        stream = factory(samplerate=SAMPLE_RATE, channels=1, dtype="float32",
                         callback=callback, device=device)
        stream.start()
    except Exception as exc:  # noqa: BLE001 - PortAudio raises its own error types
        raise OSError(f"no microphone could be opened ({exc})") from None
    return stream


class Recorder:
    """Collects audio between :meth:`start` and :meth:`stop`; ``level`` is the last RMS."""

    def __init__(self, stream_factory: StreamFactory | None = None,
                 device: str | int | None = None) -> None:
        self.stream_factory = stream_factory or default_stream_factory
        self.device = device
        self._chunks: list[np.ndarray] = []
        self._lock = threading.Lock()
        self._stream = None
        self.level = 0.0
        self.started_at = 0.0

    def _callback(self, indata, _frames, _time, _status) -> None:
        mono = np.asarray(indata, dtype=np.float32).reshape(-1)
        with self._lock:
            self._chunks.append(mono.copy())
        self.level = float(np.sqrt(np.mean(mono * mono))) if mono.size else 0.0

    def start(self) -> None:
        """Open the input and start collecting; raises OSError when there is no input."""
        self._chunks = []
        self.level = 0.0
        self._stream = None
        self._stream = open_input(self.stream_factory, self._callback, self.device)
        self.started_at = time.monotonic()

    @property
    def recording(self) -> bool:
        return self._stream is not None

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started_at if self.recording else 0.0

    def stop(self) -> np.ndarray:
        """Stop and return everything heard, as 16 kHz mono float32."""
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None
        with self._lock:
            audio = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.float32)
            self._chunks = []
        self.level = 0.0
        return audio
