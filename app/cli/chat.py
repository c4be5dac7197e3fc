"""``tinyspec chat``: the chat harness in the terminal, with the same slash commands."""

from __future__ import annotations

import argparse
import signal
import sys

from app.cli.common import make_service
from app.service.jobs import JobState, Slots
from app.specialists.chat.commands import Outcome


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
    """Exit status 1 when any command or reply failed, so scripts notice."""
    from app.specialists.chat.chat import Chat
    from app.specialists.chat.conversation import format_stats

    service = make_service()
    chat = Chat(service)
    errors = 0
    for line in ([f"/load {args.session}"] if args.session else []) + (
            [f"/model {args.model}"] if args.model else []):
        errors += _show(chat.send(line))
    interactive = sys.stdin.isatty()
    if interactive:
        _completer()
        print(f"{chat.conv.model_id}: {chat.model_note()}. /help lists commands; Ctrl-C "
              "stops a reply, Ctrl-D quits.")
    stream = Slots(token=lambda t: (sys.stdout.write(t), sys.stdout.flush()))
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            break
        previous = signal.signal(signal.SIGINT, lambda *_: service.cancel_current("llm"))
        try:
            result = chat.send(line, stream)
            if isinstance(result, Outcome):
                errors += _show(result)
                job = chat.run_action(result, Slots(finished=print, failed=_print_error,
                                                    cancelled=lambda _p: print("stopped")))
                errors += int(job is not None and job.state is JobState.FAILED)
        finally:
            signal.signal(signal.SIGINT, previous)
        if isinstance(result, Outcome):
            continue
        if result.state is JobState.FAILED:
            print(f"\nerror: {result.error}", file=sys.stderr)
            errors += 1
            continue
        print()
        if chat.notice:
            print(f"[{chat.notice}]", file=sys.stderr)
        print(f"[{format_stats(chat.conv.turns[-1].stats)}]", file=sys.stderr)
    if chat.conv.turns:
        chat.sessions.save(chat.conv) if chat.autosave_name() else None
    return 1 if errors else 0


def _show(outcome: Outcome) -> int:
    """Print a command's outcome; 1 if it was an error."""
    if outcome.text:
        print(("error: " if outcome.error else "") + outcome.text,
              file=sys.stderr if outcome.error else sys.stdout)
    if outcome.copy is not None and not outcome.text.startswith("`"):
        print(outcome.copy)
    return int(outcome.error)


def _print_error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
