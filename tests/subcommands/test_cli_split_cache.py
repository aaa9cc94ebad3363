"""`reader search`, `stats` and `import` read their dumps through the workspace's split
cache, as `export` and the app do: a command run again, or after the app, splits nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.dumps import load, parts
from reader.dumps.load import load_dump
from reader.store import Store
from tests.conftest import NEWS


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """seeds/wire.txt holds the fixture stories, one of them tagged."""
    stories = [p.read_text(encoding="utf-8").strip() for p in sorted(NEWS.glob("*.txt"))]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "wire.txt").write_text("\n\n\n".join(stories) + "\n", encoding="utf-8")
    wire = load_dump(seeds / "wire.txt")
    with Store(tmp_path / "annotations" / "reader.json") as store:
        store.add_annotation(wire[0].id, wire[0].body, 0, 9, tags=["Rates watch"])
    return tmp_path


def _no_splitter(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: object, **__: object) -> None:
        raise AssertionError("split again: the cache was not read")

    monkeypatch.setattr(load, "split_text", refused)
    monkeypatch.setattr(parts, "split_text", refused)


@pytest.mark.parametrize("command", [["search", "tag:rates"], ["stats", "--predicted"]])
def test_a_command_run_again_reads_the_split_cache(
    command: list[str], workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = [*command, "--workspace", str(workspace)]
    assert main(argv) == 0
    _no_splitter(monkeypatch)
    assert main(argv) == 0


def test_an_import_after_an_export_reads_the_split_cache(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = workspace / "out.json"
    assert main(["export", "-o", str(exported), "--workspace", str(workspace)]) == 0
    _no_splitter(monkeypatch)
    assert main(["import", str(exported), "--dry-run", "--workspace", str(workspace)]) == 0
