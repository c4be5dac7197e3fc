"""Commands written out, not dictated: every tldr-pages command in the corpus
(assets/training/bash/corpus.jsonl, CC BY 4.0) fed to voice to bash as its own text, as a user
typing or pasting one, or Whisper writing one read aloud, would. A written command should come
back as written; the share that does is printed, then how many differ only in letter case
(by design: speech recognition's capitals are dropped unless the speaker asked for them), then
the others, each with what came back.

    .venv/bin/python tests/bench/bash_written.py [--limit N] [--show N]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from eval_bash_styles import tldr_tools  # noqa: E402

from app.specialists.bash.pipeline import BashPipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="first N commands only")
    ap.add_argument("--show", type=int, default=40, help="other differences to print")
    args = ap.parse_args()
    corpus = ROOT / "assets" / "training" / "bash" / "corpus.jsonl"
    commands = [json.loads(line)["command"] for line in corpus.open(encoding="utf-8")]
    if args.limit:
        commands = commands[:args.limit]
    pipeline = BashPipeline(tools=tldr_tools())
    same = case_only = 0
    others: list[tuple[str, str]] = []
    for command in commands:
        got = pipeline.run(command, use_llm=False).output
        if got == command:
            same += 1
        elif got.lower() == command.lower():
            case_only += 1
        else:
            others.append((command, got))
    n = len(commands)
    print(f"written commands: {n}")
    print(f"  back as written: {same} ({100 * same / n:.1f}%)")
    print(f"  letter case only: {case_only} ({100 * case_only / n:.1f}%)")
    print(f"  other changes: {len(others)} ({100 * len(others) / n:.1f}%)")
    for command, got in others[:args.show]:
        print(f"    {command!r}\n      -> {got!r}")


if __name__ == "__main__":
    main()
