"""Where `-o` names something to write into rather than a file to replace.

A file export replaces its file atomically (a temp file renamed over it), so a crash never
leaves half of one. A named pipe, `/dev/stdout` or a device is no such file: renamed over,
it was gone (the reader at the other end got nothing), and run as root `-o /dev/full`
replaced the system's device node with a regular file, the export saying it was written.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path


def streams_into(path: Path) -> bool:
    """Whether `path` is a pipe, a terminal or another device to write into as it is (it
    exists and is neither a regular file nor a folder), or a process's open file
    (`/dev/stdout`, `/dev/fd/1`) whatever it is: with stdout sent to a file, the rename
    replaced the `/dev/stdout` link itself (as root: the system's) and the file got
    nothing."""
    if _open_file_of_a_process(path):
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def replaced(path: Path) -> Path:
    """The file an export to `path` replaces: the one a link leads to, so the link (say
    `latest.json`, pointing at this week's file) stays a link to the export, where the
    rename put a file in the link's place and left the file it pointed to as it was."""
    return path.resolve() if path.is_symlink() else path


def _open_file_of_a_process(path: Path) -> bool:
    """Whether `path`, or a link it leads through, is under /proc (`/dev/stdout` links to
    `/proc/self/fd/1`; `/dev/fd` is `/proc/self/fd`)."""
    for _ in range(_MOST_LINKS):
        where = Path(os.path.realpath(path.parent)) / path.name
        if where.parts[1:2] == ("proc",):
            return True
        if not where.is_symlink():
            return False
        path = where.parent / where.readlink()
    return False


_MOST_LINKS = 40
"""The links followed before giving up, as the system's own bound (ELOOP) does."""


def write_into(path: Path, parts: Iterable[bytes | memoryview]) -> None:
    """Writes `parts` into the pipe or device `path`; OSError when it refuses them (a full
    device, a pipe nobody reads any more)."""
    with path.open("wb") as stream:
        stream.writelines(parts)
