"""Keep the test run off the user's real files: one temporary home for data, settings and
caches, a read-only view of the shared model store, and a check at the end."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import MutableMapping
from pathlib import Path

import platformdirs

APP = "tiny-specialists"


def _real_store() -> Path:
    env = os.environ.get("TINYSPEC_MODELS_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP, appauthor=False)) / "models"


def _fingerprint(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Name -> size/mtime (plus a hash for small files) of everything under ``folder``."""
    out: dict[str, str] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if rel.startswith(skip) or not path.is_file():
            continue
        st = path.stat()
        small = hashlib.sha256(path.read_bytes()).hexdigest() if st.st_size < 1 << 20 else ""
        out[rel] = f"{st.st_size}:{st.st_mtime_ns}:{small}"
    return out


class Isolation:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.real_store = _real_store()
        self.real_data = Path(platformdirs.user_data_dir(APP, appauthor=False))
        self.real_config = Path(platformdirs.user_config_dir("Tiny Specialists",
                                                             appauthor=False))
        self.view = home / "models"
        self._before: dict[str, dict[str, str]] = {}

    def watched(self) -> dict[str, Path]:
        return {"model store": self.real_store, "data folder": self.real_data,
                "settings": self.real_config}

    def enter(self, environ: MutableMapping[str, str]) -> None:
        """Snapshot the real folders, build the store view, point the app at the home."""
        self._before = {name: _fingerprint(p, ("logs/",)) for name, p in self.watched().items()}
        self.view.mkdir(parents=True)
        if self.real_store.is_dir():
            for model in self.real_store.iterdir():  # installed models only: not
                # user_models.json, and not the trained adapters (tests train their own)
                if model.is_dir() and (model / ".installed.json").is_file():
                    (self.view / model.name).symlink_to(model, target_is_directory=True)
        environ["TINYSPEC_MODELS_DIR"] = str(self.view)
        environ["TINYSPEC_DATA_DIR"] = str(self.home / "data")
        environ["XDG_CONFIG_HOME"] = str(self.home / "config")
        environ["XDG_CACHE_HOME"] = str(self.home / "cache")

    def hide_models(self) -> None:
        """An empty store view: a test that needs models must be marked so."""
        shutil.rmtree(self.view)
        self.view.mkdir()

    def changes(self) -> list[str]:
        """What differs in the real folders since :meth:`enter`."""
        out = []
        for name, path in self.watched().items():
            now = _fingerprint(path, ("logs/",))
            before = self._before.get(name, {})
            diff = sorted(set(now.items()) ^ set(before.items()))
            if diff:
                out.append(f"{name} ({path}): {', '.join(sorted({k for k, _ in diff})[:5])}")
        return out
