"""How annotated passages look in the text: underlined, in the colour of their first tag.

Marks lie under the entity highlights (an entity keeps its readable colours and
gains the underline), so tags and entities never hide each other. A passage with a
note but no tag is underlined in the text's own colour.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.style import Style

from reader.store import Annotation, Tag
from reader.tui.presenters.spans import SpanLayer, StyledSpan

MARK_ORDER = 5
"""Above the cursor tint (0), under the entity highlights (10) and the selection."""
_NOTE_ONLY = Style(underline=True)


def tag_style(tag: Tag | None) -> Style:
    """The mark of a passage whose first tag is `tag` (None: no tag, only a note)."""
    if tag is None:
        return _NOTE_ONLY
    return Style(color=tag.colour, underline=True, bold=True)


def mark_layer(annotations: Sequence[Annotation], tags: Mapping[str, Tag]) -> SpanLayer:
    """The marks of an article's placed annotations (orphans have no place to mark)."""
    return SpanLayer(
        StyledSpan(a.start, a.end, tag_style(tags.get(a.tags[0]) if a.tags else None))
        for a in annotations
        if not a.orphaned and a.end > a.start
    )
