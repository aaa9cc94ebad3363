"""A store saving through its writer thread (`Store.write_behind`), as the app's is.

The disk is a gate here: each whole write of the store waits until the test opens it, so
what the caller's thread does while a save is on its way is seen, not timed.
"""

from __future__ import annotations

import errno
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from reader.store import Store, StoreWriteError, _snapshot, _storage, _writer
from reader.store.schema import SCHEMA_VERSION

BODY = "The committee met on Tuesday. It adjourned without a vote. " * 4
WAIT_S = 10.0
"""How long anything here waits for the other thread: only a broken writer takes it."""


class Disk:
    """`write_atomically` behind a gate letting one write through per permit (`allow`): the
    threads that wrote, the payloads, and how many writes to refuse next."""

    def __init__(self) -> None:
        self.writers: list[str] = []
        self.payloads: list[bytes] = []
        self.refuse = 0
        self.writing = 0
        self.most_at_once = 0
        self._count = threading.Lock()
        self._started = threading.Semaphore(0)
        self._permits = threading.Semaphore(0)
        self._write = _storage.write_atomically

    def write(self, path: Path, payload: bytes, mode: int | None = None) -> None:
        self.writers.append(threading.current_thread().name)
        with self._count:
            self.writing += 1
            self.most_at_once = max(self.most_at_once, self.writing)
        try:
            self._started.release()
            assert self._permits.acquire(timeout=WAIT_S), "the test never let the write through"
            if self.refuse:
                self.refuse -= 1
                raise OSError(errno.ENOSPC, "No space left on device")
            self._write(path, payload, mode)
            self.payloads.append(payload)
        finally:
            with self._count:
                self.writing -= 1

    def allow(self, writes: int = 1000) -> None:
        """Lets that many writes through."""
        for _ in range(writes):
            self._permits.release()

    def shut(self) -> None:
        """From now on each write waits for a permit again (none is left, none has begun)."""
        self._started = threading.Semaphore(0)
        self._permits = threading.Semaphore(0)

    def wait_started(self) -> None:
        """Returns once the next write began (waiting for its permit, maybe)."""
        assert self._started.acquire(timeout=WAIT_S), "no save began"


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[Disk]:
    gated = Disk()
    monkeypatch.setattr(_storage, "write_atomically", gated.write)
    yield gated
    gated.allow()


def _opened(path: Path, disk: Disk) -> Store:
    """A fresh store, its file made (the gate let that write through)."""
    disk.allow(1)
    store = Store(path)
    disk.wait_started()
    return store


def _states(path: Path) -> dict[str, object]:
    return {key: doc["state"] for key, doc in orjson.loads(path.read_bytes())["states"].items()}


def test_a_change_returns_before_its_save_and_flush_once_it_is_on_disk(
    tmp_path: Path, disk: Disk
) -> None:
    path = tmp_path / "reader.json"
    store = _opened(path, disk)
    store.write_behind(pytest.fail)
    store.set_state("a1", "starred")  # returns with its save held at the gate
    disk.wait_started()
    assert store.state("a1") == "starred"  # the lock is free while the writer writes
    assert store.unsaved
    assert _states(path) == {}
    disk.allow()
    store.flush()
    assert _states(path) == {"a1": "starred"}
    assert not store.unsaved
    store.close()
    assert disk.writers[1:] == ["store-writer"]  # after the file was made: none on this thread


def test_changes_made_while_a_save_is_written_join_the_next(tmp_path: Path, disk: Disk) -> None:
    path = tmp_path / "reader.json"
    with _opened(path, disk) as store:
        store.write_behind(pytest.fail)
        store.set_state("a1", "starred")
        disk.wait_started()
        store.set_state("a2", "kept")
        store.set_state("a3", "discarded")
        disk.allow()
        store.flush()
        assert _states(path) == {"a1": "starred", "a2": "kept", "a3": "discarded"}
    assert len(disk.payloads) == 3  # the file made; the first change; the two after it


def test_a_failed_save_is_told_and_kept_for_the_next(tmp_path: Path, disk: Disk) -> None:
    path = tmp_path / "reader.json"
    told: list[StoreWriteError] = []
    failed = threading.Event()
    disk.allow()
    with Store(path) as store:
        store.write_behind(lambda error: (told.append(error), failed.set()))
        disk.refuse = 1
        store.set_state("a1", "starred")
        assert failed.wait(WAIT_S)
        assert "No space left" in str(told[0]) and store.unsaved
        assert store.state("a1") == "starred"  # kept in memory
        store.flush()  # the retry: the disk takes it now
        assert _states(path) == {"a1": "starred"}
    assert len(told) == 1


def test_flush_raises_what_its_save_met_and_nothing_is_told_twice(
    tmp_path: Path, disk: Disk
) -> None:
    """The writer may meet the refused write before `flush` asks (then it is told, once)
    or after (then `flush` alone raises it): either way the save `flush` waits for is
    refused too, so `flush` raises, and what it raises is never told as well."""
    told: list[StoreWriteError] = []
    disk.allow()
    with Store(tmp_path / "reader.json") as store:
        store.write_behind(told.append)
        store.set_state("a1", "starred")
        store.flush()
        disk.refuse = 2
        with pytest.raises(StoreWriteError, match="No space left") as raised:
            store.set_states(["a2"], "kept") or store.flush()
        assert store.unsaved and len(told) <= 1 and raised.value not in told
        disk.refuse = 0
        store.flush()
        assert not store.unsaved


def test_the_snapshot_is_never_carried_to_a_file_that_lacks_what_memory_holds(
    tmp_path: Path, disk: Disk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change made while the store file is written whole is in memory, not in that file:
    the export snapshot must not be carried to the file with it (a crash then would hand
    an export an annotation the store never saved)."""
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    path = tmp_path / "reader.json"
    disk.allow()
    with Store(path) as store:
        store.add_annotation("a1", BODY, 0, 9)
    assert _snapshot.load(path, SCHEMA_VERSION) is not None  # left by the close
    disk.shut()
    with Store(path) as store:
        store.write_behind(pytest.fail)
        store.add_annotation("a1", BODY, 10, 20)
        disk.wait_started()
        store.add_annotation("a2", BODY, 30, 58)  # in memory while the first is written
        disk.allow(1)
        disk.wait_started()  # the first is noted written: the second waits at the gate
        assert _documents(path, bulk=True) == _documents(path, bulk=False)
        disk.allow()
    assert _documents(path, bulk=True) == _documents(path, bulk=False)
    assert sum(len(docs) for docs in _documents(path, bulk=False).values()) == 3


def _documents(path: Path, *, bulk: bool) -> dict[str, list[dict[str, object]]]:
    with Store(path, read_only=True, bulk=bulk) as store:
        found = store.annotation_documents(release=True)
        return {article_id: list(docs) for article_id, docs in found.items()}


def test_an_idle_store_holds_no_thread(tmp_path: Path, disk: Disk) -> None:
    """`reader` forks its splitter only while it runs one thread: a writer thread kept
    waiting for changes stopped a second opening in one process (the bench's) from forking."""
    disk.allow()
    with Store(tmp_path / "reader.json") as store:
        store.write_behind(pytest.fail)
        store.set_state("a1", "starred")
        store.flush()
        deadline = time.monotonic() + WAIT_S
        while _writers() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not _writers()
        store.set_state("a2", "kept")  # a new change starts one again
        store.flush()
        assert _states(tmp_path / "reader.json") == {"a1": "starred", "a2": "kept"}


def _writers() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "store-writer"]


def test_a_flush_while_the_store_closes_waits_for_the_writer_never_writes_beside_it(
    tmp_path: Path, disk: Disk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's quit closes the store while a notice's thread may still flush it: that
    flush must wait for the writer, not save beside it (two writes of one file at once)."""
    path = tmp_path / "reader.json"
    store = _opened(path, disk)
    store.write_behind(pytest.fail)
    store.set_state("a1", "starred")
    disk.wait_started()  # the writer's save held at the gate
    stopping, flushing = threading.Event(), threading.Event()
    stop, wait = _writer.Writer.stop, _writer.Writer.wait
    monkeypatch.setattr(_writer.Writer, "stop", lambda self: (stopping.set(), stop(self))[1])

    def waited(self: _writer.Writer) -> StoreWriteError | None:
        if threading.current_thread().name == "flusher":
            flushing.set()
        return wait(self)

    monkeypatch.setattr(_writer.Writer, "wait", waited)
    closer = threading.Thread(target=store.close, name="closer")
    closer.start()
    assert stopping.wait(WAIT_S)
    flusher = threading.Thread(target=store.flush, name="flusher")
    flusher.start()
    deadline = time.monotonic() + WAIT_S
    while not flushing.is_set() and disk.writing < 2 and time.monotonic() < deadline:
        time.sleep(0.001)  # until the flush waits for the writer, or writes beside it
    disk.allow()
    closer.join(WAIT_S)
    flusher.join(WAIT_S)
    assert disk.most_at_once == 1
    assert _states(path) == {"a1": "starred"}
