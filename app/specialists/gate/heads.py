"""Logistic-regression heads on shared features: fitted in numpy (see ``logistic``), kept as
plain numbers (JSON, never pickle) and applied in microseconds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from app.errors import UserError
from app.specialists.gate.examples import Example
from app.specialists.gate.logistic import fit_logistic


@dataclass(frozen=True)
class HeadSpec:
    """A binary question over example levels: which levels say ``positive``, which not."""

    name: str
    positive: str
    negative: str
    levels: dict[str, str]  # level -> class; levels not listed are left out of this head
    description: str = ""

    def label(self, example: Example) -> int | None:
        cls = self.levels.get(example.level)
        return None if cls is None else int(cls == self.positive)


HEADS = {
    "needs_llm": HeadSpec(
        "needs_llm", "yes", "no",
        {"clean": "no", "fuzzy": "yes", "natural": "yes", "chaotic": "yes"},
        "can the deterministic processor handle it (clean protocol dictation), or does it "
        "need the language model?"),
    "domain": HeadSpec(
        "domain", "command", "prose",
        {"clean": "command", "fuzzy": "command", "natural": "command", "chaotic": "command",
         "prose": "prose"},
        "is this command dictation or ordinary prose?"),
}


class TrainingError(UserError):
    """Training cannot go ahead with these examples; the message says why."""


@dataclass
class Head:
    """A trained head: standardisation, weights, threshold, and how well it did."""

    spec: HeadSpec
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float = 0.5
    metrics: dict = field(default_factory=dict)

    def scores(self, features: np.ndarray) -> np.ndarray:
        """Probability of the positive class for each row."""
        z = ((features - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def decide(self, score: float) -> str:
        return self.spec.positive if score >= self.threshold else self.spec.negative

    def to_dict(self) -> dict:
        return {"name": self.spec.name, "mean": self.mean.tolist(),
                "scale": self.scale.tolist(), "coef": self.coef.tolist(),
                "intercept": self.intercept, "threshold": self.threshold,
                "metrics": self.metrics}

    @classmethod
    def from_dict(cls, data: dict) -> Head:
        spec = HEADS[data["name"]]
        return cls(spec, np.asarray(data["mean"], np.float32),
                   np.asarray(data["scale"], np.float32), np.asarray(data["coef"], np.float32),
                   float(data["intercept"]), float(data["threshold"]), data.get("metrics", {}))


def labelled(spec: HeadSpec, examples: Sequence[Example], split: str
             ) -> tuple[list[int], np.ndarray]:
    """Indices into ``examples`` of one split that this head uses, and their 0/1 labels."""
    idx, y = [], []
    for i, ex in enumerate(examples):
        label = spec.label(ex)
        if ex.split == split and label is not None:
            idx.append(i)
            y.append(label)
    return idx, np.asarray(y, dtype=np.int64)


def fit_head(spec: HeadSpec, features: np.ndarray, y: np.ndarray, c: float = 1.0,
             weights: np.ndarray | None = None) -> Head:
    """Standardise (then scale columns by ``weights``), and fit an L2 logistic regression."""
    classes = set(y.tolist())
    if len(classes) < 2:
        only = spec.positive if classes == {1} else spec.negative
        raise TrainingError(f"head '{spec.name}' needs training examples of both classes "
                            f"({spec.positive} and {spec.negative}); only '{only}' found")
    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale < 1e-6] = 1.0
    if weights is not None:
        scale = scale / weights
    coef, intercept = fit_logistic((features - mean) / scale, y, c)
    return Head(spec, mean.astype(np.float32), scale.astype(np.float32),
                coef.astype(np.float32), intercept)


def evaluate(head: Head, features: np.ndarray, y: np.ndarray) -> dict:
    """Accuracy overall and per class, and the confusion matrix (rows: truth)."""
    if len(y) == 0:
        return {"n": 0}
    pred = (head.scores(features) >= head.threshold).astype(np.int64)
    confusion = [[int(((y == t) & (pred == p)).sum()) for p in (0, 1)] for t in (0, 1)]
    per_class = {}
    for value, name in ((0, head.spec.negative), (1, head.spec.positive)):
        mask = y == value
        per_class[name] = float((pred[mask] == value).mean()) if mask.any() else None
    return {"n": int(len(y)), "accuracy": float((pred == y).mean()), "per_class": per_class,
            "confusion": confusion, "labels": [head.spec.negative, head.spec.positive]}
