"""Chat templates rendered under a time, memory and size budget.

A GGUF carries its chat template as Jinja, and llama-cpp-python renders it in Jinja's
immutable sandbox: safe from file and attribute access, but not from ``{% for %}`` loops
nested to run for hours or ``'x' * 3000000000``. ``BoundedSandbox`` is that sandbox with
bounds: arithmetic that would build a huge string or number is refused, numbers given to
filters and methods are capped, and rendering stops past a deadline, an output size or a
memory growth (checked on every traced line). ``install()`` makes llama-cpp-python build
its template environments from it.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from runtimes.base import InputError

DEADLINE_S = 2.0
MAX_OUTPUT = 1_000_000
"""Characters of a rendered prompt (far beyond any context window we load)."""
MAX_GROWTH = 256 * 1024 * 1024
"""Bytes the process may grow by while a template renders."""
MAX_ARGUMENT = 100_000
"""Largest whole number a filter or string method may be given (a width, a count)."""
MAX_SEQUENCE = 100_000
"""Longest string or list ``*`` may build."""
MAX_EXPONENT = 256


class TemplateBudgetError(InputError):
    """A chat template went past its time, memory or size budget, or did something refused."""


def _rss() -> int:
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # not Linux
        import psutil

        return psutil.Process().memory_info().rss


def _check_numbers(values: Any) -> None:
    for v in values:
        if isinstance(v, int) and not isinstance(v, bool) and abs(v) > MAX_ARGUMENT:
            raise SecurityError(f"a number over {MAX_ARGUMENT} given to a template function")


def _check_growth(name: str, subject: Any, args: tuple) -> None:
    """Refuse a call whose result would be huge: one C call (a join with a long separator,
    a replace of every character, an indent of every line) allocates before any trace can
    stop it."""
    first = args[0] if args else ""
    size = 0
    if name == "join" and isinstance(subject, list | tuple | str):
        sep = first if isinstance(first, str) else ""
        size = len(sep) * len(subject)
    elif name == "replace" and isinstance(subject, str) and len(args) >= 2:
        old, new = str(args[0]), str(args[1])
        size = len(subject) + (len(subject) // max(len(old), 1) + 1) * len(new)
    elif name in ("indent", "expandtabs") and isinstance(subject, str):
        width = len(first) if isinstance(first, str) else first if isinstance(first, int) else 8
        size = len(subject) + subject.count("\n" if name == "indent" else "\t") * width
    if size > MAX_OUTPUT:
        raise SecurityError(f"{name} would build more than {MAX_OUTPUT:,} characters")


def _bounded_filter(name: str, fn: Callable) -> Callable:
    """``fn`` with its numbers capped and its result size checked before it runs."""
    @wraps(fn)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        lead = 0  # filters may take the environment or context before the value
        while lead < len(args) and isinstance(args[lead], _PASSED):
            lead += 1
        if lead < len(args):
            subject, rest = args[lead], args[lead + 1:]
            _check_numbers(rest)
            _check_numbers(kwargs.values())
            if name == "join" and not isinstance(subject, str | list | tuple):
                subject = list(subject)  # counted before the one C call that joins
                args = (*args[:lead], subject, *rest)
            _check_growth(name, subject, (kwargs["d"],) if "d" in kwargs else rest)
        return fn(*args, **kwargs)

    return bounded


_PASSED = (jinja2.runtime.Context, jinja2.Environment, jinja2.nodes.EvalContext)


class BoundedTemplate(jinja2.Template):
    """A template whose ``render`` keeps to the budget; ``TemplateBudgetError`` otherwise."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        budget = _Budget()
        previous = sys.gettrace()
        sys.settrace(budget.trace)
        try:
            pieces: list[str] = []
            size = 0
            for piece in self.generate(*args, **kwargs):
                size += len(piece)
                if size > MAX_OUTPUT:
                    raise TemplateBudgetError(
                        f"the chat template's output passed {MAX_OUTPUT:,} characters")
                pieces.append(piece)
            return "".join(pieces)
        except SecurityError as exc:
            raise TemplateBudgetError(f"the chat template was stopped: {exc}") from None
        except (jinja2.TemplateError, ValueError, TypeError) as exc:  # raise_exception() …
            raise TemplateBudgetError(f"the chat template failed: {exc}") from None
        except MemoryError:
            raise TemplateBudgetError("the chat template ran out of memory") from None
        finally:
            sys.settrace(previous)


class _Budget:
    """A trace function that stops a render past its deadline or memory growth."""

    def __init__(self) -> None:
        self.deadline = time.monotonic() + DEADLINE_S
        self.memory_limit = _rss() + MAX_GROWTH

    def trace(self, _frame: Any, _event: str, _arg: Any) -> Callable:
        if time.monotonic() > self.deadline:
            raise TemplateBudgetError(f"the chat template ran for more than {DEADLINE_S:g} s")
        if _rss() > self.memory_limit:
            raise TemplateBudgetError(
                f"the chat template took more than {MAX_GROWTH // 2**20} MB")
        return self.trace


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the bounds above; its templates are BoundedTemplate."""

    template_class = BoundedTemplate
    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters = {name: _bounded_filter(name, fn) for name, fn in self.filters.items()}

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int) and \
                        len(seq) * max(times, 0) > MAX_SEQUENCE:
                    raise SecurityError(f"'*' would build more than {MAX_SEQUENCE} items")
        elif operator == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise SecurityError(f"an exponent over {MAX_EXPONENT}")
        elif operator == "%" and isinstance(left, str):
            _check_widths(PRINTF_SPEC, left)
            if "*" in left:
                _check_numbers(right if isinstance(right, tuple) else (right,))
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_numbers(args)
        _check_numbers(kwargs.values())
        target = getattr(__obj, "__wrapped__", __obj)  # the sandbox wraps str.format
        name, subject = getattr(target, "__name__", ""), getattr(target, "__self__", None)
        if name == "join" and isinstance(subject, str) and args:
            items = args[0] if isinstance(args[0], str | list | tuple) else list(args[0])
            args = (items, *args[1:])
            _check_growth("join", items, (subject,))
        elif isinstance(subject, str):
            _check_growth(name, subject, args)
        if getattr(target, "__name__", "") in ("format", "format_map") and \
                isinstance(getattr(target, "__self__", None), str):
            _check_widths(FORMAT_SPEC, target.__self__)
        return super().call(__context, __obj, *args, **kwargs)


PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\d*)(?:\.(\d*))?")
FORMAT_SPEC = re.compile(r"\{[^{}]*?:[^{}\d]*(\d*)(?:\.(\d*))?")


def _check_widths(spec: re.Pattern[str], text: str) -> None:
    """Refuse a printf or ``str.format`` field whose width or precision is huge."""
    for m in spec.finditer(text):
        if any(n and int(n) > MAX_ARGUMENT for n in m.groups()):
            raise SecurityError(f"a format width over {MAX_ARGUMENT}")


def install() -> None:
    """Make llama-cpp-python render GGUF chat templates in ``BoundedSandbox``."""
    from llama_cpp import llama_chat_format

    if not hasattr(llama_chat_format, "ImmutableSandboxedEnvironment"):
        raise RuntimeError("llama-cpp-python no longer builds templates with "
                           "ImmutableSandboxedEnvironment; review runtimes/chat_template.py")
    llama_chat_format.ImmutableSandboxedEnvironment = BoundedSandbox
