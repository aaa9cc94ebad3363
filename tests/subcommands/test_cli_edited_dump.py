"""Commands read a dump edited on disk since the app last ran as the app will show it: the
work on an edited article is placed in its new text, what cannot be placed is said."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.annotation.reanchor import reanchor_open
from reader.cli import main
from reader.dumps.load import load_dump
from reader.store import Store
from tests.conftest import SEED

SPY = "South Korea’s spy agency"
KIM = "Kim Jong Un"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """The seed dump's first article starred, "South Korea’s spy agency" tagged claim and
    "Kim Jong Un" tagged key, recorded as the app records them; then the dump edited with
    the app closed: a word changed ahead of both passages, and the second passage's name
    taken out."""
    (tmp_path / "seeds").mkdir()
    dump = tmp_path / "seeds" / "wire.txt"
    shutil.copy(SEED, dump)
    first = load_dump(dump)[0]
    with Store(tmp_path / "annotations" / "reader.json", root=tmp_path) as store:
        store.set_state(first.id, "starred")
        at = first.body.index(SPY)
        store.add_annotation(first.id, first.body, at, at + len(SPY), tags=["claim"])
        at = first.body.index(KIM)
        store.add_annotation(first.id, first.body, at, at + len(KIM), tags=["key"])
        reanchor_open(store, load_dump(dump))
    text = dump.read_text().replace("Senior North Korean", "Senior North-Korean")
    dump.write_text(text.replace(f"leader {KIM}", "leader"))
    return tmp_path


def _run(workspace: Path, *argv: str) -> int:
    return main([*argv, "--workspace", str(workspace)])


def test_an_export_places_the_passages_of_an_edited_article_in_its_new_text(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (workspace / "annotations" / "reader.json").read_bytes()
    edited = load_dump(workspace / "seeds" / "wire.txt")[0]
    assert _run(workspace, "export", "--with-text") == 0
    out, err = capsys.readouterr()
    by_id = {a["id"]: a for a in json.loads(out)["articles"]}
    article = by_id.pop(edited.id)
    assert article["state"] == "starred"
    (placed,) = article["annotations"]
    assert edited.body[placed["start"] : placed["end"]] == SPY == placed["quote"]
    (old,) = by_id.values()  # the orphan stays on the text it was made on, named by its record
    assert [a["quote"] for a in old["annotations"]] == [KIM] and old["title"] == edited.title
    assert "1 passage of edited articles could not be found" in err
    assert (workspace / "annotations" / "reader.json").read_bytes() == before


def test_stats_counts_the_star_of_an_edited_article_where_it_is(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(workspace, "stats", "--json") == 0
    counted = json.loads(capsys.readouterr().out)
    assert counted["states"]["starred"] == 1 and counted["triaged"] == 1


def test_an_article_edited_after_the_app_moved_its_star_leaves_no_absent_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app carried the star of an edited article to its new text (the old id is left
    `new`, its first triage kept): the export has the article once, where it is now."""
    (tmp_path / "seeds").mkdir()
    dump = tmp_path / "seeds" / "wire.txt"
    shutil.copy(SEED, dump)
    first = load_dump(dump)[0]
    with Store(tmp_path / "annotations" / "reader.json", root=tmp_path) as store:
        store.set_state(first.id, "starred")
        reanchor_open(store, load_dump(dump))
        dump.write_text(dump.read_text().replace("Senior North Korean", "Senior North-Korean"))
        edited = load_dump(dump)
        assert reanchor_open(store, edited).states == 1
    assert _run(tmp_path, "export") == 0
    exported = json.loads(capsys.readouterr().out)["articles"]
    assert [(a["id"], a["state"]) for a in exported] == [(edited[0].id, "starred")]
