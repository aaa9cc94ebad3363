"""`reader` on a slow disk, for the crash tests (imported by them, not collected).

In a process that called `slow_down()`, every file write goes out in 64 KiB pieces 1 ms
apart and fsync takes 30 ms, so a kill at a random moment often lands mid-save.

With `hold` naming a folder, a write to a file in that folder waits HOLD_S seconds before
it starts: a test that sees a file appear there knows the writer has not finished it, and
a signal it sends then lands mid-write, however late the test, on a loaded machine, got
to send it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

HOLD_S = 60.0
"""How long a write into the held folder waits: longer than a test waits for the writer."""
_PIECE = 64 * 1024
_write = os.write
_fsync = os.fsync
_hold: Path | None = None


def slow_down(hold: Path | None = None) -> None:
    """Makes this process's writes and fsyncs slow (for a forked child: for good)."""
    global _hold
    _hold = hold
    os.write = _slow_write
    os.fsync = _slow_fsync


def _slow_write(fd: int, data: bytes) -> int:
    time.sleep(HOLD_S if _held(fd) else 0.001)
    return _write(fd, bytes(data[:_PIECE]))


def _held(fd: int) -> bool:
    """Whether `fd` is a file in the held folder."""
    if _hold is None:
        return False
    try:
        return Path(f"/proc/self/fd/{fd}").readlink().parent == _hold
    except OSError:
        return False


def _slow_fsync(fd: int) -> None:
    time.sleep(0.03)
    _fsync(fd)
