"""The chat harness: a conversation, the slash commands, sessions, and replies streamed
through the service. Shared by the Chat page and ``tinyspec chat``.

Nothing here runs what the model says: replies are text. Token counts for the context meter
and trimming are estimated (characters / 3.5, rounded up), so the meter reads "≈".
"""

from __future__ import annotations

import math
from pathlib import Path

from app.paths import data_dir
from app.service import InferenceService, Job
from app.service.jobs import GenerationResult
from app.specialists.chat.commands import Outcome, is_command, run_command
from app.specialists.chat.conversation import MAX_PASTE, Conversation, Turn
from app.specialists.chat.sessions import Sessions
from runtimes.base import GenerationParams

DEFAULT_MODEL = "gemma-3-270m"


def estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / 3.5)


class Chat:
    """``send(text)`` returns an :class:`Outcome` for commands or a notice, or a generation
    :class:`Job` (connect its signals, then ``service.start(job)``)."""

    def __init__(self, service: InferenceService, sessions: Sessions | None = None,
                 conv: Conversation | None = None, restore: bool = False) -> None:
        self.service = service
        self.sessions = sessions or Sessions(data_dir() / "chat.sqlite3")
        restored = self.sessions.latest() if restore and conv is None else None
        self.conv = conv or restored or Conversation(model_id=DEFAULT_MODEL)
        self.notice = ""

    # -- models --------------------------------------------------------------------------
    def _entry(self):
        try:
            return self.service.store.get(self.conv.model_id)
        except KeyError:
            return None

    def is_base_model(self) -> bool:
        entry = self._entry()
        return bool(entry and entry.extra.get("base"))

    def model_note(self) -> str:
        if self.conv.model_id.startswith(("http://", "https://")):
            return "a remote endpoint: your messages leave this machine"
        if self.is_base_model():
            return ("a base model with no chat template: it is prompted as a plain transcript "
                    "(completion style) and continues text rather than following instructions")
        return "an instruct model: its own chat template is used"

    def template_note(self) -> str:
        report = self.service.reports.get("llm")
        if report and report[0] == self.conv.model_id:
            return report[1].detail
        return "shown after the first reply (the model loads then)"

    def load_options(self) -> dict:
        if self.is_base_model():
            return {"chat_format": "completion", "n_ctx": self.conv.n_ctx}
        if self.conv.model_id.startswith(("http://", "https://")):
            return {}
        return {"n_ctx": self.conv.n_ctx}

    def model_list(self) -> list[str]:
        entries = [e for e in self.service.store.entries(include_dev=False)
                   if e.task == "generate"]
        return [f"{e.id}{' (current)' if e.id == self.conv.model_id else ''} — "
                f"{'installed' if self.service.store.state(e).installed else 'missing'}"
                for e in entries]

    def switch_model(self, arg: str) -> Outcome:
        if arg.startswith(("http://", "https://")):
            self.conv.model_id = arg.rstrip("/")
            return Outcome(f"model: endpoint {arg} (your messages will leave this machine)")
        if arg.endswith(".gguf") or Path(arg).expanduser().is_file():
            from app.errors import USER_FACING

            try:
                entry = self.service.store.add_user_model(arg)
            except USER_FACING as exc:
                return Outcome(str(exc), error=True)
            self.conv.model_id = entry.id
            return Outcome(f"model: {entry.id} (added from {arg})")
        try:
            entry = self.service.store.get(arg)
        except KeyError:
            import difflib

            ids = [e.id for e in self.service.store.entries() if e.task == "generate"]
            near = difflib.get_close_matches(arg, ids, n=1, cutoff=0.3)
            hint = f"; did you mean {near[0]}?" if near else "; /models lists them"
            return Outcome(f"no model {arg!r}{hint}", error=True)
        if entry.task != "generate":
            return Outcome(f"{arg} is a {entry.task} model, not a chat model", error=True)
        self.conv.model_id = entry.id
        return Outcome(f"model: {entry.id} — {self.model_note()}")

    # -- context -------------------------------------------------------------------------
    def fitted(self) -> tuple[list[dict[str, str]], int]:
        return self.conv.fitted(estimate_tokens)

    def context_used(self) -> int:
        messages, _ = self.fitted()
        return sum(estimate_tokens(m["content"]) + 4 for m in messages)

    # -- sending -------------------------------------------------------------------------
    def send(self, text: str) -> Outcome | Job:
        if is_command(text.strip()):
            outcome = run_command(self, text.strip())
            if outcome.action == "retry":
                return self.retry()
            return outcome
        if not text.strip():
            return Outcome("nothing to send", error=True)
        self.notice = ""
        if len(text) > MAX_PASTE:
            self.notice = (f"your message had {len(text):,} characters; the first "
                           f"{MAX_PASTE:,} were kept")
            text = text[:MAX_PASTE]
        self.conv.turns.append(Turn("user", text))
        self.autosave_name()
        return self._generate()

    def retry(self) -> Job:
        while self.conv.turns and self.conv.turns[-1].role == "assistant":
            self.conv.turns.pop()
        return self._generate()

    def edit_last(self, text: str) -> Outcome | Job:
        """Replace the last user message (and drop its reply), then send it again."""
        while self.conv.turns and self.conv.turns[-1].role == "assistant":
            self.conv.turns.pop()
        if self.conv.turns and self.conv.turns[-1].role == "user":
            self.conv.turns.pop()
        return self.send(text)

    def _generate(self) -> Job:
        messages, dropped = self.fitted()
        if self.conv.cut_chars:
            self.notice = (self.notice + "; " if self.notice else "") + (
                f"the message is longer than the {self.conv.n_ctx}-token context: its first "
                f"{self.conv.cut_chars:,} characters were left out for the model")
        if dropped:
            self.notice = (self.notice + "; " if self.notice else "") + (
                f"{dropped} older turn(s) left out to fit the {self.conv.n_ctx}-token context")
        p = self.conv.params
        params = GenerationParams(p.max_tokens, p.temperature, p.top_p, p.top_k,
                                  p.repeat_penalty, p.seed, list(p.stop))
        job = self.service.generate(self.conv.model_id, messages, params, self.conv.device,
                                    self.conv.json_schema, start=False, **self.load_options())
        job.finished.connect(self._record)
        return job

    def bench_job(self) -> Job:
        """A fixed short generation on the current model and device, outside the chat."""
        params = GenerationParams(max_tokens=64, temperature=0.0, seed=0)
        return self.service.generate(
            self.conv.model_id, [{"role": "user", "content": "Count from one to twenty in "
                                  "words, separated by commas."}], params, self.conv.device,
            start=False, **self.load_options())

    @staticmethod
    def bench_text(result: GenerationResult) -> str:
        device = result.report.summary() if result.report else "?"
        return (f"{result.tokens} tokens: {result.ttft_ms:.0f} ms to first token, "
                f"{result.tokens_per_s:.1f} tok/s decode, on {device}")

    def _record(self, result: GenerationResult) -> None:
        stats = result.to_dict()
        stats.pop("text", None)
        stats["device"] = result.report.summary() if result.report else "?"
        text = result.text + ("  (stopped)" if result.cancelled else "")
        self.conv.turns.append(Turn("assistant", text, stats))
        if self.conv.name:
            self.sessions.save(self.conv)

    def autosave_name(self) -> str:
        import time

        if not self.conv.name:
            self.conv.name = time.strftime("chat-%Y%m%d-%H%M%S")
        return self.conv.name
