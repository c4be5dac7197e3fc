"""User settings in QSettings: one wrapper, one enum of keys, typed defaults.

Moving the model store migrates the files (folder by folder, each with its marker) and only
then points the setting at the new place, so a failed move leaves the old store working.
"""

from __future__ import annotations

import os
import shutil
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings

from app.defaults import DEFAULTS
from app.errors import UserError
from app.paths import ENV_DATA, data_dir
from models.store import MARKER, USER_FILE, ModelStore, default_root

PRIVACY = ("Nothing leaves this machine: models run here, recordings and notes stay in your "
           "data folder, and there is no telemetry. The network is used only to fetch models "
           "you ask for, and to reach a remote endpoint if you configure one.")
DEVICE_CHOICES = ("auto", "cpu", "npu", "gpu")
THEMES = ("system", "light", "dark")


class Key(Enum):
    DEVICE_BASH = ("device/bash", "auto")
    DEVICE_MEMO = ("device/memo", "auto")
    DEVICE_GATE = ("device/gate", "auto")
    DEVICE_CHAT = ("device/chat", "auto")
    THREADS = ("runtime/threads", 0)
    MODEL_BASH_LLM = ("models/bash_llm", DEFAULTS.bash_llm)
    MODEL_CHAT = ("models/chat", DEFAULTS.chat)
    MODEL_SPEECH = ("models/speech", DEFAULTS.speech)
    MODEL_EMBED = ("models/embed", DEFAULTS.embed)
    AUDIO_INPUT = ("audio/input", "")
    STORE = ("models/store", "")
    THEME = ("ui/theme", "system")
    LOG_FOLDER = ("logs/folder", "")
    BENCH_REPS = ("bench/reps", 10)
    LAST_PAGE = ("ui/last_page", "")
    GEOMETRY = ("ui/geometry", "")  # the window's saveGeometry(), hex

    @property
    def path(self) -> str:
        return self.value[0]

    @property
    def default(self):
        return self.value[1]


def default_qsettings() -> QSettings:
    """The user's settings; with ``$TINYSPEC_DATA_DIR`` set (tests, a portable install) they
    live in that folder as ``settings.ini``, so nothing escapes it."""
    if os.environ.get(ENV_DATA):
        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("Tiny Specialists", "Tiny Specialists")


class SettingsError(UserError):
    pass


class Settings:
    """``settings[Key.THEME]`` reads with the key's default and type; assignment writes."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or default_qsettings()

    def __getitem__(self, key: Key):
        value = self.q.value(key.path, key.default)
        if isinstance(key.default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return key.default
        return str(value) if value is not None else key.default

    def __setitem__(self, key: Key, value) -> None:
        if key.path.startswith("device/") and value not in DEVICE_CHOICES:
            raise SettingsError(f"device must be one of {', '.join(DEVICE_CHOICES)}")
        if key is Key.THEME and value not in THEMES:
            raise SettingsError(f"theme must be one of {', '.join(THEMES)}")
        self.q.setValue(key.path, value)
        self.q.sync()

    def device(self, key: Key) -> str:
        """The device to ask for: "auto" means the NPU only on real NPU hosts, else CPU."""
        value = self[key]
        if value != "auto":
            return value
        from runtimes.qnn import is_real_npu_host

        return "npu" if is_real_npu_host() else "cpu"

    def store_root(self) -> Path:
        return Path(self[Key.STORE]) if self[Key.STORE] else default_root()

    def store(self) -> ModelStore:
        """The model store the user chose (the service is given it; nothing reads it from
        the environment)."""
        return ModelStore(self.store_root())


def move_store(settings: Settings, new_root: str | Path) -> ModelStore:
    """Move every installed model (and the added-models list) to ``new_root``; then switch."""
    old = ModelStore(settings.store_root())
    new_root = Path(new_root).expanduser().resolve()
    if new_root == old.root.resolve():
        return old
    moved: list[tuple[Path, Path]] = []
    try:
        new_root.mkdir(parents=True, exist_ok=True)
        for entry in old.entries():
            src = old.root / entry.id
            if entry.local_path or not (src / MARKER).is_file():
                continue
            dest = new_root / entry.id
            if dest.exists():
                shutil.rmtree(dest)
            shutil.move(str(src), str(dest))
            moved.append((src, dest))
        if (old.root / USER_FILE).exists():
            shutil.copy2(old.root / USER_FILE, new_root / USER_FILE)
    except OSError as exc:
        for src, dest in reversed(moved):  # put back what had moved: the old store stays whole
            shutil.move(str(dest), str(src))
        raise SettingsError(f"{new_root}: the models could not be moved there ({exc}); the "
                            f"store stays at {old.root}") from None
    settings[Key.STORE] = str(new_root)
    return ModelStore(new_root)
