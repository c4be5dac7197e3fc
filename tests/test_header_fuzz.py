"""Random and mangled bytes never crash the model checks: only the clear error comes out; and
no GGUF metadata value that passes the check aborts llama.cpp when the file is loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.validate import ModelFileError, check_model
from tests.hostile import craft_gguf as g
from tests.hostile.craft_gguf import GGUFImage
from tests.hostile.sandbox import assert_clean, run_python

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(data=st.binary(min_size=0, max_size=4096))
def test_random_gguf_bytes(tmp_path: Path, data: bytes):
    path = tmp_path / "x.gguf"
    path.write_bytes(b"GGUF" + data)
    try:
        check_model(path)
    except ModelFileError as exc:
        assert str(path) in str(exc)


@SETTINGS
@given(data=st.binary(min_size=0, max_size=4096), version=st.integers(0, 8))
def test_random_ct2_bytes(tmp_path: Path, data: bytes, version: int):
    folder = tmp_path / "ct2"
    folder.mkdir(exist_ok=True)
    (folder / "config.json").write_text("{}")
    (folder / "model.bin").write_bytes(version.to_bytes(4, "little") + data)
    try:
        check_model(folder)
    except ModelFileError as exc:
        assert str(folder) in str(exc)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=4, max_value=2_000_000))
def test_every_cut_of_a_real_gguf_is_caught(tmp_path: Path, store, cut: int):
    src = store.require("smollm2-135m-instruct")
    with open(src, "rb") as f:
        head = f.read(cut)
    path = tmp_path / "cut.gguf"
    path.write_bytes(head)
    try:
        check_model(path)
    except ModelFileError as exc:
        assert "truncated" in str(exc) or "header" in str(exc)
    else:
        raise AssertionError(f"a GGUF cut at {cut} bytes passed the check")


# ---- Hypothesis over GGUF metadata values: the real SmolLM2 header with one value replaced

HPARAM_KEYS = [f"llama.{k}" for k in (
    "block_count", "context_length", "embedding_length", "feed_forward_length",
    "attention.head_count", "attention.head_count_kv", "attention.key_length",
    "rope.dimension_count", "attention.layer_norm_rms_epsilon", "rope.freq_base",
    "rope.scaling.type", "rope.scaling.factor", "expert_count", "expert_used_count",
    "vocab_size")] + ["general.alignment", "general.architecture", "tokenizer.ggml.model",
                      "tokenizer.ggml.bos_token_id", "tokenizer.ggml.eos_token_id",
                      "tokenizer.chat_template", "tokenizer.ggml.add_bos_token"]
_INT_RANGES = {g.UINT8: (0, 255), g.INT8: (-128, 127), g.UINT16: (0, 65535),
               g.INT16: (-32768, 32767), g.UINT32: (0, 2**32 - 1), g.INT32: (-2**31, 2**31 - 1),
               g.UINT64: (0, 2**64 - 1), g.INT64: (-2**63, 2**63 - 1)}
_EDGES = [0, 1, 2, 3, 9, 29, 30, 31, 32, 64, 512, 513, 576, 4096, 8192, 2**24, 2**31, 2**32 - 1]


def _ints(vtype: int) -> st.SearchStrategy:
    low, high = _INT_RANGES[vtype]
    edges = [v for v in _EDGES + [-1, low, high] if low <= v <= high]
    return st.tuples(st.just(vtype), st.one_of(st.sampled_from(edges), st.integers(low, high)))


VALUES = st.one_of(
    st.sampled_from(sorted(_INT_RANGES)).flatmap(_ints),
    st.tuples(st.just(g.FLOAT32), st.floats(width=32)),
    st.tuples(st.just(g.FLOAT64), st.floats()),
    st.tuples(st.just(g.BOOL), st.booleans()),
    st.tuples(st.just(g.STRING), st.one_of(
        st.sampled_from(["llama", "gpt2", "t5", "bert", "rwkv", "none", "yarn", "zzz", ""]),
        st.text(max_size=40))),
    st.tuples(st.just(g.ARRAY), st.lists(st.sampled_from(_EDGES[:12]), max_size=40)),
)

LOAD = """
    import sys, llama_cpp
    try:
        llm = llama_cpp.Llama(model_path=sys.argv[1], n_ctx=256, verbose=False)
        llm.create_completion("hi\\n\\u2603 e\\u0301", max_tokens=2)
    except Exception as exc:  # llama.cpp saying no is fine; an abort is not
        print("load failed:", type(exc).__name__)
"""


@pytest.fixture(scope="module")
def smol_image(store) -> GGUFImage:
    return GGUFImage.read(store.require("smollm2-135m-instruct"))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(key=st.sampled_from(HPARAM_KEYS), value=VALUES)
def test_no_metadata_value_passes_the_check_and_aborts_llama(tmp_path, smol_image, key, value):
    vtype, v = value
    img = smol_image.copy()
    if vtype == g.ARRAY:
        img.set(key, v, g.ARRAY, g.UINT32)
    else:
        img.set(key, v, vtype)
    path = img.write(tmp_path / "m.gguf")
    try:
        check_model(path)
    except ModelFileError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
        return
    outcome = run_python(LOAD, timeout=120, args=[str(path)])
    assert_clean(outcome)
