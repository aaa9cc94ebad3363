"""How annotated passages look: underlined in the text, and a bar in the gutter beside them.

Passages may nest or overlap (a quote tagged inside a tagged paragraph). Each stays
visible: in the text, every character carries the mark of the innermost passage over
it (the shortest), underlined in the colour of its first tag; in the gutter left of
the text, every passage has a bar beside all of its lines, outer passages in the
left lane and passages inside them in the next, so the outer one is seen where the
inner one covers its text. Marks lie under the entity highlights (an entity keeps
its readable colours and gains the underline); the bars keep the tag colour beside
them. A passage with a note but no tag is underlined in the text's own colour.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from rich.style import Style

from reader.tui.presenters.panes import LANES
from reader.tui.presenters.spans import SpanLayer, StyledSpan

if TYPE_CHECKING:
    from reader.store import Annotation, Tag

MARK_ORDER = 5
"""Above the cursor tint (0), under the entity highlights (10) and the selection."""
_NOTE_ONLY = Style(underline=True)
_NOTE_BAR = Style(dim=True)


def tag_style(tag: Tag | None) -> Style:
    """The mark of a passage whose first tag is `tag` (None: no tag, only a note)."""
    if tag is None:
        return _NOTE_ONLY
    return Style(color=tag.colour, underline=True, bold=True)


def bar_style(tag: Tag | None) -> Style:
    """The gutter bar of a passage whose first tag is `tag` (None: only a note)."""
    return _NOTE_BAR if tag is None else Style(color=tag.colour)


def first_tag(annotation: Annotation, tags: Mapping[str, Tag]) -> Tag | None:
    """The tag whose colour marks the passage (its first), if it is known."""
    return tags.get(annotation.tags[0]) if annotation.tags else None


def placed(annotations: Iterable[Annotation]) -> list[Annotation]:
    """The annotations with a place in the text, outermost first (start, then longest).

    Orphans have no place to mark; an empty range shows nothing."""
    live = [a for a in annotations if not a.orphaned and a.end > a.start]
    return sorted(live, key=lambda a: (a.start, -a.end))


def lanes(annotations: Sequence[Annotation]) -> list[int]:
    """A gutter lane per annotation (in `placed` order): the lowest lane free at its start.

    Outer passages come first, so they take the left lane and what lies inside them
    the next; passages that only follow each other share a lane."""
    ends: list[int] = []
    chosen: list[int] = []
    for annotation in annotations:
        lane = next((n for n, end in enumerate(ends) if end <= annotation.start), len(ends))
        if lane == len(ends):
            ends.append(annotation.end)
        else:
            ends[lane] = annotation.end
        chosen.append(lane)
    return chosen


def innermost(annotations: Sequence[Annotation]) -> list[tuple[int, int, Annotation]]:
    """Ranges of the text with the innermost (shortest) passage over each, in order.

    A sweep over the passages' edges; on equal lengths the later start wins, then the
    later in `annotations` (so the choice never depends on set order)."""
    edges = sorted({a.start for a in annotations} | {a.end for a in annotations})
    ranked = sorted(range(len(annotations)), key=lambda n: (annotations[n].start, n))
    pieces: list[tuple[int, int, Annotation]] = []
    active: list[int] = []
    following = 0
    for low, high in pairwise(edges):
        while following < len(ranked) and annotations[ranked[following]].start <= low:
            active.append(ranked[following])
            following += 1
        active = [n for n in active if annotations[n].end > low]
        if not active:
            continue
        best = min(active, key=lambda n: (annotations[n].end - annotations[n].start, -n))
        winner = annotations[best]
        if pieces and pieces[-1][2] is winner and pieces[-1][1] == low:
            pieces[-1] = (pieces[-1][0], high, winner)
        else:
            pieces.append((low, high, winner))
    return pieces


class PassageMarks:
    """An article's annotations as drawn: the text layer, the gutter bars, what covers a range."""

    def __init__(self, annotations: Iterable[Annotation], tags: Mapping[str, Tag]) -> None:
        self._annotations = placed(annotations)
        self._tags = dict(tags)
        self.text = SpanLayer(
            StyledSpan(low, high, tag_style(first_tag(annotation, tags)))
            for low, high, annotation in innermost(self._annotations)
        )
        """The underline marks, one per stretch of text (under the entity layer)."""
        cells: list[list[StyledSpan]] = [[] for _ in range(LANES)]
        for annotation, lane in zip(self._annotations, lanes(self._annotations), strict=True):
            style = bar_style(first_tag(annotation, tags))
            cells[min(lane, LANES - 1)].append(StyledSpan(annotation.start, annotation.end, style))
        self._cells = [SpanLayer(spans) for spans in cells]

    def __len__(self) -> int:
        return len(self._annotations)

    def gutter(self, start: int, end: int) -> tuple[Style | None, ...]:
        """For a line showing body `[start, end)`: each gutter cell's bar style, or None.

        In a shared last cell the passage starting last (the innermost) shows."""
        return tuple(
            None if (bar := self._bar(cell, start, end)) is None else bar.style
            for cell in range(LANES)
        )

    def passage_at(self, cell: int, start: int, end: int) -> tuple[int, int] | None:
        """The range of the passage whose bar is drawn in gutter `cell` beside the line
        showing `[start, end)` (a click there selects it), or None."""
        bar = self._bar(cell, start, end) if 0 <= cell < LANES else None
        return None if bar is None else (bar.start, bar.end)

    def _bar(self, cell: int, start: int, end: int) -> StyledSpan | None:
        found = None
        for span in self._cells[cell].spans_between(start, end):
            found = span
        return found

    def covering(self, start: int, end: int) -> list[Annotation]:
        """The passages over any of `[start, end)` (a cursor sentence), outermost first.

        An empty range asks about the one character at `start`."""
        end = max(end, start + 1)
        return [a for a in self._annotations if a.start < end and a.end > start]

    def described(self, start: int, end: int) -> tuple[Covering, ...]:
        """What the legend says of the passages over `[start, end)` (see `covering`)."""
        return describe_covering(self.covering(start, end), self._tags)


@dataclass(frozen=True, slots=True)
class Covering:
    """One passage under the cursor, as the legend names it: its tags and colour."""

    names: str
    style: Style


def describe_covering(
    annotations: Sequence[Annotation], tags: Mapping[str, Tag]
) -> tuple[Covering, ...]:
    """Names for the passages under the cursor (their tags, or "note"), outermost first."""
    from reader.annotation.annotator import quote_preview  # not on the first frame's path

    return tuple(
        Covering(
            ", ".join(quote_preview(name) for name in a.tags) if a.tags else "note",
            bar_style(first_tag(a, tags)),
        )
        for a in annotations
    )
