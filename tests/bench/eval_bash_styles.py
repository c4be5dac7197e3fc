"""Voice to bash on dictation in four styles, through the app's own path, in one run:
the rules alone, and the app (rules, gate and the active bash adapter), on the bash eval
split (generated from tldr-pages commands, never trained on), the authors dev set (the eval
commands in four other speakers' habits, app/training/datasets/bash_authors.py), the third
author's dev set (commands in no other split, written apart by a helper to its own reading of
the protocol, tests/bench/third_author.py), the fourth author's dev set (the eval commands, written
apart the same way, tests/bench/fourth_author.py), the family
slice (tools in neither train nor eval), the held-out slice (written by hand apart from the
generators), the second author's slice (the family commands in another author's speech habits,
tests/bench/heldout_author.py; kept apart until 2026-11-26, a dev set since), the fifth author's
dev set (tests/bench/fifth_author.py), the sixth author's set (kept apart: the tools of tldr's
macOS, BSD, SunOS and Android pages that no other split has, tests/bench/other_platforms.py,
written apart by a helper, tests/bench/sixth_author.py), the seventh and eighth authors' dev
sets (train commands and tools in no other split, in a fast data scientist's and a wordy
second-language speaker's habits, written apart by helpers, tests/bench/seventh_author.py
and eighth_author.py), the ninth author's dev set (a casual speaker who says why around the
command, tests/bench/ninth_author.py), the tenth author's dev set (a British sysadmin,
tests/bench/tenth_author.py), the eleventh author's set (the family commands in a radio
officer's habits, tests/bench/eleventh_author.py; kept apart for its first reading, rules 52.9%
/ app 59.2%, a dev set since), the twelfth author's dev set (an Indian-English DevOps engineer,
tests/bench/twelfth_author.py), the thirteenth author's set (kept apart: the other platforms'
commands in a stranger's habits, tests/bench/thirteenth_author.py), the fourteenth to sixteenth
authors' dev sets (a Linux instructor narrating to her class, a print-shop owner reading a
support chat aloud, a Hamburg developer's German-English; first readings rules / app 51.5 /
62.5, 50.0 / 57.8, 52.8 / 61.8, tests/bench/fourteenth_author.py, fifteenth_author.py,
sixteenth_author.py), the seventeenth to nineteenth authors' dev sets (a Lyon developer's
French-English, a blind SRE who spells with the NATO alphabet, a student streaming to his
chat in run-on speech; first readings 56.0 / 62.0, 64.5 / 64.8, 62.0 / 65.8,
tests/bench/seventeenth_author.py, eighteenth_author.py, nineteenth_author.py) and the
team's 360-entry dev set (the regression set). A set whose file
is not there yet is skipped. The processor alone is timed on the eval targets (clean protocol
words).

    .venv/bin/python tests/bench/eval_bash_styles.py [--limit N] [--no-app] [--sets a,b]
        [--tools none|path|tldr]

Exact: the command as expected; effective: exact or at least 0.9 character similarity (each
slice prints exact/effective).
Latency: text to command per dictation, p50/p95, for each path.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.service import InferenceService
from app.specialists.bash import BashSpecialist
from app.specialists.bash.evaluate import Score, load_devset
from app.specialists.bash.installed import installed_tools
from app.specialists.bash.pipeline import BashPipeline
from app.specialists.bash.processor import process
from app.specialists.bash.your_words import YourWords
from app.training.evaluate import load_jsonl
from app.training.pipeline import default_data
from models.store import ModelStore

ROOT = Path(__file__).resolve().parents[2]
SETS = ("eval", "authors", "author3", "author4", "author5", "heldout_author", "author7",
        "author8", "author9", "author10", "author11", "author12", "family", "heldout", "author6",
        "author13", "author14", "author15", "author16", "author17", "author18", "author19",
        "author20", "author21", "author22", "author23", "author24", "author25", "author26",
        "author27", "author28", "author29", "author30", "author31", "author32", "author33",
        "author34", "author35", "author36", "author37", "author38", "author39", "author40",
        "author41", "author42", "author43", "author44", "author45", "author46", "author47",
        "author48", "author49", "author50", "author51", "author52", "author53", "author54",
        "author55", "author56", "author57", "author58", "author59", "author60", "author61",
        "author62", "author63", "author64", "author65", "author66", "author67", "author68",
        "author69", "author70", "author71", "author72", "author73", "author74", "author75",
        "author76", "author77", "author78", "author79", "author80", "author81", "author82",
        "author83", "author84", "author85", "author86", "author87", "author88", "author89",
        "author90", "author91", "author92", "author93", "author94", "author95", "author96",
        "author97", "author98", "author99", "author100", "author101", "author102", "author103",
        "author104", "author105", "author106", "author107", "author108", "author109",
        "author110", "author111", "author112", "author113", "author114", "author115",
        "author116", "author117", "author118", "author119", "author120", "author121",
        "author122", "author123", "author124", "author125", "author126", "dev-360")


def score(items: list[tuple[str, str, str]], run: Callable[[str], str]) -> str:
    slices: dict[str, Score] = defaultdict(Score)
    times = []
    for said, want, name in items:
        t0 = time.perf_counter()
        got = run(said)
        times.append((time.perf_counter() - t0) * 1000)
        slices[name].add(got, want)
        slices["all"].add(got, want)
    parts = " ".join(f"{k} {v.rates()['exact']:.0%}/{v.rates()['effective']:.0%}"
                     for k, v in sorted(slices.items()) if k != "all")
    every = slices["all"].rates()
    return (f"exact {every['exact']:6.1%} effective {every['effective']:6.1%} ({parts}); "
            f"p50 {np.percentile(times, 50):.1f} ms p95 {np.percentile(times, 95):.1f} ms")


def tldr_tools() -> frozenset[str]:
    """Every program tldr-pages documents (its page names for Linux and common, and the
    program names of its other platforms' commands we use, kept-apart and dev): a machine
    with all of them installed, the PATH of someone who dictates them."""
    names = set()
    for name in ("corpus", "platforms_commands", "platforms_dev_commands"):
        for row in load_jsonl(default_data("bash", name)):
            names |= {row["page"].split("/")[-1].lower(), row["command"].split()[0].lower()}
    return frozenset(names)


def machine_speed() -> float:
    """Seconds for a 10-million-step Python loop in a function: a shared machine's speed
    varies from run to run, and every timing printed moves with it."""
    t0, x = time.perf_counter(), 0
    for i in range(10_000_000):
        x += i
    return time.perf_counter() - t0


def _processor_times(targets: list[str]) -> list[float]:
    """Microseconds per command, three passes after one that warms up (regexes compiled on
    first use)."""
    times = []
    for rep in range(4):
        for t in targets:
            t0 = time.perf_counter()
            process(t)
            if rep:
                times.append((time.perf_counter() - t0) * 1e6)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="first N of each set")
    parser.add_argument("--no-app", action="store_true", help="the rules only")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated, of " +
                        ", ".join(SETS))
    parser.add_argument("--tools", choices=("none", "path", "tldr"), default="none",
                        help="installed programs the reader may join a name said in parts "
                             "into: none, this machine's $PATH (as the app does), or every "
                             "program tldr-pages documents (a well-stocked machine)")
    parser.add_argument("--words", metavar="FILE", help="a speaker's own words for symbols "
                        "(the JSON that Voice → Bash's Your words saves), taught as that "
                        "user would: read first on every path")
    args = parser.parse_args()
    tools = {"none": frozenset(), "path": installed_tools(), "tldr": tldr_tools()}[args.tools]
    print(f"installed programs the reader knows: {len(tools)} ({args.tools})")
    wanted = args.sets.split(",")
    cut = slice(0, args.limit or None)
    sets = {name: [(e["input"], e["command"], e["slice"])
                   for e in load_jsonl(default_data("bash", name))][cut]
            for name in SETS[:-1] if name in wanted and default_data("bash", name).exists()}
    if "dev-360" in wanted:
        sets["dev-360"] = [(i["dictated"], i["expected"], i.get("difficulty", "-"))
                           for i in load_devset(ROOT / "tests/data/bash_devset.json")][cut]
    words = YourWords.load(Path(args.words)) if args.words else None
    rules = BashPipeline(tools=tools, words=words)
    paths: list[tuple[str, Callable[[str], str]]] = [("rules", lambda t: rules.run(t).output)]
    if not args.no_app:
        service = InferenceService(ModelStore(), threaded=False)
        bash = BashSpecialist(service, tools=tools,  # never the user's own words file
                              words_path=Path(args.words or tempfile.mkdtemp() + "/none"))
        paths.append(("app", lambda t: bash.convert(t, remember=False).outcome().output))
    targets = [e["target"] for e in load_jsonl(default_data("bash", "eval"))]
    runs = [_processor_times(targets) for _ in range(5)]  # a shared machine's speed drifts:
    medians = [float(np.median(r)) for r in runs]  # five runs show by how much
    times = runs[int(np.argsort(medians)[2])]
    print(f"processor alone: median {np.median(times):.0f} µs, p95 "
          f"{np.percentile(times, 95):.0f} µs over {len(targets)} commands, 3 passes after one "
          f"to warm up (the middle of 5 runs; their medians {min(medians):.0f}-"
          f"{max(medians):.0f} µs); this machine's speed now: {machine_speed():.2f} s for 10 "
          f"million steps of a Python loop", flush=True)
    for name, items in sets.items():
        for label, run in paths:
            print(f"{name:14} {label:6} {score(items, run)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
