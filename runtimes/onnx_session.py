"""ONNX Runtime sessions on the CPU or the NPU, with a report of what really ran.

On ``npu`` the session is created with CPU fallback disabled, so a number labelled NPU is one.
A compiled graph is kept as an EP-context model keyed by model hash + provider options, and
reused on the next load. If the NPU cannot take the whole graph, the session is made on the
CPU and the report says how many nodes the NPU could have taken.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from runtimes import qnn
from runtimes.base import DeviceReport, RuntimeLoadError
from runtimes.native_output import native_stdout_to_log


def open_session(path: str | Path, device: str, threads: int,
                 cache_dir: str | Path | None = None) -> tuple[Any, DeviceReport]:
    """An ``InferenceSession`` for ``path`` and the :class:`DeviceReport` of what it got."""
    path = Path(path)
    if device == "npu":
        status = qnn.detect()
        if not status.available:
            return _cpu(path, threads, device, f"no NPU: {status.reason}")
        return _npu(path, threads, status, Path(cache_dir) if cache_dir else None)
    reason = None
    if device == "gpu":
        reason = "no GPU execution provider (CUDA, DirectML, CoreML) is installed"
    return _cpu(path, threads, device, reason)


def _cpu(path: Path, threads: int, requested: str, reason: str | None):
    import onnxruntime as ort

    try:
        session = ort.InferenceSession(
            str(path), qnn.session_options(threads, qnn=False, strict=False),
            providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001 - ORT raises several unrelated types
        raise RuntimeLoadError(f"{path}: ONNX Runtime cannot load it ({exc})") from None
    report = DeviceReport(requested, "cpu", "ONNX Runtime CPU", reason, f"{threads} threads")
    return session, report


def _npu(path: Path, threads: int, status: qnn.QnnStatus, cache_dir: Path | None):
    import onnxruntime as ort

    ctx = None
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        ctx = cache_dir / f"{qnn.options_key(path, qnn.HTP_OPTIONS)}_ctx.onnx"
    cached = ctx is not None and ctx.exists()
    try:
        with native_stdout_to_log("the QNN HTP backend"):
            session = ort.InferenceSession(
                str(ctx) if cached else str(path),
                qnn.session_options(threads, qnn=True, strict=True, ctx_path=ctx))
        if qnn.EP_NAME not in session.get_providers():
            raise RuntimeError("ONNX Runtime dropped the QNN provider")
    except Exception as exc:  # noqa: BLE001 - any NPU failure becomes a reason
        return _cpu(path, threads, "npu", _refusal(path, str(exc)))
    nodes = qnn.placement(session)
    on_qnn = nodes.get(qnn.EP_NAME, 0)
    detail = f"{on_qnn} of {sum(nodes.values()) or on_qnn} nodes on QNN; {status.label}"
    if ctx is not None:
        detail += f"; EP context {'reused' if cached else 'cached'} ({ctx.name})"
    return session, DeviceReport("npu", "npu", f"ONNX Runtime QNN ({status.label})", None,
                                 detail)


def _refusal(path: Path, error: str) -> str:
    """Why the NPU refused the model, counting the nodes it could have taken."""
    import onnxruntime as ort

    if "assigned to the default CPU EP" not in error:
        return f"the NPU could not run this model ({error.strip().splitlines()[0]})"
    try:
        with native_stdout_to_log("the QNN HTP backend"):
            probe = ort.InferenceSession(str(path),
                                         qnn.session_options(1, qnn=True, strict=False))
        nodes = qnn.placement(probe)
    except Exception:  # noqa: BLE001
        nodes = {}
    total, on_qnn = sum(nodes.values()), nodes.get(qnn.EP_NAME, 0)
    share = f"{on_qnn} of {total} graph nodes" if total else "part of the graph"
    return f"the NPU took only {share} (it needs fixed input shapes); ran on the CPU"
