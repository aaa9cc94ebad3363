"""Where a scrollbar's thumb is drawn: the same span always draws the same bar."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.segment import Segment
from textual.scrollbar import ScrollBarRender

from reader.tui.presenters.panes import thumb_span


def drawn(track: int, rows: int, window: int, position: int) -> list[Segment]:
    """The bar as Textual draws it (`ScrollBar._render_bar` passes no window when every
    row is in sight)."""
    shown = window if window < rows else 0
    bar = ScrollBarRender.render_bar(
        size=track, virtual_size=rows, window_size=shown, position=position
    )
    return list(bar.segments)


@given(
    track=st.integers(1, 60),
    rows=st.integers(1, 300_000),
    other=st.integers(1, 300_000),
    window=st.integers(1, 60),
    position=st.integers(0, 300_000),
)
def test_a_new_row_count_with_the_same_span_draws_the_same_bar(
    track: int, rows: int, other: int, window: int, position: int
) -> None:
    position = min(position, max(min(rows, other) - window, 0))
    if thumb_span(track, rows, window, position) == thumb_span(track, other, window, position):
        assert drawn(track, rows, window, position) == drawn(track, other, window, position)


def test_a_long_list_keeps_its_thumb_and_a_short_one_moves_it() -> None:
    assert thumb_span(36, 200_000, 36, 0) == thumb_span(36, 199_998, 36, 0) == (0, 8)
    assert thumb_span(36, 1_200, 36, 0) != thumb_span(36, 400, 36, 0)
    assert thumb_span(36, 30, 36, 0) is None  # every row in sight: no thumb
