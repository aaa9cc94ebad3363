"""Where `-o` names something to write into rather than a file to replace.

A file export replaces its file atomically (a temp file renamed over it), so a crash never
leaves half of one. A named pipe, `/dev/stdout` or a device is no such file: renamed over,
it was gone (the reader at the other end got nothing), and run as root `-o /dev/full`
replaced the system's device node with a regular file, the export saying it was written.
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from pathlib import Path


def streams_into(path: Path) -> bool:
    """Whether `path` is a pipe, a terminal or another device to write into as it is (it
    exists and is neither a regular file nor a folder)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def write_into(path: Path, parts: Iterable[bytes | memoryview]) -> None:
    """Writes `parts` into the pipe or device `path`; OSError when it refuses them (a full
    device, a pipe nobody reads any more)."""
    with path.open("wb") as stream:
        stream.writelines(parts)
