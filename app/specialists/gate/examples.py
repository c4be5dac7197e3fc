"""Labelled gate examples: one JSON object per line, ``{"text", "level", "split"}``.

``level`` is one of the four dictation levels (clean, fuzzy, natural, chaotic) or ``prose``;
each head maps levels to its own classes (see :mod:`app.specialists.gate.heads`). ``split`` is
train, test or heldout. Reading a bad file fails with the line numbers of every bad line and
keeps nothing from it, so a table it was meant to replace stays as it was.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.errors import UserError
from assets import asset_path

LEVELS = ("clean", "fuzzy", "natural", "chaotic", "prose")
SPLITS = ("train", "test", "heldout")

MAX_FILE = 50 * 2**20
"""Bytes of an examples file (the shipped set is 30 KB)."""


class ExamplesError(UserError):
    """An examples file that cannot be used; the message names the file and lines."""


@dataclass
class Example:
    text: str
    level: str
    split: str = "train"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def parse_line(line: str, number: int) -> Example:
    """One JSONL line as an :class:`Example`; ``ValueError`` says what is wrong with it."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ExamplesError(f"line {number}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise ExamplesError(f"line {number}: JSON nested too deeply") from None
    if not isinstance(data, dict):
        raise ExamplesError(f"line {number}: expected a JSON object")
    text, level = data.get("text"), data.get("level")
    split = data.get("split", "train")
    if not isinstance(text, str) or not text.strip():
        raise ExamplesError(f"line {number}: 'text' must be a non-empty string")
    if level not in LEVELS:
        raise ExamplesError(f"line {number}: 'level' must be one of {', '.join(LEVELS)}")
    if split not in SPLITS:
        raise ExamplesError(f"line {number}: 'split' must be one of {', '.join(SPLITS)}")
    return Example(text.strip(), level, split)


def load_examples(path: str | Path) -> list[Example]:
    """Read a JSONL file; every bad line is reported, and then nothing is returned."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ExamplesError(f"{path}: not a regular file")
        if size > MAX_FILE:
            raise ExamplesError(f"{path}: {size / 2**20:.0f} MB is more than the "
                                f"{MAX_FILE // 2**20} MB an examples file may hold")
        raw = path.read_bytes()
    except OSError as exc:
        raise ExamplesError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    examples, problems = [], []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            examples.append(parse_line(line.decode("utf-8"), number))
        except UnicodeDecodeError:
            problems.append(f"line {number}: not UTF-8 text")
        except ValueError as exc:
            problems.append(str(exc))
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if
                                            len(problems) > 5 else "")
        raise ExamplesError(f"{path}: {len(problems)} bad line(s), nothing imported: {shown}")
    if not examples:
        raise ExamplesError(f"{path}: no examples in the file")
    return examples


def save_examples(examples: list[Example], path: str | Path) -> None:
    """Write JSONL atomically (a temporary file renamed into place)."""
    path = Path(path)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("".join(e.to_json() + "\n" for e in examples), encoding="utf-8")
    tmp.replace(path)


def default_examples() -> list[Example]:
    """The team's labelled examples shipped in ``assets/gate/examples.jsonl``."""
    return load_examples(asset_path("gate/examples.jsonl"))
