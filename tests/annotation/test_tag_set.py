"""The tag screen's decisions without a UI: rows, colours, questions, the editor's messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.annotation.tag_set import (
    TagEditor,
    TagRow,
    deletion_question,
    merge_question,
    next_colour,
    tag_rows,
)
from reader.store import Store, StoreInputError, Tag
from reader.store.schema import TAG_PALETTE

BODY = "One sentence here. Another one there."


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store(tmp_path / "reader.json")
    opened.add_annotation("a1", BODY, 0, 18, tags=["claim", "key"])
    opened.add_annotation("a2", BODY, 19, 37, tags=["claim"])
    return opened


def test_rows_follow_the_store_order_with_their_use(store: Store) -> None:
    rows = {row.tag.name: row for row in tag_rows(store)}
    assert next(row.tag.name for row in tag_rows(store)) == "key"
    assert rows["claim"].usage == "2 annotations in 2 articles"
    assert rows["key"].usage == "1 annotation in 1 article"
    assert rows["question"].usage == "unused"


def test_a_tag_in_wide_use_writes_its_counts_with_thousands_separated() -> None:
    """As every other count the app writes for a person (`reader.text.counted`)."""
    row = TagRow(Tag("claim", TAG_PALETTE[0], "1"), 12_408, 1_001)
    assert row.usage == "12,408 annotations in 1,001 articles"
    assert "Its 12,408 annotations in 1,001 articles move" in merge_question(row, "key")


def test_colours_cycle_through_the_palette_both_ways() -> None:
    assert next_colour(TAG_PALETTE[0]) == TAG_PALETTE[1]
    assert next_colour(TAG_PALETTE[-1]) == TAG_PALETTE[0]
    assert next_colour(TAG_PALETTE[0], -1) == TAG_PALETTE[-1]
    assert next_colour("#010203") == TAG_PALETTE[0]
    assert next_colour(TAG_PALETTE[2].upper()) == TAG_PALETTE[3]


def test_deleting_asks_only_for_a_tag_in_use_and_says_how_much(store: Store) -> None:
    rows = {row.tag.name: row for row in tag_rows(store)}
    assert deletion_question(rows["question"], "u") is None
    assert deletion_question(rows["claim"], "U") == (
        "Delete tag “claim”? It comes off 2 annotations in 2 articles (U undoes)."
    )
    assert "2 annotations in 2 articles move to “key”" in merge_question(rows["claim"], "key")


def test_the_editor_changes_one_thing_per_undo_step_and_says_what(store: Store) -> None:
    editor = TagEditor(store)
    assert editor.set_hotkey("claim", "1") == "“claim” is on key 1 (taken from “key”)"
    assert editor.set_hotkey("claim", "1") == "“claim” is already on key 1"
    assert editor.set_hotkey("claim", None) == "“claim” is on no key"
    assert editor.recolour("claim").startswith("“claim” is now #")
    assert editor.rename("claim", "  assertion ") == "Renamed “claim” to “assertion”"
    assert (
        editor.merge("assertion", "key") == "Merged “assertion” into “key”: 2 annotations retagged"
    )
    assert editor.delete("key") == "Deleted tag “key”"
    labels = [store.undo() for _ in range(6)]
    assert labels == [
        "delete tag “key”",
        "merge tag “assertion” into “key”",
        "rename tag “claim” to “assertion”",
        "edit tag “claim”",
        "edit tag “claim”",
        "edit tag “claim”",
    ]
    assert {t.name: t.hotkey for t in store.tags()}["key"] == "1"
    with pytest.raises(StoreInputError, match="no tag named"):
        editor.set_hotkey("nope", "2")
