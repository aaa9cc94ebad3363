"""Entity facts the UI shows: counts per label, grouped mentions, next/previous entity.

Pure functions over an `Analysis`, so the legend, the panel, the jump keys and the
highlight layer all agree on the same filtered entities.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reader.analysis import Analysis, Entity
from reader.library.entity_groups import groups
from reader.text.safe import visible_line
from reader.tui.presenters.colors import entity_style
from reader.tui.presenters.spans import SpanLayer, StyledSpan


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity of one label under its name, with where it occurs (body offsets)."""

    label: str
    text: str
    spans: tuple[tuple[int, int], ...]
    spellings: tuple[str, ...] = ()
    """Every way the article writes it ("Kim Jong Un", "Kim"), in order of first use."""


def label_counts(analysis: Analysis) -> Counter[str]:
    """How many entities of each label, most frequent first when iterated with most_common."""
    return Counter(entity.label for entity in analysis.entities)


def shown(entities: Sequence[Entity], hidden: Collection[str]) -> list[Entity]:
    """The entities of the labels the user did not hide, by start."""
    chosen = [entity for entity in entities if entity.label not in hidden]
    return sorted(chosen, key=lambda entity: (entity.start, entity.end))


def highlight_layer(entities: Sequence[Entity], dark: bool) -> SpanLayer:
    """Entity backgrounds in their label colours for the current theme."""
    return SpanLayer(StyledSpan(e.start, e.end, entity_style(e.label, dark)) for e in entities)


def mentions(analysis: Analysis, body: str) -> list[Mention]:
    """Entities grouped under one name per entity (variants together), by label.

    Labels by count, then entities by count, then by first mention.
    """
    counts = label_counts(analysis)
    found = groups(body, analysis.entities)
    found.sort(key=lambda group: (-counts[group.label], group.label))
    return [
        Mention(
            group.label,
            visible_line(group.name),
            tuple((e.start, e.end) for e in group.mentions),
            tuple(visible_line(spelling) for spelling in group.spellings),
        )
        for group in found
    ]


def next_entity(entities: Sequence[Entity], after: int) -> Entity | None:
    """The first entity starting after body offset `after` (entities sorted by start)."""
    index = bisect_right([e.start for e in entities], after)
    return entities[index] if index < len(entities) else None


def previous_entity(entities: Sequence[Entity], before: int) -> Entity | None:
    """The last entity starting before body offset `before`."""
    index = bisect_left([e.start for e in entities], before)
    return entities[index - 1] if index > 0 else None


def next_span(spans: Sequence[tuple[int, int]], after: int) -> tuple[int, int]:
    """The first span starting after `after`, wrapping round to the first."""
    return next((span for span in spans if span[0] > after), spans[0])
