"""Exact reads for the header walkers: short reads become the walker's own error."""

from __future__ import annotations

import struct
from typing import Any, BinaryIO


def read_exact(f: BinaryIO, n: int, error: Exception) -> bytes:
    """``n`` bytes from ``f``, or raise ``error`` if the file ends first."""
    data = f.read(n)
    if len(data) != n:
        raise error
    return data


def unpack(f: BinaryIO, fmt: str, error: Exception) -> Any:
    """One little-endian value of struct format ``fmt``."""
    return struct.unpack(fmt, read_exact(f, struct.calcsize(fmt), error))[0]
