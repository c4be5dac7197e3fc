"""A dev pool of fresh commands for new dictation speakers: other examples of the Linux and
common tldr-pages pages (https://github.com/tldr-pages/tldr, CC BY 4.0) than the ones the
corpus took, placeholders filled as for the corpus, leaving out every command of another bash
split and every program of a kept-apart one (family, heldout, the other platforms' pool).

    .venv/bin/python tests/bench/pages_dev_pool.py /work/.mirror/tldr-pages+tldr/repo
    .venv/bin/python tests/bench/pages_dev_pool.py /work/.mirror/tldr-pages+tldr/repo 40
    .venv/bin/python tests/bench/pages_dev_pool.py /work/.mirror/tldr-pages+tldr/repo 43 platforms

Writes ``assets/training/bash/pages_dev_commands.jsonl`` (seed 39), or with another seed
``pages_dev<seed>_commands.jsonl`` (none of the first pool's commands either): {command,
description, page, source}, deterministic for the tldr commit. With ``platforms`` the pool
comes from the other platforms' pages (macOS, Windows, Android, the BSDs, SunOS) instead, as
``platforms_dev<seed>_commands.jsonl``; its programs are not among the eval's tldr tools
(Windows names such as start, path and title would read as commands in Linux dictation), so
its speakers name programs the reader has never heard of.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.training.datasets.bash import tool_of
from app.training.datasets.common import write_jsonl
from app.training.datasets.tldr import build_corpus, read_pages

DATA = Path(__file__).resolve().parents[2] / "assets" / "training" / "bash"
KEPT_APART = ("family", "heldout", "platforms_commands", "author6", "author13")
MOST = 3000
LONGEST = 80
PLATFORMS = ["pages/osx", "pages/windows", "pages/android", "pages/freebsd", "pages/openbsd",
             "pages/netbsd", "pages/sunos"]


def _commands(name: str) -> list[str]:
    lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line).get("command", "") for line in lines]


def _before_pools(name: str, seed: int) -> bool:
    """A split that was there before this pool (so each pool rebuilds the same): an earlier
    pool, not this one or a later one, nor a speaker written on a pool (author39 on)."""
    number = re.fullmatch(r"author(\d+)\.jsonl", name)
    pool = (re.fullmatch(r"pages_dev(\d*)_commands\.jsonl", name)
            or re.fullmatch(r"platforms_dev(\d+)_commands\.jsonl", name))
    later = pool and int(pool.group(1) or 39) >= seed
    return not later and not (number and int(number.group(1)) >= 39)


def main() -> int:
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 39
    platforms = sys.argv[3:] == ["platforms"]
    out = ("pages_dev_commands.jsonl" if seed == 39
           else f"{'platforms' if platforms else 'pages'}_dev{seed}_commands.jsonl")
    commit, pages = read_pages(sys.argv[1], PLATFORMS if platforms else None)
    taken = {c for path in DATA.glob("*.jsonl") if _before_pools(path.name, seed)
             for c in _commands(path.stem)}
    apart = {tool_of(c) for name in KEPT_APART for c in _commands(name)}
    rows = [{**row, "source": f"tldr-pages@{commit[:12]}"}
            for row in build_corpus(pages, seed=seed, per_page=3)
            if row["command"] not in taken and tool_of(row["command"]) not in apart
            and len(row["command"]) <= LONGEST and "  " not in row["command"]]
    rows = sorted(random.Random(seed).sample(rows, min(MOST, len(rows))),
                  key=lambda r: (r["page"], r["command"]))
    write_jsonl(DATA / out, rows)
    print(f"{len(rows)} commands from {len({r['page'] for r in rows})} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
