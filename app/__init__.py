"""Tiny Specialists: the core (service, specialists, storage, settings, CLI). QtCore only."""

import runtimes  # noqa: F401  (maps llama.cpp before numpy: runtimes/llama_preload.py)

__version__ = "0.1.0"
APP_NAME = "Tiny Specialists"
