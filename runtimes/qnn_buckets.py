"""MiniLM on the NPU whole: fixed-length QDQ graphs ("buckets") and the runtime that uses them.

The QNN HTP takes only fixed shapes, so the encoder is built for a few sequence lengths
(:data:`BUCKETS`) from the float weights (:mod:`runtimes.bert_graph`) and quantized with the
mixed recipe (:mod:`runtimes.qnn_quantize`), calibrated on the caller's texts. A text is
tokenized, padded to the smallest bucket that holds it (cut at the largest) and run there;
the graph's masked attention and pooling make the padding invisible. Its integer output, the
masked sum of the hidden states, is dequantized and L2-normalised in numpy: the vector
:class:`runtimes.onnx.OnnxEmbedder` returns (mean-pooled over the mask, L2-normalised).

A built set is a folder of ``bucketN.onnx`` files and :data:`META` (written last), under a
key of the source weights' sha256, the recipe, the buckets and the calibration texts.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from runtimes import qnn
from runtimes.base import DeviceReport, Runtime, RuntimeLoadError, default_threads
from runtimes.onnx import l2_normalised, open_tokenizer
from runtimes.onnx_session import npu_session
from runtimes.qnn_quantize import RECIPE, OutputScale

if TYPE_CHECKING:
    from tokenizers import Tokenizer

BUCKETS = (16, 32, 64, 128)
META = "buckets.json"
BUILD_VERSION = "bert-masked-multiply-sum-v2+16-long-runs"
"""Names the graph :mod:`runtimes.bert_graph` builds and the calibration feeds: in the key."""
LONG_RUNS = 16
Progress = Callable[[float, str], None]


class NpuRefused(RuntimeError):
    """The NPU could not take a bucket graph whole; the message says which and why."""


def bucket_for(n_tokens: int, buckets: Sequence[int] = BUCKETS) -> int:
    """The smallest bucket that holds ``n_tokens``; the largest when none does."""
    return next((b for b in sorted(buckets) if b >= n_tokens), max(buckets))


def build_key(source_sha256: Mapping[str, str], calibration: Sequence[str],
              buckets: Sequence[int] = BUCKETS) -> str:
    """What a built set depends on, hashed: rebuild when any of it changes."""
    texts = hashlib.sha256("\n".join(calibration).encode()).hexdigest()
    spec = {"source": dict(sorted(source_sha256.items())), "recipe": RECIPE,
            "build": BUILD_VERSION, "buckets": sorted(buckets), "calibration": texts}
    return hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:24]


def padded(ids: list[int], length: int) -> dict[str, np.ndarray]:
    """``input_ids`` and ``attention_mask`` padded with zeros (``[PAD]``) to ``length``."""
    ids = ids[:length]
    out = np.zeros((2, 1, length), dtype=np.int64)
    out[0, 0, :len(ids)] = ids
    out[1, 0, :len(ids)] = 1
    return {"input_ids": out[0], "attention_mask": out[1]}


def calibration_feeds(tokenizer: Tokenizer, texts: Sequence[str], length: int,
                      long_runs: int = LONG_RUNS) -> Iterator[dict[str, np.ndarray]]:
    """Every text padded to ``length``, then ``long_runs`` runs of consecutive texts (going
    round) joined until they fill three quarters of it, so a long bucket sees long inputs:
    without them a 128-token graph calibrated on short texts fell to cosine 0.89."""
    for text in texts:
        yield padded(tokenizer.encode(text).ids, length)
    for k in range(long_runs if texts else 0):
        run: list[str] = []
        ids: list[int] = []
        while len(ids) < length * 3 // 4 and len(run) <= length:
            run.append(texts[(k * 7 + len(run)) % len(texts)])
            ids = tokenizer.encode(" ".join(run)).ids
        yield padded(ids, length)


def build_buckets(source: str | Path, tokenizer_path: str | Path, calibration: Sequence[str],
                  dest: str | Path, key: str, buckets: Sequence[int] = BUCKETS,
                  progress: Progress | None = None,
                  check: Callable[[], None] = lambda: None) -> dict:
    """Build and quantize one graph per bucket from the float weights in ``source``
    (``model.safetensors`` + ``config.json``) into ``dest``, replacing it in one step;
    returns the metadata written to :data:`META`."""
    from onnx import save

    from runtimes.bert_graph import encoder_graph, load_weights
    from runtimes.qnn_quantize import quantize_for_qnn

    report = progress or (lambda _f, _t: None)
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
    try:
        t0 = time.perf_counter()
        weights, config = load_weights(source)
        tokenizer = open_tokenizer(tokenizer_path, max(buckets))
        meta: dict[str, Any] = {"key": key, "recipe": RECIPE, "build": BUILD_VERSION,
                                "calibration_texts": len(calibration), "buckets": {}}
        for i, length in enumerate(sorted(buckets)):
            check()
            report(i / len(buckets), f"building and quantizing the {length}-token graph")
            flt, out = work / f"float{length}.onnx", work / f"bucket{length}.onnx"
            save(encoder_graph(weights, config, length), str(flt))
            scale = quantize_for_qnn(flt, out, calibration_feeds(tokenizer, calibration,
                                                                 length))
            flt.unlink()
            meta["buckets"][str(length)] = {"file": out.name, "scale": scale.scale,
                                            "zero_point": scale.zero_point,
                                            "dtype": scale.dtype}
        meta["build_s"] = round(time.perf_counter() - t0, 1)
        (work / META).write_text(json.dumps(meta, indent=2), encoding="utf-8")
        if dest.exists():
            shutil.rmtree(dest)
        os.replace(work, dest)
        report(1.0, f"{len(buckets)} NPU graphs built")
        return meta
    finally:
        shutil.rmtree(work, ignore_errors=True)


def read_meta(folder: str | Path) -> dict:
    """The metadata of a built set, each bucket's ``path`` and output ``scale`` filled in;
    :class:`RuntimeLoadError` naming what is wrong."""
    folder = Path(folder)
    try:
        meta = json.loads((folder / META).read_text(encoding="utf-8"))
        buckets = {}
        for length, spec in meta["buckets"].items():
            path = folder / Path(spec["file"]).name
            if not path.is_file():
                raise ValueError(f"{path.name} is missing")
            buckets[int(length)] = {"path": path, "scale": OutputScale(
                float(spec["scale"]), int(spec["zero_point"]), str(spec["dtype"]))}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RuntimeLoadError(f"{folder}: not a usable set of NPU graphs ({exc})") from None
    if not buckets:
        raise RuntimeLoadError(f"{folder}: a set of NPU graphs without a graph")
    return {**meta, "buckets": buckets}


class BucketEmbedder(Runtime):
    """Sentence embeddings from a built set of bucket graphs, every one wholly on QNN.

    Raises :class:`NpuRefused` when QNN is missing or cannot take a graph whole, and
    :class:`RuntimeLoadError` when the set is damaged (the caller then falls back to the CPU
    and says why)."""

    family = "embed"

    def __init__(self, folder: str | Path, tokenizer_path: str | Path, model_id: str = "",
                 n_threads: int | None = None, cache_dir: str | Path | None = None) -> None:
        self.folder = Path(folder)
        self.model_id = model_id or self.folder.name
        meta = read_meta(self.folder)
        self.buckets = tuple(sorted(meta["buckets"]))
        self.max_length = max(self.buckets)
        self.tokenizer = open_tokenizer(tokenizer_path, self.max_length)
        status = qnn.detect()
        if not status.available:
            raise NpuRefused(f"no NPU: {status.reason}")
        threads = n_threads or default_threads()
        self.sessions: dict[int, Any] = {}
        self.scales = {n: spec["scale"] for n, spec in meta["buckets"].items()}
        self.files = [meta["buckets"][n]["path"] for n in self.buckets]
        nodes: dict[str, int] = {}
        cache_notes = []
        for length, path in zip(self.buckets, self.files, strict=True):
            try:
                session, placed, note = npu_session(path, threads, cache_dir)
            except Exception as exc:  # noqa: BLE001 - any NPU failure becomes a reason
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise NpuRefused(f"the {length}-token graph: {first[-200:]}") from None
            self.sessions[length] = session
            for ep, n in placed.items():
                nodes[ep] = nodes.get(ep, 0) + n
            cache_notes.append(note)
        shape = self.sessions[self.max_length].get_outputs()[0].shape
        self.dimension = int(shape[-1]) if isinstance(shape[-1], int) else 384
        on_qnn, total = nodes.get(qnn.EP_NAME, 0), sum(nodes.values())
        detail = (f"{on_qnn} of {total} nodes on QNN in {len(self.buckets)} fixed-length graphs "
                  f"({'/'.join(map(str, self.buckets))} tokens); {status.label}")
        if cache_dir is not None:
            reused = sum(n.startswith("EP context reused") for n in cache_notes)
            detail += (f"; EP contexts reused for {reused} of {len(self.buckets)}" if reused
                       else "; EP contexts compiled and cached")
        self.report = DeviceReport("npu", "npu", f"ONNX Runtime QNN ({status.label})", None,
                                   detail, nodes)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            ids = self.tokenizer.encode(text).ids
            length = bucket_for(len(ids), self.buckets)
            q = self.sessions[length].run(None, padded(ids, length))[0]
            rows[i] = self.scales[length].dequantize(q)[0]
        return l2_normalised(rows)

    def truncated(self, text: str) -> bool:
        """Whether ``text`` is longer than the largest bucket (it is cut there)."""
        return len(self.tokenizer.encode(text).overflowing) > 0

    def memory_bytes(self) -> int:
        return sum(os.path.getsize(f) for f in self.files) * 2

    def close(self) -> None:
        self.sessions = {}
