"""A TinyDB storage that keeps the store in memory and saves every change atomically.

TinyDB's own JSONStorage re-reads the file on every operation and truncates it
before writing, so a kill mid-write leaves a broken file and a save costs a full
parse. Here the data is parsed once; `read()` returns the in-memory tables. A small
store is saved whole: serialised with orjson (no indent) into a temp file in the same
folder, fsynced, `os.replace`d over the store, the folder fsynced. A kill at any moment
leaves the old file or the new one, plus at worst a stray temp file that the next
writer removes. From `LOG_FROM` bytes on, a save appends the documents it changed to
the store's change log instead (see `_changelog`), and the store is rewritten whole
(compacted) when the log outgrows the store or the store is closed.
"""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, cast

import orjson
from tinydb.storages import Storage

from reader.store import _changelog, _checked, _pieces
from reader.store._exchange import put_in_place
from reader.store._raw_write import write_all, write_parts
from reader.store.errors import StoreError, StoreWriteError
from reader.store.runs import DocumentRun
from reader.store.schema import JOURNAL, MOVE_ASIDE, SCHEMA_VERSION, TABLES, Data
from reader.text.json_out import encodable

_TEMP_SUFFIX = ".tmp"
_LEGACY_STALE_SECONDS = 3600
"""A temp file named without its writer's pid (an older reader made it) counts as left
behind once it has not changed for this long."""
_NO_DIR_FSYNC = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EBADF})

LOG_FROM = 1 << 20
"""Store size from which saves go to the change log: below it a whole rewrite takes ~1 ms."""

LOG_LIMIT = 1 << 20
"""The log is compacted once it is bigger than the store and than this."""


class StoreState(NamedTuple):
    """A store file as read: its tables, with the change log replayed when current."""

    data: Data
    log: _changelog.Identity | None
    """The identity of the change log that lay beside the file (replayed or stale;
    `_changelog.UNREADABLE` when it could not be read), None when none did."""
    identity: _changelog.Identity
    """The identity of the file read (inode, size, modification time)."""
    logged: set[str] | None
    """The articles whose annotations the log replayed changed (none without one), None when
    not known: a writer folding the log in carries the file's snapshot with them."""
    runs: dict[str, DocumentRun] | None = None
    """For a bulk read of a file this code wrote or checked, with no change log: its
    annotations as runs by article (`_pieces`), its annotations table then empty."""

    @property
    def had_log(self) -> bool:
        """A change log lay beside the file (replayed or stale)."""
        return self.log is not None


def read_store_state(
    path: Path, *, journal: bool = True, runs_from: int | None = None
) -> StoreState | None:
    """The parsed store with its change log replayed when current, whether a log lay beside
    it and the file's identity; None when there is no file yet; StoreError names any other
    problem. Without `journal` (a read-only bulk read), a file this code wrote or checked
    (`_checked`) is parsed without its undo and redo stacks, which it writes last
    (`without_journal`), and they are empty; one of `runs_from` bytes or more with no
    change log beside it has its annotations come as runs by article (`StoreState.runs`),
    never as a table of documents."""
    try:
        with path.open("rb") as file:
            # Read, never mapped: the store is the user's file, and another program may
            # rewrite it in place while it is parsed (`cp` over it, an editor writing in
            # place); a mapping's pages then went and the process died of SIGBUS (the app
            # leaving the terminal raw). A mapped parse took 0.89x the CPU (6bce6af).
            stat = os.fstat(file.fileno())
            raw = file.read() if journal else _read_whole(file, stat.st_size)
            base = _changelog.identity(stat)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(f"cannot read store {path}: it is a folder, not a file") from None
    except OSError as exc:
        raise StoreError(f"cannot read store {path}: {exc.strerror or exc}") from exc
    if not raw or raw.isspace():  # strip() would copy a bytearray whole
        raise StoreError(f"cannot read store {path}: the file is empty; {MOVE_ASIDE}")
    vouched = not journal and _checked.vouched(path, base, SCHEMA_VERSION)
    in_runs = (
        vouched
        and runs_from is not None
        and len(raw) >= runs_from
        and not _changelog.log_path(path).exists()
    )
    data, runs = _parsed(path, raw, vouched=vouched, in_runs=in_runs)
    log, logged = _changelog.replay(path, base, data)
    if runs is not None and log is not None:  # a log came meanwhile: it changes the table
        data, runs = _parsed(path, raw, vouched=True, in_runs=False)
        log, logged = _changelog.replay(path, base, data)
    return StoreState(data, log, base, logged, runs)


def _parsed(
    path: Path, raw: bytes | bytearray, *, vouched: bool, in_runs: bool
) -> tuple[Data, dict[str, DocumentRun] | None]:
    """The file `raw` parsed: a `vouched` one without its journal (`without_journal`), its
    annotations `in_runs` (`_pieces`) when it is laid out for that; else whole."""
    data = None
    if vouched:
        buffer = cast(bytearray, raw)
        if in_runs and (at := buffer.rfind(_UNDO_KEY)) >= 0:
            found = _pieces.read_runs(buffer, at)
            if found is not None:
                return found
        data = without_journal(buffer)
    if data is None:
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise StoreError(
                f"cannot read store {path}: {_not_json(raw, exc)}; {MOVE_ASIDE}"
            ) from exc
    if not isinstance(data, dict):
        raise StoreError(f"cannot read store {path}: not a TinyDB store; {MOVE_ASIDE}")
    return data, None


def _not_json(raw: bytes | bytearray, exc: orjson.JSONDecodeError) -> str:
    """Why a store's bytes are no JSON, in the user's words: bytes that are no UTF-8 text
    (a binary file, or one saved in another encoding) are said so, not as orjson's
    "str is not valid UTF-8: surrogates not allowed"."""
    try:
        bytes(raw).decode("utf-8")
    except UnicodeDecodeError as bad:
        return (
            f"not UTF-8 text (byte {bad.start:,}: a binary file, or one saved in another encoding)"
        )
    return f"not valid JSON ({exc})"


def _read_whole(file: BinaryIO, size: int) -> bytearray:
    """The file's bytes, in a buffer of their own that `without_journal` may write to."""
    raw = bytearray(size + 1)
    got = file.readinto(raw)
    if got <= size:
        del raw[got:]
    else:  # it grew since it was measured
        raw += file.read()
    return raw


_UNDO_KEY = b',"undo":'
"""The undo stack's key as orjson writes it after the tables before it (a `"` there is a
string's start, never inside one, where it is escaped)."""
_NEEDED = frozenset(TABLES).difference(JOURNAL)


def without_journal(raw: bytearray) -> Data | None:
    """The store file `raw` (as this code writes it: the journal's two tables last) parsed
    up to its undo stack, with the journal's tables empty; None when it is not shaped so.

    The stack of a store of 100,000 annotations holds the inverse of its import (5 MB of
    its 44: 28 ms of its parse's 250; load 4). Its key is the last one at the top level
    when what comes before it, closed there, parses to every other table; `raw` is
    given back as it was. A script's table after it is left unread (an export reads none).
    """
    at = raw.rfind(_UNDO_KEY)
    if at < 0:
        return None
    raw[at] = ord("}")
    try:
        data = orjson.loads(memoryview(raw)[: at + 1])
    except orjson.JSONDecodeError:
        return None
    finally:
        raw[at] = ord(",")
    if not isinstance(data, dict) or not _NEEDED.issubset(data):
        return None
    data.update((name, {}) for name in JOURNAL)
    return data


def mapped(file: BinaryIO, size: int) -> memoryview:
    """The file's bytes as a read-only view of its pages, all mapped at once where the system
    can (Linux). Only for a file reader never cuts short (replaced by a new file, or
    appended to), so the pages stay readable while the view lives."""
    if not size:
        return memoryview(b"")
    flags = mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0)
    return memoryview(mmap.mmap(file.fileno(), size, flags=flags, prot=mmap.PROT_READ))


def stray_temp_files(path: Path) -> list[Path]:
    """Temp files an earlier writer of `path` left behind when it was killed mid-save."""
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return []
    return [p for p in entries if is_temp_of(path, p.name)]


def is_temp_of(path: Path, name: str) -> bool:
    """Whether `name` (beside `path`) is one of `temp_name(path)`'s names; those of files
    named after `path` ("reader.json.snapshot") are too."""
    return name.startswith(f".{path.name}.") and name.endswith(_TEMP_SUFFIX)


def temp_name(path: Path) -> Path:
    """A fresh hidden temp file name beside `path` that says which process writes it (the
    random part straight from `os.urandom`, as `secrets` makes it, without importing
    `secrets` and `random` into every command that saves)."""
    return path.with_name(f".{path.name}.{os.getpid()}-{os.urandom(6).hex()}{_TEMP_SUFFIX}")


def remove_stale_temp_files(path: Path) -> None:
    """Deletes the temp files (or folders) of `path` whose writer is dead: a killed export.

    Unlike `remove_stray_temp_files`, it needs no lock: a live writer's file is kept.
    """
    prefix = f".{path.name}."
    for stray in stray_temp_files(path):
        if _writer_alive(stray, stray.name[len(prefix) : -len(_TEMP_SUFFIX)]):
            continue
        with contextlib.suppress(OSError):
            if stray.is_dir() and not stray.is_symlink():
                shutil.rmtree(stray)
            else:
                stray.unlink()


def _writer_alive(temp: Path, middle: str) -> bool:
    """Whether the process named in a temp file's name (`middle`: "pid-random", see
    `temp_name`) still runs."""
    pid, dash, _ = middle.partition("-")
    if not (dash and pid.isdigit()):
        try:
            return time.time() - temp.lstat().st_mtime < _LEGACY_STALE_SECONDS
        except OSError:
            return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or a number no pid can be: leave it
    return True


def remove_stray_temp_files(path: Path) -> None:
    """Deletes leftovers of killed saves; only the lock holder may call it (a live writer's
    temp file would otherwise vanish under it)."""
    for stray in stray_temp_files(path):
        with contextlib.suppress(OSError):
            stray.unlink()


def write_replacing(
    path: Path, parts: Iterable[bytes | memoryview], mode: int = 0o666, *, rebuilt: bool = False
) -> os.stat_result:
    """Replaces `path` with `parts` written one after another through a temp file renamed
    over it, for files made again from the store (its export snapshot, the export's token
    cache, an export): a reader sees the old file or the new one, never half of one, but
    nothing is synced, since such a file lost in a power cut is only made again. `rebuilt`:
    a file whose reader checks it whole and makes it again when it does not check (the
    export snapshot) is swapped in instead (`_exchange`), without the write-out of its
    pages that ext4 starts in a rename over an old file (which otherwise leaves, after a
    power cut soon after, the old file or the new one rather than an empty one). What is
    returned is the written file's own stat (taken before it is put in place), so a cache
    can name the very file it wrote. A failure or a signal removes the temp file."""
    temp = temp_name(path)
    try:  # from the open on: a signal the moment the file exists still removes it
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            write_parts(fd, parts)  # not joined: a 40 MB snapshot would be copied again
            written = os.fstat(fd)
        finally:
            os.close(fd)
        if rebuilt:
            put_in_place(temp, path)
        else:
            temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return written


def write_atomically(path: Path, payload: bytes, mode: int | None = None) -> None:
    """Replaces `path` with `payload` so that a crash leaves either the old or the new file.

    Raises OSError (after removing its temp file) when the disk or folder refuses.
    """
    temp = temp_name(path)
    try:  # from the open on: a signal the moment the file exists still removes it
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            write_all(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    """Makes the rename itself durable; file systems that cannot sync a folder are let be."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _NO_DIR_FSYNC:
            raise
    finally:
        os.close(fd)


class RecordingTable(MutableMapping[str, Any]):
    """A table's documents as TinyDB's updaters see them, noting every key they reach.

    A document read may be changed in place (that is how TinyDB updates), so reads
    count as touched too; `clear()` counts as clearing the table.
    """

    def __init__(self, docs: dict[str, Any]) -> None:
        self.docs = docs
        self.keys_touched: dict[str, None] = {}
        self.cleared = False

    def __getitem__(self, key: str) -> Any:
        self.keys_touched[key] = None
        return self.docs[key]

    def __setitem__(self, key: str, doc: Any) -> None:
        self.keys_touched[key] = None
        self.docs[key] = doc

    def __delitem__(self, key: str) -> None:
        self.keys_touched[key] = None
        del self.docs[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.docs)

    def __len__(self) -> int:
        return len(self.docs)

    def __contains__(self, key: object) -> bool:
        return key in self.docs

    def clear(self) -> None:
        """Empties the table; what was touched before no longer matters."""
        self.docs.clear()
        self.keys_touched.clear()
        self.cleared = True


class Save:
    """One save taken from memory (`AtomicJSONStorage.take`): what `put` writes to disk,
    outside the store's lock when a writer thread saves (`reader.store._writer`)."""

    __slots__ = ("changes", "known_since", "line", "payload", "written")

    def __init__(
        self,
        line: bytes | None,
        payload: bytes | None,
        changes: int,
        known_since: _changelog.Identity | None,
    ) -> None:
        self.line = line
        """The change log's next line, or None: the whole store is written (`payload`)."""
        self.payload = payload
        self.changes = changes
        """The storage's count of writes when it was taken."""
        self.known_since = known_since
        self.written: os.stat_result | None = None
        """The store file `put` wrote whole, as written."""


class AtomicJSONStorage(Storage):
    """The store's TinyDB storage: in memory, each write on disk before the call returns.

    `batch()` groups the several table operations of one user action into one save.
    Tables report the keys they change (`touched`) before each `write()`; a write
    that does not, or a log that failed, makes the next save a whole rewrite. When
    `persist` is False (a read-only store) writes stay in memory. A failed write
    raises StoreWriteError and leaves `unsaved` set; the data in memory is complete,
    so `flush()` (or the next write) saves it. `had_log`: a change log lay beside the
    file when it was read; the first save (`settle()` at opening) compacts it away.
    `log_known`: the changes that log made are known (the caller notes them), so the file
    read still counts as the one every change since was noted against.
    """

    def __init__(
        self,
        path: Path,
        data: Data,
        *,
        persist: bool,
        mode: int | None = None,
        had_log: bool = False,
        log_known: bool = False,
    ) -> None:
        self.path = path
        self.persist = persist
        self.unsaved = False
        self._data = data
        self._mode = mode
        self._depth = 0
        self._log: _changelog.ChangeLog | None = None
        self._whole = had_log
        self._noted = False
        self._cleared: set[str] = set()
        self._touched: dict[str, dict[str, None]] = {}
        self._changes = 0
        """Writes taken in memory so far: a save knows whether a change came after it was
        taken (`saved`)."""
        stat = path.stat() if path.exists() else None
        self._size = 0 if stat is None else stat.st_size
        self._known_since: _changelog.Identity | None = (
            None if stat is None or (had_log and not log_known) else _changelog.identity(stat)
        )
        """The store file every change since was noted against: the file read, or the last
        one written whole; None when a change log's or an unnoted write's are unknown."""
        self.compacted: Callable[[_changelog.Identity | None, _changelog.Identity], None] | None = (
            None
        )
        """Called after each whole write with the identity of the file it replaced when every
        change since that file was noted (`touched`), else None, and the new file's (the
        store keeps its export snapshot current with it)."""
        self.saving: Callable[[], None] | None = None
        """Wakes the thread that saves the changes (`reader.store._writer`); None: each change
        is saved before the call making it returns."""

    @property
    def changes(self) -> int:
        """Writes taken in memory so far: unchanged, memory holds what it held (a snapshot
        copied in pieces between changes checks it is all of one state)."""
        return self._changes

    def in_file(self) -> bool:
        """Whether the store file holds what memory does: nothing unsaved, no change log."""
        logged = self._log is not None or _changelog.log_path(self.path).exists()
        return not (self.unsaved or logged)

    def compact(self) -> None:
        """Has the next save write the store whole, folding its change log in, and asks for
        it now (on the writer's thread, when the store has one)."""
        if self.persist and self._log is not None:
            self._whole = self.unsaved = True
            self._save_soon()

    def read(self) -> Data:
        """The tables themselves (not a copy): TinyDB's tables change them in place."""
        return self._data

    def touched(self, table: str, keys: Iterable[str], cleared: bool) -> None:
        """Notes what the next `write()` changed: these keys of `table`, after clearing it."""
        if cleared:
            self._cleared.add(table)
            self._touched.pop(table, None)
        self._touched.setdefault(table, {}).update(dict.fromkeys(keys))
        self._noted = True

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Takes the new tables and saves them now, or at the end of the current batch."""
        if not self._noted or data is not self._data:
            self._whole = True
            self._known_since = None
        self._noted = False
        self._data = data
        self._changes += 1
        self.unsaved = self.persist
        if self._depth == 0:
            self._save_soon()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Holds writes back until the block ends, then saves once; nothing if it raised."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._depth == 0:
            self._save_soon()

    def _save_soon(self) -> None:
        """Saves now, or has the store's writer thread save (`saving`)."""
        if self.saving is None:
            self.flush()
        else:
            self.saving()

    def settle(self) -> None:
        """At opening: folds a change log left by an unclean exit into the store file.

        A failure is kept for the next save, which then rewrites the store whole.
        """
        if self.persist and self._whole:
            self.unsaved = True
            with contextlib.suppress(StoreWriteError):
                self.flush()

    def flush(self) -> None:
        """Saves the in-memory store if it has changes not yet on disk."""
        save = self.take()
        if save is None:
            return
        try:
            self.put(save)
        except StoreWriteError:
            self.failed()
            raise
        self.saved(save)

    def take(self) -> Save | None:
        """What the next save writes, taken from memory (under the store's lock): the touched
        documents as one log line, or the whole store (small store, first save, outgrown or
        broken log); None when everything is on disk."""
        if not (self.persist and self.unsaved):
            return None
        line = self._log_line()
        payload = None if line is not None else self._serialise()
        save = Save(line, payload, self._changes, self._known_since)
        if payload is not None:
            self._whole = False
        self._forget_touched()
        return save

    def put(self, save: Save) -> None:
        """Writes a save taken to disk; needs no lock, but one save at a time, in the order
        taken. StoreWriteError when the disk or folder refuses (then `failed()`)."""
        try:
            if save.line is not None:
                if self._log is None:
                    self._log = _changelog.ChangeLog(
                        self.path, _changelog.identity(self.path.stat())
                    )
                    _fsync_directory(self.path.parent)
                self._log.append(save.line)
                return
            assert save.payload is not None
            write_atomically(self.path, save.payload, self._mode)
            save.written = self.path.stat()
            _checked.vouch(self.path, _changelog.identity(save.written), SCHEMA_VERSION)
            self._close_log()
            _changelog.remove(self.path)
        except OSError as exc:
            reason = str(exc.strerror or exc)
            raise StoreWriteError(
                f"cannot save store {self.path}: {reason}; "
                "your changes are kept in memory and saved at the next change or retry",
                reason,
            ) from exc

    def saved(self, save: Save) -> None:
        """After `put` (under the store's lock): the store file as written, and nothing left
        unsaved unless a change came meanwhile. The snapshot is carried from the file it
        replaced only when none did: the file holds none of it, yet it is in memory (the
        snapshot is then left stale, as after a failed carry)."""
        quiet = save.changes == self._changes
        if save.written is not None:
            self._size = save.written.st_size
            written = _changelog.identity(save.written)
            if self.compacted is not None:
                self.compacted(save.known_since if quiet else None, written)
            self._known_since = written if quiet else None
        if quiet:
            self.unsaved = False

    def failed(self) -> None:
        """After a `put` that raised (under the store's lock): the next save writes the whole
        store, whatever the log holds."""
        self._whole = True
        self.unsaved = self.persist

    def _log_line(self) -> bytes | None:
        """The touched documents as one log line; None when the store must be written whole
        instead (small store, first save, outgrown or broken log)."""
        if self._whole or self._size < LOG_FROM or not (self._touched or self._cleared):
            return None
        try:
            line = orjson.dumps(_changelog.changes_of(self._data, self._cleared, self._touched))
        except orjson.JSONEncodeError:
            return None  # a lone surrogate: the whole rewrite cleans it
        if self._log is not None and self._log.broken:
            return None
        held = self._log.size if self._log is not None else 0
        if held + len(line) > max(LOG_LIMIT, self._size):
            return None
        return line

    def _forget_touched(self) -> None:
        self._cleared.clear()
        self._touched.clear()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def _serialise(self) -> bytes:
        """The store as JSON. A lone surrogate (which only a script handing the store such a
        str can put there) becomes U+FFFD, in memory too, instead of failing this save and
        every later one."""
        try:
            return orjson.dumps(self._data)
        except orjson.JSONEncodeError:
            cleaned = cast(Data, encodable(self._data))
            self._data.clear()
            self._data.update(cleaned)
            return orjson.dumps(self._data)

    def close(self) -> None:
        """Folds the change log into the store file, so a closed store is one file.

        A failure changes nothing: the log stays, and the next opening replays it.
        """
        if self.persist and self._log is not None and self._log.lines and not self.unsaved:
            self._whole = self.unsaved = True
            with contextlib.suppress(StoreWriteError):
                self.flush()
        self._close_log()
