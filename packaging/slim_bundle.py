"""Slim a PyInstaller one-folder bundle on Linux, after COLLECT (run by ``tinyspec.spec``;
``python packaging/slim_bundle.py build/dist/tiny-specialists`` does it by hand):

- strip ELF files (``--strip-unneeded``; the CTranslate2 extension carries 66 MB of debug
  sections, libpython 17 MB). strip can break a library that patchelf rewrote for auditwheel
  (numpy's OpenBLAS: a LOAD segment no longer page-aligned, which the loader refuses), so each
  stripped file's LOAD segments are checked, and a file that fails gets the milder
  ``--strip-debug`` or stays as it was;
- delete top-level shared libraries that nothing left in the bundle needs (PyInstaller collects
  the dependencies of Qt plugins before the spec drops those plugins: GTK, cairo, pango, ...);
- turn llama.cpp's three identical copies of each library (``.so``, ``.so.0``, ``.so.0.x.y``)
  into symlinks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Loaded by name through ctypes (sounddevice, soundfile) or by the bootloader: never "unused".
LOADED_BY_NAME = ("libportaudio", "libsndfile", "libpython")


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def _readelf(flag: str, path: Path) -> str:
    return subprocess.run(["readelf", flag, "-W", str(path)], capture_output=True,
                          text=True, check=False).stdout


def needed(path: Path) -> list[str]:
    """The DT_NEEDED names of one ELF file."""
    return [line.split("[", 1)[1].rstrip("]") for line in _readelf("-d", path).splitlines()
            if "(NEEDED)" in line]


def loadable(path: Path) -> bool:
    """Every LOAD segment keeps ``vaddr = offset (mod align)``, as the dynamic loader demands."""
    for line in _readelf("-l", path).splitlines():
        fields = line.split()
        if fields and fields[0] == "LOAD":
            offset, vaddr, align = int(fields[1], 16), int(fields[2], 16), int(fields[-1], 16)
            if align > 1 and (vaddr - offset) % align:
                return False
    return True


def strip(files: list[Path]) -> int:
    """Strip what each file can lose and still load (see above); returns the bytes saved."""
    saved = 0
    for path in files:
        sections = _readelf("-S", path)
        if ".symtab" not in sections and ".debug_" not in sections:
            continue
        original = path.read_bytes()
        for mode in ("--strip-unneeded", "--strip-debug"):
            subprocess.run(["strip", mode, str(path)], check=True)
            if loadable(path):
                break
            path.write_bytes(original)
        saved += len(original) - path.stat().st_size
    return saved


def unused_top_level(internal: Path, files: list[Path]) -> list[Path]:
    """Top-level libraries of ``_internal`` outside the NEEDED closure of everything else."""
    top = {p for p in files if p.parent == internal and ".so" in p.name
           and not p.name.endswith(".abi3.so") and ".cpython-" not in p.name}
    by_name: dict[str, list[Path]] = {}
    for path in files:
        by_name.setdefault(path.name, []).append(path)
    for link in internal.rglob("*"):  # names that reach a file through a symlink
        if link.is_symlink() and link.resolve().is_file():
            by_name.setdefault(link.name, []).append(link.resolve())
    queue = [p for p in files if p not in top or p.name.startswith(LOADED_BY_NAME)]
    queue += [p for p in internal.parent.iterdir() if is_elf(p)]  # the executable
    reached = set(queue)
    while queue:
        for name in needed(queue.pop()):
            for target in by_name.get(name, ()):
                if target not in reached:
                    reached.add(target)
                    queue.append(target)
    return sorted(top - reached)


def link_duplicate_libraries(folder: Path) -> None:
    """Keep the longest name of identical ``libx.so*`` copies; the others become symlinks."""
    for lib in sorted(folder.glob("*.so.*.*"), key=lambda p: -len(p.name)):
        stem = lib.name.split(".so")[0] + ".so"
        for short in (folder / stem, *folder.glob(stem + ".[0-9]")):
            if short != lib and short.is_file() and not short.is_symlink() \
                    and short.read_bytes() == lib.read_bytes():
                short.unlink()
                short.symlink_to(lib.name)


def slim(bundle: Path) -> dict[str, int]:
    """Do all three to ``bundle`` (the folder holding the executable and ``_internal``)."""
    internal = bundle / "_internal"
    llama = internal / "llama_cpp" / "lib"
    if llama.is_dir():
        link_duplicate_libraries(llama)
    files = [p for p in internal.rglob("*") if is_elf(p)]
    saved = strip(files)
    removed = unused_top_level(internal, files)
    for path in removed:
        saved += path.stat().st_size
        path.unlink()
    for link in internal.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    return {"stripped_or_removed_bytes": saved, "libraries_removed": len(removed)}


if __name__ == "__main__":
    print(slim(Path(sys.argv[1])))
