"""Which llama.cpp build to make: ``cpu``, ``cuda`` or ``vulkan``, and its CMake arguments.

    python3 packaging/llama_backend.py          # prints: BACKEND<TAB>CMAKE_ARGS

``TINYSPEC_LLAMA_BACKEND=cpu|cuda|vulkan`` chooses; otherwise an NVIDIA toolkit (``nvcc`` on
the PATH or in /usr/local/cuda/bin) with an NVIDIA GPU to run on (``nvidia-smi -L`` lists
one) gives ``cuda``, a Vulkan SDK (``glslc`` and the ``vulkan`` pkg-config module, or
``VULKAN_SDK``) with a Vulkan device (``vulkaninfo --summary``) gives ``vulkan``, and anything
else ``cpu``: a toolkit without a device (a build box, a CI runner) keeps the CPU build.
Every build is portable (``GGML_NATIVE=OFF``), so a cached wheel runs on any CPU of its kind.
Standard library only: bootstrap runs it before the virtual environment has anything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

BACKENDS = {
    "cpu": "-DGGML_NATIVE=OFF",
    "cuda": "-DGGML_NATIVE=OFF -DGGML_CUDA=on",
    "vulkan": "-DGGML_NATIVE=OFF -DGGML_VULKAN=on",
}


def _has_vulkan_sdk(path: str | None) -> bool:
    if os.environ.get("VULKAN_SDK"):
        return True
    if not shutil.which("glslc", path=path):
        return False
    pkg = shutil.which("pkg-config", path=path)
    if pkg is None:
        return False
    return subprocess.run([pkg, "--exists", "vulkan"], check=False).returncode == 0


def detect(env: dict[str, str] | None = None) -> tuple[str, str]:
    """(backend, why) from the environment and the tools on its PATH."""
    env = dict(os.environ if env is None else env)
    chosen = env.get("TINYSPEC_LLAMA_BACKEND", "").strip().lower()
    if chosen:
        if chosen not in BACKENDS:
            raise SystemExit(f"TINYSPEC_LLAMA_BACKEND={chosen!r}: use one of "
                             f"{', '.join(BACKENDS)}")
        return chosen, "chosen with TINYSPEC_LLAMA_BACKEND"
    path = env.get("PATH")
    nvcc = shutil.which("nvcc", path=path) or shutil.which(
        "nvcc", path=env.get("CUDA_HOME", "/usr/local/cuda") + "/bin")
    gpu = _lists(path, "nvidia-smi", "-L", "GPU")
    if nvcc and gpu:
        return "cuda", f"found the NVIDIA toolkit ({nvcc}) and a GPU"
    vulkan = _has_vulkan_sdk(path)
    if vulkan and _lists(path, "vulkaninfo", "--summary", "deviceName"):
        return "vulkan", "found a Vulkan SDK and a Vulkan device"
    if nvcc or vulkan:
        return "cpu", (f"found {'nvcc' if nvcc else 'a Vulkan SDK'} but no GPU to run on; "
                       "TINYSPEC_LLAMA_BACKEND=cuda|vulkan builds for it anyway")
    return "cpu", "no GPU toolkit found (nvcc, Vulkan SDK)"


def _lists(path: str | None, tool: str, flag: str, needle: str) -> bool:
    """Whether ``tool flag`` runs and mentions ``needle`` (a device is there)."""
    exe = shutil.which(tool, path=path)
    if exe is None:
        return False
    try:
        done = subprocess.run([exe, flag], capture_output=True, text=True, timeout=20,
                              check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and needle in done.stdout


def main() -> int:
    backend, why = detect()
    print(f"{backend}\t{BACKENDS[backend]}\t{why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
