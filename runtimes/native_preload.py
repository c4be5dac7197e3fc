"""Load native libraries whose load order matters, before anything else loads theirs.

Two crashes (SIGSEGV) came from the order in which libraries entered the process:
- llama.cpp built with CUDA (H100, llama-cpp-python 0.3.36) crashed loading a GGUF onto the GPU
  when numpy (with its bundled OpenBLAS, libgfortran, libquadmath) had been imported before
  llama_cpp; mapping ``libllama.so`` first did not.
- soundfile (cffi and its bundled libsndfile) crashed opening any file when it was first
  imported after a QNN session had been created (the HTP emulator's libraries, x86_64): a memo
  transcribed after "Load on npu", or the benchmark's transcription after its NPU embedding
  cell. Imported first, it does not (mapping libsndfile alone was not enough).

Every package of ours calls :func:`preload` on import (about 20 ms beyond numpy, which the app
imports anyway). What is missing or refused is skipped; the runtime that needs it says so in
words later.
"""

from __future__ import annotations

import ctypes
import importlib
import importlib.util
import sys
from pathlib import Path

LLAMA = ("lib/libllama.so", "lib/libllama.dylib", "lib/llama.dll")
EARLY_MODULES = ("soundfile",)  # imported after libllama is mapped (it imports numpy)
_loaded: list[str] = []


def llama_library() -> Path | None:
    """llama-cpp-python's libllama, without importing the package."""
    try:
        spec = importlib.util.find_spec("llama_cpp")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    return next((folder / n for n in LLAMA if (folder / n).is_file()), None)


def preload() -> list[str]:
    """Map libllama (unless numpy came first: too late to help) and import
    :data:`EARLY_MODULES`, once; what was loaded so far."""
    path = llama_library()
    if path is not None and str(path) not in _loaded and "numpy" not in sys.modules:
        try:
            ctypes.CDLL(str(path), mode=getattr(ctypes, "RTLD_GLOBAL", 0))
            _loaded.append(str(path))
        except OSError:  # a broken install: llama_cpp's own import will say so
            pass
    for name in EARLY_MODULES:
        if name not in _loaded:
            try:
                importlib.import_module(name)
                _loaded.append(name)
            except (ImportError, OSError):
                continue
    return list(_loaded)
