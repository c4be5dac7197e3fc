"""Setup's choice of llama.cpp build, from the tools it finds on a faked PATH."""

from __future__ import annotations

import importlib.util
import stat
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("llama_backend",
                                              ROOT / "packaging/llama_backend.py")
llama_backend = importlib.util.module_from_spec(spec)
spec.loader.exec_module(llama_backend)


def tool(folder: Path, name: str, prints: str = "", code: int = 0) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\nprintf '%s\\n' '{prints}'\nexit {code}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def bin_dir(tmp_path):
    folder = tmp_path / "bin"
    folder.mkdir()
    return folder


def env_for(folder: Path, **extra: str) -> dict[str, str]:
    return {"PATH": str(folder), "CUDA_HOME": str(folder / "no-cuda"), **extra}


def test_nothing_found_builds_for_the_cpu(bin_dir):
    backend, why = llama_backend.detect(env_for(bin_dir))
    assert backend == "cpu" and "no GPU toolkit" in why


def test_nvcc_and_an_nvidia_gpu_build_for_cuda(bin_dir):
    tool(bin_dir, "nvcc")
    tool(bin_dir, "nvidia-smi", "GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-1)")
    assert llama_backend.detect(env_for(bin_dir))[0] == "cuda"
    assert "GGML_CUDA=on" in llama_backend.BACKENDS["cuda"]


def test_nvcc_without_a_gpu_keeps_the_cpu_build(bin_dir):
    tool(bin_dir, "nvcc")
    tool(bin_dir, "nvidia-smi", "NVIDIA-SMI has failed", code=9)
    backend, why = llama_backend.detect(env_for(bin_dir))
    assert backend == "cpu" and "no GPU to run on" in why


def test_a_vulkan_sdk_and_device_build_for_vulkan(bin_dir):
    tool(bin_dir, "glslc")
    tool(bin_dir, "pkg-config")  # "--exists vulkan" succeeds
    tool(bin_dir, "vulkaninfo", "deviceName = AMD Radeon 780M")
    assert llama_backend.detect(env_for(bin_dir))[0] == "vulkan"


def test_the_environment_variable_chooses_and_is_checked(bin_dir):
    assert llama_backend.detect(env_for(bin_dir, TINYSPEC_LLAMA_BACKEND="cuda"))[0] == "cuda"
    tool(bin_dir, "nvcc")
    tool(bin_dir, "nvidia-smi", "GPU 0: NVIDIA")
    assert llama_backend.detect(env_for(bin_dir, TINYSPEC_LLAMA_BACKEND="cpu"))[0] == "cpu"
    with pytest.raises(SystemExit, match="use one of cpu, cuda, vulkan"):
        llama_backend.detect(env_for(bin_dir, TINYSPEC_LLAMA_BACKEND="metal"))

