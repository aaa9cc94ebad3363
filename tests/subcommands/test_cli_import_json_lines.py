"""`reader import` takes back the Prodigy (`jsonl`) and doccano files `reader export` writes:
exported, imported into a fresh workspace holding a copy of the dump, and exported again,
the bytes are the same; what Prodigy or doccano added comes in; a bad line changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest

from reader.dumps.load import load_dump
from reader.store import Store
from tests.conftest import SEED
from tests.subcommands.import_support import run as _run
from tests.subcommands.import_support import seeded_workspace as _workspace
from tests.subcommands.import_support import worked_workspace

FORMATS = ("jsonl", "doccano")


@pytest.fixture
def worked(tmp_path: Path) -> Path:
    """A workspace whose store holds tagged, noted, untagged and overlapping annotations on
    both articles of the seed dump, and every decision."""
    return worked_workspace(tmp_path / "one")


@pytest.mark.parametrize("fmt", FORMATS)
def test_exported_imported_into_a_fresh_workspace_and_exported_again_the_same_bytes(
    worked: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    exported, again = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
    assert _run(worked, "export", "-f", fmt, "-o", str(exported)) == 0
    fresh = _workspace(tmp_path / "two")
    capsys.readouterr()
    assert _run(fresh, "import", str(exported)) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"imported {fmt}: 5 added, 0 updated, 0 unchanged, 0 orphaned")
    assert "2 states" in said
    assert _run(fresh, "export", "-f", fmt, "-o", str(again)) == 0
    assert again.read_bytes() == exported.read_bytes()
    assert _run(fresh, "import", str(exported)) == 0  # twice: nothing changes
    assert "0 added, 0 updated, 5 unchanged" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", FORMATS)
def test_imported_back_into_the_workspace_that_wrote_it_nothing_is_added(
    worked: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A doccano label has no annotation id: it comes back named by its place, and over the
    same characters as an annotation the store holds it is that one (review21: each was
    added again, and the json export then listed every span twice)."""
    exported, again = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
    assert _run(worked, "export", "-f", fmt, "-o", str(exported)) == 0
    capsys.readouterr()
    assert _run(worked, "import", str(exported)) == 0
    assert "0 added, 0 updated, 5 unchanged" in capsys.readouterr().out
    assert _run(worked, "export", "-f", fmt, "-o", str(again)) == 0
    assert again.read_bytes() == exported.read_bytes()


def _lines(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def _write(path: Path, lines: list[dict[str, object]]) -> None:
    path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))


def test_spans_added_in_prodigy_come_in_and_the_stores_own_stay(
    worked: Path, tmp_path: Path
) -> None:
    """A span Prodigy's annotator added has no annotation id: it is named by its offsets (a
    tag: its label is no entity label, `test_cli_import_entities`);
    a label changed in Prodigy on an annotation the store holds is added to the store's,
    which stay (no times say which is newer: nothing is taken away)."""
    exported = tmp_path / "one.jsonl"
    assert _run(worked, "export", "-f", "jsonl", "-o", str(exported)) == 0
    tasks = _lines(exported)
    first = tasks[0]
    first["spans"].append({"start": 70, "end": 80, "label": "speaker"})  # type: ignore[attr-defined]
    first["spans"][0]["label"] = "changed"  # type: ignore[index]
    _write(exported, tasks)
    assert _run(worked, "import", str(exported)) == 0
    article_id = first["meta"]["article_id"]  # type: ignore[index]
    with Store(worked / "annotations" / "reader.json", root=worked) as store:
        added = store.annotation(f"{article_id}-70-80")
        kept = store.annotation(first["spans"][0]["annotation_id"])  # type: ignore[index]
    assert (
        added is not None
        and added.tags == ("speaker",)
        and added.quote == (load_dump(worked / "seeds" / SEED.name)[0].body[70:80])
    )
    assert kept is not None and kept.tags == ("key", "claim", "changed")


def test_a_doccano_projects_labels_come_in_by_their_offsets(worked: Path, tmp_path: Path) -> None:
    """doccano's export keeps an example's other keys (`article_id` among them): a label
    added there is an annotation, several over the same characters one with their tags."""
    exported = tmp_path / "one.jsonl"
    assert _run(worked, "export", "-f", "doccano", "-o", str(exported)) == 0
    examples = _lines(exported)
    examples[1]["label"] += [[30, 35, "source"], [30, 35, "key"]]  # type: ignore[operator]
    _write(exported, examples)
    assert _run(worked, "import", str(exported)) == 0
    with Store(worked / "annotations" / "reader.json", root=worked) as store:
        added = store.annotation(f"{examples[1]['article_id']}-30-35")
    assert added is not None and added.tags == ("source", "key")


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ({"text": "One.", "label": [[0, 3, "key"]]}, "line 1.article_id: required but missing"),
        ({"text": "One.", "label": [[0, 9, "key"]], "article_id": "a"}, r"label\[0\]: expected"),
        ({"text": "One.", "label": [[0, 3]], "article_id": "a"}, r"expected \[start, end"),
        ({"text": "One.", "spans": [], "meta": {"article_id": "a", "state": "x"}}, "state"),
        ({"text": "One.", "spans": [{"start": 0, "end": 2}], "meta": {"article_id": "a"}}, "label"),
        ({"text": "One.", "other": 1}, "JSON Lines, but not Prodigy tasks or doccano examples"),
    ],
)
def test_a_bad_line_is_named_and_changes_nothing(
    worked: Path,
    tmp_path: Path,
    line: dict[str, object],
    problem: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad.jsonl"
    _write(bad, [line, line])
    store = worked / "annotations" / "reader.json"
    before = store.read_bytes()
    assert _run(worked, "import", str(bad)) != 0
    (said,) = capsys.readouterr().err.splitlines()
    assert said.startswith(f"reader: {bad}: ") and re.search(problem, said)
    assert store.read_bytes() == before


def test_an_error_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _workspace(tmp_path / "w")
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "One.", "label": [], "article_id": "a"}\n{"text": 1\n')
    assert _run(root, "import", str(bad)) != 0
    assert "bad.jsonl: line 2: not valid JSON" in capsys.readouterr().err


def test_prodigys_answer_is_not_a_triage_decision(tmp_path: Path) -> None:
    """An annotator who rejects a task's wrong span does not discard the article: without
    the line's own state, none is set."""
    root = _workspace(tmp_path / "w")
    first, _ = load_dump(root / "seeds" / SEED.name)
    tasks = tmp_path / "prodigy.jsonl"
    meta = {"article_id": first.id}
    _write(tasks, [{"text": first.body, "spans": [], "answer": "reject", "meta": meta}])
    assert _run(root, "import", str(tasks)) == 0
    with Store(root / "annotations" / "reader.json", root=root) as store:
        assert store.states() == {}
