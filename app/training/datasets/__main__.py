"""``python -m app.training.datasets bash --seed 0 --out assets/training/bash`` regenerates the
bash splits from ``corpus.jsonl``; ``tldr --git-dir DIR`` rebuilds that corpus from a
tldr-pages git snapshot; ``baseline`` scores the rules alone on a split."""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from app.training.datasets import bash, bash_authors, tldr
from app.training.datasets.common import read_jsonl, write_jsonl
from models.store import sha256_file

FILES = ("train.jsonl", "eval.jsonl", "family.jsonl", "heldout.jsonl", "heldout_author.jsonl",
         "train_authors.jsonl", "authors.jsonl",
         "corpus.jsonl", "corpus_source.json")


def _bash(args: argparse.Namespace) -> int:
    out = Path(args.out)
    corpus = Path(args.corpus) if args.corpus else out / "corpus.jsonl"
    splits, stats = bash.build(bash.load_corpus(corpus), args.seed, args.train, args.eval)
    for name, rows in splits.items():
        write_jsonl(out / f"{name}.jsonl", rows)
    source_file = corpus.with_name("corpus_source.json")
    source = json.loads(source_file.read_text(encoding="utf-8")) if source_file.exists() else {}
    counts = {name: bash.counts(rows) for name, rows in splits.items()}
    for kept in ("heldout", "heldout_author", "train_authors", "authors"):
        if (out / f"{kept}.jsonl").exists():
            counts[kept] = bash.counts(read_jsonl(out / f"{kept}.jsonl"))
    manifest = {"task": "bash", "seed": args.seed,
                "command": f"python -m app.training.datasets bash --seed {args.seed} "
                           f"--out {args.out}",
                "counts": counts, "corpus": stats, "source": source,
                "heldout": "written by hand apart from the generators; for reporting only",
                "family": "tools in neither train nor eval, dictated by the generators; for "
                          "reporting only",
                "heldout_author": "the family commands dictated by another author's "
                                  "templates (tests/bench/heldout_author.py); for reporting "
                                  "only"}
    files = {name: {"sha256": sha256_file(out / name), "bytes": (out / name).stat().st_size}
             for name in FILES if (out / name).exists()}
    (out / "manifest.json").write_text(json.dumps({**manifest, "files": files}, indent=2) + "\n",
                                       encoding="utf-8")
    print(json.dumps({"counts": counts, "round_trip": stats}, indent=2))
    return 0


def _authors(args: argparse.Namespace) -> int:
    """Other speakers' dictations of the commands already in train and eval: more training
    data (``train_authors.jsonl``) and a dev set of the same habits (``authors.jsonl``)."""
    out = Path(args.out)
    described = {r["command"]: r.get("description", "")
                 for r in bash.load_corpus(out / "corpus.jsonl")}
    for split, name, n in (("train", "train_authors", args.train), ("eval", "authors",
                                                                     args.eval)):
        rows = list({r["command"]: {**r, "description": described.get(r["command"], "")}
                     for r in read_jsonl(out / f"{split}.jsonl")}.values())
        random.Random(f"{args.seed}:{name}").shuffle(rows)
        write_jsonl(out / f"{name}.jsonl", bash_authors.examples(rows, n, args.seed))
        print(f"{n} examples -> {out / name}.jsonl")
    return 0


def _tldr(args: argparse.Namespace) -> int:
    commit, pages = tldr.read_pages(args.git_dir)
    rows = tldr.build_corpus(pages, args.seed, args.per_page)
    path = tldr.write_corpus(rows, commit, args.out)
    print(f"{len(rows)} commands from {len(pages)} pages at {commit} -> {path}")
    return 0


def _baseline(args: argparse.Namespace) -> int:
    print(json.dumps(bash.rules_baseline(read_jsonl(Path(args.file))), indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.training.datasets")
    sub = parser.add_subparsers(dest="task", required=True)
    p = sub.add_parser("bash", help="train/eval splits for the bash normalizer")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default="assets/training/bash")
    p.add_argument("--corpus", help="corpus.jsonl (default: OUT/corpus.jsonl)")
    p.add_argument("--train", type=int, default=5000, help="train examples")
    p.add_argument("--eval", type=int, default=400, help="eval examples (and commands)")
    p.set_defaults(fn=_bash)
    p = sub.add_parser("bash-authors", help="the bash commands in other speakers' habits")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default="assets/training/bash")
    p.add_argument("--train", type=int, default=4000, help="train examples")
    p.add_argument("--eval", type=int, default=400, help="dev examples")
    p.set_defaults(fn=_authors)
    p = sub.add_parser("tldr", help="rebuild corpus.jsonl from a tldr-pages git snapshot")
    p.add_argument("--git-dir", required=True, help="a clone (bare is fine) of tldr-pages")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--per-page", type=int, default=1)
    p.add_argument("--out", default="assets/training/bash")
    p.set_defaults(fn=_tldr)
    p = sub.add_parser("baseline", help="exact match of the rules alone, per slice")
    p.add_argument("file", help="a split (JSON lines with input, command and slice)")
    p.set_defaults(fn=_baseline)
    args = parser.parse_args(argv)
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
