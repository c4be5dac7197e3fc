"""Shared fixtures: the real model store, spoken test audio, and a local package index.

Tests use the default models fetched by ``make test`` (the real files, not mocks). Nothing
here touches the network: the fetch tests serve wheels they build from a local folder.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import wave
import zipfile
from pathlib import Path

import pytest

from tests.isolation import Isolation

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every test runs in a temporary home: data, settings, caches and a read-only view of the
# shared model store (links to the installed default models; what a test adds or fetches lands
# in the view, never in the real store). At the end the real store and config are compared
# with how they were, and a difference fails the run.
ISOLATION = Isolation(Path(tempfile.mkdtemp(prefix="tinyspec-tests-")))
ISOLATION.enter(os.environ)

from models.store import ModelStore  # noqa: E402 - after the environment is set

MODEL_FIXTURES = {"store", "speak"}


def pytest_configure(config):
    config.addinivalue_line("markers", "models: needs the default models and llama.cpp "
                            "(`make test` fetches them); `pytest -m 'not models'` skips them")
    if "not models" in (config.getoption("-m") or ""):
        ISOLATION.hide_models()  # the fast tier proves it needs neither models nor llama.cpp
        sys.modules["llama_cpp"] = None  # type: ignore[assignment] - import fails loudly


def pytest_collection_modifyitems(config, items):
    """A test that uses the model fixtures, or sits in a module marked so, needs models."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.models)


def pytest_sessionfinish(session, exitstatus):
    changed = ISOLATION.changes()
    if changed:
        session.config.get_terminal_writer().line(
            "tests changed the user's real files: " + "; ".join(changed), red=True)
        session.exitstatus = 1
    shutil.rmtree(ISOLATION.home, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def _qapplication_first(qapp):
    """The QApplication exists before any test, as in the app, so code that makes a bare
    QCoreApplication when there is none (the command line's audio decoder) finds it."""
    return qapp


@pytest.fixture(scope="session")
def store() -> ModelStore:
    """The real store with the default models; skips nothing, fails loudly if unfetched."""
    s = ModelStore()
    missing = [e.id for e in s.entries() if (e.default or e.dev) and not s.is_installed(e.id)]
    assert not missing, f"run `make test` (or `tinyspec models fetch --default`): {missing}"
    return s


@pytest.fixture
def keep_adapter_choice(store: ModelStore):
    """Whatever a test activates or rolls back, the next test finds the adapters in use as
    they were (the shipped ones, unless a test chose otherwise)."""
    root = Path(store.root) / "adapters"
    saved = {p: p.read_bytes() for p in root.glob("*/active.json")}
    yield
    for path in root.glob("*/active.json"):
        if path not in saved:
            path.unlink()
    for path, data in saved.items():
        path.write_bytes(data)


@pytest.fixture(scope="session")
def speak(store: ModelStore, tmp_path_factory):
    """``speak(text) -> Path``: a WAV of ``text`` in a natural neural voice (piper, joe),
    the same every run (piper's sampling noise off, so what Whisper hears does not vary)."""
    from piper import PiperVoice, SynthesisConfig

    voice = PiperVoice.load(str(store.require("piper-joe-medium")))
    steady = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)
    folder = tmp_path_factory.mktemp("speech")
    cache: dict[str, Path] = {}

    def _speak(text: str) -> Path:
        if text not in cache:
            path = folder / f"utt{len(cache)}.wav"
            with wave.open(str(path), "wb") as wf:
                voice.synthesize_wav(text, wf, syn_config=steady)
            cache[text] = path
        return cache[text]

    return _speak


def build_wheel(folder: Path, name: str, version: str, members: dict[str, bytes]) -> Path:
    """Write a minimal, valid wheel (stored, not compressed) that pip can download."""
    dist = name.replace("-", "_")
    path = folder / f"{dist}-{version}-py3-none-any.whl"
    info = f"{dist}-{version}.dist-info"
    files = {
        **members,
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode(),
        f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\n"
                         b"Tag: py3-none-any\n",
    }
    record = "".join(f"{n},,\n" for n in files) + f"{info}/RECORD,,\n"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for n, data in files.items():
            zf.writestr(n, data)
        zf.writestr(f"{info}/RECORD", record)
    return path


@pytest.fixture
def local_index(tmp_path, monkeypatch) -> Path:
    """A folder pip downloads from instead of any index (set through pip's environment)."""
    folder = tmp_path / "index"
    folder.mkdir()
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(folder))
    monkeypatch.setenv("PIP_CONSTRAINT", "")
    return folder
