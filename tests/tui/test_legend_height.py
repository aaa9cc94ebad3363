"""The legend under the article is as tall as its lines, however it came by them."""

from __future__ import annotations

from collections import Counter

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from reader.tui.widgets.legend import Legend, LegendState

COUNTS = Counter(
    {"GPE": 20, "NORP": 15, "DATE": 9, "ORG": 9, "PERSON": 8, "CARDINAL": 5, "PRODUCT": 1}
)


class _Reading(App[None]):
    """A pane as wide as the article's at 80 columns, the legend under it."""

    CSS = "#reading { width: 52; } Static { height: 1fr; } Legend { height: auto; }"

    def compose(self) -> ComposeResult:
        with Vertical(id="reading"):
            yield Static("article")

    async def on_mount(self) -> None:
        legend = Legend(id="legend")
        legend.show(LegendState("67 entities", COUNTS))  # as the reading screen opens
        await self.query_one("#reading").mount(legend)


async def test_a_legend_shown_before_it_has_a_width_is_as_tall_as_its_lines() -> None:
    """Shown with the entity cache's counts before its first layout, its lines were made
    for no width (six at 80 columns) and it kept that height once they were three:
    two blank lines under it at 80x24 (seen in tmux, the reading screen over the cache)."""
    app = _Reading()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        legend = app.query_one(Legend)
        lines = legend.render().plain.count("\n") + 1
        assert lines == 3
        assert legend.content_region.height == lines
