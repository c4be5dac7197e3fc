"""Hardware detection, the benchmark, its history and exports, and settings that persist,
including moving the model store."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from PySide6.QtCore import QSettings

from app import benchmark
from app.hardware import detect
from app.service.jobs import JobCancelled
from app.settings import PRIVACY, Key, Settings, SettingsError, move_store
from runtimes import qnn
from tests.cli_helpers import run_cli


def test_detection_on_this_machine_says_what_is_there_and_why():
    hw = detect()
    cpu, npu, gpu = hw.device("cpu"), hw.device("npu"), hw.device("gpu")
    assert cpu.available and hw.cores >= 1 and hw.memory_gb > 0 and hw.cpu
    if qnn.detect().available and not qnn.is_real_npu_host():
        assert npu.available and npu.emulated and "emulator" in npu.reason
    assert not gpu.available and "llama.cpp was built for the CPU" in gpu.reason


@pytest.fixture(scope="module")
def result(store):
    return benchmark.run(store, reps=2)


def test_a_run_fills_every_metric_of_every_cell_that_ran(result):
    hw = detect()
    present = [d.kind for d in hw.devices if d.available]
    assert {(c.workload, c.device) for c in result.cells} == {
        (w, d) for w in benchmark.WORKLOADS for d in present}
    ran = [c for c in result.cells if c.ran]
    assert {c.workload for c in ran} == set(benchmark.WORKLOADS)
    for cell in ran:
        expected = {"load_ms", "first_ms", "p50_ms", "p95_ms", "peak_rss_mb", "cpu_percent",
                    "accelerator_share"}
        if cell.workload == "llm":
            expected |= {"prefill_tok_s", "decode_tok_s"}
        assert expected <= set(cell.metrics), cell
        assert cell.metrics["p95_ms"] >= cell.metrics["p50_ms"] > 0
        assert cell.metrics["peak_rss_mb"] > 50 and cell.metrics["cpu_percent"] > 0
    for cell in result.cells:
        if not cell.ran:
            assert cell.reason  # an NPU or GPU cell that could not run says why
        if cell.ran and cell.device == "npu" and not qnn.is_real_npu_host():
            assert "not a timing of real hardware" in cell.label


def test_export_round_trips(result, tmp_path):
    again = benchmark.BenchResult.from_dict(json.loads(json.dumps(result.to_dict())))
    assert again == result
    rows = list(csv.DictReader(io.StringIO(result.to_csv())))
    assert len(rows) == len(result.cells)
    first = next(c for c in result.cells if c.ran)
    row = next(r for r in rows if (r["workload"], r["device"]) == (first.workload,
                                                                   first.device))
    assert float(row["p50_ms"]) == first.metrics["p50_ms"]
    history = benchmark.History(tmp_path / "h.jsonl")
    history.add(result)
    history.add(result)
    with open(tmp_path / "h.jsonl", "a") as f:
        f.write("{broken\n")
    assert history.all() == [result, result]


def test_cancel_stops_a_run(store):
    calls = []
    def check():
        if calls:
            raise JobCancelled()

    with pytest.raises(JobCancelled):
        benchmark.run(store, reps=50, progress=lambda f, t: calls.append(t), check=check)


@pytest.mark.models
def test_cli_bench_json(tmp_path, monkeypatch):
    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    code, out, _ = run_cli("bench", "--json", "--reps", "1", "--workload", "embedding",
                           "--csv", str(tmp_path / "b.csv"))
    data = json.loads(out)
    assert code == 0 and data["machine"]["cores"] >= 1
    assert any(c["ran"] and c["workload"] == "embedding" for c in data["cells"])
    assert (tmp_path / "bench" / "history.sqlite3").exists() and (tmp_path / "b.csv").exists()


def test_settings_persist_across_a_restart(tmp_path):
    ini = str(tmp_path / "settings.ini")
    s = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert s[Key.THEME] == "system" and s[Key.THREADS] == 0
    s[Key.THEME] = "dark"
    s[Key.DEVICE_BASH] = "npu"
    s[Key.THREADS] = 2
    with pytest.raises(SettingsError):
        s[Key.DEVICE_MEMO] = "tpu"
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert (again[Key.THEME], again[Key.DEVICE_BASH], again[Key.THREADS]) == ("dark", "npu", 2)
    assert again.device(Key.DEVICE_MEMO) in ("cpu", "npu")
    assert "Nothing leaves this machine" in PRIVACY


def test_moving_the_store_keeps_models_usable(store, tmp_path, monkeypatch):
    from runtimes.onnx import OnnxEmbedder

    old = tmp_path / "old"
    for model_id in ("minilm-l6-int8", "minilm-l6-tokenizer"):
        shutil.copytree(store.root / model_id, old / model_id)
    s = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    s[Key.STORE] = str(old)
    monkeypatch.setenv("TINYSPEC_MODELS_DIR", str(old))
    moved = move_store(s, tmp_path / "new")
    assert s[Key.STORE] == str((tmp_path / "new").resolve())
    assert not (old / "minilm-l6-int8").exists()
    assert moved.state("minilm-l6-int8").installed and moved.verify("minilm-l6-int8") == []
    assert s.store().root == (tmp_path / "new").resolve()  # the setting follows the move
    emb = OnnxEmbedder(moved.require("minilm-l6-int8"), moved.require("minilm-l6-tokenizer"))
    assert emb.embed(["still here"]).shape == (1, 384)


def test_threads_setting_reaches_new_runtimes(store):
    from app.service import InferenceService

    svc = InferenceService(store, threaded=False)
    assert "1 threads" not in svc.load("minilm-l6-int8").outcome().detail
    svc.set_threads(1)  # applied on the worker; the loaded model is closed
    assert svc.load("minilm-l6-int8").outcome().detail == "1 threads"
    svc.set_threads(0)
    assert svc.load("minilm-l6-int8").outcome().detail != "1 threads"


def test_the_dark_theme_fills_the_same_sheet_with_its_own_colours(qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from ui.theme import DARK, LIGHT, apply_theme

    app = QApplication.instance()
    saved = app.styleSheet(), app.palette()
    try:
        assert apply_theme(app, "light") is LIGHT
        light = app.styleSheet()
        assert apply_theme(app, "dark") is DARK
        dark = app.styleSheet()
        assert light.count("{") == dark.count("{") and "$" not in dark  # one template, filled
        assert DARK.surface in dark and LIGHT.window not in dark
        assert app.palette().color(QPalette.ColorRole.Base) == QColor(DARK.surface)
    finally:
        apply_theme(app, "light")
        app.setStyleSheet(saved[0])
        app.setPalette(saved[1])


def _cell(device: str, p50: float, label: str = "", ran: bool = True) -> benchmark.Cell:
    return benchmark.Cell("embedding", device, "m", ran, {"p50_ms": p50, "p95_ms": p50 * 2}
                          if ran else {}, reason="" if ran else "no NPU here", label=label)


def test_speedup_is_cpu_p50_over_the_device_p50_and_exports_carry_it():
    npu = _cell("npu", 2.0, "QNN — emulated: not a timing of real hardware")
    result = benchmark.BenchResult({}, 0.0, 3, [_cell("cpu", 5.0), npu, _cell("gpu", 0, ran=False)])
    assert result.speedup(npu) == 2.5
    assert result.speedup(result.cells[0]) is None and result.speedup(result.cells[2]) is None
    assert npu.emulated and not result.cells[0].emulated
    rows = list(csv.DictReader(io.StringIO(result.to_csv())))
    assert [r["speedup_vs_cpu"] for r in rows] == ["", "2.5", ""]
    assert [r["emulated"] for r in rows] == ["0", "1", "0"]
    data = json.loads(json.dumps(result.to_dict()))
    assert data["cells"][1]["speedup_vs_cpu"] == 2.5 and data["cells"][1]["emulated"] is True
    assert benchmark.BenchResult.from_dict(data) == result
    alone = benchmark.BenchResult({}, 0.0, 3, [npu])
    assert alone.speedup(npu) is None  # no CPU cell to compare with


@pytest.mark.parametrize(("reason", "short"), [
    ("MiniLM's graph has dynamic shapes; the QNN EP took 40 of 315 nodes",
     "MiniLM's graph has dynamic shapes"),
    ("faster-whisper (CTranslate2) has no NPU backend",
     "faster-whisper (CTranslate2) has no NPU backend"),
    ("word " * 30, "word word word word word word word word word word word…"),
])
def test_reasons_shortened_for_the_table(reason, short):
    assert benchmark.short_reason(reason) == short
