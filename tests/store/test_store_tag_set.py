"""Managing the tag set (merge, usage, hotkeys for new tags) and the first-triage time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.store import Store, StoreInputError, Tag
from reader.store.store import first_free_hotkey

BODY = "The minister spoke on Monday. She said the budget would be cut. The vote is next week."


def _span(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "reader.json"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    with Store(path) as opened:
        yield opened


def test_merging_moves_every_use_keeps_the_target_and_undoes_after_a_restart(path: Path) -> None:
    with Store(path) as store:
        both = store.add_annotation("a1", BODY, *_span("The minister"), tags=["claim", "key"])
        only = store.add_annotation("a2", BODY, *_span("the budget"), tags=["claim"])
        other = store.add_annotation("a2", BODY, *_span("next week"), tags=["quote"])
        assert store.merge_tags("claim", "key") == 2
        tags = {t.name: t for t in store.tags()}
        assert "claim" not in tags
        assert tags["key"] == Tag("key", "#e5c07b", "1")
        assert store.annotation(both.id).tags == ("key",)
        assert store.annotation(only.id).tags == ("key",)
        assert store.annotation(other.id).tags == ("quote",)
    with Store(path) as store:
        assert store.undo() == "merge tag “claim” into “key”"
        assert store.annotation(both.id).tags == ("claim", "key")
        assert store.annotation(only.id).tags == ("claim",)
        assert {t.name: t.hotkey for t in store.tags()}["claim"] == "3"
        assert store.redo() == "merge tag “claim” into “key”"
        assert store.annotation(only.id).tags == ("key",)


def test_merging_refuses_unknown_tags_and_a_tag_into_itself(store: Store) -> None:
    with pytest.raises(StoreInputError, match="no tag named 'nope'"):
        store.merge_tags("nope", "key")
    with pytest.raises(StoreInputError, match="into itself"):
        store.merge_tags("key", "key")
    assert store.undo() is None


def test_usage_counts_annotations_and_articles_per_tag_unused_ones_too(store: Store) -> None:
    store.add_annotation("a1", BODY, *_span("The minister"), tags=["claim", "key"])
    store.add_annotation("a1", BODY, *_span("the budget"), tags=["claim"])
    store.add_annotation("a2", BODY, *_span("next week"), tags=["claim"])
    usage = store.tag_usage()
    assert usage["claim"] == (3, 2)
    assert usage["key"] == (1, 1)
    assert usage["question"] == (0, 0)


def test_the_first_free_hotkey_is_the_lowest_digit_no_tag_has() -> None:
    assert first_free_hotkey(["1", "2", None, "4"]) == "3"
    assert first_free_hotkey([]) == "1"
    assert first_free_hotkey(list("123456789")) is None


def test_a_tag_made_for_a_passage_takes_the_first_free_hotkey_only_when_asked(
    store: Store,
) -> None:
    store.add_annotation("a1", BODY, *_span("The minister"), tags=["plain"])
    made = store.add_annotation(
        "a1", BODY, *_span("the budget"), tags=["source"], hotkey_new_tags=True
    )
    store.toggle_tag(made.id, "lead", hotkey_new_tags=True)
    hotkeys = {t.name: t.hotkey for t in store.tags()}
    assert (hotkeys["plain"], hotkeys["source"], hotkeys["lead"]) == (None, "6", "7")
    assert store.undo() == "add tag “lead” on “the budget”"
    assert "lead" not in {t.name for t in store.tags()}


def test_new_tags_get_no_hotkey_when_all_nine_are_taken(store: Store) -> None:
    for n in range(6, 10):
        store.put_tag(Tag(f"t{n}", "#56b6c2", str(n)))
    store.add_annotation("a1", BODY, *_span("the budget"), tags=["tenth"], hotkey_new_tags=True)
    assert {t.name: t.hotkey for t in store.tags()}["tenth"] is None


def test_the_first_triage_time_survives_later_changes_and_undo_takes_it_back(
    store: Store,
) -> None:
    store.set_state("a1", "read")
    first = store.first_triaged()["a1"]
    store.set_state("a1", "starred")
    store.set_state("a1", "new")
    assert store.states()["a1"].changed >= first
    assert store.first_triaged()["a1"] == first
    store.set_state("a2", "kept")
    assert store.undo() == "keep 1 article"
    assert "a2" not in store.first_triaged()


def test_a_state_from_before_the_first_time_was_kept_counts_from_its_change(path: Path) -> None:
    with Store(path) as store:
        store.set_state("a1", "kept")
    data = path.read_text(encoding="utf-8").replace('"first"', '"old_first"')
    path.write_text(data, encoding="utf-8")
    with Store(path) as store:
        assert store.first_triaged()["a1"] == store.states()["a1"].changed
