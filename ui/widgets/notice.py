"""Short notices ("toasts") in the window's status bar: what happened and where, for actions
that otherwise change nothing visible (Copy, Export, Verify)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

SHOWN_MS = 5000


def notify(widget: QWidget, text: str) -> str:
    """Show ``text`` for a few seconds in the status bar of ``widget``'s window (kept as the
    widget's ``last_notice`` too, where there is no window, and for tests); returns it."""
    widget.last_notice = text
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, SHOWN_MS)
    return text
