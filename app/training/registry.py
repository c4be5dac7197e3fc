"""Trained adapters: where they live, which one each task uses, and going back.

An adapter is a folder ``<id>/`` holding ``adapter.gguf`` and ``meta.json`` (base model and
its sha256, data sha256, hyper-parameters, seed, eval metrics, how long and where it
trained). Adapters shipped with the app sit in ``assets/adapters/<task>/``; trained ones in
the model store under ``adapters/<task>/``. ``active.json`` per task names the adapter in use
and the ones before it, so a rollback is one step back; with no choice made, the shipped
adapter is the active one. Writes are atomic (a temporary file renamed into place), so a
killed process leaves the previous state.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from assets import asset_path


class AdapterError(UserError):
    """An adapter that cannot be used, or a registry request that cannot be met."""


@dataclass(frozen=True)
class Adapter:
    """One adapter folder and what its ``meta.json`` says."""

    id: str
    task: str
    folder: Path
    meta: dict
    shipped: bool = False

    @property
    def path(self) -> Path:
        return self.folder / "adapter.gguf"

    @property
    def base(self) -> str:
        return self.meta.get("base", "")

    def summary(self) -> str:
        score = (self.meta.get("metrics") or {}).get("eval", {}).get("overall")
        shown = f" · eval {score:.1%}" if isinstance(score, int | float) else ""
        return f"{self.id} ({'shipped' if self.shipped else 'trained'} on {self.base}{shown})"


def shipped_root() -> Path:
    return asset_path("adapters")


class Registry:
    """Adapters of every task in ``store_root/adapters`` plus the shipped ones."""

    def __init__(self, store_root: str | Path, shipped: Path | None = None) -> None:
        self.root = Path(store_root) / "adapters"
        self.shipped = shipped if shipped is not None else shipped_root()

    # -- reading -----------------------------------------------------------------------------
    def adapters(self, task: str) -> list[Adapter]:
        """Shipped first, then trained ones, oldest first."""
        found = [a for a in (self._read(f, task, True) for f in _folders(self.shipped / task))
                 if a]
        found += [a for a in (self._read(f, task, False) for f in _folders(self.root / task))
                  if a]
        return found

    def get(self, task: str, adapter_id: str) -> Adapter:
        for a in self.adapters(task):
            if a.id == adapter_id:
                return a
        known = ", ".join(a.id for a in self.adapters(task)) or "none yet"
        raise AdapterError(f"no {task} adapter {adapter_id!r} (known: {known})")

    def active(self, task: str) -> Adapter | None:
        """The adapter ``task`` uses: the chosen one, else the shipped one, else none."""
        state = self._state(task)
        if state.get("active") == "":
            return None  # the user chose the plain base
        for wanted in (state.get("active"), *(a.id for a in self.adapters(task) if a.shipped)):
            if wanted:
                try:
                    return self.get(task, wanted)
                except AdapterError:
                    continue
        return None

    def history(self, task: str) -> list[str]:
        return list(self._state(task).get("history", []))

    # -- changing ----------------------------------------------------------------------------
    def register(self, task: str, adapter_file: Path, meta: dict) -> Adapter:
        """Copy a trained adapter in under a new id (not active yet)."""
        adapter_id = meta.get("id") or f"{task}-{time.strftime('%Y%m%d-%H%M%S')}"
        folder = self.root / task / adapter_id
        tmp = folder.with_name(folder.name + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        shutil.copy2(adapter_file, tmp / "adapter.gguf")
        _write_json(tmp / "meta.json", {**meta, "id": adapter_id, "task": task})
        if folder.exists():
            raise AdapterError(f"a {task} adapter {adapter_id!r} already exists")
        tmp.rename(folder)
        return self.get(task, adapter_id)

    def activate(self, task: str, adapter_id: str | None) -> Adapter | None:
        """Make ``adapter_id`` (None: the plain base) the one ``task`` uses; the current one
        goes on the history a rollback returns to."""
        chosen = self.get(task, adapter_id) if adapter_id else None
        current = self.active(task)
        state = self._state(task)
        history = state.get("history", [])
        history.append(current.id if current else "")
        _write_json(self._state_path(task),
                    {"active": chosen.id if chosen else "", "history": history[-20:]})
        return chosen

    def rollback(self, task: str) -> Adapter | None:
        """Go back to the adapter used before the last change."""
        state = self._state(task)
        history = state.get("history", [])
        if not history:
            raise AdapterError(f"nothing to roll back to for {task}")
        previous = history.pop()
        _write_json(self._state_path(task), {"active": previous, "history": history})
        return self.active(task)

    # -- files -------------------------------------------------------------------------------
    def _state_path(self, task: str) -> Path:
        return self.root / task / "active.json"

    def _state(self, task: str) -> dict:
        try:
            state = json.loads(self._state_path(task).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    @staticmethod
    def _read(folder: Path, task: str, shipped: bool) -> Adapter | None:
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or not (folder / "adapter.gguf").is_file():
            return None
        return Adapter(folder.name, task, folder, meta, shipped)


def _folders(path: Path) -> list[Path]:
    if not path.is_dir():
        return []
    return sorted((p for p in path.iterdir() if p.is_dir() and not p.name.endswith(".partial")
                   and p.name != "runs"), key=lambda p: p.stat().st_mtime)


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def check_adapter(adapter: Adapter, base_path: Path, base_sha256: str | None) -> None:
    """Refuse an adapter that is not a LoRA GGUF, or that was trained on another base."""
    from app.training.lora_gguf import read_adapter_info

    try:
        info = read_adapter_info(adapter.path)
    except ValueError as exc:
        raise AdapterError(f"{adapter.id}: {exc}") from None
    wanted = adapter.meta.get("base_sha256")
    if base_sha256 and wanted and wanted != base_sha256:
        raise AdapterError(f"{adapter.id} was trained on a different base than "
                           f"{base_path.name} (sha256 {wanted[:12]}… vs {base_sha256[:12]}…)")
    if info["tensors"] == 0:
        raise AdapterError(f"{adapter.id}: the adapter holds no LoRA weights")


def adapter_for(store_root: str | Path, task: str, model_id: str) -> str | None:
    """The active adapter's file for ``task`` when it was trained on ``model_id``, else None
    (a specialist then uses the plain base as before)."""
    active = Registry(store_root).active(task)
    if active is None or active.base != model_id:
        return None
    return str(active.path)
