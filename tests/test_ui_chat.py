"""The Chat page offscreen: streaming, Stop pressed 100 times mid-stream, Retry, edit and
resend, slash commands with completion, and replies that render as text, never as HTML."""

from __future__ import annotations

import gc
import threading

import psutil
import pytest

from app.service import InferenceService
from app.specialists.chat.chat import Chat
from app.specialists.chat.sessions import Sessions
from ui.panels.chat_panel import ChatPanel, MessageView
from ui.untrusted import inert_browser, render_markdown


@pytest.fixture
def panel(qtbot, store, tmp_path):
    service = InferenceService(store)
    chat = Chat(service, Sessions(tmp_path / "chat.sqlite3"))
    widget = ChatPanel(service, chat)
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
        first = ChatPanel(service, Chat(service, sessions, restore=True))
        qtbot.addWidget(first)
        first.run_line("/model smollm2-135m-instruct")
        first.run_line("/set max_tokens 6")
        _send(qtbot, first, "Remember the word lighthouse.")
        again = ChatPanel(service, Chat(service, sessions, restore=True))
        qtbot.addWidget(again)
        assert [m.role for m in again.messages] == ["user", "assistant"]
        assert again.messages[0].text == "Remember the word lighthouse."
    finally:
        service.shutdown()
