"""Writing a whole payload to a file descriptor with plain system calls.

The store's saves, its change log and the brat export's thousands of small files all
write this way (the layers of buffered file objects cost a quarter of a brat export);
`os.write` may take only part of what it is given, so the rest goes in a loop.
"""

from __future__ import annotations

import os


def write_all(fd: int, payload: bytes) -> None:
    """Writes every byte of `payload` to `fd` (unbuffered: nothing to flush after)."""
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view) :]
