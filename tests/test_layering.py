"""The dependency direction ``ui -> app -> (runtimes, models)``, checked on every import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What each layer may not import (a prefix match on the imported module's name).
FORBIDDEN = {
    "runtimes": ("PySide6", "app", "ui"),
    "models": ("PySide6", "app", "ui"),
    "app": ("ui", "PySide6.QtWidgets", "PySide6.QtGui"),
}


def imports(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports, at any depth (lazy imports count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
    return out


def _violations(layer: str, root: Path = ROOT) -> list[str]:
    bad = []
    for path in sorted((root / layer).rglob("*.py")):
        for line, name in imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(root)}:{line} imports {name}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer):
    assert _violations(layer) == []


def test_the_check_catches_a_violation(tmp_path):
    (tmp_path / "runtimes").mkdir()
    (tmp_path / "runtimes" / "bad.py").write_text("def f():\n    from app.cli import main\n")
    assert _violations("runtimes", tmp_path) == ["runtimes/bad.py:2 imports app.cli"]
