"""When a dump file counts as unchanged: its size and modification time, and how long they
must hold before the inbox (`reader.dumps.inbox`) splits it.

Apart from the inbox so the first frame's plan can take each dump's signature without
importing the inbox's watcher (and the decoding it reports errors with): the inbox starts
after the first frame.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

DEFAULT_SETTLE_SECONDS = 1.0
"""How long a file must stay unchanged before it is split."""


class FileSignature(NamedTuple):
    """What "unchanged" is judged by: size and modification time. A named tuple, not a
    dataclass: generating a frozen dataclass costs the first frame some 4 M instructions."""

    size: int
    mtime_ns: int


def file_signature(path: Path) -> FileSignature | None:
    """The file's signature now, or None when it is gone or unreadable.

    Take it before loading a dump at start-up and hand it to `Inbox(known=...)`,
    so a file changed between loading and watching is still reported.
    """
    try:
        stat = path.stat()
    except OSError:
        return None
    return FileSignature(stat.st_size, stat.st_mtime_ns)
