"""The three runtimes on the real default models, and what they report about devices."""

from __future__ import annotations

import json

import numpy as np
import pytest

from runtimes.base import GenerationParams
from runtimes.llama import LlamaRuntime, json_grammar_text
from runtimes.onnx import OnnxEmbedder
from runtimes.whisper import WhisperRuntime


@pytest.fixture(scope="module")
def smollm(store):
    rt = LlamaRuntime(store.require("smollm2-135m-instruct"), "smollm2-135m-instruct")
    yield rt
    rt.close()


@pytest.fixture(scope="module")
def minilm(store):
    return OnnxEmbedder(store.require("minilm-l6-int8"), store.require("minilm-l6-tokenizer"))


def test_llama_uses_the_gguf_template_and_sets_threads(smollm):
    assert smollm.prompt_style == "chat"
    assert "chat template from the GGUF" in smollm.report.detail
    assert smollm.llm.context_params.n_threads == smollm.n_threads >= 1


def test_llama_streams_pieces(smollm):
    pieces = list(smollm.generate([{"role": "user", "content": "Name three colours."}],
                                  GenerationParams(max_tokens=24, seed=3, temperature=0)))
    assert len(pieces) >= 5 and "".join(pieces).strip()


def test_gemma_without_template_gets_format_by_architecture(store):
    rt = LlamaRuntime(store.require("gemma-3-270m"), "gemma-3-270m", n_ctx=512)
    try:
        assert "chat format gemma by architecture gemma3" in rt.report.detail
        text = "".join(rt.generate([{"role": "user", "content": "The capital of France is"}],
                                   GenerationParams(max_tokens=8, temperature=0)))
        assert isinstance(text, str)
    finally:
        rt.close()
    forced = LlamaRuntime(store.require("gemma-3-270m"), n_ctx=512, chat_format="completion")
    try:
        assert forced.prompt_style == "completion"
        assert "completion-style" in forced.report.detail
    finally:
        forced.close()


@pytest.mark.models
def test_json_grammar_forbids_raw_control_characters():
    grammar = json_grammar_text({"type": "object", "properties": {"t": {"type": "string"}}})
    char_rule = next(line for line in grammar.splitlines() if line.startswith("char ::="))
    assert r"\x00-\x1F" in char_rule


def test_json_schema_output_parses(smollm):
    schema = {"type": "object", "properties": {"title": {"type": "string"},
                                               "urgent": {"type": "boolean"}},
              "required": ["title", "urgent"]}
    for seed in range(3):
        text = "".join(smollm.generate(
            [{"role": "user", "content": "Title this note, with line breaks:\nbuy milk\ncall mum"}],
            GenerationParams(max_tokens=60, seed=seed, temperature=1.0), json_schema=schema))
        data = json.loads(text)
        assert set(data) == {"title", "urgent"} and isinstance(data["urgent"], bool)


def test_llama_gpu_and_npu_requests_say_what_ran(store):
    for device, words in (("gpu", "no GPU support"), ("npu", "no NPU backend")):
        rt = LlamaRuntime(store.require("smollm2-135m-instruct"), device=device, n_ctx=256)
        try:
            assert rt.report.requested == device and rt.report.actual == "cpu"
            assert words in rt.report.fallback_reason
        finally:
            rt.close()


def test_embeddings_rank_a_paraphrase_above_an_unrelated_sentence(minilm):
    vecs = minilm.embed(["How do I list the files in this folder?",
                         "Show me what files are in this directory",
                         "My grandmother bakes bread every Sunday morning"])
    assert vecs.shape == (3, 384) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    sims = vecs @ vecs.T
    assert sims[0, 1] > 0.6 and sims[0, 2] < 0.2 and sims[0, 1] > sims[0, 2] + 0.4


def test_embeddings_pad_to_the_longest_in_batch(minilm):
    """Batching with padding must not change a text's vector (the mask is respected)."""
    alone = minilm.embed(["git status"])[0]
    batched = minilm.embed(["git status", "a much longer sentence " * 10])[0]
    assert np.allclose(alone, batched, atol=1e-4)
    assert minilm.embed([]).shape == (0, 384)
    assert minilm.truncated("word " * 1000) and not minilm.truncated("short")


def test_npu_request_reports_what_actually_ran(store):
    rt = OnnxEmbedder(store.require("minilm-l6-int8"), store.require("minilm-l6-tokenizer"),
                      device="npu")
    report = rt.report
    assert report.requested == "npu"
    if report.actual == "cpu":
        assert report.fallback_reason and ("NPU" in report.fallback_reason)
        assert report.provider == "ONNX Runtime CPU"
    else:  # a real or emulated HTP took the whole graph: it must say which
        assert "QNN" in report.provider and "nodes on QNN" in report.detail
    assert rt.embed(["still works"]).shape == (1, 384)


def test_qnn_detection_labels_the_emulator():
    from runtimes import qnn

    status = qnn.detect()
    if status.available and not qnn.is_real_npu_host():
        assert status.emulated and "emulator" in status.label
    elif not status.available:
        assert status.reason


def test_whisper_transcribes_speech(store, speak):
    rt = WhisperRuntime(store.require("whisper-tiny.en"), "whisper-tiny.en")
    assert rt.report.provider == "CTranslate2 int8"
    segments, info = rt.transcribe(str(speak("Please list all the files in my home folder.")))
    segments = list(segments)
    text = " ".join(s.text for s in segments).lower()
    assert info.duration > 1.0 and info.language == "en"
    for word in ("list", "files", "home", "folder"):
        assert word in text
    assert segments[0].words and segments[0].words[0].start >= 0


def test_whisper_gpu_and_npu_fall_back_with_reasons(store):
    for device in ("gpu", "npu"):
        rt = WhisperRuntime(store.require("whisper-tiny.en"), device=device)
        assert rt.report.actual == "cpu" and rt.report.fallback_reason
