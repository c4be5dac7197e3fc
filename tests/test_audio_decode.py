"""Audio files in the formats users pick come back as 16 kHz mono float32, the same samples
faster-whisper's own PyAV decoder gives (the reference), without PyAV."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest
import soundfile
from faster_whisper import decode_audio

from app.audio.decode import decode_with_qt, load_audio
from app.service import InferenceService
from app.specialists.memo import MemoSpecialist
from runtimes.audio_file import UnsupportedAudio, read_audio
from runtimes.base import InputError
from tests.fake_audio import load_16k

RATE = 44_100


def tone(seconds: float = 2.0, rate: int = RATE) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * 440 * t) * np.minimum(1, t)).astype(np.float32)


def write_m4a(path: Path, samples: np.ndarray, rate: int) -> Path:
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=rate, layout="mono")
        frame = av.AudioFrame.from_ndarray(samples[None, :], format="flt", layout="mono")
        frame.sample_rate = rate
        for packet in (*stream.encode(frame), *stream.encode(None)):
            out.mux(packet)
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    x = tone()
    out = {}
    for name, data, kwargs in (("mono.flac", x, {}), ("mono.ogg", x, {}),
                               ("mono.mp3", x, {}), ("stereo.wav", np.stack([x, x], 1), {}),
                               ("pcm16k.wav", tone(rate=16000), {"subtype": "PCM_16"})):
        out[name] = folder / name
        soundfile.write(str(out[name]), data, 16000 if "16k" in name else RATE, **kwargs)
    out["phone.m4a"] = write_m4a(folder / "phone.m4a", x, RATE)
    return out


@pytest.mark.parametrize("name", ["mono.flac", "mono.ogg", "mono.mp3", "stereo.wav",
                                  "pcm16k.wav", "phone.m4a"])
def test_formats_match_faster_whispers_decoder(files, name):
    ours = load_audio(files[name])
    reference = decode_audio(str(files[name]))
    assert ours.dtype == np.float32 and ours.ndim == 1
    assert abs(len(ours) - len(reference)) <= 0.01 * len(reference)
    n = min(len(ours), len(reference))
    assert np.corrcoef(ours[:n], reference[:n])[0, 1] > 0.999
    assert np.max(np.abs(ours)) == pytest.approx(np.max(np.abs(reference)), rel=0.05)


def test_m4a_goes_through_qt_and_matches_libsndfile_on_the_same_audio(files):
    with pytest.raises(UnsupportedAudio):
        read_audio(files["phone.m4a"])
    via_qt = decode_with_qt(files["mono.flac"])
    via_sndfile = read_audio(files["mono.flac"])
    assert len(via_qt) == len(via_sndfile)
    assert np.max(np.abs(via_qt - via_sndfile)) < 1e-3


@pytest.mark.parametrize("content", [b"this is not audio", b"", b"ID3\x03\x00" + bytes(300),
                                     b"RIFF\x10\x00\x00\x00WAVEfmt "])
def test_not_audio_names_the_file(tmp_path, content):
    path = tmp_path / "notes.m4a"
    path.write_bytes(content)
    with pytest.raises(InputError, match="notes.m4a: not audio this app can read"):
        load_audio(path)


def test_missing_file_and_truncated_wav(tmp_path, files):
    with pytest.raises(InputError, match="no such file"):
        load_audio(tmp_path / "gone.wav")
    cut = tmp_path / "cut.wav"
    cut.write_bytes(files["pcm16k.wav"].read_bytes()[:20_000])  # header promises more
    audio = load_audio(cut)
    assert 0 < len(audio) <= 10_000  # what is there, and no more


def test_memo_from_an_m4a_phone_recording(store, tmp_path, speak):
    speech = load_16k(speak("Remind me to call the dentist on Friday morning."))
    m4a = write_m4a(tmp_path / "voice memo.m4a", speech, 16000)
    memos = MemoSpecialist(InferenceService(store, threaded=False), tmp_path / "memos")
    memo = memos.add(m4a).outcome()
    assert "dentist" in memo.transcript.lower() and memo.intent in {"call", "reminder"}
    assert memo.duration == pytest.approx(len(speech) / 16000, abs=0.2)


def test_cancel_stops_qts_decoder(files):
    class Stop(Exception):
        pass

    calls = []

    def check():
        calls.append(1)
        if len(calls) == 3:
            raise Stop

    with pytest.raises(Stop):
        decode_with_qt(files["phone.m4a"], check)
    assert len(calls) == 3  # stopped at the first cancel, not after the whole file
