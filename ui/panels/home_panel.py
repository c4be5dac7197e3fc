"""Home: what the app is for, the four things people come for one click away, and for each
whether the models it needs are installed (and what to do when they are not). The models are
the ones chosen in Settings (the chat's follows ``/model``), not the defaults."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.service import InferenceService
from app.settings import Key, Settings
from ui.untrusted import PLAIN
from ui.widgets.page import page_layout


@dataclass(frozen=True)
class Task:
    title: str
    what: str
    page: str
    action: str
    models: tuple[Key, ...]  # the settings that name its models


TASKS = (
    Task("Dictate a command", "Say a shell command the way you would spell it out; get it "
         "back written, explained and checked for danger. Nothing is ever run.",
         "Voice → Bash", "Open Voice → Bash", (Key.MODEL_SPEECH, Key.MODEL_BASH_LLM,
                                                Key.MODEL_EMBED)),
    Task("Record a memo", "Talk; get it back transcribed, with a title and what it asks "
         "of you (email, call, schedule, research).", "Memos", "Open Memos",
         (Key.MODEL_SPEECH,)),
    Task("Chat with Gemma", "A small local model with slash commands (/help lists them); "
         "nothing leaves this computer.", "Chat", "Open Chat", (Key.MODEL_CHAT,)),
    Task("Compare NPU and CPU", "Run the benchmark: every workload on every device this "
         "machine has, side by side, with what really ran each cell.",
         "Settings & Benchmark", "Open the benchmark",
         (Key.MODEL_EMBED, Key.MODEL_BASH_LLM, Key.MODEL_SPEECH)),
)


class HomePanel(QWidget):
    """Four cards; ``open_page(label)`` is called with the page a card leads to."""

    def __init__(self, service: InferenceService, open_page: Callable[[str], None],
                 settings: Settings | None = None) -> None:
        super().__init__()
        self.service = service
        self.settings = settings or Settings()
        self.open_page = open_page
        layout = page_layout(self, "Tiny Specialists",
                             "Tiny models that run on this computer, offline and private: "
                             "pick what you came for.")
        grid = QGridLayout()
        grid.setSpacing(16)
        self.buttons: dict[str, QPushButton] = {}
        self.states: dict[str, QLabel] = {}
        for i, task in enumerate(TASKS):
            grid.addWidget(self._card(task), i // 2, i % 2)
        layout.addLayout(grid)
        self.models_button = QPushButton("Go to Models to fetch what is missing")
        self.models_button.clicked.connect(lambda: self.open_page("Models"))
        layout.addWidget(self.models_button)
        layout.addStretch(1)
        self.refresh()

    def _card(self, task: Task) -> QFrame:
        card = QFrame(objectName="card")
        box = QVBoxLayout(card)
        box.addWidget(QLabel(f"<b>{task.title}</b>"))
        box.addWidget(QLabel(task.what, wordWrap=True, textFormat=PLAIN))
        state = QLabel("", objectName="muted", wordWrap=True, textFormat=PLAIN)
        box.addWidget(state)
        button = QPushButton(task.action, objectName="primary")
        button.clicked.connect(lambda: self.open_page(task.page))
        box.addWidget(button)
        self.buttons[task.title], self.states[task.title] = button, state
        return card

    def showEvent(self, event) -> None:  # a model fetched meanwhile shows as ready
        self.refresh()
        super().showEvent(event)

    def models(self, task: Task) -> list[str]:
        """The models ``task`` uses now: the user's choices in Settings."""
        return [self.settings[key] for key in task.models]

    def missing(self, task: Task) -> list[str]:
        """The models ``task`` needs that are not installed here."""
        store = self.service.store

        def installed(model: str) -> bool:
            try:
                return store.state(model).installed
            except KeyError:  # a remote endpoint: nothing to install
                return model.startswith(("http://", "https://"))

        return [m for m in self.models(task) if not installed(m)]

    def refresh(self) -> None:
        """Say, per task, whether its models are here (after a fetch, say, or a store move)."""
        any_missing = False
        for task in TASKS:
            missing = self.missing(task)
            any_missing |= bool(missing)
            self.states[task.title].setText(
                self._ready(task) if not missing else
                f"Needs {', '.join(missing)}: fetch it on the Models page.")
        self.models_button.setVisible(any_missing)

    def _ready(self, task: Task) -> str:
        names = list(dict.fromkeys(self.models(task)))
        return f"Ready: {', '.join(names)} {'is' if len(names) == 1 else 'are'} installed."
