"""The prompt text llama.cpp will see for a chat, so training teaches exactly that text.

``LlamaRuntime`` formats a chat with the GGUF's own template, else a known format for the
architecture (``runtimes.llama.ARCH_FORMATS``). Here the same llama-cpp-python formatter is
run on a vocabulary-only load of the base, giving the prompt and the text that ends a reply.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ChatFormat:
    """``prompt(messages)`` renders a chat up to the reply; ``end`` closes a reply."""

    render: object
    end: str
    architecture: str

    def prompt(self, messages: list[dict[str, str]]) -> str:
        return self.render(messages=messages).prompt


def chat_format(gguf_path: str | Path) -> ChatFormat:
    """The chat format llama.cpp uses for the GGUF at ``gguf_path``."""
    import llama_cpp
    from llama_cpp import llama_chat_format

    from runtimes.llama import ARCH_FORMATS

    llm = llama_cpp.Llama(model_path=str(gguf_path), vocab_only=True, verbose=False)
    try:
        arch = llm.metadata.get("general.architecture", "unknown")
        template = llm.metadata.get("tokenizer.chat_template")
        if template:
            eos = llm._model.token_get_text(llm.token_eos())
            bos = llm._model.token_get_text(llm.token_bos())
            formatter = llama_chat_format.Jinja2ChatFormatter(template, eos, bos)
            return ChatFormat(formatter, eos, arch)
        name = ARCH_FORMATS.get(arch)
        if name is None:
            raise ValueError(f"{gguf_path}: no chat template and no known format for {arch}")
        render = _registered(name)
        probe = render(messages=[{"role": "user", "content": "x"}])
        end = probe.stop if isinstance(probe.stop, str) else (probe.stop or [""])[0]
        return ChatFormat(render, end, arch)
    finally:
        llm.close()


def _registered(name: str):
    """The formatter function llama-cpp-python registered under ``name``."""
    from llama_cpp import llama_chat_format

    functions = {"gemma": "format_gemma", "chatml": "format_chatml",
                 "mistral-instruct": "format_mistral_instruct"}
    return getattr(llama_chat_format, functions[name])
