"""Commands for a kept-apart set on tools no other split has: one example from each tldr-pages
page for macOS, the BSDs, SunOS and Android (https://github.com/tldr-pages/tldr, CC BY 4.0)
whose program name appears in no other bash split, placeholders filled as for the corpus.

    .venv/bin/python tests/bench/other_platforms.py /work/.mirror/tldr-pages+tldr/repo

Writes ``assets/training/bash/platforms_commands.jsonl`` ({command, description, page}),
deterministic for the tldr commit (its id goes in each row's ``source``).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.training.datasets.common import write_jsonl
from app.training.datasets.tldr import build_corpus, read_pages

DATA = Path(__file__).resolve().parents[2] / "assets" / "training" / "bash"
FOLDERS = ["pages/osx", "pages/freebsd", "pages/openbsd", "pages/netbsd", "pages/sunos",
           "pages/android"]
MOST = 200
LONGEST = 72


def used_heads() -> set[str]:
    """Program names of every other bash split."""
    heads = set()
    for path in DATA.glob("*.jsonl"):
        if path.name != "platforms_commands.jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                command = json.loads(line).get("command", "")
                heads.update(command.split()[:1])
    return heads


def main() -> int:
    commit, pages = read_pages(sys.argv[1], FOLDERS)
    taken = used_heads()
    rows, heads = [], set()
    for row in build_corpus(pages, seed=6):
        head = row["command"].split()[0]
        if head not in taken and head not in heads and len(row["command"]) <= LONGEST:
            heads.add(head)
            rows.append({**row, "source": f"tldr-pages@{commit[:12]}"})
    rows = sorted(random.Random(6).sample(rows, min(MOST, len(rows))), key=lambda r: r["page"])
    write_jsonl(DATA / "platforms_commands.jsonl", rows)
    print(f"{len(rows)} commands from {len(pages)} pages ({len(heads)} new program names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
