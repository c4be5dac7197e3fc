"""The Voice → Bash page offscreen: typed and spoken dictation (a WAV played through a fake
microphone), the safety banner, Copy as one plain line, and the history search."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from app.audio.microphone import Recorder
from app.service import InferenceService
from app.specialists.bash import BashSpecialist
from app.specialists.gate import GateSpecialist
from tests.fake_audio import WavInputStream
from ui.panels.bash_panel import BashPanel


@pytest.fixture
def make_panel(qtbot, store, tmp_path):
    services = []

    def _make(recorder=None):
        service = InferenceService(store)
        services.append(service)
        gate = GateSpecialist(service, folder=tmp_path / "gate")
        bash = BashSpecialist(service, gate, history_path=tmp_path / "history.sqlite3",
                              tools=frozenset())
        panel = BashPanel(service, bash, recorder)
        qtbot.addWidget(panel)
        panel.show()
        return panel

    yield _make
    for service in services:
        service.shutdown()


def test_typed_dictation_becomes_a_flagged_command(qtbot, make_panel):
    panel = make_panel()
    panel.typed.setText("okay so the command is rm dash rf tilde slash")
    panel.convert(panel.typed.text())
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert panel.command.text() == "rm -rf ~/"
    assert panel.banner.isVisible() and "home folder" in panel.banner.text()
    assert panel.route_badge.text() == "processor"  # known words: the rules keep it
    assert panel.trace.rowCount() == len(panel.last_result.stages)
    assert panel.history_list.count() == 1 and "rm -rf ~/" in panel.history_list.item(0).text()


def test_copy_gives_one_plain_line_and_runs_nothing(qtbot, make_panel):
    panel = make_panel()
    panel.command.setText("echo hello")
    assert panel.copy() == "echo hello"
    assert QGuiApplication.clipboard().text() == "echo hello"
    assert panel.last_notice == "Copied the command as one plain line: nothing was run"


def test_safe_command_has_no_banner_and_history_search_finds_it(qtbot, make_panel):
    panel = make_panel()
    for said in ("git space status", "docker space ps space dash a"):
        panel.last_result = None
        panel.convert(said)
        qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert not panel.banner.isVisible() and panel.command.text() == "docker ps -a"
    panel.search.setText("docker")
    assert panel.history_list.count() == 1
    panel.search.setText("")
    assert panel.history_list.count() == 2


def test_push_to_talk_with_a_played_wav(qtbot, make_panel, speak):
    wav = speak("git status")
    streams = []

    def factory(**kwargs):
        streams.append(WavInputStream(wav, **kwargs))
        return streams[-1]

    panel = make_panel(Recorder(factory))
    assert panel.talk_button.isEnabled()
    panel.start_talking()
    qtbot.waitUntil(lambda: streams and streams[0].done.is_set(), timeout=20_000)
    assert panel.recorder.elapsed > 0
    job = panel.stop_talking()
    assert job is not None
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert "heard" in panel.transcript.text()
    assert panel.command.text() == "git status", panel.transcript.text()


def test_the_danger_check_follows_the_command_field(qtbot, make_panel, monkeypatch):
    panel = make_panel()
    panel.convert("git space status")
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert not panel.banner.isVisible()
    panel.command.setText("rm -rf ~")  # edited by hand
    assert panel.banner.isVisible() and "home folder" in panel.banner.text()
    safety = [panel.trace.item(r, 2).text() for r in range(panel.trace.rowCount())
              if panel.trace.item(r, 0).text() == "safety"]
    assert safety == ["flagged  (the command as edited)"]
    asked: list[bool] = []
    monkeypatch.setattr(panel, "confirm_dangerous_copy", lambda: asked.append(True) or False)
    QGuiApplication.clipboard().setText("untouched")
    assert panel.copy_for_terminal() is None and asked == [True]
    assert QGuiApplication.clipboard().text() == "untouched"
    assert panel.last_notice.startswith("Not copied")
    monkeypatch.setattr(panel, "confirm_dangerous_copy", lambda: True)
    assert panel.copy_for_terminal() == "rm -rf ~"
    panel.command.setText("git status")
    assert not panel.banner.isVisible() and panel.copy_for_terminal() == "git status"
    assert panel.last_notice.startswith("Copied for the terminal: paste it")


def test_reusing_history_rechecks_each_entry(qtbot, make_panel):
    panel = make_panel()
    for said in ("sudo space rm space dash rf space slash", "ls space dash l a"):
        panel.last_result = None
        panel.convert(said)
        qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    items = {panel.history_list.item(i).data(0x0100): panel.history_list.item(i)
             for i in range(panel.history_list.count())}
    QGuiApplication.clipboard().setText("untouched")
    panel._recall(items["sudo rm -rf /"])
    assert panel.command.text() == "sudo rm -rf /" and panel.banner.isVisible()
    assert QGuiApplication.clipboard().text() == "untouched"  # a flagged one is not copied
    panel._recall(items["ls -la"])
    assert panel.command.text() == "ls -la" and not panel.banner.isVisible()
    assert QGuiApplication.clipboard().text() == "ls -la"


def test_prose_that_yields_no_command_says_so_without_a_green_badge(qtbot, make_panel):
    panel = make_panel()
    panel.use_llm.setChecked(False)  # the rules alone: they cannot read a request in prose
    panel.convert("please find me a good recipe for dinner")
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert panel.command.text() == "" and panel.route_badge.text() == "no command"
    assert "#1d7a3a" not in panel.route_badge.styleSheet()
    assert "try spelling it out" in panel.notes.text() and not panel.banner.isVisible()


def test_the_first_trained_dictation_says_it_prepares_the_normalizer(qtbot, make_panel,
                                                                     tmp_path, monkeypatch):
    """The shipped normalizer is merged into its base before its first use (seconds, once):
    the page says so while the dictation waits, and the result replaces the line."""
    from app.service import loader
    from app.specialists.bash import PREPARING

    monkeypatch.setattr(loader, "merged_cache_dir", lambda: tmp_path / "merged")
    panel = make_panel()
    shown, show = [], panel._show_status
    monkeypatch.setattr(panel, "_show_status", lambda text: (
        show(text), shown.append((panel.notes.text(), panel.notes.isVisible()))))
    said = "Nokogiri docs slash index.html to parse the contents of a URL or file."
    panel.convert(said)
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=120_000)
    assert panel.last_result.route == "llm" and shown == [(PREPARING, True)]
    assert PREPARING not in panel.notes.text()
    assert list((tmp_path / "merged").glob("*.gguf"))  # made, and kept for the next time
    panel.last_result = None
    panel.convert(said)
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60_000)
    assert panel.last_result.route == "llm" and len(shown) == 1  # nothing to prepare now
