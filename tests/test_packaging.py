"""The packaging files parse and point at files that exist (the builds themselves run by
`make package` here and by the release workflow on their own runners)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_shell_scripts_parse():
    for script in ("packaging/bootstrap.sh", "packaging/build_deb.sh", "packaging/check_deb.sh",
                   "packaging/macos/build_dmg.sh"):
        assert subprocess.run(["bash", "-n", str(ROOT / script)]).returncode == 0, script


def test_spec_compiles_and_names_its_inputs():
    text = (ROOT / "packaging/tinyspec.spec").read_text()
    compile(text, "tinyspec.spec", "exec")
    assert '"launcher.py"' in text and "NSMicrophoneUsageDescription" in text
    for name in ("QtWebEngineCore", "QtQml", "QtQuick", "QtPdf"):
        assert f"PySide6.{name}" in text


def test_release_workflow_builds_every_platform():
    flow = yaml.safe_load((ROOT / ".github/workflows/release.yml").read_text())
    assert set(flow["jobs"]) == {"linux-deb", "windows", "macos-dmg"}
    arches = {m["arch"] for m in flow["jobs"]["windows"]["strategy"]["matrix"]["include"]}
    assert arches == {"x64", "arm64"}
    arm = next(m for m in flow["jobs"]["windows"]["strategy"]["matrix"]["include"]
               if m["arch"] == "arm64")
    assert "qnn" in arm["extras"]


def test_inno_setup_script_references_existing_files():
    text = (ROOT / "packaging/windows/tinyspec.iss").read_text()
    assert "[Setup]" in text and "[Icons]" in text and "{uninstallexe}" in text
    icon = re.search(r"SetupIconFile=(.+)", text).group(1).strip().replace("\\", "/")
    assert (ROOT / "packaging/windows" / icon).resolve().exists()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (ROOT / f"assets/icons/app-{size}.png").exists()
    assert (ROOT / "assets/icons/app.icns").exists()
