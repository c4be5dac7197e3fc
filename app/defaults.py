"""The one registry of default model ids, per specialist. Nothing else spells them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Defaults:
    chat: str = "gemma-3-270m"
    bash_llm: str = "smollm2-135m-instruct"
    speech: str = "whisper-tiny.en"
    embed: str = "minilm-l6-int8"
    speech_choices: tuple[str, ...] = ("whisper-tiny.en", "whisper-base")


DEFAULTS = Defaults()
