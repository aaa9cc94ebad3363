"""Which files beside a store are its own (the export guard refuses to write those)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.store import Store, is_store_file
from reader.store._storage import temp_name

STORE = Path("/work/annotations/reader.json")
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    "name",
    [
        "reader.json",
        "reader.json.lock",
        "reader.json.changes",
        "reader.json.checked",
        "reader.json.snapshot",
        "reader.json.snapshot-runs",
        "reader.json.v3.20261206T181500123Z.bak",
        ".reader.json.4242-0a1b2c3d4e5f.tmp",
        ".reader.json.snapshot.4242-0a1b2c3d4e5f.tmp",
    ],
)
def test_the_store_and_the_files_it_keeps_beside_itself_are_its_own(name: str) -> None:
    assert is_store_file(STORE, STORE.with_name(name))


@pytest.mark.parametrize(
    "name",
    ["reader.json.2026.json", "reader.json.bak", "reader.jsonl", "reader.json.v3.bak", "x.json"],
)
def test_a_file_that_only_starts_with_the_stores_name_is_not(name: str) -> None:
    assert not is_store_file(STORE, STORE.with_name(name))


def test_the_temp_files_of_its_atomic_writes_are_its_own() -> None:
    assert is_store_file(STORE, temp_name(STORE))
    assert is_store_file(STORE, temp_name(STORE.with_name("reader.json.snapshot")))


def test_another_folders_file_of_the_same_name_is_not() -> None:
    assert not is_store_file(STORE, Path("/work/exports/reader.json"))


def test_a_backup_the_store_makes_when_it_upgrades_is_one_of_its_own(tmp_path: Path) -> None:
    """The name `Store` gives its pre-upgrade copy is one `is_store_file` knows."""
    path = tmp_path / "reader.json"
    shutil.copy(FIXTURES / "store_v1.json", path)
    Store(path).close()
    [backup] = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert is_store_file(path, backup)
