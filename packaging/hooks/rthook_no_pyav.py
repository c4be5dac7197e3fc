"""Runtime hook of the bundle. PyAV (76 MB of FFmpeg builds) is left out: the app decodes audio
itself (app/audio/decode.py: libsndfile, then Qt's FFmpeg). faster-whisper still imports it at
the top of ``faster_whisper.audio``, and uses it only to decode files, which the app never asks
it to do; a placeholder answers that import and says so if anything does use it."""

import sys
import types


class _PyAVLeftOut(types.ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError("PyAV is not part of this build; audio files are decoded by "
                          "app.audio.decode (libsndfile and Qt's FFmpeg)")


try:
    import av  # noqa: F401 - a build that kept PyAV uses it
except ImportError:
    sys.modules["av"] = _PyAVLeftOut("av")
