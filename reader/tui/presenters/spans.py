"""Styled ranges over an article body, drawn over the text in layers.

The article view composes layers in order (entity highlights, then whatever later
features add: annotation marks, a selection, a sentence cursor), asking each only for
the ranges that touch the line being drawn, so a 50,000-word article with thousands of
entities still draws a line in microseconds.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate
from typing import NamedTuple, Protocol

from rich.style import Style


class StyledSpan(NamedTuple):
    """Body offsets `[start, end)` drawn with `style`.

    A named tuple, as the first frame's records are: a frozen dataclass took some 4 M
    instructions to make at import.
    """

    start: int
    end: int
    style: Style


class Layer(Protocol):
    """Anything that can say which styled spans touch a range of the body."""

    def spans_between(self, start: int, end: int) -> Iterable[StyledSpan]:
        """The spans overlapping `[start, end)`, in start order."""
        ...


class SpanLayer:
    """A fixed set of spans, possibly overlapping, indexed for range queries."""

    def __init__(self, spans: Iterable[StyledSpan]) -> None:
        self._spans: Sequence[StyledSpan] = sorted(spans, key=lambda s: (s.start, s.end))
        self._starts = [span.start for span in self._spans]
        self._reach = list(accumulate((span.end for span in self._spans), max))
        """Running maximum of ends: the first span that can reach a line is found by bisect."""

    def __len__(self) -> int:
        return len(self._spans)

    def spans_between(self, start: int, end: int) -> Iterator[StyledSpan]:
        """The spans overlapping `[start, end)`, in start order."""
        first = bisect_right(self._reach, start)
        last = bisect_left(self._starts, end)
        for span in self._spans[first:last]:
            if span.end > start:
                yield span
