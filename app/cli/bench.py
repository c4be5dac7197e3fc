"""``tinyspec bench [--json]``: the Settings panel's benchmark, headless."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import user_store
from app.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="benchmark the workloads on every device present")
    p.add_argument("--json", action="store_true", help="the whole result as one JSON object")
    p.add_argument("--reps", type=int, default=10, help="timed repetitions per cell")
    p.add_argument("--workload", action="append", choices=["embedding", "llm",
                                                           "transcription"])
    p.add_argument("--csv", metavar="PATH", help="also write the cells as CSV")
    p.add_argument("--devices", action="store_true", help="only show what was detected")
    p.set_defaults(handler=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    from app import benchmark
    from app.hardware import detect

    hw = detect()
    if args.devices:
        print(json.dumps(hw.to_dict()) if args.json else hw.describe())
        if not args.json:
            for d in hw.devices:
                print(f"  {d.kind}: {'yes' if d.available else 'no '}  {d.label}: {d.reason}")
        return 0
    if args.reps < 1:
        raise UserError("--reps must be at least 1")
    progress = None if args.json else (
        lambda f, t: print(f"[{f:4.0%}] {t}", file=sys.stderr))
    result = benchmark.run(user_store(), args.reps, tuple(args.workload or benchmark.WORKLOADS),
                           progress, hardware=hw)
    benchmark.open_history().add(result)
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as f:
            f.write(result.to_csv())
    if args.json:
        print(json.dumps(result.to_dict()))
        return 0
    print(hw.describe())
    for c in result.cells:
        if not c.ran:
            print(f"{c.workload:<14} {c.device:<4} not run: {c.reason}")
            continue
        m = c.metrics
        rate = (f"  prefill {m['prefill_tok_s']:.0f} tok/s, decode {m['decode_tok_s']:.0f} "
                "tok/s" if "decode_tok_s" in m else "")
        share = (f", {m['accelerator_share']:.0%} of the graph on {c.device.upper()}"
                 if c.device != "cpu" and "accelerator_share" in m else "")
        print(f"{c.workload:<14} {c.device:<4} load {m['load_ms']:.0f} ms, first "
              f"{m['first_ms']:.1f} ms, p50 {m['p50_ms']:.1f} ms, p95 {m['p95_ms']:.1f} ms"
              f"{rate}, peak {m['peak_rss_mb']:.0f} MB, CPU {m['cpu_percent']:.0f}%{share}  "
              f"[{c.label}]")
    return 0
