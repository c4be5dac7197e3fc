"""Turn a catalog model id and a device into a loaded runtime."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs

from models.catalog import ModelEntry
from models.store import ModelStore
from models.validate import ModelFileError
from runtimes.base import Runtime, RuntimeLoadError

# Default tokenizer entries for ONNX encoders that ship without one.
TOKENIZER_FOR = {"minilm-l6-int8": "minilm-l6-tokenizer"}


def qnn_cache_dir() -> Path:
    """Where compiled NPU (EP context) graphs are kept between runs."""
    return Path(platformdirs.user_cache_dir("tiny-specialists", appauthor=False)) / "qnn"


def merged_cache_dir() -> Path:
    """Where bases with an adapter folded in are kept for use (:mod:`app.training.merge`)."""
    return Path(platformdirs.user_cache_dir("tiny-specialists", appauthor=False)) / "merged"


def merge_pending(store: ModelStore, model_id: str, lora_path: str | Path) -> bool:
    """Whether loading ``model_id`` with this adapter merged will first have to make the
    merged file (seconds, once): callers say so before they wait."""
    from app.training.merge import merged_path

    try:
        return not merged_path(store.require(model_id), lora_path, merged_cache_dir()).is_file()
    except (KeyError, OSError, ModelFileError):
        return False  # the load itself will say what is wrong


def tokenizer_path(store: ModelStore, entry: ModelEntry) -> Path:
    """The tokenizer.json for an ONNX encoder: its companion entry, or one beside the file."""
    companion = TOKENIZER_FOR.get(entry.id) or next(iter(entry.requires), None)
    if companion:
        path = store.require(companion)
        store.ensure_verified(companion)
        return path
    beside = store.model_path(entry).parent / "tokenizer.json"
    if beside.is_file():
        return beside
    raise ModelFileError(store.model_path(entry),
                         "an ONNX encoder needs a tokenizer.json in the same folder")


def load_runtime(store: ModelStore, model_id: str, device: str = "cpu",
                 **options: Any) -> Runtime:
    """Load ``model_id`` with the runtime its catalog entry names; an ``http(s)://`` id is an
    OpenAI-compatible endpoint. Files changed since they were last hashed are checked
    against their sha256 first (once per change), so a corrupted model is refused. An
    encoder with NPU graphs runs them on ``npu`` (:mod:`app.npu_graphs`)."""
    if model_id.startswith(("http://", "https://")):
        from runtimes.remote import RemoteRuntime

        return RemoteRuntime(model_id)
    entry = store.get(model_id)
    try:
        path = store.require(model_id)
        store.ensure_verified(entry)
        if entry.runtime == "llama":
            return _load_llama(path, model_id, device, options)
        if entry.runtime == "whisper":
            from runtimes.whisper import WhisperRuntime

            return WhisperRuntime(path, model_id, device, **options)
        if entry.runtime == "onnx" and entry.task == "embed":
            from app import npu_graphs
            from runtimes.onnx import OnnxEmbedder

            if device == "npu" and npu_graphs.source_id(entry):
                return npu_graphs.load_embedder(store, entry, **options)

            return OnnxEmbedder(path, tokenizer_path(store, entry), model_id, device,
                                cache_dir=qnn_cache_dir(), **options)
    except ModelFileError as exc:
        raise RuntimeLoadError(str(exc)) from None
    raise RuntimeLoadError(f"{model_id}: no runtime for {entry.runtime}/{entry.task}")


def _load_llama(path: Path, model_id: str, device: str, options: dict[str, Any]) -> Runtime:
    """A GGUF model. With ``lora_path`` and ``merge_adapter=True``, the base with the adapter
    folded in at 8 bits: on SmolLM2-135M (Q4_1) a fifth faster than applying it at run time,
    with the same answers; on Gemma 3 270M (Q4_K_M) no faster, so callers choose. When it
    cannot be merged, the adapter is applied at run time (which then says what is wrong)."""
    from runtimes.llama import LlamaRuntime

    lora = options.get("lora_path")
    if options.pop("merge_adapter", False) and lora:
        from app.training.merge import merged_for_use

        plain = {k: v for k, v in options.items() if k != "lora_path"}
        merged = None
        try:
            merged = merged_for_use(path, lora, merged_cache_dir())
            return LlamaRuntime(merged, model_id, device, **plain)
        except Exception:  # noqa: BLE001 - any failure: the run-time adapter path decides
            if merged is not None:
                merged.unlink(missing_ok=True)
    return LlamaRuntime(path, model_id, device, **options)


def estimate_bytes(store: ModelStore, model_id: str) -> int:
    """Memory a model will take once loaded, from its file sizes."""
    try:
        return int(store.get(model_id).size * 1.3)
    except KeyError:
        return 0
