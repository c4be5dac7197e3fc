"""Tiny Specialists: the core (service, specialists, storage, settings, CLI). QtCore only."""

import runtimes  # noqa: F401  (maps native libraries in a safe order: runtimes/native_preload.py)

__version__ = "0.1.0"
APP_NAME = "Tiny Specialists"
