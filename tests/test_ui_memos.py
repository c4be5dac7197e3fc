"""The Memos page offscreen: record through a fake microphone playing real speech, watch it
transcribed and extracted, recover a crashed recording at start, edit, finalize, filter,
delete with undo, and cancel a transcription."""

from __future__ import annotations

import json

import numpy as np
import pytest
import soundfile

from app.audio.recording import DiskRecorder, wav_header
from app.service import InferenceService
from app.specialists.memo import MemoSpecialist
from tests.fake_audio import WavInputStream, load_16k
from ui.panels.memos_panel import MemosPanel


@pytest.fixture
def make(qtbot, store, tmp_path):
    services = []

    def _make(wav=None):
        service = InferenceService(store)
        services.append(service)
        memos = MemoSpecialist(service, tmp_path / "memos")
        streams = []
        recorder = DiskRecorder(memos.recordings, lambda **kw: streams.append(
            WavInputStream(wav, speed=4.0, **kw)) or streams[-1]) if wav else None
        panel = MemosPanel(service, memos, recorder)
        panel.streams = streams
        qtbot.addWidget(panel)
        panel.show()
        return panel

    yield _make
    for s in services:
        s.shutdown()


def test_record_transcribe_extract(qtbot, make, speak):
    panel = make(speak("Remind me to email Sarah about the revised budget before Thursday."))
    panel.toggle_recording()
    assert panel.recorder.recording and panel.pause_button.isEnabled()
    qtbot.waitUntil(lambda: panel.streams and panel.streams[0].done.is_set(), timeout=20_000)
    panel.toggle_recording()
    qtbot.waitUntil(lambda: panel.current is not None, timeout=60_000)
    memo = panel.current
    assert memo.intent == "email" and memo.target.lower() == "sarah"
    assert panel.intent_combo.currentText() == "email" and panel.list.count() == 1
    assert panel.segments.count() >= 1 and not panel.progress.isVisible()


def test_edit_finalize_filter_delete_undo(qtbot, make):
    panel = make()
    lib = panel.memos.library
    from app.specialists.memo import extract

    for text in ("Call him about the thing.", "Email Sarah about the budget."):
        lib.add(None, text, 3.0, extract(text).to_dict())
    panel.refresh()
    panel.review_only.setChecked(True)
    assert panel.list.count() == 1
    panel.list.setCurrentRow(0)
    panel.target_edit.setText("Tom")
    edited = panel.current.id
    panel.save_edits(final=True)
    assert lib.get(edited).final and lib.get(edited).target == "Tom"
    assert panel.list.count() == 0  # no longer needs review
    assert panel.current is None and not panel.title_edit.text()  # the pane follows the list
    assert "Nothing needs review" in panel.empty_label.text()
    panel.review_only.setChecked(False)
    panel.list.setCurrentRow(0)
    deleted = panel.current.id
    panel.delete_current()
    assert panel.list.count() == 1 and panel.undo_button.isVisible()
    panel.undo_delete()
    assert panel.list.count() == 2 and deleted in [m.id for m in lib.list()]


def test_crashed_recording_is_recovered_and_offered(qtbot, store, tmp_path, speak):
    audio = load_16k(speak("Look up flights to Lisbon for the first week of June."))
    folder = tmp_path / "memos" / "recordings"
    folder.mkdir(parents=True)
    pcm = (audio * 32767).astype("<i2").tobytes()
    (folder / "crash.partial.wav").write_bytes(wav_header(0) + pcm)  # header never updated
    service = InferenceService(store)
    try:
        panel = MemosPanel(service, MemoSpecialist(service, tmp_path / "memos"))
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: "Recovered 1" in panel.status.text(), timeout=5_000)
        recovered = folder / "crash.recovered.wav"
        assert soundfile.info(str(recovered)).duration == pytest.approx(len(audio) / 16000,
                                                                        abs=0.01)
        panel.recovery_box.accept()
        qtbot.waitUntil(lambda: panel.current is not None, timeout=60_000)
        assert panel.current.intent == "research"
    finally:
        service.shutdown()


def test_cancel_leaves_nothing(qtbot, make, tmp_path, speak):
    panel = make()
    speech = load_16k(speak("Call the plumber about the leak."))
    path = tmp_path / "long.wav"
    soundfile.write(str(path), np.concatenate([speech, np.zeros(16000 * 600, np.float32),
                                               speech]), 16000)
    job = panel.add_audio(path)
    qtbot.waitUntil(lambda: "preparing" in panel.status.text(), timeout=60_000)
    panel.cancel()  # while the audio is decoded: the job stops at its first segment
    qtbot.waitUntil(lambda: job.done and not panel.progress.isVisible(), timeout=60_000)
    assert "cancelled" in panel.status.text() and panel.memos.library.list() == []


def test_import_a_phone_m4a_on_the_worker_thread(qtbot, make, tmp_path, speak):
    """An M4A goes through Qt's decoder on the speech worker's thread, not the GUI thread."""
    from tests.test_audio_decode import write_m4a

    panel = make()
    speech = load_16k(speak("Book a table for four at the Italian place on Saturday."))
    job = panel.add_audio(write_m4a(tmp_path / "Voice 012.m4a", speech, 16000))
    qtbot.waitUntil(lambda: job.done and panel.current is not None, timeout=60_000)
    assert job.state == "done" and "table" in panel.current.transcript.lower()
    assert panel.list.count() == 1 and not panel.progress.isVisible()


def test_the_first_memo_says_it_prepares_the_memo_model(qtbot, make, tmp_path, speak,
                                                       monkeypatch):
    """Once transcribed, a memo waits for its title: the first use of the memo adapter merges
    it into its base (seconds, once), and the page says so; later memos say they are titled."""
    from app.service import loader
    from app.specialists.memo import PREPARING, TITLING

    monkeypatch.setattr(loader, "merged_cache_dir", lambda: tmp_path / "merged")
    panel = make()
    shown, busy = [], []
    panel.status.setText = lambda text, set_text=panel.status.setText: (
        shown.append(text), busy.append(panel.progress.maximum() == 0), set_text(text))
    wav = speak("Call the plumber about the leak.")
    for _ in range(2):
        panel.current = None
        panel.add_audio(wav)
        qtbot.waitUntil(lambda: panel.current is not None, timeout=120_000)
    steps = [t for t in shown if t in (PREPARING, TITLING)]
    assert steps == [PREPARING, TITLING], shown
    assert all(busy[i] for i, t in enumerate(shown) if t in steps)  # no fraction: the bar busy
    assert not any(busy[i] for i, t in enumerate(shown) if "transcribing" in t)
    first = shown[:next(i for i, t in enumerate(shown) if t.startswith("added")) + 1]
    assert first.index(PREPARING) == len(first) - 2 and "transcribing" in first[-3]
    assert panel.status.text().startswith("added") and list((tmp_path / "merged").glob("*"))


def test_empty_states_say_why_and_the_pane_follows_the_list(qtbot, make):
    panel = make()
    assert not panel.list.count() and "No memos yet" in panel.empty_label.text()
    assert panel.empty_label.isVisible() and panel.current is None
    lib = panel.memos.library
    from app.specialists.memo import extract

    for text in ("Email Sarah about the budget.", "The plumber fixed the boiler today."):
        lib.add(None, text, 2.0, extract(text).to_dict())
    panel.refresh()
    assert panel.list.count() == 2 and not panel.empty_label.isVisible()
    assert panel.current is not None  # the first listed memo is shown
    panel.search.setText("plumbr")
    assert panel.list.count() == 0 and "No memo matches “plumbr”" in panel.empty_label.text()
    assert panel.current is None and not panel.segments.count()
    panel.search.setText("plumber")
    assert panel.list.count() == 1 and "boiler" in panel.current.transcript
    panel.search.clear()
    panel.review_only.setChecked(True)
    assert "Nothing needs review" in panel.empty_label.text() and panel.current is None


def test_transcripts_wrap(qtbot, make):
    from app.specialists.memo import extract

    panel = make()
    long = "We should " + "really look at the quarterly numbers again " * 12 + "today."
    panel.memos.library.add(None, long, 9.0, extract(long).to_dict())
    panel.refresh()
    assert panel.segments.wordWrap() and panel.segments.count() == 1
    assert panel.segments.horizontalScrollBar().maximum() == 0  # nothing runs off the side


def test_export_asks_selected_or_all_and_says_what_it_wrote(qtbot, make, tmp_path,
                                                            monkeypatch):
    panel = make()
    lib = panel.memos.library
    from app.specialists.memo import extract

    for text in ("Email Sarah about the budget.", "Call the dentist about Friday.",
                 "The garden needs a new fence."):
        lib.add(None, text, 2.0, extract(text).to_dict())
    panel.refresh()
    panel.list.setCurrentRow(1)
    asked = []
    monkeypatch.setattr(panel, "_ask_export_scope", lambda n: asked.append(n) or "selected")
    monkeypatch.setattr("ui.panels.memos_panel.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "one.json"), ""))
    panel._export_dialog()
    one = json.loads((tmp_path / "one.json").read_text())
    assert asked == [3] and [m["id"] for m in one] == [panel.current.id]
    assert "exported 1 memo to" in panel.status.text() and "one.json" in panel.status.text()
    monkeypatch.setattr(panel, "_ask_export_scope", lambda n: "all")
    monkeypatch.setattr("ui.panels.memos_panel.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "all.md"), ""))
    panel._export_dialog()
    assert (tmp_path / "all.md").read_text().count("\n# ") + 1 == 3
    assert "exported 3 memos to" in panel.status.text()
    assert panel.last_notice.startswith("Exported 3 memos to")
    monkeypatch.setattr(panel, "_ask_export_scope", lambda n: None)  # cancelled
    panel._export_dialog()
    assert "exported 3 memos" in panel.status.text() and not (tmp_path / "none.md").exists()
    assert panel.export_memos("all", tmp_path / "missing" / "x.md") == 0
    assert "could not be written" in panel.last_error


def test_the_export_question_offers_both_choices(qtbot, make):
    panel = make()
    from app.specialists.memo import extract

    panel.memos.library.add(None, "Email Sarah about the budget.", 2.0,
                            extract("Email Sarah about the budget.").to_dict())
    panel.refresh()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = []

    def answer():
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        seen.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text().startswith("All")).click()

    QTimer.singleShot(200, answer)
    assert panel._ask_export_scope(1) == "all"
    assert "Selected memo" in seen and "All 1 memo" in seen
