"""A merged GGUF: the base with a LoRA adapter folded into its weights, one file that any
llama.cpp build (or another app) loads without ``lora_path``.

Each adapted weight becomes ``W + (alpha / r) · B·A``, stored as float16 for export
(quantizing to 4 bits again would round away much of a small fine-tune) or as Q8_0 for the
app's own use (:func:`merged_for_use`: the same answers within rounding, and faster on a CPU
than the base with the adapter applied at run time). Every other tensor and all metadata are
copied unchanged.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.training.lora_gguf import read_adapter_info


def merge_adapter(base_path: str | Path, adapter_path: str | Path, out_path: str | Path,
                  progress: Callable[[float, str], None] | None = None,
                  qtype: str = "F16") -> Path:
    """Write ``base + adapter`` to ``out_path`` (atomically), its adapted weights as
    ``qtype`` (``F16`` or ``Q8_0``); returns it."""
    import gguf

    info = read_adapter_info(adapter_path)
    base = gguf.GGUFReader(str(base_path))
    arch_field = base.fields.get(gguf.Keys.General.ARCHITECTURE)
    arch = bytes(arch_field.parts[arch_field.data[0]]).decode() if arch_field else ""
    if arch != info["architecture"]:
        raise ValueError(f"the adapter is for {info['architecture']}, the base is {arch}")
    deltas = _lora_factors(adapter_path)
    names = {t.name for t in base.tensors}
    missing = sorted(set(deltas) - names)
    if missing:
        raise ValueError(f"the adapter changes tensors the base lacks ({missing[0]} …): "
                         "it was trained on another model")
    scale = info["alpha"] / info["rank"]
    out = Path(out_path)
    tmp = out.with_name(f"{out.name}.{os.getpid()}.partial")
    try:
        _write_merged(gguf.GGUFWriter(str(tmp), arch, endianess=base.endianess), base, deltas,
                      scale, Path(adapter_path).parent.name, progress,
                      gguf.GGMLQuantizationType[qtype])
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(out)
    return out


USE_TYPE = "Q8_0"
KEEP = 3
"""Merged models kept for use (each about the base's size at 8 bits); older ones go."""


def merged_path(base_path: str | Path, adapter_path: str | Path, folder: Path) -> Path:
    """Where :func:`merged_for_use` keeps this base and adapter merged: a name from both
    files (the base's name, size and time; the adapter's hash), made or not."""
    base, adapter = Path(base_path), Path(adapter_path)
    stat, made = base.stat(), adapter.stat()
    digest = _adapter_digest(str(adapter), made.st_size, made.st_mtime_ns)
    key = hashlib.sha256(f"{base.name}:{stat.st_size}:{stat.st_mtime_ns}:"
                         f"{digest}:{USE_TYPE}".encode()).hexdigest()[:16]
    return folder / f"{adapter.parent.name}-{key}.gguf"


@functools.lru_cache(maxsize=16)
def _adapter_digest(path: str, size: int, mtime_ns: int) -> str:
    """The adapter's sha256, hashed again only when its size or time changed."""
    from models.store import sha256_file

    return sha256_file(path)


def merged_for_use(base_path: str | Path, adapter_path: str | Path, folder: Path) -> Path:
    """The base with the adapter folded in as ``USE_TYPE``, made once (seconds) and kept in
    ``folder`` under a name from both files, so a changed base or adapter makes a new one."""
    base = Path(base_path)
    out = merged_path(base, adapter_path, folder)
    if out.is_file():
        os.utime(out)  # most recently used
        return out
    folder.mkdir(parents=True, exist_ok=True)
    merge_adapter(base, adapter_path, out, qtype=USE_TYPE)
    kept = sorted(folder.glob("*.gguf"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in kept[KEEP:]:
        old.unlink(missing_ok=True)
    return out


def _write_merged(writer, base, deltas: dict, scale: float, label: str,
                  progress: Callable[[float, str], None] | None, qtype) -> None:
    import gguf

    _copy_metadata(base, writer)
    writer.add_string("tinyspec.merged_adapter", label)
    tensors = []
    for t in base.tensors:
        data = t.data
        if t.name in deltas:
            a, b = deltas[t.name]
            weight = gguf.quants.dequantize(t.data, t.tensor_type).astype(np.float32)
            if weight.size != b.shape[0] * a.shape[1]:
                raise ValueError(f"{t.name}: the adapter's {b.shape[0]}×{a.shape[1]} does not "
                                 f"fit the base's {'×'.join(map(str, weight.shape))} weight; "
                                 "it was trained on another model")
            weight = weight.reshape(b.shape[0], a.shape[1]) + scale * (b @ a)
            data, kind = gguf.quants.quantize(weight, qtype), qtype
        else:
            kind = t.tensor_type
        tensors.append((t.name, data, kind))
        writer.add_tensor_info(t.name, data.shape, data.dtype, data.nbytes, kind)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for i, (_name, data, _qtype) in enumerate(tensors):
        writer.write_tensor_data(data)
        if progress and i % 16 == 0:
            progress((i + 1) / len(tensors), f"writing tensor {i + 1}/{len(tensors)}")
    writer.close()


def _lora_factors(adapter_path: str | Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """``{base tensor name: (A, B)}`` in float32, A ``r × in`` and B ``out × r``."""
    import gguf

    halves: dict[str, dict[str, np.ndarray]] = {}
    for t in gguf.GGUFReader(str(adapter_path)).tensors:
        stem, _, part = t.name.rpartition(".lora_")
        halves.setdefault(stem, {})[part] = np.asarray(t.data, dtype=np.float32)
    return {stem: (p["a"], p["b"]) for stem, p in halves.items() if "a" in p and "b" in p}


def _copy_metadata(reader, writer) -> None:
    """Every key of the base except those the writer adds itself."""
    import gguf

    for field in reader.fields.values():
        if field.name == gguf.Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
            continue
        kind = field.types[0]
        sub = field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(field.name, field.contents(), kind, sub_type=sub)
