"""Bad model files get one clear message naming the file and what is wrong; good ones pass."""

from __future__ import annotations

import os
import shutil

import pytest

from models.store import ModelStore
from models.validate import ModelFileError, check_model
from tests.cli_helpers import run_cli


@pytest.fixture
def smollm(store):
    return store.require("smollm2-135m-instruct")


def _cut(src, dst, n):
    with open(src, "rb") as f, open(dst, "wb") as out:
        out.write(f.read(n))
    return dst


def test_real_models_pass(store, smollm):
    gguf = check_model(smollm)
    assert gguf.kind == "gguf" and gguf.details["architecture"] == "llama"
    assert gguf.details["chat_template"]
    gemma = check_model(store.require("gemma-3-270m"))
    assert gemma.details["architecture"] == "gemma3" and gemma.details["chat_template"] is None
    assert check_model(store.require("whisper-tiny.en")).details["spec"] == "WhisperSpec"
    assert "input_ids" in check_model(store.require("minilm-l6-int8")).details["inputs"]


def test_truncated_gguf(tmp_path, smollm):
    bad = _cut(smollm, tmp_path / "cut.gguf", 50_000_000)
    with pytest.raises(ModelFileError) as err:
        check_model(bad)
    assert str(bad) in str(err.value) and "truncated" in str(err.value)
    assert "bytes of tensor data are missing" in str(err.value)


def test_gguf_cut_inside_header(tmp_path, smollm):
    bad = _cut(smollm, tmp_path / "head.gguf", 3000)
    with pytest.raises(ModelFileError, match="ends inside its header"):
        check_model(bad)


def test_random_bytes_onnx(tmp_path):
    bad = tmp_path / "noise.onnx"
    bad.write_bytes(os.urandom(100_000))
    with pytest.raises(ModelFileError) as err:
        check_model(bad)
    assert str(bad) in str(err.value) and "cannot load it as an ONNX model" in str(err.value)


def test_empty_ct2_folder(tmp_path):
    folder = tmp_path / "whisper-empty"
    folder.mkdir()
    with pytest.raises(ModelFileError) as err:
        check_model(folder)
    assert str(folder) in str(err.value)
    assert "model.bin and config.json missing" in str(err.value)


def test_truncated_ct2_model(tmp_path, store):
    folder = tmp_path / "whisper-cut"
    shutil.copytree(store.require("whisper-tiny.en"), folder)
    os.truncate(folder / "model.bin", 40_000_000)
    with pytest.raises(ModelFileError, match="truncated"):
        check_model(folder)


def test_wrong_kind_and_pickles(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(ModelFileError, match="not a model file this app can use"):
        check_model(text)
    pickle = tmp_path / "model.pt"
    pickle.write_bytes(b"\x80\x04")
    with pytest.raises(ModelFileError, match="pickle"):
        check_model(pickle)
    empty = tmp_path / "empty.gguf"
    empty.touch()
    with pytest.raises(ModelFileError, match="empty"):
        check_model(empty)
    gguf_named = tmp_path / "fake.gguf"
    gguf_named.write_bytes(b"PK\x03\x04" + os.urandom(100))
    with pytest.raises(ModelFileError, match="GGUF magic"):
        check_model(gguf_named)


def test_cli_add_reports_each_bad_input_in_one_line(tmp_path, smollm, monkeypatch):
    monkeypatch.setenv("TINYSPEC_MODELS_DIR", str(tmp_path / "store"))
    noise = tmp_path / "noise.onnx"
    noise.write_bytes(os.urandom(5000))
    empty = tmp_path / "ct2"
    empty.mkdir()
    for bad in (_cut(smollm, tmp_path / "cut.gguf", 20_000_000), noise, empty):
        code, out, err = run_cli("models", "add", str(bad))
        assert code == 1 and out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and str(bad) in lines[0]
    assert ModelStore(tmp_path / "store").user_entries() == []


def test_cli_add_registers_a_good_gguf(tmp_path, smollm, monkeypatch):
    monkeypatch.setenv("TINYSPEC_MODELS_DIR", str(tmp_path / "store"))
    copy = tmp_path / "My-Model.gguf"
    os.link(smollm, copy)
    code, out, _ = run_cli("models", "add", str(copy))
    assert code == 0 and "added my-model" in out
    store = ModelStore(tmp_path / "store")
    assert store.state("my-model").installed
    assert store.verify("my-model") == []
    code, out, _ = run_cli("models", "list", "--json")
    assert '"id": "my-model"' in out
