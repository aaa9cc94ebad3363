"""A file written whole takes the place of the one before it by a swap of names, not a rename
over it (which ext4 follows with a write-out the caller waits for), and is otherwise
replaced as a rename replaces it."""

from __future__ import annotations

import mmap
import os
from pathlib import Path

import pytest

from reader.store import _exchange, write_replacing
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
    path = tmp_path / "export.json"
    path.write_bytes(b"old export")
    renamed = _no_rename(monkeypatch)
    write_replacing(path, [b"new ", b"export"])
    assert path.read_bytes() == b"new export"
    assert renamed == []
    assert stray_temp_files(path) == []


@needs_swap
def test_a_reader_of_the_old_file_keeps_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "reader.json.snapshot-runs"
    path.write_bytes(b"[old runs]")
    with path.open("rb") as file:
        pages = mmap.mmap(file.fileno(), 0, prot=mmap.PROT_READ)
        write_replacing(path, [b"[new runs]"])
        assert pages[:] == b"[old runs]"
        pages.close()
    assert path.read_bytes() == b"[new runs]"


def test_a_new_file_is_put_in_place(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    write_replacing(path, [b"first"])
    assert path.read_bytes() == b"first"
    assert stray_temp_files(path) == []


def test_a_folder_in_the_way_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.mkdir()
    (path / "inside").write_text("kept")
    with pytest.raises(OSError):
        write_replacing(path, [b"export"])
    assert (path / "inside").read_text() == "kept"
    assert stray_temp_files(path) == []


def test_without_the_swap_the_old_file_is_renamed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(b"old")
    monkeypatch.setattr(_exchange, "_swap", lambda: None)
    renamed = _no_rename(monkeypatch)
    write_replacing(path, [b"new"])
    assert path.read_bytes() == b"new"
    assert renamed == [path]


@needs_swap
def test_an_old_file_left_under_the_temp_name_is_only_a_stray(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill between the swap and the unlink: the new file is in place, the old one a temp
    file the next writer removes."""
    path = tmp_path / "export.json"
    path.write_bytes(b"old")
    monkeypatch.setattr(Path, "unlink", lambda self, missing_ok=False: None)
    write_replacing(path, [b"new"])
    assert path.read_bytes() == b"new"
    [left] = stray_temp_files(path)
    assert left.read_bytes() == b"old"
    assert str(os.getpid()) in left.name
