"""The json export carries the corrections of the reading and the entity work; `reader
import` restores them in their order, applies them before placing annotations, and says
which of them do not apply in the workspace it imports into. A W3C target names its
dump, where an import places an annotation whose article it does not hold."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from reader.analysis import Entity
from reader.annotation.corrections import (
    apply_corrections,
    break_at,
    record,
    retitle,
    weld_to_previous,
)
from reader.article import Article
from reader.dumps.load import load_dump
from reader.interchange.export import FORMATS, render
from reader.interchange.exporters.selection import collect
from reader.interchange.exporters.w3c import dump_of, dump_urn
from reader.interchange.importer import ImportFileError, import_file
from reader.interchange.importers.corrections import merged_corrections
from reader.interchange.importers.entity_work import merged_edits
from reader.store import StateRecord, Store
from reader.store.records import ArticleCorrection, EntityEdit
from tests.conftest import SEED
from tests.interchange.test_export_json import VALIDATOR


def seed_copy(root: Path) -> Path:
    """A workspace folder holding a copy of the seed dump; the dump's path."""
    (root / "seeds").mkdir(parents=True)
    return Path(shutil.copy(SEED, root / "seeds" / "news.txt"))


def _corrected(store: Store, dump: Path) -> list[Article]:
    return apply_corrections(load_dump(dump), store.article_corrections()).articles


def worked(store: Store, dump: Path) -> list[Article]:
    """Two breaks, a weld of an article the breaks made, a retitle; entity edits, a check,
    annotations and a state on the articles the corrections made. The articles as corrected."""
    first, second = load_dump(dump)
    articles = record(store, [first, second], break_at(second, 9)).articles
    articles = record(store, articles, break_at(articles[2], 10)).articles
    articles = record(store, articles, weld_to_previous(articles, articles[2])).articles
    articles = record(store, articles, retitle(articles[0], "Envoys meet in Pyongyang")).articles
    welded, goals = articles[1], articles[2]
    at = welded.body.index("Trump")
    store.set_entity(welded.id, welded.body, at, at + 5, "PERSON")
    iran = welded.body.index("Iran")
    store.check_entities(welded.id, welded.body, [Entity(iran, iran + 4, "GPE")])
    store.add_annotation(goals.id, goals.body, 0, 20, tags=["key"], note="goals")
    store.add_annotation(welded.id, welded.body, at, at + 5, tags=["claim"])
    store.set_state(goals.id, "starred")
    return articles


def _export(store: Store, articles: list[Article], root: Path, path: Path) -> Path:
    rendered, _ = render(collect(store, articles, root=root), FORMATS["json"])
    assert isinstance(rendered, bytes)
    path.write_bytes(rendered)
    return path


@pytest.fixture
def trip(tmp_path: Path) -> tuple[Path, Path, list[Article]]:
    """An export of a workspace's work (its file), a second workspace's dump (a copy), and
    the first workspace's articles as corrected."""
    here = seed_copy(tmp_path / "one")
    with Store(tmp_path / "one" / "annotations" / "reader.json", root=tmp_path / "one") as store:
        articles = worked(store, here)
        exported = _export(store, articles, tmp_path / "one", tmp_path / "work.json")
    return exported, seed_copy(tmp_path / "two"), articles


def test_the_export_holds_the_corrections_in_order_and_each_article_s_entity_work(
    trip: tuple[Path, Path, list[Article]],
) -> None:
    exported, _, articles = trip
    doc = orjson.loads(exported.read_bytes())
    VALIDATOR.validate(doc)
    assert [c["kind"] for c in doc["corrections"]] == ["break", "break", "weld", "retitle"]
    assert {c["source"] for c in doc["corrections"]} == {"seeds/news.txt"}
    welded = next(a for a in doc["articles"] if a["id"] == articles[1].id)
    assert [(e["kind"], e["label"], e["quote"]) for e in welded["entity_edits"]] == [
        ("accept", "GPE", "Iran"),
        ("label", "PERSON", "Trump"),
    ]  # in text order
    assert welded["checked"].endswith("Z")


def test_an_import_restores_the_corrections_entity_work_and_annotations_on_their_articles(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    exported, dump, articles = trip
    with Store(tmp_path / "one" / "annotations" / "reader.json", root=tmp_path / "one") as one:
        corrections, edits = one.article_corrections(), one.entity_edits()
        checked, annotations = one.checked(), one.annotations()
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        report = import_file(store, exported, load_dump(dump))
        assert (report.corrections, report.entity_edits, report.checks) == (4, 2, 1)
        assert report.not_applied == () and report.elsewhere == 0 and report.orphaned == 0
        assert "4 corrections, 2 entity edits, 1 check added" in report.message()
        assert [a.id for a in _corrected(store, dump)] == [a.id for a in articles]
        assert [(c.id, c.seq, c.source) for c in store.article_corrections()] == [
            (c.id, c.seq, str(dump)) for c in corrections
        ]
        assert store.entity_edits() == edits and store.checked() == checked
        assert store.annotations() == annotations
        assert store.states()[articles[2].id].state == "starred"
        assert store.undo() is not None and store.article_corrections() == []  # one step


def test_importing_twice_changes_nothing(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    exported, dump, _ = trip
    path = tmp_path / "two" / "annotations" / "reader.json"
    with Store(path, root=tmp_path / "two") as store:
        import_file(store, exported, load_dump(dump))
    saved = path.read_bytes()
    with Store(path, root=tmp_path / "two") as store:
        report = import_file(store, exported, load_dump(dump))
        assert (report.corrections, report.entity_edits, report.checks) == (0, 0, 0)
        assert report.unchanged == 2 and report.not_applied == ()
    assert path.read_bytes() == saved


def _correction(ident: str, seq: int) -> ArticleCorrection:
    return ArticleCorrection(ident, seq, "retitle", "/d.txt", "t", "head", "", f"t{ident}", "")


def test_a_new_correction_goes_after_the_file_s_one_before_it_among_the_store_s() -> None:
    mine = [_correction("a", 1), _correction("x", 2), _correction("c", 5)]
    theirs = [_correction("a", 1), _correction("b", 2), _correction("c", 3), _correction("d", 4)]
    merged = merged_corrections(mine, theirs)
    assert [(c.id, c.seq) for c in merged] == [("a", 1), ("b", 2), ("x", 3), ("c", 4), ("d", 5)]
    first = merged_corrections(mine[1:], [_correction("z", 1), *theirs[2:3]])
    assert [c.id for c in first] == ["x", "z", "c"]  # before the file's next one the store has
    assert merged_corrections(mine, theirs[:1]) == mine  # nothing new: the store's as they are


def _made(ident: str, kind: str, title: str = "t", new_title: str = "") -> ArticleCorrection:
    return ArticleCorrection(ident, 0, kind, "/d.txt", title, "head", "before", new_title, "")


def test_a_file_s_equal_corrections_all_apply_and_each_matches_one_of_the_store_s() -> None:
    """Break, weld back, break again: the file holds two equal breaks, and a retitle undone
    and made again two equal retitles; each is a step of its own (review17's finding)."""
    again = [_made("b1", "break"), _made("w", "weld"), _made("b2", "break")]
    assert [c.id for c in merged_corrections([], again)] == ["b1", "w", "b2"]
    retitles = [_made("r1", "retitle", "A", "B"), _made("r2", "retitle", "B", "A")]
    retitles.append(_made("r3", "retitle", "A", "B"))
    assert [c.id for c in merged_corrections([], retitles)] == ["r1", "r2", "r3"]
    mine = [_made("x", "break")]  # the same break made here: it stands for the file's first
    assert [c.id for c in merged_corrections(mine, again)] == ["x", "w", "b2"]


def test_a_weld_made_after_a_break_applies_after_it_into_a_store_with_the_break(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    """The second workspace already holds the first break (imported before) and a retitle
    of its own: the file's second break and weld go after the first break, and apply."""
    exported, dump, articles = trip
    doc = orjson.loads(exported.read_bytes())
    only_first = dict(doc, corrections=doc["corrections"][:1], articles=[])
    early = tmp_path / "early.json"
    early.write_bytes(orjson.dumps(only_first))
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        import_file(store, early, load_dump(dump))
        own = _corrected(store, dump)[2]
        store.add_article_correction(retitle(own, "Mine"))
        report = import_file(store, exported, load_dump(dump))
        assert report.corrections == 3 and report.not_applied == ()
        kinds = [c.kind for c in store.article_corrections()]
        assert kinds == ["break", "break", "weld", "retitle", "retitle"]
        corrected = _corrected(store, dump)
        assert [a.title for a in corrected] == [
            "Envoys meet in Pyongyang",
            articles[1].title,
            articles[2].title,
        ]  # "Mine" was the title of an article the weld replaced: it no longer applies


def test_a_correction_whose_text_is_not_in_this_dump_is_kept_and_reported(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    exported, dump, _ = trip
    dump.write_text(dump.read_text().replace("North Korean and Russian military", "Officials"))
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        report = import_file(store, exported, load_dump(dump))
        (line,) = report.not_applied
        assert line.startswith("retitle “North Korean and Russian military")
        assert line.endswith("its text is not in this workspace's copy of seeds/news.txt")
        assert "1 correction not applied here" in report.message()
        assert len(store.article_corrections()) == 4  # kept, as the app keeps a stale one
        assert report.corrections == 4


def test_corrections_of_a_dump_not_here_are_kept_and_reported(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    exported, dump, _ = trip
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        report = import_file(store, exported, [])
        assert len(report.not_applied) == 4
        assert report.not_applied[0].endswith("its dump seeds/news.txt is not in this workspace")
        assert {c.source for c in store.article_corrections()} == {str(dump)}


def test_a_dump_kept_outside_the_workspace_is_found_by_its_name(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    exported, dump, articles = trip
    doc = orjson.loads(exported.read_bytes())
    for correction in doc["corrections"]:
        correction["source"] = "/elsewhere/on/the/first/machine/news.txt"
    exported.write_bytes(orjson.dumps(doc))
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        assert import_file(store, exported, load_dump(dump)).not_applied == ()
        assert [a.id for a in _corrected(store, dump)] == [a.id for a in articles]


def test_an_imported_break_moves_this_workspace_s_state_to_the_articles_it_makes(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    exported, dump, articles = trip
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        first, _second = load_dump(dump)
        store.set_state(first.id, "kept")
        import_file(store, exported, load_dump(dump))
        assert store.state(articles[0].id) == "kept"  # the retitled first article
        assert first.id not in store.states()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda doc: doc["corrections"][0].update(kind="split"), r"corrections\[0\]\.kind"),
        (lambda doc: doc["corrections"][3].update(new_title=""), r"corrections\[3\]\.new_title"),
        (lambda doc: doc["corrections"][1].update(head=""), r"corrections\[1\]\.head"),
        (lambda doc: doc["corrections"].append(doc["corrections"][0]), "appears twice"),
        (lambda doc: doc.pop("corrections"), "corrections: required"),
        (lambda doc: _edit(doc).update(kind="maybe"), r"entity_edits\[0\]\.kind"),
        (lambda doc: _edit(doc).update(label=""), r"entity_edits\[0\]\.label"),
        (lambda doc: _edit(doc).update(end=0), r"entity_edits\[0\]\.end"),
        (lambda doc: _welded(doc).update(checked="yesterday"), "checked: not an ISO 8601"),
    ],
)
def test_a_bad_correction_or_entity_edit_is_one_error_and_changes_nothing(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]], change: object, problem: str
) -> None:
    exported, dump, _ = trip
    doc = orjson.loads(exported.read_bytes())
    change(doc)  # type: ignore[operator]
    exported.write_bytes(orjson.dumps(doc))
    path = tmp_path / "two" / "annotations" / "reader.json"
    with Store(path, root=tmp_path / "two") as store:
        with pytest.raises(ImportFileError, match=problem) as raised:
            import_file(store, exported, load_dump(dump))
        assert "\n" not in str(raised.value)
        assert store.article_corrections() == [] and store.entity_edits() == []
        assert store.states() == {}


def _welded(doc: dict) -> dict:
    return next(a for a in doc["articles"] if "entity_edits" in a)


def _edit(doc: dict) -> dict:
    return _welded(doc)["entity_edits"][0]


def test_a_version_2_file_is_still_read(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    exported, dump, _ = trip
    doc = orjson.loads(exported.read_bytes())
    del doc["corrections"]
    for item in doc["articles"]:
        item.pop("entity_edits", None)
        item.pop("checked", None)
    exported.write_bytes(orjson.dumps(dict(doc, version=2)))
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        report = import_file(store, exported, load_dump(dump))
        assert report.added == 2 and report.corrections == 0
        assert (report.moved, report.elsewhere) == (2, 0)  # the corrections were not carried:
        _, second = load_dump(dump)  # they go to the articles as split holding their quote
        assert sorted(a.note for a in store.annotations(second.id)) == ["", "goals"]
        assert store.states() == {
            next(a["id"] for a in doc["articles"] if a["state"] == "starred"): StateRecord(
                "starred", next(a["state_changed"] for a in doc["articles"] if a["state_changed"])
            )
        }


def test_a_w3c_import_places_annotations_by_the_dump_each_target_names(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    """W3C carries no corrections: the second workspace holds none of the annotated
    articles, but each target names its dump, whose articles hold the quotes."""
    _, dump, _ = trip
    one = tmp_path / "one"
    with Store(one / "annotations" / "reader.json", root=one) as store:
        rendered, _ = render(
            collect(store, _corrected(store, one / "seeds" / "news.txt"), root=one), FORMATS["w3c"]
        )
    assert isinstance(rendered, bytes)
    items = orjson.loads(rendered)["first"]["items"]
    assert {item["target"]["scope"] for item in items} == {"urn:reader:dump:seeds/news.txt"}
    path = tmp_path / "work.jsonld"
    path.write_bytes(rendered)
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        report = import_file(store, path, load_dump(dump))
        assert (report.added, report.moved, report.elsewhere, report.orphaned) == (2, 2, 0, 0)
        assert "2 placed in another article of their dump" in report.message()
        _, second = load_dump(dump)
        assert sorted(a.quote for a in store.annotations(second.id)) == sorted(
            item["target"]["selector"][0]["exact"] for item in items
        )
        without = [dict(item, target=dict(item["target"], scope="urn:x:y")) for item in items]
        path.write_bytes(orjson.dumps(without))
        store.undo()
        assert import_file(store, path, load_dump(dump)).elsewhere == 2  # an earlier reader's


def test_a_dump_s_path_is_an_iri_in_the_scope_and_comes_back_whole() -> None:
    urn = dump_urn("/home/me/Zürich news/a #1.txt")
    assert urn == "urn:reader:dump:/home/me/Z%C3%BCrich%20news/a%20%231.txt"
    assert dump_of(urn) == "/home/me/Zürich news/a #1.txt"
    assert dump_of("urn:reader:article:x") is None and dump_of("urn:reader:dump:") is None


@pytest.mark.parametrize("file_is_newer", [True, False])
def test_an_entity_edit_overlapping_one_of_the_workspace_s_keeps_the_newer_alone(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]], file_is_newer: bool
) -> None:
    """Two edits over the same characters would stop `reader export -f spacy` (spaCy
    refuses a token in two entities): the newer one stays, as a new edit replaces those
    it overlaps in the app."""
    exported, dump, articles = trip
    doc = orjson.loads(exported.read_bytes())
    if file_is_newer:
        for edit in _welded(doc)["entity_edits"]:
            edit["created"] = "2099-01-01T00:00:00.000Z"
    exported.write_bytes(orjson.dumps(doc))
    early = tmp_path / "early.json"
    early.write_bytes(orjson.dumps(dict(doc, articles=[])))  # the corrections alone
    welded = articles[1]
    at = welded.body.index("Trump")
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        import_file(store, early, load_dump(dump))
        mine = store.set_entity(welded.id, welded.body, at, at + 12, "ORG")
        report = import_file(store, exported, load_dump(dump))
        labels = [(e.quote, e.label) for e in store.entity_edits(welded.id)]
        if file_is_newer:
            assert labels == [("Iran", "GPE"), ("Trump", "PERSON")]
            assert report.entity_edits == 2
        else:
            assert labels == [("Iran", "GPE"), (mine.quote, "ORG")]
            assert report.entity_edits == 1


def test_a_correction_both_workspaces_made_is_held_once(
    tmp_path: Path, trip: tuple[Path, Path, list[Article]]
) -> None:
    """The same break made in each workspace (another id): imported again, the second would
    only be listed as no longer applying, the first having made its articles."""
    exported, dump, articles = trip
    with Store(tmp_path / "two" / "annotations" / "reader.json", root=tmp_path / "two") as store:
        _, second = load_dump(dump)
        store.add_article_correction(break_at(second, 9))
        report = import_file(store, exported, load_dump(dump))
        assert report.corrections == 3 and report.not_applied == ()
        assert [c.kind for c in store.article_corrections()] == [
            "break",
            "break",
            "weld",
            "retitle",
        ]
        assert [a.id for a in _corrected(store, dump)] == [a.id for a in articles]


def _edit_at(ident: str, start: int, end: int, created: str) -> EntityEdit:
    return EntityEdit(ident, "a", start, end, "q", "", "", "label", "ORG", created)


def test_two_of_the_file_s_own_edits_over_the_same_characters_keep_the_newer() -> None:
    """A file reader wrote never holds them; a hand-edited or merged one may."""
    older = _edit_at("f1", 0, 10, "2025-01-01T10:00:00Z")
    newer = _edit_at("f2", 5, 15, "2025-01-01T11:00:00Z")
    assert merged_edits([], [older, newer]) == ([newer], [], [older])
    assert merged_edits([], [newer, older]) == ([newer], [], [older])
    apart = _edit_at("f3", 20, 25, "2025-01-01T09:00:00Z")
    assert merged_edits([older], [newer, apart]) == ([newer, apart], ["f1"], [])
