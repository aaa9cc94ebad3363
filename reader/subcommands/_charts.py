"""`reader stats --plot`: the stats screen's charts, drawn in the terminal with plotext.

plotext (5.x API) draws labelled bar charts and braille line plots as text, with axes
and ticks, so the figures need no hand-made renderer; its colours are kept only when
stdout is a terminal. Labels come from dumps (file names, entity names), so every one
is made a safe single line first.
"""

from __future__ import annotations

import shutil

import plotext as plt

from reader.library.stats import Charts, Series, count_ticks, said_days
from reader.text.safe import visible_line

LAST_DAYS = 30
"""Days shown in a per-day chart: the latest ones."""
MAX_WIDTH = 100
HEIGHT = 12
LABEL_WIDTH = 24
NOTHING = "  (nothing yet)"


def render(charts: Charts, *, colour: bool, width: int | None = None) -> str:
    """Every chart, one under the other, as text for stdout."""
    size = min(width or shutil.get_terminal_size((80, 24)).columns, MAX_WIDTH)
    parts = [
        _bars("Articles per dump", charts.per_dump, size),
        _columns(
            f"Articles per day (their own date; {charts.undated:,} undated)", charts.per_day, size
        ),
        _progress(charts, size),
        _columns("Articles triaged per day of work", charts.triaged_per_day, size),
        _columns("Annotations made per day of work", charts.annotations_per_day, size),
        _bars("Tags used (annotations)", charts.tags, size),
        _bars(
            "Top entities of the kept and starred articles (articles)", charts.kept_entities, size
        ),
    ]
    text = "\n\n".join(parts)
    return text if colour else plt.uncolorize(text)


def _start(title: str, size: int) -> None:
    plt.clear_figure()
    plt.theme("clear")
    plt.plotsize(size, HEIGHT)
    plt.title(visible_line(title))


def _bars(title: str, series: Series, size: int) -> str:
    """Horizontal bars, the biggest on top, each label with its count."""
    if not series.labels:
        return f"{title}\n{NOTHING}"
    _start(title, size)
    rows = len(series.labels)
    plt.plotsize(size, rows + 4)  # one row a bar: title, two borders and the ticks around
    labels = [
        f"{_label(label)} {value:,}"
        for label, value in zip(series.labels, series.values, strict=True)
    ]
    plt.bar(labels[::-1], list(series.values[::-1]), orientation="horizontal", width=0.1)
    plt.ylim(0.5, rows + 0.5)
    ticks = count_ticks(max(series.values))
    plt.xlim(0, ticks[-1])
    plt.xticks(ticks)
    return _built()


def _columns(title: str, series: Series, size: int) -> str:
    """Vertical bars over the latest days, labelled with their day ("1 Mar")."""
    shown = series.tail(LAST_DAYS)
    if not shown.labels:
        return f"{title}\n{NOTHING}"
    _start(title, size)
    plt.bar(_days(shown.labels), list(shown.values), width=0.4)
    plt.xlim(0.5, len(shown.labels) + 0.5)
    ticks = count_ticks(max(shown.values))
    plt.ylim(0, ticks[-1])
    plt.yticks(ticks)
    return _built()


def _progress(charts: Charts, size: int) -> str:
    """Articles triaged by the end of each day of work, against all of them."""
    title = f"Triage progress: articles triaged by each day of work, of {charts.total:,}"
    shown = charts.progress.tail(LAST_DAYS)
    if not shown.labels:
        return f"{title}\n{NOTHING}"
    _start(title, size)
    xs = list(range(len(shown.labels)))
    plt.plot(xs, list(shown.values), marker="hd")
    plt.hline(charts.total)
    plt.xticks(xs, _days(shown.labels))
    ticks = count_ticks(charts.total)
    plt.ylim(0, ticks[-1])
    plt.xlim(-0.5, len(xs) - 0.5)
    plt.yticks(ticks)
    return _built()


def _built() -> str:
    return str(plt.build()).rstrip()


def _days(days: tuple[str, ...]) -> list[str]:
    """`2026-03-01` -> `1 Mar`, as the stats screen says it (`said_days`)."""
    return list(said_days(days))


def _label(text: str) -> str:
    shown = visible_line(text)
    return shown if len(shown) <= LABEL_WIDTH else shown[: LABEL_WIDTH - 1] + "…"
