"""The stylesheet and asset lookup."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtWidgets import QApplication


def asset_path(name: str) -> Path:
    """Path of a file in the ``assets`` package."""
    return Path(str(resources.files("assets").joinpath(name)))


def apply_theme(app: QApplication) -> None:
    """Fusion style plus the app stylesheet."""
    app.setStyle("Fusion")
    app.setStyleSheet(asset_path("style.qss").read_text(encoding="utf-8"))
