"""Shared fixtures: the real model store, spoken test audio, and a local package index.

Tests use the default models fetched by ``make test`` (the real files, not mocks). Nothing
here touches the network: the fetch tests serve wheels they build from a local folder.
"""

from __future__ import annotations

import os
import wave
import zipfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the app's own data (sessions, memos, gate heads, settings) out of the user's folders;
# the model store stays the real one, fetched by `make test`.
_HOME = __import__("tempfile").mkdtemp(prefix="tinyspec-tests-")
os.environ["TINYSPEC_DATA_DIR"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")

from models.store import ModelStore  # noqa: E402 - after the environment is set


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


@pytest.fixture(scope="session")
def speak(store: ModelStore, tmp_path_factory):
    """``speak(text) -> Path``: a WAV of ``text`` in a natural neural voice (piper, joe)."""
    from piper import PiperVoice

    voice = PiperVoice.load(str(store.require("piper-joe-medium")))
    folder = tmp_path_factory.mktemp("speech")
    cache: dict[str, Path] = {}

    def _speak(text: str) -> Path:
        if text not in cache:
            path = folder / f"utt{len(cache)}.wav"
            with wave.open(str(path), "wb") as wf:
                voice.synthesize_wav(text, wf)
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
