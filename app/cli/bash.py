"""``tinyspec bash``: dictation in (text, stdin lines or audio files), commands out.

Commands are printed, never run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from app.cli.common import make_service
from app.service.jobs import JobState


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bash", help="dictated words (or audio) to a shell command, never run")
    p.add_argument("text", nargs="*", help="the dictation; without it, one per line on stdin")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per item: input, output, route, timings_ms, safety")
    p.add_argument("--no-llm", action="store_true", help="never call the language model")
    p.add_argument("--audio", nargs="+", metavar="FILE", help="speech files to transcribe")
    p.add_argument("--eval", metavar="FILE", help="score a JSON dev set of "
                   "{dictated, expected, [difficulty], [category]}")
    p.add_argument("--llm-model", default=None, help="GGUF model id for the normalizer")
    p.add_argument("--speech-model", default=None, help="Whisper model id (default tiny.en)")
    p.add_argument("--device", default="cpu", choices=["cpu", "gpu", "npu"])
    p.add_argument("--teach", action="append", metavar="SAID=SYMBOL", default=[],
                   help='your word for a symbol, kept for every dictation: --teach "dog=@"')
    p.add_argument("--forget", action="append", metavar="SAID", default=[],
                   help="drop one of your words")
    p.add_argument("--words", action="store_true", help="list your words for symbols")
    p.set_defaults(handler=cmd_bash)


def _specialist(args: argparse.Namespace):
    from app.defaults import DEFAULTS
    from app.specialists.bash import BashSpecialist

    return BashSpecialist(make_service(),
                          llm_model=args.llm_model or DEFAULTS.bash_llm,
                          speech_model=args.speech_model or DEFAULTS.speech,
                          device=args.device)


def _print(result, as_json: bool, extra: dict | None = None) -> None:
    if as_json:
        print(json.dumps({**result.to_dict(), **(extra or {})}))
        return
    print(result.output)
    for reason in result.safety.reasons:
        print(f"  ! dangerous: {reason}", file=sys.stderr)
    for note in result.notes:
        print(f"  note: {note}", file=sys.stderr)


def _your_words(bash, args: argparse.Namespace) -> int:
    """--teach, --forget and --words: the list is saved, then printed."""
    from app.errors import UserError
    from app.specialists.bash.your_words import MEANINGS, entry
    from app.untrusted import for_display

    try:
        words = bash.your_words()
        for item in args.teach:
            said, eq, means = item.rpartition("=")
            if not eq:
                raise UserError(f"“{for_display(item, 40)}”: write it as SAID=SYMBOL, "
                                "e.g. dog=@")
            words.add(entry(said, means.strip()))
        for said in args.forget:
            words.remove(" ".join(said.lower().split()))
        if args.teach or args.forget:
            words.save()
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for e in words.entries:
        print(f"{e.said} = {e.means}   (read as “{MEANINGS[e.means]}”)")
    if not words.entries:
        print("no words of yours yet; teach one with --teach SAID=SYMBOL, one of: "
              + " ".join(MEANINGS))
    return 0


def cmd_bash(args: argparse.Namespace) -> int:
    bash = _specialist(args)
    if args.teach or args.forget or args.words:
        failed = _your_words(bash, args)
        if failed or not (args.text or args.audio or args.eval):
            return failed
    if args.eval:
        return _evaluate(bash, args)
    failures = 0
    if args.audio:
        items = []
        for path in args.audio:
            t0 = time.perf_counter()
            job = bash.transcribe(path)
            if job.state is not JobState.DONE:
                where = "" if path in (job.error or "") else f"{path}: "
                print(f"error: {where}{job.error}", file=sys.stderr)
                failures += 1
                continue
            text = " ".join(s.text for s in job.result["segments"]).strip()
            if not text:
                print(f"error: {path}: no speech detected", file=sys.stderr)
                failures += 1
                continue
            items.append((text, {"audio": path, "transcript": text,
                                 "speech_ms": round((time.perf_counter() - t0) * 1000, 1)}))
    elif args.text:
        items = [(" ".join(args.text), None)]
    else:
        items = [(line.strip(), None) for line in sys.stdin if line.strip()]
    for text, extra in items:
        job = bash.convert(text, use_llm=not args.no_llm)
        if job.state is not JobState.DONE:
            print(f"error: {job.error}", file=sys.stderr)
            failures += 1
            continue
        _print(job.result, args.json, extra)
    return 1 if failures else 0


def _evaluate(bash, args: argparse.Namespace) -> int:
    from app.specialists.bash.evaluate import evaluate, format_report, load_devset

    items = load_devset(args.eval)
    use_llm = not args.no_llm

    def run(text: str) -> str:
        return bash.convert(text, use_llm=use_llm, remember=False).outcome().output

    report = evaluate(items, run)
    if args.json:
        print(json.dumps({**report.to_dict(), "misses": report.misses}))
    else:
        print(format_report(report))
    return 0
