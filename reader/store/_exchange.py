"""Putting a file written whole in the place of the one it replaces, without the write-out
that renaming over a file starts.

ext4 (and btrfs) take a rename over an existing file for an application replacing a file
it has not synced, and start writing the new file's pages out in the rename itself
(ext4's `auto_da_alloc`): renaming a 51 MB export over the one before it took 38-42 ms of
wall time at load 3, some 4 ms of it CPU, the rest waiting for the disk (a tenth of a
whole `reader export` that must split its dump; docs/performance.md, export25). The one
file replaced this way is the export snapshot, never synced on purpose and checked whole by
its reader, which makes it again when it does not check: a power cut may cost it, never the
store. An export and the token cache are renamed over the old file (`write_replacing`).
So where Linux can, the new file and the old one swap names in one step
(`renameat2(RENAME_EXCHANGE)`: the path names the old file or the new one at every
moment, as with a rename) and the old one, now under the temp name, is unlinked after;
a kill in between leaves it as any killed writer's temp file is left, for the next
writer to remove. Where the system cannot swap them, the rename is the plain one.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import stat
from collections.abc import Callable
from pathlib import Path

_RENAME_EXCHANGE = 2
"""`renameat2`'s flag (linux/fs.h) that swaps the two names."""
_AT_FDCWD = -100
"""`renameat2`'s directory for a path relative to the working folder (linux/fcntl.h)."""
_CANNOT_SWAP = frozenset({errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP})
"""What a system or file system without the swap answers (then the rename is plain)."""


def put_in_place(temp: Path, path: Path) -> None:
    """Makes the file written at `temp` the file at `path`, as `temp.replace(path)` does;
    OSError as that raises it. An old file at `path` is swapped out and unlinked (a folder
    there is left to the rename, which refuses it)."""
    swap = _swap()
    if swap is None or _is_folder(path) or not _swapped(swap, temp, path):
        temp.replace(path)
        return
    with contextlib.suppress(OSError):  # in place already: a file left is a stray temp file
        temp.unlink()


def _swapped(swap: Callable[..., int], temp: Path, path: Path) -> bool:
    """Whether `temp` and `path` swapped names; False when there was no file at `path` to
    swap with or the system cannot swap them, OSError for any other refusal."""
    if swap(_AT_FDCWD, os.fsencode(temp), _AT_FDCWD, os.fsencode(path), _RENAME_EXCHANGE) == 0:
        return True
    import ctypes

    code = ctypes.get_errno()
    if code == errno.ENOENT or code in _CANNOT_SWAP:
        return False
    raise OSError(code, os.strerror(code), str(path))


def _is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


@functools.cache
def _swap() -> Callable[..., int] | None:
    """The C library's `renameat2` (Linux, glibc 2.28 and later), None elsewhere; loaded on
    the first replacing write, not when the store is imported."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).renameat2  # type: ignore[no-any-return]
    except (AttributeError, OSError):
        return None
