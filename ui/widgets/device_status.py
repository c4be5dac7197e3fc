"""Status bar text: which model runs on which device, and why it is not the one asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.untrusted import tooltip
from ui.widgets.elide import ElidedLabel

if TYPE_CHECKING:
    from runtimes.base import DeviceReport

FAMILY_NAMES = {"llm": "LLM", "speech": "Speech", "embed": "Embeddings"}


class DeviceStatus(QWidget):
    """One label per runtime family; a fallback reason is shown in amber, never hidden.
    Each label elides to the room the status bar has, the whole line on hover."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.idle = ElidedLabel("No model loaded yet: models load when a panel first needs "
                                "them.")
        layout.addWidget(self.idle)
        self.labels: dict[str, ElidedLabel] = {}
        layout.addStretch(1)

    def show_report(self, family: str, model_id: str, report: DeviceReport) -> None:
        self.idle.hide()
        label = self.labels.get(family)
        if label is None:
            label = ElidedLabel(min_chars=12)
            self.labels[family] = label
            self.layout().insertWidget(len(self.labels), label)
        name = FAMILY_NAMES.get(family, family)
        label.setText(f"{name}: {model_id} · {report.summary()}")
        label.setObjectName("fallback" if report.fell_back else "")
        label.style().unpolish(label)  # the stylesheet's amber follows the name
        label.style().polish(label)
        label.setToolTip(tooltip(f"{name}: {model_id} · {report.summary()}\n{report.detail}"))

    def text(self) -> str:
        """Everything shown, for tests and accessibility."""
        return " | ".join(lb.text() for lb in self.labels.values()) or self.idle.text()
