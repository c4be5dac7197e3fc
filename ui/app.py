"""Start the window: the Qt application, the service on its threads, the main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.bundle import seed_bundled_models
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


def _log_to(folder: str) -> None:
    """Warnings and job failures go to ``tinyspec.log`` in the chosen log folder."""
    import logging
    from logging.handlers import RotatingFileHandler
    from pathlib import Path

    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(Path(folder) / "tinyspec.log", maxBytes=2_000_000,
                                      backupCount=2, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def run_gui(smoke_test: bool = False) -> int:
    """Open the main window and run until it closes (``smoke_test``: show it, say how long
    that took since the process started, and quit)."""
    from app.paths import data_dir
    from app.settings import Key, Settings

    app = create_app()
    settings = Settings()
    settings.apply_store()
    seed_bundled_models()
    settings.apply_threads()
    apply_theme(app, settings[Key.THEME])
    _log_to(settings[Key.LOG_FOLDER] or str(data_dir() / "logs"))
    service = InferenceService()
    window = MainWindow(service)
    app.aboutToQuit.connect(service.shutdown)
    window.show()
    if smoke_test:
        import time

        import psutil
        from PySide6.QtCore import QTimer

        def report() -> None:
            started = psutil.Process().create_time()
            print(f"window visible after {time.time() - started:.2f} s: "
                  f"{window.windowTitle()}, {len(window.pages)} pages", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()
