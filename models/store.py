"""The model store: where model files live, which are installed, and user-added models.

Layout under the store root (platformdirs user data dir, or ``$TINYSPEC_MODELS_DIR``)::

    <id>/<files...>          one folder per catalog model
    <id>/.installed.json     written last, inside the folder, before it is moved into place
    .partial/                fetches in progress (stale ones removed when a fetch starts)
    user_models.json         models a user registered from disk (referenced where they are)
    .verified.json           sha256 of each model file at a (size, mtime_ns): hashed once per
                             change, so a model corrupted after install is caught on load

A model counts as installed only when its folder holds the marker and every file at the
recorded size; a fetch assembles into ``.partial`` and renames the whole folder into place.
Its content is checked against the recorded sha256 on first load after any change
(:meth:`ModelStore.ensure_verified`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from models.binio import open_regular
from models.catalog import ModelEntry, ModelFile, builtin_entries, entry_from_dict
from models.validate import ModelFileError, check_model

MARKER = ".installed.json"
USER_FILE = "user_models.json"
VERIFIED = ".verified.json"
ENV_DIR = "TINYSPEC_MODELS_DIR"
MAX_LIST = 16 << 20
"""``user_models.json`` and ``.verified.json`` larger than this are not read."""
USER_KINDS = ("gguf", "ct2", "onnx")
Progress = Callable[[float, str], None]
log = logging.getLogger(__name__)


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
    with open_regular(path) as f:
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
        self.notices: list[str] = []
        """What the user should hear about the store (a list of added models set aside)."""
        self._user: tuple[tuple[int, int, int], list[ModelEntry]] | None = None

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
        """The models added from disk. A bad entry is skipped with a warning in the log; a
        file that cannot be read at all is set aside and said so in :attr:`notices`."""
        path = self.root / USER_FILE
        try:
            st = path.stat()
        except OSError:
            return []
        key = (st.st_mtime_ns, st.st_size, st.st_ino)
        if self._user is None or self._user[0] != key:
            self._user = (key, self._parse_user(self._user_items()))
        return list(self._user[1])

    def _parse_user(self, items: list[Any]) -> list[ModelEntry]:
        entries: list[ModelEntry] = []
        taken = {e.id for e in builtin_entries()}
        for i, item in enumerate(items, 1):
            try:
                entry = _user_entry(item)
                if entry.id in taken:
                    raise ValueError(f"the id {entry.id!r} is already taken")
            except (TypeError, ValueError, KeyError) as exc:
                log.warning("%s: added model %d skipped: %s", self.root / USER_FILE, i, exc)
                continue
            taken.add(entry.id)
            entries.append(entry)
        return entries

    def _user_items(self) -> list[Any]:
        """The raw entries of ``user_models.json``; an unreadable file is set aside."""
        path = self.root / USER_FILE
        try:
            data = _read_json(path)
        except FileNotFoundError:
            return []
        except (OSError, ValueError, RecursionError) as exc:
            self._set_aside(path, str(exc) or type(exc).__name__)
            return []
        items = data.get("models") if isinstance(data, dict) else data
        if not isinstance(items, list):
            self._set_aside(path, "it holds no list of models")
            return []
        return items

    def _set_aside(self, path: Path, reason: str) -> None:
        dest = path.with_name(f"{path.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(path, dest)
            kept = f"it was set aside as {dest}"
        except FileNotFoundError:
            return  # another process set it aside first
        except OSError as exc:
            kept = f"it could not be set aside either ({exc.strerror})"
        message = (f"the list of added models {path} cannot be read ({reason}); {kept}. "
                   "Built-in models work as before; add your own again with "
                   "`tinyspec models add PATH`")
        log.warning(message)
        self.notices.append(message)

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
            digest = self._hash(p, progress, done, total)
            done += p.stat().st_size
            if f.sha256 and digest != f.sha256:
                problems.append(f"{p}: {_mismatch(entry, digest, f.sha256)}")
        return problems

    def ensure_verified(self, entry: ModelEntry | str, progress: Progress | None = None) -> None:
        """Check each file against its recorded sha256, hashing only a file whose size or
        mtime changed since it was last hashed; raise :class:`ModelFileError` naming the
        file and the fix on a mismatch."""
        entry = self.get(entry) if isinstance(entry, str) else entry
        for f in entry.files:
            if not f.sha256:
                continue
            p = self.file_path(entry, f)
            try:
                digest = self._known_digest(p)
                if digest is None:
                    log.info("checking %s (first use since it was installed or changed)", p)
                    digest = self._hash(p, progress, 0, p.stat().st_size)
            except OSError as exc:
                raise ModelFileError(p, f"cannot be read ({exc.strerror or exc})") from None
            if digest != f.sha256:
                raise ModelFileError(p, _mismatch(entry, digest, f.sha256))

    def record_digest(self, path: str | Path, digest: str) -> None:
        """Note that ``path``, as it is now (size and mtime), hashes to ``digest``."""
        st = Path(path).stat()
        book = self._book()
        book[str(path)] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}
        self._save_book(book)

    def _known_digest(self, path: Path) -> str | None:
        record = self._book().get(str(path))
        st = path.stat()
        if isinstance(record, dict) and record.get("size") == st.st_size \
                and record.get("mtime_ns") == st.st_mtime_ns:
            digest = record.get("sha256")
            return digest if isinstance(digest, str) else None
        return None

    def _hash(self, path: Path, progress: Progress | None = None, done: int = 0,
              total: int = 0) -> str:
        """sha256 of ``path``, recorded when the file did not change while it was read."""
        before = path.stat()
        digest = sha256_file(path, progress, done, total)
        after = path.stat()
        if (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns):
            self.record_digest(path, digest)
        return digest

    def _book(self) -> dict[str, Any]:
        try:
            book = _read_json(self.root / VERIFIED)
        except (OSError, ValueError, RecursionError):
            return {}
        return book if isinstance(book, dict) else {}

    def _save_book(self, book: dict[str, Any]) -> None:
        """Best effort: a store that cannot be written hashes again next time."""
        live = {k: v for k, v in book.items() if os.path.isfile(k)}
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            _write_json(self.root / VERIFIED, live)
        except OSError as exc:
            log.info("cannot record checksums in %s: %s", self.root, exc)

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
        try:
            path = Path(path).expanduser().resolve()
        except (OSError, RuntimeError) as exc:  # 3.11 raises RuntimeError on a symlink loop
            raise ModelFileError(path, f"the path cannot be followed ({exc})") from None
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
            "files": [{"path": f.name, "size": f.stat().st_size, "sha256": self._hash(f)}
                      for f in files],
        }
        entry = entry_from_dict(data)
        self._write_user(model_id, entry.to_dict())
        return entry

    def remove_user_model(self, model_id: str) -> None:
        self._write_user(model_id, None)

    def _write_user(self, model_id: str, replacement: dict | None) -> None:
        """Drop ``model_id`` from the list (adding ``replacement``); entries this version
        cannot read are kept as they are, never silently dropped."""
        items = [i for i in self._user_items()
                 if not (isinstance(i, dict) and i.get("id") == model_id)]
        self.root.mkdir(parents=True, exist_ok=True)
        _write_json(self.root / USER_FILE, {"models": items + ([replacement] if replacement
                                                               else [])})


def _read_json(path: Path) -> Any:
    """A small JSON file (at most :data:`MAX_LIST` bytes, a regular file)."""
    with open_regular(path) as f:
        raw = f.read(MAX_LIST + 1)
    if len(raw) > MAX_LIST:
        raise ValueError(f"larger than {MAX_LIST >> 20} MB")
    return json.loads(raw.decode("utf-8"))


def _write_json(path: Path, data: Any) -> None:
    """Replace ``path`` in one step (a temporary file of this process, then a rename)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def _mismatch(entry: ModelEntry, digest: str, expected: str) -> str:
    fix = (f"add it again with `tinyspec models add {entry.local_path} --id {entry.id}` if "
           "the change is yours" if entry.is_user
           else f"fetch it again with `tinyspec models fetch {entry.id} --force`")
    return (f"checksum mismatch (sha256 {digest[:12]}…, expected {expected[:12]}…): the file "
            f"changed since it was {'added' if entry.is_user else 'installed'}; {fix}")


_TEXT_FIELDS = ("id", "name", "task", "runtime", "kind", "local_path")


def _user_entry(item: Any) -> ModelEntry:
    """An entry of ``user_models.json``, its field types checked (it may be hand-edited)."""
    if not isinstance(item, dict):
        raise TypeError(f"not an object but {type(item).__name__}")
    bad = [k for k in _TEXT_FIELDS if not isinstance(item.get(k), str) or not item[k]]
    bad += [k for k in ("notes", "license") if not isinstance(item.get(k, ""), str)]
    if bad:
        raise ValueError(f"{', '.join(bad)} missing or not text")
    if item["kind"] not in USER_KINDS:
        raise ValueError(f"unknown kind {item['kind']!r}")
    files = item.get("files")
    if not isinstance(files, list) or not files or not all(_user_file_ok(f) for f in files):
        raise ValueError("its files are not a list of {path, size, sha256}")
    return entry_from_dict({**item, "requires": [], "default": False, "dev": False})


def _user_file_ok(f: Any) -> bool:
    return (isinstance(f, dict) and isinstance(f.get("path"), str)
            and f["path"] == Path(f["path"]).name and f["path"] not in ("", ".", "..")
            and type(f.get("size", 0)) is int and f.get("size", 0) >= 0
            and isinstance(f.get("sha256", ""), str) and not f.get("parts"))


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(p for p in out.split("-") if p) or "model"
