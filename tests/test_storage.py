"""The SQLite layer: threads sharing one database, FTS triggers, search terms, open errors,
and the benchmark history's move from JSON lines to SQLite. No model files needed."""

from __future__ import annotations

import json
import threading

import pytest

from app import benchmark
from app.errors import UserError
from app.specialists.bash.history import History
from app.specialists.chat.conversation import Conversation, Turn
from app.specialists.chat.sessions import Sessions
from app.specialists.memo.library import Library, LibraryError
from app.storage import Database, StorageError, fts_schema, match_expression

EXTRACTION = {"title": "Memo", "intent": "none", "target": "", "needs_review": False}


def test_threads_share_one_database(tmp_path):
    history = History(tmp_path / "h.sqlite3")
    library = Library(tmp_path / "lib")
    n, errors, done = 150, [], threading.Event()

    def guarded(fn):
        def run():
            try:
                fn()
            except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
                errors.append(exc)
        return run

    def writer(tag: str) -> None:
        for i in range(n):
            history.add(f"say {tag} {i}", f"echo {tag}{i}", "bash", [] if i % 2 else ["x"])

    def memos() -> None:
        for i in range(n // 3):
            library.add(None, f"memo number {i} about zebras", 1.0, EXTRACTION)

    def reader() -> None:
        while not done.is_set():
            history.search("say alpha")
            history.recent(20)
            library.list(query="zebra")

    readers = [threading.Thread(target=guarded(reader))]
    writers = [threading.Thread(target=guarded(lambda t=t: writer(t))) for t in ("alpha", "beta")]
    writers.append(threading.Thread(target=guarded(memos)))
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join()
    done.set()
    readers[0].join()
    assert errors == []
    assert len(history.recent(10_000)) == 2 * n
    assert len(history.search("alpha", 10_000)) == n
    assert {e.input for e in history.search("beta 149")} == {"say beta 149"}
    assert len(library.list(query="zebras")) == n // 3
    assert history.db.query_one("PRAGMA journal_mode")[0] == "wal"


def test_fts_triggers_follow_insert_update_delete(tmp_path):
    db = Database(tmp_path / "t.sqlite3", "CREATE TABLE notes (id INTEGER PRIMARY KEY, "
                  "head TEXT, body TEXT, n INTEGER);" + fts_schema("notes", ("head", "body")))

    def found(words: str) -> list[int]:
        return [r[0] for r in db.query("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? "
                                       "ORDER BY rowid", (match_expression(words),))]

    a = db.execute("INSERT INTO notes (head, body, n) VALUES ('apple', 'red fruit', 1)").lastrowid
    b = db.execute("INSERT INTO notes (head, body, n) VALUES ('pear', 'green', 2)").lastrowid
    assert found("fru") == [a] and found("pear") == [b]
    db.execute("UPDATE notes SET body = 'yellow fruit' WHERE id = ?", (b,))
    assert found("fruit") == [a, b] and found("green") == [] and found("yell") == [b]
    db.execute("UPDATE notes SET n = 3 WHERE id = ?", (a,))  # not an indexed column
    assert found("apple red") == [a]
    db.execute("DELETE FROM notes WHERE id = ?", (a,))
    assert found("fruit") == [b] and found("apple") == []
    db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')")
    # the same schema again changes nothing: it is safe on every open
    db.executescript(fts_schema("notes", ("head", "body")))
    names = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert names == {"notes_ai", "notes_ad", "notes_au"}
    with pytest.raises(ValueError):
        fts_schema("notes; DROP TABLE x", ("head",))


def test_transaction_rolls_back_and_nests(tmp_path):
    db = Database(tmp_path / "t.sqlite3", "CREATE TABLE t (v INTEGER);")
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        with db.transaction():
            db.execute("INSERT INTO t VALUES (2)")
        raise RuntimeError
    assert db.query("SELECT * FROM t") == []
    with db.transaction():
        db.execute("INSERT INTO t VALUES (3)")
    assert [r[0] for r in db.query("SELECT v FROM t")] == [3]
    db.close()
    db.close()


@pytest.mark.parametrize("text, expected", [
    ("", None), ("   ", None), ("!?.,;:-()\"'*", None), ('"', None), ("* - ^ :", None),
    ("* OR -", '"OR"*'),
    ("budg", '"budg"*'), ("git status", '"git"* "status"*'),
    ('say "hi" there', '"say"* "hi"* "there"*'), ("AND OR NOT", '"AND"* "OR"* "NOT"*'),
    ("café naïve", '"café"* "naïve"*'), ('x"y', '"x"* "y"*'),
])
def test_match_expression(text, expected):
    assert match_expression(text) == expected


def test_match_expression_never_breaks_a_search(tmp_path):
    history = History(tmp_path / "h.sqlite3")
    history.add('echo "hi"', 'echo "hi"', "bash", [])
    for text in ['"', '""', '"hi', 'hi"', "hi*", "NEAR(hi", "hi AND", "^hi", "hi:", "-hi",
                 "col:hi", "'", "{hi}", "(", "\\", "\x00", "hi\nthere"]:
        history.search(text)  # no FTS syntax error, whatever was typed
    assert [e.input for e in history.search('"hi')] == ['echo "hi"']


def test_open_errors_are_one_clear_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for path in (blocker / "sub" / "x.sqlite3", tmp_path):  # a folder that cannot be made; a dir
        with pytest.raises(StorageError) as info:
            Database(path, what="command history")
        message = str(info.value)
        assert str(path) in message and "command history cannot be opened" in message
        assert "\n" not in message and isinstance(info.value, UserError)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 300)
    with pytest.raises(StorageError, match="not a database") as info:
        History(garbage)
    assert str(garbage) in str(info.value) and "\n" not in str(info.value)
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "memos.sqlite3").write_bytes(garbage.read_bytes())
    with pytest.raises(LibraryError, match="memo library cannot be opened"):
        Library(tmp_path / "lib")


def test_sessions_round_trip(tmp_path):
    sessions = Sessions(tmp_path / "chat.sqlite3")
    conv = Conversation(name="first", turns=[Turn("user", "hello")])
    assert sessions.names() == [] and sessions.latest() is None
    sessions.save(conv)
    assert sessions.names() == ["first"] and sessions.load("first").to_dict() == conv.to_dict()
    assert sessions.load("missing") is None


def _result(i: int) -> benchmark.BenchResult:
    return benchmark.BenchResult({"cpu": f"cpu {i}", "cores": 4}, 1000.0 + i, 3, [
        benchmark.Cell("embedding", "cpu", "m", True, {"p50_ms": 1.5 + i}, label="x"),
        benchmark.Cell("llm", "gpu", "m", False, reason="no gpu")])


def test_benchmark_history_in_sqlite(tmp_path):
    history = benchmark.History(tmp_path / "bench" / "history.jsonl")
    assert history.all() == []
    history.add(_result(1))
    history.add(_result(2))
    assert history.db.path == tmp_path / "bench" / "history.sqlite3"
    assert not (tmp_path / "bench" / "history.jsonl").exists()
    history.close()
    assert benchmark.History(tmp_path / "bench" / "history.jsonl").all() == [_result(1),
                                                                              _result(2)]


def test_benchmark_history_imports_jsonl_once(tmp_path):
    old = tmp_path / "history.jsonl"
    old.write_text("\n".join([json.dumps(_result(1).to_dict()), "{broken",
                              json.dumps({"machine": {}}), json.dumps(_result(2).to_dict())])
                   + "\n", encoding="utf-8")
    history = benchmark.History(old)
    assert history.all() == [_result(1), _result(2)]
    history.add(_result(3))
    history.close()
    again = benchmark.History(old)  # the file is still there, but already imported
    assert again.all() == [_result(1), _result(2), _result(3)]
    assert old.exists()
