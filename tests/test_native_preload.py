"""Native libraries load in a safe order (runtimes/native_preload.py): libllama before numpy
(a CUDA llama.cpp crashed on GPU loads otherwise), soundfile before any QNN session (opening
audio crashed otherwise). Each case runs in a fresh interpreter, since the failure is a crash."""

from __future__ import annotations

import subprocess
import sys

import pytest

from runtimes import qnn


def run(code: str, **env: str) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})


@pytest.mark.parametrize("package", ["app", "ui", "runtimes", "models.store", "app.cli"])
def test_our_packages_load_llama_before_numpy_and_soundfile_early(package):
    done = run(f"import {package}\nfrom runtimes.native_preload import _loaded\nprint(_loaded)")
    assert done.returncode == 0, done.stderr
    assert "libllama" in done.stdout and "soundfile" in done.stdout


def test_numpy_first_leaves_llama_alone():
    """Too late to help: libllama is not mapped by us, and nothing breaks."""
    done = run("import numpy\nfrom runtimes.native_preload import _loaded\nprint(_loaded)")
    assert done.returncode == 0 and "libllama" not in done.stdout
    assert "soundfile" in done.stdout


@pytest.mark.skipif(not qnn.detect().available, reason="no QNN execution provider here")
def test_audio_opens_after_a_qnn_session(store):
    """The crash this order prevents: an NPU load, then reading a recording."""
    code = ("import app\n"
            "from app.defaults import DEFAULTS\n"
            "from app.service.loader import load_runtime\n"
            "from assets import asset_path\n"
            "from models.store import ModelStore\n"
            "from runtimes.audio_file import read_audio\n"
            "rt = load_runtime(ModelStore(), DEFAULTS.embed, 'npu')\n"
            "rt.embed(['hello'])\n"
            "audio = read_audio(str(asset_path('audio/bench_utterance.wav')))\n"
            "print('read', len(audio))\n")
    done = run(code, TINYSPEC_MODELS_DIR=str(store.root))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("read ")
