"""The Chat page: replies streamed and rendered as Markdown (never as live HTML), code blocks
with Copy, Stop (at once, even before the first token), Retry, edit-and-resend, per-reply
speed and device, a context meter, the system prompt and sampling settings in view, slash
commands with completion and their output as cards, and an empty state saying what to do.

The chat model is one setting (``Key.MODEL_CHAT``): the page starts on it, and ``/model``,
``/load`` and the model box write it, so Settings and Home show the same model."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.service import InferenceService, Job, Slots
from app.service.jobs import GenerationResult
from app.settings import Key, Settings
from app.specialists.chat.chat import Chat
from app.specialists.chat.commands import COMMANDS, Outcome
from app.specialists.chat.conversation import format_stats
from ui.untrusted import PLAIN
from ui.widgets.chat_view import FollowBottom, MessageView, inline_code_html
from ui.widgets.page import empty_state, page_layout, side_by_side
from ui.widgets.train_view import TrainDialog, open_train_dialog, train_button

TRIMMING = ("When the conversation outgrows the context, the oldest turns are left out (the "
            "system prompt is always kept); the reply says how many.")


class ChatPanel(QWidget):
    """``messages`` are the views shown; ``job`` the reply being streamed."""

    def __init__(self, service: InferenceService, chat: Chat | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(objectName="page")
        self.service = service
        self.settings = settings or Settings()
        self.chat = chat or Chat(service, restore=True)  # the last session comes back
        if self.chat.conv.model_id != self.settings[Key.MODEL_CHAT]:
            self.chat.switch_model(self.settings[Key.MODEL_CHAT])  # the user's chosen model
        self.job: Job | None = None
        self.messages: list[MessageView] = []
        self._streaming: MessageView | None = None
        self._pieces: list[str] = []
        self._editing = False

        # top: model, device, notice, context meter
        self.model_combo = QComboBox()
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(20)  # a long added model's name may not widen it
        self._fill_models()
        self.model_combo.activated.connect(
            lambda _i: self.run_line(f"/model {self.model_combo.currentData()}"))
        open_gguf = QPushButton("Open GGUF…")
        open_gguf.clicked.connect(self._open_gguf)
        self.device_combo = QComboBox()
        self.device_combo.addItems(["cpu", "gpu", "npu"])
        self.device_combo.activated.connect(
            lambda _i: self.run_line(f"/device {self.device_combo.currentText()}"))
        self.meter = QProgressBar()
        self.meter.setMinimumWidth(160)  # the page fits a 1024×640 window
        self.model_note = QLabel("", wordWrap=True, objectName="muted",
                                 textFormat=Qt.TextFormat.RichText)
        top = QHBoxLayout()
        for w in (QLabel("Model"), self.model_combo, open_gguf, QLabel("Device"),
                  self.device_combo, QLabel("Context"), self.meter):
            top.addWidget(w)
        top.addStretch(1)

        # conversation: the empty state, then one card per message
        self.empty = empty_state()
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.feed = QVBoxLayout()
        self.feed.addWidget(self.empty)
        self.feed.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.feed)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(holder)
        self.follow = FollowBottom(self.scroll)
        self.input = QLineEdit(placeholderText="Message, or / for commands (/help)")
        self.input.setMaxLength(2**31 - 1)
        completer = QCompleter([f"/{n}" for n in COMMANDS], self.input)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.input.setCompleter(completer)
        self.input.returnPressed.connect(self.submit)
        self.send_button = QPushButton("Send", objectName="primary")
        self.send_button.clicked.connect(self.submit)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.retry_button = QPushButton("Retry")
        self.retry_button.clicked.connect(lambda: self.run_line("/retry"))
        self.edit_button = QPushButton("Edit last")
        self.edit_button.clicked.connect(self.edit_last)
        self.notice = QLabel("", wordWrap=True, textFormat=PLAIN, objectName="fallback")
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        for b in (self.send_button, self.stop_button, self.retry_button, self.edit_button):
            row.addWidget(b)
        convo = QWidget()
        cl = QVBoxLayout(convo)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.model_note)
        cl.addWidget(self.scroll, 1)
        cl.addWidget(self.notice)
        cl.addLayout(row)

        # side: system prompt and sampling
        self.system_edit = QPlainTextEdit(self.chat.conv.system)
        self.system_edit.textChanged.connect(
            lambda: setattr(self.chat.conv, "system", self.system_edit.toPlainText()))
        p = self.chat.conv.params
        self.temp = self._spin(QDoubleSpinBox(), 0, 5, p.temperature, "temperature", 0.05)
        self.top_p = self._spin(QDoubleSpinBox(), 0, 1, p.top_p, "top_p", 0.05)
        self.top_k = self._spin(QSpinBox(), 0, 1000, p.top_k, "top_k")
        self.max_tokens = self._spin(QSpinBox(), 1, 8192, p.max_tokens, "max_tokens")
        side = QFrame(objectName="card")
        form = QFormLayout(side)
        form.addRow(QLabel("<b>System prompt</b>"))
        form.addRow(self.system_edit)
        form.addRow("Temperature", self.temp)
        form.addRow("Top p", self.top_p)
        form.addRow("Top k", self.top_k)
        form.addRow("Max tokens", self.max_tokens)
        form.addRow(QLabel(TRIMMING, wordWrap=True, objectName="muted"))

        layout = page_layout(self, "Chat", trailing=(train_button(self.open_training),))
        layout.addLayout(top)
        layout.addWidget(side_by_side(convo, side, (760, 300)), 1)
        self._render_timer = QTimer(self, singleShot=True, interval=40)
        self._render_timer.timeout.connect(self._render_stream)
        self.show_conversation()
        self.refresh_status()

    def open_training(self) -> TrainDialog:
        """The Train window of the chat task (one, reused)."""
        return open_train_dialog(self, self.service, "chat")

    # -- setup helpers -------------------------------------------------------------------
    def _fill_models(self) -> None:
        self.model_combo.clear()
        for e in self.service.store.entries(include_dev=False):
            if e.task == "generate":
                self.model_combo.addItem(e.name, e.id)
        idx = self.model_combo.findData(self.chat.conv.model_id)
        if idx >= 0:
            self.model_combo.setCurrentIndex(idx)

    def _spin(self, box, lo, hi, value, attr: str, step: float | None = None):
        box.setRange(lo, hi)
        if step:
            box.setSingleStep(step)
        box.setValue(value)
        box.valueChanged.connect(lambda v: setattr(self.chat.conv.params, attr, v))
        return box

    def _open_gguf(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a GGUF model", "", "GGUF (*.gguf)")
        if path:
            self.run_line(f"/model {path}")
            self._fill_models()

    def refresh_status(self) -> None:
        used = self.chat.context_used()
        self.meter.setRange(0, self.chat.conv.n_ctx)
        self.meter.setValue(min(used, self.chat.conv.n_ctx))
        self.meter.setFormat(f"≈{used} / {self.chat.conv.n_ctx} tokens")
        self.meter.setTextVisible(True)
        model = self.chat.conv.model_id
        self.model_note.setText(inline_code_html(f"{model}: {self.chat.model_note()}"))
        self.empty.setText(self._empty_text())
        if self.settings[Key.MODEL_CHAT] != model:  # one source of truth for every page
            self.settings[Key.MODEL_CHAT] = model
        idx = self.model_combo.findData(self.chat.conv.model_id)
        if idx >= 0:
            self.model_combo.setCurrentIndex(idx)
        self.device_combo.setCurrentText(self.chat.conv.device)
        p = self.chat.conv.params
        for box, value in ((self.temp, p.temperature), (self.top_p, p.top_p),
                           (self.top_k, p.top_k), (self.max_tokens, p.max_tokens)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        if self.system_edit.toPlainText() != self.chat.conv.system:
            self.system_edit.blockSignals(True)
            self.system_edit.setPlainText(self.chat.conv.system)
            self.system_edit.blockSignals(False)

    def _empty_text(self) -> str:
        """What to do on an empty page: the model, whether it is here, and /help."""
        model = self.chat.conv.model_id
        try:
            missing = not self.service.store.state(model).installed
        except KeyError:  # an endpoint
            missing = False
        if missing:
            return inline_code_html(
                f"The chat model {model} is not installed yet. Fetch it on the Models page "
                f"(or run `tinyspec models fetch {model}`), or choose another model above.")
        return inline_code_html(
            f"Chatting with {model}: {self.chat.model_note()}.\n\nType a message below and "
            "press Enter. `/help` lists the commands; `/model` switches the model.")

    # -- sending -------------------------------------------------------------------------
    def submit(self) -> Job | Outcome | None:
        text = self.input.text()
        if not text.strip() or self.job is not None:
            return None
        self.input.clear()
        if self._editing:
            self._editing = False
            while self.messages and self.messages[-1].role != "user":
                self._remove_last()
            if self.messages:
                self._remove_last()
            return self._handle(self.chat.edit_last(text, self._stream_slots()), text)
        return self.run_line(text)

    def run_line(self, text: str) -> Job | Outcome:
        """Send a message or run a command, as typed; the page follows its output."""
        self.follow.follow()
        return self._handle(self.chat.send(text, self._stream_slots()), text)

    def use_model(self, model_id: str, device: str) -> None:
        """Settings chose another chat model or device: the next reply uses them."""
        self.chat.conv.device = device
        outcome = self.chat.switch_model(model_id)
        if outcome.error:
            self._add("note", f"⚠ {outcome.text}", "Settings")
        self.refresh_status()

    def _stream_slots(self) -> Slots:
        return Slots(token=self._on_token, finished=self._on_finished,
                     cancelled=self._on_finished, failed=self._on_failed)

    def _handle(self, result: Job | Outcome, text: str) -> Job | Outcome:
        if isinstance(result, Outcome):
            if result.reshown:
                self.show_conversation()
            if result.copy is not None:
                QGuiApplication.clipboard().setText(result.copy)
            title = text.strip()
            self.chat.run_action(result, Slots(
                finished=lambda line: self._add("note", line, title),
                failed=lambda m: self._add("note", f"⚠ {m}", title)))
            if result.text:
                self._add("note", ("⚠ " if result.error else "") + result.text, title)
            self.refresh_status()
            return result
        self._drop_replaced_replies(typed=not text.strip().startswith("/"))
        if not text.strip().startswith("/"):
            self._add("user", text if len(text) <= 5000 else text[:5000] + " …")
        self.notice.setText(self.chat.notice)
        self.job = result
        self._pieces = []
        self._streaming = self._add("assistant", "")
        self.stop_button.setEnabled(True)
        self.send_button.setEnabled(False)
        return result

    def _drop_replaced_replies(self, typed: bool) -> None:
        """Remove the views of replies the chat dropped (``/retry``): every turn but a newly
        typed message already has its view."""
        shown = sum(v.role in ("user", "assistant") for v in self.messages)
        stale = shown - (len(self.chat.conv.turns) - int(typed))
        while stale > 0 and self.messages and self.messages[-1].role == "assistant":
            self._remove_last()
            stale -= 1

    def _on_token(self, piece: str) -> None:
        self._pieces.append(piece)
        if not self._render_timer.isActive():
            self._render_timer.start()

    def _render_stream(self) -> None:
        if self._streaming is not None:
            self._streaming.set_text("".join(self._pieces))

    def _on_finished(self, result: GenerationResult | None) -> None:
        view = self._streaming
        self._end()
        if view is not None and result is not None:
            view.set_text(result.text + ("\n\n*(stopped)*" if result.cancelled else ""))
            stats = self.chat.conv.turns[-1].stats if self.chat.conv.turns else {}
            view.finish(format_stats(stats))
        self.refresh_status()

    def _on_failed(self, message: str) -> None:
        self._end()  # the chat has already taken the user's turn back
        if self._streaming_last_is_empty():
            self._remove_last()
        self._add("note", f"⚠ {message}")

    def _streaming_last_is_empty(self) -> bool:
        return bool(self.messages) and self.messages[-1].role == "assistant" and \
            not self.messages[-1].text

    def _end(self) -> None:
        self._render_timer.stop()
        self.job = None
        self._streaming = None
        self.stop_button.setEnabled(False)
        self.send_button.setEnabled(True)

    def stop(self) -> None:
        """Stop the reply now: the page is ready at once (even before the first token) and
        nothing the stopped job sends afterwards is shown."""
        if self.job is None:
            return
        text = self.chat.stop()
        view = self._streaming
        self._end()
        if view is not None and text is not None:
            view.set_text(text + "\n\n*(stopped)*")
            view.finish("stopped")
        self.refresh_status()

    def edit_last(self) -> None:
        last = next((t.content for t in reversed(self.chat.conv.turns) if t.role == "user"),
                    None)
        if last is not None:
            self.input.setText(last)
            self._editing = True
            self.input.setFocus()

    # -- views ---------------------------------------------------------------------------
    def show_conversation(self) -> None:
        """Rebuild the views from the conversation (after /clear, /undo, /load)."""
        while self.messages:
            self._remove_last()
        for turn in self.chat.conv.turns:
            view = self._add(turn.role, turn.content)
            if turn.role == "assistant":
                view.finish(format_stats(turn.stats) if turn.stats else "")

    def _add(self, role: str, text: str, title: str = "") -> MessageView:
        """A card at the end of the feed (the page follows it unless scrolled up)."""
        view = MessageView(role, text, title)
        self.feed.insertWidget(self.feed.count() - 1, view)
        self.messages.append(view)
        self._show_empty()
        return view

    def _remove_last(self) -> None:
        view = self.messages.pop()
        self.feed.removeWidget(view)
        view.deleteLater()
        self._show_empty()

    def _show_empty(self) -> None:
        """The empty state stays above command output until the first message."""
        self.empty.setVisible(all(v.role == "note" for v in self.messages))
