"""A note beside the store naming the version of its file that needs no checking on open.

Checking every document of a store costs as much as serialising them all again (a
third of opening 100,000 annotations), yet a file this code wrote itself holds only
documents it accepted: the store checks what goes in and writes what it holds. So each
time the store writes its file whole, or opens a file and finds every document fine, it
notes that file's identity (inode, size, modification time, as the change log names it)
and the schema version in `STORE.checked`. An open that finds the same identity, the
same version and no change log spares the check of each document.

Anything else means a check: no note, a note that does not parse (cut short by a kill),
a file replaced or edited since (a new inode, size or time), a change log with saves the
note does not cover, or a schema version (and so its rules) that moved on. The note is
not fsynced: lost, it only costs the next open its check; it is written after the file it
names is on disk, so it never vouches for a file that a crash then takes back.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import orjson

from reader.store._changelog import Identity

SUFFIX = ".checked"
_FORMAT = 1


def note_path(store: Path) -> Path:
    """Where the note of `store` lives (beside it, like its lock and change log)."""
    return store.with_name(store.name + SUFFIX)


def vouch(store: Path, base: Identity, version: int) -> None:
    """Notes that the file `store` read or written as `base` holds only documents that pass
    the checks of schema `version`. A failure to write is let be (the next open checks)."""
    payload = orjson.dumps({"reader-checked": _FORMAT, "schema": version, "base": base})
    with contextlib.suppress(OSError):
        fd = os.open(note_path(store), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            os.write(fd, payload)
        finally:
            os.close(fd)


def vouched(store: Path, base: Identity, version: int) -> bool:
    """Whether the note says the file read as `base` passed the checks of `version`."""
    try:
        note = orjson.loads(note_path(store).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return False
    return (
        isinstance(note, dict)
        and note.get("reader-checked") == _FORMAT
        and note.get("schema") == version
        and note.get("base") == base
    )
