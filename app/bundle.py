"""What an installed (frozen) app does differently: its default models ship beside it."""

from __future__ import annotations

import sys
from pathlib import Path

from models.store import ModelStore


def seed_bundled_models(store: ModelStore | None = None) -> list[str]:
    """On an installed app's first start, copy the bundled default models into the user's
    model store, so it works offline from the first minute. A no-op when run from source."""
    if not getattr(sys, "frozen", False):
        return []
    bundled = Path(sys.executable).parent / "models"
    return (store or ModelStore()).seed_from(bundled) if bundled.is_dir() else []
