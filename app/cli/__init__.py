"""``tinyspec`` subcommands, headless: one module per command group, each registering its own
parser (``register(subparsers)``) and handler.

Errors: a user error (a missing model, a bad file, a failed job) prints one line; anything
else is a bug, logged with its traceback and shown as one line that names the log, and
``--debug`` prints the traceback too. Opening the window is the launcher's business
(``ui/launcher.py``): this package never imports ``ui``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from app import APP_NAME, __version__
from app.cli import bash, bench, chat, gate, memo, models, train
from app.errors import USER_FACING
from app.logs import details_hint, setup_logging
from app.service.jobs import JobCancelled, JobError
from app.untrusted import filtered_terminal

USER_ERRORS = (*USER_FACING, JobError, JobCancelled)
OpenWindow = Callable[[bool], int]
log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tinyspec", description=f"{APP_NAME}: tiny specialist models, on this machine.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="print the traceback of an unexpected error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="open the window (the default)")
    gui.add_argument("--smoke-test", action="store_true",
                     help="open the window, print how long it took to show, and quit")
    for group in (models, gate, bash, memo, bench, chat, train):
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None, open_window: OpenWindow | None = None) -> int:
    """Run one command; with no command, ``open_window(smoke_test)`` (given by the launcher)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        if open_window is None:
            print("error: this entry point has no window; run `tinyspec` to open it",
                  file=sys.stderr)
            return 2
        return open_window(getattr(args, "smoke_test", False))
    from app.bundle import seed_bundled_models

    setup_logging()
    seed_bundled_models()  # only does something in an installed app
    with filtered_terminal():  # nothing a model or file says can drive the terminal
        return _run(args)


def _run(args: argparse.Namespace) -> int:
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
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        log.error("tinyspec %s failed", args.command, exc_info=True)
        if args.debug:
            import traceback

            traceback.print_exc()
        print(f"error: {type(exc).__name__}: {exc} ({details_hint()}; "
              f"--debug prints it here)", file=sys.stderr)
        return 1
