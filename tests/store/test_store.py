"""The store's API: annotations, states, tags, undo/redo (also across a restart), re-anchoring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from reader.annotation.reanchor import reanchor
from reader.article import Article
from reader.store import (
    STATES,
    Annotation,
    Store,
    StoreInputError,
    StoreReadOnly,
    Tag,
)
from reader.store._journal import JOURNAL_LIMIT
from reader.store.schema import ANNOTATION_FIELDS, SCHEMA_VERSION

BODY = (
    "The minister spoke on Monday. She said the budget would be cut by ten percent. "
    "Opposition leaders called the plan reckless. The vote is expected next week."
)
SECOND = "She said the budget would be cut by ten percent."
THIRD = "Opposition leaders called the plan reckless."
SECOND_SHOWN = "She said the budget would be cut…"
"""SECOND as an undo step's label names it: its start, cut at a word."""


def _span(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "annotations" / "reader.json"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    with Store(path) as opened:
        yield opened


def _get(store: Store, annotation_id: str) -> Annotation:
    found = store.annotation(annotation_id)
    assert found is not None
    return found


def _on_disk(path: Path) -> dict:
    return orjson.loads(path.read_bytes())


# -- a fresh store -------------------------------------------------------------------------


def test_a_fresh_store_is_created_with_its_folder_version_and_default_tags(
    store: Store, path: Path
) -> None:
    assert path.is_file()
    assert store.meta()["schema_version"] == SCHEMA_VERSION
    tags = store.tags()
    assert [t.name for t in tags] == ["key", "quote", "claim", "follow-up", "question"]
    assert [t.hotkey for t in tags] == ["1", "2", "3", "4", "5"]
    assert len({t.colour for t in tags}) == 5
    assert not store.read_only
    assert store.lock_owner is None
    assert store.notice is None


# -- annotations ---------------------------------------------------------------------------


def test_an_annotation_takes_its_quote_and_context_from_the_body(store: Store) -> None:
    start, end = _span(SECOND)
    annotation = store.add_annotation("a1", BODY, start, end, tags=["claim"], note="check")
    assert annotation.quote == SECOND
    assert annotation.prefix == BODY[max(0, start - 32) : start]
    assert annotation.suffix == BODY[end : end + 32]
    assert annotation.tags == ("claim",)
    assert annotation.note == "check"
    assert annotation.created == annotation.updated
    assert annotation.created.endswith("Z")
    assert not annotation.orphaned
    assert store.annotation(annotation.id) == annotation


def test_every_change_is_on_disk_when_the_call_returns(store: Store, path: Path) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND))
    assert annotation.id in _on_disk(path)["annotations"]
    store.set_state("a1", "starred")
    assert _on_disk(path)["states"]["a1"]["state"] == "starred"
    with Store(path, read_only=True) as reader:
        assert reader.annotations() == [annotation]


def test_the_store_file_holds_no_article_text_beyond_quotes_and_context(
    store: Store, path: Path
) -> None:
    long_body = BODY + " Filler sentence that nobody selected." * 50
    store.add_annotation("a1", long_body, *_span(SECOND))
    assert b"Filler sentence that nobody selected. Filler" not in path.read_bytes()


def test_annotations_list_by_article_in_text_order_and_counts_are_kept(store: Store) -> None:
    third = store.add_annotation("a1", BODY, *_span(THIRD))
    second = store.add_annotation("a1", BODY, *_span(SECOND))
    other = store.add_annotation("a2", BODY, 0, 12)
    assert store.annotations("a1") == [second, third]
    assert store.annotations("nothing") == []
    assert store.annotations() == [second, third, other]
    assert store.annotation_counts() == {"a1": 2, "a2": 1}
    store.delete_annotation(other.id)
    assert store.annotation_counts() == {"a1": 2}
    assert store.annotation(other.id) is None


def test_annotation_documents_are_the_records_as_copies_grouped_and_in_text_order(
    store: Store, path: Path
) -> None:
    third = store.add_annotation("a1", BODY, *_span(THIRD), tags=["key"], note="n")
    second = store.add_annotation("a1", BODY, *_span(SECOND))
    other = store.add_annotation("a2", BODY, 0, 12)
    docs = store.annotation_documents()
    expected = {
        article_id: [{k: v for k, v in a.to_doc().items() if k != "article_id"} for a in found]
        for article_id, found in (("a1", [second, third]), ("a2", [other]))
    }
    assert docs == expected
    assert [list(doc) for doc in docs["a2"]] == [list(expected["a2"][0])]
    docs["a1"][0]["tags"] = ["changed"]
    assert store.annotation_documents()["a1"][0]["tags"] == []
    store.close()
    data = _on_disk(path)
    data["annotations"][other.id] = {"extra": 1, **dict(reversed(other.to_doc().items()))}
    path.write_bytes(orjson.dumps(data))
    with Store(path, read_only=True) as reopened:
        [edited] = reopened.annotation_documents()["a2"]
    assert list(edited.items()) == list(expected["a2"][0].items())


def test_stored_annotations_have_the_fields_of_to_doc_in_its_order(store: Store) -> None:
    made = store.add_annotation("a1", BODY, 0, 12)
    assert tuple(made.to_doc()) == ANNOTATION_FIELDS


def test_a_read_only_store_hands_its_documents_over_when_released(store: Store, path: Path) -> None:
    store.add_annotation("a1", BODY, *_span(THIRD), tags=["key"], note="n")
    store.add_annotation("a1", BODY, *_span(SECOND))
    store.add_annotation("a2", BODY, 0, 12)
    copies = store.annotation_documents(release=True)  # a writable store copies
    assert store.annotation_counts() == {"a1": 2, "a2": 1}
    store.close()
    data = _on_disk(path)
    key, doc = next(iter(data["annotations"].items()))
    data["annotations"][key] = {**dict(reversed(doc.items())), "extra": 1}  # as a hand edit
    path.write_bytes(orjson.dumps(data))
    with Store(path, read_only=True) as reader:
        released = reader.annotation_documents(release=True)
        assert reader.annotation_counts() == {}
        assert reader.annotations() == []

    def items(found: dict[str, list[dict]]) -> dict[str, list[list]]:
        return {
            article_id: [list(doc.items()) for doc in docs] for article_id, docs in found.items()
        }

    assert items(released) == items(copies)


def test_released_documents_of_articles_annotated_in_turn_come_grouped_in_text_order(
    store: Store, path: Path, tmp_path: Path
) -> None:
    for article_id, (start, end) in (
        ("a1", _span(THIRD)),
        ("a2", (3, 9)),
        ("a1", _span(SECOND)),
        ("a2", (0, 12)),
        ("a3", (0, 4)),
    ):
        store.add_annotation(article_id, BODY, start, end)
    copies = store.annotation_documents()
    store.close()
    with Store(path, read_only=True) as reader:
        assert reader.annotation_documents(release=True) == copies
    with Store(tmp_path / "none.json", read_only=True) as empty:
        assert empty.annotation_documents(release=True) == {}


def test_update_replaces_tags_and_note_and_an_empty_note_removes_it(store: Store) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND), note="first")
    updated = store.update_annotation(annotation.id, tags=["quote", "quote", " key "], note="")
    assert updated.tags == ("quote", "key")
    assert updated.note == ""
    assert updated.start == annotation.start
    assert updated.updated >= annotation.updated


def test_a_bulk_tag_step_counts_as_the_notices_do_and_quotes_its_tag(store: Store) -> None:
    """The undo notice shows the step's label beside the tag notice's "Tagged 1,200 passages
    “needs source”": the same separators and quotes, not "tag 1200 passages needs source"."""
    body = "word " * 1_200
    spans = [("a1", body, at, at + 4) for at in range(0, len(body), 5)]
    assert store.tag_many(spans, [], "needs source") == 1_200
    assert store.undo() == "tag 1,200 passages “needs source”"


def test_an_annotation_step_names_its_tags_and_the_start_of_its_passage(store: Store) -> None:
    """ "Undone: add annotation" named nothing; the passage comes on one line, its
    spaces and newlines as one space, cut at a word."""
    body = "A  long\npassage about the budget, cut by ten percent, and then some."
    annotation = store.add_annotation("a1", body, 0, len(body), tags=["claim", "needs source"])
    store.update_annotation(annotation.id, note="check")
    store.delete_annotation(annotation.id)
    shown = "“A long passage about the budget,…”"
    assert store.undo() == f"delete annotation “claim” “needs source” on {shown}"
    assert store.undo() == f"edit note on {shown}"
    assert store.undo() == f"add annotation “claim” “needs source” on {shown}"


def test_update_without_a_change_is_not_an_undo_step(store: Store) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND), note="same")
    assert store.update_annotation(annotation.id, note="same") == annotation
    assert store.undo() == f"add annotation on “{SECOND_SHOWN}”"


def test_toggle_tag_adds_then_removes_and_creates_unknown_tags(store: Store) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND), tags=["key"])
    tagged = store.toggle_tag(annotation.id, "needs source")
    assert tagged.tags == ("key", "needs source")
    new_tag = next(t for t in store.tags() if t.name == "needs source")
    assert new_tag.hotkey is None
    assert new_tag.colour not in {t.colour for t in store.tags() if t.hotkey}
    assert store.toggle_tag(annotation.id, "key").tags == ("needs source",)
    assert store.undo() == f"remove tag “key” on “{SECOND_SHOWN}”"
    assert store.undo() == f"add tag “needs source” on “{SECOND_SHOWN}”"
    assert "needs source" not in {t.name for t in store.tags()}


def test_one_string_of_tags_is_one_tag(store: Store) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND), tags="claim")
    assert annotation.tags == ("claim",)


@pytest.mark.parametrize(("start", "end"), [(5, 5), (10, 3), (-1, 4), (0, len(BODY) + 1), (0.0, 4)])
def test_a_range_outside_the_body_or_empty_is_refused(
    store: Store, path: Path, start: int, end: int
) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreInputError, match="select some text"):
        store.add_annotation("a1", BODY, start, end)
    assert path.read_bytes() == before


@pytest.mark.parametrize("tags", [[""], ["   "], ["x" * 41], ["bad\x1b[31m"], [3]])
def test_bad_tag_names_are_refused(store: Store, tags: list[object]) -> None:
    with pytest.raises(StoreInputError, match="tag name"):
        store.add_annotation("a1", BODY, 0, 5, tags=tags)  # type: ignore[arg-type]
    assert store.annotations() == []


def test_unknown_annotation_ids_get_a_clear_error(store: Store) -> None:
    for call in (
        lambda: store.update_annotation("nope", note="x"),
        lambda: store.toggle_tag("nope", "key"),
        lambda: store.delete_annotation("nope"),
    ):
        with pytest.raises(StoreInputError, match="no annotation with id 'nope'"):
            call()


def test_bad_article_ids_and_notes_are_refused(store: Store) -> None:
    with pytest.raises(StoreInputError, match="article id"):
        store.add_annotation("", BODY, 0, 5)
    with pytest.raises(StoreInputError, match="note must be text"):
        store.add_annotation("a1", BODY, 0, 5, note=None)  # type: ignore[arg-type]


# -- triage states -------------------------------------------------------------------------


def test_states_default_to_new_and_keep_when_they_changed(store: Store) -> None:
    assert store.state("a1") == "new"
    store.set_state("a1", "kept")
    assert store.state("a1") == "kept"
    record = store.states()["a1"]
    assert record.state == "kept"
    assert record.changed.endswith("Z")
    assert set(STATES) == {"new", "read", "starred", "kept", "discarded"}


def test_a_bulk_state_change_is_one_undo_step(store: Store) -> None:
    store.set_state("a1", "read")
    store.set_states(["a1", "a2", "a3", "a2"], "discarded")
    assert {k: r.state for k, r in store.states().items()} == {
        "a1": "discarded",
        "a2": "discarded",
        "a3": "discarded",
    }
    assert store.undo() == "discard 3 articles"
    assert {k: r.state for k, r in store.states().items()} == {"a1": "read"}
    assert store.undo() == "mark 1 article read"
    assert store.states() == {}


def test_undo_and_redo_name_the_articles_whose_state_they_moved(store: Store) -> None:
    store.set_state("a1", "read")
    store.set_states(["a2", "a3"], "starred")
    assert store.moved_states() == frozenset()
    store.undo()
    assert store.moved_states() == {"a2", "a3"}
    store.redo()
    assert store.moved_states() == {"a2", "a3"}
    store.add_annotation("a1", BODY, *_span(SECOND), tags=["claim"])
    store.undo()  # an annotation: no state moved
    assert store.moved_states() == frozenset()


def test_setting_the_state_an_article_has_is_not_an_undo_step(store: Store) -> None:
    store.set_state("a1", "starred")
    store.set_states(["a1"], "starred")
    store.set_state("a2", "new")
    assert store.undo() == "star 1 article"
    assert store.undo() is None


def test_an_unknown_state_is_refused(store: Store) -> None:
    with pytest.raises(StoreInputError, match="unknown state 'archived'"):
        store.set_state("a1", "archived")  # type: ignore[arg-type]


# -- tags ----------------------------------------------------------------------------------


def test_put_tag_adds_and_updates_and_a_taken_hotkey_moves(store: Store) -> None:
    store.put_tag(Tag("Source", "#ABCDEF", "3"))
    tags = {t.name: t for t in store.tags()}
    assert tags["Source"] == Tag("Source", "#abcdef", "3")
    assert tags["claim"].hotkey is None
    store.put_tag(Tag("Source", "#123456", None))
    assert {t.name: t for t in store.tags()}["Source"] == Tag("Source", "#123456", None)
    assert store.undo() == "edit tag “Source”"
    assert store.undo() == "create tag “Source”"
    assert {t.name: t.hotkey for t in store.tags()}["claim"] == "3"


@pytest.mark.parametrize(
    ("tag", "message"),
    [
        (Tag("x", "red", None), "#rrggbb"),
        (Tag("x", "#12345", None), "#rrggbb"),
        (Tag("x", "#123456", "0"), "1 to 9"),
        (Tag("x", "#123456", "10"), "1 to 9"),
        (Tag("", "#123456", None), "empty"),
    ],
)
def test_put_tag_refuses_bad_colours_hotkeys_and_names(
    store: Store, tag: Tag, message: str
) -> None:
    with pytest.raises(StoreInputError, match=message):
        store.put_tag(tag)


def test_removing_a_tag_takes_it_off_annotations_and_undo_restores_both(store: Store) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND), tags=["claim", "key"])
    store.remove_tag("claim")
    assert "claim" not in {t.name for t in store.tags()}
    assert _get(store, annotation.id).tags == ("key",)
    assert store.undo() == "delete tag “claim”"
    assert _get(store, annotation.id).tags == ("claim", "key")
    assert {t.name: t.hotkey for t in store.tags()}["claim"] == "3"
    with pytest.raises(StoreInputError, match="no tag named 'nope'"):
        store.remove_tag("nope")


def test_renaming_a_tag_renames_it_on_annotations(store: Store) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND), tags=["claim"])
    store.rename_tag("claim", "assertion")
    tags = {t.name: t for t in store.tags()}
    assert tags["assertion"].hotkey == "3"
    assert "claim" not in tags
    assert _get(store, annotation.id).tags == ("assertion",)
    with pytest.raises(StoreInputError, match="already exists"):
        store.rename_tag("assertion", "key")
    assert store.undo() == "rename tag “claim” to “assertion”"
    assert _get(store, annotation.id).tags == ("claim",)


# -- undo / redo ---------------------------------------------------------------------------


def test_undo_and_redo_walk_the_history_and_a_new_change_drops_redo(store: Store) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND))
    store.update_annotation(annotation.id, note="why?")
    store.delete_annotation(annotation.id)
    assert store.undo() == f"delete annotation on “{SECOND_SHOWN}”"
    assert _get(store, annotation.id).note == "why?"
    assert store.undo() == f"edit note on “{SECOND_SHOWN}”"
    assert _get(store, annotation.id).note == ""
    assert store.redo() == f"edit note on “{SECOND_SHOWN}”"
    assert _get(store, annotation.id).note == "why?"
    store.set_state("a1", "starred")
    assert store.redo() is None
    assert store.undo() == "star 1 article"
    assert store.undo() == f"edit note on “{SECOND_SHOWN}”"
    assert store.undo() == f"add annotation on “{SECOND_SHOWN}”"
    assert store.annotations() == []
    assert store.undo() is None


def test_undo_works_after_a_restart(path: Path) -> None:
    with Store(path) as first:
        annotation = first.add_annotation("a1", BODY, *_span(SECOND), tags=["key"])
        first.toggle_tag(annotation.id, "claim")
        first.set_state("a1", "kept")
    with Store(path) as second:
        assert second.undo() == "keep 1 article"
        assert second.undo() == f"add tag “claim” on “{SECOND_SHOWN}”"
    with Store(path) as third:
        assert _get(third, annotation.id).tags == ("key",)
        assert third.state("a1") == "new"
        assert third.redo() == f"add tag “claim” on “{SECOND_SHOWN}”"
    with Store(path) as fourth:
        assert _get(fourth, annotation.id).tags == ("key", "claim")
        assert fourth.redo() == "keep 1 article"
        assert fourth.redo() is None


def test_the_journal_keeps_a_bounded_number_of_steps(store: Store) -> None:
    for n in range(JOURNAL_LIMIT + 5):
        store.set_state(f"a{n}", "read")
    undone = 0
    while store.undo() is not None:
        undone += 1
    assert undone == JOURNAL_LIMIT
    assert len(store.states()) == 5


def test_undo_of_a_note_edit_keeps_a_position_found_by_reanchoring(store: Store) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND))
    store.update_annotation(annotation.id, note="later")
    moved_body = "A new first paragraph.\n\n" + BODY
    reanchor(store, [Article("a1", "dump.txt", 0, "Title", moved_body)])
    store.undo()
    undone = store.annotation(annotation.id)
    assert undone is not None
    assert undone.note == ""
    assert moved_body[undone.start : undone.end] == SECOND


# -- bulk import ---------------------------------------------------------------------------


def _imported(id_: str, start: int, end: int, tags: tuple[str, ...] = ()) -> Annotation:
    quote = BODY[start:end]
    return Annotation(
        id_,
        "a9",
        start,
        end,
        quote,
        "",
        "",
        tags,
        "",
        "2025-01-01T00:00:00Z",
        "2025-01-01T00:00:00Z",
    )


def test_upsert_adds_and_replaces_in_one_undo_step(store: Store, path: Path) -> None:
    existing = store.add_annotation("a1", BODY, *_span(SECOND))
    replaced = Annotation(
        **{**{f: getattr(existing, f) for f in Annotation.__slots__}, "note": "imported"}
    )
    store.upsert_annotations([replaced, _imported("i-1", 0, 12, ("imported",))])
    assert _get(store, existing.id).note == "imported"
    assert store.annotation("i-1") is not None
    assert "imported" in {t.name for t in store.tags()}
    assert store.undo() == "import 2 annotations"
    assert store.annotation("i-1") is None
    assert store.annotation(existing.id) == existing
    assert "imported" not in {t.name for t in store.tags()}


def test_upsert_of_a_bad_annotation_changes_nothing(store: Store, path: Path) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreInputError, match="bad range"):
        store.upsert_annotations([_imported("ok", 0, 4), _imported("bad", 9, 3)])
    assert store.annotations() == []
    assert path.read_bytes() == before


# -- re-anchoring --------------------------------------------------------------------------


def test_reanchoring_moves_fuzzes_and_orphans_without_dropping_anything(store: Store) -> None:
    kept = store.add_annotation("a1", BODY, *_span("The minister spoke on Monday."))
    moved = store.add_annotation("a1", BODY, *_span(THIRD))
    fuzzy = store.add_annotation("a1", BODY, *_span(SECOND))
    gone = store.add_annotation("a1", BODY, *_span("The vote is expected next week."))
    other = store.add_annotation("a2", BODY, 0, 12)
    edited = (
        "The minister spoke on Monday. She said that the budget would be cut by 10 percent. "
        "In a statement, Opposition leaders called the plan reckless."
    )
    report = reanchor(store, [Article("a1", "dump.txt", 0, "Title", edited)])
    assert (report.exact, report.moved, report.fuzzy, report.orphaned) == (1, 1, 1, 1)
    by_id = {a.id: a for a in store.annotations()}
    assert (by_id[kept.id].start, by_id[kept.id].end) == (kept.start, kept.end)
    assert by_id[kept.id].suffix == edited[kept.end : kept.end + 32]  # context follows the text
    assert edited[by_id[moved.id].start : by_id[moved.id].end] == THIRD
    assert by_id[fuzzy.id].quote.startswith("She said that the budget")
    assert by_id[fuzzy.id].quote == edited[by_id[fuzzy.id].start : by_id[fuzzy.id].end]
    assert by_id[gone.id].orphaned
    assert by_id[gone.id].quote == gone.quote
    assert by_id[other.id] == other
    # re-anchoring is not a step of its own
    assert store.undo() == "add annotation on “The minister”"
    report = reanchor(store, [Article("a1", "dump.txt", 0, "Title", BODY)])
    assert report.orphaned == 0
    assert not _get(store, gone.id).orphaned


def test_annotations_of_a_re_split_article_move_to_its_new_id(store: Store) -> None:
    placed = store.add_annotation("old-id", BODY, *_span(THIRD), tags=["claim"])
    lost = store.add_annotation("old-id", BODY, *_span("The vote is expected next week."))
    resplit = Article("new-id", "dump.txt", 0, "Title", "Budget day.\n\n" + BODY[:-31])
    unrelated = Article("other", "dump.txt", 1, "Other", "Nothing about budgets here.")
    candidates = [unrelated, resplit]
    report = reanchor(store, candidates, adopt_from={"old-id": candidates, "new-id": candidates})
    assert (report.moved, report.orphaned, report.total) == (1, 1, 2)
    moved = _get(store, placed.id)
    assert moved.article_id == "new-id"
    assert resplit.body[moved.start : moved.end] == THIRD
    assert moved.tags == ("claim",)
    orphan = _get(store, lost.id)
    assert (orphan.article_id, orphan.orphaned) == ("old-id", True)
    assert store.annotation_counts() == {"new-id": 1, "old-id": 1}
    assert [a.id for a in store.annotations("new-id")] == [placed.id]


# -- read-only and closed stores -----------------------------------------------------------


def test_a_read_only_store_refuses_changes_and_leaves_the_file_alone(
    store: Store, path: Path
) -> None:
    annotation = store.add_annotation("a1", BODY, *_span(SECOND))
    before = path.read_bytes()
    with Store(path, read_only=True) as reader:
        assert reader.annotations() == [annotation]
        for change in (
            lambda: reader.add_annotation("a1", BODY, 0, 3),
            lambda: reader.set_state("a1", "read"),
            lambda: reader.put_tag(Tag("t", "#000000", None)),
            lambda: reader.undo(),
            lambda: reader.delete_annotation(annotation.id),
        ):
            with pytest.raises(StoreReadOnly, match="read-only"):
                change()
        report = reanchor(reader, [Article("a1", "d", 0, "T", "Intro. " + BODY)])
        assert report.moved == 1
        assert reader.annotations()[0].start == annotation.start + len("Intro. ")
        assert not reader.unsaved
    assert path.read_bytes() == before


def test_a_read_only_store_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "reader.json"
    with Store(missing, read_only=True) as reader:
        assert [t.name for t in reader.tags()][:1] == ["key"]
    assert not missing.parent.exists()


def test_a_closed_store_refuses_changes(path: Path) -> None:
    store = Store(path)
    store.close()
    store.close()
    with pytest.raises(StoreReadOnly, match="closed"):
        store.set_state("a1", "read")
