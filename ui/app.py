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


def run_gui(smoke_test: bool = False) -> int:
    """Open the main window and run until it closes (``smoke_test``: show it, say how long
    that took since the process started, and quit)."""
    from app.logs import setup_logging
    from app.settings import Key, Settings

    app = create_app()
    settings = Settings()
    setup_logging(settings[Key.LOG_FOLDER] or None)
    store = settings.store()
    seed_bundled_models(store)
    apply_theme(app, settings[Key.THEME])
    service = InferenceService(store, threads=settings[Key.THREADS])
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
