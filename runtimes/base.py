"""The one small protocol every runtime speaks, and what it reports about the device it got.

A runtime is loaded with a model and a requested device (``cpu``, ``gpu``, ``npu``). It never
falls back silently: :class:`DeviceReport` says what actually ran and, when that differs from
what was asked, why, in words a user understands.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

DEVICES = ("cpu", "gpu", "npu")


@dataclass(frozen=True)
class DeviceReport:
    """What a load asked for and what it got."""

    requested: str
    actual: str
    provider: str
    fallback_reason: str | None = None
    detail: str = ""
    nodes: dict[str, int] = field(default_factory=dict, compare=False)
    """Graph nodes per execution provider (ONNX Runtime), when known."""

    @property
    def fell_back(self) -> bool:
        return self.fallback_reason is not None

    def share_on(self, provider: str) -> float:
        """The share of the graph's nodes that ``provider`` runs (0 when not known)."""
        return self.nodes.get(provider, 0) / max(sum(self.nodes.values()), 1)

    def summary(self) -> str:
        """One line for a status bar: device · provider · fallback reason."""
        text = f"{self.actual.upper()} · {self.provider}"
        if self.fallback_reason:
            text += f" · asked for {self.requested.upper()}: {self.fallback_reason}"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {"requested": self.requested, "actual": self.actual, "provider": self.provider,
                "fallback_reason": self.fallback_reason, "detail": self.detail,
                "nodes": dict(self.nodes)}


@dataclass
class GenerationParams:
    """Sampling settings for :meth:`Runtime.generate`."""

    max_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    repeat_penalty: float = 1.1
    seed: int | None = None
    stop: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 0.0


@dataclass(frozen=True)
class Segment:
    """A stretch of transcribed speech with its times in seconds."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class TranscriptionInfo:
    duration: float
    language: str
    duration_after_vad: float | None = None


class CapabilityError(RuntimeError):
    """The runtime cannot do what was asked (e.g. ``embed`` on a speech model)."""


class InputError(RuntimeError):
    """The input itself cannot be used (e.g. a file that is not audio); the message says
    which file and why."""


class RuntimeLoadError(RuntimeError):
    """A model could not be loaded at all, even on the CPU; the message says why."""


Message = dict[str, str]


class Runtime:
    """Base of every runtime: ``generate``, ``embed`` and ``transcribe``, one of them real.

    Subclasses set :attr:`report` in their constructor and override the capability they have.
    """

    family: str = "base"
    report: DeviceReport
    model_id: str = ""

    def generate(self, messages: Sequence[Message], params: GenerationParams | None = None,
                 json_schema: dict | None = None, grammar: str | None = None, *,
                 should_stop: Callable[[], bool] | None = None) -> Iterator[str]:
        """Stream text pieces for a chat; output constrained by ``json_schema`` or by a
        GBNF ``grammar``.

        ``should_stop`` is polled by runtimes that can wait on I/O (a remote endpoint): once
        it returns true they end the stream quietly. Runtimes may ignore it; callers still
        check their own cancel flag between pieces.
        """
        raise CapabilityError(f"{type(self).__name__} cannot generate text")

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return a float32 matrix with one L2-normalised row per text."""
        raise CapabilityError(f"{type(self).__name__} cannot embed text")

    def transcribe(self, audio: str | np.ndarray, **options: Any
                   ) -> tuple[Iterator[Segment], TranscriptionInfo]:
        """Lazily transcribe a file path or 16 kHz mono float32 samples."""
        raise CapabilityError(f"{type(self).__name__} cannot transcribe audio")

    def memory_bytes(self) -> int:
        """Rough resident size, for the service's memory budget."""
        return 0

    def close(self) -> None:
        """Release the model."""


def default_threads() -> int:
    """All cores (the service passes the Threads setting as ``n_threads`` when it is set):
    llama.cpp's default of half the cores starves 2-core laptops."""
    return max(1, os.cpu_count() or 1)
