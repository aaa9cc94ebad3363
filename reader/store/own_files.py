"""The files a store keeps beside itself, each named after it: the store's own, which
nothing but the store may write (an export named after one of them replaced it).

They are the store, its lock, change log, checks note, snapshot and the snapshot's runs,
the backups a schema upgrade keeps, and the hidden temp files of their atomic writes. A
file that only starts with the store's name ("reader.json.2026.json") is not one of them.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.store import _changelog, _checked, _snapshot
from reader.store._lock import lock_path
from reader.store._storage import is_temp_of
from reader.store.records import now_iso

_BACKUP = re.compile(r"\.v\d+\.\w+\.bak")
"""What follows the store's name in a backup's name (`backup_path`)."""


def backup_path(store: Path, version: int) -> Path:
    """A new name for the copy of `store` kept before upgrading it from schema `version`."""
    stamp = now_iso().replace(":", "").replace("-", "").replace(".", "")
    return store.with_name(f"{store.name}.v{version}.{stamp}.bak")


def is_store_file(store: Path, path: Path) -> bool:
    """Whether `path` is `store` or one of the files it keeps beside itself (both paths as
    the caller resolved them)."""
    if path.parent != store.parent:
        return False
    name = path.name
    if is_temp_of(store, name):
        return True  # a temp file of the store's, or of one of its files
    sides = (
        store,
        lock_path(store),
        _changelog.log_path(store),
        _checked.note_path(store),
        *_snapshot.snapshot_files(store),
    )
    if path in sides:
        return True
    return name.startswith(store.name) and bool(_BACKUP.fullmatch(name[len(store.name) :]))
