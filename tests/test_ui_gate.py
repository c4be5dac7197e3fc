"""The Gate page offscreen: train from the button, metrics and confusion matrices, the live try
box, thresholds, import/export and edits that persist, and bad input that loses nothing."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.service import InferenceService
from app.specialists.gate import GateSpecialist
from app.specialists.gate.examples import Example, load_examples
from ui.panels.gate_panel import GatePanel


@pytest.fixture
def panel(qtbot, store, tmp_path):
    service = InferenceService(store)
    gate = GateSpecialist(service, folder=tmp_path / "gate")
    widget = GatePanel(service, gate, tmp_path / "gate" / "examples.jsonl")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: bool(gate.heads), timeout=30_000)  # warm-up trained defaults
    yield widget
    service.shutdown()


def _train(qtbot, panel):
    panel.last_report = None
    panel.train_button.click()
    assert not panel.train_button.isEnabled()
    qtbot.waitUntil(lambda: panel.train_button.isEnabled(), timeout=60_000)


def test_train_shows_accuracy_and_confusion_per_head(qtbot, panel):
    _train(qtbot, panel)
    report = panel.last_report
    assert report is not None and report.examples == len(panel.table.examples())
    for name, card in panel.cards.items():
        assert card.matrix.values() == report.heads[name]["test"]["confusion"]
        assert f"test {report.heads[name]['test']['accuracy']:.1%}" in card.accuracy.text()
    assert "fitting" in panel.train_label.text() and "ms" in panel.train_label.text()
    assert "minilm-l6-int8+hand-v1" in panel.backend_label.text()
    said = panel.last_notice  # the status-bar notice: what happened and where
    assert said.startswith(f"Gate trained on {report.examples} examples in ")
    assert f"needs_llm {report.heads['needs_llm']['test']['accuracy']:.0%}" in said
    assert str(panel.gate.folder) in said


def test_try_box_scores_as_you_type(qtbot, panel):
    panel.try_box.setText("kubectl space get space nodes")
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=30_000)
    result = panel.last_result
    assert result.decisions["needs_llm"] == "no"
    text = panel.try_result.text()
    assert "needs_llm" in text and "domain" in text and " ms" in text
    assert "rules read directly" in text
    panel.last_result = None
    panel.try_box.setText("uh so basically can you get me the nodes in kubernetes")
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=30_000)
    assert panel.last_result.decisions["needs_llm"] == "yes"
    panel.last_result = None
    panel.try_box.setText("the train was late again and I missed the first half of the film")
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=30_000)
    assert panel.last_result.decisions["domain"] == "prose"
    text = panel.try_result.text()
    assert "Not a command (prose)" in text and "moot for prose" in text


def test_threshold_slider_moves_the_decision_and_is_saved(qtbot, panel, tmp_path):
    card = panel.cards["needs_llm"]
    card.slider.setValue(99)
    job = panel._threshold_moved(card)
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert panel.gate.heads["needs_llm"].threshold == pytest.approx(0.99)
    saved = json.loads((tmp_path / "gate" / "heads-minilm-l6-int8+hand-v1.json").read_text())
    assert saved["heads"]["needs_llm"]["threshold"] == pytest.approx(0.99)


def test_edits_persist_and_a_bad_import_changes_nothing(qtbot, panel, tmp_path):
    file = tmp_path / "gate" / "examples.jsonl"
    before = panel.table.examples()
    panel.table.selectRow(0)
    panel.table.delete_selected()
    assert load_examples(file) == before[1:]
    panel.table.add_example(Example("docker space images", "clean", "test"))
    assert load_examples(file)[-1] == Example("docker space images", "clean", "test")
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "fine", "level": "clean"}\n\xff\xfe\n{"text": 3}\n')
    count = len(panel.table.examples())
    assert panel.import_file(str(bad)) is False
    assert "line 2: not UTF-8" in panel.last_error and "line 3" in panel.last_error
    assert len(panel.table.examples()) == count
    good = tmp_path / "good.jsonl"
    panel.export_file(str(good))
    assert load_examples(good) == panel.table.examples()
    assert panel.import_file(str(good)) is True


def test_one_class_training_shows_why_and_keeps_the_heads(qtbot, panel):
    before = panel.gate.heads["needs_llm"].coef.copy()
    panel.table.set_examples([Example(f"git space status {i}", "clean") for i in range(8)])
    _train(qtbot, panel)
    qtbot.waitUntil(lambda: "both classes" in panel.last_error, timeout=10_000)
    assert "previous heads are kept" in panel.train_label.text()
    assert np.array_equal(panel.gate.heads["needs_llm"].coef, before)
