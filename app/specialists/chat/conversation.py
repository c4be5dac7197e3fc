"""A conversation: system prompt, turns, sampling settings, and the trimming policy.

Trimming policy (stated in the panel): the system prompt is always kept; when the turns no
longer fit in the context window minus the room for the reply, the oldest turns are dropped,
a user turn together with its reply, until the rest fits. The newest user turn is never
dropped; if it alone does not fit, it is cut from the front and the reply says so.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from app.defaults import DEFAULTS
from runtimes.base import GenerationParams

DEFAULT_SYSTEM = "You are a helpful assistant running on the user's own computer. Be brief."
MAX_PASTE = 100_000


@dataclass
class Turn:
    role: str
    content: str
    stats: dict = field(default_factory=dict)


@dataclass
class Conversation:
    name: str = ""
    system: str = DEFAULT_SYSTEM
    turns: list[Turn] = field(default_factory=list)
    model_id: str = DEFAULTS.chat
    device: str = "cpu"
    n_ctx: int = 2048
    params: GenerationParams = field(default_factory=lambda: GenerationParams(max_tokens=256))
    json_schema: dict | None = None
    created_at: float = field(default_factory=time.time)
    cut_chars: int = 0  # set by fitted(): characters cut from the front of the newest turn

    def messages(self) -> list[dict[str, str]]:
        return ([{"role": "system", "content": self.system}] if self.system else []) + [
            {"role": t.role, "content": t.content} for t in self.turns]

    def fitted(self, count: Callable[[str], int]) -> tuple[list[dict[str, str]], int]:
        """Messages that fit ``n_ctx - max_tokens`` by the policy above; and how many turns
        were dropped."""
        budget = max(64, self.n_ctx - self.params.max_tokens - 16)
        system = [{"role": "system", "content": self.system}] if self.system else []
        used = sum(count(m["content"]) + 4 for m in system)
        kept: list[dict[str, str]] = []
        self.cut_chars = 0
        for turn in reversed(self.turns):
            cost = count(turn.content) + 4
            if used + cost > budget and kept:
                break
            content = turn.content
            if used + cost > budget:  # the newest turn alone is too long: keep its end
                room = max(1, budget - used - 4) * 2  # two characters a token, to be safe
                self.cut_chars = len(content) - room
                content = content[-room:]
                cost = count(content) + 4
            kept.insert(0, {"role": turn.role, "content": content})
            used += cost
        dropped = len(self.turns) - len(kept)
        if kept and kept[0]["role"] == "assistant":  # never start on a reply
            kept.pop(0)
            dropped += 1
        return system + kept, dropped

    def to_dict(self) -> dict:
        d = asdict(self)
        d["params"] = asdict(self.params)
        return d

    @classmethod
    def from_dict(cls, data: dict) -> Conversation:
        data = dict(data)
        data["turns"] = [Turn(**t) for t in data.get("turns", [])]
        data["params"] = GenerationParams(**data.get("params", {}))
        return cls(**data)

    def to_markdown(self) -> str:
        lines = [f"# {self.name or 'Chat'}", "", f"Model: {self.model_id} on {self.device}", ""]
        if self.system:
            lines += [f"> System: {self.system}", ""]
        for t in self.turns:
            lines += [f"**{t.role.capitalize()}:**", "", t.content, ""]
            if t.stats:
                lines += [f"_{format_stats(t.stats)}_", ""]
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)


def format_stats(stats: dict) -> str:
    return (f"{stats.get('ttft_ms', 0):.0f} ms to first token · "
            f"{stats.get('tokens_per_s', 0):.1f} tok/s · {stats.get('tokens', 0)} tokens · "
            f"{stats.get('device', '?')}")
