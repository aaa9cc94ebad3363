"""The store file itself: refusal of unreadable files, failed saves, leftovers, migration."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from tinydb import TinyDB

from reader.errors import ReaderError
from reader.store import (
    ArticleRecord,
    Store,
    StoreError,
    StoreInputError,
    StoreWriteError,
)
from reader.store import schema as store_schema
from reader.store._lock import StoreLock
from reader.store._storage import stray_temp_files

FIXTURES = Path(__file__).parent / "fixtures"
BODY = "The minister spoke on Monday. She said the budget would be cut by ten percent."


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "reader.json"


# -- unreadable files are refused and never touched ----------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"annotations": {"x": ', "not valid JSON"),
        (b"", "empty"),
        (b" \n\t ", "empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text .byte 0: a binary file"),
        (b"[1, 2, 3]", "not a TinyDB store"),
        (b'{"_meta": {"store": {}}}', "schema version is missing"),
        (b'{"_meta": {"store": {"schema_version": 7}}}', "newer reader"),
        (
            b'{"_meta": {"store": {"schema_version": 1}}, "annotations": {"a": {"id": "a"}}}',
            "annotation 'a'",
        ),
        (
            b'{"_meta": {"store": {"schema_version": 1}}, "states": {"a": {"state": "done"}}}',
            "state of article 'a'",
        ),
        (
            b'{"_meta": {"store": {"schema_version": 1}}, "undo": {"1": '
            b'{"label": "x", "at": "t", "ops": [["drop", "annotations", "a", null]]}}}',
            "undo step '1' is malformed",
        ),
        (
            b'{"_meta": {"store": {"schema_version": 1}}, "redo": {"1": '
            b'{"label": "x", "at": "t", "ops": [["put", "annotations", "a", {"id": "a"}]]}}}',
            "redo step '1' is malformed",
        ),
        (
            b'{"_meta": {"store": {"schema_version": 1}}, "tags": {"t": {"colour": "red"}}}',
            "tag 't' has a missing or wrong 'colour'",
        ),
        (
            b'{"_meta": {"store": {"schema_version": 2}}, '
            b'"articles": {"a": {"source": 3, "title": "T"}}}',
            "the record of article 'a' has a missing or wrong 'source'",
        ),
        (b'{"annotations": [1, 2]}', "not a TinyDB table"),
    ],
)
def test_an_unreadable_store_is_refused_by_name_and_left_untouched(
    path: Path, content: bytes, problem: str
) -> None:
    path.write_bytes(content)
    with pytest.raises(StoreError, match=problem) as raised:
        Store(path)
    assert str(path) in str(raised.value)
    assert "\n" not in str(raised.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == ["reader.json"]  # no lock left
    StoreLock.acquire(path).release()  # the refused open let go of the lock


_CUT_WHILE_PARSED = """
import os, sys
from pathlib import Path
from unittest import mock
import orjson
from reader.store import _storage
parse = orjson.loads
def cut_then_parse(raw):
    os.truncate(sys.argv[1], 0)  # `cp` over the store opens it with O_TRUNC
    return parse(raw)
with mock.patch.object(_storage.orjson, "loads", cut_then_parse):
    state = _storage.read_store_state(Path(sys.argv[1]))
print(sorted(state.data))
"""


def test_a_store_another_program_rewrites_while_it_is_parsed_is_read_as_it_was(
    path: Path,
) -> None:
    """`cp` over the store, or an editor writing it in place, while reader parses it: the
    bytes read are reader's own. Mapped (6bce6af), the pages went with the truncation and
    the process died of SIGBUS, the app leaving the terminal raw."""
    with Store(path) as store:
        store.set_state("a", "kept")
    child = subprocess.run(
        [sys.executable, "-c", _CUT_WHILE_PARSED, str(path)], capture_output=True, text=True
    )
    assert child.returncode == 0, child.stderr
    assert "_meta" in child.stdout


def test_a_folder_where_the_store_should_be_is_refused(path: Path) -> None:
    path.mkdir()
    with pytest.raises(StoreError, match="it is a folder"):
        Store(path)


def test_store_errors_are_reader_errors() -> None:
    assert issubclass(StoreError, ReaderError)
    assert issubclass(StoreWriteError, ReaderError)


# -- failed saves keep the work in memory and can be retried -------------------------------


def _no_space(*_args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_full_disk_raises_a_clear_error_keeps_the_change_and_a_retry_saves_it(
    path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    store = Store(path)
    first = store.add_annotation("a1", BODY, 0, 29)
    before = path.read_bytes()
    with monkeypatch.context() as patched:
        patched.setattr(os, failing, _no_space)
        with pytest.raises(StoreWriteError, match="No space left on device") as raised:
            store.add_annotation("a1", BODY, 30, 78, note="kept")
        assert str(path) in str(raised.value)
        assert path.read_bytes() == before
        assert stray_temp_files(path) == []
        assert store.unsaved
        kept = [a for a in store.annotations() if a.note == "kept"]
        assert len(kept) == 1
        with pytest.raises(StoreWriteError):
            store.flush()
    store.flush()
    assert not store.unsaved
    store.close()
    with Store(path) as reopened:
        assert {a.id for a in reopened.annotations()} == {first.id, kept[0].id}
        assert reopened.undo().startswith("add annotation")
        assert reopened.annotations() == [first]


def test_the_next_change_after_a_failed_save_saves_both(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(path) as store:
        monkeypatch.setattr(os, "fsync", _no_space)
        with pytest.raises(StoreWriteError):
            store.set_state("a1", "starred")
        monkeypatch.undo()
        store.set_state("a2", "kept")
        assert not store.unsaved
    with Store(path) as reopened:
        assert {k: r.state for k, r in reopened.states().items()} == {
            "a1": "starred",
            "a2": "kept",
        }


def test_close_with_an_unsaved_change_raises_and_keeps_the_store_open(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(path)
    monkeypatch.setattr(os, "replace", _no_space)
    with pytest.raises(StoreWriteError):
        store.set_state("a1", "read")
    with pytest.raises(StoreWriteError):
        store.close()
    monkeypatch.undo()
    store.set_state("a2", "read")
    store.close()
    with Store(path) as reopened:
        assert set(reopened.states()) == {"a1", "a2"}


def test_a_fresh_store_that_cannot_be_written_is_an_error_not_a_silent_loss(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", _no_space)
    with pytest.raises(StoreWriteError, match="cannot save store"):
        Store(path)
    monkeypatch.undo()
    assert not path.exists()
    Store(path).close()


# -- leftovers, permissions ----------------------------------------------------------------


def test_the_writer_removes_temp_files_left_by_a_killed_save(path: Path) -> None:
    Store(path).close()
    stray = path.with_name(f".{path.name}.0123abcd.tmp")
    stray.write_bytes(b'{"half": ')
    unrelated = path.with_name(".other.json.0123abcd.tmp")
    unrelated.write_bytes(b"")
    with Store(path, read_only=True):
        assert stray.exists()  # a reader must not delete a live writer's temp file
    with Store(path):
        assert not stray.exists()
    assert unrelated.exists()


def test_saving_keeps_the_file_mode(path: Path) -> None:
    Store(path).close()
    path.chmod(0o600)
    with Store(path) as store:
        store.set_state("a1", "read")
    assert path.stat().st_mode & 0o777 == 0o600


# -- schema versions and migration ---------------------------------------------------------


def test_a_current_store_opens_as_it_is_and_its_journal_still_undoes(path: Path) -> None:
    shutil.copy(FIXTURES / "store_v4.json", path)
    original = path.read_bytes()
    with Store(path) as store:
        [annotation] = store.annotations()
        assert annotation.tags == ("claim", "key")
        assert store.state("8217380e2a8b8745") == "read"
        assert store.meta()["schema_version"] == store_schema.SCHEMA_VERSION == 4
        assert store.article_records() == {  # a dump path relative to the workspace
            "8217380e2a8b8745": ArticleRecord(str(path.parent / "seeds/monday.txt"), "Budget cut")
        }
    assert path.read_bytes() == original  # opening alone writes nothing
    with Store(path) as store:
        assert store.undo() == "add tag key"
        assert store.annotations()[0].tags == ("claim",)


def test_a_version_3_store_keeps_dump_paths_relative_to_its_workspace_and_a_backup(
    path: Path,
) -> None:
    """Version 3 kept absolute dump paths: opened, those inside the workspace become
    relative (in the tables and in the journal), the others stay, the original is kept."""
    data = orjson.loads((FIXTURES / "store_v3.json").read_bytes())
    inside, outside = "/home/user/news/seeds/monday.txt", "/mnt/other/tuesday.txt"
    correction = {
        "seq": 1,
        "kind": "retitle",
        "source": outside,
        "title": "Budget cut",
        "head": "The minister spoke",
        "before": "",
        "new_title": "Cuts",
        "created": "2025-06-01T09:40:00.000Z",
    }
    data["corrections"] = {"c1": correction}
    record = {"source": inside, "title": "Budget cut"}
    data["undo"]["2"] = {
        "label": "retitle article",
        "ops": [
            ["put", "articles", "8217380e2a8b8745", record],
            ["put", "corrections", "c1", None],
        ],
        "at": "2025-06-01T09:40:00.000Z",
    }
    original = orjson.dumps(data)
    path.write_bytes(original)
    with Store(path, root=Path("/home/user/news")) as store:
        assert store.meta()["migrated_from"] == 3
        assert store.article_records()["8217380e2a8b8745"].source == inside
        assert [c.source for c in store.article_corrections(outside)] == [outside]
    migrated = orjson.loads(path.read_bytes())
    assert migrated["articles"]["8217380e2a8b8745"]["source"] == "seeds/monday.txt"
    assert migrated["corrections"]["c1"]["source"] == outside
    assert migrated["undo"]["2"]["ops"][0][3]["source"] == "seeds/monday.txt"
    [backup] = path.parent.glob("reader.json.v3.*.bak")
    assert backup.read_bytes() == original
    with Store(path, root=Path("/srv/news")) as moved:  # the workspace moved as a whole
        assert moved.article_records()["8217380e2a8b8745"].source == "/srv/news/seeds/monday.txt"
        assert moved.undo() == "retitle article"
        assert moved.article_records()["8217380e2a8b8745"].source == "/srv/news/seeds/monday.txt"


def test_a_version_1_store_gains_an_empty_articles_table_and_keeps_a_backup(path: Path) -> None:
    shutil.copy(FIXTURES / "store_v1.json", path)
    original = path.read_bytes()
    with Store(path) as store:
        meta = store.meta()
        assert (meta["schema_version"], meta["migrated_from"]) == (4, 1)
        assert store.article_records() == {}
        [annotation] = store.annotations()
        assert annotation.tags == ("claim", "key") and not annotation.orphaned
        assert store.state("8217380e2a8b8745") == "read"
        assert store.undo() == "add tag key"  # the journal survives the migration
    migrated = orjson.loads(path.read_bytes())
    assert migrated["_meta"]["store"]["schema_version"] == 4
    assert migrated["articles"] == {}
    [backup] = path.parent.glob("reader.json.v1.*.bak")
    assert backup.read_bytes() == original


def test_a_version_1_scripts_own_articles_table_is_moved_aside(path: Path) -> None:
    data = orjson.loads((FIXTURES / "store_v1.json").read_bytes())
    data["articles"] = {"1": {"headline": "a script's own table"}}
    data["articles.v1"] = {"1": {"text": "and another one"}}
    path.write_bytes(orjson.dumps(data))
    with Store(path) as store:
        assert store.article_records() == {}
    migrated = orjson.loads(path.read_bytes())
    assert migrated["articles"] == {}
    assert migrated["articles.v1"] == {"1": {"text": "and another one"}}
    assert migrated["articles.v1.2"] == {"1": {"headline": "a script's own table"}}


def test_a_version_0_store_is_migrated_and_the_original_kept_as_a_backup(path: Path) -> None:
    shutil.copy(FIXTURES / "store_v0.json", path)
    original = path.read_bytes()
    with Store(path) as store:
        meta = store.meta()
        assert (meta["schema_version"], meta["migrated_from"]) == (4, 0)
        by_quote = {a.quote: a for a in store.annotations()}
        full = by_quote["She said the budget would be cut by ten percent."]
        assert full.id == "5b0c3f3e-7c1f-4a57-9d55-0a9f2a1e6c11"
        assert (full.tags, full.note, full.prefix) == (("claim",), "check the figure", "")
        assert full.updated == full.created == "2025-06-01T09:30:00.000Z"
        bare = by_quote["The minister spoke on Monday."]
        assert len(bare.id) == 36
        assert (bare.tags, bare.note) == ((), "")
        assert store.state("8217380e2a8b8745") == "starred"
        assert [(t.name, t.colour, t.hotkey) for t in store.tags()] == [("claim", "#ff0000", "1")]
        assert store.article_records() == {}
        assert store.undo() is None
    migrated = orjson.loads(path.read_bytes())
    assert migrated["_meta"]["store"]["schema_version"] == 4
    assert migrated["notes_by_script"] == {"1": {"text": "a table a user's script added"}}
    [backup] = path.parent.glob("reader.json.v0.*.bak")
    assert backup.read_bytes() == original


def test_a_file_written_by_plain_tinydb_becomes_a_store(path: Path) -> None:
    with TinyDB(path) as db:
        db.table("annotations").insert(
            {"article_id": "a1", "start": 0, "end": 12, "quote": "The minister"}
        )
    with Store(path) as store:
        [annotation] = store.annotations("a1")
        assert annotation.quote == "The minister"
        assert [t.name for t in store.tags()][:1] == ["key"]  # the default tag set


def test_migrations_run_in_order_up_to_the_current_version(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def v4_to_v5(data: store_schema.Data, _path: Path, _root: Path) -> store_schema.Data:
        assert data["articles"] == {} and data["checked"] == {}  # earlier ones ran first
        for doc in data["annotations"].values():
            doc["note"] = doc["note"].upper()
        return data

    monkeypatch.setattr(store_schema, "SCHEMA_VERSION", 5)
    monkeypatch.setitem(store_schema.MIGRATIONS, 4, v4_to_v5)
    data = orjson.loads((FIXTURES / "store_v0.json").read_bytes())
    upgraded, found = store_schema.upgrade(data, path, path.parent)
    assert found == 0
    assert upgraded["_meta"]["store"]["schema_version"] == 5
    notes = {doc["note"] for doc in upgraded["annotations"].values()}
    assert notes == {"CHECK THE FIGURE", ""}


# -- text no UTF-8 file can hold -----------------------------------------------------------


def test_a_lone_surrogate_is_saved_as_a_replacement_and_never_blocks_later_saves(
    path: Path,
) -> None:
    """A str may hold lone surrogates (a script's text, a name decoded with surrogateescape);
    UTF-8 cannot. Refusing them at save would fail that save and every later one."""
    body = "Bad \udcff byte in a body, and the rest of the text."
    with Store(path) as store:
        annotation = store.add_annotation("a1", body, 0, 12, note="note \ud800")
        assert not store.unsaved
        store.set_state("a1", "read")
        in_memory = store.annotation(annotation.id)
        assert in_memory is not None and in_memory.quote == "Bad \ufffd byte i"
    with Store(path) as reopened:
        [saved] = reopened.annotations()
        assert (saved.quote, saved.note) == ("Bad \ufffd byte i", "note \ufffd")
        assert reopened.state("a1") == "read"


@pytest.mark.parametrize("bad", ["\udcff", "a\ud800b"])
def test_ids_with_lone_surrogates_are_refused_before_anything_changes(path: Path, bad: str) -> None:
    with Store(path) as store:
        before = path.read_bytes()
        with pytest.raises(StoreInputError, match="article id"):
            store.set_state(bad, "read")
        with pytest.raises(StoreInputError, match="article id"):
            store.add_annotation(bad, BODY, 0, 4)
        assert path.read_bytes() == before
