"""Shared plumbing for the dataset generators: rows, disjoint pools, the fill loop, the files
and their manifest, and the command line every generator takes."""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from models.store import sha256_file

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[3]
SOURCES = "written by the team"
GENERATED = ("train", "eval")


@dataclass(frozen=True)
class Row:
    """One example; ``keys`` name what the split is by (targets, topics, facts) and are never
    written out."""

    input: str
    target: str
    slice: str
    keys: tuple[str, ...] = ()

    def line(self) -> dict[str, str]:
        return {"input": self.input, "target": self.target, "slice": self.slice}


def split_pool(items: Sequence[T], share: float, seed: int, name: str) -> dict[str, list[T]]:
    """``{"train": ..., "eval": ...}``: a seeded shuffle of ``items`` with ``share`` of them
    (at least one) kept for eval."""
    order = list(items)
    random.Random(f"{seed}:{name}").shuffle(order)
    cut = max(1, round(len(order) * share))
    return {"eval": order[:cut], "train": order[cut:]}


def hashed_split(key: str, seed: int, share: float) -> str:
    """``"eval"`` or ``"train"`` for a fact drawn from a pool too large to list."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return "eval" if int.from_bytes(digest[:4], "big") / 2**32 < share else "train"


def fill(quotas: dict[str, int], make: Callable[[str, random.Random], Row | None],
         rng: random.Random, seen: set[str], tries: int = 200) -> list[Row]:
    """``quotas[slice]`` rows per slice from ``make``, every input new to ``seen``; raises
    when a slice cannot be filled (its pools are too small)."""
    rows: list[Row] = []
    for name, count in quotas.items():
        got, misses = 0, 0
        while got < count:
            row = make(name, rng)
            if row is None or row.input in seen:
                misses += 1
                if misses > tries * count:
                    raise ValueError(f"slice {name!r}: only {got} of {count} distinct rows")
                continue
            seen.add(row.input)
            rows.append(row)
            got += 1
    rng.shuffle(rows)
    return rows


def sentence(text: str) -> str:
    """First letter upper-cased, spaces tidied."""
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def pick(rng: random.Random, *options: T) -> T:
    return rng.choice(options)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, lines: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


def _entry(path: Path, lines: list[dict]) -> dict:
    slices = Counter(line["slice"] for line in lines)
    return {"file": path.name, "count": len(lines), "slices": dict(sorted(slices.items())),
            "sha256": sha256_file(path)}


def write_all(task: str, out: Path, seed: int, splits: dict[str, list[Row]]) -> dict:
    """Write the generated splits, then a manifest that also covers the hand-written
    ``heldout.jsonl`` when the folder has one."""
    manifest: dict = {"task": task, "seed": seed, "sources": SOURCES,
                      "command": f"python -m app.training.datasets.{task} --seed {seed} "
                                 f"--out assets/training/{task}",
                      "line": {"input": "text", "target": "text", "slice": "name"},
                      "splits": {}}
    for name, rows in splits.items():
        path = out / f"{name}.jsonl"
        lines = [row.line() for row in rows]
        write_jsonl(path, lines)
        manifest["splits"][name] = {**_entry(path, lines), "made_by": "generator"}
    heldout = out / "heldout.jsonl"
    if heldout.exists():
        manifest["splits"]["heldout"] = {**_entry(heldout, read_jsonl(heldout)),
                                         "made_by": "written by hand, apart from the generator"}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False)
                                       + "\n", encoding="utf-8")
    return manifest


def parser(task: str, doc: str | None) -> argparse.ArgumentParser:
    """``--seed`` and ``--out``, shared by every generator."""
    ap = argparse.ArgumentParser(prog=f"python -m app.training.datasets.{task}",
                                 description=(doc or "").strip().splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=ROOT / "assets" / "training" / task)
    return ap


def summary(manifest: dict) -> str:
    """One line per split: count and slices."""
    return "\n".join(f"{name}: {entry['count']} {entry['slices']}"
                     for name, entry in manifest["splits"].items())
