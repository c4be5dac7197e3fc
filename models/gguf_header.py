"""A fast, bounded GGUF header reader, and the limits llama.cpp relies on but does not check.

``gguf.GGUFReader`` parses every token of the vocabulary into numpy arrays (seconds per file);
checking a file a user adds only needs the header, so this walks it directly and takes the
quantisation block sizes from the ``gguf`` package. Every length the file claims is checked
against the bytes it has left before anything is read, skipped or allocated.

:func:`check_limits` then refuses the values that make llama.cpp abort the whole process
(a ``GGML_ASSERT`` or an uncaught C++ exception) instead of returning an error. Each rule
was seen to abort llama-cpp-python 0.3.36 with a file crafted from a shipped model, or
mirrors a llama.cpp constant; ``tests/test_hostile_models.py`` holds the cases.
"""

from __future__ import annotations

import math
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from gguf.constants import GGML_QUANT_SIZES, GGMLQuantizationType

from models.binio import open_regular

GGUF_MAGIC = b"GGUF"
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_UINT32, _INT32, _FLOAT32, _BOOL, _STRING, _ARRAY = 4, 5, 6, 7, 8, 9
_FLOATS = {6, 12}
_INTEGERS = {0, 1, 2, 3, 4, 5, 10, 11}
TOKENS_KEY = "tokenizer.ggml.tokens"
TEMPLATE_KEY = "tokenizer.chat_template"

# The file's structure: gguf.c's own limits (GGML_MAX_DIMS, GGML_MAX_NAME) and sizes far
# beyond any real model, so a hostile count cannot make the walk slow or large.
MAX_TENSORS = 1 << 16
MAX_KEYS = 1 << 12
MAX_ARRAY = 1 << 22
MAX_DIMS = 4
MAX_TENSOR_NAME = 63
MAX_KEY = 1 << 10
MAX_DIM = 1 << 40
MAX_ELEMENTS = 1 << 42
MAX_ALIGNMENT = 1 << 20
KEEP_STRING = 64 << 10
"""Longer metadata strings are skipped and recorded as :class:`LongString`."""
KEEP_ITEMS = 4096
"""Numeric arrays up to this length are kept (per-layer values); longer ones are skipped."""
KEEP_TOTAL = 16 << 20
"""Once this much metadata is kept, the rest is skipped (refused where it is needed)."""
MAX_TOKEN = 64 << 10
MAX_VOCAB_BYTES = 64 << 20

# What llama.cpp assumes of the model (src/llama-hparams.*, llama-vocab.cpp).
MAX_LAYERS = 512  # LLAMA_MAX_LAYERS
MAX_EXPERTS = 512  # LLAMA_MAX_EXPERTS (512 since Qwen3-Next)
MAX_HEADS = 4096
MAX_HEAD_SIZE = 1 << 16
MAX_EMBEDDING = 1 << 20
MAX_FEED_FORWARD = 1 << 22
MAX_CONTEXT = 1 << 24
MAX_VOCAB = 1 << 22
MAX_TEMPLATE = KEEP_STRING
TOKENIZERS = ("gpt2", "llama", "t5")
ROPE_SCALING = ("none", "linear", "yarn", "longrope")
STANDARD_ATTENTION = ("llama", "gemma", "gemma2", "gemma3", "qwen2", "qwen3")
"""Architectures with attention in every layer and q/k/v projections of heads x head size,
checked against the tensors (other architectures get the generic bounds only)."""


class GGUFFormatError(ValueError):
    """The bytes are not a well-formed GGUF header, or hold values llama.cpp cannot take."""


@dataclass(frozen=True)
class LongString:
    """A metadata string longer than :data:`KEEP_STRING`: only its length is kept."""

    length: int

    def __str__(self) -> str:
        return f"<string of {self.length:,} bytes>"


@dataclass(frozen=True)
class GGUFArray:
    """A metadata array: its item type and length, and its items when small and numeric."""

    itype: int
    count: int
    items: tuple[Any, ...] | None = None

    def __str__(self) -> str:
        return f"<array of {self.count}>"


@dataclass(frozen=True)
class TensorInfo:
    name: str
    dims: tuple[int, ...]
    ggml_type: int
    offset: int
    nbytes: int


@dataclass
class GGUFHeader:
    version: int
    metadata: dict[str, Any]
    tensors: list[TensorInfo]
    data_start: int
    tokens: list[bytes] | None = None
    types: dict[str, int] = field(default_factory=dict)

    @property
    def tensor_count(self) -> int:
        return len(self.tensors)

    @property
    def data_end(self) -> int:
        """The file size the tensors need."""
        return self.data_start + max((t.offset + t.nbytes for t in self.tensors), default=0)

    @property
    def architecture(self) -> str:
        value = self.metadata.get("general.architecture")
        return value if isinstance(value, str) else "unknown"

    @property
    def chat_template(self) -> str | None:
        value = self.metadata.get(TEMPLATE_KEY)
        return value if isinstance(value, str) and value.strip() else None


class _Walker:
    """Reads a header, refusing any length that runs past the end of the file."""

    def __init__(self, f: BinaryIO, size: int) -> None:
        self.f, self.size = f, size
        self.budget = KEEP_TOTAL

    def keep(self, n: int) -> bool:
        """Whether ``n`` more bytes of metadata may be kept in memory."""
        if n > self.budget:
            return False
        self.budget -= n
        return True

    def need(self, n: int, what: str) -> None:
        if n > self.size - self.f.tell():
            raise GGUFFormatError(f"the file ends inside its header ({what} runs past "
                                  "the end: truncated?)")

    def read(self, n: int, what: str) -> bytes:
        self.need(n, what)
        return self.f.read(n)

    def skip(self, n: int, what: str) -> None:
        self.need(n, what)
        self.f.seek(n, 1)

    def unpack(self, fmt: str, what: str = "a value") -> Any:
        return struct.unpack(fmt, self.read(struct.calcsize(fmt), what))[0]

    def string(self, what: str, keep: int = KEEP_STRING) -> str | LongString:
        n = self.unpack("<Q", what)
        if n > keep or not self.keep(n):
            self.skip(n, what)
            return LongString(n)
        return self.read(n, what).decode("utf-8", errors="replace")

    def value(self, vtype: int, key: str) -> Any:
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype], f"the value of {key}")
        if vtype == _STRING:
            return self.string(f"the value of {key}")
        if vtype == _ARRAY:
            return self.array(key)
        raise GGUFFormatError(f"{key} has an unknown value type {vtype}")

    def array(self, key: str) -> GGUFArray:
        itype, count = self.unpack("<I", key), self.unpack("<Q", key)
        what = f"the array {key}"
        if count > MAX_ARRAY:
            raise GGUFFormatError(f"{key} claims {count:,} items (at most {MAX_ARRAY:,})")
        if itype == _ARRAY:
            raise GGUFFormatError(f"{key} is an array of arrays, which llama.cpp cannot read")
        if itype in _SCALARS:
            fmt = _SCALARS[itype]
            if count > KEEP_ITEMS or not self.keep(32 * count):
                self.skip(struct.calcsize(fmt) * count, what)
                return GGUFArray(itype, count)
            data = self.read(struct.calcsize(fmt) * count, what)
            return GGUFArray(itype, count, tuple(struct.unpack(f"<{count}{fmt[1]}", data)))
        if itype != _STRING:
            raise GGUFFormatError(f"{key} has an unknown item type {itype}")
        self.need(8 * count, what)
        for _ in range(count):
            self.skip(self.unpack("<Q", what), what)
        return GGUFArray(itype, count)

    def tokens(self) -> tuple[GGUFArray, list[bytes]]:
        """The vocabulary, kept whole (its strings are short; :data:`MAX_ARRAY` of them)."""
        itype, count = self.unpack("<I", TOKENS_KEY), self.unpack("<Q", TOKENS_KEY)
        if itype != _STRING:
            raise GGUFFormatError(f"{TOKENS_KEY} is not an array of strings")
        if count > MAX_VOCAB:
            raise GGUFFormatError(f"the vocabulary claims {count:,} tokens (at most "
                                  f"{MAX_VOCAB:,})")
        self.need(8 * count, "the vocabulary")
        tokens, total = [], 0
        for _ in range(count):
            n = self.unpack("<Q", "the vocabulary")
            total += n
            if n > MAX_TOKEN or total > MAX_VOCAB_BYTES:
                raise GGUFFormatError(f"the vocabulary holds a token over {MAX_TOKEN:,} bytes "
                                      f"or over {MAX_VOCAB_BYTES:,} bytes in all")
            tokens.append(self.read(n, "the vocabulary"))
        return GGUFArray(itype, count), tokens


def _tensor_bytes(name: str, ggml_type: int, dims: tuple[int, ...]) -> int:
    try:
        block, size = GGML_QUANT_SIZES[GGMLQuantizationType(ggml_type)]
    except (ValueError, KeyError) as exc:
        raise GGUFFormatError(f"unknown tensor type {ggml_type}") from exc
    if dims[0] % block:
        raise GGUFFormatError(f"tensor {name}: its first dimension {dims[0]} is not a multiple "
                              f"of its type's block size {block}")
    return math.prod(dims) // block * size


def _tensor(w: _Walker, alignment: int) -> TensorInfo:
    name = w.string("a tensor name", keep=MAX_TENSOR_NAME)
    if isinstance(name, LongString) or not name:
        raise GGUFFormatError(f"a tensor name is empty or longer than {MAX_TENSOR_NAME} bytes")
    n_dims = w.unpack("<I", f"tensor {name}")
    if not 1 <= n_dims <= MAX_DIMS:
        raise GGUFFormatError(f"tensor {name} has {n_dims} dimensions (1 to {MAX_DIMS} allowed)")
    dims = tuple(w.unpack("<Q", f"tensor {name}") for _ in range(n_dims))
    if not all(1 <= d <= MAX_DIM for d in dims) or math.prod(dims) > MAX_ELEMENTS:
        raise GGUFFormatError(f"tensor {name} has impossible dimensions {list(dims)}")
    ggml_type, offset = w.unpack("<I", f"tensor {name}"), w.unpack("<Q", f"tensor {name}")
    if offset % alignment:
        raise GGUFFormatError(f"tensor {name} is not aligned to {alignment} bytes")
    return TensorInfo(name, dims, ggml_type, offset, _tensor_bytes(name, ggml_type, dims))


def _alignment(metadata: dict[str, Any], types: dict[str, int]) -> int:
    if "general.alignment" not in metadata:
        return 32
    value = metadata["general.alignment"]
    if types["general.alignment"] != _UINT32 or not 1 <= value <= MAX_ALIGNMENT \
            or value & (value - 1):
        raise GGUFFormatError(f"general.alignment is {value!r}; it must be a power of two up "
                              f"to {MAX_ALIGNMENT:,}, stored as uint32")
    return value


def _check_layout(tensors: list[TensorInfo]) -> None:
    names: set[str] = set()
    end, last = 0, ""
    for t in sorted(tensors, key=lambda t: t.offset):
        if t.name in names:
            raise GGUFFormatError(f"two tensors are named {t.name}")
        if t.offset < end:
            raise GGUFFormatError(f"tensors {last} and {t.name} overlap")
        names.add(t.name)
        end, last = t.offset + t.nbytes, t.name


def _read(f: BinaryIO, size: int) -> GGUFHeader:
    w = _Walker(f, size)
    if w.read(4, "the magic") != GGUF_MAGIC:
        raise GGUFFormatError("it does not start with the GGUF magic bytes")
    version = w.unpack("<I")
    if version not in (2, 3):
        raise GGUFFormatError(f"GGUF version {version} is not supported (2 or 3 are)")
    tensor_count, kv_count = w.unpack("<Q"), w.unpack("<Q")
    if tensor_count > MAX_TENSORS or kv_count > MAX_KEYS:
        raise GGUFFormatError("the header counts are implausible")
    header = GGUFHeader(version, {}, [], 0)
    for _ in range(kv_count):
        key = w.string("a metadata key", keep=MAX_KEY)
        if isinstance(key, LongString) or not key:
            raise GGUFFormatError(f"a metadata key is empty or longer than {MAX_KEY} bytes")
        if key in header.metadata:
            raise GGUFFormatError(f"the metadata key {key} appears twice")
        vtype = w.unpack("<I", key)
        header.types[key] = vtype
        if key == TOKENS_KEY and vtype == _ARRAY:
            header.metadata[key], header.tokens = w.tokens()
        else:
            header.metadata[key] = w.value(vtype, key)
    alignment = _alignment(header.metadata, header.types)
    header.tensors = [_tensor(w, alignment) for _ in range(tensor_count)]
    _check_layout(header.tensors)
    header.data_start = -(-f.tell() // alignment) * alignment
    return header


def read_header(path: str | Path) -> GGUFHeader:
    """Parse the header of ``path``; raise :class:`GGUFFormatError` if it is not GGUF.

    ``OSError`` (including ``NotRegularFileError`` for a FIFO or device) passes through.
    """
    with open_regular(path) as f:
        return _read(f, os.fstat(f.fileno()).st_size)


# -- what llama.cpp trusts ----------------------------------------------------------------

Rule = Callable[[GGUFHeader], None]


def _arch_key(header: GGUFHeader, name: str) -> str:
    return f"{header.architecture}.{name}"


def _integer(header: GGUFHeader, key: str, low: int, high: int,
             per_layer: bool = False) -> list[int] | None:
    """The integer (or per-layer integers) at ``key`` within ``[low, high]``; None if absent."""
    if key not in header.metadata:
        return None
    value, vtype = header.metadata[key], header.types[key]
    if per_layer and isinstance(value, GGUFArray) and value.itype in _INTEGERS:
        values = list(value.items or ())
        layers = header.metadata.get(_arch_key(header, "block_count"))
        if value.items is None or len(values) != layers:
            raise GGUFFormatError(f"{key} has {value.count} values for {layers} layers")
    elif vtype in _INTEGERS:
        values = [value]
    else:
        raise GGUFFormatError(f"{key} is not an integer")
    bad = [v for v in values if not low <= v <= high]
    if bad:
        raise GGUFFormatError(f"{key} is {bad[0]:,}; llama.cpp needs {low:,} to {high:,}")
    return values


_BOUNDS = {  # key under the architecture: least, most, per-layer values allowed
    "block_count": (1, MAX_LAYERS, False),
    "context_length": (1, MAX_CONTEXT, False),
    "embedding_length": (1, MAX_EMBEDDING, False),
    "vocab_size": (1, MAX_VOCAB, False),
    "feed_forward_length": (0, MAX_FEED_FORWARD, True),
    "attention.head_count": (0, MAX_HEADS, True),
    "attention.head_count_kv": (0, MAX_HEADS, True),
    "attention.key_length": (1, MAX_HEAD_SIZE, False),
    "attention.value_length": (1, MAX_HEAD_SIZE, False),
    "attention.sliding_window": (0, MAX_CONTEXT, False),
    "rope.dimension_count": (0, MAX_HEAD_SIZE, False),
    "expert_count": (0, MAX_EXPERTS, False),
    "expert_used_count": (0, MAX_EXPERTS, True),
    "expert_group_count": (0, MAX_EXPERTS, False),
    "expert_group_used_count": (0, MAX_EXPERTS, False),
    "nextn_predict_layers": (0, MAX_LAYERS, False),
}


def _values(header: GGUFHeader, name: str) -> list[int]:
    """The checked integer(s) of the architecture's key ``name``; empty when absent."""
    low, high, per_layer = _BOUNDS[name]
    return _integer(header, _arch_key(header, name), low, high, per_layer) or []


def _one(header: GGUFHeader, name: str, default: int = 0) -> int:
    return (_values(header, name) or [default])[0]


def _layers(header: GGUFHeader, name: str, default: list[int]) -> list[int]:
    """One value per layer: a per-layer array, or the single value repeated."""
    values = _values(header, name) or default
    return values * _one(header, "block_count", 1) if len(values) == 1 else values


def _check_architecture(header: GGUFHeader) -> None:
    arch = header.metadata.get("general.architecture")
    if arch is not None and not isinstance(arch, str):
        raise GGUFFormatError("general.architecture is not text")
    for name in _BOUNDS:
        _values(header, name)
    if _one(header, "nextn_predict_layers") > _one(header, "block_count"):
        raise GGUFFormatError("more prediction layers than layers")


def _heads(header: GGUFHeader) -> tuple[list[int], list[int]]:
    heads = _layers(header, "attention.head_count", [0])
    return heads, _layers(header, "attention.head_count_kv", heads)


def _check_heads(header: GGUFHeader) -> None:
    """Per layer: ``head_count_kv`` divides ``head_count``. Zero key/value heads mark a
    recurrent layer in hybrid architectures, so only the standard ones need them."""
    every_layer = header.architecture in STANDARD_ATTENTION
    for i, (h, kv) in enumerate(zip(*_heads(header), strict=False)):
        if (kv and (h == 0 or h % kv)) or (every_layer and h and not kv):
            raise GGUFFormatError(f"layer {i} has {h} attention heads and {kv} key/value "
                                  "heads; llama.cpp needs the second to divide the first")


def _check_experts(header: GGUFHeader) -> None:
    """The asserts of llama.cpp's ``load_hparams`` on expert counts."""
    count, used = _one(header, "expert_count"), max(_values(header, "expert_used_count") or [0])
    groups, group_used = _one(header, "expert_group_count"), \
        _one(header, "expert_group_used_count")
    if count == 0:
        ok = used == 0 and groups == 0
    else:
        ok = 0 < used <= count and groups < count and (
            groups <= 1 or (count % groups == 0 and 0 < group_used < groups))
    if not ok:
        raise GGUFFormatError(f"{used} of {count} experts used in {groups} groups "
                              f"({group_used} used): llama.cpp cannot route that")


def _check_floats(header: GGUFHeader) -> None:
    """Every number of the architecture is finite; norm epsilons are positive."""
    prefix = header.architecture + "."
    for key, value in header.metadata.items():
        if not key.startswith(prefix):
            continue
        values = (value.items or ()) if isinstance(value, GGUFArray) else (value,)
        floats = [v for v in values if isinstance(v, float)]
        if not all(math.isfinite(v) for v in floats):
            raise GGUFFormatError(f"{key} is not a finite number")
        if key.endswith("epsilon") and not all(v > 0 for v in floats):
            raise GGUFFormatError(f"{key} must be above zero")
    scaling = header.metadata.get(prefix + "rope.scaling.type")
    if scaling is not None and scaling not in ROPE_SCALING:
        raise GGUFFormatError(f"unknown rope scaling type {scaling!r}; llama.cpp knows "
                              f"{', '.join(ROPE_SCALING)}")


def _shape(header: GGUFHeader, name: str) -> tuple[int, ...] | None:
    return next((t.dims for t in header.tensors if t.name == name), None)


def _attention_shapes(header: GGUFHeader) -> Iterator[tuple[str, tuple[int, ...], int]]:
    """Expected (tensor, dims, layer) for each layer's q, k and v projections."""
    heads, kv_heads = _heads(header)
    embd = _one(header, "embedding_length")
    if not heads[0] or not embd:
        return
    head_k = _one(header, "attention.key_length", embd // heads[0])
    head_v = _one(header, "attention.value_length", embd // heads[0])
    for i, (h, kv) in enumerate(zip(heads, kv_heads, strict=False)):
        for proj, width in (("q", h * head_k), ("k", kv * head_k), ("v", kv * head_v)):
            yield f"blk.{i}.attn_{proj}.weight", (embd, width), i


def _check_shapes(header: GGUFHeader) -> None:
    """The tensors of a standard architecture match the heads and vocabulary the metadata
    claims (llama.cpp sizes its graph from the metadata and asserts when they disagree)."""
    if header.architecture not in STANDARD_ATTENTION:
        return
    embd = _one(header, "embedding_length")
    embd_shape = _shape(header, "token_embd.weight")
    if header.tokens is not None and embd_shape is not None and len(embd_shape) == 2 \
            and embd_shape != (embd, len(header.tokens)):
        raise GGUFFormatError(f"token_embd.weight is {list(embd_shape)}, not "
                              f"[{embd}, {len(header.tokens)}] for the vocabulary")
    for name, expected, layer in _attention_shapes(header):
        found = _shape(header, name)
        if found is not None and found != expected:
            raise GGUFFormatError(f"{name} is {list(found)}, but layer {layer}'s heads need "
                                  f"{list(expected)}")


def _check_array(header: GGUFHeader, key: str, itype: int, n: int) -> None:
    value = header.metadata.get(key)
    if value is not None and not (isinstance(value, GGUFArray) and value.itype == itype
                                  and value.count == n):
        raise GGUFFormatError(f"{key} does not hold one value of the right type per token")


def _check_tokenizer(header: GGUFHeader) -> None:
    """A unique vocabulary of strings, with the byte tokens an SPM tokenizer falls back on."""
    model = header.metadata.get("tokenizer.ggml.model")
    if model is not None and model not in TOKENIZERS:
        raise GGUFFormatError(f"tokenizer {model!r} is not one this app runs (it runs "
                              f"{', '.join(TOKENIZERS)})")
    tokens = header.tokens
    if tokens is None:
        if TOKENS_KEY in header.metadata:
            raise GGUFFormatError(f"{TOKENS_KEY} is not an array of strings")
        return
    if not tokens:
        raise GGUFFormatError("the vocabulary is empty")
    vocab = set(tokens)
    if len(vocab) != len(tokens):
        raise GGUFFormatError("the vocabulary lists a token twice")
    _check_array(header, "tokenizer.ggml.token_type", _INT32, len(tokens))
    _check_array(header, "tokenizer.ggml.scores", _FLOAT32, len(tokens))
    if model == "llama":
        missing = [b for b in range(256)
                   if f"<0x{b:02X}>".encode() not in vocab and bytes([b]) not in vocab]
        if missing:
            raise GGUFFormatError(f"the SPM vocabulary lacks the byte token <0x{missing[0]:02X}>")


def _check_templates(header: GGUFHeader) -> None:
    for key, value in header.metadata.items():
        if not key.startswith(TEMPLATE_KEY):
            continue
        if isinstance(value, LongString):
            raise GGUFFormatError(f"{key} is {value.length:,} bytes (at most "
                                  f"{MAX_TEMPLATE:,})")
        if not isinstance(value, str):
            raise GGUFFormatError(f"{key} is not text")


RULES: tuple[Rule, ...] = (_check_architecture, _check_heads, _check_experts, _check_floats,
                           _check_shapes, _check_tokenizer, _check_templates)


def check_limits(header: GGUFHeader) -> None:
    """Raise :class:`GGUFFormatError` for a value llama.cpp would abort the process on."""
    for rule in RULES:
        rule(header)
