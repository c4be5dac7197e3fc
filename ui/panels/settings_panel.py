"""Settings & Benchmark: what this machine has (and why a device is unavailable), the
settings, and the NPU-vs-CPU benchmark with a table, a p50/p95 chart, history and export."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import benchmark
from app.audio.microphone import input_devices
from app.errors import UserError
from app.hardware import Hardware, detect
from app.paths import data_dir
from app.service import InferenceService, Job, Slots
from app.settings import DEVICE_CHOICES, PRIVACY, THEMES, Key, Settings, move_store
from ui.theme import current, is_theme_change
from ui.untrusted import PLAIN, escape, tooltip
from ui.widgets.bench_chart import BenchChart
from ui.widgets.elide import ElidedLabel
from ui.widgets.notice import notify
from ui.widgets.page import MARGINS, empty_state, scrolled

DEVICE_KEYS = {"Voice → Bash": Key.DEVICE_BASH, "Memos": Key.DEVICE_MEMO,
               "Gate": Key.DEVICE_GATE, "Chat": Key.DEVICE_CHAT}
MODEL_KEYS = {"Bash normalizer": (Key.MODEL_BASH_LLM, "generate"),
              "Chat": (Key.MODEL_CHAT, "generate"), "Speech": (Key.MODEL_SPEECH, "transcribe"),
              "Embeddings": (Key.MODEL_EMBED, "embed")}
COLUMNS = ["Workload", "Device", "Load ms", "First ms", "p50 ms", "p95 ms", "Tok/s in/out",
           "Peak MB", "CPU %", "On accel.", "× CPU", "Note"]
HEADER_TIPS = {"Tok/s in/out": "LLM prompt tokens per second (prefill) / generated tokens per "
                               "second (decode)",
               "On accel.": "share of the model's graph placed on the NPU or GPU",
               "× CPU": "speed-up: the CPU's p50 divided by this device's p50 for the same "
                        "workload (above 1: faster than the CPU)",
               "Note": "what really ran the cell; emulated accelerators are not timings of "
                       "real hardware"}


class SettingsPanel(QWidget):
    """``on_change(key, value)`` lets the window apply a setting without a restart."""

    def __init__(self, service: InferenceService, settings: Settings | None = None,
                 on_change: Callable[[Key, object], None] | None = None,
                 hardware: Hardware | None = None) -> None:
        super().__init__(objectName="page")
        self.service = service
        self.settings = settings or Settings()
        self.on_change = on_change or (lambda _k, _v: None)
        self.hardware = hardware or detect()
        self.history = benchmark.open_history()
        self.result: benchmark.BenchResult | None = None
        self.job: Job | None = None
        self.last_error = ""

        # machine
        machine = QFrame(objectName="card")
        ml = QVBoxLayout(machine)
        ml.addWidget(QLabel(f"<b>This machine</b><br>{escape(self.hardware.describe())}",
                            wordWrap=True))
        self.device_labels = [QLabel(wordWrap=True) for _ in self.hardware.devices]
        for label in self.device_labels:
            ml.addWidget(label)
        self._colour_devices()
        privacy = QLabel(PRIVACY, wordWrap=True, objectName="muted")
        ml.addWidget(privacy)
        ml.addStretch(1)

        # settings form
        form_card = QFrame(objectName="card")
        form = QFormLayout(form_card)
        self.device_combos: dict[Key, QComboBox] = {}
        for label, key in DEVICE_KEYS.items():
            combo = self._combo(DEVICE_CHOICES, self.settings[key], key)
            self.device_combos[key] = combo
            form.addRow(f"{label} device", combo)
        self.threads = QSpinBox(minimum=0, maximum=256)
        self.threads.setSpecialValueText("all cores")
        self.threads.setValue(self.settings[Key.THREADS])
        self.threads.valueChanged.connect(lambda v: self._set(Key.THREADS, v))
        form.addRow("Threads", self.threads)
        entries = service.store.entries(include_dev=False)
        self.model_combos: dict[Key, QComboBox] = {}
        for label, (key, task) in MODEL_KEYS.items():
            ids = [e.id for e in entries if e.task == task]
            self.model_combos[key] = self._combo(ids, self.settings[key], key)
            form.addRow(f"{label} model", self.model_combos[key])
        mics = input_devices() or ["(no input device found)"]
        form.addRow("Audio input", self._combo(mics, self.settings[Key.AUDIO_INPUT] or mics[0],
                                               Key.AUDIO_INPUT))
        self.store_label = ElidedLabel(str(self.settings.store_root()),
                                       mode=Qt.TextElideMode.ElideMiddle)
        move = QPushButton("Move…")
        move.clicked.connect(self._move_store_dialog)
        row = QHBoxLayout()
        row.addWidget(self.store_label, 1)
        row.addWidget(move)
        form.addRow("Model store", row)
        self.theme_combo = self._combo(THEMES, self.settings[Key.THEME], Key.THEME)
        form.addRow("Theme", self.theme_combo)
        self.log_folder = QLineEdit(self.settings[Key.LOG_FOLDER] or str(data_dir() / "logs"))
        self.log_folder.editingFinished.connect(
            lambda: self._set(Key.LOG_FOLDER, self.log_folder.text()))
        form.addRow("Log folder", self.log_folder)

        # benchmark
        self.reps = QSpinBox(minimum=1, maximum=1000)
        self.reps.setValue(self.settings[Key.BENCH_REPS])
        self.workload_boxes = {w: QCheckBox(w) for w in benchmark.WORKLOADS}
        for box in self.workload_boxes.values():
            box.setChecked(True)
        self.run_button = QPushButton("Run benchmark", objectName="primary")
        self.run_button.clicked.connect(self.run_benchmark)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.job and self.job.cancel())
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()  # while a run goes
        self.progress_label = QLabel("", objectName="muted", textFormat=PLAIN, wordWrap=True)
        self.empty_label = empty_state(
            "No benchmark yet: choose the workloads and press Run benchmark (a few minutes "
            "with the default repetitions). Each run is kept in the History below.")
        self.history_combo = QComboBox()
        self.history_combo.setPlaceholderText("no runs yet")
        self.history_combo.currentIndexChanged.connect(self._show_history)
        export_json = QPushButton("Export JSON…")
        export_json.clicked.connect(lambda: self._export("json"))
        export_csv = QPushButton("Export CSV…")
        export_csv.clicked.connect(lambda: self._export("csv"))
        controls = QHBoxLayout()
        controls.addWidget(QLabel("Repetitions"))
        controls.addWidget(self.reps)
        for box in self.workload_boxes.values():
            controls.addWidget(box)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addStretch(1)
        history_row = QHBoxLayout()
        history_row.addWidget(QLabel("History"))
        history_row.addWidget(self.history_combo, 1)
        history_row.addWidget(export_json)
        history_row.addWidget(export_csv)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        for col, name in enumerate(COLUMNS):
            if name in HEADER_TIPS:
                self.table.horizontalHeaderItem(col).setToolTip(HEADER_TIPS[name])
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)  # the note elides, tooltip whole
        self.chart_view = BenchChart()
        self.chart = self.chart_view.chart()

        bench = QFrame(objectName="card")
        bl = QVBoxLayout(bench)
        bl.addWidget(QLabel("<b>Benchmark</b> — every workload on every device present; "
                            "warm-up runs are not counted", wordWrap=True))
        bl.addLayout(controls)
        bl.addWidget(self.progress)
        bl.addWidget(self.progress_label)
        self.results = QSplitter(Qt.Orientation.Vertical)  # the table full width, chart under
        self.results.addWidget(self.table)
        self.results.addWidget(self.chart_view)
        self.results.setChildrenCollapsible(False)
        self.results.setSizes([240, 300])
        bl.addWidget(self.empty_label, 1)
        bl.addWidget(self.results, 1)
        self.results.hide()
        bl.addLayout(history_row)

        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(8, 8, 8, 8)
        top_layout.addWidget(machine, 1)
        top_layout.addWidget(form_card, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled(top), "This machine && settings")
        self.tabs.addTab(bench, "Benchmark")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*MARGINS)
        outer.addWidget(QLabel("Settings & Benchmark", objectName="pageTitle"))
        outer.addWidget(self.tabs, 1)
        self._load_history()

    def _colour_devices(self) -> None:
        """Each device's line: available in the theme's green, unavailable muted."""
        theme = current()
        for label, d in zip(self.device_labels, self.hardware.devices, strict=True):
            colour = theme.ok if d.available else theme.muted
            label.setText(f"<span style='color:{colour}'><b>{d.kind.upper()}</b> "
                          f"{'available' if d.available else 'unavailable'}</span> — "
                          f"{escape(d.label)}: {escape(d.reason)}")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_theme_change(event) and hasattr(self, "device_labels"):
            self._colour_devices()
            if self.result is not None:  # the "not run" rows' grey, in the new theme
                self.show_result(self.result)

    def showEvent(self, event) -> None:  # /model on the Chat page changes the chat model
        self.show_model_choices()
        super().showEvent(event)

    def show_model_choices(self) -> None:
        """Each model box shows its setting as it is now (the chat's follows ``/model``)."""
        for key, combo in self.model_combos.items():
            value = self.settings[key]
            if combo.findText(value) < 0:  # an added GGUF or an endpoint
                combo.addItem(value)
            combo.blockSignals(True)
            combo.setCurrentText(value)
            combo.blockSignals(False)

    # -- settings ------------------------------------------------------------------------
    def _combo(self, items, value: str, key: Key) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)  # long names (a microphone) may not widen the page
        combo.addItems(list(items))
        for i, item in enumerate(items):
            combo.setItemData(i, item, Qt.ItemDataRole.ToolTipRole)
        if value in items:
            combo.setCurrentText(value)
        combo.currentTextChanged.connect(lambda v: self._set(key, v))
        return combo

    def _set(self, key: Key, value) -> None:
        try:
            self.settings[key] = value
        except UserError as exc:
            self.last_error = str(exc)
            return
        self.on_change(key, value)

    def move_store(self, path: str) -> None:
        try:
            store = move_store(self.settings, path)
        except UserError as exc:
            self.last_error = str(exc)
            self.progress_label.setText(str(exc))
            return
        self.store_label.setText(str(store.root))
        self.on_change(Key.STORE, str(store.root))

    def _move_store_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Move the model store to…")
        if path:
            self.move_store(path)

    # -- benchmark -----------------------------------------------------------------------
    def run_benchmark(self) -> Job:
        workloads = tuple(w for w, b in self.workload_boxes.items() if b.isChecked())
        reps = self.reps.value()
        self.settings[Key.BENCH_REPS] = reps
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.progress.show()
        self.job = benchmark.submit(self.service, reps, workloads, self.hardware, self.history,
                                    Slots(progress=lambda f, t: (
                                        self.progress.setValue(int(f * 1000)),
                                        self.progress_label.setText(t)),
                                        finished=self._finished, failed=self._failed,
                                        cancelled=lambda _p: self._failed("cancelled")))
        return self.job

    def _finished(self, result: benchmark.BenchResult) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.hide()
        self._load_history()
        self.show_result(result)
        self.progress_label.setText("done")

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.hide()
        self.last_error = message
        self.progress_label.setText(message)

    def show_result(self, result: benchmark.BenchResult) -> None:
        self.result = result
        self.empty_label.hide()
        self.results.show()
        self.table.clearSpans()
        self.table.setRowCount(len(result.cells))
        for row, c in enumerate(result.cells):
            device = c.device.upper() + (" (emulated)" if c.emulated else "")
            if not c.ran:  # one wide cell with the reason, where the numbers would be
                short = benchmark.short_reason(c.reason)
                for col, value in enumerate((c.workload, device, f"not run: {short}")):
                    item = QTableWidgetItem(value)
                    item.setForeground(QColor(current().muted))
                    item.setToolTip(tooltip(c.reason))
                    self.table.setItem(row, col, item)
                self.table.setSpan(row, 2, 1, len(COLUMNS) - 2)
                continue
            for col, value in enumerate(self._row(result, c, device)):
                item = QTableWidgetItem(value)
                if col == len(COLUMNS) - 1:
                    item.setToolTip(tooltip(c.label))
                self.table.setItem(row, col, item)
        self.chart_view.show_result(result)

    @staticmethod
    def _row(result: benchmark.BenchResult, c: benchmark.Cell, device: str) -> list[str]:
        """The table's texts for a cell that ran."""
        m = c.metrics

        def num(key: str) -> str:
            return f"{m[key]:,.1f}" if key in m else ""

        rates = f"{m['prefill_tok_s']:,.0f} / {m['decode_tok_s']:,.0f}" \
            if "decode_tok_s" in m else ""
        share = f"{m['accelerator_share']:.0%}" if c.device != "cpu" and \
            "accelerator_share" in m else ""
        speedup = result.speedup(c)
        return [c.workload, device, num("load_ms"), num("first_ms"), num("p50_ms"),
                num("p95_ms"), rates, f"{m.get('peak_rss_mb', 0):,.0f}",
                f"{m.get('cpu_percent', 0):,.0f}", share,
                "" if speedup is None else f"{speedup:.2f}×", c.label]

    def _load_history(self) -> None:
        runs = self.history.all()
        self.history_combo.blockSignals(True)
        self.history_combo.clear()
        for r in reversed(runs):
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(r.started_at))
            self.history_combo.addItem(f"{when} · {r.reps} reps · "
                                       f"{r.machine.get('cpu', '?')}", r)
        self.history_combo.blockSignals(False)
        if runs and self.result is None:
            self.show_result(runs[-1])

    def _show_history(self, index: int) -> None:
        run = self.history_combo.itemData(index)
        if run is not None:
            self.show_result(run)

    def export(self, path: str, fmt: str) -> None:
        if self.result is None:
            return
        text = (self.result.to_csv() if fmt == "csv" else
                __import__("json").dumps(self.result.to_dict(), indent=2))
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        notify(self, f"Benchmark ({len(self.result.cells)} cells) exported as "
                     f"{fmt.upper()} to {path}")

    def _export(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export benchmark", f"benchmark.{fmt}")
        if path:
            self.export(path, fmt)
