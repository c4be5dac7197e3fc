"""Status bar text: which model runs on which device, and why it is not the one asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.untrusted import PLAIN, tooltip

if TYPE_CHECKING:
    from runtimes.base import DeviceReport

FAMILY_NAMES = {"llm": "LLM", "speech": "Speech", "embed": "Embeddings"}


class DeviceStatus(QWidget):
    """One label per runtime family; a fallback reason is shown in amber, never hidden."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.idle = QLabel("No model loaded yet: models load when a panel first needs them.")
        layout.addWidget(self.idle)
        self.labels: dict[str, QLabel] = {}
        layout.addStretch(1)

    def show_report(self, family: str, model_id: str, report: DeviceReport) -> None:
        self.idle.hide()
        label = self.labels.get(family)
        if label is None:
            label = QLabel()
            self.labels[family] = label
            self.layout().insertWidget(len(self.labels), label)
        name = FAMILY_NAMES.get(family, family)
        label.setTextFormat(PLAIN)
        label.setText(f"{name}: {model_id} · {report.summary()}")
        label.setObjectName("fallback" if report.fell_back else "")
        label.setStyleSheet("color: #a15c00;" if report.fell_back else "")
        label.setToolTip(tooltip(f"{report.summary()}\n{report.detail}"))

    def text(self) -> str:
        """Everything shown, for tests and accessibility."""
        return " | ".join(lb.text() for lb in self.labels.values()) or self.idle.text()
