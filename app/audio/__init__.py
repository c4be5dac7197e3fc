"""Audio in and out of files: the microphone (:mod:`app.audio.microphone`), crash-safe
recording to disk (:mod:`app.audio.recording`) and decoding any audio file to 16 kHz mono
(:mod:`app.audio.decode`)."""
