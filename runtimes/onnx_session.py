"""ONNX Runtime sessions on the CPU or the NPU, with a report of what really ran.

On ``npu`` the session is created with CPU fallback disabled, so a number labelled NPU is one.
A compiled graph is kept as an EP-context model keyed by model hash + provider options, and
reused on the next load. If the NPU cannot take the whole graph, the session is made on the
CPU and the report says how many nodes the NPU could have taken.
"""

from __future__ import annotations

import json
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
    report = DeviceReport(requested, "cpu", "ONNX Runtime CPU", reason, f"{threads} threads",
                          qnn.placement(session))
    return session, report


def _npu(path: Path, threads: int, status: qnn.QnnStatus, cache_dir: Path | None):
    try:
        session, nodes, cache_note = npu_session(path, threads, cache_dir)
    except Exception as exc:  # noqa: BLE001 - any NPU failure becomes a reason
        return _cpu(path, threads, "npu", _refusal(path, str(exc)))
    on_qnn = nodes.get(qnn.EP_NAME, 0)
    detail = f"{on_qnn} of {sum(nodes.values()) or on_qnn} nodes on QNN; {status.label}"
    if cache_note:
        detail += f"; {cache_note}"
    return session, DeviceReport("npu", "npu", f"ONNX Runtime QNN ({status.label})", None,
                                 detail, nodes)


def npu_session(path: str | Path, threads: int,
                cache_dir: str | Path | None = None) -> tuple[Any, dict[str, int], str]:
    """A QNN session for ``path`` with CPU fallback disabled (raises when the NPU refuses),
    the nodes per provider, and what became of the EP-context cache ("" without one).

    The compiled graph is kept in ``cache_dir`` keyed by model hash + provider options, with
    the node placement of the compile beside it (a session loaded from the context sees one
    node)."""
    import onnxruntime as ort

    ctx = None
    if cache_dir is not None:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        ctx = Path(cache_dir) / f"{qnn.options_key(path, qnn.HTP_OPTIONS)}_ctx.onnx"
    cached = ctx is not None and ctx.exists()
    with native_stdout_to_log("the QNN HTP backend"):
        session = ort.InferenceSession(
            str(ctx) if cached else str(path),
            qnn.session_options(threads, qnn=True, strict=True, ctx_path=ctx))
    if qnn.EP_NAME not in session.get_providers():
        raise RuntimeError("ONNX Runtime dropped the QNN provider")
    nodes = qnn.placement(session)
    if ctx is None:
        return session, nodes, ""
    record = ctx.with_suffix(".nodes.json")
    if cached:
        nodes = _read_nodes(record) or nodes
    elif ctx.exists():
        record.write_text(json.dumps(nodes), encoding="utf-8")
    return session, nodes, f"EP context {'reused' if cached else 'cached'} ({ctx.name})"


def _read_nodes(path: Path) -> dict[str, int]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if type(v) is int}


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
