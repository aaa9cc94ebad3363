"""A child forked from the test process, for the kill tests (imported by them, not
collected).

It has every module the test imported already, so it is at work in milliseconds where a
new interpreter takes 0.1-0.3 s of CPU importing reader (a second or more on a loaded
machine), twenty times per test; a SIGKILL ends it as it ends any process, mid-write or
not. What the child writes to the file descriptor it is handed comes back here.
"""

from __future__ import annotations

import contextlib
import gc
import os
import select
import signal
import time
import traceback
from collections.abc import Callable
from pathlib import Path

WAIT_S = 60.0
"""Longest wait for the child's next output or its end: a loaded machine, not a hang."""


class Forked:
    """A child running `run(out)`, `out` the write end of a pipe this side reads; the
    child's exit status is what `run` returns (1 if it raised)."""

    def __init__(self, run: Callable[[int], int | None]) -> None:
        read_end, write_end = os.pipe()
        gc.freeze()  # no collection in the child walks the heap it shares with this one
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 1
            try:
                os.close(read_end)
                code = run(write_end) or 0
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        gc.unfreeze()
        os.close(write_end)
        self.pid = pid
        self.fd = read_end
        self.output = b""
        self.times = [time.monotonic()]
        """When the child was forked, then when each of its complete lines came."""
        self.status: int | None = None

    @property
    def lines(self) -> list[str]:
        """The complete lines the child wrote (a cut-off last one was never said)."""
        return self.output.decode().split("\n")[:-1]

    def wait_for_lines(self, count: int) -> None:
        """Reads until the child has written `count` complete lines."""
        while len(self.lines) < count:
            assert self._read(), "the child ended before it was killed"

    def finished(self) -> bool:
        """Whether the child has ended (by itself or killed)."""
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
        return self.status is not None

    def signal(self, signum: int) -> None:
        """Sends `signum` to the child if it still runs."""
        if not self.finished():
            os.kill(self.pid, signum)

    def kill(self) -> None:
        """SIGKILL, unless the child already ended; then waits for it."""
        self.signal(signal.SIGKILL)
        self.wait()

    def wait(self) -> int:
        """Waits for the child's end; its exit code, or minus the signal that killed it
        (as `subprocess` gives them). Everything it wrote has been read then."""
        if self.fd >= 0:
            while self._read():  # a child blocked on a full pipe ends only once it is read
                pass
            os.close(self.fd)
            self.fd = -1
        if self.status is None:
            _, self.status = os.waitpid(self.pid, 0)
        if os.WIFSIGNALED(self.status):
            return -os.WTERMSIG(self.status)
        return os.WEXITSTATUS(self.status)

    def _read(self) -> bytes:
        """The child's next output, b"" once it ended (and every copy of the pipe's write
        end is closed)."""
        ready, _, _ = select.select([self.fd], [], [], WAIT_S)
        assert ready, f"the child wrote nothing and did not end in {WAIT_S} s: {self._seen()}"
        chunk = os.read(self.fd, 1 << 16)
        whole = chunk.count(b"\n")
        self.output += chunk
        self.times += [time.monotonic()] * whole
        return chunk

    def _seen(self) -> str:
        """What the child was doing when a wait for it ran out, and who else holds its
        pipe's write end (a process it started would keep the pipe open after its end),
        so that a hang met once on a loaded machine says why."""
        proc = Path(f"/proc/{self.pid}")
        try:
            status = dict(
                line.partition(":\t")[::2] for line in (proc / "status").read_text().splitlines()
            )
            threads = [
                f"{task.name} {(task / 'wchan').read_text() or '-'}"
                for task in sorted((proc / "task").iterdir())
            ]
        except OSError:
            return "the child has ended; " + _holders(self.fd)
        told = ", ".join(
            f"{key} {status.get(key, '?').strip()}"
            for key in ("State", "SigPnd", "ShdPnd", "SigBlk", "SigCgt")
        )
        return f"{told}, threads (wchan) {threads}; " + _holders(self.fd)


def _holders(fd: int) -> str:
    """The processes holding the pipe `fd` is the read end of (this one among them)."""
    pipe = Path(f"/proc/self/fd/{fd}").readlink()
    holders = set()
    for link in Path("/proc").glob("[0-9]*/fd/*"):
        with contextlib.suppress(OSError):
            if link.readlink() == pipe:
                holders.add(int(link.parent.parent.name))
    return f"{pipe} held by {sorted(holders)}"
