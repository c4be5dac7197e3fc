"""Start the window: the Qt application, the service on its threads, the main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.service import InferenceService
from ui.main_window import MainWindow
from ui.theme import apply_theme, asset_path


def create_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the app's name, icon and style (reused if one exists)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Tiny Specialists")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(asset_path("icons/app.svg"))))
    apply_theme(app)
    return app


def run_gui() -> int:
    """Open the main window and run until it closes."""
    app = create_app()
    service = InferenceService()
    window = MainWindow(service)
    app.aboutToQuit.connect(service.shutdown)
    window.show()
    return app.exec()
