"""Text from models, files, endpoints and users made safe to show.

On a terminal, control characters (ANSI and OSC escapes can recolour the screen, rewrite
lines or set the clipboard) and bidirectional overrides (which reorder what is shown) are
replaced by visible escapes. In the window, the same characters are dropped and text is
bounded before it reaches a widget; ``ui.untrusted`` adds HTML escaping on top.
"""

from __future__ import annotations

import re
import sys
from typing import TextIO

_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_UNSAFE = re.compile(f"[{_CONTROLS}{_BIDI}]")  # carriage return included


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    """``text`` with every control character but newline and tab shown as an escape."""
    return _UNSAFE.sub(_visible, text)


def for_display(text: str, limit: int | None = None) -> str:
    """``text`` without control or bidi-override characters (newline and tab kept), cut to
    ``limit`` characters with an ellipsis."""
    text = _UNSAFE.sub("", text.replace("\r\n", "\n"))
    if limit is not None and len(text) > limit:
        text = text[: max(0, limit - 1)] + "…"
    return text


class TerminalFilter:
    """A text stream that passes ``for_terminal`` over everything written to it;
    ``write_control`` lets the app's own progress lines keep their carriage return."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(for_terminal(text))

    def write_control(self, text: str) -> int:
        """Write the app's own control characters (``\\r`` of a progress bar) as they are."""
        return self.stream.write(text)

    def __getattr__(self, name: str):  # flush, isatty, fileno, encoding, buffer …
        return getattr(self.stream, name)


class filtered_terminal:
    """Context manager: ``sys.stdout`` and ``sys.stderr`` pass through ``TerminalFilter``."""

    def __enter__(self) -> None:
        self.saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = TerminalFilter(sys.stdout), TerminalFilter(sys.stderr)

    def __exit__(self, *_exc: object) -> None:
        sys.stdout, sys.stderr = self.saved

