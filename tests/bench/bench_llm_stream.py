"""Streamed tokens/s and time to first token: the service (worker thread, Qt signals, GUI
thread) against bare llama-cpp-python on the same model, prompt and settings, in one run.

    .venv/bin/python tests/bench/bench_llm_stream.py [--model ID] [--tokens N] [--runs R]

Runs alternate (bare, service, bare, ...) after one warm-up of each, so both see the same
machine state. Time to first token is taken from the call (bare) or from the moment the
generate job is submitted on the GUI thread (service) to the first piece of text received
there; decode tokens/s from the first to the last piece.

The bare side runs on the service's own llm worker thread (as a job), not on the main
thread: llama.cpp built with OpenMP slows to a third when two threads of one process each
drive a model (tests/bench/probe_llama_threads.py), which held both sides to ~28 tok/s on 2
cores. A fresh process running the bare model alone first gives the standalone figure the
bare side must match (within 5%).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
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


def on_worker(service, fn):
    """``fn()`` run on the service's llm worker thread; its result, waited for here."""
    loop = QEventLoop()
    out: list = []
    service.submit("llm", "bare llama-cpp-python", lambda _ctx: fn(), Slots(
        finished=lambda r: (out.append(r), loop.quit()),
        failed=lambda msg: (print(msg), loop.quit())))
    loop.exec()
    return out[0]


def standalone(model: str, tokens: int, runs: int) -> float:
    """Median decode tok/s of the bare model alone in a fresh process (its main thread)."""
    code = ("import sys, statistics; sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
            "import bench_llm_stream as b, llama_cpp\n"
            "from models.store import ModelStore\n"
            "from runtimes.base import GenerationParams, default_threads\n"
            "t = default_threads(); p = GenerationParams(max_tokens=int(sys.argv[4]), "
            "temperature=0.0, seed=7)\n"
            "llm = llama_cpp.Llama(model_path=str(ModelStore().require(sys.argv[3])), "
            "n_ctx=2048, n_threads=t, n_threads_batch=t, verbose=False)\n"
            "b.run_bare(llm, p)\n"
            "print(statistics.median(b.run_bare(llm, p)[1] for _ in range(int(sys.argv[5]))))")
    here = Path(__file__).resolve()
    done = subprocess.run([sys.executable, "-c", code, str(here.parents[2]), str(here.parent),
                           model, str(tokens), str(runs)], capture_output=True, text=True,
                          check=True)
    return float(done.stdout.strip().splitlines()[-1])


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

    alone = standalone(args.model, args.tokens, args.runs)
    app = QCoreApplication.instance() or QCoreApplication([])
    store = ModelStore()
    path = str(store.require(args.model))
    threads = default_threads()
    params = GenerationParams(max_tokens=args.tokens, temperature=0.0, seed=7)
    service = InferenceService(store)
    bare = on_worker(service, lambda: llama_cpp.Llama(
        model_path=path, n_ctx=2048, n_threads=threads, n_threads_batch=threads,
        verbose=False))

    on_worker(service, lambda: run_bare(bare, params))  # warm-ups, not counted
    run_service(app, service, args.model, params)
    results: dict[str, list[tuple[float, float, int]]] = {"bare": [], "service": []}
    for _ in range(args.runs):
        results["bare"].append(on_worker(service, lambda: run_bare(bare, params)))
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
    fair = med("bare", 1) / alone
    print(f"harness check: bare here {med('bare', 1):.1f} tok/s vs the same model alone in a "
          f"fresh process {alone:.1f} tok/s: {fair:.3f} "
          f"({'fair' if abs(fair - 1) <= 0.05 else 'NOT within 5%'})")
    print(f"added time to first token: {med('service', 0) - med('bare', 0):+.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
