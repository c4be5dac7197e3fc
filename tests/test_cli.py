"""``tinyspec`` headless: version, models list/verify/fetch, and errors as one line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from app import __version__
from tests.cli_helpers import run_cli


def test_version_from_the_script_and_the_module():
    code, out, _ = run_cli("--version")
    assert code == 0 and out.strip() == f"Tiny Specialists {__version__}"
    proc = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_models_list_json_covers_the_catalog(store):
    code, out, _ = run_cli("models", "list", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    by_id = {r["id"]: r for r in rows}
    for model_id in ("gemma-3-270m", "smollm2-135m-instruct", "whisper-tiny.en",
                     "whisper-base", "minilm-l6-int8", "minilm-l6-tokenizer"):
        assert by_id[model_id]["state"] == "installed" and by_id[model_id]["default"]
        assert by_id[model_id]["size"] > 0 and by_id[model_id]["license"]
    code, out, _ = run_cli("models", "list")
    assert "gemma-3-270m" in out and "installed" in out and "Gemma terms of use" in out


def test_models_verify_rehashes(store):
    code, out, _ = run_cli("models", "verify", "minilm-l6-int8", "whisper-tiny.en")
    assert code == 0 and out.splitlines() == ["minilm-l6-int8: ok", "whisper-tiny.en: ok"]


def test_models_verify_catches_a_changed_byte(tmp_path, monkeypatch, store):
    gguf = tmp_path / "m.gguf"
    shutil.copy(store.require("smollm2-135m-instruct"), gguf)
    monkeypatch.setenv("TINYSPEC_MODELS_DIR", str(tmp_path / "store"))
    assert run_cli("models", "add", str(gguf))[0] == 0
    with open(gguf, "r+b") as f:
        f.seek(5_000_000)
        f.write(b"\xff" * 16)
    code, out, _ = run_cli("models", "verify", "m")
    assert code == 1 and "checksum mismatch" in out


def test_errors_are_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("TINYSPEC_MODELS_DIR", str(tmp_path / "empty"))
    code, _, err = run_cli("models", "fetch")
    assert code == 1 and err.strip() == "error: name the models to fetch, or use --default"
    code, _, err = run_cli("models", "fetch", "no-such-model")
    assert code == 1 and "unknown model 'no-such-model'" in err and len(err.splitlines()) == 1
    code, _, err = run_cli("models", "add", str(tmp_path / "missing.gguf"))
    assert code == 1 and "no such file" in err
