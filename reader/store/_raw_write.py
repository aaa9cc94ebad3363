"""Writing a whole payload to a file descriptor with plain system calls.

The store's saves, its change log and the brat export's thousands of small files all
write this way (the layers of buffered file objects cost a quarter of a brat export);
`os.write` may take only part of what it is given, so the rest goes in a loop. A file
made of many parts (an export spliced from its articles' runs, the export snapshot's
runs file) goes out many parts to a system call (`os.writev`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

_BATCH_PARTS = min(os.sysconf("SC_IOV_MAX"), 1024) if hasattr(os, "writev") else 1
"""Parts given to one `os.writev` at most (where the system has it; else one a call)."""
_BATCH_BYTES = 1 << 20
"""Bytes a batch stops taking parts at: parts made while the file is written (an export's
pieces) are let go a megabyte at a time, as they were one at a time."""


def write_all(fd: int, payload: bytes | memoryview) -> None:
    """Writes every byte of `payload` to `fd` (unbuffered: nothing to flush after)."""
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view) :]


def write_parts(fd: int, parts: Iterable[bytes | memoryview]) -> None:
    """Writes every part, one after another, to `fd`: up to `_BATCH_PARTS` parts or
    `_BATCH_BYTES` bytes a system call, where one call a part cost the 4,000 parts of a
    100,000-annotation export snapshot 30 ms of CPU against 16 ms in batches."""
    batch: list[bytes | memoryview] = []
    size = 0
    for part in parts:
        batch.append(part)
        size += memoryview(part).nbytes
        if len(batch) >= _BATCH_PARTS or size >= _BATCH_BYTES:
            _write_batch(fd, batch)
            batch, size = [], 0
    if batch:
        _write_batch(fd, batch)


def _write_batch(fd: int, batch: list[bytes | memoryview]) -> None:
    """Writes the parts of `batch` in one call, and what it left of them one by one."""
    if len(batch) == 1:
        write_all(fd, batch[0])
        return
    written = os.writev(fd, batch)
    for part in batch:
        size = memoryview(part).nbytes
        if written >= size:
            written -= size
            continue
        write_all(fd, memoryview(part)[written:])
        written = 0
