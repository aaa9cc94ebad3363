"""A TinyDB storage that keeps the store in memory and saves every change atomically.

TinyDB's own JSONStorage re-reads the file on every operation and truncates it
before writing, so a kill mid-write leaves a broken file and a save costs a full
parse. Here the data is parsed once; `read()` returns the in-memory tables, and each
`write()` serialises them with orjson (no indent) into a temp file in the same
folder, fsyncs it, `os.replace`s it over the store and fsyncs the folder. A kill at
any moment leaves the old file or the new one, plus at worst a stray temp file that
the next writer removes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import orjson
from tinydb.storages import Storage

from reader.store.errors import StoreError, StoreWriteError
from reader.store.schema import MOVE_ASIDE, Data
from reader.text.json_out import encodable

_TEMP_SUFFIX = ".tmp"
_LEGACY_STALE_SECONDS = 3600
"""A temp file named without its writer's pid (an older reader made it) counts as left
behind once it has not changed for this long."""
_NO_DIR_FSYNC = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EBADF})


def read_store_file(path: Path) -> Data | None:
    """The parsed store, or None when there is no file yet; StoreError names any other problem."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(f"cannot read store {path}: it is a folder, not a file") from None
    except OSError as exc:
        raise StoreError(f"cannot read store {path}: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise StoreError(f"cannot read store {path}: the file is empty; {MOVE_ASIDE}")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise StoreError(f"cannot read store {path}: not valid JSON ({exc}); {MOVE_ASIDE}") from exc
    if not isinstance(data, dict):
        raise StoreError(f"cannot read store {path}: not a TinyDB store; {MOVE_ASIDE}")
    return data


def stray_temp_files(path: Path) -> list[Path]:
    """Temp files an earlier writer of `path` left behind when it was killed mid-save."""
    prefix = f".{path.name}."
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return []
    return [p for p in entries if p.name.startswith(prefix) and p.name.endswith(_TEMP_SUFFIX)]


def temp_name(path: Path) -> Path:
    """A fresh hidden temp file name beside `path` that says which process writes it."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(6)}{_TEMP_SUFFIX}")


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


def write_atomically(path: Path, payload: bytes, mode: int | None = None) -> None:
    """Replaces `path` with `payload` so that a crash leaves either the old or the new file.

    Raises OSError (after removing its temp file) when the disk or folder refuses.
    """
    temp = temp_name(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            view = memoryview(payload)
            while view:  # os.write is unbuffered: nothing to flush before the fsync
                view = view[os.write(fd, view) :]
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


class AtomicJSONStorage(Storage):
    """The store's TinyDB storage: in memory, each write on disk before the call returns.

    `batch()` groups the several table operations of one user action into one file
    write. When `persist` is False (a read-only store) writes stay in memory.
    A failed write raises StoreWriteError and leaves `unsaved` set; the data in
    memory is complete, so `flush()` (or the next write) saves it.
    """

    def __init__(self, path: Path, data: Data, *, persist: bool, mode: int | None = None) -> None:
        self.path = path
        self.persist = persist
        self.unsaved = False
        self._data = data
        self._mode = mode
        self._depth = 0

    def read(self) -> Data:
        """The tables themselves (not a copy): TinyDB's tables change them in place."""
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Takes the new tables and saves them now, or at the end of the current batch."""
        self._data = data
        self.unsaved = self.persist
        if self._depth == 0:
            self.flush()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Holds writes back until the block ends, then saves once; nothing if it raised."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._depth == 0:
            self.flush()

    def flush(self) -> None:
        """Saves the in-memory store if it has changes not yet on disk."""
        if not (self.persist and self.unsaved):
            return
        try:
            write_atomically(self.path, self._serialise(), self._mode)
        except OSError as exc:
            reason = str(exc.strerror or exc)
            raise StoreWriteError(
                f"cannot save store {self.path}: {reason}; "
                "your changes are kept in memory and saved at the next change or retry",
                reason,
            ) from exc
        self.unsaved = False

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
        """Nothing to release: every write already reached the disk (or raised)."""
