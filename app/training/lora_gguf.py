"""LoRA weights written as a GGUF adapter that llama.cpp loads over its base (``lora_path``).

llama.cpp wants, per adapted weight ``W`` (``out × in`` in PyTorch's layout), two tensors
``<gguf name>.lora_a`` (``r × in``) and ``<gguf name>.lora_b`` (``out × r``), in float16
(half the size; the factors are small numbers), the file typed
``general.type = adapter`` / ``adapter.type = lora`` with ``adapter.lora.alpha``; it scales
``B·A`` by ``alpha / r``. Only projections whose layout the GGUF conversion keeps are
adapted (value, output, MLP): llama.cpp permutes the query and key rows of Llama models, so
an adapter on those would need the same permutation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

GGUF_NAMES = {"v_proj": "attn_v", "o_proj": "attn_output", "gate_proj": "ffn_gate",
              "up_proj": "ffn_up", "down_proj": "ffn_down"}
"""PyTorch module name → llama.cpp tensor name, for the projections we adapt."""
TARGET_MODULES = tuple(GGUF_NAMES)
_LAYER = re.compile(r"\.layers\.(\d+)\.")


@dataclass(frozen=True)
class LoraPair:
    """One adapted weight: its layer, module (``v_proj`` …) and the two factors."""

    layer: int
    module: str
    a: np.ndarray  # r × in
    b: np.ndarray  # out × r


def pairs_from_state(state: dict[str, np.ndarray]) -> list[LoraPair]:
    """Pairs from a PEFT state dict (``…layers.3.self_attn.v_proj.lora_A.weight`` …)."""
    found: dict[tuple[int, str], dict[str, np.ndarray]] = {}
    for name, value in state.items():
        m = _LAYER.search(name)
        module = next((k for k in GGUF_NAMES if f".{k}." in name), None)
        if not m or module is None or ("lora_A" not in name and "lora_B" not in name):
            continue
        found.setdefault((int(m.group(1)), module), {})["a" if "lora_A" in name else "b"] = value
    return [LoraPair(layer, module, f["a"], f["b"])
            for (layer, module), f in sorted(found.items()) if "a" in f and "b" in f]


def write_adapter(path: str | Path, architecture: str, pairs: Iterable[LoraPair], alpha: float,
                  metadata: dict | None = None) -> Path:
    """Write ``pairs`` as a GGUF LoRA adapter for a base of ``architecture``."""
    import gguf

    path = Path(path)
    tmp = path.with_suffix(".partial")
    writer = gguf.GGUFWriter(str(tmp), architecture)
    writer.add_string("general.type", "adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(alpha))
    if metadata:
        writer.add_string("tinyspec.training", json.dumps(metadata, sort_keys=True))
    count = 0
    for p in pairs:
        name = f"blk.{p.layer}.{GGUF_NAMES[p.module]}.weight"
        writer.add_tensor(f"{name}.lora_a", np.ascontiguousarray(p.a, dtype=np.float16))
        writer.add_tensor(f"{name}.lora_b", np.ascontiguousarray(p.b, dtype=np.float16))
        count += 1
    if not count:
        raise ValueError("no LoRA weights to write")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    tmp.replace(path)
    return path


def read_pairs(path: str | Path) -> tuple[float, list[LoraPair]]:
    """The alpha and factors of a GGUF LoRA adapter (as float32), for a run that starts from
    it; ``ValueError`` for a file that is not one of ours."""
    import gguf

    info = read_adapter_info(path)
    found: dict[tuple[int, str], dict[str, np.ndarray]] = {}
    modules = {v: k for k, v in GGUF_NAMES.items()}
    for t in gguf.GGUFReader(str(path)).tensors:
        m = re.fullmatch(r"blk\.(\d+)\.(\w+)\.weight\.lora_([ab])", t.name)
        if not m or m.group(2) not in modules:
            raise ValueError(f"{path}: unexpected tensor {t.name}")
        shape = tuple(int(n) for n in reversed(t.shape))  # GGUF lists dimensions innermost first
        value = np.asarray(t.data, dtype=np.float32).reshape(shape)
        found.setdefault((int(m.group(1)), modules[m.group(2)]), {})[m.group(3)] = value
    pairs = [LoraPair(layer, module, f["a"], f["b"])
             for (layer, module), f in sorted(found.items()) if "a" in f and "b" in f]
    if not pairs or info["alpha"] is None:
        raise ValueError(f"{path}: no LoRA factors or no alpha in it")
    return info["alpha"], pairs


def read_adapter_info(path: str | Path) -> dict:
    """What an adapter file says about itself: architecture, alpha, rank, tensor count and
    the training metadata we wrote; ``ValueError`` for a file that is not a LoRA adapter."""
    import gguf

    try:
        reader = gguf.GGUFReader(str(path))
    except (ValueError, OSError, IndexError) as exc:
        raise ValueError(f"{path}: not a GGUF file ({exc})") from None

    def text(key: str) -> str | None:
        field = reader.fields.get(key)
        return None if field is None else bytes(field.parts[field.data[0]]).decode(
            "utf-8", errors="replace")

    if text("general.type") != "adapter" or text("adapter.type") != "lora":
        raise ValueError(f"{path}: not a LoRA adapter (general.type is {text('general.type')})")
    alpha_field = reader.fields.get("adapter.lora.alpha")
    tensors = [t for t in reader.tensors if t.name.endswith(".lora_a")]
    rank = int(tensors[0].shape[-1]) if tensors else 0
    info = {"architecture": text("general.architecture"), "tensors": len(tensors),
            "alpha": float(alpha_field.parts[alpha_field.data[0]][0]) if alpha_field else None,
            "rank": rank}
    training = text("tinyspec.training")
    if training:
        info["training"] = json.loads(training)
    return info
