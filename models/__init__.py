"""The model store: the default models, where they come from, and their files."""

import runtimes  # noqa: F401  (maps native libraries in a safe order: runtimes/native_preload.py)
