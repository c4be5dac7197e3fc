"""Chat speed through the service and the Chat page against bare llama-cpp-python, one run.

    .venv/bin/python tests/bench/bench_chat.py [--model gemma-3-270m] [--runs 5]

Per run: a short prompt, 96 tokens, temperature 0, the same prompt format on both sides
(Gemma 3 270M base: completion style). Bare: tokens/s and time to first token around
create_completion / create_chat_completion. Page: Send pressed → first token drawn on the GUI
thread, tokens/s between the first and the last token seen there, while a 10 ms QTimer records
the event loop's gaps. Goals: page >= 95% of bare tokens/s, p99 stall <= 50 ms, first token
within 150 ms of Send on the 270M model.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from runtimes.base import default_threads
from runtimes.llama import completion_prompt

PROMPT = "Tell me about the sea."


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="gemma-3-270m")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=96)
    args = parser.parse_args()
    import llama_cpp
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.service import InferenceService
    from app.specialists.chat.chat import Chat
    from app.specialists.chat.sessions import Sessions
    from models.store import ModelStore
    from ui.panels.chat_panel import ChatPanel

    app = QApplication.instance() or QApplication([])
    store = ModelStore()
    tmp = tempfile.mkdtemp()
    service = InferenceService(store)
    chat = Chat(service, Sessions(Path(tmp) / "c.sqlite3"))
    panel = ChatPanel(service, chat)
    panel.show()
    panel.run_line(f"/model {args.model}")
    panel.run_line(f"/set max_tokens {args.tokens}")
    panel.run_line("/set temp 0")
    panel.run_line("/system ")
    chat.conv.system = ""
    base = chat.is_base_model()
    bare = llama_cpp.Llama(str(store.require(args.model)), n_ctx=chat.conv.n_ctx,
                           n_threads=default_threads(), n_threads_batch=default_threads(),
                           verbose=False)
    p = chat.conv.params
    common = dict(max_tokens=args.tokens, temperature=0.0, top_p=p.top_p, top_k=p.top_k,
                  repeat_penalty=p.repeat_penalty, stream=True)
    messages = [{"role": "user", "content": PROMPT}]

    def run_bare() -> tuple[float, float]:
        t0 = time.perf_counter()
        if base:
            chunks = bare.create_completion(completion_prompt(messages), stop=["\nUser:"],
                                            **common)
            stamps = [time.perf_counter() for c in chunks if c["choices"][0].get("text")]
        else:
            chunks = bare.create_chat_completion(messages=messages, **common)
            stamps = [time.perf_counter() for c in chunks
                      if c["choices"][0]["delta"].get("content")]
        rate = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0
        return (stamps[0] - t0) * 1000, rate

    def run_page() -> tuple[float, float, list[float]]:
        panel.run_line("/clear")
        stamps: list[float] = []
        ticks: list[float] = []
        timer = QTimer(interval=10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        panel.input.setText(PROMPT)
        timer.start()
        t0 = time.perf_counter()
        panel.submit()
        job = panel.job
        job.token.connect(lambda _t: stamps.append(time.perf_counter()))
        while panel.job is not None:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        rate = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0
        gaps = list(np.diff(ticks) * 1000) if len(ticks) > 1 else [0.0]
        return (stamps[0] - t0) * 1000 if stamps else 0.0, rate, gaps

    run_bare()
    run_page()  # warm-ups: load both copies of the model
    bare_r, page_r, all_gaps = [], [], []
    for _ in range(args.runs):
        bare_r.append(run_bare())
        ttft, rate, gaps = run_page()
        page_r.append((ttft, rate))
        all_gaps += gaps
    service.shutdown()
    bt, br = statistics.median(r[0] for r in bare_r), statistics.median(r[1] for r in bare_r)
    pt, pr = statistics.median(r[0] for r in page_r), statistics.median(r[1] for r in page_r)
    print(f"{args.model} ({'completion style' if base else 'chat template'}), "
          f"{default_threads()} threads, {args.tokens} tokens, {args.runs} alternating runs")
    print(f"bare llama-cpp-python: {br:6.1f} tok/s, first token {bt:6.1f} ms after the call")
    print(f"Chat page:             {pr:6.1f} tok/s, first token {pt:6.1f} ms after Send")
    print(f"page / bare tokens/s: {pr / br:.3f} (goal >= 0.95); event loop gaps p99 "
          f"{np.percentile(all_gaps, 99):.1f} ms, max {max(all_gaps):.1f} ms (goal p99 <= 50)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
