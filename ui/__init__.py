"""The window (PySide6)."""

import runtimes  # noqa: F401  (maps native libraries in a safe order: runtimes/native_preload.py)
