"""A small confusion matrix: rows are the truth, columns the prediction; the diagonal green."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


class ConfusionMatrix(QTableWidget):
    def __init__(self) -> None:
        super().__init__(2, 2)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setFixedHeight(92)
        self.verticalHeader().setMinimumWidth(80)
        self.setToolTip("rows: true class · columns: predicted class (test split)")

    def show_matrix(self, labels: list[str], matrix: list[list[int]]) -> None:
        self.setHorizontalHeaderLabels([f"→ {x}" for x in labels])
        self.setVerticalHeaderLabels(labels)
        for r, row in enumerate(matrix):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                good = r == c
                item.setBackground(QColor("#e3f4e8" if good else
                                          ("#fde8e7" if value else "#ffffff")))
                self.setItem(r, c, item)

    def values(self) -> list[list[int]]:
        return [[int(self.item(r, c).text()) for c in range(2)] for r in range(2)]
