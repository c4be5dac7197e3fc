"""The benchmark's own overhead and the panel's responsiveness, in one run.

    .venv/bin/python tests/bench/bench_overhead.py [--reps 50]

1. The benchmark's embedding p50 and LLM decode tokens/s against the bare libraries timed here
   (ONNX Runtime + tokenizers; llama-cpp-python) with the same model and settings. Goal: within
   5%.
2. The GUI event loop while the benchmark runs as a service job: a 10 ms QTimer's largest gaps.
   Goal: p99 stall <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import benchmark
from models.store import ModelStore
from runtimes.base import default_threads


def bare_embedding(store: ModelStore, reps: int) -> float:
    import onnxruntime as ort
    from tokenizers import Tokenizer

    so = ort.SessionOptions()
    so.intra_op_num_threads = default_threads()
    sess = ort.InferenceSession(str(store.require("minilm-l6-int8")), so,
                                providers=["CPUExecutionProvider"])
    tok = Tokenizer.from_file(str(store.require("minilm-l6-tokenizer")))
    tok.no_padding()
    times = []
    for i in range(reps + 3):
        t0 = time.perf_counter()
        enc = tok.encode(benchmark.UTTERANCES[i % 4])
        ids = np.array([enc.ids], np.int64)
        mask = np.array([enc.attention_mask], np.int64)
        hidden = sess.run(None, {"input_ids": ids, "attention_mask": mask,
                                 "token_type_ids": np.zeros_like(ids)})[0]
        v = (hidden * mask[..., None]).sum(1) / mask.sum()
        v / np.linalg.norm(v)
        if i >= 3:
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def bare_decode(store: ModelStore, reps: int) -> float:
    import llama_cpp

    llm = llama_cpp.Llama(str(store.require(benchmark.MODELS["llm"])), n_ctx=1024,
                          n_threads=default_threads(), n_threads_batch=default_threads(),
                          verbose=False)
    rates = []
    for i in range(reps + 1):
        llm.reset()
        stamps = [time.perf_counter() for c in llm.create_completion(
            benchmark.PROMPT, max_tokens=32, temperature=0.0, seed=1, stream=True)
            if c["choices"][0]["text"]]
        if i >= 1 and len(stamps) > 1:
            rates.append((len(stamps) - 1) / (stamps[-1] - stamps[0]))
    return statistics.median(rates)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=50)
    args = parser.parse_args()
    store = ModelStore()
    ours_emb, bare_emb, ours_dec, bare_dec = [], [], [], []
    for _ in range(3):  # alternate whole measurements
        cells = benchmark.run(store, args.reps, ("embedding",)).cells
        ours_emb.append(next(c for c in cells if c.ran).metrics["p50_ms"])
        bare_emb.append(bare_embedding(store, args.reps))
        cells = benchmark.run(store, max(3, args.reps // 10), ("llm",)).cells
        ours_dec.append(next(c for c in cells if c.ran).metrics["decode_tok_s"])
        bare_dec.append(bare_decode(store, max(3, args.reps // 10)))
    oe, be = statistics.median(ours_emb), statistics.median(bare_emb)
    od, bd = statistics.median(ours_dec), statistics.median(bare_dec)
    print(f"embedding p50: benchmark {oe:.3f} ms, bare ORT {be:.3f} ms, ratio {oe / be:.3f}")
    print(f"LLM decode:    benchmark {od:.1f} tok/s, bare llama-cpp-python {bd:.1f} tok/s, "
          f"ratio {od / bd:.3f}   (goal: both within 5%)")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.service import InferenceService, Slots

    app = QApplication.instance() or QApplication([])
    service = InferenceService(store)
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    timer.start()
    benchmark.submit(service, 5, benchmark.WORKLOADS, None, None, Slots(
        finished=lambda _r: loop.quit(), failed=lambda _m: loop.quit()))
    loop.exec()
    timer.stop()
    service.shutdown()
    gaps = np.diff(ticks) * 1000
    print(f"GUI event loop during a full benchmark ({len(ticks)} ticks): p99 gap "
          f"{np.percentile(gaps, 99):.1f} ms, max {gaps.max():.1f} ms   (goal p99 <= 50 ms)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
