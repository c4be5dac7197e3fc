"""llama.cpp through llama-cpp-python: streamed chat generation from GGUF files.

Prompt format, in order of preference: the GGUF's own chat template (rendered by
llama-cpp-python in Jinja's immutable sandbox), else a known format for the architecture, else
a plain completion-style transcript. The device report's detail says which one is in use.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import jinja2

from runtimes import chat_template
from runtimes.base import (
    DeviceReport,
    GenerationParams,
    InputError,
    Message,
    Runtime,
    RuntimeLoadError,
    default_threads,
)
from runtimes.json_schema import check_schema

# Architectures whose chat format llama-cpp-python knows, for GGUFs that carry no template.
ARCH_FORMATS = {"gemma": "gemma", "gemma2": "gemma", "gemma3": "gemma", "qwen2": "chatml",
                "qwen3": "chatml", "phi3": "chatml", "mistral": "mistral-instruct"}
COMPLETION = "completion"
MAX_GRAMMAR = 256 * 1024
_CHAR_RULE = re.compile(r'^char ::= \[\^"\\\\\] \|', re.MULTILINE)
_SAFE_CHAR = r'char ::= [^"\\\x7F\x00-\x1F] |'


def json_grammar_text(schema: dict) -> str:
    """GBNF for ``schema`` whose strings cannot hold raw control characters.

    llama-cpp-python's schema converter lets any byte but a quote or backslash into a string,
    so a raw newline gets through and the output then fails ``json.loads``; JSON itself
    requires control characters to be escaped, which this grammar enforces.
    """
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    check_schema(schema)
    try:
        text = json_schema_to_gbnf(json.dumps(schema))
    except (ValueError, TypeError, KeyError, AssertionError, RecursionError, re.error) as exc:
        raise InputError(f"this JSON schema cannot become a grammar ({exc})") from None
    safe, count = _CHAR_RULE.subn(lambda _m: _SAFE_CHAR, text)
    if count == 0 and "char ::=" in text:
        raise RuntimeError("llama-cpp-python's JSON grammar changed; review json_grammar_text")
    return safe


def completion_prompt(messages: Sequence[Message]) -> str:
    """A plain transcript for base models that were never taught a chat format."""
    lines = []
    for m in messages:
        role = {"system": "", "user": "User: ", "assistant": "Assistant: "}.get(m["role"], "")
        lines.append(f"{role}{m['content'].strip()}")
    return "\n\n".join(lines) + "\n\nAssistant:"


class LlamaRuntime(Runtime):
    """A GGUF model in llama.cpp. ``chat_format`` overrides the automatic choice; ``lora_path``
    applies a GGUF LoRA adapter trained on this base (app/training)."""

    family = "llm"

    def __init__(self, path: str | Path, model_id: str = "", device: str = "cpu",
                 n_ctx: int = 2048, n_threads: int | None = None,
                 chat_format: str | None = None, lora_path: str | None = None) -> None:
        import llama_cpp

        chat_template.install()  # GGUF templates render under a time and size budget
        self.model_id = model_id or Path(path).stem
        self.path = Path(path)
        self.n_threads = n_threads or default_threads()
        gpu_layers, actual, reason = 0, "cpu", None
        if device == "gpu":
            if llama_cpp.llama_supports_gpu_offload():
                gpu_layers, actual = -1, "gpu"
            else:
                reason = "this llama.cpp build has no GPU support (it was built for the CPU)"
        elif device == "npu":
            reason = "llama.cpp has no NPU backend; NPU models run through ONNX Runtime"
        try:
            self.llm = llama_cpp.Llama(
                model_path=str(path), n_ctx=n_ctx, n_threads=self.n_threads,
                n_threads_batch=self.n_threads, n_gpu_layers=gpu_layers, verbose=False,
                chat_format=None if chat_format in (None, COMPLETION) else chat_format)
        except (ValueError, RuntimeError, OSError) as exc:
            raise RuntimeLoadError(f"{path}: llama.cpp could not load this GGUF ({exc})") \
                from None
        except jinja2.TemplateError as exc:
            raise RuntimeLoadError(f"{path}: the GGUF's chat template is broken ({exc})") \
                from None
        self.architecture = self.llm.metadata.get("general.architecture", "unknown")
        if lora_path:
            self._apply_lora(lora_path)
        self.has_template = bool(self.llm.metadata.get("tokenizer.chat_template"))
        self.prompt_style, how = self._choose_format(chat_format)
        provider = "llama.cpp" + (" (GPU offload)" if actual == "gpu" else "")
        self.report = DeviceReport(
            requested=device, actual=actual, provider=provider, fallback_reason=reason,
            detail=f"{how}; {self.n_threads} threads; n_ctx {n_ctx}"
                   + (f"; adapter {Path(lora_path).parent.name}" if lora_path else "")
                   + (f"; adapter {merged} (merged)" if (merged := self.llm.metadata.get(
                       "tinyspec.merged_adapter")) else ""))

    def _apply_lora(self, path: str) -> None:
        """Apply a GGUF LoRA adapter. Done here rather than with ``Llama(lora_path=…)``:
        llama.cpp answers an adapter it cannot use (another base, a damaged file) with a null
        pointer, which llama-cpp-python takes for an adapter and uses."""
        import ctypes

        import llama_cpp

        adapter = llama_cpp.llama_adapter_lora_init(self.llm._model.model,
                                                    str(path).encode("utf-8"))
        if not adapter:
            self.close()
            raise RuntimeLoadError(f"{path}: llama.cpp cannot use this LoRA adapter on "
                                   f"{self.path.name} (made for another base, or damaged)")
        self.llm._stack.callback(llama_cpp.llama_adapter_lora_free, adapter)
        adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(adapter)
        if llama_cpp.llama_set_adapters_lora(self.llm._ctx.ctx, adapters, 1,
                                             (ctypes.c_float * 1)(1.0)):
            self.close()
            raise RuntimeLoadError(f"{path}: llama.cpp could not apply this LoRA adapter")

    def _choose_format(self, forced: str | None) -> tuple[str, str]:
        if forced == COMPLETION:
            return COMPLETION, "completion-style prompt (chosen)"
        if forced:
            return "chat", f"chat format {forced} (chosen)"
        if self.has_template:
            return "chat", "chat template from the GGUF"
        fmt = ARCH_FORMATS.get(self.architecture)
        if fmt:
            self.llm.chat_format = fmt
            self.llm.chat_handler = None
            return "chat", (f"chat format {fmt} by architecture {self.architecture} "
                            "(the GGUF has no template)")
        return COMPLETION, "completion-style prompt (no template, unknown architecture)"

    @property
    def n_ctx(self) -> int:
        return self.llm.n_ctx()

    def count_tokens(self, text: str) -> int:
        return len(self.llm.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def generate(self, messages: Sequence[Message], params: GenerationParams | None = None,
                 json_schema: dict | None = None, grammar: str | None = None, *,
                 should_stop: Callable[[], bool] | None = None) -> Iterator[str]:
        p = params or GenerationParams()
        text = json_grammar_text(json_schema) if json_schema else grammar
        grammar = self.compile_grammar(text) if text else None
        common = dict(max_tokens=p.max_tokens, temperature=p.temperature, top_p=p.top_p,
                      top_k=p.top_k, repeat_penalty=p.repeat_penalty, seed=p.seed,
                      stop=list(p.stop) or None, grammar=grammar, stream=True)
        if self.prompt_style == COMPLETION:
            stream = self.llm.create_completion(
                completion_prompt(messages), **{**common, "stop": list(p.stop) + ["\nUser:"]})
            for chunk in stream:
                if text := chunk["choices"][0].get("text"):
                    yield text
            return
        stream = self.llm.create_chat_completion(messages=list(messages), **common)
        for chunk in stream:
            if text := chunk["choices"][0]["delta"].get("content"):
                yield text

    def compile_grammar(self, text: str):
        """A llama.cpp grammar from GBNF text, tried natively first: llama.cpp answers a
        grammar it cannot use (a parse error, an undefined rule, left recursion) with a null
        sampler that llama-cpp-python would use and crash on; here it is an ``InputError``."""
        import llama_cpp

        if len(text) > MAX_GRAMMAR:
            raise InputError(f"the grammar is over {MAX_GRAMMAR // 1024} KB")
        sampler = llama_cpp.llama_sampler_init_grammar(
            self.llm._model.vocab, text.encode("utf-8"), b"root")
        if not sampler:
            raise InputError("llama.cpp cannot use this grammar (a parse error, an undefined "
                             "rule or left recursion; a JSON schema that refers to itself "
                             "makes one)")
        llama_cpp.llama_sampler_free(sampler)
        return llama_cpp.LlamaGrammar.from_string(text, verbose=False)

    def memory_bytes(self) -> int:
        return int(os.path.getsize(self.path) * 1.2)

    def close(self) -> None:
        llm = getattr(self, "llm", None)
        if llm is not None:
            llm.close()
            self.llm = None
