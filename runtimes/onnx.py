"""ONNX Runtime sentence encoders (MiniLM by default) on the CPU or the NPU.

Texts are tokenized with padding to the longest text in the batch (the MiniLM tokenizer file
pads to 128 by default, which is both slower and, without the mask, wrong), run through the
encoder, mean-pooled over the attention mask and L2-normalised.

Sessions (CPU, or NPU with the report of what really ran) come from
:mod:`runtimes.onnx_session`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from runtimes.base import Runtime, RuntimeLoadError, default_threads
from runtimes.onnx_session import open_session

if TYPE_CHECKING:
    from tokenizers import Tokenizer


def open_tokenizer(path: str | Path, max_length: int) -> Tokenizer:
    """A ``tokenizers.Tokenizer`` from ``tokenizer.json`` that truncates at ``max_length``
    tokens and does not pad (the file's own padding is switched off)."""
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as exc:  # noqa: BLE001 - tokenizers raises bare Exceptions
        raise RuntimeLoadError(f"{path}: not a usable tokenizer.json ({exc})") from None
    tokenizer.enable_truncation(max_length=max_length)
    tokenizer.no_padding()
    return tokenizer


def l2_normalised(rows: np.ndarray) -> np.ndarray:
    """Each row divided by its length, as float32."""
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return (rows / np.clip(norms, 1e-12, None)).astype(np.float32)


class OnnxEmbedder(Runtime):
    """Sentence embeddings from an ONNX encoder and its ``tokenizer.json``."""

    family = "embed"

    def __init__(self, path: str | Path, tokenizer_path: str | Path, model_id: str = "",
                 device: str = "cpu", max_length: int = 256, n_threads: int | None = None,
                 cache_dir: str | Path | None = None) -> None:
        self.path = Path(path)
        self.model_id = model_id or self.path.stem
        self.max_length = max_length
        self.threads = n_threads or default_threads()
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.tokenizer = open_tokenizer(tokenizer_path, max_length)
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id("[PAD]") or 0,
                                      pad_token="[PAD]")
        self.session, self.report = open_session(self.path, device, self.threads,
                                                 self.cache_dir)
        self.input_names = {i.name for i in self.session.get_inputs()}

    # -- inference -----------------------------------------------------------------------
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.array([e.type_ids for e in encodings], dtype=np.int64)
        hidden = self.session.run(None, {k: v for k, v in feeds.items()
                                         if k in self.input_names})[0]
        weights = mask[..., None].astype(np.float32)
        return l2_normalised((hidden * weights).sum(axis=1) /
                             np.clip(weights.sum(axis=1), 1e-9, None))

    @property
    def dimension(self) -> int:
        shape = self.session.get_outputs()[0].shape
        return int(shape[-1]) if isinstance(shape[-1], int) else 384

    def truncated(self, text: str) -> bool:
        """Whether ``text`` is longer than the encoder reads (it is cut to ``max_length``)."""
        return len(self.tokenizer.encode(text).overflowing) > 0

    def memory_bytes(self) -> int:
        return int(os.path.getsize(self.path) * 3)

    def close(self) -> None:
        self.session = None
