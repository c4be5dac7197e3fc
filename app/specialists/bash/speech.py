"""Speech settings for dictation, the same in the panel and in ``tinyspec bash --audio``."""

from __future__ import annotations

# The protocol vocabulary as a prompt, so Whisper writes "dash" and "dot" as words and keeps
# command words it would otherwise "correct" ("git" heard as "get").
INITIAL_PROMPT = ("git status, ls dash la, cd tilde slash projects, cat dot env, grep, pipe, "
                  "quote, dash dash, slash, underscore, npm install, docker ps, sudo, space.")
# Hotwords were tried too: on the audio round trip (40 dictations, tiny.en) the prompt alone
# scored 27.5% exact / 50% effective, prompt + hotwords 27.5% / 37.5%, hotwords alone 22.5% /
# 42.5%, nothing 22.5% / 35% (before the HEARD_AS table, which lifts all of them).
HOTWORDS = "git kubectl npm docker dash dot slash tilde pipe quote underscore space"


def transcribe_options(hotwords: bool = False) -> dict:
    """faster-whisper options for dictation: VAD on, the vocabulary as the initial prompt."""
    options = {"vad_filter": True, "initial_prompt": INITIAL_PROMPT, "beam_size": 5,
               "word_timestamps": False, "condition_on_previous_text": False}
    if hotwords:
        options["hotwords"] = HOTWORDS
    return options
