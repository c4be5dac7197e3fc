"""Scoring the pipeline on a dev set: exact, case-insensitive and effective match (exact, or
difflib ratio above 0.9), overall, per difficulty and per category."""

from __future__ import annotations

import difflib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError


class DevSetError(UserError):
    """A dev set file that cannot be used."""


@dataclass
class Score:
    n: int = 0
    exact: int = 0
    ci: int = 0
    effective: int = 0

    def add(self, got: str, want: str) -> None:
        self.n += 1
        self.exact += got == want
        self.ci += got.lower() == want.lower()
        self.effective += got == want or difflib.SequenceMatcher(None, got, want).ratio() > 0.9

    def rates(self) -> dict[str, float]:
        n = max(self.n, 1)
        return {"n": self.n, "exact": self.exact / n, "case_insensitive": self.ci / n,
                "effective": self.effective / n}


@dataclass
class Report:
    overall: Score = field(default_factory=Score)
    by_difficulty: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_category: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"overall": self.overall.rates(),
                "by_difficulty": {k: v.rates() for k, v in sorted(self.by_difficulty.items())},
                "by_category": {k: v.rates() for k, v in sorted(self.by_category.items())}}


def load_devset(path: str | Path) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DevSetError(f"{path}: not a readable JSON dev set ({exc})") from None
    if not isinstance(data, list):
        raise DevSetError(f"{path}: expected a JSON list of {{dictated, expected}} objects")
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("dictated"), str) or \
                not isinstance(item.get("expected"), str):
            raise DevSetError(f"{path}: item {i} needs string 'dictated' and 'expected'")
    return data


def evaluate(items: list[dict], run: Callable[[str], str]) -> Report:
    """Run ``run(dictated) -> command`` on each item and score it."""
    report = Report()
    for item in items:
        got, want = run(item["dictated"]), item["expected"]
        report.overall.add(got, want)
        report.by_difficulty[item.get("difficulty", "unlabelled")].add(got, want)
        report.by_category[item.get("category", "unlabelled")].add(got, want)
        if got != want:
            report.misses.append({**item, "got": got})
    return report


def format_report(report: Report) -> str:
    def line(name: str, s: Score) -> str:
        r = s.rates()
        return (f"{name:<14} {r['n']:>4}  exact {r['exact']:6.1%}  case-insensitive "
                f"{r['case_insensitive']:6.1%}  effective {r['effective']:6.1%}")

    out = [line("overall", report.overall), "by difficulty:"]
    out += ["  " + line(k, v) for k, v in sorted(report.by_difficulty.items())]
    out.append("by category:")
    out += ["  " + line(k, v) for k, v in sorted(report.by_category.items())]
    return "\n".join(out)
