"""Errors whose message is meant for the user as it stands (no traceback, no prefix)."""

from models.fetch import FetchError
from models.validate import ModelFileError
from runtimes.base import CapabilityError, RuntimeLoadError

USER_FACING: tuple[type[Exception], ...] = (FetchError, ModelFileError, RuntimeLoadError,
                                            CapabilityError)
