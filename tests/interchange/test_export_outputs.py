"""`-o` naming a pipe: an export is written into it, never renamed over it.

A file export replaces its file atomically (a temp file renamed over it). Renamed over a
named pipe, `/dev/stdout` or a device, it took the pipe's or device's place: the reader at
the other end got nothing, and run as root `reader export -o /dev/full` replaced the
system's device node with a regular file and said the export was written.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
import pytest
import spacy
from spacy.tokens import DocBin

from reader.cli import main
from reader.errors import ReaderError
from reader.interchange.training import export_training
from tests.hostile.hostile_support import workspace_with_work


@contextmanager
def _pipe(path: Path) -> Iterator[int]:
    """A named pipe at `path` whose reading end is open (not waiting for a writer), so a
    writer opens it at once; the reading end's descriptor."""
    os.mkfifo(path)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        yield fd
    finally:
        os.close(fd)


def _drained(fd: int) -> bytes:
    """What was written into the pipe (small exports: they fit its buffer)."""
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_a_json_export_goes_into_a_named_pipe(tmp_path: Path) -> None:
    workspace = workspace_with_work(tmp_path / "ws")
    fifo = tmp_path / "export.pipe"
    with _pipe(fifo) as fd:
        assert main(["export", "-o", str(fifo), "--workspace", str(workspace.root)]) == 0
        exported = orjson.loads(_drained(fd))
    assert exported["format"] == "reader-annotations" and exported["articles"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.pipe", "ws"]


def test_a_spacy_export_goes_into_a_named_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "train.pipe"
    with _pipe(fifo) as fd:
        export_training(spacy.blank("en"), [], fifo)
        written = _drained(fd)
    assert len(DocBin().from_bytes(written)) == 0
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_spacy_export_makes_the_folders_it_is_named_into(tmp_path: Path) -> None:
    """The README's loop writes `annotations/exports/train.spacy` in a fresh workspace,
    where `exports/` does not exist yet (the other formats make it); the temp file's
    folder was missing, so the export failed naming its own temp file."""
    train = tmp_path / "exports" / "train.spacy"
    dev = tmp_path / "held" / "out" / "dev.spacy"
    export_training(spacy.blank("en"), [], train, dev)
    assert len(DocBin().from_bytes(train.read_bytes())) == 0
    assert len(DocBin().from_bytes(dev.read_bytes())) == 0


def test_a_spacy_export_that_cannot_be_written_says_so_in_a_line_naming_the_users_path(
    tmp_path: Path,
) -> None:
    """`-o` naming a folder printed `[Errno 21] Is a directory: '.seeds.2639-….tmp' ->
    'seeds'` (a temp file the user never named), where the other formats say `cannot write`
    (review25)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ReaderError, match=r"^cannot write .*exports: Is a directory$"):
        export_training(spacy.blank("en"), [], folder)
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == [
        "exports"
    ]


def test_an_export_through_a_processs_open_file_goes_into_it(tmp_path: Path) -> None:
    """`-o /dev/stdout` with stdout sent to a file: the rename replaced the link (as root,
    the system's own /dev/stdout) and the file got nothing. A link to /proc/self/fd/N here
    is that link, in a folder of the test's own."""
    workspace = workspace_with_work(tmp_path / "ws")
    sent = tmp_path / "sent.json"
    fd = os.open(sent, os.O_WRONLY | os.O_CREAT)
    link = tmp_path / "stdout"
    link.symlink_to(f"/proc/self/fd/{fd}")
    try:
        assert main(["export", "-o", str(link), "--workspace", str(workspace.root)]) == 0
    finally:
        os.close(fd)
    assert link.is_symlink()
    assert orjson.loads(sent.read_bytes())["format"] == "reader-annotations"


def test_an_export_to_a_link_replaces_the_file_it_points_to(tmp_path: Path) -> None:
    workspace = workspace_with_work(tmp_path / "ws")
    (tmp_path / "week.json").write_text("last week's")
    latest = tmp_path / "latest.json"
    latest.symlink_to("week.json")
    assert main(["export", "-o", str(latest), "--workspace", str(workspace.root)]) == 0
    assert latest.is_symlink() and latest.readlink() == Path("week.json")
    assert orjson.loads((tmp_path / "week.json").read_bytes())["format"] == "reader-annotations"
