"""The Qualcomm QNN execution provider: detection, NPU sessions, node placement.

Detection never raises: every way the NPU can be missing becomes a sentence for the user. On
Linux x86_64 (and anywhere but Windows on ARM) the onnxruntime-qnn wheel's HTP backend is an
emulator: sessions work and results are right, but its timings are not an NPU's.
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from runtimes.native_output import native_stdout_to_log

EP_NAME = "QNNExecutionProvider"
# The provider options Qualcomm's own sample apps use for the HTP (NPU) backend.
HTP_OPTIONS = {
    "backend_type": "htp",
    "htp_performance_mode": "burst",
    "htp_graph_finalization_optimization_mode": "3",
}


@dataclass(frozen=True)
class QnnStatus:
    """Whether a QNN HTP backend can be used here, and what kind it is."""

    available: bool
    emulated: bool
    reason: str
    library_path: str = ""
    soc: str = ""

    @property
    def label(self) -> str:
        if not self.available:
            return "unavailable"
        return "HTP emulator (not real NPU timing)" if self.emulated else "Hexagon NPU (HTP)"


_registered: dict[str, Any] = {}


def is_real_npu_host() -> bool:
    """True on Windows on ARM64, where the HTP backend drives a real Hexagon NPU."""
    return sys.platform == "win32" and platform.machine().lower() in ("arm64", "aarch64")


def detect() -> QnnStatus:
    """Find the QNN plugin and register it with ONNX Runtime once; never raises."""
    if "status" in _registered:
        return _registered["status"]
    try:
        import onnxruntime as ort
        import onnxruntime_qnn as qnn
    except ImportError:
        status = QnnStatus(False, False, "onnxruntime-qnn is not installed (the NPU plugin for "
                                         "ONNX Runtime; install the 'qnn' extra)")
    else:
        try:
            lib = qnn.get_library_path()
            if EP_NAME not in {d.ep_name for d in ort.get_ep_devices()}:
                with native_stdout_to_log("the QNN plugin"):
                    ort.register_execution_provider_library(EP_NAME, lib)
            devices = [d for d in ort.get_ep_devices() if d.ep_name == EP_NAME]
            if not devices:
                raise RuntimeError("the plugin registered but offers no device")
            real = is_real_npu_host()
            why = ("Hexagon NPU found" if real else
                   f"the HTP backend on {platform.system()} {platform.machine()} is an emulator; "
                   "results are correct but its timings are not those of a real NPU")
            status = QnnStatus(True, not real, why, lib, _soc_name() if real else "")
            _registered["devices"] = devices
        except Exception as exc:  # noqa: BLE001 - a broken plugin must not crash detection
            status = QnnStatus(False, False, f"the QNN plugin could not be registered ({exc})")
    _registered["status"] = status
    return status


def _soc_name() -> str:
    return platform.processor() or "Snapdragon (model unknown)"


def qnn_devices() -> list:
    detect()
    return list(_registered.get("devices", []))


def options_key(model_path: str | Path, options: dict[str, str]) -> str:
    """Cache key for a compiled EP context: model bytes hash plus provider options."""
    digest = hashlib.sha256()
    with open(model_path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    digest.update(json.dumps(options, sort_keys=True).encode())
    return digest.hexdigest()[:24]


def placement(session: Any) -> dict[str, int]:
    """Nodes per execution provider, from ONNX Runtime's graph assignment record."""
    counts: dict[str, int] = {}
    try:
        for sub in session.get_provider_graph_assignment_info():
            counts[sub.ep_name] = counts.get(sub.ep_name, 0) + len(sub.get_nodes())
    except Exception:  # noqa: BLE001 - older ORT builds lack the record
        return {}
    return counts


def session_options(threads: int, qnn: bool, strict: bool, ctx_path: Path | None = None):
    """SessionOptions for a CPU session or a QNN one (``strict``: no CPU fallback)."""
    import onnxruntime as ort

    so = ort.SessionOptions()
    so.log_severity_level = 4
    so.intra_op_num_threads = threads
    so.add_session_config_entry("session.record_ep_graph_assignment_info", "1")
    if qnn:
        options = dict(HTP_OPTIONS)
        if is_real_npu_host():
            options["enable_htp_fp16_precision"] = "1"
        so.add_provider_for_devices(qnn_devices(), options)
        if strict:
            so.add_session_config_entry("session.disable_cpu_ep_fallback", "1")
        if ctx_path is not None and not ctx_path.exists():
            so.add_session_config_entry("ep.context_enable", "1")
            so.add_session_config_entry("ep.context_file_path", str(ctx_path))
            so.add_session_config_entry("ep.context_embed_mode", "1")
    return so
