"""Memo extraction three ways, scored in one run on the same sets: the rules; the trained memo
adapter with the rules as guard-rails (what the Memos page uses); and, with ``--plain``, the
untrained base under a JSON grammar. Sets: the dev card pack (105 cards: the team's 45, which
the rules were written against, and 60 by another author in rambling, clipped, corrected and
non-native styles), the held-out card pack (60 cards written apart, never looked at), both
with the pack's weights and the title rules (``app/specialists/memo/evaluate.py``); and the
memo eval and held-out splits with the memo task's rule. Then ten dev-pack titles side by
side: the first clause cut at 72 characters (the titles before) and each extractor's.

    .venv/bin/python tests/bench/eval_memo_llm.py [--adapter FILE] [--plain] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.defaults import DEFAULTS
from app.specialists.memo.evaluate import evaluate_pack, load_pack
from app.specialists.memo.extract import INTENTS, Extraction, _clean_clause, clauses, extract
from app.specialists.memo.model_extract import MAX_TRANSCRIPT, combine
from app.specialists.memo.titles import is_title
from app.training.evaluate import load_jsonl
from app.training.pipeline import default_data
from app.training.registry import Registry
from app.training.tasks import TASKS
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
PARAMS = GenerationParams(max_tokens=80, temperature=0.0, seed=0)


def adapter_extractor(store: ModelStore, adapter: str) -> Callable[[str], Extraction]:
    runtime = LlamaRuntime(store.require(DEFAULTS.bash_llm), n_ctx=768, lora_path=adapter)
    task = TASKS["memo"]
    return lambda text: combine("".join(runtime.generate(
        task.messages(text[:MAX_TRANSCRIPT]), PARAMS)), text)


def plain_extractor(store: ModelStore) -> Callable[[str], Extraction]:
    runtime = LlamaRuntime(store.require(DEFAULTS.bash_llm), n_ctx=1024)

    def run(text: str) -> Extraction:
        out = "".join(runtime.generate(
            [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
            PARAMS, json_schema=SCHEMA))
        try:
            data = json.loads(out)
        except json.JSONDecodeError:
            return Extraction("", "none", "")
        return Extraction(data["title"], data["intent"], data["target"])

    return run


def split_score(examples: list[dict], fn: Callable[[str], Extraction]) -> str:
    """Pass rate per slice and overall, and the mean score (0..1)."""
    task, slices, scores = TASKS["memo"], {}, []
    for e in examples:
        got = fn(e["input"])
        answer = json.dumps({"title": got.title, "intent": got.intent, "target": got.target})
        scores.append(task.score(answer, e))
        slices.setdefault(e.get("slice", "all"), []).append(scores[-1] >= task.pass_at)
    every = [ok for oks in slices.values() for ok in oks]
    parts = " ".join(f"{k} {sum(v) / len(v):.0%}" for k, v in sorted(slices.items()))
    return (f"pass {sum(every) / len(every):.1%}, mean score {sum(scores) / len(scores):.2f} "
            f"({parts})")


def first_clause(text: str) -> str:
    """The titles before the title rules: the first clause, cleaned, cut to 72 characters."""
    clause = _clean_clause(clauses(text)[0]) if clauses(text) else text
    return clause[:72].rsplit(" ", 1)[0] if len(clause) > 72 else clause


def pack_line(cards: list[dict], fn: Callable[[str], Extraction]) -> tuple[str, list[float]]:
    """Pass counts per slice (and for the cards in other authors' styles), how many titles
    keep the title rules, and the time per memo."""
    times: list[float] = []
    got: dict[str, Extraction] = {}

    def timed(text: str) -> Extraction:
        t0 = time.perf_counter()
        got[text] = fn(text)
        times.append((time.perf_counter() - t0) * 1000)
        return got[text]

    report = evaluate_pack(cards, timed)
    parts = " ".join(f"{k} {v['passed']}/{v['cards']}" for k, v in sorted(report["slices"].items()))
    failed = {f["id"] for f in report["failures"]}
    other = [c for c in cards if c.get("style", "team") != "team"]
    titled = sum(is_title(got[c["transcript"]].title, c["transcript"], got[c["transcript"]].intent)
                 for c in cards)
    line = (f"{report['cards_passed']}/{report['cards']} ({parts}; other styles "
            f"{sum(c['id'] not in failed for c in other)}/{len(other)}); titles keeping the "
            f"rules {titled}/{len(cards)}")
    return line, times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--adapter", help="memo adapter GGUF (default: the active one)")
    parser.add_argument("--plain", action="store_true", help="also the untrained base")
    parser.add_argument("--limit", type=int, default=0, help="first N of each split")
    args = parser.parse_args()
    store = ModelStore()
    active = Registry(store.root).active("memo")
    adapter = args.adapter or (str(active.path) if active else None)
    rows: list[tuple[str, Callable[[str], Extraction]]] = [("rules", extract)]
    if adapter:
        rows.append((f"adapter + rules ({Path(adapter).parent.name[:24]})",
                     adapter_extractor(store, adapter)))
    if args.plain:
        rows.append(("base + JSON grammar", plain_extractor(store)))
    packs = {name: load_pack(ROOT / f"assets/memo/{name}.json")[: args.limit or None]
             for name in ("eval_pack", "heldout_pack")}
    splits = {name: load_jsonl(default_data("memo", name))[: args.limit or None]
              for name in ("eval", "heldout")}
    for name, fn in rows:
        times: list[float] = []
        for pack, cards in packs.items():
            line, took = pack_line(cards, fn)
            times += took
            print(f"{name:40} {pack:13} {line}", flush=True)
        scores = {s: split_score(examples, fn) for s, examples in splits.items()}
        print(f"{name:40} splits        eval {scores['eval']} · held-out {scores['heldout']}")
        print(f"{name:40} speed         p50 {np.percentile(times, 50):.0f} ms, p95 "
              f"{np.percentile(times, 95):.0f} ms per memo (cards)", flush=True)
    print("\nten dev-pack titles: the first clause (before) | " +
          " | ".join(n for n, _ in rows))
    for card in packs["eval_pack"][::10][:10]:
        text = card["transcript"]
        print(f"- {first_clause(text)!r} | " + " | ".join(repr(fn(text).title) for _, fn in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
