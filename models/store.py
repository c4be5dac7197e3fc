"""The model store: where model files live, which are installed, and user-added models.

Layout under the store root (platformdirs user data dir, or ``$TINYSPEC_MODELS_DIR``)::

    <id>/<files...>          one folder per catalog model
    <id>/.installed.json     written last, inside the folder, before it is moved into place
    .partial/                fetches in progress (removed when a fetch starts or ends)
    user_models.json         models a user registered from disk (referenced where they are)

A model counts as installed only when its folder holds the marker and every file at the
recorded size; a fetch assembles into ``.partial`` and renames the whole folder into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from models.catalog import ModelEntry, ModelFile, builtin_entries, entry_from_dict
from models.validate import ModelFileError, check_model

MARKER = ".installed.json"
USER_FILE = "user_models.json"
ENV_DIR = "TINYSPEC_MODELS_DIR"
Progress = Callable[[float, str], None]


class UnknownModelError(KeyError):
    """A model id the catalog does not know; ``str()`` is the message (no quotes)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown model"


def default_root() -> Path:
    """The store root: ``$TINYSPEC_MODELS_DIR`` if set, else the user data dir."""
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("tiny-specialists", appauthor=False)) / "models"


def sha256_file(path: str | Path, progress: Progress | None = None,
                done: int = 0, total: int = 0) -> str:
    """Hash a file in 4 MiB blocks, reporting bytes done of ``total`` when asked."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(4 << 20):
            digest.update(block)
            done += len(block)
            if progress and total:
                progress(min(done / total, 1.0), f"checking {Path(path).name}")
    return digest.hexdigest()


@dataclass
class ModelState:
    """Whether an entry is usable here, and where."""

    entry: ModelEntry
    installed: bool
    path: Path
    problem: str = ""

    @property
    def label(self) -> str:
        if self.installed:
            return "installed"
        return "damaged" if self.problem else "missing"


class ModelStore:
    """Catalog entries plus their files on disk."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root else default_root()

    # -- catalog -------------------------------------------------------------------------
    def entries(self, include_dev: bool = True) -> list[ModelEntry]:
        builtin = [e for e in builtin_entries() if include_dev or not e.dev]
        return builtin + self.user_entries()

    def get(self, model_id: str) -> ModelEntry:
        for entry in self.entries():
            if entry.id == model_id:
                return entry
        known = ", ".join(e.id for e in self.entries())
        raise UnknownModelError(f"unknown model {model_id!r}; known models: {known}")

    def user_entries(self) -> list[ModelEntry]:
        path = self.root / USER_FILE
        if not path.exists():
            return []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return [entry_from_dict(d) for d in data.get("models", [])]
        except (OSError, ValueError, KeyError) as exc:
            raise ModelFileError(path, f"the list of added models cannot be read ({exc})") \
                from None

    # -- locations -----------------------------------------------------------------------
    def folder(self, entry: ModelEntry) -> Path:
        return Path(entry.local_path) if entry.local_path else self.root / entry.id

    def model_path(self, entry: ModelEntry | str) -> Path:
        """The path a runtime opens: the folder for CTranslate2, else the main file."""
        entry = self.get(entry) if isinstance(entry, str) else entry
        if entry.local_path:
            return Path(entry.local_path)
        if entry.kind == "ct2":
            return self.folder(entry)
        return self.folder(entry) / entry.main_file

    def file_path(self, entry: ModelEntry, file: ModelFile) -> Path:
        if entry.local_path:
            base = Path(entry.local_path)
            return base / file.path if base.is_dir() else base
        return self.folder(entry) / file.path

    # -- state ---------------------------------------------------------------------------
    def state(self, entry: ModelEntry | str) -> ModelState:
        """Installed when the marker is there and every file has its recorded size."""
        entry = self.get(entry) if isinstance(entry, str) else entry
        path = self.model_path(entry)
        if not entry.local_path and not (self.folder(entry) / MARKER).is_file():
            return ModelState(entry, False, path)
        for f in entry.files:
            p = self.file_path(entry, f)
            if not p.is_file():
                return ModelState(entry, False, path, f"{p.name} is missing")
            if f.size and p.stat().st_size != f.size:
                return ModelState(entry, False, path,
                                  f"{p.name} has {p.stat().st_size:,} bytes, expected {f.size:,}")
        return ModelState(entry, True, path)

    def is_installed(self, model_id: str) -> bool:
        return self.state(model_id).installed

    def require(self, model_id: str) -> Path:
        """The model's path, or a clear error saying how to get it."""
        state = self.state(model_id)
        if not state.installed:
            why = f" ({state.problem})" if state.problem else ""
            raise ModelFileError(state.path, f"model {model_id!r} is not installed{why}; run "
                                             f"`tinyspec models fetch {model_id}`")
        return state.path

    def verify(self, entry: ModelEntry | str, progress: Progress | None = None) -> list[str]:
        """Re-hash every file; return the problems found (empty when all is well)."""
        entry = self.get(entry) if isinstance(entry, str) else entry
        problems: list[str] = []
        total, done = entry.size, 0
        for f in entry.files:
            p = self.file_path(entry, f)
            if not p.is_file():
                problems.append(f"{p}: missing")
                continue
            digest = sha256_file(p, progress, done, total)
            done += p.stat().st_size
            if f.sha256 and digest != f.sha256:
                problems.append(f"{p}: checksum mismatch (sha256 {digest[:12]}…, expected "
                                f"{f.sha256[:12]}…); fetch it again")
        return problems

    def seed_from(self, bundled: str | Path) -> list[str]:
        """Copy installed models from a bundled folder (an installer's ``models``) into this
        store, for those the store lacks; returns their ids. Offline and quick."""
        import shutil

        bundled = Path(bundled)
        copied = []
        for entry in builtin_entries():
            src = bundled / entry.id
            if (src / MARKER).is_file() and not self.state(entry).installed:
                self.root.mkdir(parents=True, exist_ok=True)
                tmp = self.root / f".seed-{entry.id}"
                shutil.rmtree(tmp, ignore_errors=True)
                shutil.copytree(src, tmp)
                dest = self.folder(entry)
                if dest.exists():
                    shutil.rmtree(dest)
                os.replace(tmp, dest)
                copied.append(entry.id)
        return copied

    # -- user models ---------------------------------------------------------------------
    def add_user_model(self, path: str | Path, model_id: str | None = None,
                       name: str | None = None) -> ModelEntry:
        """Register a GGUF file, CTranslate2 Whisper folder or ONNX file where it lies."""
        path = Path(path).expanduser().resolve()
        check = check_model(path)
        task = {"gguf": "generate", "ct2": "transcribe", "onnx": "embed"}[check.kind]
        runtime = {"gguf": "llama", "ct2": "whisper", "onnx": "onnx"}[check.kind]
        model_id = model_id or _slug(path.stem if path.is_file() else path.name)
        if any(e.id == model_id for e in builtin_entries()):
            raise ModelFileError(path, f"the id {model_id!r} belongs to a built-in model; "
                                       "choose another with --id")
        files = [path] if path.is_file() else [path / "model.bin", path / "config.json"]
        data = {
            "id": model_id, "name": name or check.details.get("name") or path.name,
            "task": task, "runtime": runtime, "kind": check.kind, "license": "user-supplied",
            "notes": check.summary, "local_path": str(path), "added_at": time.time(),
            "files": [{"path": f.name, "size": f.stat().st_size, "sha256": sha256_file(f)}
                      for f in files],
        }
        entry = entry_from_dict(data)
        others = [e.to_dict() for e in self.user_entries() if e.id != model_id]
        self._write_user(others + [entry.to_dict()])
        return entry

    def remove_user_model(self, model_id: str) -> None:
        self._write_user([e.to_dict() for e in self.user_entries() if e.id != model_id])

    def _write_user(self, models: list[dict]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / (USER_FILE + ".tmp")
        tmp.write_text(json.dumps({"models": models}, indent=2), encoding="utf-8")
        os.replace(tmp, self.root / USER_FILE)


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p) or "model"
