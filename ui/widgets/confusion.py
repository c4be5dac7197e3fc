"""A small confusion matrix: rows are the truth, columns the prediction; the diagonal green,
errors red, both in the theme's tones (text and cell colours set together, so the numbers
read in either theme, and recoloured when the theme changes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ui.theme import Theme, current, is_theme_change


def cell_colours(theme: Theme, good: bool, value: int) -> tuple[str, str]:
    """(text, background) of a cell: right answers green, wrong ones red, zeros plain."""
    if good:
        return theme.text, theme.ok_bg
    if value:
        return theme.text, theme.bad_bg
    return theme.muted, theme.surface


class ConfusionMatrix(QTableWidget):
    def __init__(self) -> None:
        super().__init__(2, 2)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().height() * 5 + 8)  # a header and two rows
        self.verticalHeader().setMinimumWidth(80)
        self.setToolTip("rows: true class · columns: predicted class (test split)")
        self._matrix: list[list[int]] = []

    def show_matrix(self, labels: list[str], matrix: list[list[int]]) -> None:
        self.setHorizontalHeaderLabels([f"→ {x}" for x in labels])
        self.setVerticalHeaderLabels(labels)
        self._matrix = [list(row) for row in matrix]
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(matrix):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r == c:
                    item.setFont(bold)
                self.setItem(r, c, item)
        self.recolour()

    def recolour(self) -> None:
        """Cell text and background from the current theme."""
        theme = current()
        for r, row in enumerate(self._matrix):
            for c, value in enumerate(row):
                item = self.item(r, c)
                if item is None:
                    continue
                fg, bg = cell_colours(theme, r == c, value)
                item.setForeground(QColor(fg))
                item.setBackground(QColor(bg))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_theme_change(event):
            self.recolour()

    def values(self) -> list[list[int]]:
        return [[int(self.item(r, c).text()) for c in range(2)] for r in range(2)]
