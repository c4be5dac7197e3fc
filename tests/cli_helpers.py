"""Run ``tinyspec`` in-process and capture what it prints."""

from __future__ import annotations

import contextlib
import io

from app.cli import main


def run_cli(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of ``tinyspec ARGS``."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()
