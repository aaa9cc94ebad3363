"""A writer makes the export snapshot of a big store that has none while it is open
(`Store.make_snapshot`, which the app calls when the user is idle), so an export while the app
is open, or after its first session was killed, finds one instead of parsing the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import Store, _changelog, _snapshot, _storage
from reader.store import store as store_module
from reader.store._changelog import log_path
from reader.store.schema import SCHEMA_VERSION

BODY = "The committee met on Tuesday. It adjourned without a vote. " * 4


@pytest.fixture(autouse=True)
def always_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    monkeypatch.setattr(_storage, "LOG_FROM", 0)  # saves go to the change log, as a big store's


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A store with annotations on three articles and no snapshot."""
    store_path = tmp_path / "reader.json"
    with Store(store_path) as store:
        for number in range(3):
            store.add_annotation(f"a{number}", BODY, 10, 20, tags=["claim"], note="n")
            store.add_annotation(f"a{number}", BODY, 0, 9)
    for made in _snapshot.snapshot_files(store_path):
        made.unlink()
    return store_path


def _current(path: Path) -> bool:
    return _snapshot.is_current(path, _changelog.identity(path.stat()), SCHEMA_VERSION)


def _read_unparsed(path: Path) -> object:
    """An export's read, which fails if it parses the store file."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_module, "read_store_state", _refuse)
        with Store(path, read_only=True, bulk=True) as store:
            runs = store.annotation_documents(release=True)
            return {key: list(run) for key, run in runs.items()}


def _refuse(path: Path) -> None:
    raise AssertionError("the store file was parsed")


def _plain(path: Path) -> object:
    with Store(path, read_only=True) as store:
        return {key: list(docs) for key, docs in store.annotation_documents().items()}


def test_an_open_writer_makes_the_snapshot_an_export_beside_it_reads(path: Path) -> None:
    store = Store(path)
    store.write_behind(lambda error: None)
    try:
        assert store.make_snapshot() is True
        assert _current(path)
        assert _read_unparsed(path) == _plain(path)
        assert store.make_snapshot() is True  # current: nothing more to do
    finally:
        store.close()


def test_with_saves_in_the_change_log_it_asks_for_a_compaction_then_makes_it(path: Path) -> None:
    """The snapshot is of the store file, which must hold what memory does: a log beside it
    is folded in first (on the writer's thread), and the next call makes the snapshot."""
    store = Store(path)
    store.write_behind(lambda error: None)
    try:
        store.add_annotation("a9", BODY, 5, 12, note="in the log")
        store.flush()
        assert log_path(path).exists()
        assert store.make_snapshot() is False
        store.flush()
        assert not log_path(path).exists()
        assert store.make_snapshot() is True
        read = _read_unparsed(path)
        assert read == _plain(path) and "a9" in read  # type: ignore[operator]
    finally:
        store.close()


def test_a_change_during_the_copy_leaves_it_for_the_next_call(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copied a few articles at a time, the lock let go between: a change that comes between
    two pieces would mix two states, so nothing is written and the caller asks again."""
    monkeypatch.setattr(store_module, "SNAPSHOT_PIECE", 1)
    store = Store(path)
    grouped = store._grouped_documents

    def meddling(article_ids: list[str]) -> object:
        if "a1" in article_ids:
            store.set_state("a0", "kept")
        return grouped(article_ids)

    monkeypatch.setattr(store, "_grouped_documents", meddling)
    try:
        assert store.make_snapshot() is False
        assert not _snapshot.snapshot_path(path).exists()
    finally:
        monkeypatch.undo()
        store.close()


def test_read_only_and_small_stores_make_none(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(path, read_only=True) as store:
        assert store.make_snapshot() is True
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 1 << 30)
    with Store(path) as store:
        assert store.make_snapshot() is True
    assert not _snapshot.snapshot_path(path).exists()


def test_a_killed_first_session_leaves_the_snapshot_it_made(path: Path) -> None:
    """Its saves since lie in its change log: the next export replays them over the snapshot
    it made, and parses nothing."""
    killed = Store(path)
    assert killed.make_snapshot() is True
    killed.add_annotation("a9", BODY, 5, 12, note="in the log only")
    killed._release_lock()  # as a kill would: the log stays, the store file is not rewritten
    read = _read_unparsed(path)
    assert "a9" in read  # type: ignore[operator]
