"""The shape every page shares: a title, a line under it, and a splitter of two parts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget


def page_layout(page: QWidget, title: str, subtitle: str = "") -> QVBoxLayout:
    """The page's layout with its title (and subtitle) already in it."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(28, 24, 28, 16)
    layout.addWidget(QLabel(title, objectName="pageTitle"))
    if subtitle:
        layout.addWidget(QLabel(subtitle, objectName="pageSubtitle", wordWrap=True))
    return layout


def side_by_side(left: QWidget, right: QWidget, sizes: tuple[int, int]) -> QSplitter:
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setSizes(list(sizes))
    return splitter
