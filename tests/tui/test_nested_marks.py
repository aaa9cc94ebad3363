"""Pilot: a passage tagged inside another shows both, and the legend names what the cursor is in."""

from __future__ import annotations

from rich.style import Style
from textual.strip import Strip

from reader.tui.presenters.panes import BAR, GUTTER
from reader.tui.widgets.legend import Legend
from tests.tui.helpers import make_app, settle

SIZE = (120, 40)
SECOND = "The report came days after"


def _cell(strip: Strip, column: int) -> tuple[str, Style]:
    """The character and style at one column of a drawn line."""
    for segment in strip:
        if column < len(segment.text):
            return segment.text[column], segment.style or Style()
        column -= len(segment.text)
    raise AssertionError("past the end of the line")


async def test_a_passage_inside_another_shows_both_bars_and_both_names() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "v", "j", "j", "1")
        await pilot.press("k", "v", "3")
        store = app.store
        outer, inner = sorted(store.annotations(), key=lambda a: a.start)
        assert outer.start <= inner.start < inner.end <= outer.end
        view = app.main.view
        tags = {tag.name: tag for tag in store.tags()}
        row = next(y for y in range(view.size.height) if SECOND in view.render_line(y).text)
        strip = view.render_line(row)
        gutter = view.text_left - (view.content_region.x - view.region.x) - GUTTER
        left, right = _cell(strip, gutter), _cell(strip, gutter + 1)
        assert left[0] == right[0] == BAR
        assert str(left[1].color.triplet.hex) == tags[outer.tags[0]].colour
        assert str(right[1].color.triplet.hex) == tags[inner.tags[0]].colour
        text_start = strip.text.index(SECOND)
        mark = _cell(strip, text_start)[1]
        assert mark.underline and str(mark.color.triplet.hex) == tags[inner.tags[0]].colour
        legend = app.main.query_one(Legend)
        assert [c.names for c in legend.covering] == [outer.tags[0], inner.tags[0]]
        assert f"here: {BAR} {outer.tags[0]}  {BAR} {inner.tags[0]}" in str(legend.render())
        await pilot.press("k")
        assert [c.names for c in legend.covering] == [outer.tags[0]]
        await pilot.press("G")
        assert legend.covering == ()


async def test_a_click_on_a_bar_selects_its_passage_even_the_outer_one() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "v", "j", "j", "1")
        await pilot.press("k", "v", "3")
        outer, inner = sorted(app.store.annotations(), key=lambda a: a.start)
        view = app.main.view
        row = next(y for y in range(view.size.height) if SECOND in view.render_line(y).text)
        bars = view.text_left - GUTTER
        await pilot.click(view, offset=(bars, row))
        assert view.passages.selection == (outer.start, outer.end)
        await pilot.click(view, offset=(bars + 1, row))
        assert view.passages.selection == (inner.start, inner.end)
        await pilot.press("3")  # the key acts on the passage clicked: its only tag goes, so it does
        assert [a.id for a in app.store.annotations()] == [outer.id]
