"""The store's change log: saves that cost the size of the change, not of the store.

Rewriting a 50 MB store to save one annotation takes far longer than the 10 ms a save
may take, so once the store file is big a save appends one line to a side file,
`STORE.changes`, and fsyncs it. The log's first line names the store file it
continues (inode, size, modification time); each later line holds the documents one
save changed, `{"clear": [table, ...], "set": {table: {key: doc or null}}}` (null: the
document was deleted; a cleared table is emptied before its documents are set).

Reading the store replays the log over the file. A last line without its newline was
cut short by a kill while its save had not returned, so it is ignored, as is
everything from the first line that does not parse. A log whose first line names
another file is stale: the store was rewritten (compacted) and already holds every
change in it, or it was replaced by hand; it is ignored and the next writer removes it.
Compaction writes the whole store atomically and then deletes the log, so a kill
between the two leaves a stale log, never a lost change.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import orjson

from reader.store._raw_write import write_all
from reader.store.schema import ANNOTATIONS, Data

SUFFIX = ".changes"
_FORMAT = 1

Identity = list[int]
"""What names one version of the store file: inode, size, modification time in ns."""

Changes = dict[str, Any]
"""One save's line: tables cleared (`clear`) and documents set or deleted (`set`)."""


def log_path(store: Path) -> Path:
    """Where the change log of `store` lives (beside it)."""
    return store.with_name(store.name + SUFFIX)


def identity(stat: os.stat_result) -> Identity:
    """The identity of the store file a log continues; an atomic rewrite changes the inode."""
    return [stat.st_ino, stat.st_size, stat.st_mtime_ns]


UNREADABLE: Identity = []
"""What `replay` says of a log that lies beside the store but cannot be read: no identity
names what it holds."""


def replay(store: Path, base: Identity, data: Data) -> tuple[Identity | None, set[str] | None]:
    """Applies the log of `store` to `data` (the file read as `base`); the identity of the
    log as it was opened (`UNREADABLE` when it could not be read), None when there was none,
    and the articles whose annotations it changed (held before or after; none without a
    log), None when they are not known (a log that could not be read or cleared them all).

    A stale or unreadable log changes nothing (it still counts as existing, so a
    writer compacts it away). The identity is taken before the log is read: a line a
    writer appends meanwhile may be replayed, never missing from what the identity names.
    """
    found = saves(store, base)
    if found is None:
        return None, set()
    log, lines = found
    articles: set[str] | None = None if log == UNREADABLE else set()
    for changes in lines:
        if articles is not None:
            articles = _annotated_by(data, changes, articles)
        apply(data, changes)
    return log, articles


def _annotated_by(data: Data, changes: Changes, articles: set[str]) -> set[str] | None:
    """`articles` and those whose annotations `changes` changes in `data` (before they are
    applied); None when it clears them all."""
    if ANNOTATIONS in changes.get("clear", ()):
        return None
    held = data.get(ANNOTATIONS, {})
    for key, doc in changes.get("set", {}).get(ANNOTATIONS, {}).items():
        for version in (held.get(key), doc):
            if isinstance(version, dict) and isinstance(version.get("article_id"), str):
                articles.add(version["article_id"])
    return articles


def saves(store: Path, base: Identity) -> tuple[Identity, list[Changes]] | None:
    """The log of `store` as opened (its identity) and the saves it holds over the file read
    as `base`, in order (none when it is stale); `UNREADABLE` and none when it cannot be
    read, None when there is none. As `replay` reads it: a line cut short and everything
    from the first line that does not parse are left out."""
    try:
        with log_path(store).open("rb") as file:
            found = identity(os.fstat(file.fileno()))
            raw = file.read()
    except FileNotFoundError:
        return None
    except OSError:
        return UNREADABLE, []
    lines = raw.split(b"\n")[:-1]  # whatever follows the last newline was cut short
    if not lines or _header(lines[0]) != base:
        return found, []
    read: list[Changes] = []
    for line in lines[1:]:
        try:
            changes = orjson.loads(line)
        except orjson.JSONDecodeError:
            break
        if not isinstance(changes, dict):
            break
        read.append(changes)
    return found, read


def log_identity(store: Path) -> Identity | None:
    """The identity of the log of `store` as it is now; None when there is none. OSError
    for one that cannot be looked at."""
    try:
        return identity(log_path(store).stat())
    except FileNotFoundError:
        return None


def _header(line: bytes) -> Identity | None:
    try:
        header = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(header, dict) or header.get("reader-changes") != _FORMAT:
        return None
    base = header.get("base")
    return base if isinstance(base, list) else None


def apply(data: Data, changes: Changes) -> None:
    """Applies one saved line to the tables in memory."""
    for table in changes.get("clear", ()):
        data.setdefault(table, {}).clear()
    for table, docs in changes.get("set", {}).items():
        target = data.setdefault(table, {})
        for key, doc in docs.items():
            if doc is None:
                target.pop(key, None)
            else:
                target[key] = doc


def changes_of(data: Data, cleared: set[str], touched: dict[str, dict[str, None]]) -> Changes:
    """The line for a save: the cleared tables and the current value of each touched key."""
    found: dict[str, dict[str, Any]] = {}
    for table, keys in touched.items():
        current = data.get(table, {})
        found[table] = {key: current.get(key) for key in keys}
    return {"clear": sorted(cleared), "set": found}


class ChangeLog:
    """The open log of one store file: appends fsynced lines, knows its own size.

    Created empty (header only) right after the store file was written whole.
    Any OSError leaves the log unusable (`broken`); the caller then rewrites the
    store whole, which makes this log stale.
    """

    def __init__(self, store: Path, base: Identity) -> None:
        self.path = log_path(store)
        self.broken = False
        header = orjson.dumps({"reader-changes": _FORMAT, "base": base}) + b"\n"
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o666)
        try:
            self._write(header)
        except OSError:
            self.close()
            raise
        self.size = len(header)
        self.lines = 0

    def append(self, line: bytes) -> None:
        """Adds one save (without its newline) and returns once it is on disk."""
        try:
            self._write(line + b"\n")
        except OSError:
            self.broken = True
            raise
        self.size += len(line) + 1
        self.lines += 1

    def _write(self, payload: bytes) -> None:
        write_all(self._fd, payload)
        os.fsync(self._fd)

    def close(self) -> None:
        """Closes the file (the log stays on disk)."""
        with contextlib.suppress(OSError):
            os.close(self._fd)


def remove(store: Path) -> None:
    """Deletes the log of `store`, once the store file holds all of it (or it is stale)."""
    with contextlib.suppress(FileNotFoundError):
        log_path(store).unlink()
