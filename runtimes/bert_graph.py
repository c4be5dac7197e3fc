"""A BERT sentence encoder (all-MiniLM-L6-v2) as a fixed-length ONNX graph, built from its
safetensors weights with ``onnx.helper`` and numpy (no torch).

The graph takes ``input_ids`` and ``attention_mask`` (int64, ``[1, length]``) and returns the
sum of the last hidden states over the mask (``summed``, ``[1, hidden]``); L2-normalising it
gives the vector :class:`runtimes.onnx.OnnxEmbedder` computes (the mean's division by the
token count cancels). Dividing and normalising are left to the caller because in a quantized
graph they cost accuracy: the 8-bit mean of a 3-token text in the 64-token graph fell to
cosine 0.989 against 0.993 for the 16-bit sum normalised in numpy.

It is shaped for the QNN HTP: every shape is fixed, the hidden state is 2-D
(``[length, hidden]``) so each projection is one ``Gemm``, and attention is masked by
multiplying the softmax by the mask and renormalising (the usual additive ``-inf`` mask
cannot be quantized). Padding therefore changes nothing: a padded key gets weight 0, a padded
position is left out of the sum.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from onnx import ModelProto

OPSET = 17
OUTPUT = "summed"


def load_weights(folder: str | Path) -> tuple[dict[str, np.ndarray], dict]:
    """The tensors of ``model.safetensors`` and the ``config.json`` beside it."""
    from safetensors.numpy import load_file

    folder = Path(folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    tensors = load_file(str(folder / "model.safetensors"))
    return {k.removeprefix("bert."): v for k, v in tensors.items()}, config


class _Builder:
    """Nodes and initializers with unique names."""

    def __init__(self) -> None:
        self.nodes: list = []
        self.inits: list = []

    def const(self, name: str, value: np.ndarray) -> str:
        from onnx import numpy_helper

        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(self, op_type: str, inputs: list[str], name: str, **attrs) -> str:
        from onnx import helper

        self.nodes.append(helper.make_node(op_type, inputs, [name], name=name, **attrs))
        return name


def encoder_graph(weights: dict[str, np.ndarray], config: dict, length: int) -> ModelProto:
    """The encoder for sequences of exactly ``length`` tokens, as an ``onnx.ModelProto``."""
    from onnx import TensorProto, helper

    hidden, heads = int(config["hidden_size"]), int(config["num_attention_heads"])
    head_dim, eps = hidden // heads, float(config.get("layer_norm_eps", 1e-12))
    if length > int(config.get("max_position_embeddings", 512)):
        raise ValueError(f"length {length} exceeds the model's position embeddings")
    g = _Builder()
    w = weights
    f32 = np.float32

    def dense(x: str, prefix: str, scale: float = 1.0) -> str:
        # safetensors keeps Linear weights as [out, in]; Gemm reads [in, out] here
        wt = g.const(f"{prefix}.w", (w[f"{prefix}.weight"].T * scale).astype(f32))
        b = g.const(f"{prefix}.b", (w[f"{prefix}.bias"] * scale).astype(f32))
        return g.op("Gemm", [x, wt, b], f"{prefix}.out")

    def layer_norm(x: str, prefix: str) -> str:
        return g.op("LayerNormalization", [x, g.const(f"{prefix}.g", w[f"{prefix}.weight"]),
                                           g.const(f"{prefix}.beta", w[f"{prefix}.bias"])],
                    f"{prefix}.out", axis=-1, epsilon=eps)

    # embeddings: words + (positions + token type 0, folded into one constant)
    words = g.op("Gather", [g.const("embeddings.words", w["embeddings.word_embeddings.weight"]),
                            "input_ids"], "embeddings.words.out")
    flat = g.op("Reshape", [words, g.const("shape.hidden", np.array([length, hidden]))],
                "embeddings.flat")
    positions = (w["embeddings.position_embeddings.weight"][:length]
                 + w["embeddings.token_type_embeddings.weight"][0]).astype(f32)
    x = g.op("Add", [flat, g.const("embeddings.positions", positions)], "embeddings.sum")
    x = layer_norm(x, "embeddings.LayerNorm")

    mask = g.op("Cast", [g.op("Reshape", [
        "attention_mask", g.const("shape.mask_row", np.array([1, 1, length]))], "mask.row")],
        "mask.keys", to=TensorProto.FLOAT)
    split = g.const("shape.heads", np.array([length, heads, head_dim]))
    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}"
        q = dense(x, f"{p}.attention.self.query", 1.0 / np.sqrt(head_dim))
        k, v = dense(x, f"{p}.attention.self.key"), dense(x, f"{p}.attention.self.value")
        q = g.op("Transpose", [g.op("Reshape", [q, split], f"{p}.q.split")], f"{p}.q.heads",
                 perm=[1, 0, 2])
        k = g.op("Transpose", [g.op("Reshape", [k, split], f"{p}.k.split")], f"{p}.k.heads",
                 perm=[1, 2, 0])
        v = g.op("Transpose", [g.op("Reshape", [v, split], f"{p}.v.split")], f"{p}.v.heads",
                 perm=[1, 0, 2])
        probs = g.op("Softmax", [g.op("MatMul", [q, k], f"{p}.scores")], f"{p}.softmax",
                     axis=-1)
        kept = g.op("Mul", [probs, mask], f"{p}.masked")
        total = g.op("ReduceSum", [kept, g.const(f"{p}.axis", np.array([-1]))], f"{p}.total",
                     keepdims=1)
        attn = g.op("MatMul", [g.op("Div", [kept, total], f"{p}.probs"), v], f"{p}.context")
        attn = g.op("Reshape", [g.op("Transpose", [attn], f"{p}.context.t", perm=[1, 0, 2]),
                                g.const(f"{p}.shape", np.array([length, hidden]))],
                    f"{p}.context.flat")
        attn = dense(attn, f"{p}.attention.output.dense")
        x = layer_norm(g.op("Add", [attn, x], f"{p}.attention.residual"),
                       f"{p}.attention.output.LayerNorm")
        ff = _gelu(g, dense(x, f"{p}.intermediate.dense"), f"{p}.gelu")
        ff = dense(ff, f"{p}.output.dense")
        x = layer_norm(g.op("Add", [ff, x], f"{p}.output.residual"), f"{p}.output.LayerNorm")

    # masked sum over positions
    weights_col = g.op("Cast", [g.op("Reshape", [
        "attention_mask", g.const("shape.mask_col", np.array([length, 1]))], "mask.col")],
        "mask.positions", to=TensorProto.FLOAT)
    g.nodes.append(helper.make_node(
        "ReduceSum", [g.op("Mul", [x, weights_col], "pool.masked"),
                      g.const("axis.positions", np.array([0]))], [OUTPUT], name=OUTPUT,
        keepdims=1))

    ints = [helper.make_tensor_value_info(n, TensorProto.INT64, [1, length])
            for n in ("input_ids", "attention_mask")]
    out = helper.make_tensor_value_info(OUTPUT, TensorProto.FLOAT, [1, hidden])
    graph = helper.make_graph(g.nodes, f"minilm_{length}", ints, [out], g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="tiny-specialists")
    model.ir_version = 8
    return model


def _gelu(g: _Builder, x: str, name: str) -> str:
    """BERT's exact GELU, ``x * 0.5 * (1 + erf(x / sqrt 2))``, in the form ONNX Runtime's QNN
    preprocessing fuses into one ``Gelu`` node."""
    scaled = g.op("Div", [x, g.const(f"{name}.sqrt2", np.array(np.sqrt(2.0), np.float32))],
                  f"{name}.scaled")
    one = g.op("Add", [g.op("Erf", [scaled], f"{name}.erf"),
                       g.const(f"{name}.one", np.array(1.0, np.float32))], f"{name}.plus1")
    half = g.op("Mul", [x, one], f"{name}.times")
    return g.op("Mul", [half, g.const(f"{name}.half", np.array(0.5, np.float32))], f"{name}.out")
