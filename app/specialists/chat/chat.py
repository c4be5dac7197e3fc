"""The chat harness: a conversation, the slash commands, sessions, and replies streamed
through the service. Shared by the Chat page and ``tinyspec chat``.

Nothing here runs what the model says: replies are text. Token counts for the context meter
and trimming are estimated (characters / 3.5, rounded up), so the meter reads "≈".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.defaults import DEFAULTS
from app.paths import data_dir
from app.service import InferenceService, Job
from app.service.jobs import GenerationResult, Slots
from app.specialists.chat.commands import Outcome, is_command, run_command
from app.specialists.chat.conversation import MAX_PASTE, Conversation, Turn
from app.specialists.chat.sessions import Sessions
from app.training.registry import adapter_for
from runtimes.base import GenerationParams

STOPPED = "  (stopped)"
"""Appended to a reply that Stop cut short."""


def estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / 3.5)


@dataclass
class _Reply:
    """The reply being generated: its job, the text streamed so far, and whether ``stop``
    abandoned it (then nothing it sends afterwards is used)."""

    job: Job | None = None
    pieces: list[str] = field(default_factory=list)
    abandoned: bool = False


class Chat:
    """``send(text, slots)`` returns an :class:`Outcome` for commands or a notice, or the
    generation :class:`Job`, already queued with ``slots`` connected.

    The conversation is kept here, not by the front-ends: a reply (or the part streamed
    before Stop) is added when it ends, and a failed reply takes its user turn back out.
    ``run_action`` runs the actions a command asks for (``gate``, ``bench``) as jobs.
    """

    def __init__(self, service: InferenceService, sessions: Sessions | None = None,
                 conv: Conversation | None = None, restore: bool = False) -> None:
        self.service = service
        self.sessions = sessions or Sessions(data_dir() / "chat.sqlite3")
        restored = self.sessions.latest() if restore and conv is None else None
        self.conv = conv or restored or Conversation(model_id=DEFAULTS.chat)
        self.notice = ""
        self._reply: _Reply | None = None

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
        lora = adapter_for(self.service.store.root, "chat", self.conv.model_id)
        if lora:
            return (f"trained into an assistant by the chat adapter {Path(lora).parent.name} "
                    "(`tinyspec adapters use chat none` for the plain model)")
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
        lora = adapter_for(self.service.store.root, "chat", self.conv.model_id)
        if lora:  # trained into an assistant: its own chat format, no completion transcript
            return {"lora_path": lora, "n_ctx": self.conv.n_ctx}
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
    def send(self, text: str, slots: Slots | None = None) -> Outcome | Job:
        if is_command(text.strip()):
            outcome = run_command(self, text.strip())
            if outcome.action == "retry":
                return self.retry(slots)
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
        return self._generate(slots)

    def retry(self, slots: Slots | None = None) -> Job:
        while self.conv.turns and self.conv.turns[-1].role == "assistant":
            self.conv.turns.pop()
        return self._generate(slots)

    def edit_last(self, text: str, slots: Slots | None = None) -> Outcome | Job:
        """Replace the last user message (and drop its reply), then send it again."""
        while self.conv.turns and self.conv.turns[-1].role == "assistant":
            self.conv.turns.pop()
        if self.conv.turns and self.conv.turns[-1].role == "user":
            self.conv.turns.pop()
        return self.send(text, slots)

    def _generate(self, slots: Slots | None) -> Job:
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
        slots = slots or Slots()
        reply = self._reply = _Reply()

        def live(slot):  # the slot, silenced once Stop abandoned this reply
            return None if slot is None else lambda *a: None if reply.abandoned else slot(*a)

        def ended() -> None:
            if self._reply is reply:
                self._reply = None

        own = Slots(started=live(slots.started), progress=live(slots.progress),
                    status=live(slots.status),
                    token=live(lambda t: (reply.pieces.append(t), _call(slots.token, t))),
                    finished=live(lambda r: (ended(), self._record(r),
                                             _call(slots.finished, r))),
                    cancelled=live(lambda r: (ended(), self._record(r) if r is not None
                                              else self._take_back_turn(),
                                              _call(slots.cancelled, r))),
                    failed=live(lambda m: (ended(), self._take_back_turn(),
                                           _call(slots.failed, m))))
        reply.job = self.service.generate(
            self.conv.model_id, messages, params, self.conv.device, self.conv.json_schema,
            own, **self.load_options())
        return reply.job

    def stop(self) -> str | None:
        """Abandon the reply being generated, at once: its job is cancelled (it may still be
        reading the prompt), the text streamed so far becomes the stopped reply, and nothing
        the job sends afterwards is used. Returns that text; ``None`` when no reply runs."""
        reply, self._reply = self._reply, None
        if reply is None:
            return None
        reply.abandoned = True
        if reply.job is not None:
            reply.job.cancel()
        text = "".join(reply.pieces)
        self._append_reply(text + STOPPED, {})
        return text

    def run_action(self, outcome: Outcome, slots: Slots | None = None) -> Job | None:
        """The job a command's action asks for: ``finished`` gives one line of text."""
        slots = slots or Slots()
        if outcome.action == "gate":
            from app.specialists.gate import GateSpecialist

            return GateSpecialist(self.service).predict(outcome.argument, replace(
                slots, finished=lambda r: _call(slots.finished, self.gate_text(r))))
        if outcome.action == "bash":  # the Voice → Bash page's job: rules, gate, LLM
            from app.specialists.bash import BashSpecialist

            return BashSpecialist(self.service).convert(
                outcome.argument, remember=False,
                slots=replace(slots, finished=lambda r: _call(slots.finished, self.bash_text(r))))
        if outcome.action == "memo":
            from app.specialists.memo import MemoSpecialist

            return MemoSpecialist(self.service).extract(outcome.argument, replace(
                slots, finished=lambda r: _call(slots.finished, self.memo_text(r))))
        if outcome.action == "bench":
            return self.bench_job(replace(
                slots, finished=lambda r: _call(slots.finished, self.bench_text(r))))
        return None

    def bench_job(self, slots: Slots | None = None) -> Job:
        """A fixed short generation on the current model and device, outside the chat."""
        params = GenerationParams(max_tokens=64, temperature=0.0, seed=0)
        return self.service.generate(
            self.conv.model_id, [{"role": "user", "content": "Count from one to twenty in "
                                  "words, separated by commas."}], params, self.conv.device,
            slots=slots, **self.load_options())

    @staticmethod
    def bash_text(result) -> str:
        if not result.output:
            return "no command: " + ("; ".join(result.notes) or "nothing to build from that")
        warn = "".join(f"\n⚠ {r}" for r in result.safety.reasons)
        return f"`{result.output}` (not run; {result.route}){warn}"

    @staticmethod
    def memo_text(r) -> str:
        review = f" — needs review: {'; '.join(r.reasons)}" if r.needs_review else ""
        return f"title: {r.title} · intent: {r.intent} · target: {r.target or '—'}{review}"

    @staticmethod
    def gate_text(result) -> str:
        return "gate: " + ", ".join(f"{k} {result.decisions[k]} ({v:.2f})"
                                    for k, v in result.scores.items())

    @staticmethod
    def bench_text(result: GenerationResult) -> str:
        device = result.report.summary() if result.report else "?"
        return (f"{result.tokens} tokens: {result.ttft_ms:.0f} ms to first token, "
                f"{result.tokens_per_s:.1f} tok/s decode, on {device}")

    def _take_back_turn(self) -> None:
        """After a failed reply the conversation is as it was before the message."""
        if self.conv.turns and self.conv.turns[-1].role == "user":
            self.conv.turns.pop()

    def _record(self, result: GenerationResult) -> None:
        stats = result.to_dict()
        stats.pop("text", None)
        stats["device"] = result.report.summary() if result.report else "?"
        self._append_reply(result.text + (STOPPED if result.cancelled else ""), stats)

    def _append_reply(self, text: str, stats: dict) -> None:
        self.conv.turns.append(Turn("assistant", text, stats))
        if self.conv.name:
            self.sessions.save(self.conv)

    def autosave_name(self) -> str:
        import time

        if not self.conv.name:
            self.conv.name = time.strftime("chat-%Y%m%d-%H%M%S")
        return self.conv.name


def _call(slot, *args) -> None:
    if slot is not None:
        slot(*args)
