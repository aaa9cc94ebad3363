"""The snapshot a bulk read (an export) keeps beside a big store: used only while current.

`MIN_BYTES` is set to 0 here so a small store takes the path a 50 MB one takes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.article import Article
from reader.store import (
    Placement,
    Store,
    StoreError,
    StoreWriteError,
    _changelog,
    _checked,
    _lock,
    _snapshot,
    _storage,
)
from reader.store import _snapshot_log as replaying
from reader.store import store as store_module
from reader.store._changelog import log_path
from reader.store._snapshot import snapshot_path
from reader.store.runs import DocumentRun
from reader.store.schema import SCHEMA_VERSION

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


def test_a_bulk_read_parses_a_file_the_store_vouches_for_without_its_journal(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only store never undoes or redoes: a file the store wrote itself (its note,
    `_checked`) is parsed up to its undo stack, the last tables but the redo stack (its
    annotations in pieces, `_pieces`); one it cannot vouch for (no note, a table after the
    journal) is parsed whole. Each reads as a plain read does."""
    parsed: list[int] = []
    loads = _storage.orjson.loads
    monkeypatch.setattr(_storage.orjson, "loads", lambda raw: parsed.append(len(raw)) or loads(raw))

    def bulk_parsed() -> tuple[tuple[object, ...], int]:
        _forget_snapshot(path)
        parsed.clear()
        return _bulk_read(path), max(parsed)

    whole = path.stat().st_size
    data = orjson.loads(path.read_bytes())
    assert data["undo"] and list(data)[-2:] == ["undo", "redo"]
    read, longest = bulk_parsed()
    assert longest < path.read_bytes().rfind(b',"undo":')
    assert read == _plain_read(path)
    checked = path.with_name(path.name + ".checked")
    kept = checked.read_bytes()
    checked.unlink()
    assert bulk_parsed() == (read, whole)
    checked.write_bytes(kept)
    data["articles"] = data.pop("articles")  # a table after the journal, as a migration adds it
    data["articles"]["a9"] = {"source": "d.txt", "title": "Nine"}
    path.write_bytes(orjson.dumps(data))
    _checked.vouch(path, _changelog.identity(path.stat()), SCHEMA_VERSION)
    read, longest = bulk_parsed()
    assert longest == path.stat().st_size
    assert read == _plain_read(path)


def test_a_bulk_read_that_parsed_the_store_hands_its_snapshot_over_to_be_written_after(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reader export` writes its file first and the snapshot after (`reader.leaving`): the
    same runs a writer's close writes at once, span inputs and orphans made then."""
    made_at_once = _held(path)  # the fixture writer's close
    _forget_snapshot(path)
    with Store(path, read_only=True, bulk=True) as store:
        documents = store.annotation_documents(release=True)
        pending = store.pending_snapshot()
        assert store.pending_snapshot() is None  # handed over once
    assert pending is not None
    assert not snapshot_path(path).exists()  # the close left it to whoever took it
    pending()
    assert _held(path) == made_at_once
    _no_parsing(monkeypatch)
    assert _bulk_read(path)[0] == documents


def _held(path: Path) -> dict[str, tuple[bytes, bytes | None, int, int]]:
    """What the snapshot holds for each article: its run, its span inputs (None: none yet),
    its orphans and documents counted (where in the runs file each lies is the writer's)."""
    loaded = _snapshot.load(path, SCHEMA_VERSION)
    assert loaded is not None
    return {
        article_id: (
            bytes(run.buffer),
            None if run.spans is None else bytes(run.spans),
            run.orphaned_count(),
            len(run),
        )
        for article_id, run in loaded[1].items()
    }


def test_the_snapshot_an_export_leaves_is_read_before_its_span_inputs_are_made(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its writer parses every run for their span inputs (ten times the writing): the user's
    next export, started meanwhile, reads the snapshot without them instead of parsing the
    store again, and gets the same span inputs from the documents; they are added after."""
    made_at_once = _held(path)
    _forget_snapshot(path)
    with Store(path, read_only=True, bulk=True) as store:
        store.annotation_documents(release=True)
        pending = store.pending_snapshot()
    assert pending is not None
    meanwhile: list[dict[str, bytes]] = []
    spans_json = DocumentRun.spans_json

    def next_export_first(run: DocumentRun) -> bytes | memoryview:
        if not meanwhile:
            loaded = _snapshot.load(path, SCHEMA_VERSION)
            assert loaded is not None, "the snapshot is not read before its span inputs"
            meanwhile.append(_span_inputs(loaded[1]))
            assert {key: held[1] for key, held in _held(path).items()} == dict.fromkeys(
                made_at_once
            )
        return spans_json(run)

    monkeypatch.setattr(DocumentRun, "spans_json", next_export_first)
    pending()
    assert _held(path) == made_at_once
    loaded = _snapshot.load(path, SCHEMA_VERSION)
    assert loaded is not None
    assert meanwhile == [_span_inputs(loaded[1])]


def _span_inputs(runs: dict[str, DocumentRun]) -> dict[str, bytes]:
    """Each run's span inputs as the jsonl export reads them (JSON: tuples or lists alike)."""
    return {article_id: orjson.dumps(run.span_inputs()) for article_id, run in runs.items()}


def test_a_snapshot_nobody_took_is_written_at_the_close(path: Path) -> None:
    made_at_once = _held(path)
    _forget_snapshot(path)
    with Store(path, read_only=True, bulk=True) as store:
        store.annotation_documents(release=True)
        assert not snapshot_path(path).exists()
    assert _held(path) == made_at_once
    assert snapshot_path(path).is_file()


_EXPORT = """
import sys
from reader.store import _snapshot
_snapshot.MIN_BYTES = 0
from reader.cli import console
raise SystemExit(console())
"""


def test_reader_export_leaves_the_snapshot_to_a_process_of_its_own(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget_snapshot(path)
    out = tmp_path / "out.json"
    command = [sys.executable, "-c", _EXPORT, "export", "--db", str(path), "-o", str(out)]
    done = subprocess.run(command, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    exported = orjson.loads(out.read_bytes())["articles"]
    assert sum(len(article["annotations"]) for article in exported) == 4
    deadline = time.monotonic() + 60
    while not snapshot_path(path).exists():  # written last, whole or not at all
        assert time.monotonic() < deadline, "no snapshot came"
        time.sleep(0.02)
    plain = _plain_read(path)
    _no_parsing(monkeypatch)
    assert _bulk_read(path) == plain


def test_a_writer_keeps_the_snapshot_current_through_its_saves_and_close(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing rewrites the store whole; the snapshot of the file it replaced is carried to
    the new file with the changed articles' runs, so the next export parses nothing."""
    _bulk_read(path)
    with Store(path) as store:
        added = store.add_annotation("a3", BODY, 5, 12, note="after the snapshot")
        store.set_state("a1", "kept")
        store.toggle_tag(added.id, "claim")
    _no_parsing(monkeypatch)
    read = _bulk_read(path)
    monkeypatch.undo()
    assert read == _plain_read(path)
    assert "a3" in read[0] and read[1]["a1"].state == "kept"  # type: ignore[index]
    with Store(path) as store:
        store.delete_annotation(added.id)
        store.put_setting("theme", "light")
    _no_parsing(monkeypatch)
    read = _bulk_read(path)
    monkeypatch.undo()
    assert read == _plain_read(path)
    assert "a3" not in read[0]  # type: ignore[operator]


def test_a_writer_that_replayed_a_change_log_carries_the_snapshot(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A killed writer's log is replayed and folded in by the next one, which knows the
    articles the log changed: it carries the snapshot of the file the log continued to the
    file it writes (appending their runs), so no bulk read parses the store."""
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    _bulk_read(path)
    runs_file = _snapshot.runs_path(path).stat().st_ino
    killed = Store(path)
    killed.add_annotation("a3", BODY, 5, 12, note="in the log only")
    killed._release_lock()  # as a kill would: the log stays, the store file is not rewritten
    with Store(path) as store:
        assert not log_path(path).exists()  # folded in at opening
        assert _snapshot.is_current(path, _changelog.identity(path.stat()), SCHEMA_VERSION)
        store.put_setting("theme", "light")
    assert _snapshot.runs_path(path).stat().st_ino == runs_file  # carried, not made anew
    read = _read_unparsed(path)
    assert "a3" in read[0]  # type: ignore[operator]


def _forget_snapshot(path: Path) -> None:
    for made in _snapshot.snapshot_files(path):
        made.unlink(missing_ok=True)


@pytest.mark.parametrize("change", [False, True])
def test_a_writer_closing_a_store_without_a_snapshot_leaves_one_the_next_export_reads(
    path: Path, change: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store's first export finds a snapshot: the writer that closed it last made one from
    memory (whether or not it changed anything), so the export parses nothing."""
    _forget_snapshot(path)
    with Store(path) as store:
        if change:
            store.add_annotation("a3", BODY, 5, 12, note="in the first session")
    assert _snapshot.is_current(path, _changelog.identity(path.stat()), SCHEMA_VERSION)
    _no_parsing(monkeypatch)
    read = _bulk_read(path)
    monkeypatch.undo()
    assert read == _plain_read(path)
    assert ("a3" in read[0]) is change  # type: ignore[operator]


def test_a_writer_after_a_crash_leaves_a_snapshot_holding_what_the_log_held(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer that folds a killed writer's log in leaves a snapshot holding what the log
    held: with no snapshot to carry, its close makes one."""
    _bulk_read(path)
    _forget_snapshot(path)
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    killed = Store(path)
    killed.add_annotation("a3", BODY, 5, 12, note="in the log only")
    killed._release_lock()  # as a kill would: the log stays, the store file is not rewritten
    Store(path).close()
    read = _read_unparsed(path)
    assert read[0]["a3"][0]["note"] == "in the log only"  # type: ignore[index]


def test_a_writer_whose_last_save_failed_leaves_no_snapshot(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Memory then holds what the file does not: a snapshot made from it would name the file
    with work the file lacks, so none is made and the export reads the file."""
    _forget_snapshot(path)
    store = Store(path)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as disk:
        disk.setattr(_storage, "write_atomically", full)
        with pytest.raises(StoreWriteError):
            store.add_annotation("a3", BODY, 5, 12, note="never saved")
        store.close(discard_unsaved=True)
    assert not snapshot_path(path).exists()
    read = _bulk_read(path)
    assert read == _plain_read(path)
    assert "a3" not in read[0]  # type: ignore[operator]


def test_a_carry_that_fails_half_way_leaves_a_stale_snapshot(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _bulk_read(path)

    def killed(*args: object) -> None:
        raise OSError("killed after appending the runs")

    monkeypatch.setattr(_snapshot, "_write_index", killed)
    with Store(path) as store:
        store.add_annotation("a3", BODY, 5, 12, note="appended, never indexed")
    monkeypatch.undo()
    read = _bulk_read(path)
    assert read == _plain_read(path)
    assert "a3" in read[0]  # type: ignore[operator]


def test_a_runs_file_mostly_superseded_is_written_anew(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _bulk_read(path)
    monkeypatch.setattr(_snapshot, "_GARBAGE_SHARE", 0.0)
    monkeypatch.setattr(_snapshot, "_GARBAGE_FLOOR", 0)
    with Store(path) as store:
        store.add_annotation("a1", BODY, 60, 70)
    assert _bulk_read(path) == _plain_read(path)
    _no_parsing(monkeypatch)
    assert _bulk_read(path) == _bulk_read(path)


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


def _read_unparsed(path: Path) -> tuple[object, ...]:
    """What an export reads, checked to be what a plain read of the store parses, when the
    export parses nothing."""
    with pytest.MonkeyPatch.context() as parsing:
        _no_parsing(parsing)
        read = _bulk_read(path)
    assert read == _plain_read(path)
    return read


def _killed_writer(path: Path, note: str) -> Store:
    """A writer whose saves went to the change log and that was killed: the log stays, the
    store file is not rewritten, and the lock's note still names the writer, now dead. It
    can still append to its log, as a writer does."""
    killed = Store(path)
    killed.add_annotation("a3", BODY, 5, 12, note=note)
    killed._release_lock()
    _lock.lock_path(path).write_bytes(
        orjson.dumps({"pid": _dead_pid(), "host": os.uname().nodename, "started": "then"})
    )
    return killed


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", ""])
    child.wait()
    return child.pid


def _snapshot_log(path: Path) -> object:
    """The change log the snapshot's first line names (None: none)."""
    with snapshot_path(path).open("rb") as file:
        return orjson.loads(file.readline())["log"]


def test_an_export_after_a_crash_replays_the_log_over_the_snapshot_of_the_store_file(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until a writer folds a killed writer's log in, exports read the snapshot of the store
    file with the log replayed over it: the store is never parsed, nothing is written, and
    saves appended to the log later are read too."""
    _bulk_read(path)
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    killed = _killed_writer(path, "in the log only")
    files = [path, log_path(path), *_snapshot.snapshot_files(path)]
    before = [file.read_bytes() for file in files]
    first = _read_unparsed(path)
    assert [file.read_bytes() for file in files] == before  # nothing written
    assert first[0]["a3"][0]["note"] == "in the log only"  # type: ignore[index]
    killed.add_annotation("a4", BODY, 20, 30, note="appended after the first export")
    read = _read_unparsed(path)
    assert "a4" in read[0]  # type: ignore[operator]
    killed._storage.close()
    with Store(path) as store:  # the next writer folds the log in and leaves a snapshot
        store.put_setting("theme", "light")
    read = _read_unparsed(path)
    assert _snapshot_log(path) is None


def test_an_export_after_a_crash_with_no_snapshot_leaves_one_of_the_store_and_its_log(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no snapshot of the store file to replay the log over, the first export reads the
    store with the log replayed and makes the snapshot of both, and the next one reads it."""
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    killed = _killed_writer(path, "in the log only")
    _forget_snapshot(path)
    before = path.read_bytes(), log_path(path).read_bytes()
    first = _bulk_read(path)
    assert first == _plain_read(path)
    assert _snapshot_log(path) == _changelog.identity(log_path(path).stat())
    with pytest.MonkeyPatch.context() as parsing:
        _no_parsing(parsing)
        assert _bulk_read(path) == first
    assert (path.read_bytes(), log_path(path).read_bytes()) == before  # nothing written
    assert first[0]["a3"][0]["note"] == "in the log only"  # type: ignore[index]
    killed.add_annotation("a4", BODY, 20, 30, note="appended after the snapshot")
    read = _bulk_read(path)  # the log it names has grown: parsed again
    assert read == _plain_read(path)
    assert "a4" in read[0]  # type: ignore[operator]
    killed._storage.close()


def test_a_writer_folding_a_log_carries_the_snapshot_an_export_made_of_it(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The snapshot an export made of the store and a killed writer's log holds what the
    file the next writer folds that log into holds: that writer carries it, as it carries
    one of the store file alone."""
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    _killed_writer(path, "in the log only")
    _forget_snapshot(path)
    _bulk_read(path)  # the snapshot of the store and its log
    runs_file = _snapshot.runs_path(path).stat().st_ino
    with Store(path) as store:
        assert _snapshot.is_current(path, _changelog.identity(path.stat()), SCHEMA_VERSION)
        store.add_annotation("a4", BODY, 20, 30, note="after the fold")
    assert _snapshot.runs_path(path).stat().st_ino == runs_file  # carried, not made anew
    read = _read_unparsed(path)
    assert {"a3", "a4"} <= read[0].keys()  # type: ignore[attr-defined]


def test_an_export_beside_a_running_writer_leaves_its_snapshot_alone(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the writer runs, its next save would make a snapshot naming its log stale: the
    export reads the store and its log and leaves the writer's snapshot for it to carry."""
    _bulk_read(path)
    made = snapshot_path(path).read_bytes()
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    writer = Store(path)
    writer.add_annotation("a3", BODY, 5, 12, note="in the log only")
    read = _bulk_read(path)
    assert read == _plain_read(path)
    assert "a3" in read[0]  # type: ignore[operator]
    assert snapshot_path(path).read_bytes() == made
    writer.close()
    read = _read_unparsed(path)


def test_an_unreadable_change_log_leaves_no_snapshot_naming_it(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget_snapshot(path)
    log_path(path).mkdir()  # there, but no file to read
    assert _bulk_read(path) == _plain_read(path)
    assert not snapshot_path(path).exists()


@pytest.mark.parametrize(
    "damage",
    [b"", b"not json\n{}", b'{"reader-snapshot": 1}\n{"annotations": {}}', None, b"more"],
)
def test_a_damaged_snapshot_is_ignored_and_replaced(
    path: Path, damage: bytes | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _bulk_read(path)
    snapshot = snapshot_path(path)
    raw = snapshot.read_bytes()
    halved = raw[: len(raw) // 2]
    more = raw + b" "  # a byte after the index
    snapshot.write_bytes(halved if damage is None else more if damage == b"more" else damage)
    assert _bulk_read(path) == _plain_read(path)
    _no_parsing(monkeypatch)
    assert _bulk_read(path) == _bulk_read(path)


@pytest.mark.parametrize("damage", ["nul", "short", "empty", "replaced"])
def test_a_snapshot_whose_runs_do_not_check_is_ignored_and_replaced(
    path: Path, damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NULs inside the annotations' JSON (as pages that never reached the disk read back:
    the file's length and times are right) make it stale; so does a runs file cut short or
    empty (what a power cut may leave of a file swapped in, `_exchange`), or one that is not
    the file the snapshot names."""
    _bulk_read(path)
    runs = _snapshot.runs_path(path)
    raw = runs.read_bytes()
    stat = runs.stat()
    if damage == "nul":
        at = raw.rindex(b'"quote"')
        runs.write_bytes(raw[:at] + bytes(7) + raw[at + 7 :])
    elif damage == "short":
        runs.write_bytes(raw[:-1])
    elif damage == "empty":
        runs.write_bytes(b"")
    else:
        runs.unlink()
        runs.write_bytes(raw)
    if damage != "replaced":
        os.utime(runs, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _bulk_read(path) == _plain_read(path)
    _no_parsing(monkeypatch)
    assert _bulk_read(path) == _bulk_read(path)


def test_runs_come_escaped_as_reader_writes_json_and_parse_back_the_same(path: Path) -> None:
    """DEL and the C1 controls (CSI among them) are escaped in the runs as in every JSON
    reader writes, so the json export writes a run as it is; parsed, it is the same text."""
    note = "raw \x7f and \x85 and \x9b[31m"
    with Store(path) as store:
        store.add_annotation("a3", BODY, 0, 9, note=note)
    made = _bulk_read(path)
    read = _bulk_read(path)  # from the snapshot: views of its pages
    assert made == read == _plain_read(path)
    run = read[0]["a3"]  # type: ignore[index]
    assert isinstance(run.buffer, memoryview)
    assert b"\\u007f and \\u0085 and \\u009b[31m" in run.json
    assert b"\x7f" not in run.json and b"\xc2\x85" not in run.json
    assert run[0]["note"] == note


def test_a_bulk_store_asked_for_anything_else_reads_as_a_plain_one(path: Path) -> None:
    _bulk_read(path)
    with Store(path, read_only=True, bulk=True) as bulk, Store(path, read_only=True) as plain:
        assert bulk.annotations() == plain.annotations()
        assert bulk.annotation_counts() == plain.annotation_counts()
        assert bulk.annotation_documents(release=True) == plain.annotation_documents()


def test_small_stores_keep_no_snapshot(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _forget_snapshot(path)
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 2 * path.stat().st_size)
    with Store(path) as store:
        store.put_setting("theme", "light")
    assert _bulk_read(path) == _plain_read(path)
    assert not snapshot_path(path).exists()


_OPS = st.lists(
    st.tuples(
        st.sampled_from(["add", "delete", "tag", "state", "undo"]),
        st.sampled_from(["a1", "a2", "a3"]),
        st.integers(0, len(BODY) - 20),
    ),
    max_size=8,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_OPS, min_size=1, max_size=3))
def test_every_session_leaves_a_snapshot_that_reads_as_the_store(sessions: list[list]) -> None:
    """Whatever a writer did between opening and closing, the carried snapshot is what a
    bulk read parsing the store makes; no session makes it stale."""
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(_snapshot, "MIN_BYTES", 0)
        store_path = Path(folder) / "reader.json"
        with Store(store_path) as store:
            store.add_annotation("a1", BODY, 0, 9, tags=["key"])
        _bulk_read(store_path)
        for session in sessions:
            with Store(store_path) as store:
                for op, article, at in session:
                    _do(store, op, article, at)
            _read_unparsed(store_path)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_OPS, min_size=1, max_size=3))
def test_saves_in_a_change_log_replay_over_the_snapshot_as_the_store_reads_them(
    sessions: list[list],
) -> None:
    """Whatever writers saved to the change log, each killed after its session and the next
    folding its log in, a bulk read of the snapshot with the log replayed over it (after
    each session) and of the snapshot that fold carried (after the last) is what a read
    parsing the store makes."""
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(_snapshot, "MIN_BYTES", 0)
        patch.setattr(_storage, "LOG_FROM", 0)
        store_path = Path(folder) / "reader.json"
        with Store(store_path) as store:
            store.add_annotation("a1", BODY, 0, 9, tags=["key"])
            store.add_annotation("a2", BODY, 4, 9, tags=["claim"])
        _bulk_read(store_path)
        for session in sessions:
            writer = Store(store_path)
            for op, article, at in session:
                _do(writer, op, article, at)
            writer._release_lock()  # as a kill leaves it: the log stays, the file as it was
            _read_unparsed(store_path)
        Store(store_path).close()
        _read_unparsed(store_path)


def test_moves_renames_and_imports_in_a_change_log_replay_over_the_snapshot(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The saves that touch annotations of other articles than the one they name (an
    annotation moved to another article or flagged an orphan, a tag renamed in every
    article, an import, a deletion) replay over the snapshot as a parse of the store and
    its log reads them."""
    _bulk_read(path)
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    writer = Store(path)
    (moving,) = writer.annotations("a2")
    writer.place([Placement(moving.id, Article("a3", "/dumps/a.txt", 2, "Moved", BODY), 1, 8)])
    first, *rest = writer.annotations("a1")
    writer.place([Placement(first.id)])
    writer.rename_tag("claim", "assertion")
    writer.merge([replace(rest[-1], id="imported", article_id="a4", note="imported")])
    writer.delete_annotation(rest[0].id)
    assert log_path(path).is_file()
    read = _read_unparsed(path)
    documents = read[0]
    assert isinstance(documents, dict) and documents.keys() == {"a1", "a3", "a4"}
    assert any(doc["orphaned"] for doc in documents["a1"])
    writer.close()


def test_a_change_log_with_more_ids_to_look_for_than_one_search_should_try_is_parsed(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `MOST_SOUGHT` annotations the log adds, deletes or moves, the one search over the
    runs would cost more than parsing the store: the export parses it (and reads the same)."""
    _bulk_read(path)
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    killed = _killed_writer(path, "in the log only")  # one annotation added
    _read_unparsed(path)
    monkeypatch.setattr(replaying, "MOST_SOUGHT", 0)
    parsed: list[Path] = []
    reading = store_module.read_store_state
    with pytest.MonkeyPatch.context() as counting:
        counting.setattr(
            store_module,
            "read_store_state",
            lambda file, **how: parsed.append(file) or reading(file, **how),
        )
        read = _bulk_read(path)
    assert parsed == [path]
    assert read == _plain_read(path)
    killed._storage.close()


def test_a_change_log_holding_a_bad_document_is_refused_as_the_store_would_be(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log's documents are checked as the store file's are: one a script wrote wrong
    sends the read to the store file, whose check names it."""
    _bulk_read(path)
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    killed = _killed_writer(path, "fine")
    with log_path(path).open("ab") as log:
        log.write(orjson.dumps({"set": {"annotations": {"x": {"id": "x", "start": -4}}}}) + b"\n")
    with pytest.raises(StoreError, match="'x'"):
        _bulk_read(path)
    killed._storage.close()


def _do(store: Store, op: str, article: str, at: int) -> None:
    existing = store.annotations(article)
    if op == "add":
        store.add_annotation(article, BODY, at, at + 7, note=f"at {at}")
    elif op == "delete" and existing:
        store.delete_annotation(existing[at % len(existing)].id)
    elif op == "tag" and existing:
        store.toggle_tag(existing[at % len(existing)].id, "claim")
    elif op == "state":
        store.set_state(article, "kept")
    elif op == "undo":
        store.undo()


def test_placements_tags_and_imports_are_carried_too(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writes that are not undo steps or touch many articles at once (re-anchoring that
    moves an annotation to another article or flags it an orphan, a tag renamed, an
    import) reach the carried snapshot as a parse of the store reads them."""
    _bulk_read(path)
    with Store(path) as store:  # a2's one annotation moves: a2 holds none any more
        (moving,) = store.annotations("a2")
        store.place([Placement(moving.id, Article("a3", "/dumps/a.txt", 2, "Moved", BODY), 1, 8)])
    with Store(path) as store:
        first, *rest = store.annotations("a1")
        store.place([Placement(first.id)])
        store.rename_tag("claim", "assertion")
        store.merge([replace(rest[-1], id="imported", article_id="a4", note="imported")])
    _no_parsing(monkeypatch)
    read = _bulk_read(path)
    monkeypatch.undo()
    assert read == _plain_read(path)
    documents = read[0]
    assert isinstance(documents, dict) and documents.keys() == {"a1", "a3", "a4"}
    assert any(doc["orphaned"] for doc in documents["a1"])


def test_a_snapshot_of_the_format_before_is_made_again_not_misread(path: Path) -> None:
    """Format 7 placed each run's span inputs right after it, with their length alone: read
    with this layout, its places would not check, or worse; its first line names its format,
    so it is stale and the next bulk read writes it anew."""
    _bulk_read(path)
    header, index = snapshot_path(path).read_bytes().splitlines()
    old = orjson.loads(header)
    old["reader-snapshot"] = 7
    places = orjson.loads(index)
    places["runs"] = [[*place[:5], place[6]] for place in places["runs"]]
    snapshot_path(path).write_bytes(orjson.dumps(old) + b"\n" + orjson.dumps(places) + b"\n")
    assert _snapshot.load(path, SCHEMA_VERSION) is None
    assert _bulk_read(path) == _plain_read(path)
    assert orjson.loads(snapshot_path(path).read_bytes().splitlines()[0])["reader-snapshot"] == 8
    assert _snapshot.load(path, SCHEMA_VERSION) is not None


def test_the_span_inputs_beside_each_run_are_its_documents(path: Path) -> None:
    """What the jsonl export reads instead of the documents says what they say."""
    _bulk_read(path)
    loaded = _snapshot.load(path, SCHEMA_VERSION)
    assert loaded is not None
    for run in loaded[1].values():
        spans, notes = run.span_inputs()
        docs = orjson.loads(run.buffer)
        assert spans == [[d["id"], d["start"], d["end"], d["tags"]] for d in docs]
        assert notes == [[d["start"], d["end"], d["note"], d["id"]] for d in docs if d["note"]]
