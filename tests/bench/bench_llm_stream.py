"""Streamed tokens/s and time to first token: the service (worker thread, Qt signals, GUI
thread) against bare llama-cpp-python on the same model, prompt and settings, in one run.

    .venv/bin/python tests/bench/bench_llm_stream.py [--model ID] [--tokens N] [--runs R]

Runs alternate (bare, service, bare, ...) after one warm-up of each, so both see the same
machine state. Time to first token is taken from the call (bare) or from the moment the
generate job is submitted on the GUI thread (service) to the first piece of text received
there; decode tokens/s from the first to the last piece.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop

from app.service import InferenceService, Slots
from models.store import ModelStore
from runtimes.base import GenerationParams, default_threads

PROMPT = [{"role": "user", "content": "Tell me a story about a lighthouse keeper and a storm."}]


def measure(stamps: list[float], start: float) -> tuple[float, float, int]:
    """(ttft_ms, decode tokens/s, tokens) from arrival times of the pieces."""
    ttft = (stamps[0] - start) * 1000
    rate = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0
    return ttft, rate, len(stamps)


def run_bare(llm, params: GenerationParams) -> tuple[float, float, int]:
    start = time.perf_counter()
    stamps = []
    for chunk in llm.create_chat_completion(
            messages=PROMPT, max_tokens=params.max_tokens, temperature=params.temperature,
            top_p=params.top_p, top_k=params.top_k, repeat_penalty=params.repeat_penalty,
            seed=params.seed, stream=True):
        if chunk["choices"][0]["delta"].get("content"):
            stamps.append(time.perf_counter())
    return measure(stamps, start)


def run_service(app, service, model_id: str, params: GenerationParams):
    stamps: list[float] = []
    loop = QEventLoop()
    start = time.perf_counter()
    service.generate(model_id, PROMPT, params, slots=Slots(
        token=lambda _t: stamps.append(time.perf_counter()),
        finished=lambda _r: loop.quit(), failed=lambda msg: (print(msg), loop.quit())))
    loop.exec()
    return measure(stamps, start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default="smollm2-135m-instruct")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import llama_cpp

    app = QCoreApplication.instance() or QCoreApplication([])
    store = ModelStore()
    path = str(store.require(args.model))
    threads = default_threads()
    params = GenerationParams(max_tokens=args.tokens, temperature=0.0, seed=7)
    bare = llama_cpp.Llama(model_path=path, n_ctx=2048, n_threads=threads,
                           n_threads_batch=threads, verbose=False)
    service = InferenceService(store)

    run_bare(bare, params)  # warm-ups, not counted
    run_service(app, service, args.model, params)
    results: dict[str, list[tuple[float, float, int]]] = {"bare": [], "service": []}
    for _ in range(args.runs):
        results["bare"].append(run_bare(bare, params))
        results["service"].append(run_service(app, service, args.model, params))
    service.shutdown()

    def med(name: str, i: int) -> float:
        return statistics.median(r[i] for r in results[name])

    print(f"model {args.model}, {threads} threads, up to {args.tokens} tokens, "
          f"{args.runs} alternating runs each after one warm-up")
    print(f"{'':22}{'bare llama-cpp-python':>24}{'service -> GUI thread':>24}")
    print(f"{'decode tokens/s':22}{med('bare', 1):>24.1f}{med('service', 1):>24.1f}")
    print(f"{'time to first token':22}{med('bare', 0):>21.1f} ms{med('service', 0):>21.1f} ms")
    print(f"{'tokens per reply':22}{med('bare', 2):>24.0f}{med('service', 2):>24.0f}")
    print(f"ratio of tokens/s (service / bare): {med('service', 1) / med('bare', 1):.3f}")
    print(f"added time to first token: {med('service', 0) - med('bare', 0):+.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
