"""One line of text that fits any width: elided ("…") when it does not, the whole text on
hover. For paths, model names and status lines that would otherwise widen the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.untrusted import PLAIN, tooltip


class ElidedLabel(QLabel):
    """A plain-text label that elides to its width; ``text()`` is always the whole text, and
    the tooltip shows it when elided (a tooltip set with ``setToolTip`` wins)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
                 min_chars: int = 8, objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        self.setTextFormat(PLAIN)
        self._full = ""
        self._tip = ""
        self._mode = mode
        self._min_chars = min_chars
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = " ".join(str(text).split("\n"))
        self.updateGeometry()
        self._elide()

    def text(self) -> str:
        return self._full

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._elide()

    def is_elided(self) -> bool:
        return super().text() != self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + 2 + \
            margins.left() + margins.right()
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        width = min(self.sizeHint().width(),
                    self.fontMetrics().averageCharWidth() * self._min_chars)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(width, 0))
        if shown != super().text():
            super().setText(shown)
        whole = tooltip(self._full) if shown != self._full else ""
        super().setToolTip(self._tip or whole)
