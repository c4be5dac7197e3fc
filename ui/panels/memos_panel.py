"""The Memos page: record (device, level, elapsed, pause/resume, Ctrl+Shift+R) or import,
watch segments arrive with a progress bar and Cancel, click a segment to hear it, and keep
memos in a searchable library (intent badge, needs-review filter, edit, finalize, delete with
undo, export, open the audio folder). An unfinished recording found at start is offered back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audio.microphone import input_devices
from app.audio.recording import DiskRecorder, recover, unfinished
from app.defaults import DEFAULTS
from app.errors import UserError
from app.service import InferenceService, Job, Slots
from app.specialists.memo import Memo, MemoSpecialist
from app.specialists.memo.extract import INTENTS
from ui.theme import current, is_theme_change
from ui.untrusted import PLAIN, escape, tooltip
from ui.widgets.mic import microphone_problem, no_microphone
from ui.widgets.notice import notify
from ui.widgets.page import empty_state, page_layout, side_by_side
from ui.widgets.train_view import TrainDialog, open_train_dialog, train_button

INTENT_COLORS = {"light": {"research": "#6d28d9", "email": "#1d4ed8", "call": "#047857",
                           "schedule": "#a14a06"},
                 "dark": {"research": "#c4b5fd", "email": "#93c5fd", "call": "#6ee7b7",
                          "schedule": "#fcd34d"}}
"""The intent's colour per theme (each reads on that theme's inputs); "none" is muted."""
INSTEAD = "use Import audio…"


class MemosPanel(QWidget):
    """``current`` is the memo shown in the editor; ``job`` the transcription running."""

    def __init__(self, service: InferenceService, memos: MemoSpecialist | None = None,
                 recorder: DiskRecorder | None = None) -> None:
        super().__init__(objectName="page")
        self.service = service
        self.memos = memos or MemoSpecialist(service)
        self.recorder = recorder or DiskRecorder(self.memos.recordings)
        self.current: Memo | None = None
        self.job: Job | None = None
        self.last_error = ""
        self._undo: int | None = None
        self._player = None

        # recording bar
        self.device_combo = QComboBox()
        self.device_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device_combo.setMinimumContentsLength(16)  # a long device name may not widen it
        devices = input_devices()
        self.device_combo.addItems(devices or ["no microphone found"])
        self.device_combo.setEnabled(bool(devices))
        self.device_combo.setToolTip(tooltip(", ".join(devices)) if devices else
                                     no_microphone(INSTEAD))
        self.has_microphone = bool(devices) or recorder is not None
        self.record_button = QPushButton("● Record", objectName="primary")
        self.record_button.clicked.connect(self.toggle_recording)
        self.record_button.setEnabled(self.has_microphone)
        if not self.has_microphone:
            self.record_button.setToolTip(no_microphone(INSTEAD))
        self.pause_button = QPushButton("Pause")
        self.pause_button.setEnabled(False)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.level = QProgressBar(objectName="level")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setMinimumWidth(48)
        self.level.setMaximumWidth(120)
        self.elapsed = QLabel("0:00", objectName="muted")
        self.import_button = QPushButton("Import audio…")
        self.import_button.clicked.connect(self._import_dialog)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+R"), self, activated=self.toggle_recording)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)  # from any page
        self.speech_combo = QComboBox()
        self.speech_combo.addItems(list(DEFAULTS.speech_choices))
        self.speech_combo.currentTextChanged.connect(
            lambda model_id: setattr(self.memos, "speech_model", model_id))
        bar = QHBoxLayout()
        for w in (QLabel("Input:"), self.device_combo, self.record_button, self.pause_button,
                  self.level, self.elapsed):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        self._meter = QTimer(self, interval=100)
        self._meter.timeout.connect(self._tick)

        # transcription progress
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel("", objectName="muted", wordWrap=True)
        prog = QHBoxLayout()
        prog.addWidget(self.progress, 1)
        prog.addWidget(self.cancel_button)

        # library list
        self.search = QLineEdit(placeholderText="Search titles and transcripts…")
        self.search.textChanged.connect(self.refresh)
        self.review_only = QPushButton("Needs review")
        self.review_only.setCheckable(True)
        self.review_only.toggled.connect(self.refresh)
        self.undo_button = QPushButton("Undo delete")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_delete)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.review_only)
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._select)
        self.empty_label = empty_state()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        ll.addWidget(self.empty_label, 1)  # one of the two is shown, and fills the column
        ll.addWidget(self.list, 1)
        ll.addWidget(self.undo_button)

        # editor
        self.title_edit = QLineEdit()
        self.intent_combo = QComboBox()
        self.intent_combo.addItems(list(INTENTS))
        self.target_edit = QLineEdit()
        self.review_label = QLabel("", wordWrap=True, textFormat=PLAIN, objectName="fallback")
        self.editor_hint = empty_state("Pick a memo on the left to read, play, correct or "
                                       "finalize it.")
        self.segments = QListWidget()
        self.segments.setWordWrap(True)  # a long segment wraps instead of running off
        self.segments.itemClicked.connect(self._play_segment)
        self.save_button = QPushButton("Save")
        self.save_button.clicked.connect(self.save_edits)
        self.final_button = QPushButton("Finalize", objectName="primary")
        self.final_button.clicked.connect(lambda: self.save_edits(final=True))
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = QPushButton("Export…")
        self.export_button.clicked.connect(self._export_dialog)
        self.folder_button = QPushButton("Audio folder")
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.memos.library.audio_dir))))
        form = QFormLayout()
        form.addRow("Title", self.title_edit)
        form.addRow("Intent", self.intent_combo)
        form.addRow("Target", self.target_edit)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.final_button, self.delete_button, self.export_button,
                  self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        editor = QFrame(objectName="card")
        el = QVBoxLayout(editor)
        el.addWidget(self.editor_hint)
        el.addLayout(form)
        el.addWidget(self.review_label)
        el.addWidget(QLabel("<b>Transcript</b> (click a segment to hear it)"))
        el.addWidget(self.segments, 1)
        el.addLayout(buttons)

        layout = page_layout(self, "Memos", "Record a thought; it comes back transcribed, "
                             "titled and tagged. Audio is saved as it is recorded.",
                             (QLabel("Speech:"), self.speech_combo,
                              train_button(self.open_training)))
        layout.addLayout(bar)
        layout.addLayout(prog)
        layout.addWidget(self.status)
        layout.addWidget(side_by_side(left, editor, (420, 600)), 1)
        self._set_editor_enabled(False)
        self.refresh()
        self.offer_recovery()  # before anything can start a new recording

    def open_training(self) -> TrainDialog:
        """The Train window of the memo task (one, reused)."""
        return open_train_dialog(self, self.service, "memo")

    # -- recording -----------------------------------------------------------------------
    def toggle_recording(self) -> Job | None:
        if not self.recorder.recording:
            if not self.has_microphone:  # Ctrl+Shift+R, from any page, with nothing to record
                self._error(notify(self, no_microphone(INSTEAD)))
                return None
            try:
                self.recorder.device = self.device_combo.currentText() \
                    if self.device_combo.isEnabled() else None
                self.recorder.start()
            except UserError as exc:
                message = str(exc)
                if "microphone" in message:
                    message = microphone_problem(message, INSTEAD, self.has_microphone)
                self._error(notify(self, message))
                return None
            self.record_button.setText("■ Stop")
            self.pause_button.setEnabled(True)
            self._meter.start()
            self.status.setText(escape(f"recording to {self.recorder.path}"))
            return None
        self._meter.stop()
        self.record_button.setText("● Record")
        self.pause_button.setEnabled(False)
        self.pause_button.setText("Pause")
        self.level.setValue(0)
        try:
            path = self.recorder.stop()
        except UserError as exc:
            self._error(str(exc))
            path = self.recorder.path
        return self.add_audio(path)

    def toggle_pause(self) -> None:
        if self.recorder.paused:
            self.recorder.resume()
            self.pause_button.setText("Pause")
        else:
            self.recorder.pause()
            self.pause_button.setText("Resume")

    def _tick(self) -> None:
        self.level.setValue(min(100, int(self.recorder.level * 400)))
        secs = int(self.recorder.elapsed)
        self.elapsed.setText(f"{secs // 60}:{secs % 60:02d}")
        if self.recorder.error:
            self.status.setText(f"<span style='color:{current().bad}'>"
                                f"{escape(self.recorder.error)}</span>")

    def offer_recovery(self) -> list[Path]:
        """Unfinished recordings from a crash are repaired and offered for transcription."""
        found = [p for p in unfinished(self.memos.recordings) if p != self.recorder.path]
        recovered = [recover(p) for p in found]
        if recovered:
            names = ", ".join(p.name for p in recovered)
            self.status.setText(escape(f"Recovered {len(recovered)} unfinished recording(s): "
                                       f"{names}"))
            box = QMessageBox(QMessageBox.Icon.Question, "Memos",
                              f"The app stopped while recording. {len(recovered)} recording(s) "
                              "were recovered. Transcribe them now?",
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self)
            box.setModal(False)
            box.accepted.connect(lambda: [self.add_audio(p) for p in recovered])
            box.show()
            self.recovery_box = box
        return recovered

    # -- transcription -------------------------------------------------------------------
    def add_audio(self, path: str | Path) -> Job:
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.segments.clear()
        self.job = self.memos.add(path, Slots(
            started=lambda: self.status.setText(
                f"preparing {Path(path).name} (decoding, finding speech)…"),
            progress=self._progress, status=self._step, finished=self._added,
            failed=self._failed,
            cancelled=lambda _p: self._failed("cancelled")))
        return self.job

    def _progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.segments.addItem(text)
        self.status.setText(f"transcribing… {fraction:.0%}")

    def _step(self, text: str) -> None:
        """A step with no fraction after the transcript (the title, a first merge): said, and
        the bar busy."""
        self.progress.setRange(0, 0)
        self.status.setText(escape(text))

    def _done(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.job = None

    def _added(self, memo: Memo) -> None:
        self._done()
        by = f" — titled by {memo.method}" if memo.method else ""
        self.status.setText(escape(f"added “{memo.title}”{by}"))
        self.refresh()
        self.show_memo(memo)

    def _failed(self, message: str) -> None:
        self._done()
        if message.startswith("cancelled"):
            self.status.setText("transcription cancelled; nothing was added, the audio is kept")
        else:
            self._error(message)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import audio", "",
            "Audio (*.wav *.flac *.mp3 *.m4a *.aac *.ogg *.opus *.mp4 *.webm);;All files (*)")
        if path:
            self.add_audio(path)

    # -- library -------------------------------------------------------------------------
    def refresh(self) -> None:
        """The list for the search and filter, a message saying why when it is empty, and
        the details pane following it (the shown memo stays if listed, else the first)."""
        import time

        review = True if self.review_only.isChecked() else None
        query = self.search.text().strip()
        memos = self.memos.library.list(needs_review=review, query=query)
        self.list.blockSignals(True)
        self.list.clear()
        for m in memos:
            when = time.strftime("%d %b %H:%M", time.localtime(m.created_at))
            flag = "  ⚑ review" if m.needs_review else ("  ✓" if m.final else "")
            item = QListWidgetItem(f"{m.title}\n{when} · {m.duration:.0f} s · {m.intent}{flag}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setToolTip(tooltip(m.transcript, 300))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty_label.setText(self._empty_message(query, review) if not memos else "")
        self.empty_label.setVisible(not memos)
        self.list.setVisible(bool(memos))
        self._follow_list([m.id for m in memos])

    def _empty_message(self, query: str, review: bool | None) -> str:
        if query:
            where = " among the memos that need review" if review else ""
            return f"No memo matches “{query[:80]}”{where}."
        if review:
            return "Nothing needs review: every memo has a clear title, intent and target."
        if not self.has_microphone:
            return ("No memos yet. Import a recording (Import audio…, or File ▸ Import audio "
                    "as a memo); with a microphone plugged in, ● Record works too.")
        return "No memos yet. Record one (● Record, or Ctrl+Shift+R) or import audio."

    def _follow_list(self, ids: list[int]) -> None:
        """The details pane shows a listed memo, or nothing when the list is empty."""
        if self.current is not None and self.current.id in ids:
            row = ids.index(self.current.id)
        elif ids:
            row = 0
        else:
            self.current = None
            self._clear_editor()
            return
        self.list.setCurrentRow(row)  # shows it through _select
        if self.current is None or self.current.id != ids[row]:
            self.show_memo(self.memos.library.get(ids[row]))

    def _clear_editor(self) -> None:
        for w in (self.title_edit, self.target_edit):
            w.clear()
        self.review_label.setText("")
        self.segments.clear()
        self._set_editor_enabled(False)

    def _select(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_memo(self.memos.library.get(item.data(Qt.ItemDataRole.UserRole)))

    def show_memo(self, memo: Memo) -> None:
        self.current = memo
        self._set_editor_enabled(True)
        self.title_edit.setText(memo.title)
        self.intent_combo.setCurrentText(memo.intent)
        self.target_edit.setText(memo.target)
        self._colour_intent()
        self.review_label.setText("Needs review: " + "; ".join(memo.review_reasons)
                                  if memo.needs_review else "")
        self.segments.clear()
        for seg in memo.segments or [{"start": 0, "text": memo.transcript}]:
            item = QListWidgetItem(f"[{seg['start']:6.1f} s] {seg['text']}")
            item.setData(Qt.ItemDataRole.UserRole, seg["start"])
            self.segments.addItem(item)

    def _colour_intent(self) -> None:
        """The intent in its colour for the current theme (muted for "none")."""
        if self.current is None:
            self.intent_combo.setStyleSheet("")
            return
        theme = current()
        colour = INTENT_COLORS[theme.name].get(self.current.intent, theme.muted)
        self.intent_combo.setStyleSheet(f"QComboBox:enabled {{ color:{colour}; "
                                        "font-weight:600; }")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_theme_change(event) and hasattr(self, "intent_combo"):
            self._colour_intent()

    def _set_editor_enabled(self, on: bool) -> None:
        for w in (self.title_edit, self.intent_combo, self.target_edit, self.save_button,
                  self.final_button, self.delete_button):
            w.setEnabled(on)
        self.editor_hint.setVisible(not on)

    def save_edits(self, final: bool = False) -> None:
        if self.current is None:
            return
        fields = {"title": self.title_edit.text().strip() or self.current.title,
                  "intent": self.intent_combo.currentText(),
                  "target": self.target_edit.text().strip()}
        if final:
            fields["final"] = True
        self.current = self.memos.library.update(self.current.id, **fields)
        self.refresh()  # a memo that leaves the list (no longer needs review) leaves the pane
        if self.current is not None:
            self.show_memo(self.current)

    def delete_current(self) -> None:
        if self.current is None:
            return
        self.memos.library.delete(self.current.id)
        self._undo = self.current.id
        title = self.current.title
        short = title if len(title) <= 40 else title[:39].rstrip() + "…"
        self.undo_button.setText(f"Undo delete of “{short}”")  # the whole title on hover
        self.undo_button.setProperty("fullText", f"Undo delete of “{title}”")
        self.undo_button.setToolTip(tooltip(f"Undo delete of “{title}”"))
        self.undo_button.show()
        self.current = None
        self._set_editor_enabled(False)
        self.refresh()

    def undo_delete(self) -> None:
        if self._undo is not None:
            self.memos.library.restore(self._undo)
            self._undo = None
            self.undo_button.hide()
            self.refresh()

    def _export_dialog(self) -> None:
        """Which memos (the selected one or the whole library), where, then what was
        written where."""
        everything = self.memos.library.list()
        if not everything:
            self.status.setText("nothing to export: the library is empty")
            return
        scope = self._ask_export_scope(len(everything))
        if scope is None:
            return
        count = 1 if scope == "selected" else len(everything)
        title = "Export the selected memo" if scope == "selected" else f"Export {count} memos"
        path, _ = QFileDialog.getSaveFileName(self, title, "memos.md",
                                              "Markdown (*.md);;JSON (*.json)")
        if path:
            self.export_memos(scope, path)

    def _ask_export_scope(self, total: int) -> str | None:
        """"selected" or "all" (asked only when a memo is selected), None when cancelled."""
        if self.current is None:
            return "all"
        noun = "memo" if total == 1 else "memos"
        box = QMessageBox(QMessageBox.Icon.Question, "Export memos",
                          f"Export the selected memo (“{self.current.title[:60]}”) or the "
                          f"whole library ({total} {noun})?", parent=self)
        selected = box.addButton("Selected memo", QMessageBox.ButtonRole.AcceptRole)
        whole = box.addButton(f"All {total} {noun}", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {selected: "selected", whole: "all"}.get(box.clickedButton())

    def export_memos(self, scope: str, path: str | Path) -> int:
        """Write the selected memo or all of them; the status line says how many, where."""
        memos = [self.current] if scope == "selected" and self.current else \
            self.memos.library.list()
        fmt = "json" if str(path).endswith(".json") else "md"
        try:
            written = self.memos.library.export(memos, path, fmt)
        except UserError as exc:
            self._error(str(exc))
            return 0
        noun = "memo" if len(memos) == 1 else "memos"
        self.status.setText(escape(f"exported {len(memos)} {noun} to {written}"))
        notify(self, f"Exported {len(memos)} {noun} to {written}")
        return len(memos)

    def _play_segment(self, item: QListWidgetItem) -> None:
        """Play the memo's audio from the clicked segment (QtMultimedia)."""
        if self.current is None or not self.current.audio:
            return
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError:
            self._error("audio playback needs QtMultimedia, which is not available here")
            return
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._audio_out = QAudioOutput(self)
            self._player.setAudioOutput(self._audio_out)
        self._player.setSource(QUrl.fromLocalFile(self.current.audio))
        self._player.setPosition(int(float(item.data(Qt.ItemDataRole.UserRole)) * 1000))
        self._player.play()

    def _error(self, message: str) -> None:
        self.last_error = message
        self.status.setText(f"<span style='color:{current().bad}'>{escape(message)}</span>")
