"""Text that tries to drive the terminal or sneak past the parsers: escapes, NUL bytes,
bidi overrides, deep nesting. Each case asserts a clean message and a live process."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from app.specialists.gate.examples import ExamplesError, load_examples
from app.untrusted import TerminalFilter, for_display, for_terminal
from tests.hostile.sandbox import assert_clean, run_cli

OSC52 = "\x1b]52;c;ZXZpbA==\x07"  # sets the clipboard in many terminals
ANSI = "\x1b[2J\x1b[31m"


def test_for_terminal_shows_escapes_instead_of_obeying_them():
    out = for_terminal(f"name{OSC52}{ANSI}\r\0\u202eexe.txt\nnext\tcol")
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\0" not in out
    assert "\u202e" not in out and "\\x1b]52" in out and "\\u202e" in out
    assert out.endswith("\nnext\tcol")  # newline and tab are kept


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_for_terminal_leaves_no_control_character(text):
    out = for_terminal(text)
    assert all(ch in "\n\t" or (ord(ch) >= 0x20 and not 0x7F <= ord(ch) <= 0x9F) for ch in out)
    assert for_display(text, 50).count("\x1b") == 0 and len(for_display(text, 50)) <= 50


def test_terminal_filter_keeps_the_apps_own_carriage_return(capsys):
    import sys

    stream = TerminalFilter(sys.stderr)
    stream.write("a\rb")
    stream.write_control("\rprogress")
    assert capsys.readouterr().err == "a\\x0db\rprogress"


def test_bash_command_line_with_escapes_and_nul():
    outcome = run_cli(["bash", "--no-llm", "--json"],
                      stdin=f"git space status {OSC52}\0 dash dash short\n", timeout=120)
    assert_clean(outcome, rc=0)
    assert "\x1b" not in outcome.out + outcome.err and "\x00" not in outcome.out
    result = json.loads(outcome.out.splitlines()[0])
    assert result["output"].startswith("git status") and "\0" not in result["output"]


def test_bash_plain_output_cannot_drive_the_terminal():
    outcome = run_cli(["bash", "--no-llm"], stdin=f"echo space {ANSI}{OSC52}\n", timeout=120)
    assert_clean(outcome, rc=0)
    assert "\x1b" not in outcome.out + outcome.err and "\x07" not in outcome.out


def test_examples_file_nested_deeply_huge_or_a_fifo(tmp_path):
    import os

    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + ', "level": "simple"}\n')
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    for path, message in ((deep, "nested too deeply|not valid JSON"),
                          (fifo, "not a regular file")):
        try:
            load_examples(path)
        except ExamplesError as exc:
            import re

            assert re.search(message, str(exc)), exc
        else:
            raise AssertionError(f"{path} was accepted")


def test_gate_train_on_a_deeply_nested_file(tmp_path):
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + ', "level": "simple"}\n')
    outcome = run_cli(["gate", "train", str(deep)], timeout=120)
    assert_clean(outcome, rc=1, message="bad line")
