"""The ``tinyspec`` entry point, the one module that knows both the command line and the
window: no arguments (or ``gui``) opens the window, anything else runs headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def open_window(smoke_test: bool = False) -> int:
    from ui.app import run_gui

    return run_gui(smoke_test=smoke_test)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as cli_main

    return cli_main(argv, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
