"""Speech settings for dictation, the same in the panel and in ``tinyspec bash --audio``."""

from __future__ import annotations

DEFAULT_SPEECH_MODEL = "whisper-tiny.en"
# The protocol vocabulary as a prompt, so Whisper writes "dash" and "dot" as words and keeps
# command words it would otherwise "correct" ("git" heard as "get").
INITIAL_PROMPT = ("git status, ls dash la, cd tilde slash projects, cat dot env, grep, pipe, "
                  "quote, dash dash, slash, underscore, kubectl, npm, docker, sudo, space.")
HOTWORDS = "git kubectl npm docker dash dot slash tilde pipe quote underscore space"


def transcribe_options() -> dict:
    """faster-whisper options for dictation: VAD on, the vocabulary as prompt and hotwords."""
    return {"vad_filter": True, "initial_prompt": INITIAL_PROMPT, "hotwords": HOTWORDS,
            "beam_size": 5, "word_timestamps": False, "condition_on_previous_text": False}
