"""``tinyspec chat``: the chat harness in the terminal, with the same slash commands."""

from __future__ import annotations

import argparse
import signal
import sys

from app.service import InferenceService


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("chat", help="chat with a local model (slash commands: /help)")
    p.add_argument("--model", help="model id, GGUF path or http(s) endpoint")
    p.add_argument("--session", help="load this saved session first")
    p.set_defaults(handler=cmd_chat)


def _completer():
    try:
        import readline
    except ImportError:
        return
    from app.specialists.chat.commands import complete

    def fn(text: str, state: int):
        options = complete(text) if text.startswith("/") else []
        return options[state] if state < len(options) else None

    readline.set_completer(fn)
    readline.parse_and_bind("tab: complete")


def cmd_chat(args: argparse.Namespace) -> int:
    from app.specialists.chat.chat import Chat
    from app.specialists.chat.commands import Outcome
    from app.specialists.chat.conversation import format_stats

    service = InferenceService(threaded=False)
    chat = Chat(service)
    if args.session:
        print(chat.send(f"/load {args.session}").text)
    if args.model:
        print(chat.send(f"/model {args.model}").text)
    interactive = sys.stdin.isatty()
    if interactive:
        _completer()
        print(f"{chat.conv.model_id}: {chat.model_note()}. /help lists commands; Ctrl-C "
              "stops a reply, Ctrl-D quits.")
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            break
        result = chat.send(line)
        if isinstance(result, Outcome):
            if result.text:
                print(("error: " if result.error else "") + result.text,
                      file=sys.stderr if result.error else sys.stdout)
            if result.copy is not None and not result.text.startswith("`"):
                print(result.copy)
            if result.action == "gate":
                from app.specialists.gate import GateSpecialist

                job = GateSpecialist(service).predict(result.argument)
                print(job.result.to_dict() if job.state == "done" else f"error: {job.error}")
            elif result.action == "bench":
                job = service.start(chat.bench_job())
                print(chat.bench_text(job.result) if job.state == "done" else
                      f"error: {job.error}")
            continue
        job = result
        job.token.connect(lambda t: (sys.stdout.write(t), sys.stdout.flush()))
        previous = signal.signal(signal.SIGINT, lambda *_, j=job: j.cancel())
        try:
            service.start(job)
        finally:
            signal.signal(signal.SIGINT, previous)
        if job.state == "failed":
            print(f"\nerror: {job.error}", file=sys.stderr)
            chat.conv.turns.pop()
            continue
        print()
        if chat.notice:
            print(f"[{chat.notice}]", file=sys.stderr)
        print(f"[{format_stats(chat.conv.turns[-1].stats)}]", file=sys.stderr)
    if chat.conv.turns:
        chat.sessions.save(chat.conv) if chat.autosave_name() else None
    return 0
