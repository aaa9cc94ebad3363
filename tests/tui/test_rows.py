"""List rows fit any width and take state and annotation counts from a provider."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from reader.article import Article
from reader.tui.presenters.rows import (
    PENDING,
    STATE_MARKERS,
    StoryMark,
    Untriaged,
    build_row,
)

ARTICLE = Article("id1", "/dumps/long-dump-name.txt", 0, "A [bold] title\x1b[31m here", "body")


class Facts:
    def __init__(self, state: str, notes: int) -> None:
        self._state, self._notes = state, notes

    def state(self, article: Article) -> str:
        return self._state

    def annotation_count(self, article: Article) -> int:
        return self._notes


@pytest.mark.parametrize("width", [10, 20, 28, 40, 80])
def test_rows_fit_the_width(width: int) -> None:
    row = build_row(ARTICLE, Untriaged(), 12, width)
    assert cell_len(row.marker + " " + row.title) <= width
    assert cell_len("  " + row.source + " " + row.counts) <= width + 1 or not row.source


def test_untriaged_rows_say_their_state_and_counts_are_not_known_yet() -> None:
    row = build_row(ARTICLE, Untriaged(), None, 60)
    assert row.marker == PENDING
    assert row.counts == f"  {PENDING} ent · {PENDING} ann"
    assert row.title == "A [bold] title␛[31m here"
    assert row.source == "long-dump-name.txt"


@pytest.mark.parametrize("state", sorted(STATE_MARKERS))
def test_a_provider_supplies_state_and_annotation_count(state: str) -> None:
    row = build_row(ARTICLE, Facts(state, 3), 7, 60)
    assert row.marker == STATE_MARKERS[state]
    assert row.counts == "  7 ent · 3 ann"


def test_the_source_is_cut_alike_whatever_the_entity_count() -> None:
    """At 120 columns a three-digit entity count cut the dump's name shorter than the
    rows above it, and the source column jagged down the list."""
    rows = [build_row(ARTICLE, Facts("new", 0), n, 32) for n in (None, 2, 33, 123)]
    assert len({row.source for row in rows}) == 1
    assert len({cell_len(row.counts) for row in rows}) == 1


def test_unknown_states_are_marked_not_hidden() -> None:
    assert build_row(ARTICLE, Facts("weird", 0), 0, 60).marker == "?"


def test_a_date_goes_before_the_source_when_given() -> None:
    row = build_row(ARTICLE, Untriaged(), 3, 60, dated="2025-03-14")
    assert row.source == "2025-03-14  long-dump-name.txt"
    assert build_row(ARTICLE, Untriaged(), 3, 60).source == "long-dump-name.txt"


def test_a_narrow_row_keeps_the_story_s_mark_and_dump_name_over_its_entity_count() -> None:
    """At 80 columns a row is 25 cells: the counts left "fr  ▸ …" of the story's mark and
    the dump's name."""
    story = StoryMark(2, ("/dumps/wire.txt", "/dumps/web.txt"), folded=True, lead=True)
    row = build_row(ARTICLE, Facts("new", 1), 26, 25, story, aside=("fr", ""))
    assert (row.source, row.counts) == ("fr  ▸×2 wire.tx…", "1 ann")
    wide = build_row(ARTICLE, Facts("new", 1), 26, 40, story, aside=("fr", ""))
    assert (wide.source, wide.counts) == ("fr  ▸ ×2 wire.txt, w…", " 26 ent · 1 ann")
