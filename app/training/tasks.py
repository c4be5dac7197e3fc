"""The trainable tasks: how an example becomes a chat, and how an answer is scored.

Data lines are ``{"input", "target", "slice"}`` (``assets/training/README.md``); training
and the eval gate build the same chat from ``input``, so what is scored is what is trained.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from app.defaults import DEFAULTS

Example = dict


@dataclass(frozen=True)
class Task:
    """``score(answer, example)`` is in 0..1; an example passes at ``pass_at`` or more."""

    name: str
    base: str
    system: str
    max_new_tokens: int
    score: Callable[[str, Example], float]
    pass_at: float = 1.0
    answer_key: str = "target"
    dataset: str = ""  # the shipped data folder, when another task's (default: name)

    @property
    def data_name(self) -> str:
        return self.dataset or self.name

    def answer(self, example: Example) -> str:
        """The reply the model is trained to give for ``example``."""
        return str(example[self.answer_key]).strip()

    def messages(self, text: str) -> list[dict[str, str]]:
        """The chat for one input (the system text, then the user's input)."""
        return [{"role": "system", "content": self.system},
                {"role": "user", "content": text.strip()}]


def _bash_score(answer: str, example: Example) -> float:
    """1 when the processor turns the answer into the example's command exactly."""
    from app.specialists.bash.processor import process

    command = example.get("command")
    if command is None:
        return float(_norm(answer) == _norm(example["target"]))
    try:
        return float(process(answer.strip()) == command)
    except (ValueError, IndexError):
        return 0.0


def _command_score(answer: str, example: Example) -> float:
    """1 when the answer is the example's command (spaces between words aside)."""
    return float(" ".join(answer.split()) == " ".join(example["command"].split()))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _norm(text: str) -> str:
    return " ".join(_words(text))


def _overlap(a: str, b: str) -> float:
    """Token F1 of two texts."""
    wa, wb = _words(a), _words(b)
    common = sum(min(wa.count(w), wb.count(w)) for w in set(wa))
    if not common:
        return 0.0
    precision, recall = common / len(wa), common / len(wb)
    return 2 * precision * recall / (precision + recall)


def parse_memo(answer: str) -> dict | None:
    """The ``{title, intent, target}`` object in an answer, or None."""
    start, end = answer.find("{"), answer.rfind("}")
    if start < 0 or end <= start:
        return None
    try:
        data = json.loads(answer[start:end + 1])
    except (json.JSONDecodeError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _memo_score(answer: str, example: Example) -> float:
    """The pack's weights: title 0.5 (2-8 words, at most 60 characters, not generic, and on
    the reference's topic), intent 0.35 (exact), restraint 0.15 (the target as said, empty
    where the reference is empty)."""
    from app.specialists.memo.evaluate import usable_title

    got, want = parse_memo(answer), json.loads(example["target"])
    if got is None:
        return 0.0
    title = str(got.get("title", ""))
    keeps_to_rules = usable_title(title) and 2 <= len(title.split()) <= 8 and len(title) <= 60
    score = 0.5 * min(1.0, 2 * _overlap(title, want["title"])) if keeps_to_rules else 0.0
    score += 0.35 * (got.get("intent") == want["intent"])
    target, wanted = _norm(str(got.get("target") or "")), _norm(want.get("target") or "")
    score += 0.15 * (target == wanted)
    return score


def _chat_score(answer: str, example: Example) -> float:
    """1 when the answer holds the reference's words, is short, and does not continue the
    question (no new 'Question:'/'User:' turn)."""
    want, got = _norm(example["target"]), _norm(answer)
    if not got or re.search(r"\b(question|user)\s*:", answer, re.IGNORECASE):
        return 0.0
    if len(answer) > 3 * len(example["target"]) + 80:
        return 0.0
    return 1.0 if want in got else _overlap(answer, example["target"])


TASKS: dict[str, Task] = {
    "bash": Task("bash", DEFAULTS.bash_llm,
                 "Rewrite the dictation as spoken command words for the shell: say symbols as "
                 "words (space, dash, dot, slash), keep only the command, apply corrections.",
                 64, _bash_score),
    "bash-writer": Task("bash-writer", DEFAULTS.bash_llm,
                        "Write the shell command the dictation asks for. Answer with the "
                        "command only.", 64, _command_score, answer_key="command",
                        dataset="bash"),
    "memo": Task("memo", DEFAULTS.bash_llm,
                 "Read the voice memo and answer with JSON: title (2-8 words), intent (none, "
                 "research, email, call or schedule) and target (who or what, as said; empty "
                 "when intent is none).", 80, _memo_score, pass_at=0.85),
    "chat": Task("chat", DEFAULTS.chat,
                 "You are a helpful assistant. Answer briefly and directly.", 48, _chat_score,
                 pass_at=0.99),
}


def get_task(name: str) -> Task:
    """The task called ``name``; ``KeyError`` lists the known ones."""
    try:
        return TASKS[name]
    except KeyError:
        raise KeyError(f"no task {name!r}; known: {', '.join(TASKS)}") from None
