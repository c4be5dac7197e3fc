"""Crafted GGUF files: the header of a real model with one thing changed.

:class:`GGUFImage` keeps a GGUF header as raw key/value records and tensor infos; a case
changes one of them and :meth:`GGUFImage.write` lays the header out again, pads it to 32 bytes
and appends the original tensor data, either copied or as a sparse run of zeros (the same
layout, no disk use; llama.cpp loads zero weights as happily as real ones). Deliberately
independent of ``models.gguf_header``, the code under test.
"""

from __future__ import annotations

import copy
import shutil
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

UINT8, INT8, UINT16, INT16, UINT32, INT32, FLOAT32, BOOL, STRING, ARRAY = range(10)
UINT64, INT64, FLOAT64 = 10, 11, 12
FORMATS = {UINT8: "<B", INT8: "<b", UINT16: "<H", INT16: "<h", UINT32: "<I", INT32: "<i",
           FLOAT32: "<f", BOOL: "<?", UINT64: "<Q", INT64: "<q", FLOAT64: "<d"}
PAD = 32


@dataclass
class Tensor:
    """One tensor info record: name, dimensions, ggml type and offset into the data."""

    name: bytes
    dims: list[int]
    ggml_type: int
    offset: int

    def encode(self) -> bytes:
        return (_string(self.name) + struct.pack("<I", len(self.dims))
                + b"".join(struct.pack("<Q", d) for d in self.dims)
                + struct.pack("<IQ", self.ggml_type, self.offset))


@dataclass
class GGUFImage:
    """A GGUF header held as raw records, ready to be changed and written out again."""

    source: Path
    version: int
    kvs: list[tuple[bytes, bytes]]
    tensors: list[Tensor]
    data_start: int
    counts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, path: str | Path) -> GGUFImage:
        path = Path(path)
        with open(path, "rb") as f:
            assert f.read(4) == b"GGUF", path
            version, n_tensors, n_kvs = struct.unpack("<IQQ", f.read(20))
            kvs = []
            for _ in range(n_kvs):
                key = f.read(_u(f, "<Q"))
                start = f.tell()
                _skip_value(f, _u(f, "<I"))
                end = f.tell()
                f.seek(start)
                kvs.append((key, f.read(end - start)))
            tensors = []
            for _ in range(n_tensors):
                name = f.read(_u(f, "<Q"))
                dims = [_u(f, "<Q") for _ in range(_u(f, "<I"))]
                tensors.append(Tensor(name, dims, _u(f, "<I"), _u(f, "<Q")))
            data_start = -(-f.tell() // PAD) * PAD
        return cls(path, version, kvs, tensors, data_start)

    def copy(self) -> GGUFImage:
        return copy.deepcopy(self)

    # -- changes, each returning self so cases read as one expression ---------------------
    def set(self, key: str, value: Any, vtype: int | None = None,
            itype: int | None = None) -> GGUFImage:
        """Set ``key`` to ``value`` (type: given, else the key's current type, else guessed);
        a list is an array of ``itype``."""
        if vtype is None:
            old = self.raw(key)
            vtype = struct.unpack("<I", old[:4])[0] if old else _guess(value)
        if vtype == ARRAY and itype is None:
            old = self.raw(key)
            itype = struct.unpack("<I", old[4:8])[0] if old else _guess(value[0])
        return self.set_raw(key, struct.pack("<I", vtype) + encode(value, vtype, itype))

    def set_raw(self, key: str, raw: bytes) -> GGUFImage:
        """Replace (or append) ``key``'s record by ``raw``: the type code and the value."""
        k = key.encode()
        for i, (name, _raw) in enumerate(self.kvs):
            if name == k:
                self.kvs[i] = (k, raw)
                return self
        self.kvs.append((k, raw))
        return self

    def drop(self, key: str) -> GGUFImage:
        self.kvs = [(k, v) for k, v in self.kvs if k != key.encode()]
        return self

    def raw(self, key: str) -> bytes | None:
        return next((v for k, v in self.kvs if k == key.encode()), None)

    def tensor(self, name: str) -> Tensor:
        return next(t for t in self.tensors if t.name == name.encode())

    def array_items(self, key: str) -> list[Any]:
        """The items of an array key, decoded (strings as ``str``)."""
        raw = self.raw(key)
        assert raw and struct.unpack("<I", raw[:4])[0] == ARRAY, key
        itype, count = struct.unpack("<IQ", raw[4:16])
        out, pos = [], 16
        for _ in range(count):
            if itype == STRING:
                n = struct.unpack("<Q", raw[pos:pos + 8])[0]
                out.append(raw[pos + 8:pos + 8 + n].decode("utf-8", "replace"))
                pos += 8 + n
            else:
                size = struct.calcsize(FORMATS[itype])
                out.append(struct.unpack(FORMATS[itype], raw[pos:pos + size])[0])
                pos += size
        return out

    # -- output ----------------------------------------------------------------------------
    def header(self) -> bytes:
        n_tensors = self.counts.get("tensors", len(self.tensors))
        n_kvs = self.counts.get("kvs", len(self.kvs))
        body = b"".join(_string(k) + v for k, v in self.kvs)
        infos = b"".join(t.encode() for t in self.tensors)
        head = b"GGUF" + struct.pack("<IQQ", self.version, n_tensors, n_kvs) + body + infos
        return head + b"\0" * (-len(head) % PAD)

    def write(self, dst: str | Path, data: str = "zeros") -> Path:
        """Write the file: ``data`` is ``"zeros"`` (sparse), ``"copy"`` or ``"none"``."""
        dst = Path(dst)
        length = self.source.stat().st_size - self.data_start
        with open(dst, "wb") as out:
            out.write(self.header())
            if data == "copy":
                with open(self.source, "rb") as src:
                    src.seek(self.data_start)
                    shutil.copyfileobj(src, out, 4 << 20)
            elif data == "zeros":
                out.truncate(out.tell() + length)
        return dst


def encode(value: Any, vtype: int, itype: int | None = None) -> bytes:
    """The bytes of one metadata value of ``vtype`` (no type code)."""
    if vtype == STRING:
        return _string(value.encode() if isinstance(value, str) else value)
    if vtype == ARRAY:
        assert itype is not None
        return struct.pack("<IQ", itype, len(value)) + b"".join(
            encode(v, itype) for v in value)
    return struct.pack(FORMATS[vtype], value)


def _guess(value: Any) -> int:
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return UINT32 if 0 <= value < 1 << 32 else INT64
    if isinstance(value, float):
        return FLOAT32
    if isinstance(value, list):
        return ARRAY
    return STRING


def _string(b: bytes) -> bytes:
    return struct.pack("<Q", len(b)) + b


def _u(f: BinaryIO, fmt: str) -> Any:
    return struct.unpack(fmt, f.read(struct.calcsize(fmt)))[0]


def _skip_value(f: BinaryIO, vtype: int) -> None:
    if vtype in FORMATS:
        f.seek(struct.calcsize(FORMATS[vtype]), 1)
    elif vtype == STRING:
        f.seek(_u(f, "<Q"), 1)
    elif vtype == ARRAY:
        itype, count = _u(f, "<I"), _u(f, "<Q")
        if itype in FORMATS:
            f.seek(struct.calcsize(FORMATS[itype]) * count, 1)
        else:
            for _ in range(count):
                _skip_value(f, itype)
    else:
        raise ValueError(f"unknown value type {vtype}")
