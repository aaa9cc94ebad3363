"""`reader duplicates`: the stories told more than once, for people and for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import NEWS


def _dumps(tmp_path: Path) -> tuple[Path, Path]:
    """Two dumps: the fixture stories, and a reprint of two of them (trimmed, re-headed)."""
    stories = [p.read_text(encoding="utf-8").strip() for p in sorted(NEWS.glob("*.txt"))]
    first = tmp_path / "wire.txt"
    first.write_text("\n\n\n".join(stories) + "\n", encoding="utf-8")
    court, health = stories[6], stories[7]
    paras = court.split("\n\n")
    trimmed = "\n\n".join(paras[: max(3, len(paras) * 2 // 3)])
    renamed = "Health officials sound the alarm\n\n" + health.split("\n\n", 1)[1]
    second = tmp_path / "web.txt"
    second.write_text(trimmed + "\n\n\n" + renamed + "\n", encoding="utf-8")
    return first, second


def test_json_names_each_story_and_its_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _dumps(tmp_path)
    assert main(["duplicates", str(first), str(second), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["articles"] == 10
    assert document["duplicates"] == 2
    assert len(document["stories"]) == 2
    for story in document["stories"]:
        first_version, later = story["versions"]
        assert story["id"] == first_version["id"]
        assert first_version["sources"] == [str(first)]
        assert later["sources"] == [str(second)]
    titles = [s["versions"][1]["title"] for s in document["stories"]]
    assert "Health officials sound the alarm" in titles


def test_plain_output_lists_stories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _dumps(tmp_path)
    assert main(["duplicates", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.count("story ") == 2 and "×2" in out
    assert "web.txt" in out and "wire.txt" in out
    assert out.rstrip().endswith(
        "2 stories told more than once; 2 of 10 articles are later versions"
    )


def test_a_strict_threshold_finds_fewer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = _dumps(tmp_path)
    assert main(["duplicates", str(first), str(second), "--json", "--threshold", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["duplicates"] <= 2
    assert main(["duplicates", str(first), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["stories"] == []


@pytest.mark.parametrize("value", ["0", "1.5", "half"])
def test_a_bad_threshold_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    first, _ = _dumps(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(["duplicates", str(first), "--threshold", value])
    assert exit_.value.code == 2
    assert "threshold" in capsys.readouterr().err


def test_missing_dump_and_empty_dump_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["duplicates", str(tmp_path / "nowhere.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["duplicates", str(empty)]) == 1
    assert "no articles" in capsys.readouterr().err.splitlines()[-1]
