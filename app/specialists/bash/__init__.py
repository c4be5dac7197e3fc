"""Voice to bash as the app uses it: the pipeline run as a service job, with the gate (on the
embedding worker) and the LLM normalizer (on the LLM worker), speech through the speech
worker, and a history. A command is only ever returned as text, never run."""

from __future__ import annotations

from pathlib import Path

from app.paths import data_dir
from app.service import InferenceService, Job
from app.service.jobs import JobContext
from app.specialists.bash import normalizer
from app.specialists.bash.history import History
from app.specialists.bash.pipeline import BashPipeline, BashResult
from app.specialists.bash.speech import DEFAULT_SPEECH_MODEL, transcribe_options
from app.specialists.gate import GateSpecialist

DEFAULT_LLM = "smollm2-135m-instruct"

__all__ = ["DEFAULT_LLM", "BashResult", "BashSpecialist"]


class BashSpecialist:
    """``convert(text)`` and ``transcribe(audio)`` jobs, and the history they feed."""

    def __init__(self, service: InferenceService, gate: GateSpecialist | None = None,
                 llm_model: str = DEFAULT_LLM, speech_model: str = DEFAULT_SPEECH_MODEL,
                 device: str = "cpu", history_path: Path | None = None) -> None:
        self.service = service
        self.gate = gate or GateSpecialist(service, device)
        self.llm_model = llm_model
        self.speech_model = speech_model
        self.device = device
        self.history_path = history_path or data_dir() / "bash_history.sqlite3"
        self._history: History | None = None

    @property
    def history(self) -> History:
        if self._history is None:
            self._history = History(self.history_path)
        return self._history

    def _gate_score(self, text: str) -> float:
        job = self.gate.predict(text)
        job.wait(30)
        return float(job.outcome().scores["needs_llm"])

    def pipeline(self, ctx: JobContext) -> BashPipeline:
        """A pipeline whose gate and LLM go through the service's workers."""

        def llm(text: str) -> str:
            runtime = ctx.load(self.llm_model, self.device)
            pieces = []
            for piece in runtime.generate(normalizer.messages(text), normalizer.params(),
                                          grammar=normalizer.grammar()):
                pieces.append(piece)
                ctx.check()
            return "".join(pieces).strip()

        return BashPipeline(self._gate_score, llm)

    def convert(self, text: str, use_llm: bool = True, remember: bool = True,
                start: bool = True) -> Job:
        """``finished(BashResult)``; the result is added to the history."""

        def body(ctx: JobContext) -> BashResult:
            result = self.pipeline(ctx).run(text, use_llm)
            if remember and result.output:
                self.history.add(text, result.output, result.route, result.safety.reasons)
            return result

        return self.service.submit("llm", "voice to bash", body, start)

    def transcribe(self, audio, start: bool = True) -> Job:
        """Speech to text with the dictation settings; ``finished`` gives the text."""
        job = self.service.transcribe(self.speech_model, audio, self.device, start=False,
                                      **transcribe_options())
        return self.service.start(job) if start else job
