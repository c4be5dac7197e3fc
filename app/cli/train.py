"""``tinyspec train TASK`` (LoRA on a GGUF base, gated on the task's eval split) and
``tinyspec adapters list|use|rollback``."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import make_service, user_store
from app.training.tasks import TASKS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="fine-tune a LoRA adapter for a specialist")
    p.add_argument("task", choices=sorted(TASKS))
    p.add_argument("--data", help="training JSONL ({input, target, slice}); default: shipped")
    p.add_argument("--eval", dest="eval_data", help="eval JSONL; default: the shipped split")
    p.add_argument("--base", help="base model id (default: the task's)")
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--device", choices=["cpu", "cuda"],
                   help="where to train (default: cpu; cuda for a --bundle)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--rank", type=int, default=16)
    p.add_argument("--alpha", type=float, default=32.0)
    p.add_argument("--learning-rate", type=float, default=1e-3)
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--from", dest="init", metavar="ADAPTER",
                   help="go on training an adapter ('active', an id from `tinyspec adapters "
                        "list`, or a .gguf file) instead of starting from zero; its rank and "
                        "alpha are used")
    p.add_argument("--max-examples", type=int, default=0, help="train on the first N only")
    p.add_argument("--time-budget", type=float, default=0.0, metavar="SECONDS",
                   help="end within this many seconds: after a few steps the run is cut to "
                        "fit, its schedule with it")
    p.add_argument("--eval-limit", type=int, default=0, help="score the first N eval lines")
    p.add_argument("--bundle", metavar="DIR",
                   help="don't train here: write a folder to train on another machine "
                        "(e.g. a GPU box), then `tinyspec adapters import DIR`")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_train)

    a = sub.add_parser("adapters", help="list, choose or roll back trained adapters")
    asub = a.add_subparsers(dest="adapters_command", metavar="ACTION", required=True)
    ls = asub.add_parser("list", help="adapters per task; * marks the active one")
    ls.set_defaults(handler=cmd_list)
    use = asub.add_parser("use", help="make an adapter the active one (or 'none': the base)")
    use.add_argument("task", choices=sorted(TASKS))
    use.add_argument("adapter")
    use.set_defaults(handler=cmd_use)
    back = asub.add_parser("rollback", help="go back to the adapter used before")
    back.add_argument("task", choices=sorted(TASKS))
    back.set_defaults(handler=cmd_rollback)
    exp = asub.add_parser("export", help="write a merged GGUF: the base with the adapter "
                          "folded in, for other apps or llama.cpp builds")
    exp.add_argument("task", choices=sorted(TASKS))
    exp.add_argument("out", help="the .gguf file to write")
    exp.add_argument("--adapter", help="adapter id (default: the task's active one)")
    exp.set_defaults(handler=cmd_export)
    imp = asub.add_parser("import", help="gate and register a run trained from a bundle")
    imp.add_argument("folder", help="the bundle folder, with its adapter.gguf")
    imp.add_argument("--eval-limit", type=int, default=0, help="score the first N eval lines")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(handler=cmd_import)


def _progress_printer():
    last = {"text": ""}

    def progress(fraction: float, text: str) -> None:
        if text != last["text"]:
            print(f"[{fraction:4.0%}] {text}", file=sys.stderr)
            last["text"] = text

    return progress


def cmd_train(args: argparse.Namespace) -> int:
    from app.service import Slots
    from app.training.pipeline import submit_training

    hyper = dict(seed=args.seed, rank=args.rank, alpha=args.alpha,
                 learning_rate=args.learning_rate, batch_size=args.batch_size,
                 max_examples=args.max_examples, time_budget_s=args.time_budget)
    if args.init:
        hyper.update(_init_adapter(args.task, args.init))
    if args.bundle:
        from app.training.bundle import write_bundle

        spec = write_bundle(user_store(), args.task, args.bundle, data=args.data,
                            base=args.base, epochs=args.epochs, device=args.device or "cuda",
                            **hyper)
        print((spec.parent / "README.txt").read_text(encoding="utf-8"), end="")
        return 0
    options = dict(data=args.data, eval_data=args.eval_data, base=args.base,
                   epochs=args.epochs, device=args.device or "cpu", eval_limit=args.eval_limit,
                   **hyper)
    job = submit_training(make_service(), args.task, Slots(progress=_progress_printer()),
                          **options)
    return _print_report(job.outcome(), args.json)


def cmd_import(args: argparse.Namespace) -> int:
    from app.training.bundle import import_run

    report = import_run(user_store(), args.folder, progress=_progress_printer(),
                        eval_limit=args.eval_limit)
    return _print_report(report, args.json)


def cmd_export(args: argparse.Namespace) -> int:
    from app.errors import UserError
    from app.training.merge import merge_adapter

    registry = _registry()
    adapter = (registry.get(args.task, args.adapter) if args.adapter
               else registry.active(args.task))
    if adapter is None:
        raise UserError(f"{args.task} has no active adapter: name one with --adapter")
    base = user_store().require(adapter.base)
    try:
        out = merge_adapter(base, adapter.path, args.out)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    print(f"wrote {out} ({out.stat().st_size / 1e6:.0f} MB): {adapter.base} with "
          f"{adapter.id} merged in; add it with `tinyspec models add {out}`")
    return 0


def _init_adapter(task: str, name: str) -> dict:
    """``init_adapter``, ``rank`` and ``alpha`` for ``--from``: the adapter's own."""
    from pathlib import Path

    from app.errors import UserError
    from app.training.lora_gguf import read_adapter_info
    from app.training.registry import AdapterError

    registry = _registry()
    if name == "active":
        adapter = registry.active(task)
        if adapter is None:
            raise UserError(f"{task} has no active adapter to go on from")
        path = adapter.path
    elif Path(name).suffix == ".gguf":
        path = Path(name)
    else:
        try:
            path = registry.get(task, name).path
        except AdapterError as exc:
            raise UserError(str(exc)) from None
    try:
        info = read_adapter_info(path)
    except (ValueError, OSError) as exc:
        raise UserError(f"--from {name}: {exc}") from None
    return {"init_adapter": str(path), "rank": info["rank"], "alpha": info["alpha"]}


def _print_report(report, as_json: bool) -> int:
    if as_json:
        print(json.dumps(report.to_dict()))
        return 0
    loss = f", final loss {report.run.losses[-1]:.3f}" if report.run.losses else ""
    where = f" on {report.run.hardware}" if report.run.hardware else ""
    print(f"adapter {report.adapter.id}: {report.run.steps} steps in "
          f"{report.run.seconds / 60:.1f} min{where}{loss}")
    print(report.decision.table())
    print(report.decision.reason)
    active = report.active.id if report.active else "the plain base"
    print(f"active for {report.adapter.task}: {active}")
    return 0


def _registry():
    from app.training.registry import Registry

    return Registry(user_store().root)


def cmd_list(_args: argparse.Namespace) -> int:
    registry = _registry()
    for task in sorted(TASKS):
        active = registry.active(task)
        print(f"{task}:")
        adapters = registry.adapters(task)
        if not adapters:
            print("  (none yet: `tinyspec train " + task + "`)")
        for a in adapters:
            mark = "*" if active and a.id == active.id else " "
            print(f"  {mark} {a.summary()}")
    return 0


def cmd_use(args: argparse.Namespace) -> int:
    chosen = _registry().activate(args.task, None if args.adapter == "none" else args.adapter)
    print(f"{args.task} now uses {chosen.id if chosen else 'the plain base'}")
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    active = _registry().rollback(args.task)
    print(f"{args.task} now uses {active.id if active else 'the plain base'}")
    return 0
