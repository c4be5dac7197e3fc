#!/usr/bin/env python3
"""The bash normalizer's wider training mix: the shipped data plus the dev speakers' lines.

Fifty speakers written apart by helpers (author3 … author54, less the kept-apart author6
and author13) dictated dev commands in their own habits; here their lines become training
examples, with the command's protocol words as the target (``bash.speak_checked``). The
newest speakers (author55 … author66) stay out: they are the dev sets that say how the
adapter does on people it never heard. Nothing of a kept-apart set goes in: no line whose
command, or whose program, is in family, heldout, author6 or author13 (nor the second
author's set, which dictates the family commands), and no eval or ``authors`` line (the
gate's split and its dev twin). Prints counts only. Deterministic; standard library and
the app's dataset module. ``--through 64`` takes the speakers up to author64 in as well
(the second round: author65 on stay unheard).

    python tests/bench/train_speakers.py OUT [--dev-copies N] [--through N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1])]

from app.training.datasets.bash import speak_checked  # noqa: E402
from app.training.evaluate import load_jsonl  # noqa: E402

DATA = HERE.parents[1] / "assets" / "training" / "bash"
KEPT_APART = ("family", "heldout", "author6", "author13", "heldout_author")
FIRST_ROUND = 54  # the last speaker of the first-round adapter's mix
SHIPPED = ("train", "train_authors")


def speakers(through: int = FIRST_ROUND) -> tuple[str, ...]:
    """The dev speakers whose lines go in: author3 … author``through``, less the kept apart."""
    return tuple(f"author{n}" for n in (3, 4, 5, *range(7, 13), *range(14, through + 1)))


def rows(name: str) -> list[dict]:
    return list(load_jsonl(DATA / f"{name}.jsonl"))


def program(command: str) -> str:
    """The program a command runs (after ``sudo``), lower case."""
    words = command.split()
    while words and words[0] in ("sudo", "doas"):
        words = words[1:]
    return words[0].lower() if words else ""


def build(dev_copies: int = 1, through: int = FIRST_ROUND
          ) -> tuple[list[dict], dict[str, int]]:
    """The mix, shuffled, and counts of what went in and what was left out."""
    barred = [r["command"] for name in KEPT_APART for r in rows(name)]
    barred_commands, barred_programs = set(barred), {program(c) for c in barred}
    counts = {"shipped": 0, "speakers": 0, "kept_apart_command": 0, "kept_apart_program": 0,
              "no_reading": 0}
    out = []
    for name in SHIPPED:
        for r in rows(name):
            out.append({"input": r["input"], "target": r["target"], "command": r["command"],
                        "slice": r["slice"]})
            counts["shipped"] += 1
    for name in speakers(through):
        for r in rows(name):
            if r["command"] in barred_commands:
                counts["kept_apart_command"] += 1
            elif program(r["command"]) in barred_programs:
                counts["kept_apart_program"] += 1
            elif (target := speak_checked(r["command"])) is None:
                counts["no_reading"] += 1
            else:
                row = {"input": r["input"], "target": target, "command": r["command"],
                       "slice": r["slice"]}
                out.extend([row] * dev_copies)
                counts["speakers"] += dev_copies
    random.Random(13).shuffle(out)
    return out, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--dev-copies", type=int, default=1,
                        help="how many times each speaker line goes in")
    parser.add_argument("--through", type=int, default=FIRST_ROUND,
                        help="the last dev speaker taken in; later ones are left out")
    args = parser.parse_args()
    mix, counts = build(args.dev_copies, args.through)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in mix)
    args.out.write_text(text, encoding="utf-8")
    sha = hashlib.sha256(text.encode()).hexdigest()
    print(f"wrote {len(mix)} lines to {args.out} (sha256 {sha[:16]}…): {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
