"""A file without times (Prodigy's `jsonl`, doccano, brat) that names an annotation the store
holds adds the tags it lacks and its note under the store's: the work done in that tool
comes in, the store's own stays, nothing is doubled, and importing it twice adds nothing
more. Before, such an annotation was left as the store held it (no time said which was
newer), and a tag added in the other tool was lost without a word."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from reader.annotation.reanchor import reanchor_open
from reader.dumps.load import load_dump
from reader.store import Store
from tests.conftest import SEED
from tests.subcommands.import_support import run, worked_workspace

Edit = Callable[[Path], None]


def _lines(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def _write(path: Path, lines: list[dict]) -> None:
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))


def _prodigy(path: Path) -> None:
    first, second = _lines(path)
    key = next(span for span in first["spans"] if span["label"] == "key")
    first["spans"].append({**key, "label": "extra"})
    first["spans"].append({**key, "label": "claim"})  # one it holds: not doubled
    first["notes"] = [note for note in first["notes"] if note["start"] != 0]
    second["notes"][0]["note"] = "asked"
    _write(path, [first, second])


def _doccano(path: Path) -> None:
    first, second = _lines(path)
    first["label"] += [[0, 5, "extra"], [0, 5, "claim"]]
    first["notes"] = [note for note in first["notes"] if note[0] != 0]
    second["notes"][0][2] = "asked"
    _write(path, [first, second])


def _brat(folder: Path) -> None:
    first, second = sorted(folder.glob("*.ann"))
    lines = first.read_text(encoding="utf-8").splitlines()
    lines = [line for line in lines if not line.endswith("\tdateline")]
    first.write_text("\n".join([*lines, "T9\textra 0 5\tSEOUL", "T10\tclaim 0 5\tSEOUL", ""]))
    second.write_text(second.read_text(encoding="utf-8").replace("\task\n", "\tasked\n"))


@pytest.mark.parametrize(
    ("fmt", "edit"), [("jsonl", _prodigy), ("doccano", _doccano), ("brat", _brat)]
)
def test_new_tags_and_a_new_note_come_in_and_nothing_else_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, edit: Edit
) -> None:
    root = worked_workspace(tmp_path / "one")
    exported = tmp_path / f"one.{fmt}"
    assert run(root, "export", "-f", fmt, "-o", str(exported)) == 0
    edit(exported)
    capsys.readouterr()
    assert run(root, "import", str(exported)) == 0
    assert "0 added, 2 updated, 3 unchanged" in capsys.readouterr().out
    with Store(root / "annotations" / "reader.json", root=root) as store:
        held = {(a.start, a.end, a.tags, a.note) for a in store.annotations()}
        count = len(store.annotations())
    assert count == 5
    assert (0, 5, ("key", "claim", "extra"), "dateline") in held  # the note kept: none in the file
    assert (12, 20, ("follow-up",), "ask\n\nasked") in held  # the file's note under its own
    assert (3, 40, ("quote",), "") in held
    assert run(root, "import", str(exported)) == 0  # twice: nothing more
    assert "0 added, 0 updated, 5 unchanged" in capsys.readouterr().out


def test_a_note_changed_in_the_store_since_the_export_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No time says which note is newer, so neither is dropped (review22: the file's older
    note replaced the one the user had written since)."""
    root = worked_workspace(tmp_path / "one")
    exported = tmp_path / "one.jsonl"
    assert run(root, "export", "-f", "jsonl", "-o", str(exported)) == 0
    with Store(root / "annotations" / "reader.json", root=root) as store:
        (noted,) = [a for a in store.annotations() if a.note == "ask"]
        store.update_annotation(noted.id, note="newer")
    assert run(root, "import", str(exported)) == 0
    with Store(root / "annotations" / "reader.json", root=root) as store:
        assert store.annotation(noted.id).note == "newer\n\nask"  # type: ignore[union-attr]
    capsys.readouterr()
    assert run(root, "import", str(exported)) == 0
    assert "0 added, 0 updated, 5 unchanged" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["doccano", "jsonl", "brat"])
def test_an_article_edited_since_the_export_gets_no_second_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """Its dump edited, the article has a new id and the app moved its annotations there: a
    span of the file over a passage the store still holds is that annotation, found where
    it is placed (review22: it was placed as new beside it, the export then listing the
    passage twice)."""
    root = worked_workspace(tmp_path / "one")
    exported = tmp_path / f"one.{fmt}"
    assert run(root, "export", "-f", fmt, "-o", str(exported)) == 0
    dump = root / "seeds" / SEED.name
    with Store(root / "annotations" / "reader.json", root=root) as store:
        reanchor_open(store, load_dump(dump))  # the app opened it: where each article is
    dump.write_text(dump.read_text(encoding="utf-8").replace("said Friday", "said on Friday", 1))
    with Store(root / "annotations" / "reader.json", root=root) as store:
        assert reanchor_open(store, load_dump(dump)).moved == 3  # the app opened it again
        before = {(a.article_id, a.start, a.end, a.tags, a.note) for a in store.annotations()}
    capsys.readouterr()
    assert run(root, "import", str(exported)) == 0
    assert "0 added" in capsys.readouterr().out
    with Store(root / "annotations" / "reader.json", root=root) as store:
        after = {(a.article_id, a.start, a.end, a.tags, a.note) for a in store.annotations()}
    assert after == before
