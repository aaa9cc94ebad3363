"""The open articles as a collection: triage, filters, search, the entity index, statistics.

`Library` holds one copy of each open article with every dump it came from;
`Triage` keeps each article's state (new, read, starred, kept, discarded) over the
store and answers the list's questions; `filters`, `search` and `entity_index`
narrow the list; `stats` sums up a workspace; `dwell` says when reading counts.
"""

from reader.library.articles import Library
from reader.library.filters import Filter
from reader.library.search import SearchIndex
from reader.library.triage import Triage

__all__ = ["Filter", "Library", "SearchIndex", "Triage"]
