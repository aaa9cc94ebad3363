"""The legend under the article is as tall as its lines, however it came by them."""

from __future__ import annotations

from collections import Counter

from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from reader.tui.widgets.legend import Legend, LegendState

COUNTS = Counter(
    {"GPE": 20, "NORP": 15, "DATE": 9, "ORG": 9, "PERSON": 8, "CARDINAL": 5, "PRODUCT": 1}
)

OPENING = LegendState("67 entities", COUNTS)
"""What the reading screen shows as it opens."""


class _Reading(App[None]):
    """A pane as wide as the article's at 80 columns, the legend under it."""

    CSS = "#reading { width: 52; } Static { height: 1fr; } Legend { height: auto; }"

    def __init__(self, state: LegendState = OPENING) -> None:
        super().__init__()
        self._state = state

    def compose(self) -> ComposeResult:
        with Vertical(id="reading"):
            yield Static("article")

    async def on_mount(self) -> None:
        legend = Legend(id="legend")
        legend.show(self._state)  # as the reading screen opens
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


async def test_the_entity_editing_status_keeps_to_one_line_at_80_columns() -> None:
    """Editing entities, the status wrapped at 80 columns ("… · 67" over "entities") and
    the legend, as tall as the screen spares it, lost its second line of label chips."""
    editing = "editing entities · 0 of 2 listed checked · 67 entities"
    app = _Reading(LegendState(editing, COUNTS, numbers=("GPE", "NORP", "DATE", "ORG")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        legend = app.query_one(Legend)
        status, *chips = legend.render().plain.split("\n")
        assert status.startswith("editing entities · 0 of 2 listed checked")
        assert status.endswith("…") and cell_len(status) == legend.content_region.width
        assert "PRODUCT" in chips[-1]
        assert legend.content_region.height == 1 + len(chips)
