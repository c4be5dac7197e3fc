"""Run a crash case in a child process, so a regression shows as a failed test, not a dead
suite: its exit status, output, whether it ran past its deadline and its peak memory."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PEAK_LIMIT_MB = 1024
"""The issue's target: no single bad input may take more than 1 GB."""
ADDRESS_SPACE_MB = 8192
"""A safety net so a regression fails the case instead of swapping the machine."""


@dataclass
class Outcome:
    """How the child ended. ``rc`` is negative for a signal (-6 abort, -11 segfault)."""

    rc: int
    out: str
    err: str
    timed_out: bool
    peak_mb: float

    @property
    def crashed(self) -> bool:
        return self.rc < 0 and not self.timed_out

    def explain(self) -> str:
        return (f"rc={self.rc} timed_out={self.timed_out} peak={self.peak_mb:.0f} MB\n"
                f"--- stdout\n{self.out[-3000:]}\n--- stderr\n{self.err[-3000:]}")


def _limits() -> None:
    os.setsid()
    limit = ADDRESS_SPACE_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_python(code: str, timeout: float = 60.0, stdin: str = "",
               env: dict[str, str] | None = None, args: list[str] | None = None) -> Outcome:
    """Run ``code`` (dedented) with this interpreter in the repository root, killed (with
    its whole process group) after ``timeout`` seconds."""
    return run_argv([sys.executable, "-c", textwrap.dedent(code), *(args or [])], timeout,
                    stdin, env)


def run_cli(argv: list[str], timeout: float = 60.0, stdin: str = "",
            env: dict[str, str] | None = None) -> Outcome:
    """``tinyspec ARGV`` in a child process (the headless entry point, ``python -m app``)."""
    return run_argv([sys.executable, "-m", "app", *argv], timeout, stdin, env)


def run_argv(argv: list[str], timeout: float, stdin: str = "",
             env: dict[str, str] | None = None) -> Outcome:
    """Run ``argv`` under the limits above; see :func:`run_python`."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1",
                **(env or {})}
    proc = subprocess.Popen(argv, cwd=ROOT, env=full_env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_limits)
    timed_out = threading.Event()

    def kill() -> None:
        timed_out.set()
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill)
    timer.start()
    peak = _PeakWatcher(proc.pid)
    out: dict[str, bytes] = {}
    readers = [threading.Thread(target=lambda k=k, s=s: out.__setitem__(k, s.read()))
               for k, s in (("out", proc.stdout), ("err", proc.stderr))]
    for r in readers:
        r.start()
    try:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    except BrokenPipeError:
        pass
    peak.sample_until_exit(proc)
    _pid, status, _usage = os.wait4(proc.pid, 0)
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # what the case left behind
    except (ProcessLookupError, PermissionError):
        pass
    for r in readers:
        r.join(10)
    return Outcome(proc.returncode, out.get("out", b"").decode(errors="replace"),
                   out.get("err", b"").decode(errors="replace"), timed_out.is_set(),
                   peak.mb)


class _PeakWatcher:
    """The child's peak resident memory, read from ``/proc/PID/status`` (``VmHWM``, the
    high-water mark of the program after ``exec``). ``ru_maxrss`` would not do: it keeps the
    memory of the test process the child was forked from."""

    def __init__(self, pid: int) -> None:
        self.status = Path(f"/proc/{pid}/status")
        self.mb = 0.0

    def sample_until_exit(self, proc: subprocess.Popen) -> None:
        """Sample until the child has exited (it stays readable until it is reaped)."""
        while True:
            self._sample()
            try:
                if os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT):
                    return
            except ChildProcessError:
                return
            time.sleep(0.02)

    def _sample(self) -> None:
        try:
            for line in self.status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    self.mb = max(self.mb, int(line.split()[1]) / 1024)
        except (OSError, ValueError):
            pass


def assert_clean(outcome: Outcome, *, rc: int | None = None, message: str | None = None) -> None:
    """The case ended by itself, within the memory target, with no traceback; ``rc`` and a
    ``message`` expected in its output when given."""
    assert not outcome.timed_out, "ran past its deadline\n" + outcome.explain()
    assert outcome.rc >= 0, "crashed\n" + outcome.explain()
    assert "Traceback (most recent call last)" not in outcome.out + outcome.err, \
        outcome.explain()
    assert outcome.peak_mb <= PEAK_LIMIT_MB, "over the memory target\n" + outcome.explain()
    if rc is not None:
        assert outcome.rc == rc, outcome.explain()
    if message is not None:
        assert message.lower() in (outcome.out + outcome.err).lower(), outcome.explain()
