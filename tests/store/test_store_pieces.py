"""A bulk read of a store file the store wrote or checked: its annotations table parsed a
piece at a time straight into runs (`_pieces`), the same runs as the whole table's."""

from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest

from reader.store import (
    Annotation,
    Store,
    _changelog,
    _checked,
    _pieces,
    _snapshot,
    _storage,
    snapshot_files,
)
from reader.store._changelog import log_path
from reader.store.records import context
from reader.store.runs import DocumentRun
from reader.store.schema import SCHEMA_VERSION

BODY = "The committee met on Tuesday. It adjourned without a vote. " * 4


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Five articles of six annotations each, saved an article after another, two of them
    sharing a start in each, one with a note and tags."""
    store_path = tmp_path / "reader.json"
    records = []
    for article in range(5):
        for number in range(6):
            start = (number * 37) % 111
            end = start + 9 + number
            records.append(
                Annotation(
                    f"n{article}-{number}", f"a{article}", start, end, *context(BODY, start, end),
                    ("claim",) * (number % 2), f"note {number}" if number == 3 else "",
                    "2026-12-07T10:00:00.000Z", "2026-12-07T10:00:00.000Z",
                )
            )  # fmt: skip
    with Store(store_path) as store:
        store.merge(records)
    return store_path


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of a few documents each, as a big store's are of thousands, in a store read as
    a big one is (`MIN_BYTES`: smaller ones hand their documents out as they are)."""
    monkeypatch.setattr(_pieces, "PIECE", 700)
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)


def _reordered(path: Path, order: str) -> None:
    """The file with its annotations table in another order, vouched for as the store
    vouches for a file it wrote."""
    data = orjson.loads(path.read_bytes())
    items = list(data["annotations"].items())
    if order == "shuffled":
        random.Random(4).shuffle(items)
    elif order == "come back":  # the first article's last two after every other one
        items = [*items[:4], *items[6:], *items[4:6]]
    data["annotations"] = dict(items)
    path.write_bytes(orjson.dumps(data))
    _checked.vouch(path, _changelog.identity(path.stat()), SCHEMA_VERSION)


def _whole_runs(path: Path) -> dict[str, bytes]:
    """The runs of the table read whole, each made from its documents in text order."""
    with Store(path, read_only=True) as store:
        grouped = store.annotation_documents()
    return {key: bytes(DocumentRun.of(list(docs)).buffer) for key, docs in grouped.items()}


@pytest.mark.parametrize("order", ["as added", "shuffled", "come back"])
def test_runs_read_a_piece_at_a_time_are_the_whole_tables(path: Path, order: str) -> None:
    _reordered(path, order)
    state = _storage.read_store_state(path, journal=False, runs_from=0)
    assert state is not None and state.runs is not None
    assert state.data["annotations"] == {} and state.data["undo"] == {}
    runs = {key: bytes(run.buffer) for key, run in state.runs.items()}
    assert sorted(runs.items()) == sorted(_whole_runs(path).items())
    with Store(path, read_only=True) as store:
        plain = store.annotation_documents()
        first_seen = list(
            dict.fromkeys(doc["article_id"] for doc in store._raw("annotations").values())
        )
    assert list(runs) == first_seen  # in the order the table names them, as the snapshot lists them
    with Store(path, read_only=True, bulk=True) as bulk, Store(path, read_only=True) as plain_store:
        assert bulk.annotations() == plain_store.annotations()  # asked otherwise: the table
    for made in snapshot_files(path):  # read from the store again, not the snapshot left
        made.unlink()
    with Store(path, read_only=True, bulk=True) as bulk:
        assert bulk.annotation_documents(release=True) == plain


def test_a_bulk_read_holds_a_piece_of_the_table_at_a_time(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = len(orjson.dumps(orjson.loads(path.read_bytes())["annotations"]))
    for made in snapshot_files(path):  # the writer's close made one: the store is read
        made.unlink()
    parsed: list[int] = []
    loads = _pieces.orjson.loads
    monkeypatch.setattr(_pieces.orjson, "loads", lambda raw: parsed.append(len(raw)) or loads(raw))
    with Store(path, read_only=True, bulk=True) as store:
        assert sum(map(len, store.annotation_documents(release=True).values())) == 30
        read = list(parsed)  # the close writes the snapshot, parsing a run at a time
    assert len(read) > 4 and max(read) < 2 * 700 < table


def test_a_bulk_read_leaves_the_span_inputs_and_orphans_to_the_snapshots_writer(
    path: Path,
) -> None:
    data = orjson.loads(path.read_bytes())
    next(iter(data["annotations"].values()))["orphaned"] = True
    path.write_bytes(orjson.dumps(data))
    _checked.vouch(path, _changelog.identity(path.stat()), SCHEMA_VERSION)
    with Store(path, read_only=True) as store:
        whole = {
            key: DocumentRun.of(list(docs)) for key, docs in store.annotation_documents().items()
        }
    with Store(path, read_only=True, bulk=True) as store:
        runs = store.annotation_documents(release=True)
        write_snapshot = store.pending_snapshot()
    assert runs and all(run.spans is None and not run.parsed for run in runs.values())
    assert write_snapshot is not None
    write_snapshot()  # as the process `reader export` leaves it to does, after the answer
    with Store(path, read_only=True, bulk=True) as store:  # from that snapshot
        kept = store.annotation_documents(release=True)
    assert all(run.spans is not None for run in kept.values())
    assert {key: (bytes(run.spans_json()), run.orphaned_count()) for key, run in kept.items()} == {
        key: (bytes(run.spans_json()), run.orphaned_count()) for key, run in whole.items()
    }
    assert sum(run.orphaned_count() for run in kept.values()) == 1


def test_a_table_with_a_scripts_fields_or_a_change_log_is_read_whole(path: Path) -> None:
    with Store(path) as store:
        plain = store.annotation_documents()
    data = orjson.loads(path.read_bytes())
    next(iter(data["annotations"].values()))["reviewer"] = "a script's own field"
    path.write_bytes(orjson.dumps(data))
    _checked.vouch(path, _changelog.identity(path.stat()), SCHEMA_VERSION)
    state = _storage.read_store_state(path, journal=False, runs_from=0)
    assert state is not None and state.runs is None and len(state.data["annotations"]) == 30
    with Store(path, read_only=True, bulk=True) as bulk:
        assert bulk.annotation_documents(release=True) == plain
    with Store(path) as store:  # written whole without the extra field's order changing
        store.put_setting("seen", 1)
    log_path(path).write_bytes(b"")
    state = _storage.read_store_state(path, journal=False, runs_from=0)
    assert state is not None and state.runs is None
