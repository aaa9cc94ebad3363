"""Nested and overlapping passages: each stays visible in the text marks or the gutter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.style import Style

from reader.store import Annotation, Tag
from reader.tui.presenters.marks import (
    LANES,
    PassageMarks,
    bar_style,
    innermost,
    lanes,
    placed,
    tag_style,
)

TAGS = {
    "claim": Tag("claim", "#e5c07b", "1"),
    "quote": Tag("quote", "#61afef", "2"),
    "key": Tag("key", "#98c379", "3"),
}


def _passage(number: int, start: int, end: int, *tags: str, orphaned: bool = False) -> Annotation:
    return Annotation(
        f"a{number}", "art", start, end, "", "", "", tags, "", "t", "t", orphaned=orphaned
    )


def test_an_inner_passage_marks_its_text_and_the_outer_keeps_the_rest() -> None:
    outer, inner = _passage(1, 0, 100, "claim"), _passage(2, 20, 40, "quote")
    marks = PassageMarks([inner, outer], TAGS)
    spans = [(s.start, s.end, s.style) for s in marks.text.spans_between(0, 100)]
    claim, quote = tag_style(TAGS["claim"]), tag_style(TAGS["quote"])
    assert spans == [(0, 20, claim), (20, 40, quote), (40, 100, claim)]


def test_the_outer_passage_has_the_left_bar_beside_every_line_the_inner_the_next() -> None:
    marks = PassageMarks([_passage(1, 0, 100, "claim"), _passage(2, 20, 40, "quote")], TAGS)
    claim, quote = bar_style(TAGS["claim"]), bar_style(TAGS["quote"])
    assert marks.gutter(0, 10) == (claim, None)
    assert marks.gutter(30, 60) == (claim, quote)
    assert marks.gutter(60, 100) == (claim, None)
    assert marks.gutter(100, 120) == (None, None)


def test_a_bar_names_the_passage_it_stands_for() -> None:
    marks = PassageMarks([_passage(1, 0, 100, "claim"), _passage(2, 20, 40, "quote")], TAGS)
    assert marks.passage_at(0, 30, 60) == (0, 100)
    assert marks.passage_at(1, 30, 60) == (20, 40)
    assert marks.passage_at(1, 60, 90) is None
    assert marks.passage_at(-1, 30, 60) is None
    assert marks.passage_at(LANES, 30, 60) is None


def test_overlapping_passages_take_two_lanes_and_followers_share_one() -> None:
    passages = placed([_passage(1, 0, 10), _passage(2, 5, 15), _passage(3, 10, 20)])
    assert [(a.start, a.end) for a in passages] == [(0, 10), (5, 15), (10, 20)]
    assert lanes(passages) == [0, 1, 0]


def test_deeper_nesting_shares_the_last_cell_and_the_innermost_shows() -> None:
    marks = PassageMarks(
        [_passage(1, 0, 90, "claim"), _passage(2, 10, 80, "quote"), _passage(3, 20, 30, "key")],
        TAGS,
    )
    assert LANES == 2
    assert marks.gutter(20, 25) == (bar_style(TAGS["claim"]), bar_style(TAGS["key"]))
    assert marks.gutter(50, 60) == (bar_style(TAGS["claim"]), bar_style(TAGS["quote"]))


def test_covering_lists_every_passage_under_the_cursor_outermost_first() -> None:
    passages = [_passage(2, 20, 40, "quote"), _passage(1, 0, 100, "claim", "key")]
    marks = PassageMarks([*passages, _passage(3, 0, 100, orphaned=True)], TAGS)
    assert [a.id for a in marks.covering(25, 26)] == ["a1", "a2"]
    assert [a.id for a in marks.covering(50, 60)] == ["a1"]
    assert [a.id for a in marks.covering(30, 30)] == ["a1", "a2"]
    described = marks.described(25, 26)
    assert [c.names for c in described] == ["claim, key", "quote"]
    assert described[1].style == bar_style(TAGS["quote"])


def test_a_note_only_passage_is_named_and_marked_without_a_colour() -> None:
    marks = PassageMarks([_passage(1, 0, 10)], TAGS)
    assert [c.names for c in marks.described(0, 5)] == ["note"]
    assert marks.gutter(0, 5) == (Style(dim=True), None)
    assert next(iter(marks.text.spans_between(0, 10))).style == Style(underline=True)


def test_equal_passages_both_get_a_bar() -> None:
    marks = PassageMarks([_passage(1, 5, 9, "claim"), _passage(2, 5, 9, "quote")], TAGS)
    assert None not in marks.gutter(5, 9)
    assert len(list(marks.text.spans_between(0, 20))) == 1


ranges = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=12)


@given(ranges)
def test_each_character_is_marked_by_the_shortest_passage_over_it(
    items: list[tuple[int, int]],
) -> None:
    passages = placed(_passage(n, start, start + size) for n, (start, size) in enumerate(items))
    pieces = innermost(passages)
    for offset in range(100):
        over = [a for a in passages if a.start <= offset < a.end]
        found = [a for low, high, a in pieces if low <= offset < high]
        if not over:
            assert not found
            continue
        assert len(found) == 1
        assert found[0].end - found[0].start == min(a.end - a.start for a in over)


@given(ranges)
def test_no_two_passages_in_one_lane_overlap(items: list[tuple[int, int]]) -> None:
    passages = placed(_passage(n, start, start + size) for n, (start, size) in enumerate(items))
    chosen = lanes(passages)
    for i, a in enumerate(passages):
        for j, b in enumerate(passages[:i]):
            if chosen[i] == chosen[j]:
                assert a.start >= b.end or b.start >= a.end
