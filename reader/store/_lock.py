"""One writer per store: an exclusive `flock` on a side file next to the store.

The kernel drops the lock when its process dies (even by SIGKILL), so a crash never
leaves a stale lock. The holder writes its pid, host and start time into the side
file so a second instance can say who has the store, and deletes the side file when
it lets go, so a clean quit leaves nothing behind. A process that locked a side file
some holder has since deleted finds it is no longer the one at the path, and takes
the lock again on the file that is there now.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

import orjson

from reader.store.records import now_iso
from reader.text.safe import visible_line

_OWNER_BYTES = 4096


class LockHeld(Exception):
    """Another live process holds the lock; `owner` says who, for the user's notice, and
    `pid` its process alone, for a notice too narrow for its host and start."""

    def __init__(self, owner: str, pid: int | None = None) -> None:
        super().__init__(owner)
        self.owner = owner
        self.pid = pid


def lock_path(store_path: Path) -> Path:
    """The side file that carries the lock (the store itself is replaced on every save)."""
    return store_path.with_name(store_path.name + ".lock")


class StoreLock:
    """A held lock; `release()` (or process death) lets the next writer in."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self._path = path

    @classmethod
    def acquire(cls, store_path: Path, *, wait: bool = False) -> StoreLock:
        """Takes the lock, waiting for it when `wait`; else raises LockHeld at once.

        OSError (e.g. a read-only folder) propagates: the caller decides what it means.
        """
        path = lock_path(store_path)
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                owner, pid = _read_owner(fd)
                os.close(fd)
                raise LockHeld(owner, pid) from None
            except BaseException:
                os.close(fd)
                raise
            if _is_at(fd, path):
                break
            os.close(fd)  # its holder deleted it on release: lock the file there now
        with contextlib.suppress(OSError):  # the owner note is a courtesy, the lock is what counts
            os.ftruncate(fd, 0)
            note = {"pid": os.getpid(), "host": os.uname().nodename, "started": now_iso()}
            os.pwrite(fd, orjson.dumps(note), 0)
        return cls(fd, path)

    def release(self) -> None:
        """Deletes the side file, then drops the lock (a waiter on the deleted file retries)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            if _is_at(self._fd, self._path):
                self._path.unlink()
        with contextlib.suppress(OSError):
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None


def writer_alive(store_path: Path) -> bool:
    """Whether a writer may hold the store now: its lock's note names a process that still
    runs on this host, or cannot be read (a writer between taking the lock and writing
    it). A clean quit leaves no note and a killed writer a dead one: then no writer runs.
    Read without taking the lock, which a writer starting meanwhile would then miss."""
    try:
        note = orjson.loads(lock_path(store_path).read_bytes())
        pid, host = int(note["pid"]), note["host"]
    except FileNotFoundError:
        return False
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return True
    if host != os.uname().nodename:
        return True  # a process on another machine: no telling
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or a number no pid can be
    return True


def _is_at(fd: int, path: Path) -> bool:
    """Whether the open file `fd` is still the file at `path` (not deleted or replaced)."""
    try:
        here, there = os.fstat(fd), path.stat()
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read_owner(fd: int) -> tuple[str, int | None]:
    """ "pid 4242 on host 'lap' since 2025-…Z" and 4242, or a vaguer phrase and None if the
    note is unreadable."""
    try:
        note = orjson.loads(os.pread(fd, _OWNER_BYTES, 0))
        host, started = visible_line(str(note["host"])), visible_line(str(note["started"]))
        pid = int(note["pid"])
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return "another process", None
    return f"pid {pid} on host {host} since {started}", pid
