"""Exact reads for the header walkers, and opening a path only if it is a regular file."""

from __future__ import annotations

import os
import stat
import struct
from pathlib import Path
from typing import Any, BinaryIO


class NotRegularFileError(OSError):
    """The path is a folder, FIFO, device or socket; ``str()`` says which."""


def read_exact(f: BinaryIO, n: int, error: Exception) -> bytes:
    """``n`` bytes from ``f``, or raise ``error`` if the file ends first."""
    data = f.read(n)
    if len(data) != n:
        raise error
    return data


def unpack(f: BinaryIO, fmt: str, error: Exception) -> Any:
    """One little-endian value of struct format ``fmt``."""
    return struct.unpack(fmt, read_exact(f, struct.calcsize(fmt), error))[0]


def file_kind(mode: int) -> str:
    """What a ``st_mode`` is, in words: "a folder", "a FIFO (named pipe)", ..."""
    for test, words in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                        (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
                        (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return words
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def open_regular(path: str | Path) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file (after symlinks).

    The open never blocks (``O_NONBLOCK``: a FIFO with no writer opens at once) and the type
    is checked on the opened descriptor, so nothing can swap the file in between; anything
    else raises :class:`NotRegularFileError`. Other failures are the usual ``OSError``.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(f"{file_kind(mode)}, not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
