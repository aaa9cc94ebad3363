"""Where the list was left: its filter and the article under its cursor, kept across restarts.

An analyst who quits mid-triage (or whose terminal goes away) came back to the top of an
unfiltered list. The filter and the cursor's article are saved in the store's settings
(a view, never an undo step, as the sort order is), each at once when it changes, and
read back at the next start; what the store holds is checked, so an older or edited
store restores nothing rather than failing.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import cast

from reader.library.filters import EntityMatch, Filter
from reader.store import STATES, ArticleState

FILTER_SETTING = "list_filter"
"""The store setting holding the list's filter (`filter_setting`)."""
CURSOR_SETTING = "list_cursor"
"""The store setting holding the id of the article under the list's cursor."""


def filter_setting(view_filter: Filter) -> dict[str, object]:
    """The filter as JSON the store keeps: lists in a stable order, so saving the same
    filter again is no write."""
    return {
        "states": [state for state in STATES if state in view_filter.states],
        "show_discarded": view_filter.show_discarded,
        "tags": sorted(view_filter.tags),
        "sources": sorted(view_filter.sources),
        "entities": [[m.label, m.text] for m in view_filter.entities],
        "notes": view_filter.notes,
        "languages": sorted(view_filter.languages),
        "checked": view_filter.checked,
    }


def saved_filter(value: object, open_sources: Container[str]) -> Filter:
    """The filter a store setting holds, without the dumps no longer open (a filter on a
    dump that is gone would hide every article); anything malformed is left out."""
    if not isinstance(value, Mapping):
        return Filter()
    states = frozenset(cast(ArticleState, s) for s in _strings(value.get("states")) if s in STATES)
    sources = frozenset(s for s in _strings(value.get("sources")) if s in open_sources)
    entities = tuple(
        EntityMatch(label, text)
        for label, text in _pairs(value.get("entities"))
        if label is not None or text is not None
    )
    return Filter(
        states=states,
        show_discarded=value.get("show_discarded") is True,
        tags=frozenset(_strings(value.get("tags"))),
        sources=sources,
        entities=entities,
        notes=value.get("notes") is True,
        languages=frozenset(_strings(value.get("languages"))),
        checked=checked if isinstance(checked := value.get("checked"), bool) else None,
    )


def _strings(value: object) -> set[str]:
    return {item for item in value if isinstance(item, str)} if isinstance(value, list) else set()


def _pairs(value: object) -> list[tuple[str | None, str | None]]:
    if not isinstance(value, list):
        return []
    return [
        (pair[0], pair[1])
        for pair in value
        if isinstance(pair, list)
        and len(pair) == 2
        and all(part is None or isinstance(part, str) for part in pair)
    ]
