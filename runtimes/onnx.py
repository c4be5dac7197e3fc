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

import numpy as np

from runtimes.base import Runtime, RuntimeLoadError, default_threads
from runtimes.onnx_session import open_session


class OnnxEmbedder(Runtime):
    """Sentence embeddings from an ONNX encoder and its ``tokenizer.json``."""

    family = "embed"

    def __init__(self, path: str | Path, tokenizer_path: str | Path, model_id: str = "",
                 device: str = "cpu", max_length: int = 256, n_threads: int | None = None,
                 cache_dir: str | Path | None = None) -> None:
        from tokenizers import Tokenizer

        self.path = Path(path)
        self.model_id = model_id or self.path.stem
        self.max_length = max_length
        self.threads = n_threads or default_threads()
        self.cache_dir = Path(cache_dir) if cache_dir else None
        try:
            self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        except Exception as exc:  # noqa: BLE001 - tokenizers raises bare Exceptions
            raise RuntimeLoadError(f"{tokenizer_path}: not a usable tokenizer.json ({exc})") \
                from None
        self.tokenizer.enable_truncation(max_length=max_length)
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
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

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
