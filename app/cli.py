"""``tinyspec``: no arguments opens the window; subcommands run headless.

Each subcommand module registers its own parser (``register(subparsers)``) and handler, so
this file only wires them together.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import (
    APP_NAME,
    __version__,
    cli_bash,
    cli_bench,
    cli_chat,
    cli_gate,
    cli_memo,
    cli_models,
)
from app.errors import USER_FACING
from app.service.jobs import JobError

USER_ERRORS = (*USER_FACING, JobError, KeyError, OSError, ValueError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tinyspec", description=f"{APP_NAME}: tiny specialist models, on this machine.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--smoke-test", action="store_true",
                     help="open the window, print how long it took to show, and quit")
    cli_models.register(sub)
    cli_gate.register(sub)
    cli_bash.register(sub)
    cli_memo.register(sub)
    cli_bench.register(sub)
    cli_chat.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command not in (None, "gui"):
        from app.bundle import seed_bundled_models

        seed_bundled_models()  # only does something in an installed app
    if args.command in (None, "gui"):
        from ui.app import run_gui

        return run_gui(smoke_test=getattr(args, "smoke_test", False))
    try:
        return int(args.handler(args) or 0)
    except BrokenPipeError:  # the reader (e.g. `head`) stopped reading: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except USER_ERRORS as exc:
        text = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        print(f"error: {text}", file=sys.stderr)
        return 1
