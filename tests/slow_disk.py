"""`reader` on a slow disk, for the crash tests (run by them, not collected).

python tests/slow_disk.py ARGS...   # `reader ARGS...`, but every file write goes out in
                                    # 64 KiB pieces 1 ms apart and fsync takes 30 ms, so
                                    # a kill at a random moment often lands mid-save

With $SLOW_DISK_HOLD naming a folder, a write to a file in that folder waits HOLD_S
seconds before it starts: a test that sees a file appear there knows the writer has not
finished it, and a signal it sends then lands mid-write, however late the test, on a
loaded machine, got to send it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from reader.cli import main

HOLD_S = 60.0
"""How long a write into $SLOW_DISK_HOLD waits: longer than a test waits for the writer."""
_PIECE = 64 * 1024
_write = os.write
_fsync = os.fsync
_HOLD = os.environ.get("SLOW_DISK_HOLD")


def _slow_write(fd: int, data: bytes) -> int:
    time.sleep(HOLD_S if _held(fd) else 0.001)
    return _write(fd, bytes(data[:_PIECE]))


def _held(fd: int) -> bool:
    """Whether `fd` is a file in the $SLOW_DISK_HOLD folder."""
    if _HOLD is None:
        return False
    try:
        return Path(f"/proc/self/fd/{fd}").readlink().parent == Path(_HOLD)
    except OSError:
        return False


def _slow_fsync(fd: int) -> None:
    time.sleep(0.03)
    _fsync(fd)


if __name__ == "__main__":
    os.write = _slow_write
    os.fsync = _slow_fsync
    sys.exit(main(sys.argv[1:]))
