"""`reader` on a slow disk, for the crash tests (imported by them, not collected).

In a process that called `slow_down()`, every file write goes out in 64 KiB pieces 1 ms
apart and fsync takes 30 ms, so a kill at a random moment often lands mid-save.

With `hold` naming a folder, a write to a file in that folder waits up to HOLD_S seconds
before it starts: a test that sees a file appear there knows the writer has not finished
it, and a signal it sends then lands mid-write, however late the test, on a loaded
machine, got to send it. The wait is made of short sleeps, so the signal's handler runs
within one of them even if the signal did not cut the sleep it came in: with one 60 s
sleep, a signal handled only after it raced the test's own 60 s wait (what the one hang of
`test_an_export_stopped_by_a_signal_leaves_no_temp_file`, review31's clone at load 17-19,
looked like; not reproduced since).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

HOLD_S = 60.0
"""How long a write into the held folder waits at most: longer than a test waits for it."""
_STEP_S = 0.05
"""The sleeps a held write waits in."""
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
    if _held(fd):
        held_until = time.monotonic() + HOLD_S
        while time.monotonic() < held_until:
            time.sleep(_STEP_S)
    else:
        time.sleep(0.001)
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
