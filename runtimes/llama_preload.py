"""Load llama.cpp's shared libraries before numpy's.

On an H100 (llama-cpp-python 0.3.36 built with CUDA, numpy 2.5 with its bundled OpenBLAS,
libgfortran and libquadmath), loading a GGUF onto the GPU crashed the process (SIGSEGV) whenever
numpy had been imported before llama_cpp; the other order worked, and so did loading
``libllama.so`` first without importing llama_cpp. The app imports numpy early, so every package
of ours calls :func:`preload` on import: it maps the library (about 15 ms) and imports nothing.
"""

from __future__ import annotations

import ctypes
import importlib.util
import sys
from pathlib import Path

_loaded: list[Path] = []


def library_path() -> Path | None:
    """llama-cpp-python's ``libllama.so`` (or .dylib / .dll), without importing the package."""
    try:
        spec = importlib.util.find_spec("llama_cpp")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    return next((lib / n for n in ("libllama.so", "libllama.dylib", "llama.dll")
                 if (lib / n).is_file()), None)


def preload() -> Path | None:
    """Map libllama (and the ggml libraries it links) once, before numpy is imported; the
    path loaded, or None when there is none, numpy came first, or the loader refused it."""
    if _loaded:
        return _loaded[0]
    if "numpy" in sys.modules:
        return None
    path = library_path()
    if path is None:
        return None
    try:
        ctypes.CDLL(str(path), mode=getattr(ctypes, "RTLD_GLOBAL", 0))
    except OSError:  # a broken install: llama_cpp's own import will say so in words
        return None
    _loaded.append(path)
    return path
