"""Walk a CTranslate2 ``model.bin`` without loading it, to catch truncated or foreign files.

The layout (CTranslate2 ``src/models/model.cc``): binary version, spec name and revision,
then for each variable its name, rank, dimensions, type and byte count followed by the bytes,
then the aliases. Loading a damaged file in CTranslate2 can abort the process; this cannot.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from models.binio import open_regular, read_exact, unpack


class CT2FormatError(ValueError):
    """The bytes are not a complete CTranslate2 model."""


@dataclass
class CT2Header:
    version: int
    spec: str
    variables: int


_SHORT = "the file ends before the model does (truncated?)"


def _read(f: BinaryIO, n: int) -> bytes:
    return read_exact(f, n, CT2FormatError(_SHORT))


def _u(f: BinaryIO, fmt: str) -> int:
    return unpack(f, fmt, CT2FormatError(_SHORT))


def _string(f: BinaryIO) -> str:
    return _read(f, _u(f, "<H")).rstrip(b"\0").decode("utf-8", errors="replace")


def read_header(path: str | Path) -> CT2Header:
    """Check every variable of ``path`` is present in full; raise :class:`CT2FormatError`.

    ``OSError`` (including ``NotRegularFileError`` for a FIFO or device) passes through.
    """
    with open_regular(path) as f:
        size = os.fstat(f.fileno()).st_size
        version = _u(f, "<I")
        if not 4 <= version <= 6:
            raise CT2FormatError(f"binary version {version} is not a CTranslate2 model")
        spec = _string(f)
        _u(f, "<I")  # spec revision
        count = _u(f, "<I")
        if count > 100_000:
            raise CT2FormatError("the variable count is implausible")
        for _ in range(count):
            _string(f)
            rank = _u(f, "<B")
            f.seek(4 * rank, 1)
            _u(f, "<B")  # dtype
            nbytes = _u(f, "<I")
            if f.tell() + nbytes > size:
                raise CT2FormatError(_SHORT)
            f.seek(nbytes, 1)
        aliases = _u(f, "<I")
        for _ in range(aliases):
            _string(f)
            _string(f)
    return CT2Header(version, spec, count)
