"""The Voice → Bash page: hold to talk (or type), see the transcript, the command in an
editable field, the route and each stage's timing, a safety banner, Copy, an optional
explanation, and a searchable history. Nothing on this page runs a command."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.audio.microphone import Recorder, input_devices
from app.defaults import DEFAULTS
from app.errors import UserError
from app.service import InferenceService, Job, Slots
from app.specialists.bash import BashResult, BashSpecialist
from app.specialists.bash.pipeline import BashPipeline
from app.specialists.bash.safety import Verdict, check
from app.specialists.bash.your_words import YourWords, suggestions
from ui.panels.bash_words import WordsOffer, YourWordsDialog, described
from ui.theme import current
from ui.untrusted import PLAIN, escape, plain_box, tooltip
from ui.widgets.mic import microphone_problem, no_microphone
from ui.widgets.notice import notify
from ui.widgets.page import empty_state, page_layout, side_by_side
from ui.widgets.train_view import TrainDialog, open_train_dialog, train_button

PTT_KEY = Qt.Key.Key_F8
ROUTE_BADGES = {"processor": ("processor", "ok"), "llm": ("LLM", "warn"),
                "none": ("no command", "")}
"""The route badge: what built the command and its tone (the stylesheet's colours), or
plain grey when nothing could be built."""
INSTEAD = "type the dictation below"
EXPLAIN_SYSTEM = ("Explain in one short sentence what this shell command does. Do not run it "
                  "and do not suggest other commands.")


class BashPanel(QWidget):
    """``last_result`` holds the latest :class:`BashResult` (for tests and the trace)."""

    def __init__(self, service: InferenceService, bash: BashSpecialist | None = None,
                 recorder: Recorder | None = None) -> None:
        super().__init__(objectName="page")
        self.service = service
        self.bash = bash or BashSpecialist(service)
        self.recorder = recorder or Recorder()
        self.last_result: BashResult | None = None
        self.last_error = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # input: push to talk or type
        self.talk_button = QPushButton("Hold to talk (F8)", objectName="primary")
        self.talk_button.pressed.connect(self.start_talking)
        self.talk_button.released.connect(self.stop_talking)
        self.level = QProgressBar(objectName="level")
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setMinimumWidth(48)
        self.level.setMaximumWidth(140)
        self.elapsed = QLabel("0.0 s", objectName="muted")
        self.speech_combo = QComboBox()
        self.speech_combo.addItems(list(DEFAULTS.speech_choices))
        self.speech_combo.currentTextChanged.connect(self._set_speech_model)
        self.use_llm = QCheckBox("Use the LLM when needed")
        self.use_llm.setChecked(True)
        mic_row = QHBoxLayout()
        for w in (self.talk_button, self.level, self.elapsed, self.use_llm):
            mic_row.addWidget(w)
        mic_row.addStretch(1)
        self.has_microphone = recorder is not None or bool(input_devices())
        if not self.has_microphone:
            self.talk_button.setEnabled(False)
            self.talk_button.setToolTip(no_microphone(INSTEAD))
        self.typed = QLineEdit(placeholderText="…or type what you would say, e.g. "
                               "\"git commit dash m quote fix typo quote\", and press Enter")
        self.typed.returnPressed.connect(lambda: self.convert(self.typed.text()))
        self.transcript = QLabel("", objectName="muted", wordWrap=True)
        self._meter = QTimer(self, interval=50)
        self._meter.timeout.connect(self._update_meter)

        # output
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(13)
        self.command = QLineEdit(placeholderText="the command appears here; edit it freely")
        self.command.setFont(mono)
        self.verdict = Verdict(False)  # of whatever is in the command field, kept current
        self._waiting_note = False  # the notes line says what a conversion waits for
        self.command.textChanged.connect(self._check_command)
        self.command.editingFinished.connect(self.offer_words)
        self.words_offer = WordsOffer()
        self.words_offer.remember.connect(self.remember_words)
        self._offered: set[tuple[str, str]] = set()  # (command edited, words) offered once
        self.route_badge = QLabel("", objectName="badge")
        self.route_badge.hide()  # until there is a route to show
        self.banner = QLabel("", wordWrap=True, textFormat=PLAIN, objectName="banner")
        self.banner.hide()
        self.copy_button = QPushButton("Copy")
        self.copy_button.clicked.connect(self.copy)
        self.copy_terminal = QPushButton("Copy for terminal")
        self.copy_terminal.setToolTip("Copies the command as plain text with no line break, "
                                      "so pasting it into a terminal does not run it.")
        self.copy_terminal.clicked.connect(self.copy_for_terminal)
        self.explain_button = QPushButton("Explain")
        self.explain_button.clicked.connect(self.explain)
        self.explanation = QLabel("", objectName="muted", wordWrap=True, textFormat=PLAIN)
        self.notes = QLabel("", objectName="muted", wordWrap=True, textFormat=PLAIN)
        self.explanation.hide()  # each shown while it has something to say
        self.notes.hide()
        actions = QHBoxLayout()
        for w in (self.route_badge, self.copy_button, self.copy_terminal, self.explain_button):
            actions.addWidget(w)
        actions.addStretch(1)
        self.trace = QTableWidget(0, 3)
        self.trace.setHorizontalHeaderLabels(["Stage", "ms", "Output"])
        self.trace.verticalHeader().hide()
        self.trace.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trace.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.trace.setMinimumHeight(110)

        # history
        self.search = QLineEdit(placeholderText="Search history…")
        self.search.textChanged.connect(self.refresh_history)
        self.history_list = QListWidget()
        self.history_list.setWordWrap(True)
        self.history_list.itemDoubleClicked.connect(self._recall)
        self.history_empty = empty_state()
        history = QWidget()
        hl = QVBoxLayout(history)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(QLabel("<b>History</b> (double-click to reuse)", wordWrap=True))
        hl.addWidget(self.search)
        hl.addWidget(self.history_empty, 1)  # one of the two is shown, and fills the column
        hl.addWidget(self.history_list, 1)

        main = QWidget()
        ml = QVBoxLayout(main)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addLayout(mic_row)
        ml.addWidget(self.typed)
        ml.addWidget(self.transcript)
        ml.addWidget(self.banner)
        ml.addWidget(self.command)
        ml.addLayout(actions)
        ml.addWidget(self.words_offer)
        ml.addWidget(self.explanation)
        ml.addWidget(self.notes)
        ml.addWidget(self.trace, 1)
        card = QFrame(objectName="card")
        QVBoxLayout(card).addWidget(main)
        self.words_button = QPushButton("Your words…")
        self.words_button.setToolTip("Names you say for symbols (\"dog\" for @), read first")
        self.words_button.clicked.connect(self.open_words)
        layout = page_layout(self, "Voice → Bash", "Say a command the way you would spell it "
                             "out. It is shown, explained and checked for danger; it is never "
                             "run.", (QLabel("Speech:"), self.speech_combo,
                                      self.words_button, train_button(self.open_training)))
        layout.addWidget(side_by_side(card, history, (680, 320)), 1)
        self.refresh_history()

    def open_words(self) -> YourWordsDialog | None:
        """The window to teach your words for symbols; a damaged file is reported, kept."""
        try:
            words = self.bash.your_words()
        except UserError as exc:
            self._show_error(str(exc))
            return None
        dialog = YourWordsDialog(words, self)
        dialog.open()
        return dialog

    def open_training(self) -> TrainDialog:
        """The Train window of the bash task (one, reused)."""
        return open_train_dialog(self, self.service, "bash")

    # -- push to talk --------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == PTT_KEY and not event.isAutoRepeat():
            self.start_talking()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == PTT_KEY and not event.isAutoRepeat():
            self.stop_talking()
        else:
            super().keyReleaseEvent(event)

    def start_talking(self) -> None:
        if self.recorder.recording:
            return
        if not self.has_microphone:  # F8 with nothing to record from
            self._show_error(no_microphone(INSTEAD))
            return
        try:
            self.recorder.start()
        except OSError as exc:
            self._show_error(microphone_problem(str(exc), INSTEAD, self.has_microphone))
            return
        self.transcript.setText("listening…")
        self._meter.start()

    def stop_talking(self) -> Job | None:
        if not self.recorder.recording:
            return None
        self._meter.stop()
        audio = self.recorder.stop()
        self.level.setValue(0)
        if audio.size < 1600:
            self.transcript.setText("too short: hold the button while you speak")
            return None
        return self.transcribe(audio)

    def _update_meter(self) -> None:
        self.level.setValue(min(100, int(self.recorder.level * 400)))
        self.elapsed.setText(f"{self.recorder.elapsed:.1f} s")

    def _set_speech_model(self, model_id: str) -> None:
        self.bash.speech_model = model_id

    def transcribe(self, audio) -> Job:
        """Speech to text, then on to the command."""
        self.transcript.setText("transcribing…")
        return self.bash.transcribe(audio, Slots(
            progress=lambda _f, text: self.transcript.setText(escape(f"“{text}”")),
            finished=self._transcribed, failed=self._show_error))

    def _transcribed(self, result: dict) -> None:
        text = " ".join(s.text for s in result["segments"]).strip()
        if not text:
            self.transcript.setText("no speech detected")
            return
        self.transcript.setText(escape(f"heard: “{text}”"))
        self.convert(text)

    # -- conversion ----------------------------------------------------------------------
    def convert(self, text: str) -> Job | None:
        if not text.strip():
            return None
        return self.bash.convert(text, use_llm=self.use_llm.isChecked(),
                                 slots=Slots(status=self._show_status,
                                             finished=self.show_result, failed=self._show_error))

    def _show_status(self, text: str) -> None:
        """What a long conversion waits for (the first merge of the trained normalizer)."""
        self.notes.setText(text)
        self.notes.setVisible(bool(text))
        self._waiting_note = bool(text)

    def show_result(self, result: BashResult) -> None:
        self.last_result = result
        self.command.setText(result.output)
        text, tone = ROUTE_BADGES.get(result.route, ROUTE_BADGES["processor"])
        self.route_badge.setText(text)
        self.route_badge.setProperty("tone", tone)
        self.route_badge.style().unpolish(self.route_badge)  # the tone's colours
        self.route_badge.style().polish(self.route_badge)
        self.route_badge.show()
        self.notes.setText(" · ".join(result.notes))
        self.notes.setVisible(bool(result.notes))
        self._waiting_note = False
        self.explanation.setText("")
        self.explanation.hide()
        self.words_offer.withdraw()
        self.trace.setRowCount(len(result.stages))
        for row, stage in enumerate(result.stages):
            for col, value in enumerate((stage.name, f"{stage.ms:.2f}",
                                         stage.output + (f"  ({stage.note})" if stage.note
                                                         else ""))):
                self.trace.setItem(row, col, QTableWidgetItem(value))
        self._check_command(self.command.text())
        self.refresh_history()

    def _check_command(self, text: str) -> None:
        """The danger check on whatever the field holds (typed, edited, reused, pasted or
        returned): the banner and the trace's safety row follow it."""
        self.verdict = check(text)
        if self.verdict.flagged:
            self.banner.setText("⚠ Dangerous: " + "; ".join(self.verdict.reasons))
        self.banner.setVisible(self.verdict.flagged)
        row = next((r for r in range(self.trace.rowCount())
                    if self.trace.item(r, 0) and self.trace.item(r, 0).text() == "safety"), None)
        if row is not None:
            edited = self.last_result is not None and text != self.last_result.output
            state = "flagged" if self.verdict.flagged else "ok"
            self.trace.setItem(row, 2, QTableWidgetItem(
                f"{state}  (the command as edited)" if edited else state))

    def copy(self) -> str:
        """Put the command on the clipboard as one line of plain text; nothing is run."""
        text = " ".join(self.command.text().splitlines()).strip()
        QGuiApplication.clipboard().setText(text)
        notify(self, "Copied the command as one plain line: nothing was run" if text else
               "Nothing to copy: the command field is empty")
        self.offer_words()
        return text

    def offer_words(self) -> list:
        """After the command was edited: the words of yours that would have given the edit
        ("open bracket" read as [ and edited to a paren), offered once, never saved
        unasked."""
        result, edited = self.last_result, self.command.text()
        if result is None or edited == result.output:
            return []
        try:
            mine = self.bash.your_words().entries
        except UserError:
            return []  # the damaged file was reported when it was read

        def read(words: YourWords) -> str:  # the rules, with yours and those: the edit?
            return BashPipeline(tools=self.bash.tools, words=YourWords(
                mine + words.entries)).run(result.input, use_llm=False).output

        known = {(e.said, e.means) for e in mine}
        offer = [e for e in suggestions(result.input, result.output, edited, read)
                 if (e.said, e.means) not in known]
        key = (edited, repr(offer))
        if offer and key not in self._offered:
            self._offered.add(key)
            self.words_offer.offer(offer)
        return offer

    def remember_words(self, entries: list) -> None:
        """Add the offered words to yours and save them; every dictation reads them next."""
        try:
            words = self.bash.your_words()
            for e in entries:
                words.add(e)
            words.save()
        except (UserError, OSError) as exc:
            self._show_error(f"your words were not saved: {exc}")
            return
        notify(self, "Saved to your words: " + described(entries))

    def copy_for_terminal(self) -> str | None:
        """Copy, but a flagged command only after the user says yes to its reasons."""
        if self.verdict.flagged and not self.confirm_dangerous_copy():
            notify(self, "Not copied: the flagged command stays out of the clipboard")
            return None
        text = self.copy()
        if text:
            notify(self, "Copied for the terminal: paste it into a shell and press Enter "
                         "yourself; nothing was run")
        return text

    def confirm_dangerous_copy(self) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = plain_box(self, QMessageBox.Icon.Warning, "Copy a dangerous command?",
                        "This command was flagged:\n\n" + "\n".join(
                            f"• {r}" for r in self.verdict.reasons) +
                        "\n\nCopy it for the terminal anyway? Nothing is run.", buttons)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def explain(self) -> Job | None:
        """Ask the model what the command does; shown as its words, beside the verdict."""
        command = self.command.text().strip()
        if not command:
            return None
        verdict = check(command)
        label = (f"⚠ flagged: {'; '.join(verdict.reasons)}. " if verdict.flagged
                 else "Safety check: ok. ")
        label += f"The model ({self.bash.llm_model}) says, and may be wrong: "
        self.explanation.setText(label + "…")
        self.explanation.show()
        pieces: list[str] = []

        def done(result) -> None:
            first = result.text.strip().splitlines()[0] if result.text.strip() else ""
            self.explanation.setText(label + (f"“{first}”" if first else "nothing useful"))

        return self.service.generate(
            self.bash.llm_model,
            [{"role": "system", "content": EXPLAIN_SYSTEM},
             {"role": "user", "content": command}], slots=Slots(
                token=lambda t: (pieces.append(t),
                                 self.explanation.setText(label + "“" + "".join(pieces))),
                finished=done, failed=self._show_error))

    # -- history -------------------------------------------------------------------------
    def refresh_history(self) -> None:
        query = self.search.text()
        entries = self.bash.history.search(query)
        self.history_list.clear()
        self.history_empty.setText(
            "" if entries else f"Nothing in the history matches “{query.strip()[:60]}”."
            if query.strip() else "No commands yet: hold F8 (or the button) and say one, or "
            "type it in the box on the left. Each one lands here.")
        self.history_empty.setVisible(not entries)
        self.history_list.setVisible(bool(entries))
        for e in entries:
            item = QListWidgetItem(("⚠ " if e.flagged else "") + e.output)
            item.setToolTip(tooltip(f"said: {e.input}\nroute: {e.route}"))
            item.setData(Qt.ItemDataRole.UserRole, e.output)
            self.history_list.addItem(item)

    def _recall(self, item: QListWidgetItem) -> None:
        """Reuse a history entry: checked again; copied at once only when not flagged."""
        self.command.setText(item.data(Qt.ItemDataRole.UserRole))
        if not self.verdict.flagged:
            self.copy()

    def _show_error(self, message: str) -> None:
        self.last_error = message
        if self._waiting_note:  # the wait it told of is over
            self.notes.hide()
            self._waiting_note = False
        self.transcript.setText(f"<span style='color:{current().bad}'>{escape(message)}</span>")
