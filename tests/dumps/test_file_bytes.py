"""A dump or an import file named on the command line that is a pipe is read up to the size
limit a regular file is held to, and refused past it.

`reader articles /dev/zero` (or `reader import /dev/zero`) read without end, since a device's
size reads as 0: memory filled until the system killed reader (status 137), and the other
programs on the machine with it. A pipe (`reader articles <(zcat dump.gz)`) is read whole; a
device is now refused before it is read (tests/hostile's `device` kind).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from reader.dumps import load
from reader.dumps.decoding import DumpError
from reader.interchange import importer
from reader.interchange.importer import ImportFileError, read_import

LIMIT = 64 * 1024
TEXT = b"Council approves new budget\n\nThe council approved the budget on Tuesday.\n"


@contextlib.contextmanager
def _fed(path: Path, data: bytes) -> Iterator[Path]:
    """A named pipe at `path` that a thread fills with `data` (left unread past the point
    its reader stops, which then closes it: the writer's broken pipe is expected)."""
    os.mkfifo(path)

    def feed() -> None:
        with contextlib.suppress(BrokenPipeError), path.open("wb") as pipe:
            pipe.write(data)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    yield path
    writer.join(timeout=10)


def test_a_pipe_is_read_whole(tmp_path: Path) -> None:
    with _fed(tmp_path / "dump.txt", TEXT) as pipe:
        assert load.read_dump_bytes(pipe) == TEXT


@pytest.mark.parametrize(
    ("module", "limit", "read", "error"),
    [
        (load, "MAX_DUMP_BYTES", load.read_dump_bytes, DumpError),
        (importer, "MAX_IMPORT_BYTES", read_import, ImportFileError),
    ],
    ids=["dump", "import-file"],
)
def test_a_pipe_that_gives_more_than_the_limit_is_refused_as_too_large(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    module: ModuleType,
    limit: str,
    read: Callable[[Path], object],
    error: type[Exception],
) -> None:
    monkeypatch.setattr(module, limit, LIMIT)
    too_large = pytest.raises(error, match=f"too large \\(more than {LIMIT} bytes\\)")
    with _fed(tmp_path / "endless", b"\0" * (3 * LIMIT)) as pipe, too_large:
        read(pipe)
