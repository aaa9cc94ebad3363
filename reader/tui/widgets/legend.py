"""The legend under the article: each label present, its colour, count and meaning.

Labels sit in columns, each with its meaning cut to the column; when that needs
more lines than the terminal can spare, the meanings go and the chips flow on
fewer lines (the label chooser and the entity panel still give them in full).
Clicking a chip hides or shows that label. The status line also names the
annotated passages under the article's cursor, outermost first, each after a bar in
its gutter colour (nested passages show one bar each in the gutter beside the text).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget

from reader.nlp import label_style
from reader.text.cells import fit
from reader.tui.presenters.colors import entity_style
from reader.tui.presenters.marks import Covering
from reader.tui.presenters.panes import BAR

ROWS_PER_HEIGHT = 10
"""One legend line per this many terminal lines (at least two)."""
CELL_WIDTH = 34
"""Width of one label column (chip, count and the start of the meaning)."""
_GAP = "   "
COVERING_LEAD = "   here: "
"""Before the names of the passages under the cursor, on the status line."""


@dataclass(frozen=True, slots=True)
class LegendState:
    """What the legend shows: a status line and the label counts of the open article."""

    status: str
    counts: Counter[str]
    hidden: frozenset[str] = frozenset()
    dark: bool = True
    numbers: tuple[str, ...] = ()
    """Labels numbered for the digit keys while editing entities (1 is the first)."""


class Legend(Widget):
    """Entity labels of the open article with counts and meanings; a click toggles a label."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._state = LegendState("", Counter())
        self._covering: tuple[Covering, ...] = ()
        self._text = Text()

    @property
    def state(self) -> LegendState:
        """What the legend shows now."""
        return self._state

    def show(self, state: LegendState) -> None:
        """Redraws with new counts, hidden labels or status."""
        self._state = state
        self._rebuild()

    @property
    def covering(self) -> tuple[Covering, ...]:
        """The passages named as under the cursor."""
        return self._covering

    def show_covering(self, covering: tuple[Covering, ...]) -> None:
        """Names the annotated passages under the article's cursor (none: nothing said)."""
        if covering != self._covering:
            self._covering = covering
            self._rebuild()

    def on_resize(self, event: events.Resize) -> None:
        """The flow of chips depends on the width; the height follows once laid out."""
        self._rebuild()
        self.call_after_refresh(self._fit_height)

    def _fit_height(self) -> None:
        """As tall as its lines: the layout asked for as it is resized is lost when the
        screen is laying out. Shown with the entity cache's counts before it had a width,
        the legend made six lines for none, kept their height once they were three, and
        left two blank lines under the article at 80x24."""
        if self.content_region.height != self._text.plain.count("\n") + 1:
            self.refresh(layout=True)

    def _rebuild(self) -> None:
        """New text; a new layout only when the number of lines changes (it is costly)."""
        text = Text("\n", no_wrap=True).join(self._lines())
        relayout = text.plain.count("\n") != self._text.plain.count("\n")
        self._text = text
        self.refresh(layout=relayout)

    def render(self) -> Text:
        """Status line, then the label chips."""
        return self._text

    def _lines(self) -> list[Text]:
        state = self._state
        width = max(self.content_region.width, 20)
        lines = [self._status_line(width)]
        labels = list(_ordered(state.counts, state.numbers))
        columns = max(width // CELL_WIDTH, 1)
        if -(-len(labels) // columns) <= max(self.app.size.height // ROWS_PER_HEIGHT, 2):
            lines.extend(_grid(labels, state, columns, width // columns))
        else:
            lines.extend(_flow([_chip(label, count, state) for label, count in labels], width))
        return lines

    def _status_line(self, width: int) -> Text:
        """The status and the passages under the cursor, cut to one line: Textual wraps a
        `Text` whatever its `no_wrap` says, and "editing entities · 0 of 2 listed checked · 67
        entities" took two lines at 80 columns, the label chips' line left off below."""
        line = Text(self._state.status, style="bold", no_wrap=True, overflow="ellipsis")
        if self._covering:
            line.append(COVERING_LEAD if line.plain else COVERING_LEAD.lstrip(), Style(dim=True))
            for number, passage in enumerate(self._covering):
                line.append(("  " if number else "") + BAR, passage.style)
                line.append(f" {passage.names}")
        line.truncate(width, overflow="ellipsis")
        return line


def _ordered(counts: Counter[str], numbers: tuple[str, ...]) -> Iterable[tuple[str, int]]:
    """The numbered labels in their digits' order (one left with no entity too), then the
    rest, most frequent first."""
    first = {label: at for at, label in enumerate(numbers)}
    last = len(first)
    return sorted(counts.items(), key=lambda item: (first.get(item[0], last), -item[1], item[0]))


def _chip(label: str, count: int, state: LegendState) -> Text:
    """Label in its colour (struck out when hidden) and its count; a click toggles it."""
    click = Style(meta={"@click": f"screen.toggle_label({label!r})"})
    hidden = label in state.hidden
    chip = Text(no_wrap=True, end="")
    if label in state.numbers:
        chip.append(f"{state.numbers.index(label) + 1}", Style(bold=True, reverse=True) + click)
    colour = Style(dim=True, strike=True) if hidden else entity_style(label, state.dark)
    chip.append(f" {label} ", colour + click)
    chip.append(f" {count}", Style(bold=True, dim=hidden) + click)
    return chip


def _grid(labels: list[tuple[str, int]], state: LegendState, columns: int, cell: int) -> list[Text]:
    """Labels in `columns` columns of `cell` cells, each with its meaning cut to fit."""
    rows: list[Text] = []
    for first in range(0, len(labels), columns):
        row = Text(no_wrap=True, end="")
        for label, count in labels[first : first + columns]:
            chip = _chip(label, count, state)
            room = cell - cell_len(chip.plain) - 2
            meaning = fit(label_style(label).description, room) if room > 3 else ""
            chip.append(f" {meaning}".ljust(cell - cell_len(chip.plain)), Style(dim=True))
            row.append_text(chip)
        rows.append(row)
    return rows


def _flow(chips: Collection[Text], width: int) -> list[Text]:
    """Chips packed into lines of `width` cells, never splitting a chip."""
    rows: list[Text] = []
    row = Text(no_wrap=True, end="")
    for chip in chips:
        size = cell_len(chip.plain)
        if row.plain and cell_len(row.plain) + len(_GAP) + size > width:
            rows.append(row)
            row = Text(no_wrap=True, end="")
        if row.plain:
            row.append(_GAP)
        row.append_text(chip)
    if row.plain:
        rows.append(row)
    return rows
