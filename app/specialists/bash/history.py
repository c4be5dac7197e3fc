"""History of dictated commands in SQLite (WAL, FTS5 search). Nothing here runs a command."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY,
    created_at REAL NOT NULL,
    input TEXT NOT NULL,
    output TEXT NOT NULL,
    route TEXT NOT NULL,
    flagged INTEGER NOT NULL DEFAULT 0,
    reasons TEXT NOT NULL DEFAULT '[]'
);
CREATE VIRTUAL TABLE IF NOT EXISTS history_fts USING fts5(
    input, output, content='history', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS history_ai AFTER INSERT ON history BEGIN
    INSERT INTO history_fts(rowid, input, output) VALUES (new.id, new.input, new.output);
END;
CREATE TRIGGER IF NOT EXISTS history_ad AFTER DELETE ON history BEGIN
    INSERT INTO history_fts(history_fts, rowid, input, output)
    VALUES ('delete', old.id, old.input, old.output);
END;
"""


@dataclass
class Entry:
    id: int
    created_at: float
    input: str
    output: str
    route: str
    flagged: bool
    reasons: list[str]


class History:
    """One SQLite file; every write is its own transaction."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)

    def add(self, input_text: str, output: str, route: str, reasons: list[str]) -> int:
        with self.db:
            cur = self.db.execute(
                "INSERT INTO history (created_at, input, output, route, flagged, reasons) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (time.time(), input_text, output, route, int(bool(reasons)), json.dumps(reasons)))
        return int(cur.lastrowid)

    def recent(self, limit: int = 200) -> list[Entry]:
        rows = self.db.execute("SELECT * FROM history ORDER BY id DESC LIMIT ?", (limit,))
        return [self._entry(r) for r in rows]

    def search(self, query: str, limit: int = 200) -> list[Entry]:
        """Full-text search over what was said and what came out (prefix match per word)."""
        terms = [t for t in "".join(c if c.isalnum() else " " for c in query).split() if t]
        if not terms:
            return self.recent(limit)
        match = " ".join(f'"{t}"*' for t in terms)
        rows = self.db.execute(
            "SELECT h.* FROM history_fts f JOIN history h ON h.id = f.rowid "
            "WHERE history_fts MATCH ? ORDER BY h.id DESC LIMIT ?", (match, limit))
        return [self._entry(r) for r in rows]

    def delete(self, entry_id: int) -> None:
        with self.db:
            self.db.execute("DELETE FROM history WHERE id = ?", (entry_id,))

    @staticmethod
    def _entry(row: tuple) -> Entry:
        return Entry(row[0], row[1], row[2], row[3], row[4], bool(row[5]), json.loads(row[6]))

    def close(self) -> None:
        self.db.close()
