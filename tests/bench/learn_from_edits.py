"""What Voice → Bash learns from a speaker's edits: each speaker's dictations read in order by
the rules, the speaker editing every wrong command into the expected one, and accepting
what the panel then offers to remember (``your_words.suggestions``, checked by reading the
dictation again, as the panel does). Prints, per set, the rules' exact share without and
with what was learned so far (a line counts with the words learned from the lines before
it only), and the words learned.

    .venv/bin/python tests/bench/learn_from_edits.py [--sets a,b] [--slices clean,fuzzy]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_bash_styles import SETS, tldr_tools

from app.specialists.bash.pipeline import BashPipeline
from app.specialists.bash.your_words import YourWords, suggestions
from app.training.evaluate import load_jsonl
from app.training.pipeline import default_data


def learn(items: list[tuple[str, str]], tools: frozenset[str]) -> tuple[int, int, YourWords]:
    """Exact without words, exact with the words learned from the edits before each line,
    and the words at the end."""
    plain = BashPipeline(tools=tools)
    words = YourWords()
    before = after = 0
    for said, want in items:
        before += plain.run(said).output == want
        got = BashPipeline(tools=tools, words=words).run(said).output
        after += got == want
        if got != want:  # the speaker edits it, and says yes to what is offered
            def read(w: YourWords, said: str = said) -> str:
                return BashPipeline(tools=tools, words=YourWords(words.entries + w.entries)
                                    ).run(said).output

            for e in suggestions(said, got, want, read):
                words.add(e)
    return before, after, words


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(s for s in SETS if s != "dev-360"))
    parser.add_argument("--slices", default="clean,fuzzy")
    args = parser.parse_args()
    slices = set(args.slices.split(","))
    tools = tldr_tools()
    total = [0, 0, 0]
    for name in args.sets.split(","):
        path = default_data("bash", name)
        if not path.exists():
            continue
        items = [(e["input"], e["command"]) for e in load_jsonl(path) if e["slice"] in slices]
        before, after, words = learn(items, tools)
        total = [total[0] + before, total[1] + after, total[2] + len(items)]
        learned = "; ".join(f"{e.said} → {e.means}" for e in words.entries)
        print(f"{name:14} {before / len(items):6.1%} → {after / len(items):6.1%} "
              f"of {len(items)}  learned: {learned or '-'}", flush=True)
    print(f"{'all':14} {total[0] / total[2]:6.1%} → {total[1] / total[2]:6.1%} of {total[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
