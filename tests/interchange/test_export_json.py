"""The `json` export: its content, its schema, and the exact round trip through import."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

import jsonschema
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import Entity
from reader.annotation.reanchor import reanchor
from reader.article import Article, article_id
from reader.interchange.export import FORMATS, render, with_entities
from reader.interchange.exporters.json_doc import schema_file
from reader.interchange.exporters.records import ModelInfo
from reader.interchange.exporters.selection import Selection, collect
from reader.interchange.importer import ImportFileError, import_file
from reader.store import STATES, Annotation, ArticleRecord, StateRecord, Store, Tag, context
from tests.interchange.export_support import (
    BODY,
    OTHER_BODY,
    T0,
    T1,
    T2,
    annotation,
    article,
    seeded,
)

SCHEMA = orjson.loads((files("reader.interchange") / "schemas" / schema_file()).read_bytes())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
JSON = FORMATS["json"]


def _json(store: Store, articles: list[Article], **kwargs: object) -> dict:
    rendered, _summary = render(collect(store, articles, **kwargs), JSON)  # type: ignore[arg-type]
    assert isinstance(rendered, bytes)
    return orjson.loads(rendered)


def test_the_schema_is_itself_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_an_export_carries_tags_states_and_every_annotation_field(tmp_path: Path) -> None:
    present = article()
    note = annotation(present, "ten percent", ident="a1", tags=("claim", "my tag"), note="check\n")
    later = annotation(present, "reckless", ident="a2", created=T0, updated=T1)
    tags = [Tag("claim", "#e06c75", "3"), Tag("my tag", "#123abc", None)]
    states = {present.id: StateRecord("starred", T2)}
    with seeded(tmp_path / "s.json", [note, later], states, tags) as store:
        doc = _json(store, [present], exported=T2)
    VALIDATOR.validate(doc)
    assert doc["format"] == "reader-annotations" and doc["version"] == 3
    assert doc["exported"] == T2 and doc["model"] is None and "code points" in doc["offsets"]
    assert doc["tags"] == [
        {"name": "claim", "colour": "#e06c75", "hotkey": "3"},
        {"name": "my tag", "colour": "#123abc", "hotkey": None},
    ]
    [only] = doc["articles"]
    assert only["id"] == present.id and only["title"] == present.title
    assert only["source"] == present.source and only["meta"] == present.meta
    assert only["present"] is True
    assert (only["state"], only["state_changed"]) == ("starred", T2)
    assert "text" not in only and "entities" not in only
    first = only["annotations"][0]
    assert first == {
        "id": "a1",
        "start": note.start,
        "end": note.end,
        "quote": "ten percent",
        "prefix": note.prefix,
        "suffix": note.suffix,
        "tags": ["claim", "my tag"],
        "note": "check\n",
        "created": T0,
        "updated": T0,
        "orphaned": False,
    }
    assert only["annotations"][1]["updated"] == T1


def test_articles_whose_dump_is_absent_keep_what_the_store_knows(tmp_path: Path) -> None:
    gone = article(OTHER_BODY, title="Floods")
    kept_state = {"feedfacefeedface": StateRecord("kept", T1)}
    remembered = {"feedfacefeedface": ArticleRecord("/news/old.txt", "Kept story")}
    notes = [annotation(gone, "mayor", ident="g")]
    with seeded(tmp_path / "s.json", notes, kept_state, remembered=remembered) as store:
        doc = _json(store, [], exported=T2, with_text=True)
    VALIDATOR.validate(doc)
    by_id = {a["id"]: a for a in doc["articles"]}
    assert by_id[gone.id]["title"] is None and by_id[gone.id]["source"] is None
    assert by_id[gone.id]["present"] is False
    assert by_id[gone.id]["meta"] == {} and by_id[gone.id]["state"] == "new"
    assert by_id[gone.id]["state_changed"] is None and "text" not in by_id[gone.id]
    assert [a["id"] for a in by_id[gone.id]["annotations"]] == ["g"]
    kept = by_id["feedfacefeedface"]
    assert (kept["title"], kept["source"], kept["present"]) == (
        "Kept story",
        "/news/old.txt",
        False,
    )
    assert kept["state"] == "kept" and kept["annotations"] == []


def test_a_present_article_is_named_by_its_dump_not_by_the_record(tmp_path: Path) -> None:
    present = article()
    remembered = {present.id: ArticleRecord("/news/elsewhere.txt", "An older title")}
    notes = [annotation(present, "budget", ident="b")]
    with seeded(tmp_path / "s.json", notes, remembered=remembered) as store:
        [only] = _json(store, [present])["articles"]
    assert (only["title"], only["source"], only["present"]) == (present.title, present.source, True)


def test_with_text_and_entities_the_body_and_spans_are_included(tmp_path: Path) -> None:
    present = article()
    with seeded(tmp_path / "s.json", [annotation(present, "Monday", ident="m")]) as store:
        export = collect(store, [present], with_text=True)
    start = BODY.index("Monday")
    found = {present.id: [Entity(start, start + 6, "DATE")]}
    rendered, _ = render(with_entities(export, found, ModelInfo("en_core_web_sm", "3.8.0")), JSON)
    doc = orjson.loads(rendered)
    VALIDATOR.validate(doc)
    assert doc["model"] == {"name": "en_core_web_sm", "version": "3.8.0"}
    [only] = doc["articles"]
    assert only["text"] == BODY
    assert only["entities"] == [{"start": start, "end": start + 6, "label": "DATE"}]


def test_with_entities_the_spans_are_as_the_user_corrected_them(tmp_path: Path) -> None:
    """What the app shows after entity editing is what the file holds: a relabelled span in
    place of the prediction, a rejected one gone; a checked article holds its gold alone."""
    edited, checked = article(), article(title="Budget cut, checked")
    monday, week = BODY.index("Monday"), BODY.index("next week")
    predicted = [Entity(monday, monday + 6, "DATE"), Entity(week, week + 9, "DATE")]
    with seeded(tmp_path / "s.json", [annotation(edited, "Monday", ident="m")]) as store:
        store.set_entity(edited.id, BODY, monday, monday + 6, "EVENT")
        store.set_entity(edited.id, BODY, week, week + 9, None)
        store.check_entities(checked.id, BODY, predicted[:1])
        export = collect(store, [edited, checked], with_text=True)
    found = {edited.id: predicted, checked.id: predicted}
    doc = orjson.loads(render(with_entities(export, found, ModelInfo("m", "1")), JSON)[0])
    VALIDATOR.validate(doc)
    by_id = {a["id"]: a["entities"] for a in doc["articles"]}
    assert by_id[edited.id] == [{"start": monday, "end": monday + 6, "label": "EVENT"}]
    assert by_id[checked.id] == [{"start": monday, "end": monday + 6, "label": "DATE"}]


def test_filters_pick_articles_by_state_and_annotations_by_tag(tmp_path: Path) -> None:
    one, two, idle = article(), article(OTHER_BODY, title="Floods"), article("Quiet day.", "Idle")
    records = [
        annotation(one, "budget", ident="b", tags=("claim",)),
        annotation(one, "Monday", ident="m", tags=("key",)),
        annotation(two, "mayor", ident="y", tags=("key",)),
    ]
    states = {one.id: StateRecord("starred", T1)}
    with seeded(tmp_path / "s.json", records, states) as store:
        everything = _json(store, [one, two, idle])
        claims = _json(store, [one, two, idle], selection=Selection(tags=frozenset({"claim"})))
        starred = _json(store, [one, two, idle], selection=Selection(states=frozenset({"starred"})))
        untouched = _json(store, [one, two, idle], selection=Selection(states=frozenset({"new"})))
        present_only = _json(store, [two], selection=Selection(include_absent=False))
    assert [a["id"] for a in everything["articles"]] == [one.id, two.id]
    assert [[n["id"] for n in a["annotations"]] for a in claims["articles"]] == [["b"]]
    assert [a["id"] for a in starred["articles"]] == [one.id]
    assert [a["id"] for a in untouched["articles"]] == [two.id, idle.id]
    assert [a["id"] for a in present_only["articles"]] == [two.id]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("version",), 4),
        (("articles", 0, "present"), None),
        (("articles", 0, "state"), "archived"),
        (("articles", 0, "annotations", 0, "start"), -1),
        (("articles", 0, "annotations", 0, "tags"), "claim"),
        (("tags", 0, "colour"), "red"),
        (("tags", 0, "hotkey"), "0"),
    ],
)
def test_the_schema_rejects_what_import_rejects(
    tmp_path: Path, path: tuple[str | int, ...], value: object
) -> None:
    present = article()
    states = {present.id: StateRecord("read", T1)}
    records = [annotation(present, "budget", ident="b", tags=("claim",))]
    with seeded(tmp_path / "s.json", records, states) as store:
        doc = _json(store, [present])
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert not VALIDATOR.is_valid(doc)
    bad = tmp_path / "bad.json"
    bad.write_bytes(orjson.dumps(doc))
    with (
        Store(tmp_path / "empty.json") as empty,
        pytest.raises(ImportFileError, match=r"bad\.json"),
    ):
        import_file(empty, bad, [present])


# -- the round trip ------------------------------------------------------------------------

_TIMES = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
).map(lambda moment: moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"))
_TAG_NAMES = ["key", "my tag", "Ünïcødé", "a_b", "50%", "x/y", "party 🎉", "follow-up"]
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=90)
_SEEDS_NAMES = _TEXT.filter(lambda name: "/" not in name and not name.startswith(".")).map(
    lambda name: f"seeds/{name}.txt"
)
"""Dumps in seeds/ an import records though they are not there yet (`DumpNames.recorded`)."""


_Workspace = tuple[list[Article], list[Annotation], dict, list[Tag], dict]


@st.composite
def _workspaces(draw: st.DrawFn) -> _Workspace:
    """Articles (some present, some edited since they were annotated, some absent) with
    random annotations, states, a random tag set, and what the store recorded of some."""
    articles: list[Article] = []
    annotations: list[Annotation] = []
    present: list[Article] = []
    for number in range(draw(st.integers(1, 4))):
        body = draw(_TEXT)
        saved = Article(
            article_id(f"t{number}", body), f"d{number}.txt", number, f"t{number}", body
        )
        for index in range(draw(st.integers(0, 4))):
            start = draw(st.integers(0, len(body) - 1))
            end = draw(st.integers(start + 1, len(body)))
            quote, prefix, suffix = context(body, start, end)
            created = draw(_TIMES)
            annotations.append(
                Annotation(
                    f"{saved.id}-{index}",
                    saved.id,
                    start,
                    end,
                    quote,
                    prefix,
                    suffix,
                    tuple(draw(st.lists(st.sampled_from(_TAG_NAMES), max_size=3, unique=True))),
                    draw(st.text(max_size=20)),
                    created,
                    draw(_TIMES),
                )
            )
        fate = draw(st.sampled_from(["present", "edited", "absent"]))
        if fate == "edited":
            at = draw(st.integers(0, len(body)))
            edited = body[:at] + draw(_TEXT) + body[at:]
            present.append(Article(saved.id, saved.source, number, saved.title, edited))
        elif fate == "present":
            present.append(saved)
        articles.append(saved)
    ids = [a.id for a in articles] + ["0123456789abcdef"]
    states = {
        article_id_: StateRecord(draw(st.sampled_from(STATES)), draw(_TIMES))
        for article_id_ in draw(st.lists(st.sampled_from(ids), unique=True))
    }
    names = draw(st.lists(st.sampled_from(_TAG_NAMES), unique=True))
    hotkeys = draw(st.permutations("123456789"))
    tags = [
        Tag(
            name,
            f"#{draw(st.integers(0, 0xFFFFFF)):06x}",
            draw(st.sampled_from([None, hotkeys[i]])),
        )
        for i, name in enumerate(names)
    ]
    remembered = {
        article_id_: ArticleRecord(draw(_SEEDS_NAMES), draw(_TEXT))
        for article_id_ in draw(st.lists(st.sampled_from(ids), unique=True))
    }
    return present, annotations, states, tags, remembered


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_workspaces())
def test_export_import_export_gives_the_same_file(workspace: _Workspace) -> None:
    present, annotations, states, tags, remembered = workspace
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with seeded(root / "a.json", annotations, states, tags, remembered) as store:
            store.remember(present)  # as the TUI does when it opens the dumps
            reanchor(store, present)
            first, _ = render(collect(store, present, with_text=True), JSON)
        exported = root / "first.json"
        exported.write_bytes(first)  # type: ignore[arg-type]
        with Store(root / "b.json") as fresh:
            import_file(fresh, exported, present)
            second, _ = render(collect(fresh, present, with_text=True), JSON)
    assert isinstance(first, bytes) and isinstance(second, bytes)
    stamp = orjson.loads(first)["exported"].encode()
    later = orjson.loads(second)["exported"].encode()
    VALIDATOR.validate(orjson.loads(first))
    assert first.replace(stamp, later) == second
