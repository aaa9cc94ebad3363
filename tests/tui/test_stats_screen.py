"""Pilot tests of the stats screen (`S`, the palette): what it counts, and its keys."""

from __future__ import annotations

import html
import re

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Sparkline, Static

from reader.library.stats import Charts, Series
from reader.store import StateRecord
from reader.tui.dialogs.stats_screen import ChartPlot, StatsScreen
from reader.tui.dialogs.tag_screen import TagScreen
from tests.library.triage_helpers import charts_in_thousands
from tests.tui.helpers import fresh_store, make_app, screen_lines, seed_articles, settle, until
from tests.tui.test_snapshots_stats import known_work

SIZE = (120, 40)


async def _open(pilot: Pilot) -> StatsScreen:
    await settle(pilot)
    await pilot.press("S")
    await until(pilot, lambda: isinstance(pilot.app.screen, StatsScreen))
    screen: StatsScreen = pilot.app.screen  # type: ignore[assignment]
    await until(pilot, lambda: screen.charts is not None)
    await pilot.pause()
    return screen


def _summary(screen: StatsScreen) -> str:
    return str(screen.query_one("#stats-summary", Static).render())


async def test_s_draws_the_work_of_the_store_and_esc_closes() -> None:
    app = make_app(store=known_work())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        charts = screen.charts
        assert charts is not None
        assert charts.progress.values == (1, 2)
        assert charts.annotations_per_day.values == (2, 1)
        assert charts.tags.labels == ("claim", "key", "quote")
        assert _summary(screen) == (
            "2 articles in 1 dump · triaged 2 of 2 · 3 annotations · 2 days of work"
        )
        assert len(screen.query(".stats-panel")) == 7
        assert len(screen.query(Sparkline)) == 2
        await pilot.press("escape")
        assert not isinstance(app.screen, StatsScreen)


async def test_j_k_scroll_the_charts() -> None:
    app = make_app(store=known_work())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        box = screen.query_one("#stats-box", VerticalScroll)
        await pilot.press("j", "j")
        await until(pilot, lambda: box.scroll_y > 0)
        await pilot.press("k", "k")
        await until(pilot, lambda: box.scroll_y == 0)


async def test_j_pressed_faster_than_frames_scrolls_a_line_each() -> None:
    app = make_app(store=known_work())
    async with app.run_test(size=(120, 12)) as pilot:
        screen = await _open(pilot)
        box = screen.query_one("#stats-box", VerticalScroll)
        assert box.max_scroll_y >= 3
        for _ in range(3):
            screen.action_scroll_down()
        await until(pilot, lambda: box.scroll_y == 3)


@pytest.mark.parametrize("key", ["q", "S"])
async def test_q_and_s_close_the_stats_and_the_app_stays(key: str) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot)
        await pilot.press(key)
        await until(pilot, lambda: not isinstance(app.screen, StatsScreen))
        assert app.is_running


async def test_nothing_done_yet_says_so() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert "triaged 0 of 2 · 0 annotations · 0 days of work" in _summary(screen)
        assert len(screen.query(".stats-empty")) == 5  # progress, per day twice, tags, kept


async def test_the_palette_opens_the_stats() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Stats")
        await pilot.pause()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, StatsScreen))


async def test_the_stats_see_a_tag_change_made_on_the_tag_screen() -> None:
    app = make_app(store=known_work())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("number_sign")
        await until(pilot, lambda: isinstance(app.screen, TagScreen))
        await pilot.press("d", "y", "escape")  # "key" goes, its annotation keeps "claim"
        await until(pilot, lambda: not isinstance(app.screen, TagScreen))
        screen = await _open(pilot)
        assert screen.charts is not None
        assert screen.charts.tags.labels == ("claim", "quote")


async def test_one_day_draws_no_trend_and_a_day_of_zero_draws_no_bar() -> None:
    store = fresh_store()
    first, _ = seed_articles()
    store.merge(states={first.id: StateRecord("read", "2026-03-01T12:00:00.000Z")})
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(pilot)
        assert screen.charts is not None
        assert screen.charts.annotations_per_day.values == (0,)
        assert len(screen.query(Sparkline)) == 0  # one day: no trend to draw
        per_day = [
            panel
            for panel in screen.query(".stats-panel")
            if "per day of work" in str(panel.border_title)
        ]
        assert [len(panel.query(".stats-empty")) for panel in per_day] == [0, 1]


async def test_the_charts_write_their_counts_as_the_summary_does_with_thousands_separated() -> None:
    big = charts_in_thousands()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = StatsScreen(dict, lambda _days: big, {})
        await app.push_screen(screen)
        await until(pilot, lambda: len(screen.query(".stats-panel")) == 7)
        panels = {str(panel.border_title): panel for panel in screen.query(".stats-panel")}
        assert "Triage progress, of 12,345 articles" in panels
        assert "Articles per day (8,145 undated)" in panels
        triaged = panels["Triaged per day of work"].border_subtitle
        assert triaged == "4,000 triaged in 2 days, at most 2,500 a day"
        made = panels["Annotations per day of work"].border_subtitle
        assert made == "1,011 made in 2 days, at most 1,001 a day"

        def bars() -> str:
            return "\n".join(
                line for static in screen.query(".stats-bars") for line in screen_lines(static)
            )

        await until(pilot, lambda: bars().count("\n") == 2)  # drawn: three one-bar tables
        shown = bars()
        assert "12,345" in shown and "1,001" in shown and "2,000" in shown


async def test_a_day_under_a_chart_reads_as_a_day_and_its_count_apart() -> None:
    """users38: "12-07 2" under a bar could be the 12th of July, and its count read as
    part of the day."""
    store = fresh_store()
    first, _ = seed_articles()
    store.merge(states={first.id: StateRecord("read", "2026-03-01T12:00:00.000Z")})
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot)

        def shown() -> str:
            svg = re.sub(r"<[^>]+>", "", app.export_screenshot())
            return html.unescape(svg).replace("\xa0", " ")

        await until(pilot, lambda: "1 Mar: 1" in shown())  # the day's bar and its count
        assert "│1Mar│" in shown().replace(" ", "")  # the progress line's day
        assert "03-01" not in shown()


@pytest.mark.frames  # the plots write their axes as they are drawn
async def test_days_across_a_year_end_are_written_whole_under_their_bars() -> None:
    """Each day's label was written over its neighbour's: nine days across a year end read
    "27 D28 De29 D30 De31 D1 Ja2 …" at 120 columns (hostile40, in tmux)."""
    days = tuple(f"2025-12-{day}" for day in range(27, 32)) + tuple(
        f"2026-01-0{day}" for day in range(1, 5)
    )
    counts = (1, 2, 3, 1, 2, 1, 3, 2, 1)
    work = Series(days, counts)
    nothing = Series((), ())
    charts = Charts(nothing, nothing, 0, 16, work, work, work, nothing, nothing)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.push_screen(StatsScreen(dict, lambda _days: charts, {}))

        def under_the_bars() -> list[str]:
            margins = [plot.query_one("#margin-bottom") for plot in app.screen.query(ChartPlot)]
            return [" ".join(screen_lines(margin)) for margin in margins]

        def drawn() -> bool:  # the days written, not the numbers a plot shows before its draw
            lines = under_the_bars()
            return len(lines) == 3 and all("Dec" in line or "Jan" in line for line in lines)

        await until(pilot, drawn)
        days_said = [f"{day} {month} 20{year}" for day, month, year in zip(
            (27, 28, 29, 30, 31, 1, 2, 3, 4), ["Dec"] * 5 + ["Jan"] * 4, [25] * 5 + [26] * 4,
            strict=True)]  # fmt: skip
        said = {*days_said, *(f"{day}: {n}" for day, n in zip(days_said, counts, strict=True))}
        for line in under_the_bars():
            assert all(label in said for label in re.split(r"\s{2,}", line.strip())), line
