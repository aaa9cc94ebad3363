"""A command that has answered leaves what serves only the next command to a process of its
own and ends at once when it is a whole process; called in place (a test, the app), it
does that work itself and returns."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader import leaving
from reader.store import Store, snapshot_files
from reader.store._snapshot import snapshot_path
from tests.forked import Forked

LIMIT = 60
"""Seconds after which a test gives up waiting (a hang, not a slow machine)."""

_COMMAND = """
import os, sys, time
from pathlib import Path
from reader import leaving
go, done = Path(sys.argv[1]), Path(sys.argv[2])
def work():
    while not go.exists():  # the test lets it go once this process has ended
        time.sleep(0.01)
    done.write_text(str(os.getpid()))
leaving.whole_process()
print(os.getpid(), flush=False)  # flushed by leave
leaving.leave(3, [work])
raise AssertionError("leave returned in a whole process")
"""


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + LIMIT
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never came"
        time.sleep(0.02)


def test_in_place_the_work_is_done_before_leave_returns() -> None:
    done: list[str] = []
    assert leaving.leave(5, [lambda: done.append("a"), lambda: done.append("b")]) == 5
    assert done == ["a", "b"]


def test_a_whole_process_ends_with_its_status_before_the_work_is_done(tmp_path: Path) -> None:
    """Its output is whole and its pipe closed while the work still waits: the work holds
    neither (a shell's `$(reader export)` would wait for it otherwise)."""
    go, done = tmp_path / "go", tmp_path / "done"
    try:
        ended = subprocess.run(
            [sys.executable, "-c", _COMMAND, str(go), str(done)],
            capture_output=True,
            timeout=LIMIT,
            check=False,
        )
        assert ended.returncode == 3
        command = ended.stdout.decode().strip()
        assert command.isdigit()
        assert not done.exists()
    finally:
        go.touch()  # the work never waits past the test
    _wait_for(done)
    assert done.read_text() != command  # done by a process of its own


_EXPORT = """
import sys
from reader.store import _snapshot
_snapshot.MIN_BYTES = 0
from reader.cli import console
raise SystemExit(console())
"""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_an_export_whose_output_cannot_be_written_says_so_and_fails(tmp_path: Path) -> None:
    """A whole `reader export` (which leaves at once once it has answered) whose stdout is a
    full disk: one line saying so, a non-zero exit, and no snapshot half written."""
    store_path = tmp_path / "reader.json"
    with Store(store_path) as store:
        store.add_annotation("a1", "The committee met on Tuesday. " * 4, 4, 13)
    for made in snapshot_files(store_path):
        made.unlink(missing_ok=True)
    command = [sys.executable, "-c", _EXPORT, "export", "--db", str(store_path)]
    with Path("/dev/full").open("wb") as full:
        ended = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, timeout=LIMIT)
    assert ended.returncode != 0
    [line] = ended.stderr.decode().splitlines()
    assert line.startswith("reader: ") and "No space left" in line
    deadline = time.monotonic() + LIMIT  # the snapshot, written after, is whole or none
    while not snapshot_path(store_path).exists():
        assert time.monotonic() < deadline, "the snapshot never came"
        time.sleep(0.02)
    with Store(store_path, read_only=True, bulk=True) as store:
        assert sum(map(len, store.annotation_documents(release=True).values())) == 1


def test_a_hung_detached_process_ends_by_its_life_and_a_stopped_one_by_its_deadline() -> None:
    """Each waits in a futex for good (a lock a thread held across the fork, a thread the
    exit waits for), as the `reader` processes review31 found 1 h 47 min after their
    terminal had gone: a detached one (a cache for the next opening, where no hangup
    reaches it) ends when its life is up, a whole process told to stop by its deadline."""

    def run(out: int) -> int:
        pid = leaving.detached(threading.Event().wait, life_s=1)
        _, status = os.waitpid(pid, 0)
        os.write(out, f"{status}\n".encode())
        leaving.whole_process()
        leaving.end_by(0.05, 77)
        threading.Event().wait()  # held for good: only the deadline ends it
        return 0

    child = Forked(run)
    assert child.wait() == 77
    [status] = map(int, child.lines)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM
