"""The Gate page: the labelled examples, Train (off the GUI thread) with per-class accuracy
and a confusion matrix per head, a threshold slider per head, and a live "try it" box."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.service import InferenceService, Job, Slots
from app.specialists.gate import HEADS, GateSpecialist, TrainReport, default_examples
from app.specialists.gate.examples import Example, load_examples, save_examples
from ui.theme import current, is_theme_change
from ui.untrusted import PLAIN, escape, plain_box
from ui.widgets.confusion import ConfusionMatrix
from ui.widgets.examples_table import ExamplesTable
from ui.widgets.notice import notify
from ui.widgets.page import page_layout, scrolled, side_by_side


def breakable(text: str) -> str:
    """``text`` that may wrap after a "/" too, so a long path does not widen the page."""
    return text.replace("/", "/\u200b")


class HeadCard(QFrame):
    """One head: what it decides, test accuracy per class, confusion matrix, threshold."""

    def __init__(self, name: str) -> None:
        super().__init__(objectName="card")
        spec = HEADS[name]
        self.name = name
        title = QLabel(f"<b>{name}</b> — {spec.description}", wordWrap=True)
        self.accuracy = QLabel("Not trained yet: press Train above (a few seconds).",
                               objectName="muted", wordWrap=True)
        self.matrix = ConfusionMatrix()
        self.matrix.hide()  # until there are test results to show
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(1, 99)
        self.slider.setValue(50)
        self.threshold_label = QLabel("threshold 0.50")
        self.slider.valueChanged.connect(
            lambda v: self.threshold_label.setText(f"threshold {v / 100:.2f}"))
        row = QHBoxLayout()
        self.slider.setMinimumWidth(60)
        row.addWidget(QLabel(f"say '{spec.positive}' above"))
        row.addWidget(self.slider, 1)
        row.addWidget(self.threshold_label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.accuracy)
        layout.addWidget(self.matrix)
        layout.addLayout(row)

    def show_metrics(self, metrics: dict, threshold: float | None = None) -> None:
        test, held = metrics.get("test", {}), metrics.get("heldout", {})
        if not test.get("n"):
            self.accuracy.setText("no test examples for this head")
            return
        per = " · ".join(f"{k} {v:.0%}" for k, v in test["per_class"].items() if v is not None)
        held_text = f"; held-out {held['accuracy']:.0%} of {held['n']}" if held.get("n") else ""
        self.accuracy.setText(f"test {test['accuracy']:.1%} of {test['n']} ({per}){held_text}")
        self.matrix.show_matrix(test["labels"], test["confusion"])
        self.matrix.show()
        if threshold is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(round(threshold * 100))
            self.slider.blockSignals(False)
            self.threshold_label.setText(f"threshold {threshold:.2f}")


class GatePanel(QWidget):
    """Examples on the left; training, heads and the try box on the right."""

    def __init__(self, service: InferenceService, gate: GateSpecialist | None = None,
                 examples_file: Path | None = None) -> None:
        super().__init__(objectName="page")
        self.service = service
        self.gate = gate or GateSpecialist(service)
        self.examples_file = examples_file or self.gate.folder / "examples.jsonl"
        self.last_error = ""
        self.last_report: TrainReport | None = None
        self.last_result = None
        self._try_job: Job | None = None

        # left: examples
        self.table = ExamplesTable()
        self.table.changed.connect(self._save_table)
        self.count_label = QLabel("", objectName="muted", textFormat=PLAIN, wordWrap=True)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Add")
        self.delete_button = QPushButton("Delete")
        self.import_button = QPushButton("Import…")
        self.export_button = QPushButton("Export…")
        self.reset_button = QPushButton("Defaults")
        for b in (self.add_button, self.delete_button, self.import_button, self.export_button,
                  self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self._add_row)
        self.delete_button.clicked.connect(self.table.delete_selected)
        self.import_button.clicked.connect(self._import_dialog)
        self.export_button.clicked.connect(self._export_dialog)
        self.reset_button.clicked.connect(lambda: self._set_examples(default_examples()))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        # right: train, heads, try
        self.train_button = QPushButton("Train", objectName="primary")
        self.train_button.clicked.connect(self.train)
        self.train_progress = QProgressBar()
        self.train_progress.setRange(0, 0)
        self.train_progress.setMaximumWidth(120)
        self.train_progress.hide()
        self.train_label = QLabel("", objectName="muted", wordWrap=True, textFormat=PLAIN)
        self.backend_label = QLabel("", objectName="muted", wordWrap=True, textFormat=PLAIN)
        train_row = QHBoxLayout()
        train_row.addWidget(self.train_button)
        train_row.addWidget(self.train_progress)
        train_row.addWidget(self.train_label, 1)
        self.cards = {name: HeadCard(name) for name in HEADS}
        for card in self.cards.values():
            card.slider.sliderReleased.connect(lambda c=card: self._threshold_moved(c))
        self.try_box = QLineEdit(placeholderText="Try it: type a dictation or a sentence…")
        self.try_box.textChanged.connect(self._schedule_try)
        self.try_result = QLabel("", wordWrap=True)
        self.try_result.setTextFormat(Qt.TextFormat.RichText)
        self._try_timer = QTimer(self, singleShot=True, interval=120)
        self._try_timer.timeout.connect(self.try_text)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 6, 0)  # room for the scroll bar
        right_layout.addLayout(train_row)
        right_layout.addWidget(self.backend_label)
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i, 0)
        right_layout.addWidget(QLabel("<b>Try it</b>"))  # first: in sight in a small window
        right_layout.addWidget(self.try_box)
        right_layout.addWidget(self.try_result)
        right_layout.addLayout(grid)
        right_layout.addStretch(1)

        layout = page_layout(self, "Gate", "Decides in milliseconds whether an input needs the "
                             "language model at all. Edit the examples, train, and try it "
                             "live.")
        layout.addWidget(side_by_side(left, scrolled(right), (560, 480)), 1)
        self._set_examples(self._initial_examples(), save=False)
        self.gate.warm_up(Slots(finished=self._show_current_heads))

    def _show_current_heads(self, _result=None) -> None:
        """Show the saved heads' metrics (from their last training) once they are loaded."""
        self.backend_label.setText(breakable(f"Features: {self.gate.featurizer_id} · "
                                             f"{self.gate.backend_note}"))
        for name, head in self.gate.heads.items():
            if head.metrics:
                self.cards[name].show_metrics(head.metrics, head.threshold)

    # -- examples ------------------------------------------------------------------------
    def _initial_examples(self) -> list[Example]:
        if self.examples_file.exists():
            try:
                return load_examples(self.examples_file)
            except UserError as exc:
                self._error(f"Your saved examples could not be read, defaults shown: {exc}")
        return default_examples()

    def _set_examples(self, examples: list[Example], save: bool = True) -> None:
        self.table.set_examples(examples)
        self._update_count()
        if save:
            self._save_table()

    def _update_count(self) -> None:
        exs = self.table.examples()
        splits = {s: sum(e.split == s for e in exs) for s in ("train", "test", "heldout")}
        if not exs:
            self.count_label.setText("No examples: Add some, Import… a JSONL file, or press "
                                     "Defaults for the shipped ones.")
            return
        self.count_label.setText(f"{len(exs)} examples: " +
                                 ", ".join(f"{n} {s}" for s, n in splits.items()))

    def _save_table(self) -> None:
        self._update_count()
        self.examples_file.parent.mkdir(parents=True, exist_ok=True)
        save_examples(self.table.examples(), self.examples_file)

    def _add_row(self) -> None:
        text = self.try_box.text().strip() or "new example"
        self.table.add_example(Example(text, "clean", "train"))
        self.table.editItem(self.table.item(self.table.currentRow(), 0))

    def import_file(self, path: str) -> bool:
        """Replace the table with a JSONL file; a bad file changes nothing."""
        try:
            examples = load_examples(path)
        except UserError as exc:
            self._error(str(exc))
            return False
        self._set_examples(examples)
        return True

    def export_file(self, path: str) -> None:
        save_examples(self.table.examples(), path)

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import examples", "", "JSONL (*.jsonl)")
        if path:
            self.import_file(path)

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export examples", "gate-examples.jsonl",
                                              "JSONL (*.jsonl)")
        if path:
            self.export_file(path)

    # -- training ------------------------------------------------------------------------
    def train(self) -> Job:
        self.train_button.setEnabled(False)
        self.train_progress.show()
        self.train_label.setText("training…")
        return self.gate.train(self.table.examples(), Slots(
            finished=self._trained, failed=self._train_failed,
            cancelled=lambda _p: self._train_failed("cancelled")))

    def _trained(self, report: TrainReport) -> None:
        self.last_report = report
        self.train_button.setEnabled(True)
        self.train_progress.hide()
        self.train_label.setText(
            f"Trained on {report.examples} examples: fitting {report.fit_ms:.1f} ms "
            f"(+ features {report.feature_ms:.0f} ms)")
        self.backend_label.setText(breakable(f"Features: {report.featurizer} · "
                                             f"{self.gate.backend_note}"))
        for name, metrics in report.heads.items():
            self.cards[name].show_metrics(metrics, self.gate.heads[name].threshold)
        scores = ", ".join(f"{name} {m['test']['accuracy']:.0%}"
                           for name, m in report.heads.items() if m["test"].get("n"))
        notify(self, f"Gate trained on {report.examples} examples in "
                     f"{report.fit_ms + report.feature_ms:.0f} ms; test accuracy {scores}; "
                     f"heads saved to {self.gate.folder}")
        if self.try_box.text().strip():
            self.try_text()

    def _train_failed(self, message: str) -> None:
        self.train_button.setEnabled(True)
        self.train_progress.hide()
        self.train_label.setText("training failed; the previous heads are kept")
        self._error(message)

    def _threshold_moved(self, card: HeadCard) -> Job | None:
        if not self.gate.heads:
            return None
        return self.gate.set_threshold(card.name, card.slider.value() / 100,
                                       self.table.examples(), Slots(finished=self._rescored))

    def _rescored(self, metrics: dict) -> None:
        for name, m in metrics.items():
            self.cards[name].show_metrics(m)
        if self.try_box.text().strip():
            self.try_text()

    # -- try it --------------------------------------------------------------------------
    def _schedule_try(self) -> None:
        self._try_timer.start()

    def try_text(self) -> Job | None:
        """Score the try box (the previous request is dropped if it has not started)."""
        text = self.try_box.text()
        if not text.strip():
            self.try_result.setText("")
            return None
        if self._try_job is not None and not self._try_job.done:
            self._try_job.cancel()
        self._try_job = self.gate.predict(text, Slots(
            finished=self._show_result,
            failed=lambda msg: self.try_result.setText(
                f"<span style='color:{current().bad}'>{html.escape(msg)}</span>")))
        return self._try_job

    @staticmethod
    def verdict(decisions: dict[str, str]) -> str:
        """What the heads say together, in one sentence: prose needs no model at all, so
        needs_llm is moot for it."""
        if decisions.get("domain") == "prose":
            return "Not a command (prose): nothing to convert, no model needed"
        if decisions.get("needs_llm") == "yes":
            return "A command the rules cannot read alone: the LLM normalizer is needed"
        return "A command the rules read directly: no LLM needed"

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_theme_change(event) and getattr(self, "last_result", None) is not None:
            self._show_result(self.last_result)  # its colours, in the new theme

    def _show_result(self, result) -> None:
        self.last_result = result
        theme = current()
        prose = result.decisions.get("domain") == "prose"
        lines = [f"<b>{escape(self.verdict(result.decisions))}</b>"]
        for name, score in result.scores.items():
            decision = result.decisions[name]
            if prose and name != "domain":  # moot for prose: shown greyed, not as a verdict
                lines.append(f"<span style='color:{theme.muted}'>{name}: {decision} (score "
                             f"{score:.2f}; moot for prose)</span>")
                continue
            color = theme.ok if decision == HEADS[name].negative else theme.warn
            lines.append(f"{name}: <b style='color:{color}'>{decision}</b> "
                         f"(score {score:.2f})")
        lines.append(f"<span style='color:{theme.muted}'>{result.latency_ms:.1f} ms "
                     f"(features {result.feature_ms:.1f}, heads {result.head_ms:.3f})</span>")
        lines += [f"<span style='color:{theme.warn}'>{escape(n)}</span>" for n in result.notes]
        self.try_result.setText("<br>".join(lines))

    def _error(self, message: str) -> None:
        self.last_error = message
        box = plain_box(self, QMessageBox.Icon.Warning, "Gate", message)
        box.setModal(False)
        box.show()
