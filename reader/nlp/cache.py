"""The on-disk cache of entity results, so a second open of a dump does no NLP at all.

One SQLite file (standard library, no server) under the workspace cache folder,
apart from the user's annotation store. Rows are keyed by the pipeline's identity
(model name and version, the result format, how bodies are cut into docs) and a hash
of the exact text and paragraph ranges, so another model, another way of reading
the text or an edited article never sees stale results.
SQLite makes every write an atomic transaction and lets a second reader instance
share the file. The cache is only ever a speed-up: a file that cannot be read is
deleted and rebuilt, a folder that cannot be written turns the cache off, and
neither stops the caller. It is held under a size cap: past it, the rows of other
pipelines go first, then the oldest of the pipeline being written.
"""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

from reader.analysis import Analysis, Entity
from reader.article import Article
from reader.collector import collector_paused
from reader.nlp.segments import SCHEME

CACHE_FILE = "entities.sqlite3"
FORMAT = 2
"""Version of what a row holds; bumping it orphans old rows (2: whole bodies, not paragraphs)."""
_BUSY_TIMEOUT_S = 2.0
_FILE_SUFFIXES = ("", "-wal", "-shm")
"""The cache file and SQLite's write-ahead log and shared-memory files beside it."""
_IN_CHUNK = 500
"""Keys per `IN (...)` query: well under SQLite's bound-parameter limit."""
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS analyses ("
    " pipeline TEXT NOT NULL, text_hash BLOB NOT NULL, data BLOB NOT NULL,"
    " PRIMARY KEY (pipeline, text_hash))"
)
"""A rowid table: rows of about 1 KB make a WITHOUT ROWID table twice the size on disk."""
MAX_CACHE_BYTES = 256 * 1024 * 1024
"""The size cap: about 250,000 articles' results (a row is about 1 KB)."""
_PRUNED_TO = 0.8
"""Pruning goes down to this share of the cap, so the next writes do not prune again."""
_ROW_OVERHEAD = 48
"""Bytes a row takes besides its data (key, hash, record header), for the pruning sums."""
PAGE_CACHE_KIB = 256
"""SQLite's page cache for the file, in KiB (its default: 2,000). The app writes every
analysis once and reads each row once, so the pages it keeps are seldom asked for again,
but they came on top of the open dump: 2 MB resident once 2 MB of rows were written
(3,000 articles analysed), against 0.15 MB at this size; reading 10,000 rows back took
the same CPU either way (the system's own file cache serves the misses)."""


@dataclass(frozen=True, slots=True)
class PipelineRows:
    """The cached results of one pipeline: `reader cache --stats` lists these."""

    pipeline: str
    rows: int
    data_bytes: int


@dataclass(frozen=True, slots=True)
class CacheStats:
    """What the cache file holds and how big it is on disk."""

    path: Path
    file_bytes: int
    pipelines: tuple[PipelineRows, ...]

    @property
    def rows(self) -> int:
        """Cached results over all pipelines."""
        return sum(p.rows for p in self.pipelines)


def text_key(article: Article) -> bytes:
    """A digest of exactly what the results depend on: the body and its paragraph ranges."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(article.body.encode("utf-8", "surrogatepass"))
    for paragraph in article.paragraphs:
        digest.update(struct.pack("<qq", paragraph.start, paragraph.end))
    return digest.digest()


def encode(analysis: Analysis) -> bytes:
    """A compact row: flat offsets, each label once plus an index per entity, flat sentences."""
    table: dict[str, int] = {}
    offsets: list[int] = []
    indices: list[int] = []
    for entity in analysis.entities:
        offsets += (entity.start, entity.end)
        indices.append(table.setdefault(entity.label, len(table)))
    sentences = [bound for sentence in analysis.sentences for bound in sentence]
    return orjson.dumps([offsets, list(table), indices, sentences])


def decode(data: bytes) -> Analysis:
    """The inverse of `encode`; raises ValueError, TypeError or IndexError on a damaged row.

    Labels are interned, so 10,000 cached articles share a handful of label strings.
    """
    offsets, table, indices, sentences = orjson.loads(data)
    labels = [sys.intern(label) for label in table]
    if len(offsets) != 2 * len(indices) or len(sentences) % 2:
        raise ValueError("damaged cache row")
    return Analysis(
        tuple(map(Entity, offsets[0::2], offsets[1::2], map(labels.__getitem__, indices))),
        tuple(zip(sentences[0::2], sentences[1::2], strict=True)),
    )


class EntityCache:
    """A thread-safe handle on the cache file; opened on first use, never fatal."""

    def __init__(self, directory: Path, max_bytes: int = MAX_CACHE_BYTES) -> None:
        self.path = directory / CACHE_FILE
        self.max_bytes = max_bytes
        """The size cap of the rows held (the file keeps freed pages for reuse)."""
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._disabled = False
        self.problem: str | None = None
        """The last thing that went wrong (a rebuilt or disabled cache), for a warning."""

    def get(self, pipeline: str, key: bytes) -> Analysis | None:
        """The cached analysis for one text under one pipeline, or None."""
        return self.get_many(pipeline, [key]).get(key)

    def get_many(self, pipeline: str, keys: Sequence[bytes]) -> dict[bytes, Analysis]:
        """Cached analyses for many texts at once (one query per few hundred keys)."""
        return _decode_rows(self._rows("data", pipeline, keys))

    def cached_keys(self, pipeline: str, keys: Sequence[bytes]) -> set[bytes]:
        """Which of `keys` have a row under `pipeline`, decoding none (a cheap resume check)."""
        return {key for key, _ in self._rows("1", pipeline, keys)}

    def _rows(self, column: str, pipeline: str, keys: Sequence[bytes]) -> list[tuple[bytes, bytes]]:
        """(text_hash, column) of the rows for `keys`, a few hundred keys per query."""
        rows: list[tuple[bytes, bytes]] = []
        unique = list(dict.fromkeys(keys))
        for at in range(0, len(unique), _IN_CHUNK):
            chunk = unique[at : at + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows += self._query(
                f"SELECT text_hash, {column} FROM analyses"
                f" WHERE pipeline = ? AND text_hash IN ({marks})",
                [_scoped(pipeline), *chunk],
            )
        return rows

    def put(self, pipeline: str, key: bytes, analysis: Analysis) -> None:
        """Stores one analysis (a complete one: partial results are never cached)."""
        self.put_many(pipeline, [(key, analysis)])

    def put_many(self, pipeline: str, items: Iterable[tuple[bytes, Analysis]]) -> None:
        """Stores many analyses in one transaction."""
        scoped = _scoped(pipeline)
        rows = [(scoped, key, encode(a)) for key, a in items if a.complete]
        if rows:
            self._write(
                "INSERT OR REPLACE INTO analyses (pipeline, text_hash, data) VALUES (?, ?, ?)",
                rows,
                keep=scoped,
            )

    def stats(self) -> CacheStats:
        """Rows and bytes per pipeline, and the file's size (zeros when there is no file)."""
        rows = (
            self._query(
                "SELECT pipeline, count(*), sum(length(data)) FROM analyses"
                " GROUP BY pipeline ORDER BY pipeline",
                [],
            )
            if self.path.exists()
            else []
        )
        size = sum(_size(Path(f"{self.path}{suffix}")) for suffix in _FILE_SUFFIXES)
        pipelines = tuple(PipelineRows(str(p), int(n), int(b or 0)) for p, n, b in rows)
        return CacheStats(self.path, size, pipelines)

    def clear(self) -> int:
        """Deletes every cached result and gives the space back; how many there were."""
        before = self.stats().rows
        with self._lock:
            connection = self._open()
            if connection is None:
                raise OSError(self.problem or f"cannot open {self.path}")
            with connection:
                connection.execute("DELETE FROM analyses")
            connection.execute("VACUUM")
        return before

    def close(self) -> None:
        """Closes the file (the next use reopens it)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _query(self, sql: str, params: Sequence[object]) -> list[tuple[bytes, bytes]]:
        with self._lock:
            for _attempt in range(2):
                connection = self._open()
                if connection is None:
                    return []
                try:
                    return connection.execute(sql, params).fetchall()
                except sqlite3.Error as exc:
                    if not self._recover(exc):
                        return []
            return []

    def _write(self, sql: str, rows: list[tuple[str, bytes, bytes]], keep: str) -> None:
        with self._lock:
            for _attempt in range(2):
                connection = self._open()
                if connection is None:
                    return
                try:
                    with connection:
                        connection.executemany(sql, rows)
                        _prune(connection, self.max_bytes, keep)
                    return
                except sqlite3.Error as exc:
                    if not self._recover(exc):
                        return

    def _open(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._disabled:
            return self._connection
        try:
            self._connection = self._connect()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not _schema_problem(exc):
                if not _is_busy(exc):
                    self._disable(f"entity cache {self.path} cannot be opened ({exc})")
                return None
            self._rebuild(f"entity cache {self.path} was unreadable ({exc}); rebuilt it")
        except OSError as exc:
            self._disable(f"entity cache folder {self.path.parent} cannot be used ({exc})")
        return self._connection

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_S, check_same_thread=False)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
            connection.execute(_SCHEMA)
            connection.execute("SELECT pipeline, text_hash, data FROM analyses LIMIT 1").fetchall()
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def _recover(self, exc: sqlite3.Error) -> bool:
        """Decides what a failed statement means; True when it is worth one more try."""
        if isinstance(exc, sqlite3.OperationalError) and not _schema_problem(exc):
            if not _is_busy(exc):
                self._disable(f"entity cache {self.path} cannot be used ({exc})")
            return False
        self._rebuild(f"entity cache {self.path} was damaged ({exc}); rebuilt it")
        return self._connection is not None

    def _rebuild(self, why: str) -> None:
        """Deletes an unreadable file (it is only a cache) and starts an empty one."""
        self.problem = why
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        try:
            for suffix in _FILE_SUFFIXES:
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._connection = self._connect()
        except (OSError, sqlite3.Error) as exc:
            self._disable(f"entity cache {self.path} cannot be rebuilt ({exc})")

    def _disable(self, why: str) -> None:
        self.problem = why
        self._disabled = True
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _prune(connection: sqlite3.Connection, max_bytes: int, keep: str) -> None:
    """Deletes rows until the cache is well under `max_bytes`: other pipelines' rows
    first (a model no longer used), then the oldest rows of `keep` (the one in use).

    The page count answers "is it over?" at once; the rows are only summed when it is.
    """
    page_size, pages, free = (
        connection.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("page_size", "page_count", "freelist_count")
    )
    if (pages - free) * page_size <= max_bytes:
        return
    (total,) = connection.execute(
        f"SELECT coalesce(sum(length(data)), 0) + count(*) * {_ROW_OVERHEAD} FROM analyses"
    ).fetchone()
    excess = total - int(max_bytes * _PRUNED_TO)
    doomed: list[tuple[int]] = []
    for rowid, size in connection.execute(
        f"SELECT rowid, length(data) + {_ROW_OVERHEAD} FROM analyses ORDER BY pipeline = ?, rowid",
        [keep],
    ):
        if excess <= 0:
            break
        doomed.append((rowid,))
        excess -= size
    connection.executemany("DELETE FROM analyses WHERE rowid = ?", doomed)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _decode_rows(rows: list[tuple[bytes, bytes]]) -> dict[bytes, Analysis]:
    """Decodes rows, skipping damaged ones (a miss, recomputed and overwritten later).

    The cyclic garbage collector is paused meanwhile: decoding a big dump creates
    hundreds of thousands of small objects, and collections triggered by them
    would re-scan everything already decoded (measured: 3x slower at 10,000 articles).
    """
    found: dict[bytes, Analysis] = {}
    with collector_paused():
        for key, data in rows:
            try:
                found[key] = decode(data)
            except (ValueError, TypeError, IndexError):
                continue
    return found


def _scoped(pipeline: str) -> str:
    return f"{pipeline}#f{FORMAT}#{SCHEME}"


def _is_busy(exc: sqlite3.Error) -> bool:
    """Another process holds the file for a moment: skip this read or write, keep the cache."""
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def _schema_problem(exc: sqlite3.Error) -> bool:
    """A file from another program or an old format: rebuilding it is the fix."""
    message = str(exc).lower()
    return "no such table" in message or "no such column" in message
