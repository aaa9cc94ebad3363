"""The checked note: a store file this code wrote is not checked document by document again,
and any other file is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.store import Store, StoreError, _storage, schema
from reader.store._changelog import log_path
from reader.store._checked import note_path

BODY = "The committee met on Tuesday. It adjourned without a vote."


@pytest.fixture
def path(tmp_path: Path) -> Path:
    store_path = tmp_path / "reader.json"
    with Store(store_path) as store:
        store.add_annotation("a1", BODY, 0, 13, tags=["claim"])
        store.add_annotation("a1", BODY, 14, 30)
    return store_path


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The annotation ids the next opening checks one by one."""
    seen: list[str] = []
    check = schema._annotation_fine

    def spy(key: str, doc: dict) -> bool:
        seen.append(key)
        return check(key, doc)

    monkeypatch.setattr(schema, "_annotation_fine", spy)
    return seen


def _edit_keeping_identity(path: Path, old: bytes, new: bytes) -> None:
    """Changes the file in place with its size and modification time kept (what no editor
    does), so only the note can tell whether the documents were checked."""
    assert len(old) == len(new)
    before = path.stat()
    raw = path.read_bytes()
    assert old in raw
    with path.open("r+b") as file:
        file.write(raw.replace(old, new, 1))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_ino == before.st_ino


def test_a_file_the_store_wrote_opens_without_checking_each_document(
    path: Path, checks: list[str]
) -> None:
    assert note_path(path).is_file()
    with Store(path, read_only=True) as store:
        assert len(store.annotations()) == 2
    assert checks == []
    _edit_keeping_identity(path, b'"orphaned":false', b'"orphaned":"no!"')
    Store(path, read_only=True).close()  # the same identity: still trusted
    assert checks == []


def test_a_file_changed_since_is_checked(path: Path, checks: list[str]) -> None:
    path.write_bytes(path.read_bytes().replace(b'"orphaned":false', b'"orphaned":"no"', 1))
    with pytest.raises(StoreError, match="orphaned"):
        Store(path, read_only=True)
    assert checks


def test_a_note_that_does_not_parse_means_a_check(path: Path, checks: list[str]) -> None:
    note_path(path).write_bytes(b'{"reader-checked": 1, "sche')
    Store(path, read_only=True).close()
    assert len(checks) == 2


def test_a_note_of_another_schema_version_means_a_check(path: Path, checks: list[str]) -> None:
    note_path(path).write_bytes(note_path(path).read_bytes().replace(b'"schema":', b'"schema":9'))
    Store(path, read_only=True).close()
    assert len(checks) == 2


def test_saves_in_the_change_log_mean_a_check_until_the_store_is_rewritten(
    path: Path, checks: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_storage, "LOG_FROM", 0)
    writer = Store(path)
    writer.add_annotation("a2", BODY, 0, 13)
    assert log_path(path).stat().st_size > 0
    Store(path, read_only=True).close()
    assert len(checks) == 3
    writer.close()  # folds the log into a new file, which it notes
    checks.clear()
    Store(path, read_only=True).close()
    assert checks == []


def test_a_checked_file_without_a_note_is_noted_by_a_writer(path: Path, checks: list[str]) -> None:
    note_path(path).unlink()
    Store(path, read_only=True).close()
    assert not note_path(path).exists()  # a read-only opening writes nothing
    Store(path).close()
    assert len(checks) == 4
    checks.clear()
    Store(path, read_only=True).close()
    assert checks == []
