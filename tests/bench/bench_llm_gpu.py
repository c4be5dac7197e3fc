"""Decode tokens/s and time to first token: our llama.cpp runtime (``LlamaRuntime``) against
bare llama-cpp-python on one GGUF file and one device, in one process, without Qt.

    python tests/bench/bench_llm_gpu.py --model PATH.gguf [--device gpu|cpu] [--tokens 128]
        [--runs 5] [--json OUT.json] [--top-k K --top-p P --temperature T --seed S]

The model is loaded through ``LlamaRuntime(path, device=...)`` and as a bare ``llama_cpp.Llama``
with the runtime's n_ctx, threads and chat format and ``n_gpu_layers`` -1 (gpu) or 0. After one
warm-up each, runs alternate (bare, app, ...), both streaming the same messages with the same
sampling and seed. Time to first token runs from the call to the first streamed piece; decode
tokens/s counts the pieces after the first over the time from the first to the last. Reported:
medians, the ratio app / bare of decode tokens/s (target >= 0.95), each side's device, and
whether both wrote the same text. A GGUF with all-zero weights has flat logits: give it
``--top-k 0 --top-p 1.0`` so that end-of-turn stays rare and replies run to ``--tokens``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from runtimes.base import GenerationParams
from runtimes.llama import COMPLETION, LlamaRuntime, completion_prompt

PROMPT = [{"role": "user", "content": "Write a long story, at least a thousand words, about a "
                                      "lighthouse keeper, a storm and a ship lost at sea."}]


def timed(pieces) -> dict:
    """ttft_ms, decode tok/s and piece count of one streamed reply, plus its text."""
    start, stamps, text = time.perf_counter(), [], []
    for piece in pieces:
        stamps.append(time.perf_counter())
        text.append(piece)
    span = stamps[-1] - stamps[0] if stamps else 0.0
    return {"ttft_ms": (stamps[0] - start) * 1000 if stamps else 0.0, "pieces": len(stamps),
            "tok_s": (len(stamps) - 1) / span if span > 0 else 0.0, "text": "".join(text)}


def bare_pieces(llm, p: GenerationParams, completion: bool):
    """The stream the app asks llama-cpp-python for, asked for directly."""
    common = dict(max_tokens=p.max_tokens, temperature=p.temperature, top_p=p.top_p,
                  top_k=p.top_k, repeat_penalty=p.repeat_penalty, seed=p.seed, stream=True)
    if completion:  # a GGUF with neither template nor known architecture
        for chunk in llm.create_completion(completion_prompt(PROMPT), stop=["\nUser:"], **common):
            if text := chunk["choices"][0].get("text"):
                yield text
        return
    for chunk in llm.create_chat_completion(messages=PROMPT, stop=None, grammar=None, **common):
        if text := chunk["choices"][0]["delta"].get("content"):
            yield text


def gpu_name() -> str:
    """The GPU and its memory in use (both models loaded), from nvidia-smi; '-' without one."""
    query = ["nvidia-smi", "--query-gpu=name,memory.used", "--format=csv,noheader"]
    try:
        out = subprocess.run(query, capture_output=True, text=True, timeout=20)
        return out.stdout.strip().splitlines()[0] if out.returncode == 0 and out.stdout else "-"
    except (OSError, subprocess.SubprocessError):
        return "-"


def main() -> int:
    d = GenerationParams()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", required=True, help="path of a GGUF file")
    parser.add_argument("--device", choices=("gpu", "cpu"), default="gpu")
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="write the results here")
    for name, kind, default in (("--temperature", float, d.temperature), ("--seed", int, 7),
                                ("--top-p", float, d.top_p), ("--top-k", int, d.top_k)):
        parser.add_argument(name, type=kind, default=default)
    args = parser.parse_args()

    import llama_cpp
    params = GenerationParams(max_tokens=args.tokens, temperature=args.temperature,
                              top_p=args.top_p, top_k=args.top_k, repeat_penalty=d.repeat_penalty,
                              seed=args.seed)
    t0 = time.perf_counter()
    app = LlamaRuntime(args.model, device=args.device)
    load_app, n_ctx, t0 = time.perf_counter() - t0, app.n_ctx, time.perf_counter()
    completion = app.prompt_style == COMPLETION
    bare = llama_cpp.Llama(model_path=args.model, n_ctx=n_ctx, n_threads=app.n_threads,
                           n_threads_batch=app.n_threads, verbose=False,
                           n_gpu_layers=-1 if args.device == "gpu" else 0,  # the app's format
                           chat_format=None if app.has_template else app.llm.chat_format)
    load_bare = time.perf_counter() - t0
    sides = {"bare": lambda: timed(bare_pieces(bare, params, completion)),
             "app": lambda: timed(app.generate(PROMPT, params))}
    for run in sides.values():  # warm-ups, not counted
        run()
    rounds = [{name: run() for name, run in sides.items()} for _ in range(args.runs)]
    runs = {name: [r[name] for r in rounds] for name in sides}  # alternating bare, app
    same_text = sum(b["text"] == a["text"] for b, a in zip(runs["bare"], runs["app"], strict=True))
    formats = (bare.chat_format, COMPLETION if completion else app.llm.chat_format)
    gpu = gpu_name()
    app.close()
    bare.close()
    med = {n: {k: statistics.median(r[k] for r in rs) for k in ("ttft_ms", "tok_s", "pieces")}
           for n, rs in runs.items()}
    ratio = med["app"]["tok_s"] / med["bare"]["tok_s"] if med["bare"]["tok_s"] else 0.0
    result = {
        "model_file": Path(args.model).name, "device_requested": args.device,
        "app_report": app.report.to_dict(), "bare_n_gpu_layers": -1 if args.device == "gpu" else 0,
        "gpu_offload_supported": bool(llama_cpp.llama_supports_gpu_offload()),
        "llama_cpp_version": llama_cpp.__version__, "gpu_name": gpu,
        "n_ctx": n_ctx, "n_threads": app.n_threads, "chat_formats_bare_app": formats,
        "load_s": {"bare": round(load_bare, 3), "app": round(load_app, 3)},
        "params": {k: getattr(params, k) for k in ("max_tokens", "temperature", "top_p",
                                                    "top_k", "repeat_penalty", "seed")},
        "runs": {n: [{k: v for k, v in r.items() if k != "text"} for r in rs]
                 for n, rs in runs.items()},
        "median": med, "ratio_decode_app_over_bare": round(ratio, 4),
        "same_text_runs": same_text, "sample_text": runs["app"][-1]["text"][:300]}

    print(f"model {result['model_file']} · asked {args.device} · app: {app.report.summary()} · "
          f"bare n_gpu_layers {result['bare_n_gpu_layers']} · gpu offload supported "
          f"{result['gpu_offload_supported']} · llama_cpp {llama_cpp.__version__} · GPU "
          f"{result['gpu_name']}")
    print(f"n_ctx {n_ctx}, {app.n_threads} threads, {args.runs} alternating runs each after "
          f"one warm-up; sampling {result['params']}")
    print(f"{'':22}{'bare llama-cpp-python':>24}{'app LlamaRuntime':>20}")
    print(f"{'decode tokens/s':22}{med['bare']['tok_s']:>24.1f}{med['app']['tok_s']:>20.1f}")
    print(f"{'time to first token':22}{med['bare']['ttft_ms']:>21.1f} ms"
          f"{med['app']['ttft_ms']:>17.1f} ms")
    print(f"{'pieces per reply':22}{med['bare']['pieces']:>24.0f}{med['app']['pieces']:>20.0f}")
    print(f"ratio of decode tokens/s (app / bare): {ratio:.3f} "
          f"({'OK' if ratio >= 0.95 else 'BELOW'} the 0.95 target)")
    print(f"same text on both sides in {same_text}/{args.runs} runs; chat formats {formats}")
    if min(r["pieces"] for rs in runs.values() for r in rs) < 0.9 * args.tokens:
        print(f"note: some replies stopped early; pieces per run bare "
              f"{[r['pieces'] for r in runs['bare']]}, app {[r['pieces'] for r in runs['app']]}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
