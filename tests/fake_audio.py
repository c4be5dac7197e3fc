"""A stand-in for ``sounddevice.InputStream`` that plays a WAV file into the callback, in
100 ms blocks at about real time: this machine has no microphone."""

from __future__ import annotations

import threading
import time

import numpy as np
import soundfile


def load_16k(path) -> np.ndarray:
    audio, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
    mono = audio.mean(axis=1)
    if rate != 16_000:
        n = int(len(mono) * 16_000 / rate)
        mono = np.interp(np.linspace(0, len(mono) - 1, n), np.arange(len(mono)), mono)
    return mono.astype(np.float32)


class WavInputStream:
    """Same constructor and start/stop/close as sounddevice's InputStream."""

    def __init__(self, wav, speed: float = 4.0, **kwargs) -> None:
        self.audio = load_16k(wav)
        self.callback = kwargs["callback"]
        self.block = 1600
        self.speed = speed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._play, daemon=True)
        self.done = threading.Event()

    def _play(self) -> None:
        for i in range(0, len(self.audio), self.block):
            if self._stop.is_set():
                break
            chunk = self.audio[i:i + self.block].reshape(-1, 1)
            self.callback(chunk, len(chunk), None, None)
            time.sleep(self.block / 16_000 / self.speed)
        self.done.set()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def close(self) -> None:
        pass
