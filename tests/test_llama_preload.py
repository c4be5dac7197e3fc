"""llama.cpp's library is mapped before numpy (a CUDA build crashed loading onto an H100 when
numpy came first; runtimes/llama_preload.py). Each case runs in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import sys
{first}
mapped = any("libllama" in line for line in open("/proc/self/maps"))
print("numpy" in sys.modules, mapped)
"""


def run(first: str) -> str:
    done = subprocess.run([sys.executable, "-c", CHECK.format(first=first)],
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout.strip()


@pytest.mark.parametrize("package", ["app", "ui", "runtimes", "app.cli"])
def test_importing_our_packages_maps_llama_before_numpy(package):
    """``_loaded`` is only filled while numpy is not yet imported."""
    out = run(f"import {package}\nfrom runtimes.llama_preload import _loaded\nprint(_loaded)")
    assert "libllama" in out.splitlines()[0]
    assert out.splitlines()[1].endswith("True")


def test_numpy_first_is_left_alone():
    """Too late to help: preload says so (None) and maps nothing."""
    out = run("import numpy\nfrom runtimes.llama_preload import preload, _loaded\n"
              "print(preload(), _loaded)")
    assert out.splitlines()[0] == "None []"
    assert out.splitlines()[1] == "True False"
