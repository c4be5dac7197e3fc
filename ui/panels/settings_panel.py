"""Settings & Benchmark: what this machine has (and why a device is unavailable), the
settings, and the NPU-vs-CPU benchmark with a table, a p50/p95 chart, history and export."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
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
    QScrollArea,
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
from ui.untrusted import PLAIN, escape, tooltip
from ui.widgets.notice import notify

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
        ml.addWidget(QLabel(f"<b>This machine</b><br>{escape(self.hardware.describe())}"))
        for d in self.hardware.devices:
            color = "#1d7a3a" if d.available else "#6b7280"
            text = QLabel(f"<span style='color:{color}'><b>{d.kind.upper()}</b> "
                          f"{'available' if d.available else 'unavailable'}</span> — "
                          f"{escape(d.label)}: {escape(d.reason)}", wordWrap=True)
            ml.addWidget(text)
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
        for label, (key, task) in MODEL_KEYS.items():
            ids = [e.id for e in entries if e.task == task]
            form.addRow(f"{label} model", self._combo(ids, self.settings[key], key))
        mics = input_devices() or ["(no input device found)"]
        form.addRow("Audio input", self._combo(mics, self.settings[Key.AUDIO_INPUT] or mics[0],
                                               Key.AUDIO_INPUT))
        self.store_label = QLabel(str(self.settings.store_root()), wordWrap=True, textFormat=PLAIN)
        move = QPushButton("Move…")
        move.clicked.connect(self._move_store_dialog)
        row = QHBoxLayout()
        row.addWidget(self.store_label, 1)
        row.addWidget(move)
        form.addRow("Model store", row)
        form.addRow("Theme", self._combo(THEMES, self.settings[Key.THEME], Key.THEME))
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
        self.progress_label = QLabel("", objectName="muted", textFormat=PLAIN)
        self.history_combo = QComboBox()
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
        self.chart_view = self._make_chart_view()

        bench = QFrame(objectName="card")
        bl = QVBoxLayout(bench)
        bl.addWidget(QLabel("<b>Benchmark</b> — every workload on every device present; "
                            "warm-up runs are not counted"))
        bl.addLayout(controls)
        bl.addWidget(self.progress)
        bl.addWidget(self.progress_label)
        results = QSplitter(Qt.Orientation.Vertical)  # the table full width, the chart under
        results.addWidget(self.table)
        if self.chart_view is not None:
            results.addWidget(self.chart_view)
        results.setSizes([240, 300])
        bl.addWidget(results, 1)
        bl.addLayout(history_row)

        top = QSplitter()
        top.addWidget(machine)
        top.addWidget(form_card)
        top.setSizes([460, 560])
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scrolled(top), "This machine && settings")
        self.tabs.addTab(bench, "Benchmark")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 16)
        outer.addWidget(QLabel("Settings & Benchmark", objectName="pageTitle"))
        outer.addWidget(self.tabs, 1)
        self._load_history()

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        return scroll

    # -- settings ------------------------------------------------------------------------
    def _combo(self, items, current: str, key: Key) -> QComboBox:
        combo = QComboBox()
        combo.addItems(list(items))
        if current in items:
            combo.setCurrentText(current)
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
        self._load_history()
        self.show_result(result)
        self.progress_label.setText("done")

    def _failed(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.last_error = message
        self.progress_label.setText(message)

    def show_result(self, result: benchmark.BenchResult) -> None:
        self.result = result
        self.table.clearSpans()
        self.table.setRowCount(len(result.cells))
        for row, c in enumerate(result.cells):
            device = c.device.upper() + (" (emulated)" if c.emulated else "")
            if not c.ran:  # one wide cell with the reason, where the numbers would be
                short = benchmark.short_reason(c.reason)
                for col, value in enumerate((c.workload, device, f"not run: {short}")):
                    item = QTableWidgetItem(value)
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(tooltip(c.reason))
                    self.table.setItem(row, col, item)
                self.table.setSpan(row, 2, 1, len(COLUMNS) - 2)
                continue
            for col, value in enumerate(self._row(result, c, device)):
                item = QTableWidgetItem(value)
                if col == len(COLUMNS) - 1:
                    item.setToolTip(tooltip(c.label))
                self.table.setItem(row, col, item)
        self._update_chart(result)

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

    # -- chart ---------------------------------------------------------------------------
    def _make_chart_view(self):
        try:
            from PySide6.QtCharts import QChart, QChartView
        except ImportError:
            return None
        self.chart = QChart()
        self.chart.setTitle("Latency per cell (ms, log scale): p50 and p95")
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(self.chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    def _update_chart(self, result: benchmark.BenchResult) -> None:
        if self.chart_view is None:
            return
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QLogValueAxis

        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        ran = [c for c in result.cells if c.ran]
        if not ran:
            return
        p50, p95 = QBarSet("p50"), QBarSet("p95")
        p50.setColor(Qt.GlobalColor.darkBlue)
        p95.setColor(Qt.GlobalColor.lightGray)
        for c in ran:
            p50.append(max(c.metrics["p50_ms"], 0.01))
            p95.append(max(c.metrics["p95_ms"], 0.01))
        series = QBarSeries()
        series.append(p50)
        series.append(p95)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"{c.workload}\n{c.device.upper()}" + (" (emulated)" if c.emulated else "")
                  for c in ran])
        y = QLogValueAxis()
        y.setBase(10)
        y.setLabelFormat("%g")
        y.setMin(0.5)
        y.setMax(max(c.metrics["p95_ms"] for c in ran) * 2)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
