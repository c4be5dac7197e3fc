"""Where the app keeps its own data (gate heads, examples, later memos and chats)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA = "TINYSPEC_DATA_DIR"


def data_dir() -> Path:
    """``$TINYSPEC_DATA_DIR`` if set, else the platform's user data dir."""
    env = os.environ.get(ENV_DATA)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("tiny-specialists", appauthor=False))
