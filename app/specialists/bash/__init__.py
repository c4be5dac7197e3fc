"""Voice to bash as the app uses it: the pipeline run as a service job, with the gate (on the
embedding worker) and the LLM normalizer (on the LLM worker), speech through the speech
worker, and a history. A command is only ever returned as text, never run."""

from __future__ import annotations

from pathlib import Path

from app.defaults import DEFAULTS
from app.errors import UserError
from app.paths import data_dir
from app.service import InferenceService, Job
from app.service.jobs import JobContext, Slots
from app.service.loader import merge_pending
from app.specialists.bash import normalizer
from app.specialists.bash.history import History
from app.specialists.bash.installed import installed_tools
from app.specialists.bash.pipeline import BashPipeline, BashResult
from app.specialists.bash.speech import transcribe_options
from app.specialists.bash.your_words import YourWords
from app.specialists.gate import GateSpecialist
from app.training.registry import adapter_for
from app.training.tasks import TASKS
from runtimes.base import GenerationParams

GATE_TIMEOUT_S = 30.0
TRAINED_PARAMS = GenerationParams(max_tokens=TASKS["bash"].max_new_tokens, temperature=0.0,
                                  seed=0)
"""How the gate scored the trained normalizer: greedy, up to the task's length."""
PREPARING = "preparing the trained normalizer for this machine (once, about 10 s)…"
"""Said (``progress``) before a dictation waits for the adapter to be merged into its base."""

__all__ = ["BashResult", "BashSpecialist"]


class BashSpecialist:
    """``convert(text)`` and ``transcribe(audio)`` jobs, and the history they feed."""

    def __init__(self, service: InferenceService, gate: GateSpecialist | None = None,
                 llm_model: str = DEFAULTS.bash_llm, speech_model: str = DEFAULTS.speech,
                 device: str = "cpu", history_path: Path | None = None,
                 tools: frozenset[str] | None = None, words_path: Path | None = None) -> None:
        self.service = service
        self._tools = tools  # installed programs; read from $PATH in the first job
        self.gate = gate or GateSpecialist(service, device)
        self.llm_model = llm_model
        self.speech_model = speech_model
        self.device = device
        self.history_path = history_path or data_dir() / "bash_history.sqlite3"
        self._history: History | None = None
        self.words_path = words_path or data_dir() / "bash_words.json"
        self._words: tuple[float, YourWords] | None = None  # (the file's mtime, its words)

    @property
    def tools(self) -> frozenset[str]:
        """The installed programs a name said in parts may join into (read on first use,
        in a job, never at start-up on the GUI thread)."""
        if self._tools is None:
            self._tools = installed_tools()
        return self._tools

    @property
    def history(self) -> History:
        if self._history is None:
            self._history = History(self.history_path)
        return self._history

    def your_words(self) -> YourWords:
        """Your names for symbols, read again whenever the file changed; ``UserError`` when
        it cannot be read (the file is left as it is)."""
        try:
            mtime = self.words_path.stat().st_mtime
        except OSError:
            mtime = -1.0
        if self._words is None or self._words[0] != mtime:
            self._words = (mtime, YourWords.load(self.words_path))
        return self._words[1]

    def pipeline(self, ctx: JobContext, words: YourWords | None = None) -> BashPipeline:
        """A pipeline whose gate and LLM go through the service's workers; the gate job is
        the bash job's child (cancelled with it; a busy embedding worker is an error that
        says so, not a hang)."""

        def gate_score(text: str) -> float:
            result = ctx.wait_for(self.gate.predict(text), GATE_TIMEOUT_S)
            return float(result.scores["needs_llm"])

        lora = adapter_for(self.service.store.root, "bash", self.llm_model)

        def llm(text: str) -> str:
            if lora:  # the trained normalizer: asked as in training, no few-shot, no grammar
                if merge_pending(self.service.store, self.llm_model, lora):
                    ctx.status(PREPARING)
                runtime = ctx.load(self.llm_model, self.device, lora_path=lora,
                                   merge_adapter=True)
                chat, params, grammar = TASKS["bash"].messages(text), TRAINED_PARAMS, None
            else:
                runtime = ctx.load(self.llm_model, self.device)
                chat, params = normalizer.messages(text), normalizer.params()
                grammar = normalizer.grammar()
            pieces = []
            for piece in runtime.generate(chat, params, grammar=grammar):
                pieces.append(piece)
                ctx.check()
            return "".join(pieces).strip()

        if lora:
            return BashPipeline(gate_score, normalizer=llm, tools=self.tools, words=words)
        return BashPipeline(gate_score, llm, tools=self.tools, words=words)

    def convert(self, text: str, use_llm: bool = True, remember: bool = True,
                slots: Slots | None = None) -> Job:
        """``finished(BashResult)``; the result is added to the history."""

        def body(ctx: JobContext) -> BashResult:
            try:
                words, problem = self.your_words(), ""
            except UserError as exc:  # the file damaged: read without them, and say so
                words, problem = None, str(exc)
            result = self.pipeline(ctx, words).run(text, use_llm)
            if problem:
                result.notes.append(problem)
            if remember and result.output:
                self.history.add(text, result.output, result.route, result.safety.reasons)
            return result

        return self.service.submit("llm", "voice to bash", body, slots)

    def transcribe(self, audio, slots: Slots | None = None) -> Job:
        """Speech to text with the dictation settings; ``finished`` gives the text."""
        return self.service.transcribe(self.speech_model, audio, self.device, slots,
                                       **transcribe_options())
