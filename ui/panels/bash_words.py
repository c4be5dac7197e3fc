"""The "Your words" window of Voice → Bash: the names you say for symbols ("dog" for @),
added and removed here and saved at once; every dictation reads them first. And the offer
under the command to remember what an edit taught ("open bracket" for a paren)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.specialists.bash.your_words import MEANINGS, Entry, YourWords, entry
from ui.untrusted import PLAIN


class YourWordsDialog(QDialog):
    """``words`` is edited in place and saved after each change."""

    def __init__(self, words: YourWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your words for symbols")
        self.words = words
        intro = QLabel("Say a symbol your own way? Teach it once: the word you say, and the "
                       "symbol it stands for. Every dictation reads your words first.",
                       wordWrap=True)
        self.said = QLineEdit(placeholderText="you say, e.g. dog")
        self.means = QComboBox()
        for symbol, name in MEANINGS.items():
            self.means.addItem(f"{symbol}    ({name})", symbol)
        self.add_button = QPushButton("Add", objectName="primary")
        self.add_button.clicked.connect(self.add)
        self.said.returnPressed.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.said, 2)
        row.addWidget(QLabel("means"))
        row.addWidget(self.means, 2)
        row.addWidget(self.add_button)
        self.error = QLabel("", objectName="banner", wordWrap=True, textFormat=PLAIN)
        self.error.hide()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["You say", "It means"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton("Remove selected")
        self.remove_button.clicked.connect(self.remove_selected)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(560, 420)
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(len(self.words.entries))
        for r, e in enumerate(self.words.entries):
            self.table.setItem(r, 0, QTableWidgetItem(e.said))
            self.table.setItem(r, 1, QTableWidgetItem(f"{e.means}    ({MEANINGS[e.means]})"))
        self.remove_button.setEnabled(bool(self.words.entries))

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def add(self) -> bool:
        """Adds the typed word; a clear message instead when it cannot be one."""
        try:
            self.words.add(entry(self.said.text(), self.means.currentData()))
            self.words.save()
        except (UserError, OSError) as exc:
            self._show_error(str(exc))
            return False
        self._show_error("")
        self.said.clear()
        self.refresh()
        return True

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.words.remove(self.words.entries[r].said)
        try:
            self.words.save()
        except OSError as exc:
            self._show_error(str(exc))
        self.refresh()


CASING_SAID = {"Capital next": "a capital", "ALL CAPS next": "all capitals"}


def described(entries: list[Entry]) -> str:
    """ “open bracket” means ( and “uppercase” means a capital """
    said = [f"“{e.said}” means {CASING_SAID.get(e.means, e.means)}" for e in entries]
    return " and ".join([", ".join(said[:-1]), said[-1]] if len(said) > 1 else said)


class WordsOffer(QFrame):
    """Under the command, after an edit that a word of yours would have made: "You said …
    — remember that?" with Remember and Not now. ``remember(entries)`` on Remember."""

    remember = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        self.entries: list[Entry] = []
        self.text = QLabel("", wordWrap=True, textFormat=PLAIN)
        self.remember_button = QPushButton("Remember", objectName="primary")
        self.remember_button.clicked.connect(self._remember)
        self.not_now = QPushButton("Not now")
        self.not_now.clicked.connect(self.withdraw)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.remember_button)
        row.addWidget(self.not_now)
        self.hide()

    def offer(self, entries: list[Entry]) -> None:
        self.entries = list(entries)
        self.text.setText(f"Your edit says {described(entries)}. Remember that for your "
                          "next dictations?")
        self.show()

    def withdraw(self) -> None:
        self.entries = []
        self.hide()

    def _remember(self) -> None:
        entries = self.entries
        self.withdraw()
        self.remember.emit(entries)
