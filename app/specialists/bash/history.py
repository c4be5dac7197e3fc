"""History of dictated commands in SQLite (WAL, FTS5 search). Nothing here runs a command."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from app.storage import Database, fts_schema, match_expression

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
""" + fts_schema("history", ("input", "output"))


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
    """One SQLite file, safe to share between threads; every write is its own transaction."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = Database(self.path, SCHEMA, what="command history")

    def add(self, input_text: str, output: str, route: str, reasons: list[str]) -> int:
        cur = self.db.execute(
            "INSERT INTO history (created_at, input, output, route, flagged, reasons) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (time.time(), input_text, output, route, int(bool(reasons)), json.dumps(reasons)))
        return int(cur.lastrowid)

    def recent(self, limit: int = 200) -> list[Entry]:
        rows = self.db.query("SELECT * FROM history ORDER BY id DESC LIMIT ?", (limit,))
        return [self._entry(r) for r in rows]

    def search(self, query: str, limit: int = 200) -> list[Entry]:
        """Full-text search over what was said and what came out (prefix match per word)."""
        match = match_expression(query)
        if match is None:
            return self.recent(limit)
        rows = self.db.query(
            "SELECT h.* FROM history_fts f JOIN history h ON h.id = f.rowid "
            "WHERE history_fts MATCH ? ORDER BY h.id DESC LIMIT ?", (match, limit))
        return [self._entry(r) for r in rows]

    def delete(self, entry_id: int) -> None:
        self.db.execute("DELETE FROM history WHERE id = ?", (entry_id,))

    @staticmethod
    def _entry(row: sqlite3.Row) -> Entry:
        return Entry(row["id"], row["created_at"], row["input"], row["output"], row["route"],
                     bool(row["flagged"]), json.loads(row["reasons"]))

    def close(self) -> None:
        self.db.close()
