"""Crafted audio files for the hostile-input tests: WAV headers with any field (rates, channels,
chunk sizes that lie), truncated files, and bytes that are not audio under audio names.

Every function returns bytes or writes a file; nothing here decodes. Field values are taken as
given (clipped only to the width of their field), so a header can say what no encoder would.
"""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import numpy as np

PCM, IEEE_FLOAT = 1, 3
U16, U32 = 0xFFFF, 0xFFFFFFFF

NOT_AUDIO: dict[str, bytes] = {
    "png": b"\x89PNG\r\n\x1a\n" + bytes(13) + b"IHDR" + os.urandom(200),
    "text": b"Dear diary, today I recorded nothing at all.\n" * 40,
    "zeros": bytes(4096),
    "random": np.random.default_rng(7).integers(0, 256, 8192, np.uint8).tobytes(),
    "elf": b"\x7fELF\x02\x01\x01" + bytes(500),
    "zip": b"PK\x03\x04" + bytes(26) + b"notes.txt" + bytes(100),
    "riff_not_wave": b"RIFF\x24\x00\x00\x00AVI LIST" + bytes(64),
    "wave_no_fmt": b"RIFF\x24\x00\x00\x00WAVEdata\x10\x00\x00\x00" + bytes(16),
}
"""Bytes that are not audio, to be saved under an audio file name."""


def wav_header(rate: int = 16000, channels: int = 1, bits: int = 16, *, tag: int = PCM,
               data_size: int | None = None, riff_size: int | None = None,
               byte_rate: int | None = None, block_align: int | None = None) -> bytes:
    """A 44-byte RIFF/WAVE header; each field may lie (``None``: the consistent value for an
    empty data chunk, or ``data_size`` bytes of it)."""
    align = block_align if block_align is not None else channels * max(bits // 8, 1)
    rate_bytes = byte_rate if byte_rate is not None else rate * align
    size = data_size or 0
    fmt = struct.pack("<HHIIHH", tag & U16, channels & U16, rate & U32, rate_bytes & U32,
                      align & U16, bits & U16)
    riff = riff_size if riff_size is not None else 36 + size
    return (b"RIFF" + struct.pack("<I", riff & U32) + b"WAVE" + b"fmt " + struct.pack("<I", 16)
            + fmt + b"data" + struct.pack("<I", size & U32))


def tone(frames: int, channels: int = 1, rate: int = 16000) -> np.ndarray:
    """A 440 Hz tone at a third of full scale, ``(frames, channels)`` int16."""
    t = np.arange(frames) / max(rate, 1)
    wave = (0.3 * 32767 * np.sin(2 * np.pi * 440 * t)).astype(np.int16)
    return np.repeat(wave[:, None], channels, axis=1)


def wav_bytes(frames: int = 16000, rate: int = 16000, channels: int = 1, *,
              data_size: int | None = None, keep: int | None = None, **header) -> bytes:
    """A 16-bit PCM WAV of a tone; ``data_size`` makes the data chunk's size lie, ``keep``
    truncates the file to that many bytes; other keywords go to :func:`wav_header`."""
    data = tone(frames, channels, rate).tobytes()
    size = len(data) if data_size is None else data_size
    blob = wav_header(rate, channels, data_size=size, **header) + data
    return blob if keep is None else blob[:keep]


def flac_bytes(frames: int = 16000, rate: int = 16000, channels: int = 1, *,
               total: int | None = None, declared_rate: int | None = None) -> bytes:
    """A FLAC of a tone whose STREAMINFO may lie: ``total`` samples (36 bits; 0 means
    "unknown") and ``declared_rate`` (20 bits)."""
    import soundfile

    buf = io.BytesIO()
    soundfile.write(buf, tone(frames, channels, rate), rate, format="FLAC")
    blob = bytearray(buf.getvalue())
    word = int.from_bytes(blob[18:26], "big")  # rate:20 channels:3 bits:5 total:36
    if total is not None:
        word = word & ~(2**36 - 1) | total & (2**36 - 1)
    if declared_rate is not None:
        word = word & ~((2**20 - 1) << 44) | (declared_rate & (2**20 - 1)) << 44
    blob[18:26] = word.to_bytes(8, "big")
    return bytes(blob)


def write(path: str | Path, data: bytes) -> Path:
    """``data`` at ``path`` (folders made); the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def silent_wav(path: str | Path, seconds: float, rate: int = 16000, channels: int = 1) -> Path:
    """A 16-bit WAV of ``seconds`` of silence whose data is a hole in a sparse file: hours of
    audio for a test without the disk space (sizes over 4 GB are clipped in the header)."""
    size = int(seconds * rate) * channels * 2
    path = write(path, wav_header(rate, channels, data_size=min(size, U32 - 36)))
    with open(path, "r+b") as f:
        f.truncate(44 + size)
    return path


def fifo(path: str | Path) -> Path:
    """A named pipe with no writer: opening it for reading blocks forever."""
    path = Path(path)
    os.mkfifo(path)
    return path
