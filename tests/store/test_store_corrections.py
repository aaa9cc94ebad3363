"""The store's corrections: article corrections and entity edits, each one undo step,
saved at once, states and checks following their text; entity edits re-anchored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from reader.analysis import Entity
from reader.annotation.corrections import (
    apply_corrections,
    apply_one,
    break_at,
    retitle,
    weld_to_previous,
)
from reader.annotation.reanchor import reanchor
from reader.article import Article, Paragraph, article_id
from reader.store import Store, StoreInputError
from reader.store.schema import SCHEMA_VERSION

SOURCE = "/dumps/a.txt"


def _article(title: str, paragraphs: list[str], source: str = SOURCE) -> Article:
    body = "\n\n".join(paragraphs)
    ranges: list[Paragraph] = []
    at = 0
    for text in paragraphs:
        ranges.append(Paragraph(at, at + len(text)))
        at += len(text) + 2
    return Article(article_id(title, body), source, 0, title, body, tuple(ranges))


ARTICLE = _article(
    "Council approves the bridge",
    [
        "The council approved the new bridge on Tuesday in Leeds.",
        "Harbour reopens after storm",
        "The harbour in Hull reopened on Monday.",
    ],
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "reader.json"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    with Store(path) as opened:
        yield opened


def _span(article: Article, text: str) -> tuple[int, int]:
    start = article.body.index(text)
    return start, start + len(text)


def test_an_article_correction_is_one_step_saved_at_once_and_moves_the_state(
    store: Store, path: Path
) -> None:
    store.set_state(ARTICLE.id, "starred")
    store.check_entities(ARTICLE.id, ARTICLE.body, [])
    draft = break_at(ARTICLE, 1)
    change = apply_one([ARTICLE], draft)
    assert change is not None
    saved = store.add_article_correction(draft, change.moves())
    assert saved.seq == 1 and saved.id and saved.created
    first, second = change.articles
    assert store.state(first.id) == store.state(second.id) == "starred"
    assert store.state(ARTICLE.id) == "new"
    assert set(store.checked()) == {first.id, second.id}
    on_disk = orjson.loads(path.read_bytes())
    assert list(on_disk["corrections"]) == [saved.id]
    assert store.undo() == "break article"
    assert store.article_corrections() == []
    assert store.state(ARTICLE.id) == "starred" and store.state(first.id) == "new"
    assert store.redo() == "break article"
    assert store.article_corrections() == [saved]


def test_a_weld_keeps_a_check_only_when_both_articles_were_checked(store: Store) -> None:
    first, second = apply_one([ARTICLE], break_at(ARTICLE, 1)).articles
    hull = _span(second, "Hull")
    store.check_entities(second.id, second.body, [Entity(*hull, "GPE")])
    weld = weld_to_previous([first, second], second)
    change = apply_one([first, second], weld)
    assert change is not None
    (joined,) = change.articles
    store.add_article_correction(weld, change.moves())
    assert store.checked() == {}, "half of it was never checked: its entities would train as O"
    assert store.undo() == "join articles"
    assert set(store.checked()) == {second.id}
    store.check_entities(first.id, first.body, [])
    store.add_article_correction(weld, change.moves())
    assert set(store.checked()) == {joined.id}


def test_corrections_come_back_in_order_after_a_reopen_and_apply_again(path: Path) -> None:
    with Store(path) as store:
        breaking = store.add_article_correction(break_at(ARTICLE, 1))
        second = apply_corrections([ARTICLE], [breaking]).articles[1]
        renaming = store.add_article_correction(retitle(second, "Hull harbour reopens"))
    with Store(path) as store:
        assert store.article_corrections() == [breaking, renaming]
        assert store.article_corrections(source=SOURCE) == [breaking, renaming]
        assert store.article_corrections(source="/elsewhere.txt") == []
        result = apply_corrections([ARTICLE], store.article_corrections())
    assert [a.title for a in result.articles] == [ARTICLE.title, "Hull harbour reopens"]


def test_a_stale_correction_can_be_dropped_and_undo_brings_it_back(store: Store) -> None:
    saved = store.add_article_correction(retitle(ARTICLE, "Bridge approved"))
    store.delete_article_correction(saved.id)
    assert store.article_corrections() == []
    assert store.undo() == "drop article correction"
    assert store.article_corrections() == [saved]
    with pytest.raises(StoreInputError):
        store.delete_article_correction("nope")


def test_an_entity_edit_replaces_the_edits_it_overlaps_in_one_step(store: Store) -> None:
    start, end = _span(ARTICLE, "Leeds")
    first = store.set_entity(ARTICLE.id, ARTICLE.body, start, end, "ORG")
    relabelled = store.set_entity(ARTICLE.id, ARTICLE.body, start, end, "GPE")
    assert store.entity_edits(ARTICLE.id) == [relabelled]
    assert relabelled.kind == "label" and relabelled.quote == "Leeds"
    deleted = store.set_entity(ARTICLE.id, ARTICLE.body, start, end, None)
    assert (deleted.kind, deleted.label) == ("reject", "")
    assert store.undo() == "delete entity"
    assert store.entity_edits(ARTICLE.id) == [relabelled]
    assert store.undo() == "label entity GPE"
    assert store.entity_edits(ARTICLE.id) == [first]


def test_bad_entity_edits_are_refused(store: Store) -> None:
    with pytest.raises(StoreInputError):
        store.set_entity(ARTICLE.id, ARTICLE.body, 5, 5, "ORG")
    with pytest.raises(StoreInputError):
        store.set_entity(ARTICLE.id, ARTICLE.body, 0, 3, "TWO WORDS")
    with pytest.raises(StoreInputError):
        store.set_entity(ARTICLE.id, ARTICLE.body, 0, 3, "\x1b[31m")
    assert store.entity_edits() == []


def test_checking_keeps_the_predictions_shown_as_accepted(store: Store) -> None:
    leeds, hull = _span(ARTICLE, "Leeds"), _span(ARTICLE, "Hull")
    store.set_entity(ARTICLE.id, ARTICLE.body, *leeds, "GPE")
    store.check_entities(ARTICLE.id, ARTICLE.body, [Entity(*leeds, "GPE"), Entity(*hull, "GPE")])
    kinds = [(e.quote, e.kind, e.label) for e in store.entity_edits(ARTICLE.id)]
    assert kinds == [("Leeds", "label", "GPE"), ("Hull", "accept", "GPE")]
    assert ARTICLE.id in store.checked()
    assert store.undo() == "check entities"
    assert store.checked() == {} and len(store.entity_edits()) == 1


def test_entity_edits_follow_their_text_into_the_articles_of_a_break(store: Store) -> None:
    hull = _span(ARTICLE, "Hull")
    store.set_entity(ARTICLE.id, ARTICLE.body, *hull, "GPE")
    store.remember([ARTICLE])
    first, second = apply_corrections(
        [ARTICLE], [store.add_article_correction(break_at(ARTICLE, 1))]
    ).articles
    reanchor(store, [first, second], adopt_from={ARTICLE.id: [first, second]})
    (moved,) = store.entity_edits()
    assert moved.article_id == second.id
    assert second.body[moved.start : moved.end] == "Hull" and not moved.orphaned
    assert ARTICLE.id not in store.anchored_article_ids()


def test_an_edit_of_a_quote_found_in_two_articles_goes_to_the_one_with_its_context(
    store: Store,
) -> None:
    other = _article("Elsewhere", ["Leeds won on Saturday."])
    leeds = _span(ARTICLE, "Leeds")
    store.set_entity(ARTICLE.id, ARTICLE.body, *leeds, "GPE")
    edited = _article(ARTICLE.title + "!", [ARTICLE.body])
    reanchor(store, [other, edited], adopt_from={ARTICLE.id: [other, edited]})
    (moved,) = store.entity_edits()
    assert moved.article_id == edited.id


def test_a_version_2_store_gains_empty_correction_tables(path: Path) -> None:
    with Store(path):
        pass
    data = orjson.loads(path.read_bytes())
    data["_meta"]["store"]["schema_version"] = 2
    for name in ("corrections", "entity_edits", "checked"):
        del data[name]
    data["checked"] = {"x": {"kept": "by a script"}}
    path.write_bytes(orjson.dumps(data))
    with Store(path) as store:
        assert store.meta()["schema_version"] == SCHEMA_VERSION
        assert store.article_corrections() == [] and store.checked() == {}
    data = orjson.loads(path.read_bytes())
    assert data["checked.v2"] == {"x": {"kept": "by a script"}}
