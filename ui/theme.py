"""The stylesheet and asset lookup."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from assets import asset_path

__all__ = ["apply_theme", "asset_path"]


def apply_theme(app: QApplication) -> None:
    """Fusion style plus the app stylesheet."""
    app.setStyle("Fusion")
    app.setStyleSheet(asset_path("style.qss").read_text(encoding="utf-8"))
