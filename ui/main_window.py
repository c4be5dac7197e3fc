"""The main window: navigation on the left, one page per panel, device status at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.service import InferenceService
from app.settings import THEMES, Key
from app.specialists.bash import BashSpecialist
from ui.panels.bash_panel import BashPanel
from ui.panels.chat_panel import ChatPanel
from ui.panels.gate_panel import GatePanel
from ui.panels.home_panel import HomePanel
from ui.panels.memos_panel import MemosPanel
from ui.panels.models_panel import ModelsPanel
from ui.panels.settings_panel import SettingsPanel
from ui.widgets.device_status import DeviceStatus

SETTINGS = "Settings & Benchmark"
HOME = "Home"
MINIMUM_SIZE = QSize(1024, 640)
"""The smallest window every page fits without clipping (logical pixels: 2048×1280 at 200 %
scaling is the same); tests/test_ui_visual.py renders each page at this size."""


class MainWindow(QMainWindow):
    """Pages: Home, the five product panels and Models. ``pages`` maps labels to widgets."""

    def __init__(self, service: InferenceService) -> None:
        super().__init__()
        self.service = service
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.resize(1180, 740)
        self.setMinimumSize(MINIMUM_SIZE)

        self.nav = QListWidget(objectName="nav")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.home_panel = HomePanel(service, self.open_from_home)
        self._add_page(HOME, self.home_panel)
        self.gate_panel = GatePanel(service)
        self.bash_panel = BashPanel(service, BashSpecialist(service, self.gate_panel.gate))
        self._add_page("Voice → Bash", self.bash_panel)
        self.memos_panel = MemosPanel(service)
        self._add_page("Memos", self.memos_panel)
        self._add_page("Gate", self.gate_panel)
        self.chat_panel = ChatPanel(service)
        self._add_page("Chat", self.chat_panel)
        self.models_panel = ModelsPanel(service)
        self._add_page("Models", self.models_panel)
        self.settings_panel = SettingsPanel(service, on_change=self._setting_changed)
        self._add_page(SETTINGS, self.settings_panel)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._fit_nav()

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(QLabel(APP_NAME, objectName="brand"))
        side_layout.addWidget(self.nav)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._menus()
        self.device_status = DeviceStatus()
        self.statusBar().addPermanentWidget(self.device_status)  # notices get the left
        service.model_loaded.connect(self.device_status.show_report)
        self._restore()

    def _menus(self) -> None:
        """File (import audio, export, quit), View (a page per Ctrl+1…7, the theme), Help."""
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction("&Import audio as a memo…", self._import_audio)
        file_menu.addAction("&Export memos…", self._export_memos)
        file_menu.addAction("Export &benchmark as JSON…",
                            lambda: self.settings_panel._export("json"))
        file_menu.addSeparator()
        quit_action = file_menu.addAction("&Quit", self.close)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        view = bar.addMenu("&View")
        for i, label in enumerate(self.pages, start=1):
            action = view.addAction(label, lambda label=label: self.show_page(label))
            action.setShortcut(QKeySequence(f"Ctrl+{i}"))
        view.addSeparator()
        themes = view.addMenu("&Theme")
        current = self.settings_panel.settings[Key.THEME]
        for theme in THEMES:
            action = QAction(theme.capitalize(), themes, checkable=True,
                             checked=theme == current)
            action.triggered.connect(lambda _on, t=theme: self.set_theme(t))
            themes.addAction(action)
        self.theme_actions = themes.actions()
        help_menu = bar.addMenu("&Help")
        help_menu.addAction("&About Tiny Specialists", self.show_about)

    def set_theme(self, theme: str) -> None:
        """The View menu's theme: saved, applied, and the menu's check mark and the Settings
        page's choice moved."""
        self.settings_panel.settings[Key.THEME] = theme
        self._setting_changed(Key.THEME, theme)
        combo = self.settings_panel.theme_combo  # the Settings page says the same
        combo.blockSignals(True)
        combo.setCurrentText(theme)
        combo.blockSignals(False)

    def _import_audio(self) -> None:
        self.show_page("Memos")
        self.memos_panel._import_dialog()

    def _export_memos(self) -> None:
        self.show_page("Memos")
        self.memos_panel._export_dialog()

    def _restore(self) -> None:
        """The last size, place and page; a first start opens on Home."""
        settings = self.settings_panel.settings
        geometry = settings[Key.GEOMETRY]
        if geometry:
            try:
                self.restoreGeometry(QByteArray.fromHex(geometry.encode("ascii")))
            except (UnicodeEncodeError, ValueError):
                pass  # a damaged value: the default size
        last = settings[Key.LAST_PAGE]
        self.show_page(last if last in self.pages else HOME)

    def open_from_home(self, label: str) -> None:
        """A Home card's page; the benchmark card opens the Benchmark tab."""
        self.show_page(label)
        if label == SETTINGS:
            self.settings_panel.tabs.setCurrentIndex(1)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self.settings_panel.settings
        settings[Key.GEOMETRY] = bytes(self.saveGeometry().toHex()).decode("ascii")
        settings[Key.LAST_PAGE] = self.current_page()
        super().closeEvent(event)

    def current_page(self) -> str:
        return list(self.pages)[max(self.nav.currentRow(), 0)]

    def about_text(self) -> str:
        return (f"<h3>{APP_NAME} {__version__}</h3><p>Tiny specialist models on your own "
                "machine: voice to bash, voice memos, an embedding gate, a local chat and an "
                "NPU benchmark. Nothing leaves this computer unless you configure a remote "
                "endpoint.</p>")

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, f"About {APP_NAME}", self.about_text())

    def _setting_changed(self, key: Key, value: object) -> None:
        """Apply a setting at once (devices and models take effect on the next job)."""
        settings = self.settings_panel.settings
        if key in (Key.DEVICE_BASH, Key.MODEL_BASH_LLM, Key.MODEL_SPEECH):
            self.bash_panel.bash.device = settings.device(Key.DEVICE_BASH)
            self.bash_panel.bash.llm_model = settings[Key.MODEL_BASH_LLM]
        if key in (Key.DEVICE_MEMO, Key.MODEL_SPEECH):
            self.memos_panel.memos.device = settings.device(Key.DEVICE_MEMO)
            self.memos_panel.memos.speech_model = settings[Key.MODEL_SPEECH]
        if key in (Key.DEVICE_GATE, Key.MODEL_EMBED):
            self.gate_panel.gate.device = settings.device(Key.DEVICE_GATE)
            self.gate_panel.gate.embed_model = settings[Key.MODEL_EMBED]
        if key in (Key.DEVICE_CHAT, Key.MODEL_CHAT):
            self.chat_panel.use_model(settings[Key.MODEL_CHAT], settings.device(Key.DEVICE_CHAT))
        if key is Key.STORE:
            self.service.set_store(settings.store())
            self.models_panel.refresh()
            self.home_panel.refresh()
        if key is Key.THREADS:
            self.service.set_threads(settings[Key.THREADS])
        if key is Key.LOG_FOLDER:
            from app.logs import setup_logging

            setup_logging(str(value) or None)
        if key is Key.THEME:
            from PySide6.QtWidgets import QApplication

            from ui.theme import apply_theme

            apply_theme(QApplication.instance(), str(value))
            for action in self.theme_actions:
                action.setChecked(action.text().lower() == value)
        if key is Key.AUDIO_INPUT:
            device = str(value) if not str(value).startswith("(") else None
            self.bash_panel.recorder.device = device
            self.memos_panel.recorder.device = device

    def _fit_nav(self) -> None:
        """The navigation as wide as its longest label (in the nav's 14 px font) needs."""
        font = QFont(self.nav.font())
        font.setPixelSize(14)
        widest = max(QFontMetrics(font).horizontalAdvance(label) for label in self.pages)
        self.nav.setFixedWidth(widest + 40)  # item padding 2×14, the selection bar 3, slack

    def _add_page(self, label: str, widget: QWidget) -> None:
        self.pages[label] = widget
        self.stack.addWidget(widget)
        QListWidgetItem(label, self.nav)

    def show_page(self, label: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(label))
