"""The snapshot a bulk read (an export) keeps beside a big store: used only while current.

`MIN_BYTES` is set to 0 here so a small store takes the path a 50 MB one takes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import Store, _snapshot, _storage
from reader.store import store as store_module
from reader.store._changelog import log_path
from reader.store._snapshot import snapshot_path

BODY = "The committee met on Tuesday. It adjourned without a vote. " * 4


@pytest.fixture(autouse=True)
def always_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A store with annotations on two articles (two sharing a start), states and tags."""
    store_path = tmp_path / "reader.json"
    with Store(store_path) as store:
        store.add_annotation("a2", BODY, 30, 58, tags=["claim"], note="n")
        store.add_annotation("a1", BODY, 10, 20)
        store.add_annotation("a1", BODY, 10, 15, tags=["key", "claim"])
        store.add_annotation("a1", BODY, 0, 9)
        store.set_state("a1", "starred")
    return store_path


def _bulk_read(path: Path) -> tuple[object, ...]:
    """What an export reads, from a store opened as `reader export` opens it."""
    with Store(path, read_only=True, bulk=True) as store:
        documents = store.annotation_documents(release=True)
        return documents, store.states(), store.tags(), store.article_records(), store.meta()


def _plain_read(path: Path) -> tuple[object, ...]:
    with Store(path, read_only=True) as store:
        documents = store.annotation_documents()
        return documents, store.states(), store.tags(), store.article_records(), store.meta()


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> None:
        raise AssertionError("the store file was parsed")

    monkeypatch.setattr(store_module, "read_store_state", refuse)


def test_a_bulk_read_keeps_a_snapshot_the_next_one_reads_instead_of_the_store(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = path.read_bytes()
    assert _bulk_read(path) == _plain_read(path)
    assert snapshot_path(path).is_file()
    _no_parsing(monkeypatch)
    assert _bulk_read(path) == _bulk_read(path)
    monkeypatch.undo()
    assert _bulk_read(path) == _plain_read(path)
    assert path.read_bytes() == before  # the store of record is never written


def test_any_save_makes_the_snapshot_stale_and_the_next_bulk_read_rebuilds_it(
    path: Path,
) -> None:
    _bulk_read(path)
    with Store(path) as store:
        added = store.add_annotation("a3", BODY, 5, 12, note="after the snapshot")
        store.set_state("a1", "kept")
    read = _bulk_read(path)
    assert read == _plain_read(path)
    assert "a3" in read[0] and read[1]["a1"].state == "kept"  # type: ignore[index]
    with Store(path) as store:
        store.delete_annotation(added.id)
    assert _bulk_read(path) == _plain_read(path)


def test_saves_in_the_change_log_are_read_not_the_snapshot(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another process holds the store, its saves go to the change log beside the
    unchanged store file: the snapshot of that file no longer says what the store holds."""
    _bulk_read(path)
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    writer = Store(path)
    writer.add_annotation("a1", BODY, 40, 50, note="in the log only")
    assert log_path(path).is_file()
    read = _bulk_read(path)
    assert read == _plain_read(path)
    assert any(doc["note"] == "in the log only" for doc in read[0]["a1"])  # type: ignore[index]
    writer.close()


@pytest.mark.parametrize(
    "damage",
    [b"", b"not json\n{}", b'{"reader-snapshot": 1}\n{"annotations": {}}', None],
)
def test_a_damaged_snapshot_is_ignored_and_replaced(path: Path, damage: bytes | None) -> None:
    _bulk_read(path)
    snapshot = snapshot_path(path)
    raw = snapshot.read_bytes()
    snapshot.write_bytes(raw[: len(raw) // 2] if damage is None else damage)
    assert _bulk_read(path) == _plain_read(path)
    assert snapshot.read_bytes() == raw


@pytest.mark.parametrize("where", ["run", "end"])
def test_a_snapshot_whose_runs_do_not_check_is_ignored_and_replaced(path: Path, where: str) -> None:
    """NULs inside the annotations' JSON (as pages that never reached the disk read back:
    the length is right) make it stale; so does a byte more than the lengths say."""
    _bulk_read(path)
    snapshot = snapshot_path(path)
    raw = snapshot.read_bytes()
    at = raw.rindex(b'"quote"')
    damaged = raw[:at] + bytes(7) + raw[at + 7 :] if where == "run" else raw + b" "
    snapshot.write_bytes(damaged)
    assert _bulk_read(path) == _plain_read(path)
    assert snapshot.read_bytes() == raw


def test_a_bulk_store_asked_for_anything_else_reads_as_a_plain_one(path: Path) -> None:
    _bulk_read(path)
    with Store(path, read_only=True, bulk=True) as bulk, Store(path, read_only=True) as plain:
        assert bulk.annotations() == plain.annotations()
        assert bulk.annotation_counts() == plain.annotation_counts()
        assert bulk.annotation_documents(release=True) == plain.annotation_documents()


def test_small_stores_keep_no_snapshot(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_snapshot, "MIN_BYTES", path.stat().st_size + 1)
    assert _bulk_read(path) == _plain_read(path)
    assert not snapshot_path(path).exists()
