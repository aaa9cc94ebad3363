"""The article list's rows as ids, each article looked up only when a row is drawn.

At 100,000 articles, building a list of `Article`s and an id -> row table for every
refresh cost more than a key may take; the list now holds the ids the filter gave,
finds an article by id when its row comes into sight, and works out where an id sits
only when asked (once per list, not once per key).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import overload

from reader.article import Article


class ListedArticles(Sequence[Article]):
    """The listed articles in order, by id, resolved through `lookup` (the library's
    `known`: an article replaced since the list was made is still found, as a list of
    articles would still hold it until refreshed)."""

    def __init__(
        self,
        ids: list[str],
        lookup: Callable[[str], Article | None],
        rank: Callable[[str], int] | None = None,
    ) -> None:
        """`rank`, when given, grows along `ids` (the library's position in dump order, the
        place in a sorted order): a row is then found by bisection, with no table made.
        `ids` is held, not copied: the caller grows it through `extend` alone."""
        self._ids = ids
        self._lookup = lookup
        self._rank = rank
        self._rows: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> Article: ...

    @overload
    def __getitem__(self, index: slice) -> list[Article]: ...

    def __getitem__(self, index: int | slice) -> Article | list[Article]:
        if isinstance(index, slice):
            return [self._article(article_id) for article_id in self._ids[index]]
        return self._article(self._ids[index])

    def _article(self, article_id: str) -> Article:
        article = self._lookup(article_id)
        if article is None:
            raise KeyError(f"article {article_id} is listed but unknown")
        return article

    def extend(self, ids: Sequence[str]) -> None:
        """Lists these ids after the others (articles new to the library, which come after
        every other in dump order): nothing already listed moves."""
        if self._rows is not None:
            start = len(self._ids)
            for row, article_id in enumerate(ids, start):
                self._rows.setdefault(article_id, row)
        self._ids.extend(ids)

    def index_of(self, article_id: str) -> int | None:
        """The row of an article, or None when it is not listed (by bisection along `rank`,
        else from a table made on first use)."""
        if self._rank is not None:
            try:
                return self._bisect(article_id, self._rank)
            except KeyError:  # an id the rank does not know (replaced since): use the table
                self._rank = None
        if self._rows is None:  # built backwards, so an id listed twice keeps its first row
            rows = range(len(self._ids) - 1, -1, -1)
            self._rows = dict(zip(reversed(self._ids), rows, strict=True))
        return self._rows.get(article_id)

    def _bisect(self, article_id: str, rank: Callable[[str], int]) -> int | None:
        ids = self._ids
        at = bisect.bisect_left(ids, rank(article_id), key=rank)
        return at if at < len(ids) and ids[at] == article_id else None
