"""Range queries over styled spans must return exactly the overlapping spans, in order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.style import Style

from reader.tui.presenters.spans import SpanLayer, StyledSpan

STYLE = Style(bold=True)
spans = st.lists(
    st.tuples(st.integers(0, 200), st.integers(1, 40)).map(
        lambda t: StyledSpan(t[0], t[0] + t[1], STYLE)
    ),
    max_size=60,
)


@given(spans, st.integers(0, 250), st.integers(1, 80))
def test_spans_between_matches_a_scan(items: list[StyledSpan], start: int, length: int) -> None:
    end = start + length
    expected = sorted(
        (s for s in items if s.start < end and s.end > start), key=lambda s: (s.start, s.end)
    )
    assert list(SpanLayer(items).spans_between(start, end)) == expected


def test_a_long_span_before_short_ones_is_still_found() -> None:
    layer = SpanLayer([StyledSpan(0, 100, STYLE), StyledSpan(5, 6, STYLE)])
    assert [(s.start, s.end) for s in layer.spans_between(50, 60)] == [(0, 100)]
    assert len(layer) == 2
