"""The end-of-run check that tests left the user's real folders alone can see a change."""

from __future__ import annotations

import os
from pathlib import Path

from tests.isolation import Isolation


def test_a_write_to_a_real_folder_is_reported(tmp_path, monkeypatch):
    iso = Isolation(tmp_path / "home")
    real = {"model store": tmp_path / "store", "data folder": tmp_path / "data",
            "settings": tmp_path / "config"}
    for folder in real.values():
        folder.mkdir()
    (real["model store"] / "m").mkdir()
    (real["model store"] / "m" / "model.gguf").write_bytes(b"GGUF")
    (real["model store"] / "m" / ".installed.json").write_text("{}")
    (real["model store"] / "adapters" / "chat").mkdir(parents=True)  # the user's trained ones
    monkeypatch.setattr(iso, "real_store", real["model store"])
    monkeypatch.setattr(iso, "watched", lambda: real)
    environ: dict[str, str] = {}
    iso.enter(environ)
    view = Path(environ["TINYSPEC_MODELS_DIR"])
    assert (view / "m" / "model.gguf").read_bytes() == b"GGUF" and os.path.islink(view / "m")
    (view / "user_models.json").write_text("{}")  # lands in the view, not the real store
    assert not (view / "adapters").exists()  # a test's training lands in the view too
    assert iso.changes() == []
    (real["settings"] / "Tiny Specialists.conf").write_text("[ui]\ntheme=dark\n")
    assert iso.changes() == [f"settings ({real['settings']}): Tiny Specialists.conf"]
