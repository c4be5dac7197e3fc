"""How the Chat page draws a conversation: cards sized to their content, command output with
its columns aligned in a real table, code shown as code, and a scroll area that follows the
newest output until the user scrolls up.

Everything shown here is untrusted: replies and messages are Markdown through
``ui.untrusted.render_markdown`` (a document that loads nothing), command output is inserted
as plain text with only its `code spans` marked, and labels get escaped rich text.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
)

from app.untrusted import for_display
from ui.untrusted import PLAIN, escape, inert_browser, render_markdown

CODE_BLOCK = re.compile(r"```[^\n]*\n(.*?)(?:```|$)", re.DOTALL)
CODE_SPAN = re.compile(r"(?<!`)(`++)([^\n]{1,1000}?)(?<!`)\1(?!`)")
"""A code span as CommonMark has it (a run of backticks closed by a run of the same length),
on one line and bounded, so that no text makes the search slow."""
COLUMN_GAP = re.compile(r" {2,}")
TITLES = {"user": "You", "assistant": "Model"}
TEXT_IN_CARD = "QTextBrowser { border: none; padding: 0; background: transparent; }"
"""A message's text is part of its card, not an input box inside it."""
TITLE_LIMIT = 120
HIDDEN_WIDTH = 640
OUTPUT_LIMIT = 20_000
"""Characters of one command's output shown (a long line of many spans lays out slowly)."""
THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange,
                QEvent.Type.StyleChange)
QWIDGETSIZE_MAX = 16_777_215
FOLLOW_SLACK = 8
"""Pixels from the bottom that still count as "at the bottom"."""


def columns(text: str) -> list[list[str]] | None:
    """The rows of ``text`` when it is laid out as a table (``/help``): two or more lines, each
    split by runs of two or more spaces into the same number (two or more) of cells."""
    lines = text.strip("\n").splitlines()
    rows = [COLUMN_GAP.split(line.strip()) for line in lines]
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(r) != len(rows[0]) for r in rows):
        return None
    return rows


def code_shade(palette: QPalette | None = None) -> QColor:
    """The background of code: the text colour faintly over the base (both themes); from
    the application's palette, since a message's own text area is transparent."""
    palette = palette or QGuiApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    mix = 0.08
    return QColor.fromRgbF(*(b + (t - b) * mix for b, t in zip(
        (base.redF(), base.greenF(), base.blueF()), (text.redF(), text.greenF(), text.blueF()),
        strict=True)))


def code_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies(["monospace"])
    fmt.setFontFixedPitch(True)
    fmt.setBackground(code_shade())
    return fmt


def _is_code(fmt: QTextCharFormat) -> bool:
    return fmt.fontFixedPitch() or "monospace" in (fmt.fontFamilies() or [])


def style_code(doc: QTextDocument) -> None:
    """Shade the code of a Markdown document; code blocks wrap rather than scroll sideways."""
    shade = code_shade()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.hasProperty(QTextFormat.Property.BlockCodeFence) or fmt.nonBreakableLines():
            fmt.setBackground(shade)
            fmt.setNonBreakableLines(False)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        else:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if _is_code(fragment.charFormat()):
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(),
                                       QTextCursor.MoveMode.KeepAnchor)
                    shaded = QTextCharFormat()
                    shaded.setBackground(shade)
                    cursor.mergeCharFormat(shaded)
                it += 1
        block = block.next()
    cursor.endEditBlock()


def insert_with_code(cursor: QTextCursor, text: str, code: QTextCharFormat) -> None:
    """Insert ``text`` as plain text, its `code spans` in ``code`` (backticks dropped)."""
    plain = QTextCharFormat()
    end = 0
    for match in CODE_SPAN.finditer(text):
        cursor.insertText(text[end:match.start()], plain)
        cursor.insertText(match.group(2), code)
        end = match.end()
    cursor.insertText(text[end:], plain)


def render_output(browser: QTextBrowser, text: str) -> None:
    """Command output: aligned columns as a table, anything else as plain text with code."""
    doc = browser.document()
    doc.clear()
    text = for_display(text, OUTPUT_LIMIT)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # laid out once, at the end
    _insert_output(cursor, text)
    cursor.endEditBlock()


def _insert_output(cursor: QTextCursor, text: str) -> None:
    code = code_format()
    rows = columns(text)
    if rows is None:
        insert_with_code(cursor, text, code)
        return
    fmt = QTextTableFormat()
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setBorder(0)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(2)
    table = cursor.insertTable(len(rows), len(rows[0]), fmt)
    first = QTextCharFormat()
    first.setFontFamilies(["monospace"])
    first.setFontFixedPitch(True)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            cell_cursor = table.cellAt(r, c).firstCursorPosition()
            if c == 0:
                cell_cursor.insertText(cell, first)
            else:
                insert_with_code(cell_cursor, cell, code)


def inline_code_html(text: str) -> str:
    """``text`` as escaped rich text for a label, its `code spans` as ``<code>``."""
    out, end = [], 0
    for match in CODE_SPAN.finditer(text):
        out += [escape(text[end:match.start()], None), f"<code>{escape(match.group(2))}</code>"]
        end = match.end()
    out.append(escape(text[end:], None))
    return "".join(out).replace("\n", "<br>")


class MessageView(QFrame):
    """One card: a title (You, Model, or the command typed), the text at its full height
    (never an inner scrollbar), then for replies the stats and copy buttons.

    ``role`` is "user", "assistant" or "note" (command output, drawn by ``render_output``).
    """

    def __init__(self, role: str, text: str = "", title: str = "") -> None:
        super().__init__(objectName="card")
        self.role = role
        self.text = text
        self.browser = inert_browser(self)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setStyleSheet(TEXT_IN_CARD)
        for policy in (self.browser.setVerticalScrollBarPolicy,
                       self.browser.setHorizontalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.browser.document().setDocumentMargin(0)  # the text lines up with the title
        self.browser.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.heading = QLabel(for_display(title or TITLES.get(role, "Command"), TITLE_LIMIT),
                              textFormat=PLAIN, objectName="muted" if role == "note" else "")
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.stats = QLabel("", objectName="muted", wordWrap=True, textFormat=PLAIN)
        self.stats.hide()
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.browser)
        layout.addWidget(self.stats)
        layout.addLayout(self.buttons)
        self._shade = code_shade()
        self.set_text(text)

    def set_text(self, text: str) -> None:
        """Show ``text`` (again), sized to fit."""
        self.text = text
        if not self.isVisible():  # not in the page yet: lay out at a likely width, not 100 px
            self.browser.document().setTextWidth(HIDDEN_WIDTH)
        if self.role == "note":
            render_output(self.browser, text)
        else:
            render_markdown(self.browser, text)
            style_code(self.browser.document())
        self._fit()

    def _fit(self, *_: object) -> None:
        """Make the browser exactly as tall as its document at its width (QTextEdit lays the
        document out again on every resize, and that calls this). Not while hidden: a view
        not yet in the page is narrow, and a long text laid out that narrow is slow."""
        if not self.isVisible():
            return
        height = min(math.ceil(self.browser.document().size().height()) +
                     2 * self.browser.frameWidth(), QWIDGETSIZE_MAX)
        if self.browser.minimumHeight() != height or self.browser.maximumHeight() != height:
            self.browser.setFixedHeight(height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # a theme switch recolours the code
        super().changeEvent(event)
        if event.type() in THEME_EVENTS and code_shade() != self._shade:
            self._shade = code_shade()
            self.set_text(self.text)

    def finish(self, stats: str) -> None:
        """A reply is complete: its stats line, Copy, and Copy code per code block."""
        self.stats.setText(stats)
        self.stats.setVisible(bool(stats))
        copy = QPushButton("Copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        self.buttons.addWidget(copy)
        for i, code in enumerate(CODE_BLOCK.findall(self.text), start=1):
            button = QPushButton(f"Copy code {i}")
            button.clicked.connect(lambda _c=False, c=code: QGuiApplication.clipboard().setText(
                c.rstrip("\n")))
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)


class FollowBottom(QObject):
    """Keeps a scroll area at its bottom while its content grows, unless the user has
    scrolled up; scrolling back to the bottom (or ``follow()``) resumes it."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.bar = area.verticalScrollBar()
        self.following = True
        self.bar.valueChanged.connect(self._moved)
        self.bar.rangeChanged.connect(self._grew)

    def _moved(self, value: int) -> None:
        self.following = value >= self.bar.maximum() - FOLLOW_SLACK

    def _grew(self, _low: int, high: int) -> None:
        if self.following:
            self.bar.setValue(high)

    def follow(self) -> None:
        """Go to the bottom and stay there as output arrives (the user sent something)."""
        self.following = True
        self.bar.setValue(self.bar.maximum())
