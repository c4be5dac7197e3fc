"""Probe (issue 15, the harness): llama.cpp decode speed when a second model runs its OpenMP
team from another thread of the same process, as the service's worker does.

    .venv/bin/python tests/bench/probe_llama_threads.py [--model ID] [--tokens N]

Found on 2026-11-26 (2 cores, SmolLM2-135M Q4_1, llama-cpp-python 0.3.36 built with
OpenMP): model A alone on the main thread 75-81 tok/s; model B, loaded beside it, run from a
second thread: 27-29 tok/s; run from the main thread instead: 76 tok/s. OMP_WAIT_POLICY=PASSIVE
makes every run ~25 tok/s; ACTIVE or a long GOMP_SPINCOUNT change nothing. So
tests/bench/bench_llm_stream.py (bare on the main thread, the service on its worker) measures
both sides at ~28 tok/s: the harness, not the service, is what is slow there.
One model driven only from a worker thread is not slowed (82-85 tok/s against 84-85 from the
main thread): it takes two threads driving models. Fixed since: bench_llm_stream runs its
bare side on the service's llm worker (bare 81.7 tok/s vs 82.8 alone: 0.987), and the
in-app benchmark runs on the llm worker rather than the files worker.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from models.store import ModelStore

PROMPT = [{"role": "user", "content": "Tell me a story about a lighthouse keeper and a storm."}]


def main() -> int:
    import llama_cpp

    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="smollm2-135m-instruct")
    parser.add_argument("--tokens", type=int, default=96)
    args = parser.parse_args()
    path = str(ModelStore().require(args.model))

    def load():
        return llama_cpp.Llama(model_path=path, n_ctx=2048, n_threads=2, n_threads_batch=2,
                               verbose=False)

    def rate(llm) -> float:
        stamps = []
        for chunk in llm.create_chat_completion(messages=PROMPT, max_tokens=args.tokens,
                                                temperature=0.0, seed=7, stream=True):
            if chunk["choices"][0]["delta"].get("content"):
                stamps.append(time.perf_counter())
        return (len(stamps) - 1) / (stamps[-1] - stamps[0])

    a = load()
    rate(a)
    print(f"A alone, main thread:        {rate(a):5.0f} tok/s")
    b = load()
    result: list[float] = []
    worker = threading.Thread(target=lambda: result.append(rate(b)))
    worker.start()
    worker.join()
    print(f"B from a second thread:      {result[0]:5.0f} tok/s")
    print(f"B from the main thread:      {rate(b):5.0f} tok/s")
    print(f"A again, main thread:        {rate(a):5.0f} tok/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
