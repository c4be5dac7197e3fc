"""Loaded runtimes kept for reuse, unloaded least-recently-used first under a memory budget."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from runtimes.base import Runtime

Key = tuple[str, str, tuple]


class ModelCache:
    """One per worker thread, so a runtime is only ever used and closed by its own thread."""

    def __init__(self, loader: Callable[..., Runtime], budget_bytes: int,
                 estimate: Callable[[str], int] | None = None) -> None:
        self._loader = loader
        self.budget_bytes = budget_bytes
        self._estimate = estimate or (lambda _id: 0)
        self._items: OrderedDict[Key, Runtime] = OrderedDict()
        self.evictions: list[str] = []

    def get(self, model_id: str, device: str = "cpu", **options: Any) -> tuple[Runtime, bool]:
        """The runtime for ``model_id`` on ``device``; the flag says whether it was loaded now."""
        key = (model_id, device, tuple(sorted(options.items())))
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key], False
        self._make_room(self._estimate(model_id))
        runtime = self._loader(model_id, device, **options)
        self._items[key] = runtime
        return runtime, True

    def _make_room(self, needed: int) -> None:
        while self._items and self.used_bytes() + needed > self.budget_bytes:
            key, runtime = self._items.popitem(last=False)
            runtime.close()
            self.evictions.append(key[0])

    def used_bytes(self) -> int:
        return sum(r.memory_bytes() for r in self._items.values())

    def loaded(self) -> list[str]:
        return [k[0] for k in self._items]

    def unload(self, model_id: str | None = None) -> None:
        """Close one model (every device of it) or, with no id, all of them."""
        for key in [k for k in self._items if model_id is None or k[0] == model_id]:
            self._items.pop(key).close()
