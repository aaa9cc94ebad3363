"""A file's bytes, read no further than a limit, whatever the file is.

A regular file's size says at once whether it is over the limit; a pipe's or a device's
says 0 (`/dev/zero`, `/dev/urandom`, a terminal, `<(zcat dump.gz)`), and read whole, an
endless one filled memory until the system killed reader, and the programs beside it.
"""

from __future__ import annotations

import stat
from pathlib import Path

_CHUNK = 1 << 20


def read_at_most(path: Path, limit: int) -> bytes | None:
    """The bytes of `path`, or None when it holds more than `limit` (a pipe or a device is
    read until then, and no further). OSError as reading raises it."""
    info = path.stat()
    if stat.S_ISREG(info.st_mode):
        return path.read_bytes() if info.st_size <= limit else None
    chunks: list[bytes] = []
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
    return b"".join(chunks)
