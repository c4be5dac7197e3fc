"""What this machine has: CPU, memory, NPU (QNN HTP, real or emulated), GPU back-ends; each
device with the reason it is or is not usable. Detection never raises."""

from __future__ import annotations

import os
import platform
from dataclasses import asdict, dataclass, field


@dataclass
class Device:
    kind: str              # cpu | npu | gpu
    available: bool
    label: str
    reason: str            # why it is (or is not) usable, in words
    emulated: bool = False


@dataclass
class Hardware:
    cpu: str
    cores: int
    memory_gb: float
    os: str
    devices: list[Device] = field(default_factory=list)

    def device(self, kind: str) -> Device:
        return next(d for d in self.devices if d.kind == kind)

    def describe(self) -> str:
        return f"{self.cpu}, {self.cores} cores, {self.memory_gb:.0f} GB, {self.os}"

    def to_dict(self) -> dict:
        return asdict(self)


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def _memory_gb() -> float:
    try:
        import psutil

        return psutil.virtual_memory().total / 1e9
    except Exception:  # noqa: BLE001
        return 0.0


def _gpu() -> Device:
    found = []
    try:
        import llama_cpp

        if llama_cpp.llama_supports_gpu_offload():
            found.append("llama.cpp GPU offload")
    except Exception:  # noqa: BLE001 - a broken binding must not stop detection
        pass
    try:
        import onnxruntime as ort

        names = {"CUDAExecutionProvider": "ONNX Runtime CUDA", "DmlExecutionProvider":
                 "DirectML", "CoreMLExecutionProvider": "CoreML",
                 "ROCMExecutionProvider": "ROCm"}
        found += [v for k, v in names.items() if k in ort.get_available_providers()]
    except Exception:  # noqa: BLE001
        pass
    try:
        import ctranslate2

        if ctranslate2.get_cuda_device_count() > 0:
            found.append("CTranslate2 CUDA")
    except Exception:  # noqa: BLE001
        pass
    if found:
        return Device("gpu", True, "GPU", "usable through " + ", ".join(found))
    return Device("gpu", False, "GPU", "no GPU back-end is installed: llama.cpp was built for "
                  "the CPU (with an NVIDIA or Vulkan GPU: `TINYSPEC_LLAMA_BACKEND=cuda make "
                  "setup`, or vulkan, builds it for the GPU), ONNX Runtime has no "
                  "CUDA/DirectML/CoreML provider, and CTranslate2 sees no CUDA device")


def detect() -> Hardware:
    from runtimes import qnn

    cores = os.cpu_count() or 1
    cpu = Device("cpu", True, "CPU", f"{cores} cores, always available")
    status = qnn.detect()
    npu = Device("npu", status.available, status.label if status.available else "NPU",
                 status.reason, status.emulated)
    return Hardware(cpu_model(), cores, _memory_gb(),
                    f"{platform.system()} {platform.release()} {platform.machine()}",
                    [cpu, npu, _gpu()])
