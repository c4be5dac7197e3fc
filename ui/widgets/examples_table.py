"""An editable table of labelled gate examples: text, level and split (levels and splits
picked from a list, so a typo cannot invent a label)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
)

from app.specialists.gate.examples import LEVELS, SPLITS, Example


class _ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, choices: tuple[str, ...], parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.addItems(self.choices)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentText(index.data())

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentText())


class ExamplesTable(QTableWidget):
    """``changed`` is emitted after any edit, addition or deletion."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setHorizontalHeaderLabels(["Text", "Level", "Split"])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegateForColumn(1, _ChoiceDelegate(LEVELS, self))
        self.setItemDelegateForColumn(2, _ChoiceDelegate(SPLITS, self))
        self._loading = False
        self.itemChanged.connect(self._on_item_changed)

    def set_examples(self, examples: list[Example]) -> None:
        self._loading = True
        self.setRowCount(0)
        for ex in examples:
            self._append(ex)
        self._loading = False

    def _append(self, ex: Example) -> int:
        loading, self._loading = self._loading, True
        row = self.rowCount()
        self.insertRow(row)
        for col, value in enumerate((ex.text, ex.level, ex.split)):
            self.setItem(row, col, QTableWidgetItem(value))
        self._loading = loading
        return row

    def add_example(self, ex: Example) -> None:
        row = self._append(ex)
        self.scrollToItem(self.item(row, 0))
        self.setCurrentCell(row, 0)
        self.changed.emit()

    def delete_selected(self) -> list[Example]:
        """Remove the selected rows; returns what was removed (for undo)."""
        rows = sorted({i.row() for i in self.selectedIndexes()}, reverse=True)
        removed = [self._example(r) for r in rows]
        for r in rows:
            self.removeRow(r)
        if rows:
            self.changed.emit()
        return removed

    def _example(self, row: int) -> Example:
        return Example(*(self.item(row, c).text() for c in range(3)))

    def examples(self) -> list[Example]:
        """Every row with non-empty text, as examples."""
        out = []
        for r in range(self.rowCount()):
            ex = self._example(r)
            if ex.text.strip():
                out.append(Example(ex.text.strip(), ex.level, ex.split))
        return out

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == 1 and item.text() not in LEVELS:
            item.setText("clean")
        elif item.column() == 2 and item.text() not in SPLITS:
            item.setText("train")
        self.changed.emit()
