"""Untrusted text in widgets: plain text or Markdown, never a resource loaded.

Qt treats a label's or tooltip's text as rich text when it looks like HTML, and a rich-text
document loads what ``<img src>`` or a Markdown image names from disk (``/dev/zero`` aborts
the process, a FIFO hangs it). So: text from models, files, endpoints and users goes through
``escape`` or ``tooltip`` before a label or tooltip, and Markdown is shown by
``render_markdown`` in a browser whose document loads nothing and shows images as their alt
text. Links are inert until the user clicks one and confirms (``open_link``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from app.untrusted import for_display

MARKDOWN = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value |
    QTextDocument.MarkdownFeature.MarkdownNoHTML.value)
TOOLTIP_LIMIT = 2000
MARKDOWN_LIMIT = 200_000
"""Characters of one message rendered as Markdown; the rest is left out, saying so."""
OPENABLE = ("http", "https")
PLAIN = Qt.TextFormat.PlainText
"""For labels that show untrusted text and need no markup."""


def escape(text: object, limit: int | None = 2000) -> str:
    """``text`` ready to sit inside rich text: controls dropped, bounded, HTML-escaped."""
    return html.escape(for_display(str(text), limit))


def tooltip(text: object, limit: int = TOOLTIP_LIMIT) -> str:
    """A tooltip that shows ``text`` as it is, whatever markup it holds."""
    return "<qt>" + escape(text, limit).replace("\n", "<br>") + "</qt>"


class InertDocument(QTextDocument):
    """A text document that loads no resource: every image is a blank pixel."""

    def loadResource(self, _type: int, _name: QUrl) -> QImage:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        return blank


def inert_browser(parent: QWidget | None = None) -> QTextBrowser:
    """A read-only browser for untrusted Markdown: no resources, links only on confirm."""
    browser = QTextBrowser(parent)
    browser.setDocument(InertDocument(browser))
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)
    browser.anchorClicked.connect(lambda url: open_link(browser, url))
    return browser


def render_markdown(browser: QTextBrowser, text: str) -> None:
    """Show ``text`` as Markdown (raw HTML shown as text), images replaced by their alt text."""
    if not isinstance(browser.document(), InertDocument):
        browser.setDocument(InertDocument(browser))
    text = for_display(text)
    if len(text) > MARKDOWN_LIMIT:
        text = text[:MARKDOWN_LIMIT] + "\n\n*(the rest of this message is not shown)*"
    browser.document().setMarkdown(text, MARKDOWN)
    images_to_alt_text(browser.document())


def images_to_alt_text(doc: QTextDocument) -> int:
    """Replace every image in ``doc`` by ``[image: alt]``; returns how many were replaced."""
    spans: list[tuple[int, int, str]] = []  # start, end, alt (one image may span fragments)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                alt = str(fmt.property(QTextCharFormat.Property.ImageAltText) or "")
                start, end = fragment.position(), fragment.position() + fragment.length()
                if spans and spans[-1][1] == start:
                    spans[-1] = (spans[-1][0], end, spans[-1][2] + alt)
                else:
                    spans.append((start, end, alt))
            it += 1
        block = block.next()
    for start, end, alt in reversed(spans):
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        label = alt.strip()
        cursor.insertText(f"[image: {label}]" if label else "[image]", QTextCharFormat())
    return len(spans)


def plain_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
              buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok
              ) -> QMessageBox:
    """A message box that shows ``text`` as plain text, whatever markup it holds."""
    box = QMessageBox(icon, title, for_display(text, 4000), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def open_link(parent: QWidget, url: QUrl) -> bool:
    """Open a web link in the browser after the user confirms it; other schemes never."""
    shown = url.toString()
    if url.scheme().lower() not in OPENABLE:
        plain_box(parent, QMessageBox.Icon.Information, "Link not opened",
                  f"Only web links open from here; this one is:\n\n{shown}").exec()
        return False
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = plain_box(parent, QMessageBox.Icon.Question, "Open link?",
                    f"Open this address in your web browser?\n\n{shown}", yes | no)
    if box.exec() != yes:
        return False
    return QDesktopServices.openUrl(url)
