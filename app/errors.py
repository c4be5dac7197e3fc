"""Errors whose message is meant for the user as it stands (no traceback, no prefix)."""

from models.fetch import FetchError
from models.store import UnknownModelError
from models.validate import ModelFileError
from runtimes.base import CapabilityError, InputError, RuntimeLoadError


class UserError(ValueError):
    """Base of the app's own errors that carry a message for the user."""


USER_FACING: tuple[type[Exception], ...] = (UserError, FetchError, ModelFileError,
                                            UnknownModelError, RuntimeLoadError,
                                            CapabilityError, InputError)
