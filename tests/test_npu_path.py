"""The NPU code path end to end on a graph QNN can take whole (fixed shapes, MatMul + Relu).

Here the HTP backend is onnxruntime-qnn's emulator: the session really runs on QNN with CPU
fallback disabled, and the report must say it is an emulator, never a real NPU timing.
"""

from __future__ import annotations

import numpy as np
import pytest

from runtimes import qnn
from runtimes.onnx_session import open_session

pytestmark = pytest.mark.skipif(not qnn.detect().available, reason=qnn.detect().reason)


def _static_model(path):
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    w = numpy_helper.from_array(rng.standard_normal((16, 8)).astype(np.float32), "w")
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["h"]), helper.make_node("Relu", ["h"], ["y"])],
        "static", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 16])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 8])], [w])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 9
    onnx.save(model, str(path))
    return numpy_helper.to_array(w)


def test_a_static_graph_runs_wholly_on_qnn_and_is_labelled(tmp_path):
    weights = _static_model(tmp_path / "static.onnx")
    session, report = open_session(tmp_path / "static.onnx", "npu", 1, tmp_path / "ctx")
    assert (report.requested, report.actual, report.fallback_reason) == ("npu", "npu", None)
    assert session.get_providers()[0] == qnn.EP_NAME
    assert report.detail.startswith("2 of 2 nodes on QNN")
    if not qnn.is_real_npu_host():
        assert "emulator" in report.provider and "not real NPU timing" in report.provider
    x = np.linspace(-1, 1, 16, dtype=np.float32)[None]
    y = session.run(None, {"x": x})[0]
    assert np.allclose(y, np.maximum(x @ weights, 0), atol=1e-2)
    assert "EP context cached" in report.detail
    assert list((tmp_path / "ctx").glob("*_ctx.onnx"))
    again, report2 = open_session(tmp_path / "static.onnx", "npu", 1, tmp_path / "ctx")
    assert report2.actual == "npu" and "EP context reused" in report2.detail
    assert np.allclose(again.run(None, {"x": x})[0], y, atol=1e-2)


def test_cpu_request_on_the_same_graph_stays_on_cpu(tmp_path):
    _static_model(tmp_path / "static.onnx")
    session, report = open_session(tmp_path / "static.onnx", "cpu", 1)
    assert report.actual == "cpu" and report.fallback_reason is None
    assert session.get_providers() == ["CPUExecutionProvider"]
