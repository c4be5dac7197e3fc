"""The Train view offscreen, without models: it builds for each task, says when the train
extra is missing, draws a fake run's loss curve and gate result, shows errors as a line, lists
and switches adapters, and opens from the Train… button of each specialist's page."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.service import InferenceService
from app.training import pipeline, runner
from app.training.evaluate import EvalResult, gate
from app.training.lora_gguf import LoraPair, write_adapter
from app.training.pipeline import TrainReport, default_data
from app.training.registry import Registry
from app.training.runner import TrainRun
from app.training.tasks import TASKS
from models.store import ModelStore
from ui.widgets.train_view import CHANGED_SHOWN, TrainDialog, TrainView

MISSING = "training needs torch: install the train extra (`make setup-train`)"


@pytest.fixture
def service(tmp_path):
    service = InferenceService(ModelStore(tmp_path / "store"))
    yield service
    service.shutdown()


@pytest.fixture
def extra(monkeypatch):
    """Training dependencies present (the default) or missing, whatever is installed."""
    def _set(message: str | None) -> None:
        monkeypatch.setattr(runner, "train_extra_missing", lambda: message)
        monkeypatch.setattr(pipeline, "train_extra_missing", lambda: message)

    _set(None)
    return _set


def _view(qtbot, service, task: str = "bash") -> TrainView:
    view = TrainView(service, task)
    qtbot.addWidget(view)
    view.show()
    return view


def _adapter(registry: Registry, tmp_path: Path, name: str, score: float):
    rng = np.random.default_rng(len(name))
    pairs = [LoraPair(0, "v_proj", rng.normal(size=(2, 576)).astype(np.float32),
                      rng.normal(size=(576, 2)).astype(np.float32))]
    path = write_adapter(tmp_path / f"{name}.gguf", "llama", pairs, 4.0)
    return registry.register("bash", path, {"id": name, "base": "smollm2-135m-instruct",
                                            "metrics": {"eval": {"overall": score}}})


def _decision(n_changed: int = 60):
    examples = [{"input": f"say thing {i}", "slice": "casual" if i % 2 else "literal"}
                for i in range(n_changed + 4)]
    before = [i % 4 == 0 for i in range(len(examples))]
    after = [i % 4 != 0 or i < 4 for i in range(len(examples))]

    def result(passed):
        share = sum(passed) / len(passed)
        slices = {s: float(np.mean([p for p, e in zip(passed, examples, strict=True)
                                    if e["slice"] == s])) for s in ("casual", "literal")}
        return EvalResult(share, slices, [f"answer {p}" for p in passed], passed)

    return gate(examples, result(before), result(after))


def _rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


@pytest.mark.parametrize("task", list(TASKS))
def test_the_view_builds_for_each_task(qtbot, service, extra, task):
    view = _view(qtbot, service, task)
    assert TASKS[task].base in view.base_label.text()
    assert "not installed" in view.base_label.text()  # an empty store says so
    has_data = default_data(TASKS[task].data_name, "train").is_file()
    assert ("examples" in view.data_label.text()) == has_data
    assert view.train_button.isEnabled() == has_data
    assert not view.cancel_button.isEnabled() and not view.missing_label.isVisible()


def test_a_missing_train_extra_disables_train_and_says_how(qtbot, service, extra):
    extra(MISSING)
    view = _view(qtbot, service)
    assert not view.train_button.isEnabled()
    assert view.missing_label.isVisible() and view.missing_label.text() == MISSING
    assert view.missing_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert view.train() is None and view.job is None


def test_a_run_draws_the_loss_curve_and_the_gate_result(qtbot, service, extra, tmp_path):
    view = _view(qtbot, service)
    view._on_token(json.dumps({"event": "loading", "base": "x"}))
    view._on_token(json.dumps({"event": "start", "steps": 40, "examples": 320,
                               "resumed_at": 0}))
    losses = [2.5 / (1 + step / 5) for step in range(1, 21)]
    for step, loss in enumerate(losses, 1):
        view._on_token(json.dumps({"event": "step", "step": step, "steps": 40, "loss": loss,
                                   "eta_s": (40 - step) * 3.0, "s_per_step": 3.0}))
    for junk in ("not json", "[1, 2]", '{"event": "step"}', '{"event": "step", "step": "x"}'):
        view._on_token(junk)  # ignored, never raised into Qt
    text = "step 20/40 · loss 0.500 · 1.0 min left"
    view._on_progress(0.4, text)
    assert view.chart.series.count() == 20
    assert view.chart.points == [(s, pytest.approx(v)) for s, v in enumerate(losses, 1)]
    assert view.chart.x_axis.max() >= 40 and view.chart.y_axis.max() >= losses[0]
    assert view.status_label.text() == text and view.progress.value() == 400

    registry = Registry(service.store.root)
    adapter = _adapter(registry, tmp_path, "fresh", 0.9)
    decision = _decision()
    registry.activate("bash", adapter.id)
    report = TrainReport(adapter, TrainRun(adapter.path, 40, 120.0, losses), decision, adapter)
    view._on_finished(report)
    assert view.last_report is report and view.train_button.isEnabled()
    assert view.reason_label.text() == decision.reason and "becomes active" in decision.reason
    rows = _rows(view.gate_table)
    assert [r[0] for r in rows] == ["casual", "literal", "overall"]
    assert rows[-1][1:3] == [f"{decision.before.overall:.1%}", f"{decision.after.overall:.1%}"]
    assert view.changed_list.count() == CHANGED_SHOWN < len(decision.changed)
    assert f"{len(decision.changed)}" in view.changed_label.text()
    assert view.changed_list.item(0).text().startswith(("✔ now passes", "✘ now fails"))
    assert "40 steps" in view.status_label.text() and "fresh" in view.status_label.text()


def test_job_errors_are_one_line_in_the_view(qtbot, service, extra):
    view = _view(qtbot, service)
    job = view.train()  # the empty store has no base model: the job fails
    assert job is not None and not view.train_button.isEnabled()
    assert view.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: view.job is None, timeout=30_000)
    assert "not installed" in view.last_error and view.error_label.isVisible()
    assert view.error_label.text() == view.last_error
    assert view.train_button.isEnabled() and not view.cancel_button.isEnabled()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]


def test_cancel_says_the_same_train_resumes(qtbot, service, extra):
    view = _view(qtbot, service)
    view._on_cancelled(None)
    assert "resume" in view.status_label.text() and "checkpoint" in view.status_label.text()
    assert "resume" in view.cancel_button.toolTip()


def test_adapters_list_marks_the_active_one_and_switches(qtbot, service, extra, tmp_path):
    registry = Registry(service.store.root)
    first, second = (_adapter(registry, tmp_path, n, s) for n, s in (("first", .5), ("second", .7)))
    registry.activate("bash", first.id)
    (second.folder / "report.json").write_text(json.dumps(_decision(3).to_dict()))
    view = _view(qtbot, service)

    def marks() -> dict[str, str]:
        items = [view.adapter_list.item(i) for i in range(view.adapter_list.count())]
        return {i.data(Qt.ItemDataRole.UserRole): i.text()[0] for i in items}

    assert {k: v for k, v in marks().items() if k in ("first", "second")} == {
        "first": "●", "second": "○"}
    assert "first" in view.active_label.text()
    assert not view.use_button.isEnabled()
    ids = list(marks())
    view.adapter_list.setCurrentRow(ids.index("second"))
    assert "second" in view.gate_title.text() and view.gate_table.rowCount() == 3  # its report
    view.use_button.click()
    assert registry.active("bash").id == "second" and marks()["second"] == "●"
    assert "In use: second" in view.active_label.text()
    view.rollback_button.click()
    assert registry.active("bash").id == "first" and marks()["first"] == "●"
    view.base_button.click()
    assert registry.active("bash") is None and "base model" in view.active_label.text()
    assert "●" not in marks().values() and not view.base_button.isEnabled()


def test_roll_back_with_no_history_is_an_error_line(qtbot, service, extra):
    view = _view(qtbot, service)
    assert not view.rollback_button.isEnabled()
    view.roll_back()
    assert "nothing to roll back" in view.last_error and view.error_label.isVisible()


def _bash_page(service, tmp_path):
    from app.specialists.bash import BashSpecialist
    from app.specialists.gate import GateSpecialist
    from ui.panels.bash_panel import BashPanel

    gate_ = GateSpecialist(service, folder=tmp_path / "gate")
    return BashPanel(service, BashSpecialist(service, gate_,
                                             history_path=tmp_path / "history.sqlite3",
                                             tools=frozenset()))


def _memo_page(service, tmp_path):
    from app.specialists.memo import MemoSpecialist
    from ui.panels.memos_panel import MemosPanel

    return MemosPanel(service, MemoSpecialist(service, tmp_path / "memos"))


def _chat_page(service, tmp_path):
    from app.specialists.chat.chat import Chat
    from app.specialists.chat.sessions import Sessions
    from ui.panels.chat_panel import ChatPanel

    return ChatPanel(service, Chat(service, Sessions(tmp_path / "chat.sqlite3")))


@pytest.mark.parametrize(("task", "make_page"), [("bash", _bash_page), ("memo", _memo_page),
                                                 ("chat", _chat_page)])
def test_the_train_button_of_each_page_opens_one_window(qtbot, service, extra, tmp_path,
                                                        task, make_page):
    page = make_page(service, tmp_path)
    qtbot.addWidget(page)
    page.show()
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "Train…")
    button.click()
    dialog = page.findChild(TrainDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.view.task.name == task
    dialog.close()
    button.click()
    assert page.findChildren(TrainDialog) == [dialog] and dialog.isVisible()


def test_train_on_offers_the_gpu_only_where_there_is_one(qtbot, service, extra, monkeypatch):
    import ui.widgets.train_view as train_view

    monkeypatch.setattr(runner, "gpu_missing", lambda: "no NVIDIA GPU driver on this machine")
    view = _view(qtbot, service)
    assert view.device.currentData() == "cpu" and not view.device.model().item(1).isEnabled()
    assert "--bundle" in view.device.itemData(1, Qt.ItemDataRole.ToolTipRole)
    monkeypatch.setattr(runner, "gpu_missing", lambda: None)
    view = _view(qtbot, service)
    assert view.device.model().item(1).isEnabled()
    asked: dict = {}
    monkeypatch.setattr(train_view, "submit_training",
                        lambda _service, _task, _slots, **options: asked.update(options))
    view.device.setCurrentIndex(1)
    view.train()
    assert asked["device"] == "cuda"


def _pair_adapter(registry: Registry, tmp_path: Path, name: str, module: str, out: int):
    rng = np.random.default_rng(1)
    pairs = [LoraPair(0, module, rng.normal(size=(2, 576)).astype(np.float32) * 0.01,
                      rng.normal(size=(out, 2)).astype(np.float32) * 0.01)]
    path = write_adapter(tmp_path / f"{name}.gguf", "llama", pairs, 4.0)
    return registry.register("bash", path, {"id": name, "base": "smollm2-135m-instruct"})


def test_export_writes_a_merged_gguf_off_the_gui_thread(qtbot, store, extra, tmp_path):
    from models.validate import check_gguf

    service = InferenceService(store)
    try:
        registry = Registry(store.root)
        good = _pair_adapter(registry, tmp_path, "fits", "up_proj", 1536)
        bad = _pair_adapter(registry, tmp_path, "misfit", "v_proj", 576)  # SmolLM2's v is 192
        view = _view(qtbot, service)
        job = view.export(good.id, tmp_path / "merged.gguf")
        # the job is done on the worker before its finished signal reaches the GUI thread
        qtbot.waitUntil(lambda: job.done and "Exported" in view.status_label.text(),
                        timeout=120_000)
        assert check_gguf(tmp_path / "merged.gguf").details["architecture"] == "llama"
        job = view.export(bad.id, tmp_path / "bad.gguf")
        qtbot.waitUntil(lambda: job.done and "does not fit" in view.last_error,
                        timeout=120_000)
        assert "does not fit" in view.last_error and not (tmp_path / "bad.gguf").exists()
    finally:
        service.shutdown()
