"""Check that a file or folder really is the model kind it claims to be, with plain messages.

Every failure is a :class:`ModelFileError` whose text names the file and what is wrong, so the
CLI and the window can show it as it is.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.binio import file_kind, open_regular
from models.ct2_header import CT2FormatError
from models.ct2_header import read_header as read_ct2_header
from models.gguf_header import GGUFFormatError, check_limits
from models.gguf_header import read_header as read_gguf_header

# Formats that unpickle (run code) when loaded: never accepted.
PICKLE_SUFFIXES = {".pt", ".pth", ".pkl", ".pickle", ".ckpt", ".joblib", ".npy"}
MAX_CONFIG = 1 << 20
"""A CTranslate2 ``config.json`` larger than this is not read."""


class ModelFileError(Exception):
    """A model file or folder that cannot be used; ``str()`` is the user-facing message."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass
class ModelCheck:
    """What a successful check learned about a model."""

    kind: str
    path: str
    summary: str
    details: dict[str, Any] = field(default_factory=dict)


def check_gguf(path: str | Path) -> ModelCheck:
    """A GGUF file: magic, version, readable metadata, and every tensor's bytes present."""
    path = Path(path)
    size = _require_file(path, "GGUF model")
    try:
        header = read_gguf_header(path)
    except GGUFFormatError as exc:
        raise ModelFileError(path, f"not a usable GGUF model: {exc}") from None
    if size < header.data_end:
        missing = header.data_end - size
        raise ModelFileError(
            path, f"the GGUF file is truncated: {missing:,} bytes of tensor data are missing "
                  f"({size:,} of {header.data_end:,} bytes present)")
    try:
        check_limits(header)
    except GGUFFormatError as exc:
        raise ModelFileError(path, f"llama.cpp cannot load this GGUF safely: {exc}") from None
    name = header.metadata.get("general.name")
    name = name if isinstance(name, str) and name.strip() else path.stem
    template = "has a chat template" if header.chat_template else "no chat template"
    return ModelCheck("gguf", str(path), f"{name} ({header.architecture}, {template})", {
        "architecture": header.architecture, "name": name,
        "context_length": header.metadata.get(f"{header.architecture}.context_length"),
        "chat_template": header.chat_template, "tensors": header.tensor_count,
    })


def check_ct2(path: str | Path) -> ModelCheck:
    """A CTranslate2 Whisper folder: ``model.bin`` complete, ``config.json`` parses."""
    path = Path(path)
    if not path.is_dir():
        raise ModelFileError(path, "a CTranslate2 model is a folder with model.bin and "
                                   "config.json; this is not a folder")
    missing = [n for n in ("model.bin", "config.json") if not (path / n).is_file()]
    if missing:
        raise ModelFileError(path, f"not a CTranslate2 model folder: {' and '.join(missing)} "
                                   "missing")
    try:
        with open_regular(path / "config.json") as f:
            raw = f.read(MAX_CONFIG + 1)
        if len(raw) > MAX_CONFIG:
            raise ModelFileError(path / "config.json", "config.json is implausibly large")
        json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFileError(path / "config.json", f"config.json is not valid JSON ({exc})") \
            from None
    try:
        header = read_ct2_header(path / "model.bin")
    except CT2FormatError as exc:
        raise ModelFileError(path / "model.bin", f"not a usable CTranslate2 model: {exc}") \
            from None
    if "whisper" not in header.spec.lower():
        raise ModelFileError(path, f"a CTranslate2 {header.spec} model, not a Whisper model")
    has_tok = (path / "tokenizer.json").is_file()
    return ModelCheck("ct2", str(path), f"{header.spec}, {header.variables} variables", {
        "spec": header.spec, "tokenizer": has_tok,
    })


def check_onnx(path: str | Path) -> ModelCheck:
    """An ONNX file: ONNX Runtime can open it on the CPU."""
    import onnxruntime as ort

    path = Path(path)
    _require_file(path, "ONNX model")
    options = ort.SessionOptions()
    options.log_severity_level = 4
    try:
        session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001 - ORT raises several unrelated types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelFileError(path, f"ONNX Runtime cannot load it as an ONNX model ({first})") \
            from None
    inputs = [i.name for i in session.get_inputs()]
    outputs = [o.name for o in session.get_outputs()]
    return ModelCheck("onnx", str(path), f"inputs {', '.join(inputs)}", {
        "inputs": inputs, "outputs": outputs,
    })


def detect_kind(path: str | Path) -> str:
    """Guess what a path holds from its name and first bytes: gguf, ct2 or onnx."""
    path = Path(path)
    mode = _stat(path).st_mode
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise ModelFileError(path, "pickle-based model formats can run code when loaded and are "
                                   "never opened; use GGUF, CTranslate2 or ONNX")
    if stat.S_ISDIR(mode):
        return "ct2"
    if not stat.S_ISREG(mode):
        raise ModelFileError(path, f"{file_kind(mode)}, not a model file")
    with open_regular(path) as f:
        head = f.read(4)
    if head == b"GGUF" or path.suffix.lower() == ".gguf":
        return "gguf"
    if path.suffix.lower() == ".onnx":
        return "onnx"
    raise ModelFileError(path, "not a model file this app can use: expected a .gguf file, a "
                               ".onnx file or a CTranslate2 Whisper folder")


CHECKS = {"gguf": check_gguf, "ct2": check_ct2, "onnx": check_onnx}


def check_model(path: str | Path, kind: str | None = None) -> ModelCheck:
    """Check ``path`` as ``kind`` (detected when omitted)."""
    try:
        kind = kind or detect_kind(path)
        if kind not in CHECKS:
            raise ModelFileError(path, f"unknown model kind {kind!r}")
        return CHECKS[kind](path)
    except OSError as exc:  # a file that went away, lost permissions or turned into a FIFO
        raise ModelFileError(path, f"cannot be read ({_os_reason(exc)})") from None


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _stat(path: Path) -> os.stat_result:
    """``os.stat`` with its failures (no such file, a symlink loop, no permission) as
    :class:`ModelFileError`."""
    try:
        return path.stat()
    except FileNotFoundError:
        raise ModelFileError(path, "no such file or folder") from None
    except OSError as exc:
        raise ModelFileError(path, f"cannot be opened ({_os_reason(exc)})") from None


def _require_file(path: Path, what: str) -> int:
    """The size of ``path``, which must be a non-empty regular file."""
    st = _stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise ModelFileError(path, f"{file_kind(st.st_mode)}, not a {what} file")
    if st.st_size == 0:
        raise ModelFileError(path, "the file is empty")
    return st.st_size
