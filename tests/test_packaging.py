"""The packaging files parse and point at files that exist (the builds themselves run by
`make package` here and by the release workflow on their own runners)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
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


def _site(package: str) -> Path:
    return Path(__import__(package).__file__).parent


@pytest.mark.skipif(not shutil.which("strip") or not shutil.which("readelf"),
                    reason="binutils (strip, readelf) not installed")
@pytest.mark.models
def test_slim_bundle_strips_prunes_and_links(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))
    from slim_bundle import slim

    bundle = tmp_path / "tiny-specialists"
    internal = bundle / "_internal"
    lib = internal / "llama_cpp" / "lib"
    shutil.copytree(_site("llama_cpp") / "lib", lib)
    shutil.copytree(_site("yaml"), internal / "yaml")
    shutil.copy(shutil.which("true"), bundle / "tinyspec")
    shutil.copy(lib / "libggml.so.0", internal / "libggml.so.0")  # needed by libllama
    shutil.copy(lib / "libggml-cpu.so", internal / "libunused.so.1")  # needed by nothing
    ext = next((internal / "yaml").glob("_yaml*.so"))
    before = ext.stat().st_size

    report = slim(bundle)

    assert not (internal / "libunused.so.1").exists() and (internal / "libggml.so.0").exists()
    assert report["libraries_removed"] == 1
    assert (lib / "libllama.so").is_symlink() and (lib / "libllama.so.0").is_symlink()
    assert not (lib / "libllama.so.0.5.0").is_symlink()
    assert ext.stat().st_size < before / 2  # the debug sections are gone
    code = ("import ctypes, sys, yaml._yaml; "
            f"ctypes.CDLL({str(lib / 'libllama.so')!r}); print(yaml._yaml.__file__)")
    out = subprocess.run([sys.executable, "-c", code], cwd=internal, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(internal)})
    assert out.returncode == 0, out.stderr
    assert str(internal) in out.stdout


def test_bundle_runs_faster_whisper_without_pyav(store):
    """The bundle leaves PyAV out; its runtime hook must let faster-whisper import and
    transcribe, and any use of PyAV must say what happened."""
    code = f"""
import importlib.abc, sys
class NoPyAV(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "av" or name.startswith("av."):
            raise ModuleNotFoundError("No module named 'av'")
sys.meta_path.insert(0, NoPyAV())
exec(open({str(ROOT / 'packaging/hooks/rthook_no_pyav.py')!r}).read())
from models.store import ModelStore
from runtimes.whisper import WhisperRuntime
store = ModelStore()
rt = WhisperRuntime(store.require("whisper-tiny.en"), "whisper-tiny.en")
segments, _ = rt.transcribe({str(ROOT / 'assets/audio/bench_utterance.wav')!r})
print(" ".join(s.text for s in segments))
import av
try:
    av.open
except ImportError as exc:
    print("av:", exc)
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Sarah" in out.stdout and "budget" in out.stdout
    assert "av: PyAV is not part of this build" in out.stdout


@pytest.mark.skipif(not shutil.which("strip") or not shutil.which("readelf"),
                    reason="binutils (strip, readelf) not installed")
def test_strip_keeps_patched_libraries_loadable(tmp_path, monkeypatch):
    """numpy's OpenBLAS, rewritten by patchelf, no longer loads after ``strip --strip-unneeded``;
    the slimmer must notice and keep a loadable file."""
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))
    from slim_bundle import loadable, strip

    libs = _site("numpy").parent / "numpy.libs"  # OpenBLAS and the libraries it needs
    shutil.copytree(libs, tmp_path / "naive")
    shutil.copytree(libs, tmp_path / "careful")
    name = next(libs.glob("libscipy_openblas*.so")).name
    naive, careful = tmp_path / "naive" / name, tmp_path / "careful" / name
    subprocess.run(["strip", "--strip-unneeded", str(naive)], check=True)
    strip([careful])
    assert loadable(careful) and careful.stat().st_size <= (libs / name).stat().st_size

    def loads(path: Path) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", f"import ctypes; ctypes.CDLL({str(path)!r})"],
                              capture_output=True, text=True)

    assert loads(careful).returncode == 0
    if not loadable(naive):  # the breakage this guards against happens with this build
        assert "not page-aligned" in loads(naive).stderr
