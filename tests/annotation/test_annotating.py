"""The annotation keys' decisions on a real store: which annotation, which one store call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.annotation.annotator import (
    Annotator,
    Passage,
    Target,
    annotation_under,
    article_citation,
)
from reader.article import Article
from reader.store import Annotation, Store

BODY = "The minister spoke on Monday. She said the budget would be cut. The vote is next week."
FIRST = (0, 29)
SECOND = (30, 63)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "reader.json") as opened:
        yield opened


def _passage(span: tuple[int, int], selected: bool = False) -> Passage:
    return Passage("art", BODY, span[0], span[1], selected)


def _at(annotator: Annotator, span: tuple[int, int], selected: bool = False) -> Target:
    """What a key on `span` acts on, as the TUI asks for it."""
    return annotator.target(_passage(span, selected))


def test_a_hotkey_names_its_tag(store: Store) -> None:
    annotator = Annotator(store)
    assert annotator.tag_for_hotkey("1").name == "key"
    assert annotator.tag_for_hotkey("9") is None


def test_a_tag_key_creates_then_toggles_and_the_last_tag_off_deletes(store: Store) -> None:
    annotator = Annotator(store)
    outcome = annotator.toggle_tag(_at(annotator, FIRST), "key")
    assert outcome.message.startswith("Tagged key: “The minister spoke")
    [created] = store.annotations("art")
    assert (created.start, created.end, created.tags) == (*FIRST, ("key",))
    annotator.toggle_tag(_at(annotator, FIRST), "claim")
    assert store.annotations("art")[0].tags == ("key", "claim")
    outcome = annotator.toggle_tag(_at(annotator, FIRST), "key")
    assert outcome.message.startswith("Removed tag key")
    assert store.annotations("art")[0].tags == ("claim",)
    outcome = annotator.toggle_tag(_at(annotator, FIRST), "claim")
    assert store.annotations("art") == []
    assert outcome.annotation is None and "no longer annotated" in outcome.message
    assert store.undo() == "delete annotation “claim” on “The minister spoke on Monday.”"


def test_a_selection_only_matches_an_annotation_of_exactly_its_range(store: Store) -> None:
    annotator = Annotator(store)
    annotator.toggle_tag(_at(annotator, FIRST), "key")
    wide = (FIRST[0], SECOND[1])
    annotator.toggle_tag(_at(annotator, wide, selected=True), "key")
    assert [(a.start, a.end) for a in store.annotations("art")] == [FIRST, wide]
    annotator.toggle_tag(_at(annotator, wide, selected=True), "quote")
    assert store.annotations("art")[1].tags == ("key", "quote")


def test_the_cursor_sentence_finds_the_annotation_overlapping_it_most() -> None:
    def note(start: int, end: int, orphaned: bool = False) -> Annotation:
        return Annotation(f"{start}", "art", start, end, "", "", "", (), "", "t", "t", orphaned)

    small, big, orphan = note(0, 5), note(3, 29), note(0, 29, orphaned=True)
    found = annotation_under([small, big, orphan], _passage(FIRST))
    assert found is big
    assert annotation_under([small, orphan], _passage(SECOND)) is None
    assert annotation_under([big], _passage(FIRST, selected=True)) is None


def test_notes_add_edit_and_empty_removes(store: Store) -> None:
    annotator = Annotator(store)
    outcome = annotator.save_note(_at(annotator, FIRST), "  \n")
    assert outcome.message == "Empty note: nothing saved"
    outcome = annotator.save_note(_at(annotator, FIRST), "  Check the date.\n")
    assert outcome.annotation.note == "Check the date."
    same = Target(None, outcome.annotation)
    assert annotator.save_note(same, "Check the date.").message == "Note unchanged"
    annotator.toggle_tag(same, "key")
    assert annotator.save_note(same, "").message == "Note removed"
    assert store.annotation(same.annotation.id).note == ""
    annotator.toggle_tag(same, "key")
    assert store.annotations() == []
    assert annotator.toggle_tag(same, "key").message == "That annotation is gone"
    note_only = annotator.save_note(_at(annotator, SECOND), "why?").annotation
    outcome = annotator.save_note(_at(annotator, SECOND), "")
    assert store.annotations() == [] and "no longer annotated" in outcome.message
    assert note_only.note == "why?"


def test_delete_says_what_went_and_undo_brings_it_back(store: Store) -> None:
    annotator = Annotator(store)
    created = annotator.toggle_tag(_at(annotator, SECOND), "quote").annotation
    outcome = annotator.delete(created.id)
    assert outcome.message == "Deleted annotation “She said the budget would be cut.”"
    assert store.undo() == "delete annotation “quote” on “She said the budget would be…”"
    assert store.annotation(created.id) == created


def test_a_clipped_page_s_address_ends_its_citation_and_names_no_publication() -> None:
    """A clipper's `source:` is the page's address, not a publication: it ends the citation
    as a `url` does, and the dump's name stands for the publication it did not give."""
    meta = {"source": "https://example.org/budget", "published": "7 Nov"}
    article = Article("a", "seeds/clips.md", 0, "Budget cut", BODY, meta=meta)
    assert article_citation(article, *SECOND) == (
        "“She said the budget would be cut.”\n"
        "— Budget cut, clips.md, 7 Nov, https://example.org/budget"
    )


def test_a_citation_names_title_publication_or_dump_and_date() -> None:
    article = Article("a", "seeds/dump.txt", 0, "Budget cut", BODY, meta={"updated": "7 Nov"})
    assert article_citation(article, *SECOND) == (
        "“She said the budget would be cut.”\n— Budget cut, dump.txt, 7 Nov"
    )
    article.meta["source"] = "The Daily"
    assert article_citation(article, *FIRST).endswith("— Budget cut, The Daily, 7 Nov")
    # The seed's "Updated 6 sec ago" was cited bare, as if the passage were six seconds old
    # whenever it was pasted: it is worded as the meta line words it, and a whole date the
    # article also gives (the day it was published, or saved) is cited instead.
    article = Article("a", "seeds/dump.txt", 0, "Budget cut", BODY, meta={"updated": "6 sec ago"})
    assert article_citation(article, *SECOND).endswith(
        "— Budget cut, dump.txt, 6 sec ago when copied"
    )
    article.meta["saved"] = "2025-11-07"
    assert article_citation(article, *SECOND).endswith("— Budget cut, dump.txt, 2025-11-07")
