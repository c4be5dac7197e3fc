"""The programs installed on this machine: the names on ``$PATH``, read once. The reader uses
them to join a tool's name said in parts ("l v reduce" -> lvreduce, "x cow say" -> xcowsay)
only where the joined name is a program the user really has."""

from __future__ import annotations

import os
import re
from functools import lru_cache

MOST_NAMES = 50_000  # bounds the scan on a machine with a very long $PATH
_NAME = re.compile(r"[a-z0-9][a-z0-9._+-]{1,40}")


def tools_on(path: str) -> frozenset[str]:
    """Lower-case names of the executable files in the folders of ``path`` (a $PATH)."""
    names: set[str] = set()
    for folder in dict.fromkeys(filter(None, path.split(os.pathsep))):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # a folder that is gone or unreadable
        for entry in entries:
            name = entry.name.lower()
            if _NAME.fullmatch(name) and os.access(entry.path, os.X_OK) and \
                    not entry.is_dir():
                names.add(name)
                if len(names) >= MOST_NAMES:
                    return frozenset(names)
    return frozenset(names)


@lru_cache(maxsize=1)
def installed_tools() -> frozenset[str]:
    """The programs on this process's $PATH (read once per run)."""
    return tools_on(os.environ.get("PATH", ""))
