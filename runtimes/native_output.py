"""Native libraries that write to standard output (the QNN HTP library prints "# LIBNATIVE:
…" when it starts) must not reach a command's stdout, where a ``--json`` document goes: around
such calls file descriptor 1 points at a temporary file, and what landed there is logged."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterator

log = logging.getLogger("native")
_lock = threading.Lock()
MAX_LOGGED = 4000


@contextlib.contextmanager
def native_stdout_to_log(what: str) -> Iterator[None]:
    """Run the body with fd 1 redirected; log what ``what`` printed there."""
    try:
        fd = sys.__stdout__.fileno() if sys.__stdout__ else -1
    except (AttributeError, ValueError, OSError):
        fd = -1
    if fd < 0:
        yield
        return
    with _lock, tempfile.TemporaryFile() as sink:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        saved = os.dup(fd)
        os.dup2(sink.fileno(), fd)
        try:
            yield
        finally:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
            os.dup2(saved, fd)
            os.close(saved)
            sink.seek(0)
            text = sink.read(MAX_LOGGED).decode("utf-8", "replace").strip()
            if text:
                log.info("%s printed: %s", what, text)
