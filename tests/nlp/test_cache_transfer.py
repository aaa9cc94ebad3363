"""Cache export and import: rows move whole, merge without loss, bad files change nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.analysis import Analysis, Entity
from reader.cli import main
from reader.nlp.cache import CACHE_FILE, EntityCache
from reader.nlp.cache_transfer import CacheTransferError, export_cache, import_cache

MODEL = "model@1"


def _analysis(label: str) -> Analysis:
    return Analysis((Entity(0, 5, label),), ((0, 10),))


def _fill(folder: Path, rows: dict[bytes, Analysis], pipeline: str = MODEL) -> None:
    cache = EntityCache(folder)
    cache.put_many(pipeline, rows.items())
    cache.close()


def test_export_then_import_moves_every_row(tmp_path: Path) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    _fill(here, {b"a" * 16: _analysis("GPE"), b"b" * 16: _analysis("ORG")})
    _fill(here, {b"c" * 16: _analysis("PERSON")}, pipeline="other@2")
    _fill(there, {b"a" * 16: _analysis("GPE"), b"d" * 16: _analysis("DATE")})
    exported = export_cache(here, tmp_path / "rows.sqlite3")
    assert exported.rows == 3
    assert [p.split("#")[0] for p in exported.pipelines] == ["model@1", "other@2"]
    imported = import_cache(there, tmp_path / "rows.sqlite3")
    assert (imported.rows, imported.added) == (3, 2)
    cache = EntityCache(there)
    found = cache.get_many(MODEL, [b"a" * 16, b"b" * 16, b"d" * 16])
    assert found == {
        b"a" * 16: _analysis("GPE"),
        b"b" * 16: _analysis("ORG"),
        b"d" * 16: _analysis("DATE"),
    }
    assert cache.get_many("other@2", [b"c" * 16]) == {b"c" * 16: _analysis("PERSON")}
    assert import_cache(there, tmp_path / "rows.sqlite3").added == 0


def test_a_copied_cache_file_imports_too(tmp_path: Path) -> None:
    _fill(tmp_path / "a", {b"a" * 16: _analysis("GPE")})
    assert import_cache(tmp_path / "b", tmp_path / "a" / CACHE_FILE).added == 1


@pytest.mark.parametrize("content", [b"", b"not sqlite at all" * 100])
def test_a_file_that_is_not_an_export_changes_nothing(tmp_path: Path, content: bytes) -> None:
    _fill(tmp_path / "cache", {b"a" * 16: _analysis("GPE")})
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(CacheTransferError, match="not a reader cache export"):
        import_cache(tmp_path / "cache", bad)
    assert EntityCache(tmp_path / "cache").get_many(MODEL, [b"a" * 16]) == {
        b"a" * 16: _analysis("GPE")
    }


def test_another_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE people (name TEXT)")
    connection.close()
    with pytest.raises(CacheTransferError, match="no table of cached analyses"):
        import_cache(tmp_path / "cache", other)


def test_nothing_to_export_or_no_folder_to_export_into_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CacheTransferError, match="no entity cache to export"):
        export_cache(tmp_path, tmp_path / "out.sqlite3")
    assert not (tmp_path / "out.sqlite3").exists()
    _fill(tmp_path / "cache", {b"a" * 16: _analysis("GPE")})
    with pytest.raises(CacheTransferError, match=f"no folder {tmp_path / 'gone'}: make it"):
        export_cache(tmp_path / "cache", tmp_path / "gone" / "out.sqlite3")


def test_cli_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(tmp_path / "one" / "annotations" / ".cache", {b"a" * 16: _analysis("GPE")})
    export = tmp_path / "rows.sqlite3"
    assert main(["cache", "export", str(export), "--workspace", str(tmp_path / "one")]) == 0
    assert capsys.readouterr().out.startswith("exported 1 cached analysis to ")
    assert main(["cache", "--workspace", str(tmp_path / "two"), "import", str(export)]) == 0
    assert capsys.readouterr().out.startswith("imported 1 new cached analysis of 1 in ")
    assert main(["cache", "import", str(tmp_path / "missing")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["cache", "--workspace", str(tmp_path / "two")]) == 0  # no action: stats
    assert "1 cached result" in capsys.readouterr().out
