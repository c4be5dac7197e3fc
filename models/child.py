"""Child processes that die with the app: their own process group (killed whole), and on
Linux ``PR_SET_PDEATHSIG`` so the kernel kills them if the app dies first. Used for pip
(model fetches) and for training."""

from __future__ import annotations

import atexit
import ctypes
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from typing import IO, Any

_PR_SET_PDEATHSIG = 1
_LIVE: set[subprocess.Popen] = set()


def start_child(cmd: list[str], out: IO[str] | int) -> subprocess.Popen:
    """Start ``cmd`` in its own process group, so it can be killed whole, and (Linux) set to
    be killed by the kernel if this process dies first. Stop it with :func:`stop_child`."""
    options: dict[str, Any] = {}
    if os.name == "posix":
        options["process_group"] = 0
        if sys.platform.startswith("linux"):
            options["preexec_fn"] = _die_with(os.getpid())
    else:
        options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out,
                            stderr=subprocess.STDOUT, **options)
    _LIVE.add(proc)
    return proc


def stop_child(proc: subprocess.Popen) -> None:
    """Kill ``proc``'s process group if it is still running, and reap it."""
    if proc.poll() is None:
        try:
            if os.name == "posix":
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.kill()
        except OSError:
            pass
    proc.wait()
    _LIVE.discard(proc)


@atexit.register
def _stop_all() -> None:
    for proc in list(_LIVE):
        stop_child(proc)


def _die_with(parent: int) -> Callable[[], None]:
    """A ``preexec_fn``: ``PR_SET_PDEATHSIG(SIGKILL)``, then exit if the parent is already
    gone. The kernel sends the signal when the *thread* that started the child ends; fetches
    wait for pip on that thread, so it outlives pip. libc is looked up before the fork."""
    prctl = ctypes.CDLL(None, use_errno=True).prctl

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:
            os._exit(1)

    return preexec
