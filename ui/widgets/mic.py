"""A missing or unusable microphone said in words a person understands (PortAudio's own
message, "Error querying device -1", goes to the log, not to the window)."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def no_microphone(alternative: str) -> str:
    """What a page says when there is no input device, with what to do instead."""
    return f"No microphone found — plug one in, or {alternative}."


def microphone_problem(error: str, alternative: str, have_device: bool) -> str:
    """The sentence for a microphone that would not open (``error`` is only logged)."""
    log.warning("microphone: %s", error)
    if not have_device or "device -1" in error or "No Default Input" in error:
        return no_microphone(alternative)
    return ("The microphone could not be opened — check that it is plugged in and not in use "
            f"by another program, or {alternative}.")
