"""Hostile model files and a damaged store never crash, hang or print a traceback.

- Crafted GGUFs: the shipped SmolLM2 (or Gemma 3) header with one value changed
  (``tests/hostile/craft_gguf.py``, tensor data as sparse zeros). ``models add`` refuses each in
  one line, or, where it accepts one, loading it through the app in a sandboxed child does not
  abort llama.cpp. Cases marked ``ABORTS`` aborted llama-cpp-python 0.3.36 before the check
  existed, so they must be refused.
- Paths that are not files: a symlink loop, a FIFO or folder named ``x.gguf``, ``/dev/zero``.
- ``user_models.json`` holding garbage, a list, wrong types: built-in models keep working, bad
  entries are skipped, an unreadable file is set aside (renamed), never deleted.
- A model changed after it was added is refused on load, naming the file and the fix, and
  is hashed once per change, not on every load.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import models.store as store_module
from app.service.loader import load_runtime
from models.catalog import builtin_entries
from models.store import USER_FILE, ModelStore
from models.validate import ModelFileError, check_model
from runtimes.base import RuntimeLoadError
from tests.cli_helpers import run_cli
from tests.hostile import craft_gguf as g
from tests.hostile.craft_gguf import GGUFImage
from tests.hostile.sandbox import assert_clean, run_python
from tests.hostile.sandbox import run_cli as run_cli_child

SMOL_ID, GEMMA_ID = "smollm2-135m-instruct", "gemma-3-270m"
ABORTS, REFUSE, EITHER = "aborts", "refuse", "either"

LOAD = """
    import sys
    from app.service.loader import load_runtime
    from models.store import ModelStore
    from runtimes.base import GenerationParams
    try:
        rt = load_runtime(ModelStore(sys.argv[1]), sys.argv[2], n_ctx=256, n_threads=2)
        text = "".join(rt.generate([{"role": "user", "content": "hi\\n\\u2603 \\x07 e\\u0301"}],
                                   GenerationParams(max_tokens=2)))
    except Exception as exc:  # llama.cpp refusing is fine here; aborting is not
        print("load failed:", type(exc).__name__, str(exc).splitlines()[0][:200])
    else:
        print("generated", repr(text))
"""


@dataclass(frozen=True)
class Case:
    name: str
    base: str
    change: Callable[[GGUFImage], object]
    expect: str


def _tokens(img: GGUFImage, edit: Callable[[list[str]], list]) -> None:
    img.set("tokenizer.ggml.tokens", edit(img.array_items("tokenizer.ggml.tokens")))


def _tensor(tensor: str, **changes) -> Callable[[GGUFImage], None]:
    def change(img: GGUFImage) -> None:
        for key, value in changes.items():
            setattr(img.tensor(tensor), key, value(img) if callable(value) else value)
    return change


def _count(which: str, delta: int) -> Callable[[GGUFImage], None]:
    def change(img: GGUFImage) -> None:
        img.counts[which] = len(img.kvs if which == "kvs" else img.tensors) + delta
    return change


def _dup_token(toks: list[str]) -> list[str]:
    return [*toks[:5], toks[6], *toks[6:]]


def _no_byte_tokens(toks: list[str]) -> list[str]:
    return [f"<zz{t[3:]}" if t.startswith("<0x") and len(t) == 6 else t for t in toks]


def _set(key: str, value: object, vtype: int | None = None,
         itype: int | None = None) -> Callable[[GGUFImage], None]:
    return lambda img: img.set(key, value, vtype, itype)


def _raw(key: str, raw: bytes) -> Callable[[GGUFImage], None]:
    return lambda img: img.set_raw(key, raw)


L, G3 = "llama.", "gemma3."
A, U32, I32, F32, STR, U8 = g.ARRAY, g.UINT32, g.INT32, g.FLOAT32, g.STRING, g.UINT8
NAN, INF = float("nan"), float("inf")

_CASES = [
    # hyperparameters llama.cpp asserts on (GGML_ASSERT / uncaught exceptions)
    ("block_count_100000", "smol", _set(L + "block_count", 100_000), ABORTS),
    ("block_count_513", "smol", _set(L + "block_count", 513), ABORTS),
    ("block_count_0", "smol", _set(L + "block_count", 0), ABORTS),
    ("gemma_block_count_600", "gemma", _set(G3 + "block_count", 600), ABORTS),
    ("block_count_negative", "smol", _set(L + "block_count", -1, I32), REFUSE),
    ("block_count_text", "smol", _set(L + "block_count", "30", STR), REFUSE),
    ("head_count_0", "smol", _set(L + "attention.head_count", 0), REFUSE),
    ("head_count_100000", "smol", _set(L + "attention.head_count", 100_000), REFUSE),
    ("head_count_kv_0", "smol", _set(L + "attention.head_count_kv", 0), REFUSE),
    ("head_count_kv_not_divisor", "smol", _set(L + "attention.head_count_kv", 2), REFUSE),
    ("head_count_kv_above_heads", "smol", _set(L + "attention.head_count_kv", 18), REFUSE),
    ("head_count_short_array", "smol", _set(L + "attention.head_count", [9] * 3, A, U32),
     REFUSE),
    ("layer_kv_heads_0", "smol", _set(L + "attention.head_count_kv", [3] * 29 + [0], A, U32),
     ABORTS),
    ("layer_kv_heads_1", "smol", _set(L + "attention.head_count_kv", [3] * 29 + [1], A, U32),
     ABORTS),
    ("layer_without_heads", "smol", lambda i: i.set(
        L + "attention.head_count", [9] * 29 + [0], A, U32).set(
        L + "attention.head_count_kv", [3] * 29 + [0], A, U32), ABORTS),
    ("gemma_kv_heads_3", "gemma", _set(G3 + "attention.head_count_kv", 3), REFUSE),
    ("gemma_key_length_0", "gemma", _set(G3 + "attention.key_length", 0), REFUSE),
    ("gemma_key_length_128", "gemma", _set(G3 + "attention.key_length", 128), REFUSE),
    ("embedding_0", "smol", _set(L + "embedding_length", 0), REFUSE),
    ("embedding_2e31", "smol", _set(L + "embedding_length", 1 << 31), REFUSE),
    ("embedding_vs_tensors", "smol", _set(L + "embedding_length", 577), REFUSE),
    ("context_0", "smol", _set(L + "context_length", 0), REFUSE),
    ("context_2e31", "smol", _set(L + "context_length", 1 << 31), REFUSE),
    ("context_u64", "smol", _set(L + "context_length", 1 << 40, g.UINT64), REFUSE),
    ("experts_100000", "smol", _set(L + "expert_count", 100_000, U32), ABORTS),
    ("experts_used_without_experts", "smol", _set(L + "expert_used_count", 5, U32), ABORTS),
    ("experts_used_above_count", "smol", lambda i: i.set(L + "expert_count", 2, U32).set(
        L + "expert_used_count", 5, U32), ABORTS),
    ("expert_groups", "smol", lambda i: i.set(L + "expert_count", 4, U32).set(
        L + "expert_used_count", 2, U32).set(L + "expert_group_count", 3, U32), ABORTS),
    ("epsilon_nan", "smol", _set(L + "attention.layer_norm_rms_epsilon", NAN), ABORTS),
    ("epsilon_negative", "smol", _set(L + "attention.layer_norm_rms_epsilon", -1e-5), ABORTS),
    ("gemma_epsilon_nan", "gemma", _set(G3 + "attention.layer_norm_rms_epsilon", NAN), ABORTS),
    ("rope_freq_base_nan", "smol", _set(L + "rope.freq_base", NAN), REFUSE),
    ("rope_scaling_unknown", "smol", _set(L + "rope.scaling.type", "zzz", STR), ABORTS),
    ("rope_dimensions_2e30", "smol", _set(L + "rope.dimension_count", 1 << 30), REFUSE),
    ("gemma_sliding_window_2e31", "gemma", _set(G3 + "attention.sliding_window", 1 << 31),
     ABORTS),
    ("architecture_number", "smol", _set("general.architecture", 7, U32), REFUSE),
    # the vocabulary
    ("token_twice", "smol", lambda i: _tokens(i, _dup_token), ABORTS),
    ("spm_tokenizer_on_bpe_vocab", "smol", _set("tokenizer.ggml.model", "llama"), ABORTS),
    ("no_tokenizer", "smol", _set("tokenizer.ggml.model", "none"), ABORTS),
    ("gemma_bert_tokenizer", "gemma", _set("tokenizer.ggml.model", "bert"), ABORTS),
    ("gemma_rwkv_tokenizer", "gemma", _set("tokenizer.ggml.model", "rwkv"), ABORTS),
    ("gemma_without_byte_tokens", "gemma", lambda i: _tokens(i, _no_byte_tokens), ABORTS),
    ("tokens_are_numbers", "smol", _set("tokenizer.ggml.tokens", [1] * 49152, A, I32), REFUSE),
    ("tokens_a_string", "smol", _set("tokenizer.ggml.tokens", "abc", STR), REFUSE),
    ("tokens_empty", "smol", lambda i: i.set("tokenizer.ggml.tokens", [], A, STR).set(
        "tokenizer.ggml.token_type", [], A, I32), REFUSE),
    ("vocab_shorter_than_embeddings", "smol", lambda i: _tokens(i, lambda t: t[:100]), REFUSE),
    ("token_type_short", "smol", _set("tokenizer.ggml.token_type", [1] * 10, A, I32), REFUSE),
    ("token_type_uint8", "smol", _set("tokenizer.ggml.token_type", [1] * 49152, A, U8), REFUSE),
    ("gemma_scores_text", "gemma", _set("tokenizer.ggml.scores", ["a"] * 262144, A, STR),
     REFUSE),
    ("token_100k", "smol", lambda i: _tokens(i, lambda t: [*t[:300], "x" * 100_000, *t[301:]]),
     REFUSE),
    ("chat_template_1mb", "smol", _set("tokenizer.chat_template", "{{ 'x' }}" + " " * (1 << 20)),
     REFUSE),
    ("chat_template_number", "smol", _set("tokenizer.chat_template", 5, U32), REFUSE),
    # the file's structure
    ("alignment_inf", "smol", _set("general.alignment", INF, F32), REFUSE),
    ("alignment_0", "smol", _set("general.alignment", 0, U32), REFUSE),
    ("alignment_3", "smol", _set("general.alignment", 3, U32), REFUSE),
    ("alignment_1gib", "smol", _set("general.alignment", 1 << 30, U32), REFUSE),
    ("alignment_negative", "smol", _set("general.alignment", -32, I32), REFUSE),
    ("alignment_text", "smol", _set("general.alignment", "32", STR), REFUSE),
    ("tensor_5_dims", "smol", _tensor("blk.0.attn_norm.weight", dims=[576, 1, 1, 1, 1]),
     REFUSE),
    ("tensor_dim_0", "smol", _tensor("blk.0.attn_norm.weight", dims=[0]), REFUSE),
    ("tensor_dim_2e62", "smol", _tensor("blk.0.attn_norm.weight", dims=[1 << 62]), REFUSE),
    ("tensor_dims_overflow", "smol", _tensor("blk.0.attn_norm.weight", dims=[1 << 32, 1 << 32]),
     REFUSE),
    ("tensor_offset_past_end", "smol", _tensor("output_norm.weight", offset=1 << 40), REFUSE),
    ("tensor_offset_unaligned", "smol",
     _tensor("output_norm.weight", offset=lambda i: i.tensor("output_norm.weight").offset + 4),
     REFUSE),
    ("tensors_overlap", "smol", _tensor("output_norm.weight", offset=0), REFUSE),
    ("tensor_type_99", "smol", _tensor("output_norm.weight", ggml_type=99), REFUSE),
    ("tensor_type_removed", "smol", _tensor("output_norm.weight", ggml_type=4), REFUSE),
    ("tensor_not_whole_blocks", "smol", _tensor("blk.0.attn_k.weight", dims=[570, 192]), REFUSE),
    ("tensor_name_twice", "smol", _tensor("output_norm.weight", name=b"blk.0.attn_norm.weight"),
     REFUSE),
    ("tensor_name_100_bytes", "smol", _tensor("output_norm.weight", name=b"x" * 100), REFUSE),
    ("key_twice", "smol", lambda i: i.kvs.append(i.kvs[0]), REFUSE),
    ("key_empty", "smol", lambda i: i.kvs.append((b"", struct.pack("<IB", U8, 1))), REFUSE),
    ("key_count_too_high", "smol", _count("kvs", 1), REFUSE),
    ("version_1", "smol", lambda i: setattr(i, "version", 1), REFUSE),
    ("string_of_2e40_bytes", "smol", _raw("x.s", struct.pack("<IQ", STR, 1 << 40)), REFUSE),
    ("array_of_2e60_bytes", "smol", _raw("x.a", struct.pack("<IIQ", A, U8, 1 << 60)), REFUSE),
    ("array_of_2e60_strings", "smol", _raw("x.a", struct.pack("<IIQ", A, STR, 1 << 60)), REFUSE),
    ("array_of_arrays", "smol", _raw("x.a", struct.pack("<IIQIQ", A, A, 1, U8, 2) + b"ab"),
     REFUSE),
    ("value_type_99", "smol", _raw("x.bad", struct.pack("<I", 99)), REFUSE),
    # accepted or refused, but never an abort when loaded
    ("unchanged", "smol", lambda i: None, EITHER),
    ("gemma_unchanged", "gemma", lambda i: None, EITHER),
    ("block_count_29", "smol", _set(L + "block_count", 29), EITHER),
    ("head_count_per_layer", "smol", _set(L + "attention.head_count", [9] * 30, A, U32), EITHER),
    ("feed_forward_per_layer_0", "smol",
     _set(L + "feed_forward_length", [1536] * 29 + [0], A, U32), EITHER),
    ("context_2e24", "smol", _set(L + "context_length", 1 << 24), EITHER),
    ("experts_512_of_1", "smol", lambda i: i.set(L + "expert_count", 512, U32).set(
        L + "expert_used_count", 1, U32), EITHER),
    ("rope_scaling_yarn", "smol", _set(L + "rope.scaling.type", "yarn", STR), EITHER),
    ("gemma_sliding_window_2e24", "gemma", _set(G3 + "attention.sliding_window", 1 << 24),
     EITHER),
    ("gemma_t5_tokenizer", "gemma", _set("tokenizer.ggml.model", "t5"), EITHER),
    ("gemma_no_newline_byte_token", "gemma",
     lambda i: _tokens(i, lambda t: [x if x != "<0x0A>" else "<0xZZ>" for x in t]), EITHER),
    ("merges_without_spaces", "smol", _set("tokenizer.ggml.merges", ["ab"] * 10, A, STR),
     EITHER),
    ("token_not_utf8", "smol",
     lambda i: _tokens(i, lambda t: [*t[:300], b"\xff\xfe", *t[301:]]), EITHER),
    ("token_empty", "smol", lambda i: _tokens(i, lambda t: [*t[:300], "", *t[301:]]), EITHER),
    ("bos_id_1e9", "smol", _set("tokenizer.ggml.bos_token_id", 10**9), EITHER),
    ("eos_id_past_vocab", "smol", _set("tokenizer.ggml.eos_token_id", 49152), EITHER),
    ("name_a_number", "smol", _set("general.name", 5, U32), EITHER),
    ("key_not_utf8", "smol", lambda i: i.kvs.append((b"\xff\xfe", struct.pack("<IB", U8, 1))),
     EITHER),
    ("tensor_wrong_shape", "smol", _tensor("blk.0.attn_norm.weight", dims=[288, 2]), EITHER),
    ("template_bad_jinja", "smol", _set("tokenizer.chat_template", "{% for %}"), EITHER),
]
CASES = [Case(*c) for c in _CASES]


@pytest.fixture(scope="module")
def images(store) -> dict[str, GGUFImage]:
    return {"smol": GGUFImage.read(store.require(SMOL_ID)),
            "gemma": GGUFImage.read(store.require(GEMMA_ID))}


def _crafted(images: dict[str, GGUFImage], case: Case, folder: Path) -> Path:
    img = images[case.base].copy()
    case.change(img)
    return img.write(folder / f"{case.name}.gguf")


def _one_line_error(code: int, out: str, err: str, path: Path | str) -> str:
    lines = err.strip().splitlines()
    assert code == 1 and out == "" and len(lines) == 1, (code, out, err)
    assert lines[0].startswith("error: ") and str(path) in lines[0], lines[0]
    return lines[0]


def test_case_names_are_unique():
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_crafted_gguf_is_refused_or_loads_without_aborting(tmp_path, monkeypatch, images, case):
    path = _crafted(images, case, tmp_path)
    monkeypatch.setenv("TINYSPEC_MODELS_DIR", str(tmp_path / "store"))
    code, out, err = run_cli("models", "add", str(path), "--id", "crafted")
    if code == 1 or case.expect != EITHER:
        _one_line_error(code, out, err, path)
        return
    assert code == 0, err
    outcome = run_python(LOAD, timeout=180, args=[str(tmp_path / "store"), "crafted"])
    assert_clean(outcome)


@pytest.mark.parametrize("name", ["block_count_100000", "alignment_inf", "token_twice"])
def test_crafted_gguf_in_a_child_process(tmp_path, images, name):
    """The tester's cases end the real ``tinyspec`` process with one line, not an abort."""
    case = next(c for c in CASES if c.name == name)
    path = _crafted(images, case, tmp_path)
    outcome = run_cli_child(["models", "add", str(path)], timeout=60,
                            env={"TINYSPEC_MODELS_DIR": str(tmp_path / "store")})
    assert_clean(outcome, rc=1, message=str(path))
    assert len(outcome.err.strip().splitlines()) == 1, outcome.explain()


def test_real_models_pass_the_limits(store):
    for model_id in (SMOL_ID, GEMMA_ID):
        assert check_model(store.require(model_id)).kind == "gguf"


# ---- paths that are not model files --------------------------------------------------------

def _fifo(d: Path) -> Path:
    os.mkfifo(d / "x.gguf")
    return d / "x.gguf"


def _loop(d: Path) -> Path:
    (d / "a.gguf").symlink_to(d / "b.gguf")
    (d / "b.gguf").symlink_to(d / "a.gguf")
    return d / "a.gguf"


def _folder(d: Path) -> Path:
    (d / "x.gguf").mkdir()
    return d / "x.gguf"


def _dev_zero(d: Path) -> Path:
    (d / "x.gguf").symlink_to("/dev/zero")
    return d / "x.gguf"


def _dangling(d: Path) -> Path:
    (d / "x.gguf").symlink_to(d / "gone.gguf")
    return d / "x.gguf"


def _alignment_inf(d: Path) -> Path:
    head = b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 17) + \
        b"general.alignment" + struct.pack("<If", g.FLOAT32, INF)
    (d / "x.gguf").write_bytes(head)
    return d / "x.gguf"


PATHS = {"fifo": (_fifo, "FIFO"), "symlink_loop": (_loop, "cannot be followed"),
         "folder": (_folder, "model.bin and config.json missing"),
         "dev_zero": (_dev_zero, "a device"), "dangling_symlink": (_dangling, "no such file"),
         "alignment_inf": (_alignment_inf, "general.alignment")}


@pytest.mark.parametrize("name", sorted(PATHS))
def test_models_add_refuses_odd_paths_in_one_line(tmp_path, name):
    make, message = PATHS[name]
    path = make(tmp_path)
    outcome = run_cli_child(["models", "add", str(path)], timeout=30,
                            env={"TINYSPEC_MODELS_DIR": str(tmp_path / "store")})
    assert_clean(outcome, rc=1, message=message)
    assert len(outcome.err.strip().splitlines()) == 1, outcome.explain()


def test_chat_model_switch_to_a_fifo_does_not_hang(tmp_path):
    """``/model x.gguf`` registers the file through the same store call."""
    fifo = _fifo(tmp_path)
    outcome = run_python("""
        import sys
        from models.store import ModelStore
        from models.validate import ModelFileError
        try:
            ModelStore(sys.argv[1]).add_user_model(sys.argv[2])
        except ModelFileError as exc:
            print(exc)
    """, timeout=30, args=[str(tmp_path / "store"), str(fifo)])
    assert_clean(outcome, rc=0, message="FIFO")


# ---- user_models.json ----------------------------------------------------------------------

def _entry(model_id: str = "mine", **changes) -> dict:
    data = {"id": model_id, "name": model_id, "task": "generate", "runtime": "llama",
            "kind": "gguf", "license": "user-supplied", "local_path": f"/nowhere/{model_id}.gguf",
            "files": [{"path": f"{model_id}.gguf", "size": 10, "sha256": "0" * 64}]}
    return {**data, **changes}


SKIPPED = {  # content -> ids that survive
    "bare_list": (json.dumps([_entry()]), ["mine"]),
    "not_objects": (json.dumps({"models": [1, "x", None, [], _entry()]}), ["mine"]),
    "id_a_number": (json.dumps({"models": [_entry(id=5), _entry("ok")]}), ["ok"]),
    "files_a_number": (json.dumps({"models": [_entry(files=5)]}), []),
    "size_text": (json.dumps({"models": [_entry(files=[{"path": "m.gguf", "size": "big"}])]}),
                  []),
    "file_path_escapes": (json.dumps({"models": [_entry(files=[{"path": "../../etc/passwd"}])]}),
                          []),
    "unknown_task": (json.dumps({"models": [_entry(task="fly")]}), []),
    "unknown_kind": (json.dumps({"models": [_entry(kind="pickle")]}), []),
    "no_local_path": (json.dumps({"models": [_entry(local_path=None)]}), []),
    "builtin_id": (json.dumps({"models": [_entry(SMOL_ID)]}), []),
    "twice": (json.dumps({"models": [_entry(), _entry(name="again")]}), ["mine"]),
    "requires_a_number": (json.dumps({"models": [_entry(requires=7)]}), ["mine"]),
}
UNREADABLE = {
    "garbage": b"\xff\xfe\x00garbage",
    "truncated": b'{"models": [',
    "empty": b"",
    "models_text": b'{"models": "nope"}',
    "a_number": b"42",
    "deep": b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("name", sorted(SKIPPED))
def test_bad_entries_are_skipped_and_builtins_work(tmp_path, monkeypatch, name):
    content, survivors = SKIPPED[name]
    root = tmp_path / "store"
    root.mkdir()
    (root / USER_FILE).write_text(content)
    store = ModelStore(root)
    assert [e.id for e in store.user_entries()] == survivors
    assert store.get(SMOL_ID).id == SMOL_ID and not store.notices
    monkeypatch.setenv("TINYSPEC_MODELS_DIR", str(root))
    code, out, err = run_cli("models", "list", "--json")
    listed = [json.loads(line)["id"] for line in out.splitlines()]
    assert code == 0 and err == "" and listed == [e.id for e in builtin_entries()] + survivors
    assert (root / USER_FILE).read_text() == content  # nothing dropped from the file


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_list_is_set_aside_not_deleted(tmp_path, monkeypatch, name):
    root = tmp_path / "store"
    root.mkdir()
    (root / USER_FILE).write_bytes(UNREADABLE[name])
    monkeypatch.setenv("TINYSPEC_MODELS_DIR", str(root))
    code, out, err = run_cli("models", "list")
    assert code == 0 and SMOL_ID in out
    assert err.startswith("warning: ") and "set aside" in err and len(err.splitlines()) == 1
    aside = list(root.glob(f"{USER_FILE}.bad-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == UNREADABLE[name]
    assert not (root / USER_FILE).exists()
    assert run_cli("models", "list") == (0, out, "")  # said once


def test_a_fifo_as_the_list_is_set_aside_without_hanging(tmp_path):
    root = tmp_path / "store"
    root.mkdir()
    os.mkfifo(root / USER_FILE)
    outcome = run_cli_child(["models", "list"], timeout=30, env={"TINYSPEC_MODELS_DIR": str(root)})
    assert_clean(outcome, rc=0, message="set aside")
    assert SMOL_ID in outcome.out


def test_adding_a_model_keeps_entries_this_version_cannot_read(tmp_path, images, monkeypatch):
    root = tmp_path / "store"
    root.mkdir()
    odd = _entry("odd", kind="future-kind")
    (root / USER_FILE).write_text(json.dumps({"models": [odd]}))
    path = images["smol"].copy().write(tmp_path / "good.gguf")
    monkeypatch.setenv("TINYSPEC_MODELS_DIR", str(root))
    assert run_cli("models", "add", str(path))[0] == 0
    kept = json.loads((root / USER_FILE).read_text())["models"]
    assert kept[0] == odd and kept[1]["id"] == "good"


# ---- a model changed after it was added ----------------------------------------------------

@pytest.fixture
def added(tmp_path, images):
    """A store with a user-added GGUF (sparse zeros after the real header) and its path."""
    store = ModelStore(tmp_path / "store")
    path = images["smol"].copy().write(tmp_path / "mine.gguf")
    store.add_user_model(path, "mine")
    return store, path


def _count_hashes(monkeypatch) -> list[Path]:
    calls: list[Path] = []
    real = store_module.sha256_file

    def counting(path, *args, **kwargs):
        calls.append(Path(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(store_module, "sha256_file", counting)
    return calls


def test_a_verified_model_is_not_hashed_again(added, monkeypatch):
    store, path = added
    calls = _count_hashes(monkeypatch)
    for _ in range(3):
        store.ensure_verified("mine")
    assert calls == []  # hashed when added, not on every load
    os.utime(path)  # touched, same bytes: hashed once more, then trusted again
    store.ensure_verified("mine")
    store.ensure_verified("mine")
    assert calls == [path.resolve()]


def test_a_changed_model_is_refused_on_load_with_the_fix(added):
    store, path = added
    with open(path, "r+b") as f:
        f.seek(2_000_000)
        f.write(b"\xff" * 8)  # same size: only the hash can tell
    assert store.state("mine").installed
    with pytest.raises(RuntimeLoadError) as err:
        load_runtime(store, "mine")
    message = str(err.value)
    assert str(path) in message and "checksum mismatch" in message
    assert f"tinyspec models add {path.resolve()} --id mine" in message
    with pytest.raises(ModelFileError):  # still refused: the bad digest is remembered
        store.ensure_verified("mine")


def test_the_record_of_hashes_may_be_garbage(added):
    store, path = added
    (store.root / store_module.VERIFIED).write_bytes(b"\x00not json")
    store.ensure_verified("mine")  # hashes again rather than failing
    assert json.loads((store.root / store_module.VERIFIED).read_text())[str(path)]["size"] > 0


@pytest.mark.parametrize("key", ["general.name", "general.license", "general.description"])
def test_metadata_cannot_drive_the_terminal(tmp_path, images, key):
    """A model file that sets the clipboard (OSC 52) or recolours the screen through its
    metadata: `models add` and `models list` show the escapes as text."""
    img = images["smol"].copy()
    img.set(key, "evil\x1b]52;c;cm0gLXJmIC8=\x07\x1b[2J<img src=/dev/zero>\u202e")
    path = img.write(tmp_path / "meta.gguf")
    env = {"TINYSPEC_MODELS_DIR": str(tmp_path / "store")}
    for argv in (["models", "add", str(path), "--id", "meta"], ["models", "list"]):
        outcome = run_cli_child(argv, timeout=60, env=env)
        assert_clean(outcome, rc=0)
        text = outcome.out + outcome.err
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text, text
