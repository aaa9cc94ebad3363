"""A file's bytes, read no further than a limit, whatever the file is.

A regular file's size says at once whether it is over the limit; a pipe's says 0
(`<(zcat dump.gz)`), so a pipe is read until then and no further: read whole, an endless one
filled memory until the system killed reader, and the programs beside it. A device or a socket
(`/dev/zero`, `/dev/urandom`, a terminal) is no file of text at all, and is refused before a
byte of it is read: reading `/dev/urandom` to the limit took 4.5 s and 560 MB only to refuse it.
"""

from __future__ import annotations

import stat
from pathlib import Path

_CHUNK = 1 << 20

_NOT_FILES = {
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


class NotAFileError(OSError):
    """A path naming a device or a socket: an OSError, so that whatever tells a file cannot be
    read tells this in one line, with what the path is."""


def read_at_most(path: Path, limit: int) -> bytes | None:
    """The bytes of `path`, or None when it holds more than `limit` (a pipe is read until
    then, and no further). `NotAFileError` for a device or a socket; OSError as reading
    raises it."""
    info = path.stat()
    if stat.S_ISREG(info.st_mode):
        return path.read_bytes() if info.st_size <= limit else None
    if kind := _NOT_FILES.get(stat.S_IFMT(info.st_mode)):
        raise NotAFileError(f"{kind}, not a file")
    chunks: list[bytes] = []
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
    return b"".join(chunks)
