"""The embedding gate as the app uses it: jobs on the service's embedding worker, heads saved
per featurizer in the user data dir, a hand-feature fallback when MiniLM is missing."""

from __future__ import annotations

from pathlib import Path

from app.defaults import DEFAULTS
from app.paths import data_dir
from app.service import InferenceService, Job
from app.service.jobs import JobContext, Slots
from app.specialists.gate.examples import Example, default_examples, load_examples
from app.specialists.gate.features import Featurizer, embedding_featurizer, hand_featurizer
from app.specialists.gate.gate import Gate, GateResult, HeadMismatchError, TrainReport
from app.specialists.gate.heads import HEADS, Head
from runtimes.base import RuntimeLoadError

__all__ = ["HEADS", "Example", "Gate", "GateResult", "GateSpecialist",
           "HeadMismatchError", "TrainReport", "default_examples", "load_examples"]


def gate_folder() -> Path:
    return data_dir() / "gate"


class GateSpecialist:
    """Owns the trained heads; every call that touches the encoder is a service job."""

    def __init__(self, service: InferenceService, device: str = "cpu",
                 folder: Path | None = None) -> None:
        self.service = service
        self.device = device
        self.folder = folder or gate_folder()
        self.heads: dict[str, Head] = {}
        self.featurizer_id = ""
        self.backend_note = ""
        self.embed_model = DEFAULTS.embed

    def heads_path(self, featurizer_id: str) -> Path:
        return self.folder / f"heads-{featurizer_id}.json"

    def featurizer(self, ctx: JobContext) -> Featurizer:
        """MiniLM through the service's cache, or the hand-made fallback (noted)."""
        try:
            runtime = ctx.load(self.embed_model, self.device)
        except RuntimeLoadError as exc:
            self.backend_note = f"embedding model unavailable, using hand-made features: {exc}"
            return hand_featurizer()
        self.backend_note = runtime.report.summary()
        sha = self.service.store.get(self.embed_model).files[0].sha256
        return embedding_featurizer(runtime, self.embed_model, sha)

    def _gate(self, ctx: JobContext) -> Gate:
        """A gate with current heads: loaded from disk, or trained on the defaults once."""
        feats = self.featurizer(ctx)
        if self.heads and self.featurizer_id == feats.id:
            return Gate(feats, self.heads)
        path = self.heads_path(feats.id)
        if path.exists():
            try:
                gate = Gate.load(path, feats)
                self.heads, self.featurizer_id = gate.heads, feats.id
                return gate
            except HeadMismatchError:
                pass  # stale heads for an older model file: retrain below
        gate = Gate(feats)
        gate.train(default_examples())
        gate.save(path)
        self.heads, self.featurizer_id = gate.heads, feats.id
        return gate

    def warm_up(self, slots: Slots | None = None) -> Job:
        """Load the encoder and the heads on the worker before first use."""
        return self.service.submit("embed", "prepare the gate", self._gate, slots)

    def train(self, examples: list[Example], slots: Slots | None = None) -> Job:
        """``finished(TrainReport)``; the new heads are saved and used from then on."""
        examples = list(examples)

        def body(ctx: JobContext) -> TrainReport:
            feats = self.featurizer(ctx)
            previous = self.heads if self.featurizer_id == feats.id else {}
            gate = Gate(feats, previous)
            report = gate.train(examples)
            gate.save(self.heads_path(feats.id))
            self.heads, self.featurizer_id = gate.heads, feats.id
            return report

        return self.service.submit("embed", "train the gate", body, slots)

    def predict(self, text: str, slots: Slots | None = None) -> Job:
        """``finished(GateResult)``, or ``failed`` with the reason (e.g. empty text)."""

        def body(ctx: JobContext) -> GateResult:
            return self._gate(ctx).predict(text)

        return self.service.submit("embed", "score with the gate", body, slots)

    def set_threshold(self, head: str, value: float, examples: list[Example] | None = None,
                      slots: Slots | None = None) -> Job:
        """Move a head's threshold, save it, and (given examples) recompute the metrics."""

        def body(ctx: JobContext) -> dict:
            gate = self._gate(ctx)
            gate.heads[head].threshold = float(value)
            if examples:
                gate.rescore(examples)
            gate.save(self.heads_path(gate.featurizer.id))
            return {n: h.metrics for n, h in gate.heads.items()}

        return self.service.submit("embed", f"set the {head} threshold", body, slots)
