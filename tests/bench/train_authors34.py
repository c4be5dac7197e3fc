#!/usr/bin/env python3
"""Training dictations in the third and fourth authors' habits:
``assets/training/bash/train_authors34.jsonl``.

The two authors' generators (``third_author.py``, ``fourth_author.py``) were written apart
from the team's code to make dev sets on other commands. Here they dictate the *train*
commands (``train.jsonl``: tldr-pages, CC BY 4.0, none in eval, family or the held-out
sets), each line checked by the author's own listener, with the protocol words of the
command as the target (``bash.speak_checked``). It is the data the bash normalizer goes on
training from (``tinyspec train bash --from active``). Deterministic; standard library and
the app's dataset module only.

    python tests/bench/train_authors34.py [--per-author N] [--mix OUT --replay N]

``--mix`` also writes these lines with ``N`` replayed from the data the active adapter was
trained on (``train.jsonl`` + ``train_authors.jsonl``), shuffled: what ``--from`` trains on,
so the adapter learns the new habits without forgetting the old ones.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import fourth_author as fourth  # noqa: E402
import third_author as third  # noqa: E402

from app.training.datasets.bash import speak_checked  # noqa: E402

DATA = HERE.parents[1] / "assets" / "training" / "bash"
OUT = DATA / "train_authors34.jsonl"
SLICES = ("clean", "fuzzy", "natural", "natural", "chaotic", "chaotic")  # mostly the messy


def train_commands() -> list[tuple[str, str]]:
    """(command, description) of each train command, once, in file order."""
    seen: dict[str, str] = {}
    for line in open(DATA / "train.jsonl", encoding="utf-8"):
        row = json.loads(line)
        seen.setdefault(row["command"], row.get("description", ""))
    return list(seen.items())


def as_third(cmd: str, desc: str, slice_: str, rng: random.Random) -> str | None:
    """A third-author line for ``cmd`` that the third author's listener reads back, or None."""
    words = third.natural_words(cmd, rng)
    if slice_ in ("natural", "chaotic") and not words:
        return None
    for _ in range(20):
        if slice_ in ("clean", "fuzzy"):
            text = third.speak_protocol(cmd, rng, fuzzy=slice_ == "fuzzy")
        elif slice_ == "natural":
            core = third.join_words(words, third.boundaries_outside_quotes(cmd), rng, 0.12)
            text = third.framed(core, cmd, third.describe(desc), rng)
        else:
            text = third.chaotic(cmd, words, third.describe(desc), rng)
        try:
            if third.read_back(text, slice_) == cmd:
                return text
        except Exception:  # noqa: BLE001 - the author's listener gives up on some commands
            return None
    return None


def as_fourth(cmd: str, others: list[str], slice_: str, rng: random.Random) -> str | None:
    """A fourth-author line for ``cmd`` (checked by that author's decoder where it has one)."""
    if not fourth.dictatable(cmd):
        return None
    author = fourth.Author(rng)
    try:
        nat_ok = author.natural_bare(cmd) is not None
        if slice_ == "clean":
            text = author.clean(cmd)
            return text if fourth.decode_protocol(text) == cmd else None
        if slice_ == "fuzzy":
            text, _ = author.fuzzy(cmd)
            return text if fourth.decode_protocol(text).replace(" ", "") == cmd.replace(
                " ", "") else None
        if slice_ == "natural":
            if not nat_ok:
                return None
            text, bare = author.natural(cmd)
            return text if fourth.decode_natural(bare) == cmd else None
        text, bare, _kind = author.chaotic(cmd, others, nat_ok)
        return text if bare is None or fourth.decode_natural(bare) == cmd else None
    except (AssertionError, IndexError, ValueError, KeyError):
        return None


def build(per_author: int) -> list[dict]:
    rng = random.Random(34)
    rows = [(c, d, t) for c, d in train_commands() if (t := speak_checked(c))]
    rng.shuffle(rows)
    cmds = [c for c, _d, _t in rows]
    out: list[dict] = []
    for name in ("third", "fourth"):
        made, k = 0, 0
        for cmd, desc, target in rows[(0 if name == "third" else len(rows) // 2):] + rows:
            if made >= per_author:
                break
            slice_ = SLICES[k % len(SLICES)]
            k += 1
            text = (as_third(cmd, desc, slice_, rng) if name == "third"
                    else as_fourth(cmd, cmds, slice_, rng))
            if text:
                out.append({"input": text, "target": target, "command": cmd, "slice": slice_,
                            "author": name})
                made += 1
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-author", type=int, default=1200)
    parser.add_argument("--mix", type=Path, help="also write the training mix here")
    parser.add_argument("--replay", type=int, default=1600)
    args = parser.parse_args()
    rows = build(args.per_author)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {(r["author"], r["slice"]) for r in rows}
    print(f"wrote {len(rows)} lines to {OUT.relative_to(HERE.parents[1])} "
          f"({len(counts)} author/slice pairs)")
    if args.mix:
        old = [line for name in ("train.jsonl", "train_authors.jsonl")
               for line in open(DATA / name, encoding="utf-8")]
        rng = random.Random(35)
        mix = rng.sample(old, args.replay) + [json.dumps(r, ensure_ascii=False) + "\n"
                                              for r in rows]
        rng.shuffle(mix)
        args.mix.write_text("".join(mix), encoding="utf-8")
        print(f"wrote {len(mix)} lines to {args.mix}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
