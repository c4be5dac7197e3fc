"""The Chat page: replies streamed and rendered as Markdown (never as live HTML), code blocks
with Copy, Stop, Retry, edit-and-resend, per-reply speed and device, a context meter, the
system prompt and sampling settings in view, and slash commands with completion."""

from __future__ import annotations

import re

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
from app.specialists.chat.chat import Chat
from app.specialists.chat.commands import COMMANDS, Outcome
from app.specialists.chat.conversation import format_stats
from ui.untrusted import PLAIN, inert_browser, render_markdown
from ui.widgets.page import page_layout, side_by_side
from ui.widgets.train_view import TrainDialog, open_train_dialog, train_button

CODE_BLOCK = re.compile(r"```[^\n]*\n(.*?)(?:```|$)", re.DOTALL)
TRIMMING = ("When the conversation outgrows the context, the oldest turns are left out (the "
            "system prompt is always kept); the reply says how many.")


class MessageView(QFrame):
    """One message: rendered text, then (for replies) stats and copy buttons."""

    def __init__(self, role: str, text: str = "") -> None:
        super().__init__(objectName="card")
        self.role = role
        self.text = text
        self.browser = inert_browser()
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stats = QLabel("", objectName="muted", wordWrap=True, textFormat=PLAIN)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        who = {"user": "You", "assistant": "Model", "note": "—"}[role]
        layout.addWidget(QLabel(f"<b>{who}</b>"))
        layout.addWidget(self.browser)
        layout.addWidget(self.stats)
        layout.addLayout(self.buttons)
        if role == "note":
            self.setStyleSheet("QFrame#card { background: #f0f3f8; }")
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        if self.role == "note":
            self.browser.setPlainText(text)
        else:
            render_markdown(self.browser, text)
        doc_height = self.browser.document().size().height()
        self.browser.setFixedHeight(int(min(max(doc_height + 12, 28), 2000)))

    def finish(self, stats: str) -> None:
        self.stats.setText(stats)
        copy = QPushButton("Copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        self.buttons.addWidget(copy)
        for i, code in enumerate(CODE_BLOCK.findall(self.text), start=1):
            button = QPushButton(f"Copy code {i}")
            button.clicked.connect(lambda _c=False, c=code: QGuiApplication.clipboard().setText(
                c.rstrip("\n")))
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)


class ChatPanel(QWidget):
    """``messages`` are the views shown; ``job`` the reply being streamed."""

    def __init__(self, service: InferenceService, chat: Chat | None = None) -> None:
        super().__init__(objectName="page")
        self.service = service
        self.chat = chat or Chat(service, restore=True)  # the last session comes back
        self.job: Job | None = None
        self.messages: list[MessageView] = []
        self._streaming: MessageView | None = None
        self._pieces: list[str] = []
        self._editing = False

        # top: model, device, notice, context meter
        self.model_combo = QComboBox()
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
        self.meter.setMinimumWidth(240)
        self.model_note = QLabel("", wordWrap=True, objectName="muted", textFormat=PLAIN)
        top = QHBoxLayout()
        for w in (QLabel("Model"), self.model_combo, open_gguf, QLabel("Device"),
                  self.device_combo, QLabel("Context"), self.meter):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(train_button(self.open_training))

        # conversation
        self.feed = QVBoxLayout()
        self.feed.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.feed)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(holder)
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
        self.notice = QLabel("", wordWrap=True, textFormat=PLAIN)
        self.notice.setStyleSheet("color:#a15c00;")
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

        layout = page_layout(self, "Chat")
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
        self.model_note.setText(f"{self.chat.conv.model_id}: {self.chat.model_note()}")
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
        return self._handle(self.chat.send(text, self._stream_slots()), text)

    def use_model(self, model_id: str, device: str) -> None:
        """Settings chose another chat model or device: the next reply uses them."""
        self.chat.conv.device = device
        outcome = self.chat.switch_model(model_id)
        if outcome.error:
            self._add("note", f"⚠ {outcome.text}")
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
            self.chat.run_action(result, Slots(
                finished=lambda line: self._add("note", line),
                failed=lambda m: self._add("note", f"⚠ {m}")))
            if result.text:
                self._add("note", ("⚠ " if result.error else "") + result.text)
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
            self.scroll.verticalScrollBar().setValue(self.scroll.verticalScrollBar().maximum())

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
        if self.job is not None:
            self.job.cancel()

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
        from app.specialists.chat.conversation import format_stats as fmt

        for turn in self.chat.conv.turns:
            view = self._add(turn.role, turn.content)
            if turn.role == "assistant":
                view.finish(fmt(turn.stats) if turn.stats else "")

    def _add(self, role: str, text: str) -> MessageView:
        view = MessageView(role, text)
        self.feed.insertWidget(self.feed.count() - 1, view)
        self.messages.append(view)
        QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(
            self.scroll.verticalScrollBar().maximum()))
        return view

    def _remove_last(self) -> None:
        view = self.messages.pop()
        self.feed.removeWidget(view)
        view.deleteLater()
