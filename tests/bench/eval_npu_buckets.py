"""MiniLM's NPU graphs (app.npu_graphs) against the float encoder and the gate, in one run.

    .venv/bin/python tests/bench/eval_npu_buckets.py [--buckets 16 32 64 128] [--texts 500]

Uses the graphs built in the user's model store (builds them first when they are not:
``tinyspec models build-npu``). Prints, per bucket: nodes on QNN, first compile vs reload
from the cached EP context (seconds, a fresh cache folder), and the cosine to the float
encoder on the CPU (mean / min) over ``--texts`` texts the calibration never saw (the gate's
test and held-out examples, then the bash eval inputs), each run at that bucket's length
(cut there). Then the gate: heads trained on the CPU embeddings (the shipped int8 model, as
the app trains them) decide every gate example from the CPU and from the NPU embeddings
(each text in its smallest bucket); how many decisions are unchanged. On the HTP emulator
(x86-64) a text takes 0.3-2 s, so a full run takes about 40 minutes; no timing here is an
NPU's.

Measured on 2026-11-26 (HTP emulator, onnxruntime-qnn 2.7, 2 shared cores; calibration on the
153 training examples): 700 of 700 nodes on QNN in each bucket; sessions 3.61 s compiled for
the four buckets, 0.36 s from the EP contexts (0.10 of it); cosine to float over 500 texts
0.9981 / 0.9951 (mean / min) at 16 tokens, 0.9979 / 0.9939 at 32, 0.9977 / 0.9934 at 64,
0.9975 / 0.9945 at 128; 255 of 255 decisions unchanged for both heads (needs_llm, domain),
cosine to the CPU int8 embeddings 0.9983 / 0.9963 over the 255 gate examples.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import npu_graphs  # noqa: E402
from app.service.loader import load_runtime, tokenizer_path  # noqa: E402
from app.specialists.gate import default_examples  # noqa: E402
from app.specialists.gate.features import embedding_featurizer  # noqa: E402
from app.specialists.gate.gate import Gate  # noqa: E402
from models.store import ModelStore  # noqa: E402
from runtimes import qnn  # noqa: E402
from runtimes.bert_graph import encoder_graph, load_weights  # noqa: E402
from runtimes.onnx import open_tokenizer  # noqa: E402
from runtimes.onnx_session import npu_session  # noqa: E402
from runtimes.qnn_buckets import padded, read_meta  # noqa: E402

MODEL = "minilm-l6-int8"


def held_out_texts(limit: int) -> list[str]:
    """The gate's examples the calibration did not see, then the bash eval inputs."""
    gate = [e.text for e in default_examples() if e.split != "train"]
    bash = [json.loads(line)["input"] for line in
            (ROOT / "assets/training/bash/eval.jsonl").read_text().splitlines()]
    return (gate + bash)[:limit]


def compile_times(meta: dict) -> dict[int, tuple[float, float, dict]]:
    """Per bucket: seconds to the first session (compile) and again (from the EP context)."""
    out = {}
    with tempfile.TemporaryDirectory() as cache:
        for length, spec in sorted(meta["buckets"].items()):
            t0 = time.perf_counter()
            _s, nodes, _note = npu_session(spec["path"], 1, cache)
            t1 = time.perf_counter()
            npu_session(spec["path"], 1, cache)
            out[length] = (t1 - t0, time.perf_counter() - t1, nodes)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--buckets", type=int, nargs="+", default=[16, 32, 64, 128])
    parser.add_argument("--texts", type=int, default=500)
    args = parser.parse_args()
    logging.getLogger().setLevel(logging.ERROR)  # the quantizer's advice, when it builds
    status = qnn.detect()
    if not status.available:
        print(f"no QNN: {status.reason}")
        return 1
    store = ModelStore()
    entry = store.get(MODEL)
    t0 = time.perf_counter()
    folder = npu_graphs.build(store, MODEL)
    print(f"graphs: {folder} ({time.perf_counter() - t0:.1f} s to build or find); "
          f"{status.label}")
    meta = read_meta(folder)

    times = compile_times(meta)
    for length, (first, again, nodes) in times.items():
        on = nodes.get(qnn.EP_NAME, 0)
        print(f"bucket {length:>3}: {on} of {sum(nodes.values())} nodes on QNN; session "
              f"{first:.2f} s compiled, {again:.2f} s from the EP context "
              f"({again / first:.2f} of it)", flush=True)
    first = sum(t[0] for t in times.values())
    again = sum(t[1] for t in times.values())
    print(f"all buckets: {first:.2f} s compiled, {again:.2f} s reloaded ({again / first:.2f})")

    weights, config = load_weights(store.folder(store.get(npu_graphs.source_id(entry))))
    tok_path = tokenizer_path(store, entry)
    texts = held_out_texts(args.texts)
    import onnxruntime as ort

    for length in args.buckets:
        spec = meta["buckets"][length]
        npu, _, _ = npu_session(spec["path"], 1, npu_graphs.contexts_folder(entry, folder.name))
        flt = ort.InferenceSession(encoder_graph(weights, config, length).SerializeToString(),
                                   providers=["CPUExecutionProvider"])
        tokenizer = open_tokenizer(tok_path, length)
        cosines, t1 = [], time.perf_counter()
        for text in texts:
            feed = padded(tokenizer.encode(text).ids, length)
            a = spec["scale"].dequantize(npu.run(None, feed)[0])[0]
            b = flt.run(None, feed)[0][0]
            cosines.append(float(a @ b / np.linalg.norm(a) / np.linalg.norm(b)))
        print(f"bucket {length:>3}: cosine to float mean {np.mean(cosines):.4f}, min "
              f"{min(cosines):.4f} over {len(cosines)} texts "
              f"({(time.perf_counter() - t1) / len(texts):.2f} s a text, emulated)",
              flush=True)

    examples = default_examples()
    sha = entry.files[0].sha256
    cpu = load_runtime(store, MODEL, "cpu")
    gate = Gate(embedding_featurizer(cpu, MODEL, sha))
    gate.train(examples)
    rt = load_runtime(store, MODEL, "npu")
    assert rt.report.actual == "npu", rt.report.fallback_reason
    npu_gate = Gate(embedding_featurizer(rt, MODEL, sha), gate.heads)
    words = [e.text for e in examples]
    t1 = time.perf_counter()
    cpu_f, npu_f = gate.featurizer.features(words), npu_gate.featurizer.features(words)
    per_text = (time.perf_counter() - t1) / len(words)
    cos = (cpu_f[:, :384] * npu_f[:, :384]).sum(axis=1)
    for name, head in gate.heads.items():
        a = [head.decide(s) for s in head.scores(cpu_f)]
        b = [head.decide(s) for s in head.scores(npu_f)]
        same = sum(x == y for x, y in zip(a, b, strict=True))
        print(f"gate head {name}: {same} of {len(a)} decisions unchanged on the gate's "
              "examples (heads trained on the CPU embeddings)")
    print(f"gate examples: cosine NPU to CPU int8 mean {cos.mean():.4f}, min {cos.min():.4f} "
          f"({per_text:.2f} s a text through the runtime, emulated)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
