"""What the command groups share: the service and store the user's settings choose."""

from __future__ import annotations

from app.service import InferenceService
from app.settings import Key, Settings
from models.store import ModelStore


def user_store() -> ModelStore:
    """The model store chosen in Settings (the default one unless moved)."""
    return Settings().store()


def make_service() -> InferenceService:
    """A synchronous service on the user's store with the user's thread count."""
    settings = Settings()
    return InferenceService(settings.store(), threaded=False, threads=settings[Key.THREADS])
