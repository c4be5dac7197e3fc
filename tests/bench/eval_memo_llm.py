"""Why memo extraction is rules: the default LLM under a JSON grammar, scored on the same
card pack as the rules, in one run.

    .venv/bin/python tests/bench/eval_memo_llm.py [--model smollm2-135m-instruct]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.specialists.memo.evaluate import evaluate_pack, load_pack
from app.specialists.memo.extract import INTENTS, Extraction, extract
from models.store import ModelStore
from runtimes.base import GenerationParams
from runtimes.llama import LlamaRuntime

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = {"type": "object", "properties": {
    "title": {"type": "string", "maxLength": 72},
    "intent": {"type": "string", "enum": list(INTENTS)},
    "target": {"type": "string", "maxLength": 60}}, "required": ["title", "intent", "target"]}
SYSTEM = ("Read a voice memo. Give it a short specific title. intent is one of none, research, "
          "email, call, schedule: only when the speaker commits to doing it. target is who or "
          "what the action is for, copied from the memo, or empty. Answer in JSON.")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="smollm2-135m-instruct")
    args = parser.parse_args()
    runtime = LlamaRuntime(ModelStore().require(args.model), args.model, n_ctx=1024)

    def llm_extract(text: str) -> Extraction:
        out = "".join(runtime.generate(
            [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
            GenerationParams(max_tokens=80, temperature=0.0, seed=0), json_schema=SCHEMA))
        try:
            data = json.loads(out)
        except json.JSONDecodeError:
            return Extraction("", "none", "")
        return Extraction(data["title"], data["intent"], data["target"])

    cards = load_pack(ROOT / "assets/memo/eval_pack.json")
    for name, fn in (("rules", extract), (f"LLM ({args.model}, JSON grammar)", llm_extract)):
        t0 = time.perf_counter()
        report = evaluate_pack(cards, fn)
        ms = (time.perf_counter() - t0) * 1000 / len(cards)
        slices = ", ".join(f"{k} {v['passed']}/{v['cards']}" for k, v in
                           report["slices"].items())
        print(f"{name:40} {report['cards_passed']:>2}/{report['cards']} cards ({slices}); "
              f"{ms:.1f} ms per memo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
