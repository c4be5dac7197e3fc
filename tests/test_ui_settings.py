"""The Settings & Benchmark page offscreen: a benchmark run from the button fills the table,
the chart and the history; exports round-trip; settings persist and reach the window."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from app.benchmark import BenchResult
from app.service import InferenceService
from app.settings import Key, Settings
from ui.panels.settings_panel import SettingsPanel


def test_benchmark_from_the_page(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    service = InferenceService(store)
    changes = []
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        panel = SettingsPanel(service, settings, lambda k, v: changes.append((k, v)))
        qtbot.addWidget(panel)
        panel.show()
        panel.reps.setValue(2)
        for name, box in panel.workload_boxes.items():
            box.setChecked(name == "embedding")
        job = panel.run_benchmark()
        assert not panel.run_button.isEnabled()
        qtbot.waitUntil(lambda: job.done and panel.run_button.isEnabled(), timeout=120_000)
        result = panel.result
        assert result is not None and panel.table.rowCount() == len(result.cells)
        cpu_row = next(i for i, c in enumerate(result.cells) if c.device == "cpu")
        p50 = result.cells[cpu_row].metrics["p50_ms"]
        assert panel.table.item(cpu_row, 4).text() == f"{p50:,.1f}"
        if panel.chart_view is not None:
            assert panel.chart.series()
        assert panel.history_combo.count() == 1
        panel.export(str(tmp_path / "b.json"), "json")
        assert BenchResult.from_dict(json.loads((tmp_path / "b.json").read_text())) == result
        assert panel.last_notice.endswith(f"as JSON to {tmp_path / 'b.json'}")
        panel.export(str(tmp_path / "b.csv"), "csv")
        with open(tmp_path / "b.csv", newline="") as f:
            assert f.read() == result.to_csv()
        panel.device_combos[Key.DEVICE_BASH].setCurrentText("npu")
        assert (Key.DEVICE_BASH, "npu") in changes
        again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        assert again[Key.DEVICE_BASH] == "npu" and again[Key.BENCH_REPS] == 2
    finally:
        service.shutdown()


def test_cancel_a_running_benchmark(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    service = InferenceService(store)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    try:
        panel = SettingsPanel(service, settings)
        qtbot.addWidget(panel)
        panel.reps.setValue(500)
        job = panel.run_benchmark()
        qtbot.waitUntil(lambda: panel.progress_label.text() != "", timeout=30_000)
        panel.cancel_button.click()
        qtbot.waitUntil(lambda: job.done and panel.run_button.isEnabled(), timeout=120_000)
        assert job.state == "cancelled" and panel.progress_label.text() == "cancelled"
        assert panel.history.all() == []
    finally:
        service.shutdown()


def test_table_shows_speedup_emulation_and_short_reasons(qtbot, store, tmp_path, monkeypatch):
    from app.benchmark import Cell
    from ui.panels.settings_panel import COLUMNS

    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    service = InferenceService(store)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    reason = ("this llama.cpp build has no GPU support (it was built for the CPU); rebuild "
              "with TINYSPEC_LLAMA_BACKEND=cuda")
    result = BenchResult({}, 0.0, 2, [
        Cell("embedding", "cpu", "m", True, {"p50_ms": 6.0, "p95_ms": 7.0}),
        Cell("embedding", "npu", "m", True, {"p50_ms": 2.0, "p95_ms": 3.0,
                                             "accelerator_share": 1.0},
             label="QNN — emulated: not a timing of real hardware"),
        Cell("llm", "gpu", "m", False, reason=reason)])
    try:
        panel = SettingsPanel(service, settings)
        qtbot.addWidget(panel)
        panel.show_result(result)
        speed = COLUMNS.index("× CPU")
        assert panel.table.item(1, speed).text() == "3.00×"
        assert panel.table.item(0, speed).text() == ""
        assert panel.table.item(1, 1).text() == "NPU (emulated)"
        note = panel.table.item(2, 2)
        assert note.text() == "not run: this llama.cpp build has no GPU support"
        assert "TINYSPEC_LLAMA_BACKEND=cuda" in note.toolTip()
        if panel.chart_view is not None:
            axis = panel.chart.axes()[0]
            assert any("emulated" in c for c in axis.categories())
    finally:
        service.shutdown()
