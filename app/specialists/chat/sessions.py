"""Chat sessions in SQLite (WAL); each save is one transaction."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from app.specialists.chat.conversation import Conversation

SCHEMA = """CREATE TABLE IF NOT EXISTS sessions (
    name TEXT PRIMARY KEY, updated_at REAL NOT NULL, data TEXT NOT NULL)"""


class Sessions:
    def __init__(self, path: str | Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(SCHEMA)

    def save(self, conv: Conversation) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO sessions VALUES (?, ?, ?)",
                            (conv.name, time.time(), json.dumps(conv.to_dict())))

    def load(self, name: str) -> Conversation | None:
        row = self.db.execute("SELECT data FROM sessions WHERE name = ?", (name,)).fetchone()
        return Conversation.from_dict(json.loads(row[0])) if row else None

    def names(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT name FROM sessions ORDER BY updated_at DESC")]

    def latest(self) -> Conversation | None:
        names = self.names()
        return self.load(names[0]) if names else None
