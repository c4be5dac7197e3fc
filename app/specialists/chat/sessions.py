"""Chat sessions in SQLite (WAL); each save is one transaction."""

from __future__ import annotations

import json
import time
from pathlib import Path

from app.specialists.chat.conversation import Conversation
from app.storage import Database

SCHEMA = """CREATE TABLE IF NOT EXISTS sessions (
    name TEXT PRIMARY KEY, updated_at REAL NOT NULL, data TEXT NOT NULL);"""


class Sessions:
    """Saved conversations by name, newest first; safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        self.db = Database(path, SCHEMA, what="chat sessions")

    def save(self, conv: Conversation) -> None:
        self.db.execute("INSERT OR REPLACE INTO sessions VALUES (?, ?, ?)",
                        (conv.name, time.time(), json.dumps(conv.to_dict())))

    def load(self, name: str) -> Conversation | None:
        row = self.db.query_one("SELECT data FROM sessions WHERE name = ?", (name,))
        return Conversation.from_dict(json.loads(row["data"])) if row else None

    def names(self) -> list[str]:
        return [r["name"] for r in self.db.query(
            "SELECT name FROM sessions ORDER BY updated_at DESC")]

    def latest(self) -> Conversation | None:
        names = self.names()
        return self.load(names[0]) if names else None

    def close(self) -> None:
        self.db.close()
