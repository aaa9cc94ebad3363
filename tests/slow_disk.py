"""`reader` on a slow disk, for the crash tests (run by them, not collected).

python tests/slow_disk.py ARGS...   # `reader ARGS...`, but every file write goes out in
                                    # 64 KiB pieces 1 ms apart and fsync takes 30 ms, so
                                    # a kill at a random moment often lands mid-save
"""

from __future__ import annotations

import os
import sys
import time

from reader.cli import main

_PIECE = 64 * 1024
_write = os.write
_fsync = os.fsync


def _slow_write(fd: int, data: bytes) -> int:
    time.sleep(0.001)
    return _write(fd, bytes(data[:_PIECE]))


def _slow_fsync(fd: int) -> None:
    time.sleep(0.03)
    _fsync(fd)


if __name__ == "__main__":
    os.write = _slow_write
    os.fsync = _slow_fsync
    sys.exit(main(sys.argv[1:]))
