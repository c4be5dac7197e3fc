"""The stylesheet and asset lookup."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from assets import asset_path

__all__ = ["apply_theme", "asset_path"]


def apply_theme(app: QApplication, theme: str = "system") -> None:
    """Fusion style plus the app stylesheet; "dark" (or "system" on a dark desktop) adds the
    dark variant."""
    from PySide6.QtCore import Qt

    app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and
                               app.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    sheet = asset_path("style.qss").read_text(encoding="utf-8")
    if dark:
        sheet += "\n" + asset_path("style-dark.qss").read_text(encoding="utf-8")
    app.setStyleSheet(sheet)
