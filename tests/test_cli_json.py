"""Every ``--json`` command's whole standard output is JSON, in a real process (native
libraries write to file descriptor 1 directly, which in-process capture would not see)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = [
    ("bench", "--json", "--reps", "1", "--workload", "embedding"),
    ("models", "list", "--json"),
    ("gate", "predict", "--json", "git status dash s"),
    ("bash", "--json", "--no-llm", "git space status"),
    ("memo", "extract", "--json", "Remind me to email Sarah about the budget."),
    ("memo", "list", "--json"),  # JSON lines: none for an empty library
]


def parse_all(out: str) -> list:
    """One JSON document, or one per line; anything else fails."""
    try:
        return [json.loads(out)]
    except json.JSONDecodeError:
        return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a[:2]) for a in COMMANDS])
def test_json_output_is_only_json(args):
    done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=dict(os.environ),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    docs = parse_all(done.stdout)
    assert all(isinstance(d, (dict, list)) for d in docs)
    assert docs or args[:2] == ("memo", "list"), done.stderr[-2000:]


def test_native_chatter_goes_to_the_log_not_stdout(tmp_path):
    script = (
        "import logging, os, sys\n"
        "logging.basicConfig(stream=sys.stderr, level=logging.INFO)\n"
        "from runtimes.native_output import native_stdout_to_log\n"
        "with native_stdout_to_log('a native library'):\n"
        "    os.write(1, b'# LIBNATIVE: chatter\\n')\n"
        "print('{\"ok\": true}')\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert json.loads(done.stdout) == {"ok": True}
    assert "a native library printed: # LIBNATIVE: chatter" in done.stderr
