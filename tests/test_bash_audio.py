"""Speech to command with the panel's speech settings: a neural voice speaks, tiny.en hears,
the pipeline writes the command; silence says so."""

from __future__ import annotations

import json

import numpy as np
import pytest
import soundfile

from tests.cli_helpers import run_cli

SPOKEN = [("git status", "git status"), ("LS dash LA", "ls -la"),
          ("docker P S dash A", "docker ps -a"), ("cat dot E N V", "cat .env")]


def test_cli_audio_to_command(speak, tmp_path, monkeypatch):
    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    files = [str(speak(text)) for text, _ in SPOKEN]
    code, out, err = run_cli("bash", "--json", "--no-llm", "--audio", *files)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0, err
    assert [r["audio"] for r in rows] == files
    assert all(r["transcript"] and r["speech_ms"] > 0 for r in rows)
    right = sum(r["output"] == want for r, (_t, want) in zip(rows, SPOKEN, strict=True))
    assert right >= 3, [(r["transcript"], r["output"]) for r in rows]


@pytest.mark.models
def test_silence_says_no_speech(tmp_path, monkeypatch):
    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    quiet = tmp_path / "quiet.wav"
    soundfile.write(str(quiet), np.zeros(16_000 * 2, dtype=np.float32), 16_000)
    code, _, err = run_cli("bash", "--audio", str(quiet))
    assert code == 1 and "no speech detected" in err


def test_not_audio_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("TINYSPEC_DATA_DIR", str(tmp_path))
    bogus = tmp_path / "notes.wav"
    bogus.write_text("this is not audio")
    code, _, err = run_cli("bash", "--audio", str(bogus))
    assert code == 1 and "notes.wav" in err and "Traceback" not in err
