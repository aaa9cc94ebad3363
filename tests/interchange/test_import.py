"""`reader import`: merge by id, newer wins, idempotent, re-anchored, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reader.article import Article
from reader.interchange.export import FORMATS, render
from reader.interchange.exporters.selection import collect
from reader.interchange.importer import ImportFileError, import_file, parse_import
from reader.store import ArticleRecord, StateRecord, Store, StoreInputError, StoreLocked, Tag
from tests.interchange.export_support import BODY, T0, T1, T2, annotation, article, seeded

ONE = article()


def _export_file(
    tmp_path: Path, store: Store, articles: list[Article], name: str = "e.json"
) -> Path:
    rendered, _ = render(collect(store, articles, with_text=True), FORMATS["json"])
    assert isinstance(rendered, bytes)
    path = tmp_path / name
    path.write_bytes(rendered)
    return path


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    records = [
        annotation(ONE, "budget", ident="b", tags=("claim",), note="v1", updated=T1),
        annotation(ONE, "Monday", ident="m", tags=("key",)),
    ]
    tags = [Tag("claim", "#010203", "7"), Tag("key", "#e5c07b", "1")]
    with seeded(tmp_path / "source.json", records, {ONE.id: StateRecord("kept", T1)}, tags) as s:
        return _export_file(tmp_path, s, [ONE])


def test_importing_into_an_empty_store_restores_everything(tmp_path: Path, exported: Path) -> None:
    with Store(tmp_path / "fresh.json") as store:
        report = import_file(store, exported, [ONE])
        assert (report.added, report.updated, report.unchanged, report.orphaned) == (2, 0, 0, 0)
        assert report.states == 1
        assert store.tags() == [Tag("key", "#e5c07b", "1"), Tag("claim", "#010203", "7")]
        assert store.states() == {ONE.id: StateRecord("kept", T1)}
        assert store.annotation("b") == annotation(
            ONE, "budget", ident="b", tags=("claim",), note="v1", updated=T1
        )
        assert store.undo() is not None  # the whole import is one step …
        assert store.annotations() == [] and store.states() == {}
        assert store.undo() is None  # … and the only one


def test_annotations_of_an_article_in_no_dump_here_are_counted_and_said(
    tmp_path: Path, exported: Path
) -> None:
    """Their article is in none of the workspace's dumps (a correction made it, or its dump
    is elsewhere): kept unplaced, and the summary says so, where it said "0 orphaned"."""
    with Store(tmp_path / "fresh.json") as store:
        report = import_file(store, exported, [], dry_run=True)
        assert (report.added, report.orphaned, report.elsewhere) == (2, 0, 2)
        said = report.message()
        assert "0 orphaned, 2 kept on articles in none of the workspace's dumps;" in said
        placed = import_file(store, exported, [ONE], dry_run=True)
        assert placed.elsewhere == 0 and "dumps" not in placed.message()


def test_importing_twice_changes_nothing(tmp_path: Path, exported: Path) -> None:
    path = tmp_path / "fresh.json"
    with Store(path) as store:
        import_file(store, exported, [ONE])
    before = path.read_bytes()
    with Store(path) as store:
        report = import_file(store, exported, [ONE])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
    assert (report.states, report.tags) == (0, 0)
    assert path.read_bytes() == before
    # doccano names no passage (they come in named by their place), and the json export of
    # the same work, imported after it, doubled every passage: the same span, tags and note
    # under another id are the passage the store holds, counted unchanged
    with Store(tmp_path / "source.json") as source:
        rendered, _ = render(collect(source, [ONE], with_text=True), FORMATS["doccano"])
    (doccano := tmp_path / "e.jsonl").write_bytes(rendered)  # type: ignore[arg-type]
    with Store(tmp_path / "twice.json") as store:
        assert import_file(store, doccano, [ONE]).added == 2
        report = import_file(store, exported, [ONE])
        assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
        assert len(store.annotations()) == 2


def test_the_newer_updated_wins_either_way(tmp_path: Path, exported: Path) -> None:
    older = annotation(ONE, "budget", ident="b", tags=("claim",), note="old", updated=T0)
    newer = annotation(ONE, "Monday", ident="m", tags=("key",), note="mine", updated=T2)
    with seeded(tmp_path / "mine.json", [older, newer]) as store:
        report = import_file(store, exported, [ONE])
        assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
        assert store.annotation("b").note == "v1"  # type: ignore[union-attr]
        assert store.annotation("m").note == "mine"  # type: ignore[union-attr]


def test_times_compare_as_instants_not_as_text(tmp_path: Path) -> None:
    mine = annotation(ONE, "budget", ident="b", note="mine", updated="2025-01-01T12:00:00.000Z")
    doc = orjson.loads(_exported_bytes(tmp_path, [mine]))
    doc["articles"][0]["annotations"][0].update(note="theirs", updated="2025-01-01T13:30:00+02:00")
    path = tmp_path / "tz.json"
    path.write_bytes(orjson.dumps(doc))
    with seeded(tmp_path / "mine.json", [mine]) as store:
        report = import_file(store, path, [ONE])  # 11:30 UTC: older than mine
        assert report.unchanged == 1 and store.annotation("b").note == "mine"  # type: ignore[union-attr]


def _exported_bytes(tmp_path: Path, records: list, states: dict | None = None) -> bytes:
    with seeded(tmp_path / "x.json", records, states) as store:
        return _export_file(tmp_path, store, [ONE], "x-export.json").read_bytes()


def test_states_merge_by_their_time(tmp_path: Path) -> None:
    other = "0123456789abcdef"
    theirs = {ONE.id: StateRecord("discarded", T1), other: StateRecord("read", T0)}
    path = tmp_path / "states.json"
    path.write_bytes(_exported_bytes(tmp_path, [], theirs))
    mine = {ONE.id: StateRecord("starred", T2), other: StateRecord("new", "2024-01-01T00:00:00Z")}
    with seeded(tmp_path / "mine.json", [], mine) as store:
        report = import_file(store, path, [ONE])
        assert report.states == 1
        assert store.states() == {ONE.id: mine[ONE.id], other: theirs[other]}


def test_tags_from_the_file_win_and_take_their_hotkeys(tmp_path: Path, exported: Path) -> None:
    with seeded(tmp_path / "mine.json", [annotation(ONE, "vote", ident="v")]) as store:
        store.put_tag(Tag("mine", "#aaaaaa", "7"))
        report = import_file(store, exported, [ONE])
        tags = {tag.name: tag for tag in store.tags()}
    assert report.tags == 1
    assert tags["claim"] == Tag("claim", "#010203", "7")
    assert tags["mine"] == Tag("mine", "#aaaaaa", None)
    assert "question" in tags  # a store with work keeps its other tags


def test_annotations_are_reanchored_against_the_workspace(tmp_path: Path, exported: Path) -> None:
    edited = Article(ONE.id, ONE.source, 0, ONE.title, "Breaking: " + BODY.replace("Monday", "Tue"))
    with Store(tmp_path / "fresh.json") as store:
        report = import_file(store, exported, [edited])
        moved = store.annotation("b")
        lost = store.annotation("m")
    assert report.orphaned == 1
    assert moved is not None and not moved.orphaned
    assert edited.body[moved.start : moved.end] == "budget"
    assert moved.prefix == edited.body[max(0, moved.start - 32) : moved.start]
    assert lost is not None and lost.orphaned and lost.quote == "Monday"


def test_annotations_of_absent_articles_are_kept_as_they_are(
    tmp_path: Path, exported: Path
) -> None:
    with Store(tmp_path / "fresh.json") as store:
        report = import_file(store, exported, [])
        assert (report.added, report.orphaned) == (2, 0)
        assert store.annotation("m") == annotation(ONE, "Monday", ident="m", tags=("key",))


def test_where_articles_come_from_is_kept_for_the_next_start_and_export(
    tmp_path: Path,
) -> None:
    """The workspace's dump names a present article; an absent one keeps the file's
    record, unless the store recorded it itself."""
    two = article(BODY.replace("Monday", "Friday"), title="Two")
    three = article(BODY.replace("Monday", "Sunday"), title="Three")
    notes = [  # each on its own article's words: none has a home in another
        annotation(a, word, ident=a.title)
        for a, word in ((ONE, "Monday"), (two, "Friday"), (three, "Sunday"))
    ]
    with seeded(tmp_path / "source.json", notes) as source:
        exported = _export_file(tmp_path, source, [ONE, two, three])
    here = replace(ONE, source=str(tmp_path / "seeds" / "a.txt"))
    with Store(tmp_path / "fresh.json") as store:
        store.merge(states={three.id: StateRecord("read", T1)})
        store.remember([replace(three, source="/mine/three.txt")])
        import_file(store, exported, [here])
        assert store.article_records() == {  # relative paths are the workspace's
            ONE.id: ArticleRecord(here.source, ONE.title),
            two.id: ArticleRecord(str(store.root / two.source), "Two"),
            three.id: ArticleRecord("/mine/three.txt", "Three"),
        }


def test_an_article_in_two_dumps_is_recorded_in_the_first_as_the_app_records_it(
    tmp_path: Path, exported: Path
) -> None:
    first, second = (replace(ONE, source=str(tmp_path / "seeds" / n)) for n in ("b.txt", "a.txt"))
    with Store(tmp_path / "fresh.json") as store:
        import_file(store, exported, [first, second])
        assert store.article_records() == {ONE.id: ArticleRecord(first.source, ONE.title)}


def test_a_version_1_export_still_imports_with_its_titles(tmp_path: Path, exported: Path) -> None:
    doc = orjson.loads(exported.read_bytes())
    doc["version"] = 1
    for item in doc["articles"]:
        del item["present"]
    old = tmp_path / "v1.json"
    old.write_bytes(orjson.dumps(doc))
    with Store(tmp_path / "fresh.json") as store:
        assert import_file(store, old, []).added == 2
        in_workspace = str(store.root / ONE.source)  # the export's path relative to it
        assert store.article_records() == {ONE.id: ArticleRecord(in_workspace, ONE.title)}


def test_a_dry_run_reports_without_writing(tmp_path: Path, exported: Path) -> None:
    path = tmp_path / "fresh.json"
    with Store(path) as store:
        before = path.read_bytes()
        report = import_file(store, exported, [ONE], dry_run=True)
        assert report.added == 2 and store.annotations() == []
    assert path.read_bytes() == before


def _corrupt(doc: dict, how: str) -> object:
    first = doc["articles"][0]
    note = first["annotations"][0]
    if how == "end before start":
        note["end"] = note["start"]
    elif how == "tag not text":
        note["tags"] = ["ok", 3]
    elif how == "bad time":
        note["updated"] = "yesterday"
    elif how == "duplicate id":
        first["annotations"][1]["id"] = note["id"]
    elif how == "unknown state":
        first["state"] = "archived"
    elif how == "missing field":
        del note["quote"]
    elif how == "newer version":
        doc["version"] = 4
    elif how == "bad colour":
        doc["tags"][0]["colour"] = "red"
    elif how == "control character in tag":
        note["tags"] = ["bad\x1b[31m"]
    elif how == "not an export":
        return {"hello": "world"}
    elif how == "state without time":
        first["state_changed"] = None
    elif how == "tag twice":
        doc["tags"].append(dict(doc["tags"][0], hotkey=None))
    elif how == "hotkey twice":
        doc["tags"][1]["hotkey"] = doc["tags"][0]["hotkey"]
    return doc


def _bad_and_mine(tmp_path: Path, exported: Path, how: str) -> tuple[Path, Path]:
    """The export spoilt `how` (`_corrupt`), and a store with one annotation to import it
    into."""
    bad = tmp_path / "bad.json"
    bad.write_bytes(orjson.dumps(_corrupt(orjson.loads(exported.read_bytes()), how)))
    path = tmp_path / "mine.json"
    with seeded(path, [annotation(ONE, "vote", ident="v")]):
        pass
    return bad, path


@pytest.mark.parametrize(
    "how",
    [
        "end before start",
        "tag not text",
        "bad time",
        "duplicate id",
        "unknown state",
        "missing field",
        "newer version",
        "bad colour",
        "control character in tag",
        "not an export",
        "state without time",
        "tag twice",
        "hotkey twice",
    ],
)
def test_a_bad_file_is_one_line_and_changes_nothing(
    tmp_path: Path, exported: Path, how: str
) -> None:
    bad, path = _bad_and_mine(tmp_path, exported, how)
    before = path.read_bytes()
    with Store(path) as store, pytest.raises(ImportFileError) as failure:
        import_file(store, bad, [ONE])
    message = str(failure.value)
    assert message.startswith(str(bad)) and "\n" not in message
    assert path.read_bytes() == before
    with Store(path) as store:
        assert store.undo() is not None and store.undo() is None  # only the seeding step


@pytest.mark.parametrize("how", ["control character in tag", "bad colour", "hotkey twice"])
def test_a_dry_run_refuses_what_the_import_would(tmp_path: Path, exported: Path, how: str) -> None:
    """`--dry-run` said "would have imported" a file whose tag names the import refused."""
    bad, path = _bad_and_mine(tmp_path, exported, how)
    before = path.read_bytes()
    with Store(path, read_only=True) as store, pytest.raises(ImportFileError) as failure:
        import_file(store, bad, [ONE], dry_run=True)
    assert str(failure.value).startswith(str(bad))
    assert path.read_bytes() == before


def test_json_lines_of_neither_prodigy_nor_doccano_are_named_as_such() -> None:
    """Given JSON Lines, the error was orjson's "unexpected content after document"; a doccano
    file is read now, one that is not a tool's is named as JSON Lines."""
    other = b'{"title": "One."}\n{"title": "Two."}\n'
    with pytest.raises(ImportFileError, match=r"x.jsonl: JSON Lines, but not Prodigy tasks"):
        parse_import(other, "x.jsonl")
    doccano = b'{"text": "One.", "label": [[0, 3, "key"]], "article_id": "a"}\n'
    two = doccano + doccano.replace(b'"a"', b'"b"')
    assert parse_import(two, "x.jsonl").format == "doccano"
    assert parse_import(doccano, "x.jsonl").annotations[0].id == "a-0-3"  # one line: one object
    # doccano counts UTF-16 units: "One" after "👍 " is 3..6 there, 2..5 in code points
    waved = '{"text": "👍 One.", "label": [[3, 6, "key"]], "article_id": "a"}'.encode()
    [passage] = parse_import(waved, "x.jsonl").annotations
    assert (passage.id, passage.quote) == ("a-2-5", "One")
    with pytest.raises(ImportFileError, match="cut a character in two"):
        parse_import(waved.replace(b"[3, 6", b"[1, 6"), "x.jsonl")
    with pytest.raises(ImportFileError, match="not valid JSON"):
        parse_import(b'{"a": 1\n{"b": 2}\n', "x.json")


def test_not_json_and_not_a_file_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="not valid JSON"):
        parse_import(b"{'a': 1}", "x.json")
    for raw in ("{'a': 1}".encode("utf-16"), "Café".encode("cp1252")):  # the text's fault named
        with pytest.raises(ImportFileError, match=r"not valid JSON \(unexpected character"):
            parse_import(raw, "x.json")
    with pytest.raises(ImportFileError, match="not a reader json export, a W3C"):
        parse_import(b"[1, 2]", "x.json")
    with Store(tmp_path / "s.json") as store:
        with pytest.raises(ImportFileError, match="no such file"):
            import_file(store, tmp_path / "missing.json", [])
        with pytest.raises(ImportFileError, match="is a folder"):
            import_file(store, tmp_path, [])


def test_a_locked_store_refuses_the_import_and_keeps_its_file(
    tmp_path: Path, exported: Path
) -> None:
    path = tmp_path / "mine.json"
    with Store(path) as holder:
        before = path.read_bytes()
        with Store(path) as second, pytest.raises(StoreLocked, match="in use"):
            import_file(second, exported, [ONE])
        assert holder.annotations() == []
    assert path.read_bytes() == before


# -- W3C from other tools ------------------------------------------------------------------


def _w3c(**changes: object) -> dict:
    item = {
        "id": "urn:uuid:1234",
        "type": "Annotation",
        "created": T0,
        "bodyValue": "a plain note",
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
            "http://example.org/a-linked-body",
            {"type": "TextualBody", "purpose": "commenting", "value": "and a comment"},
        ],
        "target": {
            "source": f"urn:reader:article:{ONE.id}",
            "selector": [
                {"type": "TextPositionSelector", "start": 0, "end": 3},
                {"type": "TextQuoteSelector", "exact": "The"},
            ],
        },
    }
    item.update(changes)
    return {"type": "AnnotationPage", "items": [item]}


def test_a_w3c_page_from_another_tool_imports(tmp_path: Path) -> None:
    batch = parse_import(orjson.dumps(_w3c()), "page.json")
    [only] = batch.annotations
    assert (only.id, only.article_id, only.start, only.end) == ("urn:uuid:1234", ONE.id, 0, 3)
    assert only.tags == ("claim",) and only.note == "a plain note\n\nand a comment"
    assert only.updated == T0 and batch.tags is None and batch.states == {}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"target": {"source": "http://example.org/page", "selector": []}}, "urn:reader:article"),
        (
            {"target": {"source": f"urn:reader:article:{ONE.id}", "selector": []}},
            "TextQuoteSelector is needed",
        ),
        ({"created": 5}, "created: expected text"),
        (
            {"target": {"source": f"urn:reader:article:{ONE.id}", "selector": [{"type": []}]}},
            "TextQuoteSelector is needed",
        ),  # a type that is no name: a TypeError's traceback
    ],
)
def test_w3c_annotations_reader_cannot_place_are_refused(changes: dict, problem: str) -> None:
    with pytest.raises(ImportFileError, match=problem):
        parse_import(orjson.dumps(_w3c(**changes)), "page.json")


def test_linked_w3c_pages_are_refused_not_fetched() -> None:
    page = _w3c()
    page["next"] = "http://example.org/page2"
    collection = {"type": "AnnotationCollection", "first": page}
    with pytest.raises(ImportFileError, match="only embedded pages"):
        parse_import(orjson.dumps(collection), "c.json")


# -- Store.merge ---------------------------------------------------------------------------


def test_merge_is_one_write_and_checks_everything_first(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    good = annotation(ONE, "budget", ident="b")
    with Store(path) as store:
        before = path.read_bytes()
        with pytest.raises(StoreInputError, match="colour"):
            store.merge([good], {ONE.id: StateRecord("read", T1)}, [Tag("x", "red", None)])
        assert path.read_bytes() == before and store.annotations() == []
        with pytest.raises(StoreInputError, match="state"):
            store.merge([good], {ONE.id: replace(StateRecord("read", T1), state="gone")})  # type: ignore[arg-type]
        assert store.states() == {}
        store.merge([good], {ONE.id: StateRecord("read", T1)}, [Tag("x", "#ABCDEF", "2")])
        assert store.state(ONE.id) == "read" and store.states()[ONE.id].changed == T1
        assert Tag("x", "#abcdef", "2") in store.tags()
        assert Tag("quote", "#61afef", None) in store.tags()  # its hotkey moved to x
        assert store.undo() is not None and store.annotations() == []


# -- no file crashes the reader ------------------------------------------------------------

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
_VALID = orjson.loads(
    orjson.dumps(
        {
            "format": "reader-annotations",
            "version": 1,
            "exported": T0,
            "offsets": "code points",
            "model": None,
            "tags": [{"name": "key", "colour": "#e5c07b", "hotkey": "1"}],
            "articles": [
                {
                    "id": ONE.id,
                    "title": None,
                    "source": None,
                    "meta": {},
                    "state": "read",
                    "state_changed": T1,
                    "annotations": [
                        {
                            "id": "a",
                            "start": 4,
                            "end": 12,
                            "quote": "minister",
                            "prefix": "The ",
                            "suffix": " spoke",
                            "tags": ["key"],
                            "note": "",
                            "created": T0,
                            "updated": T0,
                            "orphaned": False,
                        }
                    ],
                }
            ],
        }
    )
)


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*prefix, index)))
    return found


@given(_JSON)
def test_any_json_is_read_or_refused_in_one_line(doc: object) -> None:
    for candidate in (doc, {"format": "reader-annotations", "version": 1, "articles": doc}):
        try:
            parse_import(orjson.dumps(candidate), "f.json")
        except ImportFileError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("f.json: ")


@given(st.sampled_from(_paths(_VALID)[1:]), _JSON)
@example(("articles", 0, "meta"), {"\n": None})  # a key's newline in the message
def test_a_valid_export_with_any_field_replaced_is_read_or_refused(
    path: tuple, value: object
) -> None:
    doc = orjson.loads(orjson.dumps(_VALID))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    try:
        batch = parse_import(orjson.dumps(doc), "f.json")
    except ImportFileError as exc:
        assert "\n" not in str(exc)
        return
    for item in batch.annotations:
        assert 0 <= item.start < item.end and all(isinstance(t, str) for t in item.tags)


def test_a_passage_edited_in_its_article_here_is_placed_in_it_approximately(
    tmp_path: Path,
) -> None:
    """This workspace's copy of the dump has the article edited (a word changed inside the
    annotated lede, the title the same): the import orphaned the passage, which the app then
    placed on opening; it is placed as the app places it."""
    lede = "The minister spoke on Monday."  # the body's start: no text before it to hold
    record = {ONE.id: ArticleRecord(ONE.source, ONE.title)}
    with seeded(tmp_path / "s.json", [annotation(ONE, lede, ident="l")], remembered=record) as s:
        exported = _export_file(tmp_path, s, [ONE])
    edited = article(BODY.replace("spoke on Monday", "spoke on Tuesday"))
    with Store(tmp_path / "fresh.json") as store:
        report = import_file(store, exported, [edited])
        placed = store.annotation("l")
    assert (report.orphaned, report.moved) == (0, 1)
    assert placed is not None and placed.article_id == edited.id and not placed.orphaned
    assert placed.start == 0 and placed.quote.startswith("The minister spoke on")
