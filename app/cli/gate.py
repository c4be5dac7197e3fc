"""``tinyspec gate train [FILE]`` and ``tinyspec gate predict [--json] [TEXT]``."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import make_service
from app.service.jobs import JobState


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gate", help="train or try the embedding gate")
    gsub = p.add_subparsers(dest="gate_command", metavar="ACTION", required=True)
    tr = gsub.add_parser("train", help="train the heads (default: the built-in examples)")
    tr.add_argument("file", nargs="?", help="JSONL examples: {text, level, split} per line")
    tr.add_argument("--json", action="store_true", help="print the report as JSON")
    tr.add_argument("--device", default="cpu", choices=["cpu", "gpu", "npu"])
    tr.set_defaults(handler=cmd_train)
    pr = gsub.add_parser("predict", help="score texts (arguments, or one per line on stdin)")
    pr.add_argument("text", nargs="*")
    pr.add_argument("--json", action="store_true", help="one JSON object per text")
    pr.add_argument("--device", default="cpu", choices=["cpu", "gpu", "npu"])
    pr.set_defaults(handler=cmd_predict)


def _specialist(device: str):
    from app.specialists.gate import GateSpecialist

    return GateSpecialist(make_service(), device)


def _fmt(metrics: dict) -> str:
    if not metrics.get("n"):
        return "no examples"
    per = ", ".join(f"{k} {v:.0%}" for k, v in metrics["per_class"].items() if v is not None)
    return f"{metrics['accuracy']:.1%} of {metrics['n']} ({per})"


def cmd_train(args: argparse.Namespace) -> int:
    from app.specialists.gate import default_examples, load_examples

    examples = load_examples(args.file) if args.file else default_examples()
    gate = _specialist(args.device)
    report = gate.train(examples).outcome()
    if args.json:
        print(json.dumps({**report.to_dict(), "backend": gate.backend_note}))
        return 0
    print(f"trained on {report.featurizer} ({gate.backend_note}); {report.examples} examples")
    print(f"features {report.feature_ms:.1f} ms, fitting {report.fit_ms:.1f} ms")
    for name, m in report.heads.items():
        print(f"  {name}: train {m['train_n']}; test {_fmt(m['test'])}; "
              f"held-out {_fmt(m['heldout'])}")
    print(f"saved to {gate.heads_path(report.featurizer)}")
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    texts = list(args.text) if args.text else [ln.rstrip("\n") for ln in sys.stdin]
    gate = _specialist(args.device)
    failures = 0
    for text in (t for t in texts if args.text or t.strip()):
        job = gate.predict(text)
        if job.state is not JobState.DONE:
            failures += 1
            print(json.dumps({"text": text, "error": job.error}) if args.json else
                  f"error: {job.error}", file=sys.stdout if args.json else sys.stderr)
            continue
        result = job.result
        if args.json:
            print(json.dumps(result.to_dict()))
        else:
            parts = [f"{n} {result.decisions[n]} ({s:.2f})" for n, s in result.scores.items()]
            notes = f"  [{'; '.join(result.notes)}]" if result.notes else ""
            print(f"{'; '.join(parts)}; {result.latency_ms:.1f} ms  {text[:60]}{notes}")
    return 1 if failures else 0
