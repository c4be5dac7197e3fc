"""ONNX Runtime sentence encoders (MiniLM by default) on the CPU or the NPU.

Texts are tokenized with padding to the longest text in the batch (the MiniLM tokenizer file
pads to 128 by default, which is both slower and, without the mask, wrong), run through the
encoder, mean-pooled over the attention mask and L2-normalised.

On ``npu`` the session is created with CPU fallback disabled, so a number labelled NPU is one.
If the NPU cannot take the whole graph the runtime falls back to a CPU session and says how
many nodes the NPU could have taken.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from runtimes import qnn
from runtimes.base import DeviceReport, Runtime, RuntimeLoadError, default_threads


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
        self.session, self.report = self._open(device)
        self.input_names = {i.name for i in self.session.get_inputs()}

    # -- sessions ------------------------------------------------------------------------
    def _open(self, device: str):
        if device == "npu":
            status = qnn.detect()
            if not status.available:
                return self._cpu(device, f"no NPU: {status.reason}")
            return self._npu(status)
        reason = None
        if device == "gpu":
            reason = "no GPU execution provider (CUDA, DirectML, CoreML) is installed"
        return self._cpu(device, reason)

    def _cpu(self, requested: str, reason: str | None, detail: str = ""):
        import onnxruntime as ort

        try:
            session = ort.InferenceSession(
                str(self.path), qnn.session_options(self.threads, qnn=False, strict=False),
                providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001
            raise RuntimeLoadError(f"{self.path}: ONNX Runtime cannot load it ({exc})") from None
        text = detail or f"{self.threads} threads"
        return session, DeviceReport(requested, "cpu", "ONNX Runtime CPU", reason, text)

    def _npu(self, status: qnn.QnnStatus):
        import onnxruntime as ort

        ctx = None
        if self.cache_dir:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            ctx = self.cache_dir / f"{qnn.options_key(self.path, qnn.HTP_OPTIONS)}_ctx.onnx"
        source = str(ctx) if ctx and ctx.exists() else str(self.path)
        try:
            session = ort.InferenceSession(
                source, qnn.session_options(self.threads, qnn=True, strict=True, ctx_path=ctx))
            if qnn.EP_NAME not in session.get_providers():
                raise RuntimeError("ONNX Runtime dropped the QNN provider")
        except Exception as exc:  # noqa: BLE001 - any NPU failure becomes a reason
            why = self._npu_refusal(str(exc))
            return self._cpu("npu", why)
        nodes = qnn.placement(session)
        on_qnn = nodes.get(qnn.EP_NAME, 0)
        detail = f"{on_qnn} of {sum(nodes.values()) or on_qnn} nodes on QNN; {status.label}"
        if ctx is not None:
            detail += f"; EP context cache {ctx.name}"
        provider = f"ONNX Runtime QNN ({status.label})"
        return session, DeviceReport("npu", "npu", provider, None, detail)

    def _npu_refusal(self, error: str) -> str:
        """Explain why the NPU refused the model, counting what it could have taken."""
        import onnxruntime as ort

        if "assigned to the default CPU EP" not in error:
            return f"the NPU could not run this model ({error.strip().splitlines()[0]})"
        try:
            probe = ort.InferenceSession(
                str(self.path), qnn.session_options(1, qnn=True, strict=False))
            nodes = qnn.placement(probe)
        except Exception:  # noqa: BLE001
            nodes = {}
        total, on_qnn = sum(nodes.values()), nodes.get(qnn.EP_NAME, 0)
        share = f"{on_qnn} of {total} graph nodes" if total else "part of the graph"
        return f"the NPU took only {share} (it needs fixed input shapes); ran on the CPU"

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
