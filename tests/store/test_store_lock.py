"""One writer per store: a second instance (another process) gets a read-only store."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from reader.store import Store, StoreError, StoreLocked, StoreReadOnly
from reader.store import store as store_module
from reader.store._lock import LockHeld, StoreLock, lock_path, writer_alive

CHILD = Path(__file__).resolve().parents[1] / "store_child.py"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "reader.json"


@pytest.fixture
def holder(path: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Another process with the store open; yields it and the id of the annotation it saved."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdin is not None
    annotation_id = child.stdout.readline().strip()
    assert child.stdout.readline().strip() == "ready"
    yield child, annotation_id
    with contextlib.suppress(BrokenPipeError):  # a child told to go may be going meanwhile
        if child.poll() is None:
            child.stdin.write("\n")
            child.stdin.flush()
    child.wait(timeout=10)
    with contextlib.suppress(BrokenPipeError):  # what a failed flush left in the buffer
        child.stdin.close()


@pytest.mark.slow
def test_a_second_process_gets_a_read_only_store_with_a_clear_notice(
    path: Path, holder: tuple[subprocess.Popen[str], str]
) -> None:
    child, saved_id = holder
    before = path.read_bytes()
    with Store(path) as second:
        assert second.read_only
        assert second.lock_owner is not None
        assert f"pid {child.pid}" in second.lock_owner
        assert second.notice is not None
        assert "read-only" in second.notice
        assert f"pid {child.pid}" in second.notice
        assert [a.id for a in second.annotations()] == [saved_id]
        with pytest.raises(StoreLocked, match=f"in use by pid {child.pid}"):
            second.add_annotation("b", "some text here", 0, 4)
        with pytest.raises(StoreReadOnly):
            second.undo()
    assert path.read_bytes() == before


@pytest.mark.slow
def test_the_store_is_writable_again_once_the_other_process_exits(
    path: Path, holder: tuple[subprocess.Popen[str], str]
) -> None:
    child, saved_id = holder
    assert child.stdin is not None
    child.stdin.write("\n")
    child.stdin.flush()
    child.wait(timeout=10)
    with Store(path) as store:
        assert not store.read_only
        assert store.undo().startswith("add annotation")
        assert store.annotation(saved_id) is None


@pytest.mark.slow
def test_wait_lock_waits_for_the_holder_instead_of_opening_read_only(
    path: Path, holder: tuple[subprocess.Popen[str], str]
) -> None:
    child, _ = holder
    opened: list[Store] = []
    waiter = threading.Thread(target=lambda: opened.append(Store(path, wait_lock=True)))
    waiter.start()
    waiter.join(timeout=0.3)
    assert waiter.is_alive()  # still waiting: the child holds the lock
    assert child.stdin is not None
    child.stdin.write("\n")
    child.stdin.flush()
    waiter.join(timeout=10)
    [store] = opened
    with store:
        assert not store.read_only
        store.set_state("a1", "read")


def test_a_second_store_in_the_same_process_is_read_only_too(path: Path) -> None:
    with Store(path) as first, Store(path) as second:
        assert not first.read_only
        assert second.read_only
        assert second.lock_owner is not None


def test_a_second_store_says_why_and_what_to_do_in_a_line_without_the_path(path: Path) -> None:
    """The brief notice is what a toast as narrow as the list shows: the path (in `notice`)
    broke it into a column of fragments."""
    with Store(path) as first, Store(path) as second:
        assert first.read_only_brief == "Nothing is saved: the store was opened read-only"
        assert second.read_only_brief == (
            f"Nothing is saved: pid {os.getpid()} has it open; quit that reader, then restart"
        )
        assert second.notice is not None and str(path.resolve()) in second.notice


def test_a_store_file_that_is_not_writable_says_so_in_its_brief(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(path).close()
    access = os.access
    monkeypatch.setattr(os, "access", lambda at, mode: at != path.resolve() and access(at, mode))
    with Store(path) as store:
        assert store.read_only
        assert store.read_only_brief == (
            "Nothing is saved: its file is not writable; make it writable, then restart"
        )


def test_a_folder_that_refuses_the_lock_file_opens_an_existing_store_read_only(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(path).close()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store_module.StoreLock, "acquire", refuse)
    with Store(path) as store:
        assert store.read_only
        assert store.lock_owner is None
        assert store.notice is not None and "Permission denied" in store.notice
        assert store.read_only_brief == (
            "Nothing is saved: it cannot be locked; put it in a folder you can write (--db)"
        )
        with pytest.raises(StoreReadOnly, match="read-only"):
            store.set_state("a1", "read")
    with pytest.raises(StoreError, match="cannot create store"):
        Store(path.with_name("new.json"))


def _waiting_on(path: Path) -> bool:
    """Whether some process waits for a flock on `path` (Linux lists waiters in /proc/locks)."""
    inode = path.stat().st_ino
    lines = Path("/proc/locks").read_text().splitlines()
    return any("->" in line and f":{inode} " in line for line in lines)


def test_the_lock_file_goes_with_the_lock(path: Path) -> None:
    with Store(path):
        assert lock_path(path).exists()
    assert path.exists()
    assert not lock_path(path).exists()


def test_a_waiter_on_a_lock_file_its_holder_deleted_locks_the_new_one(path: Path) -> None:
    first = StoreLock.acquire(path)
    got: list[StoreLock] = []
    waiter = threading.Thread(target=lambda: got.append(StoreLock.acquire(path, wait=True)))
    waiter.start()
    deadline = time.monotonic() + 30
    while not _waiting_on(lock_path(path)):  # the waiter sleeps on the file about to go
        assert time.monotonic() < deadline
        time.sleep(0.01)
    first.release()
    waiter.join(timeout=30)
    [second] = got
    assert lock_path(path).exists()
    with pytest.raises(LockHeld):  # one holder at a time, whatever file it waited on
        StoreLock.acquire(path)
    second.release()
    assert not lock_path(path).exists()


def test_a_writer_is_alive_while_it_holds_the_store_and_not_after_its_quit(path: Path) -> None:
    assert not writer_alive(path)  # no note: nobody ever held it
    with Store(path):
        assert writer_alive(path)
    assert not writer_alive(path)  # a clean quit deletes the note


def _note(path: Path, note: bytes) -> None:
    lock_path(path).write_bytes(note)


def test_a_killed_writer_is_not_alive(path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", ""])
    child.wait()
    host = os.uname().nodename
    _note(path, orjson.dumps({"pid": child.pid, "host": host, "started": "then"}))
    assert not writer_alive(path)


@pytest.mark.parametrize(
    "note",
    [
        b"",  # a writer between taking the lock and writing its note
        b"{not json",
        orjson.dumps({"pid": "x", "host": "h"}),
        orjson.dumps({"pid": 1, "host": "another machine", "started": "now"}),
    ],
    ids=["empty", "not json", "no pid", "another host"],
)
def test_a_note_that_does_not_say_the_writer_is_dead_counts_as_alive(
    path: Path, note: bytes
) -> None:
    _note(path, note)
    assert writer_alive(path)
