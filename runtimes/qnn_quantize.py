"""Static QDQ quantization for the QNN HTP with ONNX Runtime's QNN quantization config.

The "mixed" recipe (begun in ``tests/bench/probe_npu_minilm.py``): 8-bit activations except
these, which are 16-bit: the outputs of ``Gemm``, ``Gelu`` and ``Add``, the input and output
of ``LayerNormalization``, the attention probabilities (``Softmax`` and the ``Mul``/``Div``
that mask and renormalise them) and the graph's output; weights 8-bit per channel. All 8-bit
loses BERT's residual outliers (cosine to float 0.83); all 16-bit does not fit the HTP (the
emulator fails to finalize it with QNN_COMMON_ERROR_MEM_ALLOC, as it did a 16-bit ``Div``
after the pooling sum). 8-bit probabilities cost long inputs most: at 128 tokens each weight
is a step or two of 1/255 (cosine 0.988 on a repeated word, 0.993 on long prose, against
0.997 with 16-bit probabilities).

The graph's last ``DequantizeLinear`` would run on the CPU, so it is dropped: the quantized
graph returns the integer tensor and the caller dequantizes it with the scale and zero point
returned here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from onnx import ModelProto

RECIPE = "mixed-a8a16w8pc-v3"
"""Names the recipe and this module's way of applying it: part of every cache key."""
WIDE_OUTPUTS = ("Gemm", "Gelu", "Add")


@dataclass(frozen=True)
class OutputScale:
    """How to turn the graph's integer output back into floats."""

    scale: float
    zero_point: int
    dtype: str

    def dequantize(self, q: np.ndarray) -> np.ndarray:
        return ((q.astype(np.float32) - self.zero_point) * self.scale).astype(np.float32)


def mixed_recipe(model: ModelProto) -> dict:
    """Arguments for ``get_qnn_qdq_config`` that make the tensors named above 16-bit."""
    from onnxruntime.quantization import QuantType

    wide = [out.name for out in model.graph.output]
    probabilities: set[str] = set()
    for node in model.graph.node:  # topological order: a Softmax before what reads it
        if node.op_type == "Softmax" or (node.op_type in ("Mul", "Div")
                                         and node.input[0] in probabilities):
            probabilities.add(node.output[0])
            wide.append(node.output[0])
        elif node.op_type == "LayerNormalization":
            wide += [*node.input[:1], *node.output[:1]]
        elif node.op_type in WIDE_OUTPUTS:
            wide += node.output[:1]
    return {"activation_type": QuantType.QUInt8, "weight_type": QuantType.QUInt8,
            "per_channel": True,
            "init_overrides": {t: [{"quant_type": QuantType.QUInt16}] for t in wide}}


def quantize_for_qnn(float_path: str | Path, out_path: str | Path,
                     feeds: Iterable[dict[str, np.ndarray]]) -> OutputScale:
    """Quantize ``float_path`` with the mixed recipe, calibrated on ``feeds``, into
    ``out_path`` (which then returns its integer output); how to dequantize that output."""
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, quantize
    from onnxruntime.quantization.execution_providers.qnn import (
        get_qnn_qdq_config,
        qnn_preprocess_model,
    )

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.items: Iterator[dict[str, np.ndarray]] = iter(feeds)

        def get_next(self) -> dict[str, np.ndarray] | None:
            return next(self.items, None)

    out_path = Path(out_path)
    fused = out_path.with_name(out_path.stem + ".fused.onnx")  # Gelu as one op
    try:
        src = fused if qnn_preprocess_model(str(float_path), str(fused)) else Path(float_path)
        config = get_qnn_qdq_config(str(src), Reader(), **mixed_recipe(onnx.load(str(src))))
        quantize(str(src), str(out_path), config)
    finally:
        fused.unlink(missing_ok=True)
    return _drop_output_dequantize(out_path)


def _drop_output_dequantize(path: Path) -> OutputScale:
    """Make the graph return its output before the last ``DequantizeLinear``."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    out = model.graph.output[0]
    dq = next(n for n in model.graph.node
              if n.op_type == "DequantizeLinear" and out.name in n.output)
    init = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    scale, zero = init[dq.input[1]], init[dq.input[2]]
    producer = next(n for n in model.graph.node if dq.input[0] in n.output)
    model.graph.node.remove(dq)
    producer.output[list(producer.output).index(dq.input[0])] = out.name
    out.type.tensor_type.elem_type = onnx.helper.np_dtype_to_tensor_dtype(zero.dtype)
    onnx.save(model, str(path))
    return OutputScale(float(scale), int(zero), str(zero.dtype))
