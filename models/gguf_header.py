"""A fast GGUF header reader: metadata and the byte length the tensors need.

``gguf.GGUFReader`` parses every token of the vocabulary into numpy arrays (seconds per file);
checking a file a user adds only needs the header, so this walks it directly and takes the
quantisation block sizes from the ``gguf`` package.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from gguf.constants import GGML_QUANT_SIZES, GGMLQuantizationType

from models.binio import read_exact, unpack

GGUF_MAGIC = b"GGUF"
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
# Metadata strings longer than this are skipped rather than read (vocabularies, merges).
_KEEP_STRING = 1 << 20


class GGUFFormatError(ValueError):
    """The bytes are not a well-formed GGUF header."""


@dataclass
class GGUFHeader:
    version: int
    metadata: dict[str, Any]
    tensor_count: int
    data_end: int

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get("tokenizer.chat_template")
        return value if isinstance(value, str) and value.strip() else None


def _read(f: BinaryIO, n: int) -> bytes:
    return read_exact(f, n, GGUFFormatError("the file ends inside its header"))


def _unpack(f: BinaryIO, fmt: str) -> Any:
    return unpack(f, fmt, GGUFFormatError("the file ends inside its header"))


def _string(f: BinaryIO, keep: bool = True) -> str | None:
    n = _unpack(f, "<Q")
    if n > (1 << 31):
        raise GGUFFormatError(f"a header string claims {n} bytes")
    if not keep or n > _KEEP_STRING:
        f.seek(n, 1)
        return None
    return _read(f, n).decode("utf-8", errors="replace")


def _value(f: BinaryIO, vtype: int, keep: bool) -> Any:
    if vtype in _SCALARS:
        return _unpack(f, _SCALARS[vtype])
    if vtype == _STRING:
        return _string(f, keep)
    if vtype == _ARRAY:
        itype, count = _unpack(f, "<I"), _unpack(f, "<Q")
        if itype in _SCALARS:
            f.seek(struct.calcsize(_SCALARS[itype]) * count, 1)
        else:
            for _ in range(count):
                _value(f, itype, keep=False)
        return f"<array of {count}>"
    raise GGUFFormatError(f"unknown metadata value type {vtype}")


def _tensor_bytes(ggml_type: int, dims: list[int]) -> int:
    try:
        block, size = GGML_QUANT_SIZES[GGMLQuantizationType(ggml_type)]
    except (ValueError, KeyError) as exc:
        raise GGUFFormatError(f"unknown tensor type {ggml_type}") from exc
    count = 1
    for d in dims:
        count *= d
    return count // block * size


def read_header(path: str | Path) -> GGUFHeader:
    """Parse the header of ``path``; raise :class:`GGUFFormatError` if it is not GGUF."""
    with open(path, "rb") as f:
        if _read(f, 4) != GGUF_MAGIC:
            raise GGUFFormatError("it does not start with the GGUF magic bytes")
        version = _unpack(f, "<I")
        if version not in (2, 3):
            raise GGUFFormatError(f"GGUF version {version} is not supported (2 or 3 are)")
        tensor_count, kv_count = _unpack(f, "<Q"), _unpack(f, "<Q")
        if tensor_count > 1_000_000 or kv_count > 1_000_000:
            raise GGUFFormatError("the header counts are implausible")
        metadata: dict[str, Any] = {}
        for _ in range(kv_count):
            key = _string(f) or ""
            metadata[key] = _value(f, _unpack(f, "<I"), keep=True)
        data_len = 0
        for _ in range(tensor_count):
            _string(f, keep=False)
            n_dims = _unpack(f, "<I")
            if n_dims > 8:
                raise GGUFFormatError("a tensor has more than 8 dimensions")
            dims = [_unpack(f, "<Q") for _ in range(n_dims)]
            ggml_type, offset = _unpack(f, "<I"), _unpack(f, "<Q")
            data_len = max(data_len, offset + _tensor_bytes(ggml_type, dims))
        alignment = int(metadata.get("general.alignment", 32)) or 32
        start = f.tell()
        data_start = (start + alignment - 1) // alignment * alignment
    return GGUFHeader(version, metadata, tensor_count, data_start + data_len)
