"""The open articles as a collection: triage, filters, search, the entity index, statistics.

`Library` holds one copy of each open article with every dump it came from;
`Triage` keeps each article's state (new, read, starred, kept, discarded) over the
store and answers the list's questions; `filters`, `search` and `entity_index`
narrow the list; `stats` sums up a workspace; `dwell` says when reading counts.
"""

from typing import TYPE_CHECKING

from reader.lazy import lazy_exports

if TYPE_CHECKING:
    from reader.library.articles import Library
    from reader.library.filters import Filter
    from reader.library.search import SearchIndex
    from reader.library.triage import Triage

__all__ = ["Filter", "Library", "SearchIndex", "Triage"]

_EXPORTS = {
    "Library": "articles",
    "Filter": "filters",
    "SearchIndex": "search",
    "Triage": "triage",
}
"""Each name -> the module that defines it, imported on first use."""

__getattr__ = lazy_exports(__name__, _EXPORTS)
