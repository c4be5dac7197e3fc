"""The memo library: SQLite (WAL, FTS5 over titles and transcripts), audio files beside it.

Every change is one transaction, so a process killed mid-write leaves the library as it was
before that change. Deleting moves a memo to the trash (undo restores it); only emptying the
trash removes rows and audio.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.errors import UserError
from app.storage import Database, fts_schema, match_expression

SCHEMA = """
CREATE TABLE IF NOT EXISTS memos (
    id INTEGER PRIMARY KEY,
    created_at REAL NOT NULL,
    audio TEXT NOT NULL DEFAULT '',
    duration REAL NOT NULL DEFAULT 0,
    transcript TEXT NOT NULL DEFAULT '',
    segments TEXT NOT NULL DEFAULT '[]',
    title TEXT NOT NULL DEFAULT '',
    intent TEXT NOT NULL DEFAULT 'none',
    target TEXT NOT NULL DEFAULT '',
    needs_review INTEGER NOT NULL DEFAULT 0,
    review_reasons TEXT NOT NULL DEFAULT '[]',
    final INTEGER NOT NULL DEFAULT 0,
    deleted_at REAL
);
""" + fts_schema("memos", ("title", "transcript"))


class LibraryError(UserError):
    """The library cannot be opened or written; the message says where and why."""


@dataclass
class Memo:
    id: int
    created_at: float
    audio: str
    duration: float
    transcript: str
    segments: list = field(default_factory=list)
    title: str = ""
    intent: str = "none"
    target: str = ""
    needs_review: bool = False
    review_reasons: list = field(default_factory=list)
    final: bool = False
    deleted_at: float | None = None
    method: str = ""  # who titled it, when it was just extracted (not stored)

    def to_dict(self) -> dict:
        return asdict(self)

    def to_markdown(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.created_at))
        lines = [f"# {self.title}", "", f"- Recorded: {when}",
                 f"- Duration: {self.duration:.0f} s", f"- Intent: {self.intent}"]
        if self.target:
            lines.append(f"- Target: {self.target}")
        if self.needs_review:
            lines.append(f"- Needs review: {'; '.join(self.review_reasons)}")
        lines += ["", self.transcript, ""]
        return "\n".join(lines)


class Library:
    """Memos in ``folder/memos.sqlite3``; audio under ``folder/audio``."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.audio_dir = self.folder / "audio"
        try:
            self.audio_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"{self.folder}: the memo library cannot be opened ({exc})") \
                from None
        self.db = Database(self.folder / "memos.sqlite3", SCHEMA, what="memo library",
                           error=LibraryError)

    def _write(self, sql: str, args: tuple) -> int:
        try:
            return int(self.db.execute(sql, args).lastrowid or 0)
        except sqlite3.Error as exc:
            raise LibraryError(f"{self.folder}: the memo could not be saved ({exc}); "
                               "the audio is kept") from None

    def add(self, audio: str | Path | None, transcript: str, duration: float,
            extraction: dict, segments: list | None = None, copy_audio: bool = True) -> Memo:
        """Store a memo; its audio is copied into the library folder unless already there."""
        stored = ""
        if audio:
            src = Path(audio)
            stored = str(src)
            if copy_audio and src.parent != self.audio_dir:
                dest = self.audio_dir / f"{int(time.time() * 1000)}-{src.name}"
                try:
                    shutil.copy2(src, dest)
                except OSError as exc:
                    raise LibraryError(f"{dest}: the audio could not be copied ({exc}); the "
                                       f"original is still at {src}") from None
                stored = str(dest)
        memo_id = self._write(
            "INSERT INTO memos (created_at, audio, duration, transcript, segments, title, "
            "intent, target, needs_review, review_reasons) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (time.time(), stored, duration, transcript, json.dumps(segments or []),
             extraction["title"], extraction["intent"], extraction["target"],
             int(extraction["needs_review"]), json.dumps(extraction.get("review_reasons",
                                                                        []))))
        memo = self.get(memo_id)
        memo.method = str(extraction.get("method", ""))
        return memo

    def get(self, memo_id: int) -> Memo:
        row = self.db.query_one("SELECT * FROM memos WHERE id = ?", (memo_id,))
        if row is None:
            raise LibraryError(f"no memo {memo_id}")
        return self._memo(row)

    def list(self, needs_review: bool | None = None, trash: bool = False,
             query: str = "") -> list[Memo]:
        where = ["deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"]
        args: list = []
        if needs_review is not None:
            where.append("needs_review = ?")
            args.append(int(needs_review))
        sql = "SELECT * FROM memos WHERE " + " AND ".join(where) + " ORDER BY created_at DESC"
        match = match_expression(query)
        if match is not None:
            sql = ("SELECT m.* FROM memos_fts f JOIN memos m ON m.id = f.rowid WHERE "
                   "memos_fts MATCH ? AND " + " AND ".join(f"m.{w}" for w in where) +
                   " ORDER BY m.created_at DESC")
            args = [match, *args]
        return [self._memo(r) for r in self.db.query(sql, args)]

    def update(self, memo_id: int, **fields) -> Memo:
        """Edit title, intent, target, or finalize (``final=True`` clears needs_review)."""
        allowed = {"title", "intent", "target", "final", "needs_review"}
        bad = set(fields) - allowed
        if bad:
            raise LibraryError(f"cannot edit {', '.join(sorted(bad))}")
        if fields.get("final"):
            fields["needs_review"] = False
        sets = ", ".join(f"{k} = ?" for k in fields)
        self._write(f"UPDATE memos SET {sets} WHERE id = ?",
                    (*[int(v) if isinstance(v, bool) else v for v in fields.values()],
                     memo_id))
        return self.get(memo_id)

    def delete(self, memo_id: int) -> None:
        """Move to the trash (undo with :meth:`restore`)."""
        self._write("UPDATE memos SET deleted_at = ? WHERE id = ?", (time.time(), memo_id))

    def restore(self, memo_id: int) -> None:
        self._write("UPDATE memos SET deleted_at = NULL WHERE id = ?", (memo_id,))

    def empty_trash(self) -> int:
        gone = self.list(trash=True)
        for memo in gone:
            if memo.audio and Path(memo.audio).parent == self.audio_dir:
                Path(memo.audio).unlink(missing_ok=True)
        self._write("DELETE FROM memos WHERE deleted_at IS NOT NULL", ())
        return len(gone)

    def export(self, memos: list[Memo], path: str | Path, fmt: str) -> Path:
        path = Path(path)
        if fmt == "json":
            text = json.dumps([m.to_dict() for m in memos], indent=2, ensure_ascii=False)
        elif fmt in ("md", "markdown"):
            text = "\n---\n\n".join(m.to_markdown() for m in memos)
        else:
            raise LibraryError(f"unknown export format {fmt!r}: use md or json")
        tmp = path.with_suffix(path.suffix + ".tmp")
        try:
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise LibraryError(f"{path}: the export could not be written ({exc.strerror or exc})") \
                from None
        return path

    @staticmethod
    def _memo(row: sqlite3.Row) -> Memo:
        d = dict(row)
        d["segments"] = json.loads(d["segments"])
        d["review_reasons"] = json.loads(d["review_reasons"])
        d["needs_review"], d["final"] = bool(d["needs_review"]), bool(d["final"])
        return Memo(**d)

    def close(self) -> None:
        self.db.close()
