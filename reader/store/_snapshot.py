"""A read-only copy of a big store beside it, shaped for one bulk read (an export).

Parsing a 44 MB store of 100,000 annotations and regrouping its documents by article in
text order cost more than twice what serialising the documents does. So a store opened
for a bulk read (`Store(..., read_only=True, bulk=True)`) keeps two files beside it:

- `STORE.snapshot`: a first line naming the store file it was made from (inode, size and
  modification time, as the change log and the checked note name it), the schema version
  and the runs file below by the same identity; a second line, one JSON document: every
  table but the annotations, undo and redo as stored, and for each article holding
  annotations its id, how many it holds, where its run lies in the runs file and how many
  of them are orphaned (an export leaves those out without parsing the run);
- `STORE.snapshot-runs`: the runs, each article's documents in text order, each without
  its `article_id` (as `Store.annotation_documents` hands them out), as indented JSON (see
  `reader.store.runs`), so the `json` export splices them in without parsing them and
  other readers parse only what they read; and each run's span inputs (ids, offsets, tags
  and notes as compact JSON, `DocumentRun.span_inputs`), which the `jsonl` export reads
  instead of the documents: right after the run when it had them, or all after the runs,
  appended by `write` once the snapshot can be read (see there).

It is only a cache: TinyDB's file stays the store of record, and nothing here writes it.
A snapshot is read only when its first line names the store file as it is now, the change
log beside it as it is now (or none, when there is none) and the runs file as it is, and
the runs its second line places lie in the runs file, each a JSON list, in a file without
a NUL byte; the runs are views of that file's pages, mapped, not read (a reader never cuts
the file short, so they stay readable while the export holds them); a store replaced by
hand, a schema moved on or a file that does not check makes it stale, and the next bulk
read that parses the store writes it anew. A writer that rewrites the store whole
(`carry`) keeps it current instead when it knows every change since the file the snapshot
names (its own saves, and those of a killed writer's log it folded in): it appends the runs
of the articles whose annotations changed to the runs file (whose earlier runs no reader's
offsets move) and writes the small first file anew, so the first export after a session in
the app reads it too; a writer closing a big store that has no current snapshot (its first
session, one after a crash that left none) makes one from memory, so a store's first export
finds one as well. A bulk read that finds a change log beside the
file a snapshot was made from (a writer running, or killed before its close folded the log
in) replays the log over that snapshot (`_snapshot_log`); one that finds no snapshot of the
file makes the snapshot of the store with the log replayed, naming both, so that not every
export until the next writer's session parses the store; not while a writer runs
(`_lock.writer_alive`): its next save would make that snapshot stale, and its close would
then make one whole where it carries its own. Each file is written to a temp file and
renamed (the runs file appended to), so a kill leaves the old snapshot, the new one, or
one whose identities no longer match (a killed writer's temp file goes with the store's
leftovers); neither is synced: lost or damaged, it costs one slower export (the pages of a
file that never reached the disk read back as NULs, which orjson never writes; a CRC of
the runs cost a twentieth of the export it guarded). Stores under `MIN_BYTES` parse
quickly and keep none.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from reader.store import _changelog, _snapshot_log
from reader.store._raw_write import write_all
from reader.store._storage import mapped, write_replacing
from reader.store.records import Document
from reader.store.runs import DocumentRun

SUFFIX = ".snapshot"
"""What the snapshot's first file adds to the store's name: it lies beside the store, so it
goes where the store goes, and its temp files start as the store's leftovers do."""
RUNS_SUFFIX = ".snapshot-runs"
"""The same for its runs file, named after the first so a listing shows them together."""
_FORMAT = 8
"""The snapshot's layout: a snapshot of another is stale, and made again by the next bulk
read or writer's close (4: two files, orphans counted; 5: runs escaped as reader's JSON
output is, so the json export writes them as they are; 6: the change log read with the store
file named too; 7: each run followed by its span inputs; 8: a run's span inputs placed
apart, or none yet)."""
MIN_BYTES = 1 << 20
"""Stores smaller than this keep no snapshot (parsing them takes a few milliseconds)."""
_GARBAGE_SHARE = 1.0
_GARBAGE_FLOOR = 1 << 20
"""A carry that would leave the runs file holding more superseded bytes than this share of
its live ones, and than this floor, is not made: the snapshot goes stale and the next bulk
read writes it anew."""

Tables = dict[str, Any]
"""Every table but annotations, undo and redo."""
Runs = dict[str, DocumentRun]
"""Article id -> its annotations."""
_Place = list[Any]
"""Where a run lies: [article id, documents, offset in the runs file, length, orphans, the
offset and the length of its span inputs (0 and 0: none)]."""


def snapshot_path(store: Path) -> Path:
    """Where the snapshot of `store` lives (beside it, like its lock and change log)."""
    return store.with_name(store.name + SUFFIX)


def runs_path(store: Path) -> Path:
    """Where the snapshot's runs live: a file of their own, so a writer appends the runs it
    changed (`carry`) without writing the others again."""
    return store.with_name(store.name + RUNS_SUFFIX)


def snapshot_files(store: Path) -> tuple[Path, Path]:
    """Both files of the snapshot of `store`; deleting them is always safe (the next bulk
    read parses the store and writes them anew)."""
    return snapshot_path(store), runs_path(store)


def load(store: Path, version: int) -> tuple[Tables, Runs] | None:
    """The snapshot's tables and runs when it was made from the store file as it is now and
    the change log beside it as it is now (or none, as now), at schema `version`, and its
    runs check, or when it was made from the file alone and the log beside it replays over
    it (`_snapshot_log`); None otherwise. Each run is a view of the runs file's pages, mapped (not
    read: reading 50 MB into new memory was a sixth of a whole `reader export`)."""
    try:
        base = _changelog.identity(store.stat())
        log = _changelog.log_identity(store)
        found = _index(store, base, version, log)
        replay = found is None and log is not None
        if replay:  # a writer's saves in the log: the snapshot of the file, the log over it
            found = _index(store, base, version, None)
        if found is None:
            return None
        runs_identity, index = found
        with runs_path(store).open("rb") as file:
            stat = os.fstat(file.fileno())
            if _changelog.identity(stat) != runs_identity:
                return None
            pages = mapped(file, stat.st_size)
        parts = _parts(index, pages)
        if parts is None or not replay:
            return parts
        runs = _snapshot_log.replayed(store, base, *parts)
        return None if runs is None else (parts[0], runs)
    except _UNUSABLE:
        return None


def is_current(store: Path, base: _changelog.Identity, version: int) -> bool:
    """Whether the snapshot of `store` was made from the store file `base` with no change
    log, at `version`, and names its runs file as it is: its first line alone is read (a
    writer closing the store asks this before making one; the runs are checked when a
    bulk read maps them)."""
    try:
        with snapshot_path(store).open("rb") as file:
            header = orjson.loads(file.readline())
        runs = header["runs"]
        return header == _header(base, version, runs, None) and runs == _changelog.identity(
            runs_path(store).stat()
        )
    except _UNUSABLE:
        return False


def _index(
    store: Path, base: _changelog.Identity, version: int, log: _changelog.Identity | None
) -> tuple[Any, Any] | None:
    """The runs file's identity and the index the snapshot of `store` holds, when its first
    line names the store file `base` and the change log `log` (None: none) at `version`
    and nothing follows the index."""
    with snapshot_path(store).open("rb") as file:
        header = orjson.loads(file.readline())
        if not isinstance(header, dict) or header.get("runs") is None:
            return None
        if header != _header(base, version, header["runs"], log):
            return None
        index = orjson.loads(file.readline())
        if file.read(1):
            return None
    return header["runs"], index


def _parts(index: Any, pages: memoryview) -> tuple[Tables, Runs] | None:
    """The tables the index holds and the runs it places in the runs file's `pages`; None
    when they do not check: a run past the file's end or not a JSON list, or a NUL byte
    anywhere in the file (orjson never writes one: pages of a file that never reached the
    disk read back as NULs, and the length of such a file is right)."""
    tables, places = index["tables"], index["runs"]
    if not isinstance(tables, dict) or pages.obj.find(b"\0") >= 0:
        return None
    found: Runs = {}
    for article_id, count, offset, length, orphaned, spans_at, spans_length in places:
        end, spans_end = offset + length, spans_at + spans_length
        if not _framed(pages, offset, end):
            return None
        spans = pages[spans_at:spans_end] if spans_length else None
        if spans is not None and not _framed(pages, spans_at, spans_end):
            return None
        found[article_id] = DocumentRun(pages[offset:end], count, orphaned=orphaned, spans=spans)
    return tables, found


def _framed(pages: memoryview, start: int, end: int) -> bool:
    """Whether `pages[start:end]` lies in them and opens and closes as a JSON list does."""
    return 0 <= start < end <= len(pages) and pages[start] == _OPEN and pages[end - 1] == _CLOSE


_OPEN, _CLOSE = b"[]"
"""A run's first and last byte."""


def save(
    store: Path,
    base: _changelog.Identity,
    version: int,
    tables: Tables,
    grouped: dict[str, list[Document]],
    log: _changelog.Identity | None = None,
) -> Runs | None:
    """Writes the snapshot of the store file read as `base` (with the change log read as
    `log` replayed over it, if any), its annotations `grouped` by article, and returns them
    as runs (their JSON made once, for the snapshot and for a format that splices it); None
    when they have no JSON form. A failure to write is let be (the next bulk read parses
    the store and tries again)."""
    runs = runs_of(grouped)
    if runs is not None:
        write(store, (base, log), version, tables, runs)
    return runs


def runs_of(grouped: dict[str, list[Document]], *, complete: bool = True) -> Runs | None:
    """The documents `grouped` by article as runs (`DocumentRun.of`, `complete` or not); None
    when they have no JSON form (a lone surrogate)."""
    try:
        return {
            article_id: DocumentRun.of(docs, complete=complete)
            for article_id, docs in grouped.items()
        }
    except orjson.JSONEncodeError:
        return None


def write(
    store: Path,
    read: tuple[_changelog.Identity, _changelog.Identity | None],
    version: int,
    tables: Tables,
    runs: Runs,
) -> None:
    """Writes the snapshot of the store file and change log read as `read` (see `save`),
    whose annotations are `runs`. Runs that lack their span inputs (`DocumentRun.of`
    without `complete`: an export that parsed the store leaves them to the process that
    writes its snapshot) are written without them, and the snapshot is readable from then
    on; their span inputs, made after (parsing every such run: some ten times the
    writing), are then appended to the runs file and the first file written anew naming
    them. Made before, they kept the snapshot unreadable for as long, and the user's next
    export, started meanwhile, parsed the store again. A failure to write is let be."""
    with contextlib.suppress(*_UNUSABLE):
        places = _places(runs.items(), 0)
        runs_identity = _write(
            runs_path(store), [part for run in runs.values() for part in _parts_of(run)]
        )
        _write_index(store, read, version, runs_identity, tables, places)
        lacking = [place for place in places if not place[6]]
        if lacking:
            _add_spans(store, _header(read[0], version, runs_identity, read[1]), lacking, runs)


def _add_spans(store: Path, header: dict[str, Any], lacking: list[_Place], runs: Runs) -> None:
    """Appends the span inputs of the runs `lacking` them (their places in the snapshot whose
    first line is `header`, changed here) to the runs file, and writes the first file anew
    with them; nothing when the snapshot is no longer that one (a writer carried it since,
    or another process wrote one): it stays readable as it is."""
    spans = [runs[place[0]].spans_json() for place in lacking]
    with snapshot_path(store).open("rb") as file:
        if orjson.loads(file.readline()) != header:
            return
        index = orjson.loads(file.readline())
    fd = os.open(runs_path(store), os.O_WRONLY | os.O_APPEND)
    try:
        stat = os.fstat(fd)
        if _changelog.identity(stat) != header["runs"]:
            return
        offset = stat.st_size
        for place, part in zip(lacking, spans, strict=True):
            write_all(fd, part)
            place[5:7] = offset, len(part)
            offset += len(part)
        runs_identity = _changelog.identity(os.fstat(fd))
    finally:
        os.close(fd)
    filled = {place[0]: place for place in lacking}
    places = [filled.get(place[0], place) for place in index["runs"]]
    read = (header["base"], header["log"])
    _write_index(store, read, header["schema"], runs_identity, index["tables"], places)


def carry(
    store: Path,
    before: _changelog.Identity,
    after: _changelog.Identity,
    version: int,
    tables: Tables,
    changed: dict[str, list[Document]],
    log: _changelog.Identity | None = None,
) -> bool:
    """Makes the snapshot of the store file `before` the snapshot of `after`, the file a
    writer has just written in its place, whose annotations differ from those of `before`
    only in the articles of `changed` (each with all its documents now, in text order;
    none when it has no annotation left) and whose other tables are `tables`. Their runs
    are appended to the runs file and the snapshot's first file written anew. The
    snapshot carried is that of `before` alone or, when the writer replayed the change log
    `log` over it (whose articles are then among `changed`), that of both. False when
    there is no such snapshot to carry, or too much of its runs file would be superseded;
    never raises for a file it cannot read or write (the snapshot is then stale, as it is
    after any failure here)."""
    try:
        found = _index(store, before, version, None)
        if found is None and log is not None:
            found = _index(store, before, version, log)
        if found is None:
            return False
        runs_identity, index = found
        places = {place[0]: place for place in index["runs"]}
        runs = {article_id: DocumentRun.of(docs) for article_id, docs in changed.items()}
        for article_id in runs:
            places.pop(article_id, None)
        added = [(article_id, run) for article_id, run in runs.items() if len(run)]
        fd = os.open(runs_path(store), os.O_WRONLY | os.O_APPEND)
        try:
            stat = os.fstat(fd)
            if _changelog.identity(stat) != runs_identity or _wasteful(stat.st_size, places, added):
                return False
            for _, run in added:
                for part in _parts_of(run):
                    write_all(fd, part)
            places.update((place[0], place) for place in _places(added, stat.st_size))
            runs_identity = _changelog.identity(os.fstat(fd))
        finally:
            os.close(fd)
        _write_index(store, (after, None), version, runs_identity, tables, list(places.values()))
    except _UNUSABLE:
        return False
    return True


def _places(runs: Iterable[tuple[str, DocumentRun]], offset: int) -> list[_Place]:
    """Where each of `runs` lies once they are written one after another from `offset`:
    `save` and `carry` index the runs file alike."""
    places: list[_Place] = []
    for article_id, run in runs:
        length, spans_length = map(len, _parts_of(run))
        spans_at = offset + length if spans_length else 0
        places.append(
            [article_id, len(run), offset, length, run.orphaned_count(), spans_at, spans_length]
        )
        offset += length + spans_length
    return places


def _parts_of(run: DocumentRun) -> tuple[bytes | memoryview, bytes | memoryview]:
    """What a run writes into the runs file: its documents' JSON, then its span inputs' when
    it has them (`write` appends them after, when it has not)."""
    return run.buffer, b"" if run.spans is None else run.spans


_UNUSABLE = (OSError, KeyError, TypeError, ValueError)
"""What a snapshot that cannot be read or written raises (orjson's errors among them)."""


def _wasteful(size: int, kept: dict[str, _Place], added: list[tuple[str, DocumentRun]]) -> bool:
    """Whether the runs file of `size` bytes, with the `added` runs appended, would hold more
    superseded bytes than `_GARBAGE_SHARE` of the live ones (`kept` and `added`) and than
    `_GARBAGE_FLOOR`."""
    appended = sum(sum(map(len, _parts_of(run))) for _, run in added)
    live = sum(place[3] + place[6] for place in kept.values()) + appended
    return size + appended - live > max(live * _GARBAGE_SHARE, _GARBAGE_FLOOR)


def _write_index(
    store: Path,
    read: tuple[_changelog.Identity, _changelog.Identity | None],
    version: int,
    runs_identity: _changelog.Identity,
    tables: Tables,
    places: list[_Place],
) -> None:
    """Writes the snapshot's first file, naming the store file and change log it was made
    from (`read`), the schema version and the runs file."""
    base, log = read
    header = orjson.dumps(
        _header(base, version, runs_identity, log), option=orjson.OPT_APPEND_NEWLINE
    )
    index = orjson.dumps({"tables": tables, "runs": places}, option=orjson.OPT_APPEND_NEWLINE)
    _write(snapshot_path(store), [header + index])


def _write(path: Path, parts: list[bytes]) -> _changelog.Identity:
    """Writes `parts` as the file at `path` (readable by its owner alone, as the store is);
    the identity of the file written. Swapped in, not renamed over the old one
    (`write_replacing`'s `rebuilt`): what a power cut leaves of it does not check (`load`)."""
    return _changelog.identity(write_replacing(path, parts, 0o600, rebuilt=True))


def _header(
    base: _changelog.Identity,
    version: int,
    runs: _changelog.Identity,
    log: _changelog.Identity | None,
) -> dict[str, Any]:
    return {"reader-snapshot": _FORMAT, "schema": version, "base": base, "log": log, "runs": runs}
