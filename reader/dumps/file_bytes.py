"""A file's bytes, read no further than a limit, whatever the file is.

A regular file's size says at once whether it is over the limit; a pipe's says 0
(`<(zcat dump.gz)`), so a pipe is read until then and no further: read whole, an endless one
filled memory until the system killed reader, and the programs beside it. A device or a socket
(`/dev/zero`, `/dev/urandom`, a terminal) is no file of text at all, and is refused before a
byte of it is read: reading `/dev/urandom` to the limit took 4.5 s and 560 MB only to refuse it.
A named pipe that nothing writes to is refused too: opened as a file is, it waited for a writer
that never came, and the command (or the app, before its first frame) waited with it.
"""

from __future__ import annotations

import contextlib
import os
import select
import stat
from collections.abc import Iterator
from pathlib import Path

_CHUNK = 1 << 20
WRITER_WAIT = 1.0
"""Seconds a named pipe with no writer is given for one to come before it is refused."""

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
    pieces = _pipe_pieces(path) if stat.S_ISFIFO(info.st_mode) else _file_pieces(path)
    with contextlib.closing(pieces):
        for chunk in pieces:
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
    return b"".join(chunks)


def _file_pieces(path: Path) -> Iterator[bytes]:
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            yield chunk


def _pipe_pieces(path: Path) -> Iterator[bytes]:
    """The bytes of the pipe at `path`, read once a writer is known to be there: a plain open
    waits until one comes, for ever if none does. A named pipe with none is given
    `WRITER_WAIT` for one to come (`mkfifo p; zcat dump.gz > p & reader articles p` may start
    reader first), then `NotAFileError`. A pipe the shell makes (`<(zcat dump.gz)`) has its
    writer from the start, so it is read as it always was, waiting for bytes still to come;
    one whose writer wrote nothing and left is empty."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb", buffering=0) as stream:
        first = _read_now(descriptor)
        if first == b"" and stat.S_ISFIFO(path.lstat().st_mode):  # named here, not linked
            came, _, _ = select.select([descriptor], [], [], WRITER_WAIT)
            first = _read_now(descriptor)
            if first == b"" and not came:
                raise NotAFileError(
                    "a named pipe with nothing writing to it (start its writer first)"
                )
        os.set_blocking(descriptor, True)
        if first:
            yield first
        while chunk := stream.read(_CHUNK):
            yield chunk


def _read_now(descriptor: int) -> bytes | None:
    """What a pipe opened without waiting holds now: None while a writer is there with nothing
    written yet, b"" when no writer is (or one wrote nothing and left)."""
    try:
        return os.read(descriptor, _CHUNK)
    except BlockingIOError:
        return None
