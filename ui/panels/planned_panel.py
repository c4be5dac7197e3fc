"""A page for a panel that is not built yet: says so plainly, and what it will do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlannedPanel(QWidget):
    """Title, what the panel is for, and an honest 'not built yet'."""

    def __init__(self, title: str, purpose: str) -> None:
        super().__init__(objectName="page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(QLabel(title, objectName="pageTitle"))
        text = QLabel(purpose, objectName="pageSubtitle", wordWrap=True)
        layout.addWidget(text)
        note = QLabel("This panel is not built yet in this version.", objectName="muted")
        note.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(note)
        layout.addStretch(1)
