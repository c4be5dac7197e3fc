"""``tinyspec transcribe`` and ``tinyspec memo add|extract|list|export|eval``."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import make_service
from app.defaults import DEFAULTS
from app.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    tr = sub.add_parser("transcribe", help="speech file to text (with segment times)")
    tr.add_argument("file")
    tr.add_argument("--json", action="store_true")
    tr.add_argument("--model", default=DEFAULTS.speech)
    tr.set_defaults(handler=cmd_transcribe)
    p = sub.add_parser("memo", help="voice memos: add, extract, list, export, eval")
    msub = p.add_subparsers(dest="memo_command", metavar="ACTION", required=True)
    add = msub.add_parser("add", help="transcribe an audio file and keep it as a memo")
    add.add_argument("file")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_add)
    ex = msub.add_parser("extract", help="title, intent, target from a transcript (or stdin)")
    ex.add_argument("text", nargs="*")
    ex.add_argument("--json", action="store_true")
    ex.set_defaults(handler=cmd_extract)
    ls = msub.add_parser("list", help="memos in the library")
    ls.add_argument("--review", action="store_true", help="only those needing review")
    ls.add_argument("--search", default="")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)
    exp = msub.add_parser("export", help="write memos as Markdown or JSON")
    exp.add_argument("path")
    exp.add_argument("--format", choices=["md", "json"], default="md")
    exp.add_argument("--id", type=int, action="append", help="only these memos")
    exp.set_defaults(handler=cmd_export)
    ev = msub.add_parser("eval", help="score extraction on a card pack")
    ev.add_argument("file")
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(handler=cmd_eval)


def _memos():
    from app.specialists.memo import MemoSpecialist

    return MemoSpecialist(make_service())


def cmd_transcribe(args: argparse.Namespace) -> int:
    service = make_service()
    result = service.transcribe(args.model, args.file).outcome()
    segments = result["segments"]
    if not segments:
        raise UserError(f"{args.file}: no speech detected")
    if args.json:
        print(json.dumps({"file": args.file, "duration": result["info"].duration,
                          "text": " ".join(s.text for s in segments),
                          "segments": [{"start": s.start, "end": s.end, "text": s.text}
                                       for s in segments]}))
    else:
        for s in segments:
            print(f"[{s.start:7.2f} → {s.end:7.2f}] {s.text}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    memo = _memos().add(args.file).outcome()
    if args.json:
        print(json.dumps(memo.to_dict()))
    else:
        flag = "  (needs review: " + "; ".join(memo.review_reasons) + ")" \
            if memo.needs_review else ""
        print(f"#{memo.id} {memo.title} [{memo.intent}{': ' + memo.target if memo.target else ''}]"
              f"{flag}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    memos = _memos()
    texts = [" ".join(args.text)] if args.text else [ln.strip() for ln in sys.stdin
                                                     if ln.strip()]
    for text in texts:
        result = memos.extract(text).outcome()
        if args.json:
            print(json.dumps(result.to_dict()))
        else:
            review = " (needs review)" if result.needs_review else ""
            print(f"{result.title} | {result.intent} | {result.target}{review}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    memos = _memos().library.list(needs_review=True if args.review else None,
                                  query=args.search)
    for m in memos:
        if args.json:
            print(json.dumps(m.to_dict()))
        else:
            print(f"#{m.id:<4} {m.duration:6.0f} s  {m.intent:<8} "
                  f"{'!' if m.needs_review else ' '} {m.title}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    library = _memos().library
    memos = [library.get(i) for i in args.id] if args.id else library.list()
    print(library.export(memos, args.path, args.format))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from app.specialists.memo import extract
    from app.specialists.memo.evaluate import evaluate_pack, load_pack

    report = evaluate_pack(load_pack(args.file), extract)
    if args.json:
        print(json.dumps(report))
        return 0 if report["passed"] else 1
    for name, s in report["slices"].items():
        print(f"{name:<10} {s['passed']:>3} of {s['cards']:<3} {s['share']:6.1%}")
    print(f"pack: {'PASS' if report['passed'] else 'FAIL'} ({report['cards_passed']} of "
          f"{report['cards']} cards)")
    for f in report["failures"]:
        print(f"  {f['id']}: {f['why']}")
    return 0 if report["passed"] else 1
