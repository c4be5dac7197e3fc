"""The app's log file, shared by the window and the command line.

Unexpected errors are logged here with their traceback at ERROR; the user sees one line that
ends with :func:`details_hint`, which names this file.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "tinyspec.log"
_current: Path | None = None


def default_folder() -> Path:
    from app.paths import data_dir

    return data_dir() / "logs"


def setup_logging(folder: str | Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send warnings and job failures to ``tinyspec.log`` in ``folder`` (the data dir's
    ``logs`` by default); returns the file, or ``None`` when the folder cannot be written."""
    global _current
    path = Path(folder or default_folder()) / LOG_NAME
    root = logging.getLogger()
    if _current == path:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=2,
                                      encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if getattr(h, "_tinyspec", False)]:
        root.removeHandler(old)
        old.close()
    handler._tinyspec = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    _current = path
    return path


def details_hint() -> str:
    """``"details in the log: PATH"`` (or a plain "details in the log")."""
    return f"details in the log: {_current}" if _current else "details in the log"
