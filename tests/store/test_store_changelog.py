"""The change log: big stores save one line per change, and reading replays it exactly.

`LOG_FROM` is set to 0 here so a small store takes the path a 50 MB one takes.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import orjson
import pytest

from reader.store import Store, StoreWriteError, _storage
from reader.store._changelog import log_path
from reader.store._storage import read_store_state

BODY = "The committee met on Tuesday. It adjourned without a vote. " * 4


@pytest.fixture(autouse=True)
def always_log(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_storage, "LOG_FROM", 0)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "reader.json"


def _on_disk(path: Path) -> object:
    found = read_store_state(path)
    assert found is not None
    return found[0]


def _busy(store: Store) -> None:
    """Every kind of change: inserts, patches, deletes, undo and redo (stack truncation)."""
    first = store.add_annotation("a1", BODY, 0, 29, tags=["claim"], note="n")
    second = store.add_annotation("a2", BODY, 30, 58)
    store.update_annotation(first.id, note="changed")
    store.toggle_tag(second.id, "evidence")
    store.set_states(["a1", "a2"], "starred")
    store.delete_annotation(second.id)
    store.undo()
    store.undo()
    store.redo()
    store.rename_tag("claim", "assertion")
    store.set_state("a3", "kept")  # a new step clears the redo stack


def test_saves_append_to_the_log_and_reading_replays_it_exactly(path: Path) -> None:
    store = Store(path)
    store.add_annotation("a0", BODY, 0, 10)
    main_before = path.read_bytes()
    _busy(store)
    assert path.read_bytes() == main_before  # the store file was not rewritten
    assert log_path(path).stat().st_size > 0
    assert _on_disk(path) == store._storage.read()
    with Store(path, read_only=True) as reader:
        assert reader.annotations() == store.annotations()
        assert reader.states() == store.states()
        assert reader.tags() == store.tags()
    store.close()


def test_close_folds_the_log_into_the_store_file(path: Path) -> None:
    with Store(path) as store:
        _busy(store)
        expected = orjson.loads(orjson.dumps(store._storage.read()))
    assert not log_path(path).exists()
    assert orjson.loads(path.read_bytes()) == expected
    with Store(path) as reopened:
        assert reopened.undo() == "keep 1 article"


def test_a_line_cut_short_by_a_kill_is_ignored(path: Path) -> None:
    store = Store(path)
    _busy(store)
    expected = orjson.loads(orjson.dumps(store._storage.read()))
    with log_path(path).open("ab") as log:
        log.write(b'{"clear": [], "set": {"annotations": {"x": {"id"')
    assert _on_disk(path) == expected
    store._lock.release()  # as a killed process's lock is released by the kernel
    with Store(path) as reopened:
        assert not log_path(path).exists()  # the writer folded it in at once
        assert orjson.loads(path.read_bytes()) == expected
        assert reopened.undo() == "keep 1 article"


def test_a_log_that_continues_another_store_file_is_stale_and_ignored(path: Path) -> None:
    store = Store(path)
    store.add_annotation("a0", BODY, 0, 10)
    old = orjson.loads(path.read_bytes())
    _busy(store)
    log = log_path(path).read_bytes()
    store.close()
    log_path(path).write_bytes(log)  # as if a kill came between compaction and removal
    assert _on_disk(path) == orjson.loads(path.read_bytes())
    path.write_bytes(orjson.dumps(old))  # the store file replaced by hand: a new inode
    assert _on_disk(path) == old
    with Store(path):
        assert not log_path(path).exists()


def test_the_log_is_compacted_once_it_outgrows_the_store(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_storage, "LOG_LIMIT", 0)
    store = Store(path)
    sizes = []
    for n in range(12):
        store.add_annotation(f"a{n}", BODY, n, n + 20, note="x" * 300)
        sizes.append(log_path(path).stat().st_size if log_path(path).exists() else 0)
    assert max(sizes) < path.stat().st_size + 4096
    assert _on_disk(path) == store._storage.read()
    store.close()


def test_a_full_disk_while_logging_keeps_the_change_and_a_retry_saves_it(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(path)
    first = store.add_annotation("a1", BODY, 0, 29)

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patched:
        patched.setattr(os, "fsync", no_space)
        with pytest.raises(StoreWriteError, match="No space left on device"):
            store.add_annotation("a1", BODY, 30, 78, note="kept")
        assert store.unsaved
    store.flush()
    assert not store.unsaved
    assert _on_disk(path) == store._storage.read()
    store.close()
    with Store(path) as reopened:
        assert {a.note for a in reopened.annotations()} == {"", "kept"}
        assert first in reopened.annotations()
