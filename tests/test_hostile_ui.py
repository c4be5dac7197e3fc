"""Untrusted text in the window loads nothing: Markdown images and HTML in replies, memo
titles and transcripts, history entries, error messages and tooltips.

The probes are ``/dev/zero`` (loading it aborts the process with ``std::bad_alloc``) and a
FIFO (reading it hangs the GUI thread), so a regression shows as a crash or a timeout of
the child process each case runs in, never as a dead test run.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QLabel

from tests.hostile.sandbox import assert_clean, run_python
from ui.panels.chat_panel import MessageView
from ui.untrusted import escape, images_to_alt_text, inert_browser, render_markdown, tooltip


def hostile_texts(fifo: str) -> list[str]:
    """Every way we know for text to name a resource."""
    return [f"![zero](/dev/zero) and ![pipe]({fifo})",
            f"<img src=/dev/zero> <img src='{fifo}'>",
            f"![ref][r]\n\n[r]: {fifo}\n",
            f"[link](file://{fifo}) <a href='{fifo}'>a</a>",
            f"<style>@import '{fifo}';</style><link rel=stylesheet href='{fifo}'>",
            f"<table background='{fifo}'><tr><td>x</td></tr></table>"]


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "probe.png"
    os.mkfifo(path)
    return str(path)


def test_markdown_images_become_alt_text(qtbot):
    browser = inert_browser()
    qtbot.addWidget(browser)
    render_markdown(browser, "see ![a *cat*](/dev/zero \"t\") here\n\n```\n![x](/dev/zero)\n```")
    text = browser.toPlainText()
    assert "[image: a cat]" in text
    assert "![x](/dev/zero)" in text  # code stays code
    assert images_to_alt_text(browser.document()) == 0  # none left


def test_links_stay_inert(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.untrusted.QDesktopServices.openUrl", lambda url: opened.append(url))
    monkeypatch.setattr("ui.untrusted.QMessageBox.exec", lambda self: 0)  # the user says no
    view = MessageView("assistant", "[site](https://example.com) [f](file:///etc/passwd)")
    qtbot.addWidget(view)
    from PySide6.QtCore import QUrl

    view.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    view.browser.anchorClicked.emit(QUrl("https://example.com"))
    assert opened == []


def test_escape_and_tooltip_keep_markup_as_text():
    label = QLabel(escape("<img src=/dev/zero> <b>x</b>\x1b[31m"))
    assert "<img" not in label.text() and "\x1b" not in label.text()
    tip = tooltip("<img src=/dev/zero>\u202etxt.exe")
    assert "<img" not in tip and "&lt;img" in tip and "\u202e" not in tip
    assert tip.startswith("<qt>")  # rich text, so '&lt;' shows as '<'


def test_hostile_replies_render_in_a_child(fifo):
    outcome = run_python(f"""
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ui.panels.chat_panel import MessageView
        from tests.test_hostile_ui import hostile_texts
        views = [MessageView("assistant", t) for t in hostile_texts({fifo!r})]
        for v in views:
            v.show()
            v.finish("stats")
        app.processEvents()
        print("rendered", len(views))
    """, timeout=60)
    assert_clean(outcome, rc=0, message="rendered 6")


def test_the_window_with_hostile_data_everywhere(fifo, tmp_path):
    """Memo library, bash history and a saved chat hold hostile text; every page and every
    tooltip of the window is shown."""
    data = tmp_path / "data"
    outcome = run_python(f"""
        from PySide6.QtCore import QModelIndex, QPoint
        from PySide6.QtWidgets import QAbstractItemView, QLabel, QToolTip, QWidget
        from tests.test_hostile_ui import hostile_texts
        from app.specialists.memo.library import Library
        from app.specialists.memo import memo_folder
        from app.specialists.bash.history import History
        from app.specialists.chat.sessions import Sessions
        from app.specialists.chat.conversation import Conversation, Turn
        from app.paths import data_dir

        texts = hostile_texts({fifo!r})
        joined = " ".join(texts)
        lib = Library(memo_folder())
        for t in texts:
            lib.add(None, t, 3.0, {{"title": t[:60], "intent": "none", "target": t[:30],
                                   "needs_review": True, "review_reasons": [t]}},
                    segments=[{{"start": 0.0, "end": 1.0, "text": t}}])
        History(data_dir() / "bash_history.sqlite3").add(joined, texts[1], "processor", [])
        conv = Conversation(name="hostile")
        conv.turns = [Turn("user", texts[0]), Turn("assistant", joined)]
        Sessions(data_dir() / "chat.sqlite3").save(conv)

        from ui.app import create_app
        from ui.main_window import MainWindow
        from app.service import InferenceService
        app = create_app()
        service = InferenceService()
        window = MainWindow(service)
        window.show()
        window.memos_panel._error(texts[1])
        window.bash_panel._show_error(texts[1])
        window.statusBar().showMessage(texts[1])
        shown = 0
        for page in window.pages:
            window.show_page(page)
            app.processEvents()
            for w in window.findChildren(QWidget):
                if w.toolTip():
                    QToolTip.showText(QPoint(0, 0), w.toolTip(), w)
                    shown += 1
                if isinstance(w, QAbstractItemView) and w.model() is not None:
                    m = w.model()
                    try:
                        columns = m.columnCount(QModelIndex())
                    except TypeError:  # a list model keeps it private: one column
                        columns = 1
                    for r in range(min(m.rowCount(), 50)):
                        for c in range(columns):
                            tip = m.index(r, c).data(3)  # ToolTipRole
                            if tip:
                                QToolTip.showText(QPoint(0, 0), tip, w)
                                shown += 1
                if isinstance(w, QLabel) and "<img" in w.text() and \\
                        w.textFormat() != w.textFormat().PlainText:
                    raise SystemExit("a label shows markup from data: " + w.text()[:80])
                app.processEvents()
        window.memos_panel.list.setCurrentRow(0)
        app.processEvents()
        print("pages", len(window.pages), "tooltips", shown)
        window.close()
        service.shutdown()
    """, timeout=120, env={"TINYSPEC_DATA_DIR": str(data)})
    assert_clean(outcome, rc=0, message="tooltips")
