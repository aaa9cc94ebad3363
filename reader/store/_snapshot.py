"""A read-only copy of a big store beside it, shaped for one bulk read (an export).

Parsing a 44 MB store of 100,000 annotations and regrouping its documents by article in
text order cost more than twice what serialising the documents does; the same documents
already grouped, without their table keys, their article ids and the undo and redo
stacks, parse in about half the time. So a store opened for a bulk read
(`Store(..., read_only=True, bulk=True)`) keeps `STORE.snapshot`: a first line naming
the store file it was made from (inode, size and modification time, as the change log
and the checked note name it) and the schema version, then one JSON document: every
table but the annotations, undo and redo as stored, and the annotations by article id,
each article's in text order, each without its `article_id` (as
`Store.annotation_documents` hands them out).

It is only a cache: TinyDB's file stays the store of record, and nothing here writes it.
A snapshot is read only when its first line names the store file as it is now and no
change log lies beside the store; any save since, a store replaced by hand, a schema
moved on or a file that does not parse makes it stale, and the next bulk read that parses
the store writes it anew. It is written to a temp file and renamed, so a kill leaves
the old snapshot or the new one (a killed writer's temp file goes with the store's
leftovers), and it is not synced: lost, it costs one slower export. Stores under
`MIN_BYTES` parse quickly and keep none.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import orjson

from reader.store import _changelog
from reader.store._raw_write import write_all

SUFFIX = ".snapshot"
_FORMAT = 1
MIN_BYTES = 1 << 20
"""Stores smaller than this keep no snapshot (parsing them takes a few milliseconds)."""

Tables = dict[str, Any]
"""Every table but annotations, undo and redo, and `annotations`: article id -> documents."""


def snapshot_path(store: Path) -> Path:
    """Where the snapshot of `store` lives (beside it, like its lock and change log)."""
    return store.with_name(store.name + SUFFIX)


def load(store: Path, version: int) -> Tables | None:
    """The snapshot's tables when it was made from the store file as it is now, at schema
    `version`, and no change log continues that file; None otherwise."""
    try:
        base = _changelog.identity(store.stat())
        raw = snapshot_path(store).read_bytes()
    except OSError:
        return None
    if _changelog.log_path(store).exists():
        return None
    end = raw.find(b"\n")
    try:
        header = orjson.loads(raw[:end]) if end > 0 else None
        if header != _header(base, version):
            return None
        tables = orjson.loads(memoryview(raw)[end + 1 :])
    except orjson.JSONDecodeError:
        return None
    if not (isinstance(tables, dict) and isinstance(tables.get("annotations"), dict)):
        return None
    return tables


def save(store: Path, base: _changelog.Identity, version: int, tables: Tables) -> None:
    """Writes the snapshot of the store file read as `base`; a failure is let be (the next
    bulk read parses the store and tries again)."""
    temp = store.with_name(f".{store.name}{SUFFIX}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError, orjson.JSONEncodeError):
        try:
            payload = orjson.dumps(_header(base, version), option=orjson.OPT_APPEND_NEWLINE)
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                write_all(fd, payload)
                write_all(fd, orjson.dumps(tables))
            finally:
                os.close(fd)
            temp.replace(snapshot_path(store))
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise


def _header(base: _changelog.Identity, version: int) -> dict[str, Any]:
    return {"reader-snapshot": _FORMAT, "schema": version, "base": base}
