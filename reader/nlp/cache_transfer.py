"""Moving entity-cache rows between machines: a cluster's results onto a laptop.

An export is a standalone SQLite file with the cache's own table (rows keyed by
pipeline identity and text hash, exactly as cached) plus a small `export_info`
table; it is written to a temporary name and renamed, so a half-written export
never looks complete. Import merges rows into the workspace cache in one
transaction; a row already present is kept (the same key means the same text
and the same model, so the same results). A cache file copied as it is imports
too.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ReaderError, no_folder
from reader.nlp.cache import CACHE_FILE, FORMAT

EXPORT_KIND = "reader entity cache"
_TABLE = (
    "CREATE TABLE IF NOT EXISTS {db}analyses ("
    " pipeline TEXT NOT NULL, text_hash BLOB NOT NULL, data BLOB NOT NULL,"
    " PRIMARY KEY (pipeline, text_hash))"
)
_COLUMNS = {"pipeline", "text_hash", "data"}
_BUSY_TIMEOUT_S = 10.0


class CacheTransferError(ReaderError):
    """An export or import that cannot be done; nothing was changed."""


@dataclass(frozen=True, slots=True)
class Transfer:
    """What an export or import moved: rows in all, rows new to the target, pipelines."""

    rows: int
    added: int
    pipelines: tuple[str, ...]


def export_cache(cache_dir: Path, target: Path) -> Transfer:
    """Copies every row of the workspace cache into a new export file at `target`."""
    source = cache_dir / CACHE_FILE
    if not source.is_file():
        raise CacheTransferError(f"no entity cache to export (nothing at {source})")
    if not target.parent.is_dir():  # else sqlite's "unable to open", said of the cache
        raise CacheTransferError(no_folder(target.parent))
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        connection = sqlite3.connect(partial)
        try:
            connection.execute(_TABLE.format(db=""))
            connection.execute("CREATE TABLE export_info (key TEXT PRIMARY KEY, value TEXT)")
            connection.executemany(
                "INSERT INTO export_info VALUES (?, ?)",
                [("kind", EXPORT_KIND), ("format", str(FORMAT))],
            )
            _attach(connection, source)
            with connection:
                connection.execute(
                    "INSERT INTO analyses SELECT pipeline, text_hash, data FROM src.analyses"
                )
            transfer = _summary(connection, "main", added=None)
            connection.execute("DETACH DATABASE src")
        finally:
            connection.close()
        _fsync(partial)
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise CacheTransferError(f"cannot export the entity cache {source} ({exc})") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CacheTransferError(f"{target}: cannot be written ({exc.strerror or exc})") from exc
    return transfer


def import_cache(cache_dir: Path, export: Path) -> Transfer:
    """Merges the rows of an export (or of another cache file) into the workspace cache."""
    if not export.is_file():
        raise CacheTransferError(f"{export}: no such file")
    target = cache_dir / CACHE_FILE
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(target, timeout=_BUSY_TIMEOUT_S)
    except (OSError, sqlite3.Error) as exc:
        raise CacheTransferError(f"entity cache {target} cannot be opened ({exc})") from exc
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(_TABLE.format(db=""))
        try:
            _attach(connection, export)
        except sqlite3.Error as exc:
            raise CacheTransferError(f"{export}: not a reader cache export ({exc})") from exc
        before = connection.execute("SELECT count(*) FROM main.analyses").fetchone()[0]
        with connection:
            connection.execute(
                "INSERT OR IGNORE INTO main.analyses"
                " SELECT pipeline, text_hash, data FROM src.analyses"
            )
        after = connection.execute("SELECT count(*) FROM main.analyses").fetchone()[0]
        transfer = _summary(connection, "src", added=after - before)
        connection.execute("DETACH DATABASE src")
    except sqlite3.Error as exc:
        raise CacheTransferError(f"cannot import {export} into {target} ({exc})") from exc
    finally:
        connection.close()
    return transfer


def _attach(connection: sqlite3.Connection, path: Path) -> None:
    """Attaches `path` read-only as `src`, checking it has the cache's table."""
    connection.execute("ATTACH DATABASE ? AS src", (f"{path.resolve().as_uri()}?mode=ro",))
    columns = {row[1] for row in connection.execute("PRAGMA src.table_info(analyses)")}
    if not columns >= _COLUMNS:
        connection.execute("DETACH DATABASE src")
        raise sqlite3.DatabaseError("it has no table of cached analyses")


def _summary(connection: sqlite3.Connection, db: str, added: int | None) -> Transfer:
    rows = connection.execute(f"SELECT count(*) FROM {db}.analyses").fetchone()[0]
    pipelines = tuple(
        row[0]
        for row in connection.execute(f"SELECT DISTINCT pipeline FROM {db}.analyses ORDER BY 1")
    )
    return Transfer(rows=rows, added=rows if added is None else added, pipelines=pipelines)


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
