"""The Train view: fine-tune one task's specialist, watch its loss, see what the eval gate
decided, and choose which adapter the specialist uses.

``open_train_dialog(parent, service, task)`` shows it in a non-modal window, one per page and
task, reused: closing the window hides it and a running training goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.service import InferenceService, Job, Slots
from app.training import runner
from app.training.evaluate import EvalResult, GateDecision
from app.training.pipeline import TrainReport, default_data, submit_merge, submit_training
from app.training.registry import Adapter, AdapterError, Registry
from app.training.tasks import get_task
from app.untrusted import for_display
from models.store import UnknownModelError
from ui.theme import current
from ui.untrusted import PLAIN, escape, tooltip
from ui.widgets.page import side_by_side

PURPOSE = {
    "bash": ("Voice → Bash", "Teaches the model to rewrite a dictation, said in any style, as "
             "the spoken command words the Voice → Bash processor turns into a command."),
    "bash-writer": ("Voice → Bash (command writer)", "Teaches the model to write the "
                    "command itself from a dictation (an experiment beside the rewriter, "
                    "which the processor then turns into the command)."),
    "memo": ("Memos", "Teaches the model to read a memo's transcript and answer with its "
             "title, intent and target as JSON."),
    "chat": ("Chat", "Teaches the Gemma base model to answer a question briefly instead of "
             "continuing it, so it works as a plain assistant."),
}
GATE_RULE = ("The new adapter becomes active only if it passes more of the task's eval "
             "examples than the model in use; otherwise it is kept, unused.")
BUNDLE_HINT = ("to train on a GPU machine elsewhere, use `tinyspec train TASK --bundle DIR` "
               "and `tinyspec adapters import DIR`")
RESUME_HINT = ("Cancel keeps the last checkpoint: press Train again with the same data and "
               "epochs to resume from it.")
CHANGED_SHOWN = 50


class Tones(NamedTuple):
    """Colours that read on the current background (light or dark theme)."""

    dark: bool
    good: str
    warn: str
    bad: str
    line: str


def tones_for(widget: QWidget) -> Tones:
    """The tones of the theme in use (``widget``: kept for the callers, unused)."""
    theme = current()
    return Tones(theme.dark, theme.ok, theme.warn, theme.bad, theme.accent)


def _card(*widgets: QWidget) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(objectName="card")
    layout = QVBoxLayout(card)
    for w in widgets:
        layout.addWidget(w)
    return card, layout


def _one_line(text: object, limit: int = 160) -> str:
    return for_display(str(text).replace("\n", " ⏎ "), limit)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _delta(before: float | None, after: float | None) -> str:
    if before is None or after is None:
        return ""
    return f"{(after - before) * 100:+.1f} pts"


def _count_lines(path: Path) -> int | None:
    try:
        with open(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return None


class LossChart(QChartView):
    """The training loss per step, as one line; ``points`` are what it shows."""

    def __init__(self) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_)
        self.points: list[tuple[int, float]] = []
        self.series = QLineSeries()
        self.x_axis, self.y_axis = QValueAxis(), QValueAxis()
        self.x_axis.setTitleText("step")
        self.x_axis.setLabelFormat("%d")
        self.y_axis.setTitleText("loss")
        self.y_axis.setLabelFormat("%.2f")
        self.chart_.addSeries(self.series)
        self.chart_.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)
        self.chart_.setTitle("Training loss")
        self.chart_.legend().hide()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(170)
        self.reset(0)

    def reset(self, steps: int, first: int = 0) -> None:
        """Clear the line for a run of ``steps`` steps starting after step ``first``."""
        self.points.clear()
        self.series.clear()
        self.x_axis.setRange(first, steps if steps > first else first + 100)
        self.x_axis.applyNiceNumbers()
        self.y_axis.setRange(0, 1)

    def add(self, step: int, loss: float, steps: int) -> None:
        self.points.append((step, loss))
        self.series.append(step, loss)
        if steps > self.x_axis.max():
            self.x_axis.setMax(steps)
        top = max(p[1] for p in self.points)
        if top > self.y_axis.max() or len(self.points) == 1:
            self.y_axis.setRange(0, max(top * 1.05, 0.01))
            self.y_axis.applyNiceNumbers()

    def set_tones(self, tones: Tones) -> None:
        """Follow the theme: a transparent background, labels and grid that read on it."""
        self.chart_.setTheme(QChart.ChartTheme.ChartThemeDark if tones.dark
                             else QChart.ChartTheme.ChartThemeLight)
        self.chart_.setBackgroundVisible(False)
        self.setStyleSheet("QChartView { background: transparent; border: none; }")
        pen = QPen(QColor(tones.line))
        pen.setWidthF(2.0)
        self.series.setPen(pen)
        theme = current()
        self.chart_.setTitleBrush(QColor(theme.text))
        for axis in (self.x_axis, self.y_axis):  # quiet grid lines, as in the tables
            axis.setGridLineColor(QColor(theme.grid))
            axis.setLinePenColor(QColor(theme.control_border))
            axis.setLabelsColor(QColor(theme.muted))
            axis.setTitleBrush(QColor(theme.muted))


class TrainView(QWidget):
    """Train one task (``task`` is a name in ``app.training.tasks.TASKS``). ``job`` is the
    running training, ``last_report`` the last :class:`TrainReport`, ``last_error`` the last
    error shown."""

    def __init__(self, service: InferenceService, task: str) -> None:
        super().__init__(objectName="page")
        self.setStyleSheet("QLabel { background: transparent; }")  # on cards, in both themes
        self.service = service
        self.task = get_task(task)
        self.data: Path | None = None  # None: the shipped data
        self.job: Job | None = None
        self.last_report: TrainReport | None = None
        self.last_error = ""
        self.missing: str | None = None
        self._dark: bool | None = None
        self._shown: tuple[GateDecision, str] | None = None
        title, purpose = PURPOSE.get(task, (task, ""))
        header = QVBoxLayout()
        header.addWidget(QLabel(f"Train the {title} specialist", objectName="pageTitle"))
        header.addWidget(QLabel(f"{purpose} {GATE_RULE}", objectName="pageSubtitle",
                                wordWrap=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(header)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_gate(), 1)
        right_layout.addWidget(self._build_adapters())
        layout.addWidget(side_by_side(self._build_training(), right, (480, 520)), 1)
        self.error_label = QLabel("", wordWrap=True, textFormat=PLAIN)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self._show_data()
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _build_training(self) -> QFrame:
        self.base_label = QLabel("", textFormat=PLAIN, wordWrap=True)
        self.data_label = QLabel("", textFormat=PLAIN, wordWrap=True)
        self.choose_button = QPushButton("Choose data…")
        self.choose_button.clicked.connect(self._choose_dialog)
        self.shipped_button = QPushButton("Shipped data")
        self.shipped_button.clicked.connect(lambda: self.set_data(None))
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_label, 1)
        data_row.addWidget(self.choose_button)
        data_row.addWidget(self.shipped_button)
        self.epochs = QDoubleSpinBox()
        self.epochs.setDecimals(1)
        self.epochs.setRange(0.1, 50.0)
        self.epochs.setSingleStep(0.5)
        self.epochs.setValue(1.0)
        self.epochs.setToolTip("Passes over the training data (fractions train on part)")
        self.device = QComboBox()
        self.device.addItem("CPU", "cpu")
        self.device.addItem("GPU (CUDA)", "cuda")
        no_gpu = runner.gpu_missing()
        if no_gpu:
            self.device.model().item(1).setEnabled(False)
            self.device.setItemData(1, f"{no_gpu}; {BUNDLE_HINT}", Qt.ItemDataRole.ToolTipRole)
        form = QFormLayout()
        form.addRow("Base model", self.base_label)
        form.addRow("Data", data_row)
        form.addRow("Epochs", self.epochs)
        form.addRow("Train on", self.device)
        self.missing_label = QLabel("", wordWrap=True, textFormat=PLAIN)
        self.missing_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.train_button = QPushButton("Train", objectName="primary")
        self.train_button.clicked.connect(self.train)
        self.cancel_button = QPushButton("Cancel", enabled=False)
        self.cancel_button.setToolTip(RESUME_HINT)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.progress = QProgressBar(textVisible=False)
        self.progress.setRange(0, 1000)
        self.status_label = QLabel("Not trained in this session yet.", objectName="muted",
                                   wordWrap=True, textFormat=PLAIN)
        self.chart = LossChart()
        card, layout = _card()
        layout.addLayout(form)
        layout.addWidget(self.missing_label)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.chart, 1)
        return card

    def _build_gate(self) -> QFrame:
        self.gate_title = QLabel("<b>Eval gate</b>")
        self.reason_label = QLabel("The gate's result appears here after training, or when "
                                   "you select an adapter.", wordWrap=True, textFormat=PLAIN)
        self.gate_table = QTableWidget(0, 4)
        self.gate_table.setHorizontalHeaderLabels(["Slice", "Before", "After", "Change"])
        self.gate_table.verticalHeader().hide()
        self.gate_table.verticalHeader().setDefaultSectionSize(24)
        self.gate_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.gate_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.changed_label = QLabel("", textFormat=PLAIN)
        self.changed_list = QListWidget()
        self.changed_list.setMinimumHeight(60)
        self.changed_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changed_list.setUniformItemSizes(True)
        self.gate_body = QWidget()
        body = QVBoxLayout(self.gate_body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.gate_table)
        body.addWidget(self.changed_label)
        body.addWidget(self.changed_list, 1)
        self.gate_body.hide()  # until there is a result
        card, layout = _card(self.gate_title, self.reason_label)
        layout.addWidget(self.gate_body, 1)
        layout.addStretch(0)  # takes the room while the body is hidden
        return card

    def _build_adapters(self) -> QFrame:
        self.adapter_list = QListWidget()
        self.adapter_list.setMinimumHeight(60)
        self.adapter_list.setMaximumHeight(110)
        self.adapter_list.setWordWrap(True)
        self.adapter_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.adapter_list.currentItemChanged.connect(self._adapter_selected)
        self.use_button = QPushButton("Use selected")
        self.use_button.clicked.connect(self.use_selected)
        self.base_button = QPushButton("Use base model")
        self.base_button.clicked.connect(self.use_base)
        self.rollback_button = QPushButton("Roll back")
        self.rollback_button.setToolTip("Go back to what was in use before the last change")
        self.rollback_button.clicked.connect(self.roll_back)
        self.export_button = QPushButton("Export merged GGUF…")
        self.export_button.setToolTip("Write the selected adapter folded into its base as one "
                                      "GGUF file, for llama.cpp or another app")
        self.export_button.clicked.connect(self._export_dialog)
        self.active_label = QLabel("", wordWrap=True, textFormat=PLAIN)
        buttons = QHBoxLayout()
        for b in (self.use_button, self.base_button, self.rollback_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        card, layout = _card(QLabel("<b>Adapters</b> (● in use)"), self.adapter_list)
        layout.addLayout(buttons)
        layout.addWidget(self.active_label)
        return card

    # -- state -------------------------------------------------------------------------------
    @property
    def registry(self) -> Registry:
        """The registry of the service's current store (it can move in Settings)."""
        return Registry(self.service.store.root)

    def refresh(self) -> None:
        """Re-read what can change while the view is hidden: the extra, the base, adapters."""
        self.missing = runner.train_extra_missing()
        self.missing_label.setText(self.missing or "")
        self.missing_label.setVisible(bool(self.missing))
        self._show_base()
        self.refresh_adapters()
        self._update_buttons()

    def _show_base(self) -> None:
        store, base = self.service.store, self.task.base
        try:
            name = f"{store.get(base).name} ({base})"
        except UnknownModelError:
            self.base_label.setText(f"{base}: not in the model catalog")
            return
        self.base_label.setText(name if store.is_installed(base) else
                                f"{name}: not installed, get it on the Models page")

    def _update_buttons(self) -> None:
        running = self.job is not None
        ready = not self.missing and self._data_path().is_file()
        self.train_button.setEnabled(ready and not running)
        self.cancel_button.setEnabled(running)
        for w in (self.choose_button, self.shipped_button, self.epochs, self.device):
            w.setEnabled(not running)
        self.shipped_button.setVisible(self.data is not None)
        self.use_button.setEnabled(self.adapter_list.currentItem() is not None)
        self.export_button.setEnabled(self.adapter_list.currentItem() is not None and not running)
        self.base_button.setEnabled(self.registry.active(self.task.name) is not None)
        self.rollback_button.setEnabled(bool(self.registry.history(self.task.name)))

    # -- data --------------------------------------------------------------------------------
    def _data_path(self) -> Path:
        return self.data or default_data(self.task.data_name, "train")

    def set_data(self, path: str | Path | None) -> None:
        """Train on ``path`` (a JSONL file), or on the shipped data when None."""
        self.data = Path(path) if path else None
        self._show_data()
        self._update_buttons()

    def _show_data(self) -> None:
        path = self._data_path()
        count = _count_lines(path) if path.is_file() else None
        if count is None:
            text = (f"{path.name}: not found, choose a JSONL file" if self.data else
                    f"no shipped {self.task.name} data yet: choose a JSONL file")
        else:
            where = "your file" if self.data else "shipped"
            text = f"{path.name} ({where}) · {count:,} examples"
        self.data_label.setText(text)
        self.data_label.setToolTip(tooltip(path))

    def _choose_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Training data", "",
                                              "JSON lines (*.jsonl);;All files (*)")
        if path:
            self.set_data(path)

    # -- training ----------------------------------------------------------------------------
    def train(self) -> Job | None:
        """Start training with the chosen data and epochs (off the GUI thread)."""
        if self.job is not None or self.missing:
            return None
        self._show_error("")
        self.chart.reset(0)
        self.progress.setValue(0)
        self.status_label.setText("starting…")
        slots = Slots(progress=self._on_progress, token=self._on_token,
                      finished=self._on_finished, failed=self._on_failed,
                      cancelled=self._on_cancelled)
        self.job = submit_training(self.service, self.task.name, slots, data=self.data,
                                   epochs=self.epochs.value(), device=self.device.currentData())
        self._update_buttons()
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.status_label.setText("cancelling…")
            self.job.cancel()

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(round(max(0.0, min(1.0, fraction)) * 1000))
        self.status_label.setText(_one_line(text, 300))

    def _on_token(self, record: str) -> None:
        """One trainer record (JSON): ``start`` resets the curve, ``step`` adds a point."""
        try:
            event = json.loads(record)
            kind = event.get("event")
            if kind == "start":
                self.chart.reset(int(event["steps"]), int(event.get("resumed_at") or 0))
            elif kind == "step":
                self.chart.add(int(event["step"]), float(event["loss"]), int(event["steps"]))
        except (ValueError, TypeError, KeyError, AttributeError):
            return  # a record this view does not draw

    def _on_finished(self, report: TrainReport) -> None:
        self.last_report = report
        self._end_job()
        run = report.run
        self.progress.setValue(self.progress.maximum())
        self.status_label.setText(f"Trained {run.steps} steps in {run.seconds / 60:.1f} min: "
                                  f"adapter {report.adapter.id}")
        self.refresh_adapters()
        self.show_decision(report.decision, report.adapter.id)

    def _on_failed(self, message: str) -> None:
        self._end_job()
        self.status_label.setText("Training stopped; the adapter in use is unchanged.")
        self._show_error(message)

    def _on_cancelled(self, _partial: object) -> None:
        self._end_job()
        self.status_label.setText(f"Cancelled. {RESUME_HINT}")

    def _end_job(self) -> None:
        self.job = None
        self._update_buttons()

    # -- the gate's result -------------------------------------------------------------------
    def show_decision(self, decision: GateDecision, adapter_id: str) -> None:
        """The gate's before/after per slice, its reason and the examples that changed."""
        self._shown = (decision, adapter_id)
        tones = tones_for(self)
        self.gate_title.setText(f"<b>Eval gate</b> · {escape(adapter_id, 120)}")
        self.reason_label.setText(decision.reason)
        colour = tones.good if decision.ships else tones.warn
        self.reason_label.setStyleSheet(f"color:{colour}; font-weight:600;")
        self._fill_gate_table(decision.before, decision.after)
        self._fill_changed(decision.changed, tones)
        self.gate_body.show()

    def _fill_gate_table(self, before, after) -> None:
        names = sorted(set(before.slices) | set(after.slices))
        rows = [(n, before.slices.get(n), after.slices.get(n)) for n in names]
        rows.append(("overall", before.overall, after.overall))
        self.gate_table.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, (name, b, a) in enumerate(rows):
            for c, text in enumerate((_one_line(name, 40), _percent(b), _percent(a),
                                      _delta(b, a))):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                if r == len(rows) - 1:
                    item.setFont(bold)
                self.gate_table.setItem(r, c, item)
        table = self.gate_table
        shown = min(len(rows), 6)  # more rows scroll
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 +
                             2 * table.frameWidth() + sum(table.rowHeight(r)
                                                          for r in range(shown)))

    def _fill_changed(self, changed: list[dict], tones: Tones) -> None:
        self.changed_list.clear()
        shown = changed[:CHANGED_SHOWN]
        more = f", the first {CHANGED_SHOWN} shown" if len(changed) > CHANGED_SHOWN else ""
        self.changed_label.setText(f"Examples that changed: {len(changed)}{more}")
        for change in (c for c in shown if isinstance(c, dict)):
            passes = change.get("now") == "passes"
            item = QListWidgetItem(f"{'✔ now passes' if passes else '✘ now fails'} · "
                                   f"{_one_line(change.get('slice', ''), 30)} · "
                                   f"{_one_line(change.get('input', ''))}")
            item.setForeground(QColor(tones.good if passes else tones.bad))
            item.setToolTip(tooltip(f"input: {change.get('input', '')}\n"
                                    f"before: {change.get('before', '')}\n"
                                    f"after: {change.get('after', '')}"))
            self.changed_list.addItem(item)

    # -- adapters ----------------------------------------------------------------------------
    def refresh_adapters(self) -> None:
        """List this task's adapters, the one in use marked, and say which is in use."""
        active = self.registry.active(self.task.name)
        self.adapter_list.clear()
        for adapter in self.registry.adapters(self.task.name):
            in_use = active is not None and adapter.id == active.id
            item = QListWidgetItem(f"{'●' if in_use else '○'} {_one_line(adapter.summary())}")
            item.setData(Qt.ItemDataRole.UserRole, adapter.id)
            item.setToolTip(tooltip(adapter.meta.get("gate") or adapter.folder))
            self.adapter_list.addItem(item)
        empty = "" if self.adapter_list.count() else f" No {self.task.name} adapters yet."
        self.active_label.setText(_active_text(active) + empty)
        self._update_buttons()

    def _adapter_selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        """Show the selected adapter's gate report (kept beside it), if it has one."""
        self._update_buttons()
        if item is None or self.job is not None:
            return
        adapter_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            folder = self.registry.get(self.task.name, adapter_id).folder
            decision = decision_from(json.loads((folder / "report.json").read_text("utf-8")))
        except (AdapterError, OSError, ValueError, KeyError, TypeError, AttributeError):
            return  # no report (a shipped adapter, an older one): nothing to show
        self.show_decision(decision, adapter_id)

    def use_selected(self) -> None:
        item = self.adapter_list.currentItem()
        if item is not None:
            adapter_id = item.data(Qt.ItemDataRole.UserRole)
            self._change(lambda: self.registry.activate(self.task.name, adapter_id))

    def use_base(self) -> None:
        self._change(lambda: self.registry.activate(self.task.name, None))

    def roll_back(self) -> None:
        self._change(lambda: self.registry.rollback(self.task.name))

    def _export_dialog(self) -> None:
        item = self.adapter_list.currentItem()
        if item is None:
            return
        adapter_id = item.data(Qt.ItemDataRole.UserRole)
        path, _ = QFileDialog.getSaveFileName(self, "Export merged GGUF", f"{adapter_id}.gguf",
                                              "GGUF models (*.gguf)")
        if path:
            self.export(adapter_id, Path(path))

    def export(self, adapter_id: str, out: Path) -> Job:
        """Write ``adapter_id`` merged into its base to ``out`` (off the GUI thread)."""
        self._show_error("")
        self.status_label.setText(f"exporting {adapter_id}…")
        slots = Slots(progress=self._on_progress, failed=self._show_error,
                      finished=lambda path: self.status_label.setText(
                          f"Exported {path} ({Path(path).stat().st_size / 1e6:.0f} MB): add it "
                          "on the Models page to chat with it."))
        return submit_merge(self.service, self.task.name, adapter_id, out, slots)

    def _change(self, action) -> None:
        try:
            action()
        except (AdapterError, OSError) as exc:
            self._show_error(str(exc))
        else:
            self._show_error("")
        self.refresh_adapters()

    # -- errors and theme --------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        """One line in the view (no dialog); ``last_error`` keeps it."""
        if message:
            self.last_error = message
        self.error_label.setText(_one_line(message, 1000))
        self.error_label.setVisible(bool(message))

    def _apply_tones(self) -> None:
        tones = tones_for(self)
        if tones.dark == self._dark:
            return
        self._dark = tones.dark
        self.chart.set_tones(tones)
        self.error_label.setStyleSheet(f"color:{tones.bad};")
        self.missing_label.setStyleSheet(f"color:{tones.warn};")
        if self._shown is not None:
            self.show_decision(*self._shown)

    def changeEvent(self, event: QEvent) -> None:
        built = getattr(self, "chart", None) is not None
        if built and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_tones()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        self.ensurePolished()
        self._apply_tones()
        if self.job is None:
            self.refresh()
        super().showEvent(event)


def decision_from(report: dict) -> GateDecision:
    """A :class:`GateDecision` from its ``report.json`` (answers are not kept there)."""
    def result(side: dict) -> EvalResult:
        slices = {str(k): float(v) for k, v in side["slices"].items()}
        return EvalResult(float(side["overall"]), slices, [], [])

    return GateDecision(bool(report["ships"]), str(report["reason"]), result(report["before"]),
                        result(report["after"]), list(report.get("changed") or []))


def _active_text(active: Adapter | None) -> str:
    if active is None:
        return "In use: the base model, no adapter."
    return f"In use: {_one_line(active.summary())}"


class TrainDialog(QDialog):
    """A non-modal window holding one task's :class:`TrainView` (``view``)."""

    def __init__(self, parent: QWidget, service: InferenceService, task: str) -> None:
        super().__init__(parent, objectName=f"train-{task}")
        self.setModal(False)
        self.setWindowTitle(f"Train · {PURPOSE.get(task, (task,))[0]}")
        self.view = TrainView(service, task)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1040, 700)


def train_button(slot: Callable[[], object]) -> QPushButton:
    """The "Train…" button a specialist's page shows; ``slot`` opens its Train window."""
    button = QPushButton("Train…")
    button.setToolTip("Fine-tune this specialist on your data, gated on its eval set")
    button.clicked.connect(slot)
    return button


def open_train_dialog(parent: QWidget, service: InferenceService, task: str) -> TrainDialog:
    """Show the Train window for ``task`` over ``parent``, made once and reused."""
    dialog = parent.findChild(TrainDialog, f"train-{task}",
                              Qt.FindChildOption.FindDirectChildrenOnly)
    if dialog is None:
        dialog = TrainDialog(parent, service, task)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
