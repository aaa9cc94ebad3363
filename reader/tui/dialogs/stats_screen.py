"""The stats screen (`S`, and the palette): where you stand, as pictures.

Triage progress over the days of work (a line against all the articles), articles
triaged and annotations made per day (sparklines), articles per dump and per day,
tags used and the top entities of the kept articles (bar plots, textual-plot). The
figures are `reader.library.stats.charts`, the same series `reader stats --plot`
draws; the articles' dates are read and the figures counted in a thread (at 100,000
articles that is seconds), over a copy of the states taken when `S` was pressed (the
store is thread-safe; the entity index is only read), and the charts drawn when done.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import ClassVar

from rich.bar import Bar
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Grid, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Sparkline, Static
from textual_plot import HiResMode, PlotWidget

from reader.library.stats import Charts, Series, count_ticks, said_days
from reader.library.triage import Progress
from reader.text.counted import counted
from reader.text.safe import visible_line
from reader.tui import keys
from reader.tui.dialogs.spaced_labels import SpacedLabels

COUNTING = "Counting…"
LAST_DAYS = 30
"""Days shown in a per-day chart: the latest ones."""
MIN_SLOTS = 4
"""A plot is at least this many categories wide."""
NAMED_BARS = 10
"""Names shown as bars (dumps, tags, entities); the rest are counted."""
NAME_WIDTH = 24
BAR_LABEL = 12
"""Characters of a bar's label under a plot (dump, tag and entity names are cut)."""

ArticleDays = Mapping[str, str | None]


class StatsScreen(ModalScreen[None]):
    """Reads the article dates and counts the figures in a thread, then draws the charts."""

    BINDINGS: ClassVar[list[BindingType]] = keys.STATS_SCREEN

    def __init__(
        self,
        read_days: Callable[[], ArticleDays],
        build: Callable[[ArticleDays], Charts],
        tag_colours: Mapping[str, str],
        store_notice: str | None = None,
        stories: Progress | None = None,
        gone: str | None = None,
    ) -> None:
        """`read_days`, then `build` with its result, run in a thread; `store_notice`: why
        the store is read-only, with its path, which a toast has no room for; `stories`: the
        list header's progress, each story once, which the summary says as the header does;
        `gone`: the work kept for dumps not found, which the start tells of only once."""
        super().__init__()
        self._gone = gone
        self._stories = stories
        self._read_days = read_days
        self._store_notice = store_notice
        self._build = build
        self._tag_colours = dict(tag_colours)
        self.charts: Charts | None = None
        """The figures once drawn (None while counting or when counting failed)."""

    def compose(self) -> ComposeResult:
        """A summary line over a grid of charts, all in one scrolling box."""
        with VerticalScroll(id="stats-box") as box:
            box.border_title = "Where you stand"
            box.border_subtitle = "esc closes · j/k scroll"
            yield Static(COUNTING, id="stats-summary", markup=False)
            if self._store_notice:
                notice = visible_line(self._store_notice)
                yield Static(notice[:1].upper() + notice[1:], id="stats-store", markup=False)
            if self._gone:
                yield Static(self._gone, id="stats-gone", markup=False)
            yield Grid(id="stats-grid")

    def on_mount(self) -> None:
        """Starts reading the dates."""
        self._count()

    @work(thread=True, exit_on_error=False)
    def _count(self) -> None:
        try:
            charts = self._build(self._read_days())
        except Exception as exc:  # a dump that breaks the date reader, a store that
            self.app.call_from_thread(self._failed, exc)  # cannot be read: said, never fatal
            return
        self.app.call_from_thread(self._show, charts)

    def _failed(self, exc: Exception) -> None:
        self.query_one("#stats-summary", Static).update(f"Cannot count: {exc}")

    def _show(self, charts: Charts) -> None:
        self.charts = charts
        self.query_one("#stats-summary", Static).update(summary(charts, self._stories))
        grid = self.query_one("#stats-grid", Grid)
        grid.mount_all(
            [
                _panel(
                    f"Triage progress, of {counted(charts.total, 'article')}", _progress(charts)
                ),
                _per_day("Triaged per day of work", charts.triaged_per_day, "triaged"),
                _per_day("Annotations per day of work", charts.annotations_per_day, "made"),
                _panel("Articles per dump", _named_bars(charts.per_dump)),
                _panel(
                    f"Articles per day ({charts.undated:,} undated)",
                    _bars(_short_days(charts.per_day.tail(LAST_DAYS))),
                ),
                _panel("Tags used (annotations)", _named_bars(charts.tags, self._tag_colours)),
                _panel(
                    "Top entities of what you kept (articles)", _named_bars(charts.kept_entities)
                ),
            ]
        )

    def action_scroll_down(self) -> None:
        """j: scrolls the charts down."""
        self.query_one("#stats-box", VerticalScroll).scroll_down(immediate=True)

    def action_scroll_up(self) -> None:
        """k: scrolls them up."""
        self.query_one("#stats-box", VerticalScroll).scroll_up(immediate=True)

    def action_close(self) -> None:
        """Back to reading."""
        self.dismiss(None)


def summary(charts: Charts, stories: Progress | None = None) -> str:
    """One line over the charts: totals of what came in and what was done. Where stories
    have versions (`stories`, the list header's progress), the triage is told as the header
    tells it, each story once, with the articles the charts count beside it: the summary
    said "triaged 8 of 53" under a header of "triaged 5 of 30 stories"."""
    triaged = charts.progress.values[-1] if charts.progress.values else 0
    made = sum(charts.annotations_per_day.values)
    days = len(charts.progress.labels)
    articles = counted(charts.total, "article")
    progress = f"triaged {triaged:,} of {charts.total:,}"
    if stories is not None and stories.total != charts.total:
        articles = f"{articles} ({counted(stories.total, stories.unit)})"
        progress = f"{stories.describe()} ({triaged:,} of {counted(charts.total, 'article')})"
    return (
        f"{articles} in {counted(len(charts.per_dump.labels), 'dump')} · "
        f"{progress} · {counted(made, 'annotation')} · {counted(days, 'day')} of work"
    )


def _panel(title: str, *children: PlotWidget | Sparkline | Static) -> Vertical:
    panel = Vertical(*children, classes="stats-panel")
    panel.border_title = visible_line(title)
    return panel


def _empty() -> Static:
    return Static("nothing yet", classes="stats-empty")


class ChartPlot(PlotWidget):
    """A plot that draws itself once mounted (textual-plot needs its own children first)."""

    def __init__(self, draw: Callable[[PlotWidget], None]) -> None:
        super().__init__(allow_pan_and_zoom=False, classes="stats-plot")
        self.can_focus = False
        self._draw = draw

    def on_mount(self) -> None:
        """Draws after the plot's own mount handler has set it up (and cleared it)."""
        self.call_after_refresh(self._draw, self)


def _progress(charts: Charts) -> PlotWidget | Static:
    """Articles triaged by the end of each day of work, on a 0..total scale."""
    shown = _short_days(charts.progress.tail(LAST_DAYS))
    if not shown.labels:
        return _empty()
    xs = list(range(1, len(shown.labels) + 1))

    def draw(plot: PlotWidget) -> None:
        plot.plot(xs, [charts.total] * len(xs), line_style="dim", hires_mode=HiResMode.BRAILLE)
        plot.plot(xs, list(shown.values), line_style="bold green", hires_mode=HiResMode.BRAILLE)
        plot.scatter(xs, list(shown.values), marker="●", marker_style="bold green")
        _count_axis(plot, charts.total)
        plot.set_xlimits(*_slots(len(xs)))
        plot.set_x_formatter(SpacedLabels(list(shown.labels), _per_slot(plot, len(xs))))
        plot.set_xticks([float(x) for x in xs])

    return ChartPlot(draw)


def _per_day(title: str, series: Series, verb: str) -> Vertical:
    """The latest days of work: a sparkline of the trend (from two days on: one day is
    no trend, and Textual draws a lone value as a full block) over bars of the counts;
    "nothing yet" while every day counts zero."""
    shown = series.tail(LAST_DAYS)
    if not any(shown.values):
        return _panel(title, _empty())
    bars = _bars(_short_days(shown))
    trend = [Sparkline(list(shown.values), summary_function=max)] if len(shown.values) > 1 else []
    panel = _panel(title, *trend, bars)
    panel.border_subtitle = (
        f"{sum(shown.values):,} {verb} in {counted(len(shown.labels), 'day')}, "
        f"at most {max(shown.values):,} a day"
    )
    return panel


def _named_bars(series: Series, colours: Mapping[str, str] | None = None) -> Static:
    """One horizontal bar a name (dumps, tags, entities: names too long to stand under a
    plot), longest first, in the tags' own colours when given; the rest counted."""
    if not series.labels:
        return _empty()
    top = max(series.values)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(max_width=NAME_WIDTH, no_wrap=True, overflow="ellipsis")
    grid.add_column(ratio=1)
    grid.add_column(justify="right")
    for name, value in zip(series.labels[:NAMED_BARS], series.values[:NAMED_BARS], strict=True):
        colour = (colours or {}).get(name, "cyan")
        grid.add_row(Text(visible_line(name)), Bar(top, 0, value, color=colour), f"{value:,}")
    rest = len(series.labels) - NAMED_BARS
    if rest > 0:
        grid.add_row(Text(f"and {rest:,} more", style="dim"), "", "")
    return Static(grid, classes="stats-bars")


def _bars(series: Series) -> PlotWidget | Static:
    """Vertical bars over the days, each labelled with its day and count."""
    if not series.labels:
        return _empty()
    labels = [_label(text, n) for text, n in zip(series.labels, series.values, strict=True)]

    heights = [value or math.nan for value in series.values]  # a zero draws no cell

    def draw(plot: PlotWidget) -> None:
        plot.bar(labels, heights, bar_style="cyan", width=0.6)
        plot.set_x_formatter(SpacedLabels(labels, _per_slot(plot, len(labels))))
        _count_axis(plot, max(series.values))
        plot.set_xlimits(*_slots(len(labels)))

    return ChartPlot(draw)


def _count_axis(plot: PlotWidget, top: int) -> None:
    """A y axis of whole numbers from 0, a little above the last tick."""
    ticks = count_ticks(top)
    plot.set_ylimits(0, ticks[-1] * 1.05)
    plot.set_yticks([float(n) for n in ticks])


def _slots(n: int) -> tuple[float, float]:
    """X limits for `n` categories at 1..n, at least four wide (one bar is not a wall)."""
    pad = max(0.0, (MIN_SLOTS - n) / 2)
    return 0.5 - pad, n + 0.5 + pad


def _per_slot(plot: PlotWidget, n: int) -> Callable[[], float]:
    """The columns each of `n` categories takes in `plot` (`_slots`), as wide as it is now."""
    low, high = _slots(n)
    return lambda: (plot.size.width - plot.margin_left - 1) / (high - low)


def _short_days(series: Series) -> Series:
    """The series with its days as a user says them ("7 Dec", `said_days`)."""
    return Series(said_days(series.labels), series.values)


def _label(text: str, value: int) -> str:
    """A bar's day and its count, told apart ("7 Dec: 2")."""
    shown = visible_line(text)
    if len(shown) > BAR_LABEL:
        shown = shown[: BAR_LABEL - 1] + "…"
    return f"{shown}: {value:,}"
