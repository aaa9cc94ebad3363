"""A file its reader checks and makes again (the export snapshot) takes the place of the one
before it by a swap of names, not a rename over it (which ext4 follows with a write-out the
caller waits for); every other file, an export above all, is renamed over the old one, and
so is a checked one where the system cannot swap them."""

from __future__ import annotations

import ctypes
import errno
import mmap
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.interchange.export import write
from reader.store import _exchange, _snapshot, write_replacing
from reader.store._storage import stray_temp_files

needs_swap = pytest.mark.skipif(_exchange._swap() is None, reason="no renameat2 here")


def _no_rename(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records every rename over a path instead of letting it go through."""
    renamed: list[Path] = []
    real = Path.replace

    def replace(self: Path, target: Path) -> Path:
        renamed.append(Path(target))
        return real(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    return renamed


@needs_swap
def test_an_old_file_is_swapped_out_not_renamed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "reader.json.snapshot-runs"
    path.write_bytes(b"old snapshot")
    renamed = _no_rename(monkeypatch)
    write_replacing(path, [b"new ", b"snapshot"], rebuilt=True)
    assert path.read_bytes() == b"new snapshot"
    assert renamed == []
    assert stray_temp_files(path) == []


@needs_swap
def test_a_reader_of_the_old_file_keeps_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "reader.json.snapshot-runs"
    path.write_bytes(b"[old runs]")
    with path.open("rb") as file:
        pages = mmap.mmap(file.fileno(), 0, prot=mmap.PROT_READ)
        write_replacing(path, [b"[new runs]"], rebuilt=True)
        assert pages[:] == b"[old runs]"
        pages.close()
    assert path.read_bytes() == b"[new runs]"


def test_a_new_file_is_put_in_place(tmp_path: Path) -> None:
    path = tmp_path / "reader.json.snapshot"
    write_replacing(path, [b"first"], rebuilt=True)
    assert path.read_bytes() == b"first"
    assert stray_temp_files(path) == []


def test_a_folder_in_the_way_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "reader.json.snapshot"
    path.mkdir()
    (path / "inside").write_text("kept")
    with pytest.raises(OSError):
        write_replacing(path, [b"snapshot"], rebuilt=True)
    assert (path / "inside").read_text() == "kept"
    assert stray_temp_files(path) == []


def _refusing(code: int) -> Callable[..., int]:
    """A `renameat2` that fails with `code`."""

    def refused(*_: object) -> int:
        ctypes.set_errno(code)
        return -1

    return refused


@pytest.mark.parametrize("code", [None, errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP])
def test_a_system_that_cannot_swap_renames_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int | None
) -> None:
    """No renameat2 (None: not Linux, an old C library), or one that cannot swap here."""
    path = tmp_path / "reader.json.snapshot"
    path.write_bytes(b"old")
    monkeypatch.setattr(_exchange, "_swap", lambda: None if code is None else _refusing(code))
    renamed = _no_rename(monkeypatch)
    write_replacing(path, [b"new"], rebuilt=True)
    assert path.read_bytes() == b"new"
    assert renamed == [path]


def test_another_refusal_is_the_writers_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "reader.json.snapshot"
    path.write_bytes(b"old")
    monkeypatch.setattr(_exchange, "_swap", lambda: _refusing(errno.EACCES))
    with pytest.raises(PermissionError):
        write_replacing(path, [b"new"], rebuilt=True)
    assert path.read_bytes() == b"old"
    assert stray_temp_files(path) == []


def test_an_export_is_renamed_over_the_one_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user's own file keeps ext4's write-out: after a power cut soon after, the old
    export or the new one, not an empty file where the old one was."""
    path = tmp_path / "export.json"
    path.write_bytes(b"old export")
    renamed = _no_rename(monkeypatch)
    write([b"new ", b"export"], path)
    assert path.read_bytes() == b"new export"
    assert renamed == [path]


@needs_swap
def test_the_snapshot_is_swapped_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "reader.json.snapshot"
    path.write_bytes(b"old")
    renamed = _no_rename(monkeypatch)
    _snapshot._write(path, [b"new"])
    assert path.read_bytes() == b"new"
    assert renamed == []


@needs_swap
def test_an_old_file_left_under_the_temp_name_is_only_a_stray(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill between the swap and the unlink: the new file is in place, the old one a temp
    file the next writer removes."""
    path = tmp_path / "reader.json.snapshot"
    path.write_bytes(b"old")
    monkeypatch.setattr(Path, "unlink", lambda self, missing_ok=False: None)
    write_replacing(path, [b"new"], rebuilt=True)
    assert path.read_bytes() == b"new"
    [left] = stray_temp_files(path)
    assert left.read_bytes() == b"old"
    assert str(os.getpid()) in left.name
