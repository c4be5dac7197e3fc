"""JSON schemas checked against bounds before they become a llama.cpp grammar.

A schema from a user (``/json``), a file or an endpoint reaches native code as a grammar: an
empty ``enum``, ``anyOf`` or ``type`` list there crashes the process, a ``maxItems`` of a
million builds a grammar of millions of rules, and a remote ``$ref`` would be fetched. So
the schema is walked first: every node a known shape, lists non-empty and short, repetition
counts small, numbers finite, references local, the whole thing small and shallow.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from runtimes.base import InputError

MAX_BYTES = 64 * 1024
MAX_DEPTH = 12
MAX_NODES = 1000
MAX_CHOICES = 256
"""Members of one ``enum``, ``anyOf``, ``oneOf``, ``allOf`` or ``prefixItems``."""
MAX_PROPERTIES = 128
MAX_REPEAT = 256
"""Largest ``minItems``/``maxItems``/``minLength``/``maxLength`` and regex ``{n}``: each
unit becomes grammar rules."""
MAX_PATTERN = 256
MAX_LITERAL = 1024
"""Bytes of one ``enum`` member or ``const`` as JSON."""
TYPES = {"string", "number", "integer", "boolean", "object", "array", "null"}
LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
COUNTS = ("minItems", "maxItems", "minLength", "maxLength", "minProperties", "maxProperties")
NUMBERS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
_REGEX_REPEAT = re.compile(r"\{\s*(\d+)\s*(?:,\s*(\d*)\s*)?\}")


def parse_schema(text: str) -> dict[str, Any]:
    """A schema from text, checked; ``InputError`` with the reason otherwise."""
    if len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise InputError(f"the JSON schema is over {MAX_BYTES // 1024} KB")
    try:
        schema = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"the JSON schema is not valid JSON ({exc.msg} at line {exc.lineno} "
                         f"column {exc.colno})") from None
    except RecursionError:
        raise InputError(f"the JSON schema is nested deeper than {MAX_DEPTH} levels") from None
    check_schema(schema)
    return schema


def check_schema(schema: Any) -> None:
    """Raise ``InputError`` naming the first part of ``schema`` outside the bounds."""
    if not isinstance(schema, dict):
        raise InputError("a JSON schema must be a JSON object")
    try:
        size = len(json.dumps(schema, allow_nan=False))
    except (ValueError, TypeError, RecursionError):
        raise InputError("the JSON schema holds a value JSON cannot carry (NaN, infinity, "
                         "or nesting too deep)") from None
    if size > MAX_BYTES:
        raise InputError(f"the JSON schema is over {MAX_BYTES // 1024} KB")
    _Walker().node(schema, "$", 0)


class _Walker:
    def __init__(self) -> None:
        self.nodes = 0

    def node(self, node: Any, where: str, depth: int) -> None:
        if isinstance(node, bool):
            return
        if not isinstance(node, dict):
            raise InputError(f"{where} must be a schema object")
        self.nodes += 1
        if depth > MAX_DEPTH:
            raise InputError(f"the JSON schema is nested deeper than {MAX_DEPTH} levels")
        if self.nodes > MAX_NODES:
            raise InputError(f"the JSON schema has more than {MAX_NODES} parts")
        _check_type(node, where)
        _check_literals(node, where)
        _check_counts(node, where)
        _check_strings(node, where)
        for key in LISTS:
            if key in node:
                for i, child in enumerate(_choices(node[key], f"{where}.{key}")):
                    self.node(child, f"{where}.{key}[{i}]", depth + 1)
        for key in ("properties", "$defs", "definitions"):
            if key in node:
                for name, child in _mapping(node[key], f"{where}.{key}").items():
                    self.node(child, f"{where}.{key}.{name}", depth + 1)
        for key in ("items", "additionalProperties", "not", "contains", "propertyNames"):
            if key in node:
                child = node[key]
                if key == "items" and isinstance(child, list):  # the old tuple form
                    child = {"prefixItems": child}
                self.node(child, f"{where}.{key}", depth + 1)


def _check_type(node: dict, where: str) -> None:
    if "type" not in node:
        return
    kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
    if not kinds:
        raise InputError(f"{where}.type is an empty list: name at least one type")
    for kind in kinds:
        if kind not in TYPES:
            raise InputError(f"{where}.type {str(kind)[:40]!r} is not one of "
                             f"{', '.join(sorted(TYPES))}")
    if len(set(kinds)) != len(kinds):
        raise InputError(f"{where}.type repeats a type")


def _check_literals(node: dict, where: str) -> None:
    values = []
    if "enum" in node:
        values = _choices(node["enum"], f"{where}.enum")
    if "const" in node:
        values = [*values, node["const"]]
    for value in values:
        if len(json.dumps(value)) > MAX_LITERAL:
            raise InputError(f"{where}: an enum or const value is over {MAX_LITERAL} bytes")


def _check_counts(node: dict, where: str) -> None:
    for key in COUNTS:
        if key in node:
            value = node[key]
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InputError(f"{where}.{key} must be a whole number of 0 or more")
            if value > MAX_REPEAT:
                raise InputError(f"{where}.{key} is {value}; at most {MAX_REPEAT} here")
    for low, high in (("minItems", "maxItems"), ("minLength", "maxLength")):
        if low in node and high in node and node[low] > node[high]:
            raise InputError(f"{where}.{low} is larger than {high}: nothing could match")
    for key in NUMBERS:
        if key in node:
            value = node[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or \
                    not math.isfinite(value) or abs(value) > 2**53:
                raise InputError(f"{where}.{key} must be a finite number")


def _check_strings(node: dict, where: str) -> None:
    if "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise InputError(f"{where}.$ref must point inside the schema (start with #); "
                             "nothing is fetched")
    if "pattern" in node:
        pattern = node["pattern"]
        if not isinstance(pattern, str) or len(pattern) > MAX_PATTERN:
            raise InputError(f"{where}.pattern must be a regular expression of at most "
                             f"{MAX_PATTERN} characters")
        for m in _REGEX_REPEAT.finditer(pattern):
            if any(int(n) > MAX_REPEAT for n in m.groups() if n):
                raise InputError(f"{where}.pattern repeats more than {MAX_REPEAT} times")
        if not _balanced(pattern):
            raise InputError(f"{where}.pattern is not a regular expression that can become a "
                             "grammar (a bracket or brace without its pair)")
    for key in ("format", "title", "description"):
        if key in node and not isinstance(node[key], str):
            raise InputError(f"{where}.{key} must be text")
    if "required" in node and not (isinstance(node["required"], list) and all(
            isinstance(n, str) for n in node["required"])):
        raise InputError(f"{where}.required must be a list of property names")


def _balanced(pattern: str) -> bool:
    """Whether every [ ] and { } in ``pattern`` pairs up and Python can compile it: the
    schema converter of llama-cpp-python loops forever on a lone ] or } ("^a]b$")."""
    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return False
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "{":
            close = pattern.find("}", i)
            if close < 0:
                return False
            i = close
        elif c in "]}":
            return False
        i += 1
    return not in_class


def _choices(value: Any, where: str) -> list:
    if not isinstance(value, list) or not value:
        raise InputError(f"{where} must be a non-empty list")
    if len(value) > MAX_CHOICES:
        raise InputError(f"{where} has {len(value)} members; at most {MAX_CHOICES} here")
    return value


def _mapping(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise InputError(f"{where} must be an object")
    if len(value) > MAX_PROPERTIES:
        raise InputError(f"{where} has {len(value)} entries; at most {MAX_PROPERTIES} here")
    return value
