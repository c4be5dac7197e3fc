"""The Chat page offscreen: streaming, Stop pressed 100 times mid-stream and before the first
token, Retry, edit and resend, slash commands with completion and their output as cards sized
to it, following the newest output, the chat model shared with Settings and Home, and replies
that render as text or Markdown, never as HTML, loading nothing."""

from __future__ import annotations

import gc
import threading

import psutil
import pytest
from PySide6.QtGui import QTextFormat

from app.service import InferenceService
from app.settings import Key, Settings
from app.specialists.chat.chat import Chat
from app.specialists.chat.commands import COMMANDS
from app.specialists.chat.conversation import Conversation, Turn
from app.specialists.chat.sessions import Sessions
from models.store import ModelStore
from ui.panels.chat_panel import ChatPanel
from ui.untrusted import InertDocument, inert_browser, render_markdown
from ui.widgets.chat_view import MessageView, columns


def _settings(tmp_path) -> Settings:
    """Settings of this test alone: ``/model`` writes the chat model setting."""
    from PySide6.QtCore import QSettings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def panel(qtbot, store, tmp_path):
    service = InferenceService(store)
    chat = Chat(service, Sessions(tmp_path / "chat.sqlite3"))
    widget = ChatPanel(service, chat, _settings(tmp_path))
    qtbot.addWidget(widget)
    widget.show()
    widget.run_line("/model smollm2-135m-instruct")
    yield widget
    service.shutdown()


def _send(qtbot, panel, text: str) -> None:
    panel.input.setText(text)
    panel.submit()
    qtbot.waitUntil(lambda: panel.job is None, timeout=60_000)


def test_a_reply_streams_and_shows_its_stats(qtbot, panel):
    panel.run_line("/set max_tokens 24")
    _send(qtbot, panel, "Name three colours.")
    reply = panel.messages[-1]
    assert reply.role == "assistant" and reply.text.strip()
    assert "tok/s" in reply.stats.text() and "ms to first token" in reply.stats.text()
    assert panel.meter.value() > 0 and "tokens" in panel.meter.format()


def test_a_second_message_keeps_the_first_reply(qtbot, panel):
    panel.run_line("/set max_tokens 8")
    _send(qtbot, panel, "Name a colour.")
    _send(qtbot, panel, "Name a fruit.")
    roles = [v.role for v in panel.messages if v.role != "note"]
    assert roles == ["user", "assistant", "user", "assistant"]
    assert [t.role for t in panel.chat.conv.turns] == roles


def test_stop_pressed_a_hundred_times(qtbot, panel):
    panel.run_line("/set max_tokens 400")
    process = psutil.Process()
    threads_before = threading.active_count()
    rss = []
    for i in range(100):
        panel.input.setText(f"Tell me a long story number {i}.")
        panel.submit()
        job = panel.job
        qtbot.waitUntil(lambda j=job: bool(panel._pieces) or j.done, timeout=60_000)
        panel.stop()
        qtbot.waitUntil(lambda: panel.job is None, timeout=60_000)
        qtbot.waitUntil(lambda j=job: j.done, timeout=60_000)
        assert job.state in ("cancelled", "done")
        assert "(stopped)" in panel.messages[-1].text or job.state == "done"
        panel.run_line("/clear")
        assert panel.messages[-1].role == "note" and len(panel.messages) == 1
        if i in (10, 99):
            gc.collect()
            rss.append(process.memory_info().rss)
    assert threading.active_count() <= threads_before + 1
    assert rss[1] - rss[0] < 30e6, f"memory grew by {(rss[1] - rss[0]) / 1e6:.0f} MB"


def test_retry_and_edit_last(qtbot, panel):
    panel.run_line("/set max_tokens 8")
    _send(qtbot, panel, "Say one word.")
    panel.run_line("/retry")
    qtbot.waitUntil(lambda: panel.job is None, timeout=60_000)
    assert [t.role for t in panel.chat.conv.turns] == ["user", "assistant"]
    panel.edit_last()
    assert panel.input.text() == "Say one word."
    panel.input.setText("Say two words.")
    panel.submit()
    qtbot.waitUntil(lambda: panel.job is None, timeout=60_000)
    assert [t.content for t in panel.chat.conv.turns if t.role == "user"] == ["Say two words."]


def test_commands_and_completion_in_the_window(qtbot, panel):
    count = len(panel.messages)
    panel.run_line("/nope")
    assert "unknown command /nope" in panel.messages[-1].text and len(panel.messages) == count + 1
    assert panel.chat.conv.turns == []
    completer = panel.input.completer()
    completer.setCompletionPrefix("/mo")
    found = [completer.completionModel().index(i, 0).data()
             for i in range(completer.completionCount())]
    assert found == ["/model", "/models"]
    panel.run_line("/set max_tokens 33")
    assert panel.max_tokens.value() == 33


def test_html_and_broken_markdown_render_as_text(qtbot):
    hostile = "Hi <b>bold</b> <img src=x onerror=alert(1)> <script>x()</script> **open"
    view = MessageView("assistant", hostile)
    qtbot.addWidget(view)
    text = view.browser.toPlainText()
    assert "<b>bold</b>" in text and "<script>" in text and "onerror" in text
    assert "<img" not in view.browser.toHtml().replace("&lt;img", "")
    browser = inert_browser()
    render_markdown(browser, "[click](file:///etc/passwd)")
    assert not browser.openLinks() and not browser.openExternalLinks()


EVERY_COMMAND = ["/help", "/save ui", "/clear", "/system Be brief.", "/set temp 0.3",
                 "/show params", "/model smollm2-135m-instruct", "/models", "/device cpu",
                 "/load ui", "/sessions", "/export md {tmp}/c.md", "/stats", "/json on",
                 "/json off", "/bash git space status", "/memo Call Jonas tomorrow.",
                 "/gate git space status", "/bench", "/copy", "/undo", "/retry"]


def test_every_command_from_the_window(qtbot, panel, tmp_path):
    from PySide6.QtGui import QGuiApplication

    panel.run_line("/set max_tokens 6")
    _send(qtbot, panel, "Hi.")
    seen: list[str] = []
    for line in EVERY_COMMAND:
        before = len(panel.messages)
        panel.run_line(line.format(tmp=tmp_path))
        qtbot.waitUntil(lambda: panel.job is None, timeout=60_000)
        if line in ("/gate git space status", "/bench", "/memo Call Jonas tomorrow.",
                    "/bash git space status"):
            extra = 2 if line == "/bench" else 1  # /bench also says "measuring…"
            qtbot.waitUntil(lambda b=before, n=extra: len(panel.messages) >= b + n,
                            timeout=60_000)
        assert len(panel.messages) >= (1 if line in ("/clear", "/undo", "/load ui") else
                                       before), line
        if line == "/copy":
            assert QGuiApplication.clipboard().text() == panel.chat.conv.turns[-1].content
        seen += [m.text for m in panel.messages]
    assert (tmp_path / "c.md").exists()
    assert any(t.startswith("gate: needs_llm") for t in seen)
    assert any("tok/s decode" in t for t in seen)


def test_the_last_session_comes_back(qtbot, store, tmp_path):
    service = InferenceService(store)
    try:
        sessions = Sessions(tmp_path / "chat.sqlite3")
        first = ChatPanel(service, Chat(service, sessions, restore=True), _settings(tmp_path))
        qtbot.addWidget(first)
        first.run_line("/model smollm2-135m-instruct")
        first.run_line("/set max_tokens 6")
        _send(qtbot, first, "Remember the word lighthouse.")
        again = ChatPanel(service, Chat(service, sessions, restore=True), _settings(tmp_path))
        qtbot.addWidget(again)
        assert [m.role for m in again.messages] == ["user", "assistant"]
        assert again.messages[0].text == "Remember the word lighthouse."
    finally:
        service.shutdown()


def _fitted(view: MessageView) -> bool:
    """The card's text is as tall as its document: nothing hidden, no inner scrollbar."""
    doc_height = view.browser.document().size().height()
    return (view.browser.height() >= doc_height > 0 and
            view.browser.verticalScrollBar().maximum() == 0)


def test_help_is_a_card_with_aligned_columns_that_fits(qtbot, panel):
    panel.run_line("/help")
    card = panel.messages[-1]
    qtbot.waitUntil(lambda: _fitted(card), timeout=5_000)
    assert card.heading.text() == "/help"
    table = card.browser.document().rootFrame().childFrames()[0]
    assert (table.rows(), table.columns()) == (len(COMMANDS), 2)
    layout = card.browser.document().documentLayout()
    lefts = {round(layout.blockBoundingRect(table.cellAt(r, 1).firstCursorPosition().block())
                   .left()) for r in range(table.rows())}
    assert len(lefts) == 1  # every description starts in the same column
    last = table.cellAt(table.rows() - 1, 1).firstCursorPosition().block()
    assert layout.blockBoundingRect(last).bottom() <= card.browser.height()
    assert "/gate TEXT" in card.browser.toPlainText()
    assert columns("one line  only") is None and columns("a b\nc d") is None


def test_a_restored_multi_line_reply_is_shown_in_full(qtbot, tmp_path):
    sessions = Sessions(tmp_path / "chat.sqlite3")
    reply = "\n\n".join(f"Paragraph {i}: a line of a longer answer." for i in range(12))
    sessions.save(Conversation(name="old", turns=[Turn("user", "Tell me more."),
                                                  Turn("assistant", reply, {"tokens": 90})]))
    service = InferenceService(ModelStore(tmp_path / "models"))  # nothing installed
    try:
        page = ChatPanel(service, Chat(service, sessions, restore=True), _settings(tmp_path))
        qtbot.addWidget(page)
        page.resize(900, 600)
        page.show()
        view = page.messages[-1]
        qtbot.waitUntil(lambda: _fitted(view), timeout=5_000)
        assert view.browser.height() >= 12 * view.browser.fontMetrics().lineSpacing()
        assert page.empty.isHidden()
        page.run_line("/clear")
        assert page.empty.isVisible() and "not installed" in page.empty.text()
        assert "tinyspec models fetch gemma-3-270m" in page.empty.text()
    finally:
        service.shutdown()


def test_the_page_follows_new_output_unless_scrolled_up(qtbot, panel):
    bar = panel.scroll.verticalScrollBar()
    for _ in range(3):
        panel.run_line("/help")
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=5_000)
    panel.run_line("/stats")
    qtbot.waitUntil(lambda: _fitted(panel.messages[-1]) and bar.value() == bar.maximum(),
                    timeout=5_000)
    count = len(panel.messages)
    panel.run_line("/bench")  # "measuring…" now, the result later
    bar.setValue(0)  # the user scrolls up to read
    qtbot.waitUntil(lambda: len(panel.messages) == count + 2, timeout=60_000)
    qtbot.wait(50)
    assert bar.value() == 0 and bar.maximum() > 0
    bar.setValue(bar.maximum())  # back at the bottom: following again
    panel._add("note", "late output", "/bench")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=5_000)


def test_stop_before_the_first_token_is_at_once(qtbot, panel):
    panel.run_line("/set max_tokens 300")
    panel.input.setText("Tell me a long story.")
    panel.submit()
    job = panel.job
    panel.stop()  # no event has been processed: no token can have been shown
    assert panel.job is None and panel.send_button.isEnabled()
    assert not panel.stop_button.isEnabled()
    stopped = panel.messages[-1]
    assert stopped.role == "assistant" and "(stopped)" in stopped.text
    assert [t.role for t in panel.chat.conv.turns] == ["user", "assistant"]
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    qtbot.wait(100)  # whatever the job sent is delivered now, and ignored
    assert stopped.text.startswith("\n\n*(stopped)*") and panel.messages[-1] is stopped
    assert [t.role for t in panel.chat.conv.turns] == ["user", "assistant"]
    panel.run_line("/set max_tokens 6")
    _send(qtbot, panel, "Say hi.")
    assert [t.role for t in panel.chat.conv.turns] == ["user", "assistant"] * 2
    assert "(stopped)" not in panel.chat.conv.turns[-1].content


def test_model_switch_reaches_settings_and_home(qtbot, panel, tmp_path):
    from ui.panels.home_panel import HomePanel
    from ui.panels.settings_panel import SettingsPanel

    settings = panel.settings
    assert settings[Key.MODEL_CHAT] == "smollm2-135m-instruct"  # the fixture's /model
    home = HomePanel(panel.service, lambda _page: None, settings)
    page = SettingsPanel(panel.service, settings)
    for widget in (home, page):
        qtbot.addWidget(widget)
        widget.show()
    assert "smollm2-135m-instruct" in home.states["Chat with Gemma"].text()
    assert page.model_combos[Key.MODEL_CHAT].currentText() == "smollm2-135m-instruct"
    panel.run_line("/model gemma-3-270m")
    for widget in (home, page):
        widget.hide()
        widget.show()
    assert "gemma-3-270m" in home.states["Chat with Gemma"].text()
    assert page.model_combos[Key.MODEL_CHAT].currentText() == "gemma-3-270m"
    assert panel.chat.conv.model_id == "gemma-3-270m"
    again = ChatPanel(panel.service, Chat(panel.service, Sessions(tmp_path / "new.sqlite3")),
                      settings)
    qtbot.addWidget(again)
    assert again.chat.conv.model_id == "gemma-3-270m"  # a new page starts on the setting


def test_code_renders_as_code_and_nothing_is_loaded(qtbot, monkeypatch):
    answers = []  # what the documents were given for each resource they asked for
    original = InertDocument.loadResource
    monkeypatch.setattr(InertDocument, "loadResource",
                        lambda self, kind, url: answers.append(original(self, kind, url)) or
                        answers[-1])
    text = ("Run `wc -l notes.txt` first.\n\n```bash\nsort notes.txt | uniq -c\n```\n\n"
            "![chart](file:///dev/zero) <img src=\"/dev/zero\"> [site](http://example.com/x.png)")
    reply = MessageView("assistant", text)
    note = MessageView("note", "`git status -s` (not run; rules) <img src=/dev/zero>", "/bash")
    ticks = MessageView("note", "`" * 100_000 + "``x" * 10_000)  # no slow search for spans
    qtbot.addWidget(ticks)
    for view in (reply, note):
        qtbot.addWidget(view)
        view.resize(600, 300)
        view.show()
        view.grab()
    shown = reply.browser.toPlainText()
    assert "wc -l notes.txt" in shown and "`" not in shown
    assert "[image: chart]" in shown
    doc = reply.browser.document()
    code = [b for b in _blocks(doc) if b.text() == "sort notes.txt | uniq -c"]
    assert code and code[0].blockFormat().hasProperty(QTextFormat.Property.BackgroundBrush)
    assert _format_at(doc, shown.index("wc -l")).fontFixedPitch()
    assert note.browser.toPlainText().startswith("git status -s (not run; rules) <img")
    assert _format_at(note.browser.document(), 0).fontFixedPitch()
    assert not _format_at(note.browser.document(), 20).fontFixedPitch()
    assert all(isinstance(v.browser.document(), InertDocument) for v in (reply, note))
    assert all(image.width() == image.height() == 1 for image in answers)  # a blank pixel
    assert not any(f.charFormat().isImageFormat() for v in (reply, note)
                   for b in _blocks(v.browser.document()) for f in _fragments(b))


def _blocks(doc):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def _fragments(block):
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


def _format_at(doc, position: int):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(doc)
    cursor.setPosition(position + 1)
    return cursor.charFormat()
