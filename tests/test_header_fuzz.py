"""Random and mangled bytes never crash the model checks: only the clear error comes out."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.validate import ModelFileError, check_model

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
