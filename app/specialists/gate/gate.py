"""The gate: shared features, several heads, training with metrics, saved heads bound to the
embedding model they were trained on."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.errors import UserError
from app.specialists.gate.examples import Example
from app.specialists.gate.features import Featurizer
from app.specialists.gate.heads import HEADS, Head, HeadSpec, evaluate, fit_head, labelled

FORMAT_VERSION = 1
# Longer texts are cut before tokenizing: the encoder reads at most 256 tokens anyway.
MAX_CHARS = 4096


class GateInputError(UserError):
    """Text the gate cannot score (empty); the message is for the user."""


class HeadMismatchError(UserError):
    """Saved heads trained on other features than the ones loaded now."""


@dataclass
class TrainReport:
    featurizer: str
    examples: int
    feature_ms: float
    fit_ms: float
    heads: dict[str, dict] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"featurizer": self.featurizer, "examples": self.examples,
                "feature_ms": round(self.feature_ms, 2), "fit_ms": round(self.fit_ms, 2),
                "heads": self.heads}


@dataclass
class GateResult:
    text: str
    scores: dict[str, float]
    decisions: dict[str, str]
    feature_ms: float
    head_ms: float
    backend: str
    notes: list[str] = field(default_factory=list)

    @property
    def latency_ms(self) -> float:
        return self.feature_ms + self.head_ms

    def to_dict(self) -> dict:
        return {"text": self.text, "scores": {k: round(v, 4) for k, v in self.scores.items()},
                "decisions": self.decisions, "latency_ms": round(self.latency_ms, 3),
                "backend": self.backend, "notes": self.notes}


def clip_text(text: str) -> tuple[str, list[str]]:
    """The text as the gate reads it, and notes on what was done to it."""
    if not text or not text.strip():
        raise GateInputError("nothing to score: the text is empty")
    if len(text) > MAX_CHARS:
        return text[:MAX_CHARS], [f"the text has {len(text):,} characters; only the first "
                                  f"{MAX_CHARS:,} were read"]
    return text, []


class Gate:
    """Heads over one featurizer. Train, score, save, load."""

    def __init__(self, featurizer: Featurizer, heads: dict[str, Head] | None = None) -> None:
        self.featurizer = featurizer
        self.heads: dict[str, Head] = dict(heads or {})

    @property
    def trained(self) -> bool:
        return bool(self.heads)

    def train(self, examples: Sequence[Example],
              specs: Sequence[HeadSpec] = tuple(HEADS.values())) -> TrainReport:
        """Fit every head on the train split; report test and held-out metrics."""
        examples = list(examples)
        t0 = time.perf_counter()
        features = self.featurizer.features([e.text for e in examples])
        t1 = time.perf_counter()
        heads, fit_ms, summary = {}, 0.0, {}
        for spec in specs:
            idx, y = labelled(spec, examples, "train")
            f0 = time.perf_counter()
            head = fit_head(spec, features[idx], y, weights=self.featurizer.weights)
            fit_ms += (time.perf_counter() - f0) * 1000
            if spec.name in self.heads:
                head.threshold = self.heads[spec.name].threshold
            for split in ("test", "heldout"):
                sidx, sy = labelled(spec, examples, split)
                head.metrics[split] = evaluate(head, features[sidx], sy)
            head.metrics["train_n"] = len(idx)
            heads[spec.name] = head
            summary[spec.name] = head.metrics
        self.heads = heads
        return TrainReport(self.featurizer.id, len(examples), (t1 - t0) * 1000, fit_ms, summary)

    def rescore(self, examples: Sequence[Example]) -> None:
        """Recompute test/held-out metrics after a threshold change."""
        features = self.featurizer.features([e.text for e in examples])
        for head in self.heads.values():
            for split in ("test", "heldout"):
                idx, y = labelled(head.spec, examples, split)
                head.metrics[split] = evaluate(head, features[idx], y)

    def predict(self, text: str) -> GateResult:
        """Scores and decisions of every head for one text."""
        if not self.heads:
            raise GateInputError("the gate has no trained heads yet: train it first")
        clipped, notes = clip_text(text)
        t0 = time.perf_counter()
        feats = self.featurizer.features([clipped])
        t1 = time.perf_counter()
        scores = {name: float(h.scores(feats)[0]) for name, h in self.heads.items()}
        decisions = {name: self.heads[name].decide(s) for name, s in scores.items()}
        t2 = time.perf_counter()
        if self.featurizer.truncated(clipped):
            notes.append(f"the model reads the first {self.featurizer.max_tokens} tokens; "
                         "the rest was not scored")
        return GateResult(text, scores, decisions, (t1 - t0) * 1000, (t2 - t1) * 1000,
                          self.featurizer.description, notes)

    # -- persistence ---------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"format_version": FORMAT_VERSION, "featurizer": self.featurizer.id,
                "featurizer_sha256": self.featurizer.sha256,
                "heads": {n: h.to_dict() for n, h in self.heads.items()}}
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | Path, featurizer: Featurizer) -> Gate:
        """Load heads, refusing ones trained on another embedding model or format."""
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            version = data["format_version"]
            trained_on, sha = data["featurizer"], data["featurizer_sha256"]
            heads = {n: Head.from_dict(h) for n, h in data["heads"].items()}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise HeadMismatchError(f"{path}: not a saved gate ({exc})") from None
        if version != FORMAT_VERSION:
            raise HeadMismatchError(f"{path}: saved by gate format {version}; this version "
                                    f"reads format {FORMAT_VERSION}. Train again.")
        if (trained_on, sha) != (featurizer.id, featurizer.sha256):
            raise HeadMismatchError(
                f"{path}: these heads were trained on {trained_on} (sha256 {sha[:12]}), not "
                f"on {featurizer.id} (sha256 {featurizer.sha256[:12]}); their weights mean "
                "nothing for other features. Train the gate again.")
        for head in heads.values():
            if head.coef.shape[0] != head.mean.shape[0]:
                raise HeadMismatchError(f"{path}: head {head.spec.name} is damaged")
        return cls(featurizer, heads)


def scores_matrix(gate: Gate, texts: Sequence[str]) -> dict[str, np.ndarray]:
    """Every head's scores for many texts at once (batched features)."""
    feats = gate.featurizer.features(list(texts))
    return {name: head.scores(feats) for name, head in gate.heads.items()}
