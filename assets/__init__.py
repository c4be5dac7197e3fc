"""Icons, stylesheet, default gate examples and prompt templates, shipped as package data."""

from importlib import resources
from pathlib import Path


def asset_path(name: str) -> Path:
    """Path of a file in the ``assets`` package."""
    return Path(str(resources.files("assets").joinpath(name)))
