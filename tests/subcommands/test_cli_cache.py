"""`reader cache`: stats and clear, as flags or as actions of the group."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from reader.analysis import Analysis, Entity
from reader.cli import main
from reader.nlp.cache import EntityCache
from reader.workspace import Workspace

_ANALYSIS = Analysis((Entity(0, 5, "PERSON"),), ((0, 9),))


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "ws")
    cache = EntityCache(workspace.cache_dir)
    cache.put_many("model_a@1.0", [(b"k1", _ANALYSIS), (b"k2", _ANALYSIS)])
    cache.put("model_b@2.0", b"k1", _ANALYSIS)
    cache.close()
    return workspace


def _json(capsys: pytest.CaptureFixture[str]) -> dict:
    return orjson.loads(capsys.readouterr().out)


@pytest.mark.parametrize("argv", [["cache"], ["cache", "--stats"], ["cache", "stats"]])
def test_cache_stats_counts_results_per_pipeline(
    argv: list[str], workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--workspace", str(workspace.root)]) == 0
    out = capsys.readouterr().out
    assert "3 cached results" in out
    assert "model_a@1.0" in out
    assert "model_b@2.0" in out


def test_cache_stats_as_json(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--workspace", str(workspace.root), "cache", "stats", "--json"]) == 0
    stats = _json(capsys)
    assert stats["rows"] == 3
    assert [(p["pipeline"].split("#")[0], p["rows"]) for p in stats["pipelines"]] == [
        ("model_a@1.0", 2),
        ("model_b@2.0", 1),
    ]


@pytest.mark.parametrize("argv", [["cache", "--clear"], ["cache", "clear"]])
def test_cache_clear_empties_it(
    argv: list[str], workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--workspace", str(workspace.root)]) == 0
    assert "cleared 3 cached results" in capsys.readouterr().out
    assert EntityCache(workspace.cache_dir).stats().rows == 0


def test_two_actions_at_once_are_refused(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["cache", "--clear", "stats", "--workspace", str(workspace.root)]) == 2
    assert capsys.readouterr().err == "reader: --clear and stats: choose one\n"
    assert EntityCache(workspace.cache_dir).stats().rows == 3


def test_a_cache_file_with_escapes_in_its_names_prints_them_safely(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pipeline's name and the file's come from outside: an imported cache's names and
    the path asked for reached the terminal raw (ESC ] 0; retitles the window)."""
    hostile = tmp_path / "ws2"
    cache = EntityCache(Workspace.open(hostile).cache_dir)
    cache.put("\x1b]0;pwned\x07model@1", b"k1", _ANALYSIS)
    cache.close()
    moved = tmp_path / "rows\x1b[2J.db"
    assert main(["cache", "export", str(moved), "--workspace", str(hostile)]) == 0
    assert main(["cache", "import", str(moved), "--workspace", str(workspace.root)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert out.count("\u241b]0;pwned\u2407model@1") == 2 and out.count("rows\u241b[2J.db") == 2
