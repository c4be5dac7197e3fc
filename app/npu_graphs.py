"""NPU graphs for the embedding model: MiniLM as fixed-length QDQ graphs the QNN HTP runs
whole, built from the float weights and cached in the model store.

An embed model's catalog entry names its float source (``"npu_source"``: the safetensors
entry). ``tinyspec models build-npu`` (:func:`build`) fetches that source if it is missing,
builds one graph per bucket of :data:`runtimes.qnn_buckets.BUCKETS`, quantized with the mixed
recipe and calibrated on the gate's training examples, into
``<store>/npu-graphs/<model id>/<key>/``; the key hashes the source's sha256, the recipe, the
buckets and the calibration texts, so a change to any of them means a rebuild; a rebuild
removes the older graphs and their compiled EP contexts (``<user cache>/qnn/npu-graphs/``).
:func:`load_embedder` runs them on the NPU, or the model on the CPU with the reason (and how to
build them when that is the reason).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.service.loader import qnn_cache_dir, tokenizer_path
from app.specialists.gate.examples import default_examples
from models.catalog import ModelEntry
from models.store import ModelStore
from runtimes.base import Runtime, RuntimeLoadError
from runtimes.qnn_buckets import BUCKETS, META, build_key

FOLDER = "npu-graphs"
Progress = Callable[[float, str], None]


def source_id(entry: ModelEntry) -> str | None:
    """The catalog id of the float weights ``entry``'s NPU graphs are built from."""
    source = entry.extra.get("npu_source")
    return source if isinstance(source, str) and source else None


def calibration_texts() -> list[str]:
    """The gate's training examples (its test and held-out ones stay unseen)."""
    return [e.text for e in default_examples() if e.split == "train"]


def graph_key(store: ModelStore, entry: ModelEntry, calibration: Sequence[str] | None = None,
              buckets: Sequence[int] = BUCKETS) -> str:
    """The cache key of ``entry``'s graphs, from its source's catalog sha256."""
    source = _source(store, entry)
    return build_key({f.path: f.sha256 for f in source.files},
                     calibration_texts() if calibration is None else calibration, buckets)


def graphs_folder(store: ModelStore, entry: ModelEntry, key: str) -> Path:
    """Where ``entry``'s graphs for ``key`` are (or would be) kept."""
    return store.root / FOLDER / entry.id / key


def built(store: ModelStore, entry: ModelEntry) -> Path | None:
    """The folder of ``entry``'s graphs for the current key, if they are built."""
    if source_id(entry) is None:
        return None
    folder = graphs_folder(store, entry, graph_key(store, entry))
    return folder if (folder / META).is_file() else None


def contexts_folder(entry: ModelEntry, key: str) -> Path:
    """Where the compiled EP contexts of ``entry``'s graphs for ``key`` are cached."""
    return qnn_cache_dir() / FOLDER / entry.id / key


def build_command(model_id: str) -> str:
    """The command that builds ``model_id``'s NPU graphs."""
    return f"tinyspec models build-npu {model_id}"


def not_built_reason(model_id: str) -> str:
    """Why ``model_id`` ran on the CPU when asked for the NPU, and what to do about it."""
    return (f"the NPU graphs for {model_id} are not built (the NPU takes only fixed input "
            f"shapes); build them with `{build_command(model_id)}`")


def build(store: ModelStore, model_id: str, progress: Progress | None = None,
          check: Callable[[], None] = lambda: None, force: bool = False,
          calibration: Sequence[str] | None = None,
          buckets: Sequence[int] = BUCKETS) -> Path:
    """Build ``model_id``'s NPU graphs (fetching their float source first if it is not
    installed); returns their folder. Builds of other keys are removed once it is done."""
    from models.fetch import fetch
    from runtimes.qnn_buckets import build_buckets

    report = progress or (lambda _f, _t: None)
    entry = store.get(model_id)
    source = _source(store, entry)
    texts = calibration_texts() if calibration is None else list(calibration)
    key = graph_key(store, entry, texts, buckets)
    dest = graphs_folder(store, entry, key)
    if (dest / META).is_file() and not force:
        report(1.0, f"the NPU graphs for {model_id} are already built")
        return dest
    if not store.is_installed(source.id):
        fetch(store, source, lambda f, t: report(0.3 * f, t), check)
    store.ensure_verified(source)
    build_buckets(store.model_path(source).parent, tokenizer_path(store, entry), texts, dest,
                  key, buckets, lambda f, t: report(0.3 + 0.7 * f, t), check)
    _remove_others(dest)
    _remove_others(contexts_folder(entry, key))
    return dest


def _source(store: ModelStore, entry: ModelEntry) -> ModelEntry:
    source = source_id(entry)
    if source is None:
        raise RuntimeLoadError(f"{entry.id} has no NPU graphs: its catalog entry names no "
                               "float weights to build them from")
    return store.get(source)


def _remove_others(keep: Path, stale_s: float = 24 * 3600) -> None:
    """Other builds beside ``keep``; unfinished ones (dot names) only when a day old."""
    if not keep.parent.is_dir():
        return
    for other in keep.parent.iterdir():
        if other == keep or not other.is_dir():
            continue
        if other.name.startswith(".") and time.time() - other.stat().st_mtime < stale_s:
            continue
        shutil.rmtree(other, ignore_errors=True)


def load_embedder(store: ModelStore, entry: ModelEntry, n_threads: int | None = None,
                  **options: Any) -> Runtime:
    """``entry`` on the NPU through its bucket graphs; when they are not built or the NPU
    cannot take them, the model on the CPU with a report that says why."""
    from runtimes import qnn
    from runtimes.onnx import OnnxEmbedder
    from runtimes.qnn_buckets import BucketEmbedder, NpuRefused

    tokenizer = tokenizer_path(store, entry)
    status = qnn.detect()
    folder = built(store, entry)
    if not status.available:
        reason = f"no NPU: {status.reason}"
    elif folder is None:
        reason = not_built_reason(entry.id)
    else:
        try:
            return BucketEmbedder(folder, tokenizer, entry.id, n_threads,
                                  contexts_folder(entry, folder.name))
        except NpuRefused as exc:
            reason = f"the NPU could not run the NPU graphs for {entry.id} ({exc})"
        except RuntimeLoadError as exc:
            reason = f"{exc}; build them again with `{build_command(entry.id)} --force`"
    runtime = OnnxEmbedder(store.model_path(entry), tokenizer, entry.id, "cpu",
                           n_threads=n_threads, **options)
    runtime.report = replace(runtime.report, requested="npu", fallback_reason=reason)
    return runtime
