"""The window (PySide6)."""

import runtimes  # noqa: F401  (maps llama.cpp before numpy: runtimes/llama_preload.py)
