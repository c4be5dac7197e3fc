"""The LLM normalizer: messy speech rewritten as protocol words, then the processor.

The prompt (system text and examples in ``assets/prompts/bash_normalizer.json``) is built by
:func:`messages` for both the pipeline and the evaluation, so they are byte-identical. The
output is held to lower-case words by a grammar, so the model can only say protocol words,
never symbols of its own; the processor turns them into the command.
"""

from __future__ import annotations

import json
from functools import lru_cache

from assets import asset_path
from runtimes.base import GenerationParams


@lru_cache(maxsize=1)
def prompt_spec() -> dict:
    return json.loads(asset_path("prompts/bash_normalizer.json").read_text(encoding="utf-8"))


def messages(dictated: str) -> list[dict[str, str]]:
    """The chat the normalizer sends for ``dictated``."""
    spec = prompt_spec()
    out = [{"role": "system", "content": spec["system"]}]
    for said, words in spec["shots"]:
        out += [{"role": "user", "content": said}, {"role": "assistant", "content": words}]
    out.append({"role": "user", "content": dictated.strip()})
    return out


def params() -> GenerationParams:
    return GenerationParams(max_tokens=int(prompt_spec()["max_tokens"]), temperature=0.0,
                            top_k=1, repeat_penalty=1.0, seed=0, stop=["\n"])


def grammar() -> str:
    return prompt_spec()["grammar"]
