"""A file written in parts holds every part in order, many parts a system call, and what a
call left unwritten is written after it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.store import _raw_write, write_replacing

_PARTS = st.lists(st.binary(max_size=40), max_size=40)


@given(_PARTS, st.integers(1, 5))
def test_the_parts_are_written_in_order_whatever_the_batch(parts: list[bytes], most: int) -> None:
    with tempfile.TemporaryFile() as out, pytest.MonkeyPatch.context() as patch:
        patch.setattr(_raw_write, "_BATCH_PARTS", most)
        _raw_write.write_parts(out.fileno(), [*parts[:1], *map(memoryview, parts[1:])])
        out.seek(0)
        assert out.read() == b"".join(parts)


def test_what_a_vectored_write_left_is_written_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writev = os.writev

    def short(fd: int, parts: list[bytes]) -> int:  # as a call a signal cut short
        return writev(fd, [bytes(parts[0])[:3]])

    monkeypatch.setattr(os, "writev", short)
    parts = [b"first part ", memoryview(b"second "), b"", b"third"]
    write_replacing(tmp_path / "out", parts)
    assert (tmp_path / "out").read_bytes() == b"first part second third"


def test_a_file_of_many_parts_takes_fewer_calls_than_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    for name in ("write", "writev"):
        real = getattr(os, name)
        monkeypatch.setattr(
            os, name, lambda *a, real=real, name=name: calls.append(name) or real(*a)
        )
    parts = [b"%d," % n for n in range(5000)]
    write_replacing(tmp_path / "out", parts)
    assert (tmp_path / "out").read_bytes() == b"".join(parts)
    assert len(calls) <= 10
