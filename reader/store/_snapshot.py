"""A read-only copy of a big store beside it, shaped for one bulk read (an export).

Parsing a 44 MB store of 100,000 annotations and regrouping its documents by article in
text order cost more than twice what serialising the documents does. So a store opened
for a bulk read (`Store(..., read_only=True, bulk=True)`) keeps `STORE.snapshot`:

- a first line naming the store file it was made from (inode, size and modification
  time, as the change log and the checked note name it) and the schema version;
- a second line, one JSON document: every table but the annotations, undo and redo as
  stored, and for each article holding annotations (in the order of the runs) its id, how
  many it holds and the length of its run;
- the runs, one after another: each article's documents in text order, each without its
  `article_id` (as `Store.annotation_documents` hands them out), as indented JSON (see
  `reader.store.runs`), so the `json` export splices them in without parsing them and
  other readers parse only what they read.

It is only a cache: TinyDB's file stays the store of record, and nothing here writes it.
A snapshot is read only when its first line names the store file as it is now, no
change log lies beside the store, and its runs have the lengths its second line gives,
each a JSON list without a NUL byte; any save since, a store replaced by hand, a schema
moved on or a file that does not check makes it stale, and the next bulk read that
parses the store writes it anew. It is written to a temp file and renamed, so a kill
leaves the old snapshot or the new one (a killed writer's temp file goes with the
store's leftovers), and it is not synced: lost or damaged, it costs one slower export
(the pages of a file that never reached the disk read back as NULs, which orjson never
writes; a CRC of the runs cost a twentieth of the export it guarded). Stores under
`MIN_BYTES` parse quickly and keep none.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from reader.store import _changelog
from reader.store._raw_write import write_all
from reader.store.records import Document
from reader.store.runs import DocumentRun

SUFFIX = ".snapshot"
_FORMAT = 2
MIN_BYTES = 1 << 20
"""Stores smaller than this keep no snapshot (parsing them takes a few milliseconds)."""

Tables = dict[str, Any]
"""Every table but annotations, undo and redo."""
Runs = dict[str, DocumentRun]
"""Article id -> its annotations."""


def snapshot_path(store: Path) -> Path:
    """Where the snapshot of `store` lives (beside it, like its lock and change log)."""
    return store.with_name(store.name + SUFFIX)


def load(store: Path, version: int) -> tuple[Tables, Runs] | None:
    """The snapshot's tables and runs when it was made from the store file as it is now, at
    schema `version`, no change log continues that file and its runs check; None otherwise.
    Each run is read into its own bytes straight from the file (no copy of the whole)."""
    try:
        base = _changelog.identity(store.stat())
        if _changelog.log_path(store).exists():
            return None
        with snapshot_path(store).open("rb") as file:
            header = file.readline()
            if orjson.loads(header) != _header(base, version):
                return None
            return _parts(orjson.loads(file.readline()), file)
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None


def _parts(index: Any, file: BinaryIO) -> tuple[Tables, Runs] | None:
    """The tables the index line holds and the runs it describes, read from `file`; None
    when they do not check: a run cut short, bytes after the last, or one that is not a
    JSON list or holds a NUL byte (orjson never writes one: pages of a file that never
    reached the disk read back as NULs, and the length of such a file is right)."""
    tables, lengths = index["tables"], index["runs"]
    if not isinstance(tables, dict):
        return None
    found: Runs = {}
    for article_id, count, length in lengths:
        json = file.read(length)
        if len(json) != length or json[:1] != b"[" or json[-1:] != b"]" or b"\0" in json:
            return None
        found[article_id] = DocumentRun(json, count)
    if file.read(1):
        return None
    return tables, found


def save(
    store: Path,
    base: _changelog.Identity,
    version: int,
    tables: Tables,
    grouped: dict[str, list[Document]],
) -> Runs | None:
    """Writes the snapshot of the store file read as `base`, its annotations `grouped` by
    article, and returns them as runs (their JSON made once, for the snapshot and for a
    format that splices it); None when they have no JSON form. A failure to write is let
    be (the next bulk read parses the store and tries again)."""
    try:
        runs = {article_id: DocumentRun.of(docs) for article_id, docs in grouped.items()}
    except orjson.JSONEncodeError:
        return None
    temp = store.with_name(f".{store.name}{SUFFIX}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError, orjson.JSONEncodeError):
        try:
            payload = orjson.dumps(_header(base, version), option=orjson.OPT_APPEND_NEWLINE)
            index = {
                "tables": tables,
                "runs": [(key, len(run), len(run.json)) for key, run in runs.items()],
            }
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                write_all(fd, payload + orjson.dumps(index, option=orjson.OPT_APPEND_NEWLINE))
                for run in runs.values():  # one write each: joined, 40 MB more to copy
                    write_all(fd, run.json)
            finally:
                os.close(fd)
            temp.replace(snapshot_path(store))
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
    return runs


def _header(base: _changelog.Identity, version: int) -> dict[str, Any]:
    return {"reader-snapshot": _FORMAT, "schema": version, "base": base}
