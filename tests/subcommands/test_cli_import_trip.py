"""The trip a user makes to move their work to another machine: `reader export` in one
workspace, `reader import` in a second one holding a copy of the dump; the second then
lists, counts, exports and trains on the same articles as the first."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from reader.cli import main
from reader.store import Store
from reader.subcommands import import_
from tests.interchange.test_import_corrections import seed_copy, worked


@pytest.fixture
def moved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, Path]:
    """The first workspace (with its work), its export, and a second workspace with a copy
    of the dump that imported it."""
    one, two = tmp_path / "one", tmp_path / "two"
    dump = seed_copy(one)
    with Store(one / "annotations" / "reader.json", root=one) as store:
        worked(store, dump)
    exported = tmp_path / "work.json"
    assert _run(one, "export", "-o", str(exported)) == 0
    said = capsys.readouterr().err
    assert "with 4 corrections of the reading, 2 entity edits and 1 check" in said
    seed_copy(two)
    assert _run(two, "import", str(exported)) == 0
    return one, exported, two


def _run(workspace: Path, *argv: str) -> int:
    return main([*argv, "--workspace", str(workspace)])


def _out(capsys: pytest.CaptureFixture[str], workspace: Path, *argv: str) -> str:
    capsys.readouterr()
    assert _run(workspace, *argv) == 0
    return capsys.readouterr().out


def _articles(capsys: pytest.CaptureFixture[str], workspace: Path) -> list[dict]:
    listed = json.loads(_out(capsys, workspace, "articles", str(workspace / "seeds"), "--json"))
    return [{key: value for key, value in a.items() if key != "source"} for a in listed]


def test_the_second_workspace_lists_counts_and_exports_what_the_first_does(
    moved: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    one, exported, two = moved
    assert len(_articles(capsys, one)) == 3
    assert _articles(capsys, two) == _articles(capsys, one)
    stats = _out(capsys, one, "stats", "--json").replace(str(one), str(two))
    assert _out(capsys, two, "stats", "--json") == stats  # the dump's path is each one's
    again = orjson.loads(_out(capsys, two, "export"))
    first = orjson.loads(exported.read_bytes())
    assert dict(again, exported=None) == dict(first, exported=None)


def test_the_import_says_what_it_restored(
    tmp_path: Path, moved: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, exported, _ = moved
    third = tmp_path / "three"
    seed_copy(third)
    out = _out(capsys, third, "import", str(exported))
    assert "2 added" in out and "4 corrections, 2 entity edits, 1 check added" in out
    dump = third / "seeds" / "news.txt"
    dump.write_text(dump.read_text().replace("North Korean and Russian military", "Officials"))
    (third / "annotations" / "reader.json").unlink()
    assert _run(third, "import", str(exported)) == 0
    out, err = capsys.readouterr()
    assert err.startswith("reader: correction not applied here: retitle “North Korean")
    assert "1 correction not applied here (listed)" in out


def test_a_bad_file_is_one_error_line_and_changes_nothing(
    tmp_path: Path, moved: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, exported, two = moved
    doc = orjson.loads(exported.read_bytes())
    doc["corrections"][2]["kind"] = "glue"
    bad = tmp_path / "bad.json"
    bad.write_bytes(orjson.dumps(doc))
    store = two / "annotations" / "reader.json"
    before = store.read_bytes()
    capsys.readouterr()
    assert _run(two, "import", str(bad)) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "corrections[2].kind" in err
    assert store.read_bytes() == before


def test_a_file_that_is_no_export_is_said_before_any_dump_is_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_copy(tmp_path)
    bad = tmp_path / "numbers.json"
    bad.write_text("[1, 2, 3]", encoding="utf-8")

    def split(*args: object, **kwargs: object) -> list[object]:
        raise AssertionError("a dump was split before the file was read")

    monkeypatch.setattr(import_, "cached_readable", split)
    assert _run(tmp_path, "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "numbers.json: not a reader json export" in err


@pytest.mark.slow
def test_the_training_data_travels(
    moved: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    one, _, two = moved
    files = []
    for workspace in (one, two):
        target = workspace / "train.spacy"
        assert _run(workspace, "export", "-f", "spacy", "-o", str(target)) == 0
        assert "exported 1 checked article with 2 entities" in capsys.readouterr().err
        files.append(target.read_bytes())
    assert files[0] == files[1]


def test_dumps_named_outside_seeds_take_the_work(
    tmp_path: Path, moved: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader DIR` opens dumps kept anywhere; the import finds them when named, as
    `reader stats PATH` does, where it looked in seeds/ alone and said of every correction
    that its dump was not in the workspace."""
    one, exported, _ = moved
    three = tmp_path / "three"
    (three / "dumps").mkdir(parents=True)
    dump = three / "dumps" / "news.txt"
    dump.write_bytes(next((one / "seeds").iterdir()).read_bytes())
    capsys.readouterr()
    assert _run(three, "import", str(exported), str(dump.parent)) == 0
    said = capsys.readouterr()
    assert "4 corrections" in said.out and "not applied" not in said.err
    assert _run(three, "import", str(exported)) == 0  # naming none: found where it was seen
    said = capsys.readouterr()
    assert " 0 added," in said.out and "not applied" not in said.err
    listed = json.loads(_out(capsys, three, "articles", str(dump), "--json"))
    titles = [a["title"] for a in _articles(capsys, one)]
    assert [a["title"] for a in listed] == titles
