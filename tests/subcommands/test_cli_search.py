"""`reader search`: the TUI's `/` query from a shell, fields and all, plain and --json."""

from __future__ import annotations

import json
from pathlib import Path
from unittest.mock import patch

import pytest

from reader.cli import main
from reader.dumps.load import load_dump
from reader.library.triage import Triage
from reader.store import Store
from tests.conftest import NEWS


def _stories() -> list[str]:
    return [p.read_text(encoding="utf-8").strip() for p in sorted(NEWS.glob("*.txt"))]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """seeds/wire.txt holds the eight fixture stories, seeds/web.txt a re-headed reprint
    of the health story; the central bank story is starred and tagged, the court one
    carries a note, and the reprint's first version (on the wire) is kept."""
    stories = _stories()
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "wire.txt").write_text("\n\n\n".join(stories) + "\n", encoding="utf-8")
    reprint = "Health officials sound the alarm\n\n" + stories[7].split("\n\n", 1)[1]
    (seeds / "web.txt").write_text(reprint + "\n", encoding="utf-8")
    wire = load_dump(seeds / "wire.txt")
    with Store(tmp_path / "annotations" / "reader.json") as store:
        store.set_state(wire[0].id, "starred")
        store.add_annotation(wire[0].id, wire[0].body, 0, 9, tags=["Rates watch"])
        store.add_annotation(wire[6].id, wire[6].body, 0, 10, note="ask the clerk for filings")
        store.set_state(wire[7].id, "kept")
    return tmp_path


def _search(workspace: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(["search", "--json", "--workspace", str(workspace), *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_words_find_articles_with_where_and_the_text_around(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (hit,) = _search(workspace, capsys, "lagarde signalled")
    assert hit["title"].startswith("European Central Bank holds rates")
    assert hit["source"] == str(workspace / "seeds" / "wire.txt") and hit["index"] == 0
    assert (hit["state"], hit["field"], hit["annotation"], hit["story"]) == (
        "starred",
        "body",
        None,
        None,
    )
    assert "Lagarde signalled" in hit["snippet"]


def test_fields_narrow_as_the_tui_search_does(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    starred = _search(workspace, capsys, "state:starred")
    assert [hit["index"] for hit in starred] == [0]
    tagged = _search(workspace, capsys, 'tag:"rates WATCH"')
    assert [hit["id"] for hit in tagged] == [starred[0]["id"]]
    titled = _search(workspace, capsys, "title:court")
    assert [hit["title"][:13] for hit in titled] == ["Supreme Court"]
    assert _search(workspace, capsys, "lagarde lang:fr") == []


def test_the_hits_are_the_domain_search_s_in_the_list_s_order(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A thin shell: the ids and fields `Triage.search` gives, one record each."""
    articles = [
        *load_dump(workspace / "seeds" / "web.txt"),
        *load_dump(workspace / "seeds" / "wire.txt"),
    ]
    with Store(workspace / "annotations" / "reader.json", read_only=True) as store:
        expected = [(h.article_id, h.field) for h in Triage(store, articles).search("the")]
    found = _search(workspace, capsys, "the")
    assert sorted((hit["id"], hit["field"]) for hit in found) == sorted(expected)
    assert len(found) >= 9


def test_a_note_is_found_and_named(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (hit,) = _search(workspace, capsys, "clerk filings")
    assert hit["field"] == "note" and hit["annotation"]
    assert hit["snippet"] == "ask the clerk for filings"
    assert hit["title"].startswith("Supreme Court")


def test_a_reprint_s_state_is_its_story_s(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The web reprint was never decided; its first version on the wire was kept: the
    list shows the story kept, and `state:kept` finds both versions."""
    kept = _search(workspace, capsys, "state:kept")
    assert sorted(Path(hit["source"]).name for hit in kept) == ["web.txt", "wire.txt"]
    assert {hit["state"] for hit in kept} == {"kept"}
    assert len({hit["story"] for hit in kept}) == 1 and kept[0]["story"]
    assert _search(workspace, capsys, "alarm state:new") == []


def test_a_story_is_in_the_decision_set_last_on_any_version(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The web reprint (the story's first version, web.txt listing first) discarded, then
    its wire version starred: the story was searched as discarded, its first decided
    version's state. The decision set last is the story's, as the list shows it."""
    (web,) = load_dump(workspace / "seeds" / "web.txt")
    wire = load_dump(workspace / "seeds" / "wire.txt")
    times = iter(["2026-01-01T00:00:01.000Z", "2026-01-01T00:00:02.000Z"])
    with (
        patch("reader.store.store.now_iso", side_effect=lambda: next(times)),
        Store(workspace / "annotations" / "reader.json") as store,
    ):
        store.set_state(web.id, "discarded")
        store.set_state(wire[7].id, "starred")
    found = _search(workspace, capsys, "state:starred alarm")
    assert sorted(Path(hit["source"]).name for hit in found) == ["web.txt", "wire.txt"]
    assert {hit["state"] for hit in found} == {"starred"}
    assert _search(workspace, capsys, "state:discarded") == []


def test_a_query_of_fields_alone_says_which_field_let_each_hit_through(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`tag:` hits were labelled "title" and showed the body's first words: the label
    says where the article matched, and a tag hit shows the tag on its passage."""
    (tagged,) = _search(workspace, capsys, 'tag:"rates watch"')
    assert (tagged["field"], tagged["snippet"]) == ("tag", "Rates watch")
    assert (tagged["start"], tagged["end"]) == (0, 11) and tagged["annotation"]
    assert {hit["field"] for hit in _search(workspace, capsys, "state:new")} == {"state"}
    assert {hit["field"] for hit in _search(workspace, capsys, "lang:en state:new")} == {"lang"}
    assert {hit["field"] for hit in _search(workspace, capsys, "title:court")} == {"title"}
    (worded,) = _search(workspace, capsys, 'lagarde tag:"rates watch"')
    assert worded["field"] == "body", "words say where the words are"


def test_plain_output_is_one_line_a_hit_then_the_count(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wire = str(workspace / "seeds" / "wire.txt")
    assert main(["search", wire, "lagarde", "--workspace", str(workspace)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("wire.txt #0  starred    European Central Bank")
    assert "  body   " in lines[0] and "Lagarde" in lines[0]
    assert lines[1] == "1 hit in 1 article"


def test_plain_output_lines_its_columns_up_across_dumps(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "health", "--workspace", str(workspace)]) == 0
    lines = capsys.readouterr().out.splitlines()[:-1]
    names = {line.split(" #")[0] for line in lines}
    assert names == {"wire.txt", "web.txt"}, lines
    assert len({line.index("  body  ") for line in lines}) == 1, lines


def test_whole_words_leave_out_longer_words(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _search(workspace, capsys, "infla")
    assert _search(workspace, capsys, "infla", "--whole-words") == []
    assert _search(workspace, capsys, r"\<infla\>") == []


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("  ", "the query is empty"),
        ("state:gone", "no state “gone”: use new, read"),
        ("state:", "state: needs one of new, read"),
        ("strike lang:", "lang: needs a language's code, as lang:fr"),
    ],
)
def test_a_query_that_cannot_find_is_a_one_line_error(
    workspace: Path, capsys: pytest.CaptureFixture[str], query: str, said: str
) -> None:
    assert main(["search", "--workspace", str(workspace), query]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"reader: {said}") and captured.err.count("\n") == 1


def test_a_missing_dump_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.txt"
    assert main(["search", str(missing), "strike"]) == 1
    assert capsys.readouterr().err == f"reader: {missing}: no such file\n"
