"""The app's one small SQLite layer: a locked connection per file, FTS5 schema, search terms.

Each store (bash history, memo library, chat sessions, benchmark history) opens one
:class:`Database`: one connection, shared by the GUI thread and the workers, every use of it
under one ``threading.RLock``. One writer with a lock is the simplest thing that is correct:
SQLite allows one writer per file anyway, and the lock also keeps a reader on one thread from
seeing another thread's half-finished transaction on the shared connection. WAL mode lets
other processes (the command line, a second window) read the file while this one writes, and
``busy_timeout`` makes a second writing process wait its turn instead of failing at once.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from app.errors import UserError

BUSY_TIMEOUT_MS = 5000


class StorageError(UserError):
    """A database file cannot be opened; the message names the file and says why."""


class Database:
    """One SQLite file: WAL, ``busy_timeout``, foreign keys on, one lock-guarded connection.

    Rows come back as :class:`sqlite3.Row` (index or column name). Outside
    :meth:`transaction` every statement commits on its own.
    """

    def __init__(self, path: str | Path, schema: str = "", *, what: str = "database",
                 error: type[Exception] = StorageError) -> None:
        """Open ``path`` (creating it and its folders) and run ``schema`` on it. When it cannot
        be opened, is not a database or the schema fails, ``error(message)`` is raised: one
        line naming the file and ``what`` it holds."""
        self.path = Path(path)
        self._lock = threading.RLock()
        self._depth = 0
        self._conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None, check_same_thread=False)
            self._conn = conn
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if conn.execute("PRAGMA journal_mode=WAL").fetchone()[0].lower() != "wal":
                raise sqlite3.OperationalError("WAL mode is not available")
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL: safe against crashes
            conn.execute("PRAGMA foreign_keys=ON")
            if schema:
                self.executescript(schema)
        except (OSError, sqlite3.Error) as exc:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise error(f"{self.path}: the {what} cannot be opened ({reason})") from None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise sqlite3.ProgrammingError(f"{self.path}: the database is closed")
        return self._conn

    def execute(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
        """Run one statement under the lock; the cursor gives ``lastrowid``/``rowcount``.

        Read rows with :meth:`query`, which fetches them under the lock."""
        with self._lock:
            return self.conn.execute(sql, params)

    def query(self, sql: str, params: Sequence | dict = ()) -> list[sqlite3.Row]:
        """Every row of one statement, fetched under the lock."""
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Row | None:
        """The first row of one statement, or None."""
        with self._lock:
            cur = self.conn.execute(sql, params)
            try:
                return cur.fetchone()
            finally:
                cur.close()

    def executescript(self, script: str) -> None:
        """Run a schema script (``CREATE ... IF NOT EXISTS``) in one transaction."""
        with self.transaction():
            for statement in _statements(script):
                self.conn.execute(statement)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on an exception), holding the lock
        throughout, so no other thread runs a statement in between. Nested uses join the
        outermost transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0

    def close(self) -> None:
        """Close the connection (a second call does nothing)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
                self._conn = None


def _statements(script: str) -> Iterator[str]:
    """Split a script into complete statements (triggers hold ``;`` in their bodies)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf.strip()
            buf = ""
    if buf.strip():
        yield buf.strip()


def fts_schema(table: str, columns: Sequence[str], key: str = "id") -> str:
    """An FTS5 index ``<table>_fts`` over ``columns`` of ``table`` (external content, rowid
    ``key``), kept right by the triggers ``<table>_ai``, ``<table>_ad`` and ``<table>_au``."""
    names = [table, key, *columns]
    if not columns or not all(n.isidentifier() for n in names):
        raise ValueError(f"not SQL identifiers: {names}")
    fts, cols = f"{table}_fts", ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    add = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.{key}, {new});"
    drop = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.{key}, {old});"
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(
    {cols}, content='{table}', content_rowid='{key}');
CREATE TRIGGER IF NOT EXISTS {table}_ai AFTER INSERT ON {table} BEGIN
    {add}
END;
CREATE TRIGGER IF NOT EXISTS {table}_ad AFTER DELETE ON {table} BEGIN
    {drop}
END;
CREATE TRIGGER IF NOT EXISTS {table}_au AFTER UPDATE OF {cols} ON {table} BEGIN
    {drop}
    {add}
END;
"""


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH string: every alphanumeric word of ``query`` as a quoted prefix term
    (``"budg"*``), all required; None when the query has no word. Other characters, quotes
    and FTS operators included, only separate words."""
    terms = "".join(c if c.isalnum() else " " for c in query).split()
    return " ".join(f'"{t}"*' for t in terms) if terms else None
