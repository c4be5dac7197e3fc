"""The shape every page shares: a title (with the page's own controls at its right), a line
under it, and a splitter of two parts; plus a scrolled area and an empty-state line."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.untrusted import PLAIN

MARGINS = (24, 18, 24, 12)
"""Left, top, right, bottom around a page: small enough for the 1024×640 minimum window."""


def page_layout(page: QWidget, title: str, subtitle: str = "",
                trailing: tuple[QWidget, ...] = ()) -> QVBoxLayout:
    """The page's layout with its title (and subtitle) already in it; ``trailing`` widgets
    (a page's model choice, its Train… button) sit at the title's right."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*MARGINS)
    head = QHBoxLayout()
    head.addWidget(QLabel(title, objectName="pageTitle"))
    head.addStretch(1)
    for widget in trailing:
        head.addWidget(widget)
    layout.addLayout(head)
    if subtitle:
        layout.addWidget(QLabel(subtitle, objectName="pageSubtitle", wordWrap=True))
    return layout


def side_by_side(left: QWidget, right: QWidget, sizes: tuple[int, int]) -> QSplitter:
    """Two parts the user can resize; neither can be squeezed away."""
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(list(sizes))
    return splitter


class _VerticalScroll(QScrollArea):
    """Scrolls up and down only, so it is never narrower than what it holds needs."""

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint() if self.widget() else QSize(0, 0)
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar, super().minimumSizeHint().height())


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless vertical scroll area that shows the page behind it: for a
    part that may be taller than a small window."""
    scroll = _VerticalScroll(objectName="pageScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    return scroll


def empty_state(text: str = "") -> QLabel:
    """A muted, centred line where a list or table is empty, saying what to do next."""
    label = QLabel(text, objectName="empty", wordWrap=True, textFormat=PLAIN)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
