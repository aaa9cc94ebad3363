"""The list's sort orders (`ctrl+o` cycles them): dump order, newest, oldest, state, title.

Every order is stable: articles that tie keep dump order, and articles without a
date sort after every dated one in both date orders (in dump order among
themselves), so an undated article never jumps about. Dates and folded titles are
worked out once per article (`SortKeys`), so re-sorting after a key costs a sort,
not a parse.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Literal, cast, get_args

from reader.article import Article
from reader.library.articles import Library
from reader.library.dates import article_date
from reader.store import STATES, ArticleState
from reader.text.folding import fold_query

SortOrder = Literal["dump", "newest", "oldest", "state", "title"]
"""How the list is ordered; `dump` is the order the dumps give."""

SORT_ORDERS: tuple[SortOrder, ...] = cast(tuple[SortOrder, ...], get_args(SortOrder))
"""The orders in the order `ctrl+o` cycles through them."""

DEFAULT_ORDER: SortOrder = "dump"

SORT_SETTING = "sort"
"""The store setting that keeps the order across restarts."""

_WORDS: dict[SortOrder, str] = {
    "dump": "dump order",
    "newest": "newest first",
    "oldest": "oldest first",
    "state": "by state",
    "title": "by title",
}


def describe(order: SortOrder) -> str:
    """The order in words, for the list header and the notification: `newest first`."""
    return _WORDS[order]


DATE_ORDERS: frozenset[SortOrder] = frozenset({"newest", "oldest"})
"""The orders by date: the list rows show each article's date under them."""


def date_label(when: datetime | None) -> str:
    """An article's date as a list row shows it: `2025-03-14`, or `no date`."""
    return "no date" if when is None else when.strftime("%Y-%m-%d")


def next_order(order: SortOrder) -> SortOrder:
    """The order after `order` in the cycle (the last wraps to dump order)."""
    return SORT_ORDERS[(SORT_ORDERS.index(order) + 1) % len(SORT_ORDERS)]


def as_order(value: object) -> SortOrder:
    """A stored setting as an order; anything unknown (an older or edited store) is dump order."""
    return cast(SortOrder, value) if value in SORT_ORDERS else DEFAULT_ORDER


YEARLESS_SLACK = timedelta(days=7)
"""A day without a year may fall this long after the dump's latest whole date (a wire
story filed a day or two after the newest dated one must not go back a year)."""


class SortKeys:
    """Each article's date (`reader.library.dates.article_date`) and folded title, worked
    out once per article id.

    A day without a year (`SEOUL, March 1 (Reuters)`) is placed in the year that makes it
    the last such day up to the latest whole date of its dump, else of every open dump,
    else today: a 2025 wire dump read in 2026 stays in 2025.
    """

    def __init__(self, library: Library) -> None:
        self._library = library
        self._dates: dict[str, datetime | None] = {}
        self._titles: dict[str, tuple[bool, str]] = {}
        self._whole: dict[str, datetime | None] = {}
        self._latest: dict[str, datetime | None] = {}
        """Latest whole date per dump ("" for the whole library), reset when it grows."""
        self._size = -1
        self._ranked: dict[SortOrder, tuple[int, list[str]]] = {}
        """Every open id in each order worked out so far, with the library's revision then."""
        self._lock = threading.Lock()

    def ready(self, order: SortOrder) -> bool:
        """Whether listing in `order` costs a pass, not a sort (`ranked` was worked out
        since the library last changed): otherwise a UI works it out in a thread first."""
        if order in ("dump", "state"):
            return True
        known = self._ranked.get(order)
        return known is not None and known[0] == self._library.revision

    def ranked(self, order: SortOrder) -> list[str]:
        """Every open article's id in a date or title order (read-only): worked out once
        per change of the library, so each re-sort is a pass over it. Thread-safe."""
        with self._lock:
            revision = self._library.revision
            known = self._ranked.get(order)
            if known is None or known[0] != revision:
                known = (revision, _sorted(self._library.ids(), order, self))
                self._ranked[order] = known
            return known[1]

    def date(self, article_id: str) -> datetime | None:
        """The article's date, None when undated or not in the library."""
        if article_id not in self._dates:
            article = self._library.get(article_id)
            self._dates[article_id] = None if article is None else self._date(article)
        return self._dates[article_id]

    def title(self, article_id: str) -> tuple[bool, str]:
        """The title folded (case and accents ignored), untitled articles after the rest."""
        key = self._titles.get(article_id)
        if key is None:
            article = self._library.get(article_id)
            title = fold_query(article.title) if article is not None else ""
            key = self._titles[article_id] = (not title, title)
        return key

    def _date(self, article: Article) -> datetime | None:
        whole = self._whole_date(article)
        if whole is not None:
            return whole
        reference = self._reference(article.source)
        today = None if reference is None else (reference + YEARLESS_SLACK).date()
        return article_date(article, today)

    def _whole_date(self, article: Article) -> datetime | None:
        if article.id not in self._whole:
            self._whole[article.id] = article_date(article, yearless=False)
        return self._whole[article.id]

    def _reference(self, source: str) -> datetime | None:
        if self._size != len(self._library):
            self._size, self._latest = len(self._library), {}
        for key in (source, ""):
            if key not in self._latest:
                ids = self._library.from_source(key) if key else self._library.ids()
                found = [when for a in ids if (when := self._whole_of(a)) is not None]
                self._latest[key] = max(found, default=None)
            if self._latest[key] is not None:
                return self._latest[key]
        return None

    def _whole_of(self, article_id: str) -> datetime | None:
        article = self._library.get(article_id)
        return None if article is None else self._whole_date(article)


def sort_ids(
    ids: Sequence[str], order: SortOrder, states: Mapping[str, ArticleState], keys: SortKeys
) -> list[str]:
    """`ids` (in dump order) in the order asked for; ties and undated articles keep dump order.

    `states` holds the articles that are not `new` (as `Triage` keeps them).
    """
    if order == "dump":
        return list(ids)
    if order == "state":  # one pass into a bucket per state beats a keyed sort
        buckets: dict[ArticleState, list[str]] = {state: [] for state in STATES}
        state_of = states.get
        for article_id in ids:
            buckets[state_of(article_id, "new")].append(article_id)
        return [article_id for state in STATES for article_id in buckets[state]]
    wanted = set(ids)
    ordered = [article_id for article_id in keys.ranked(order) if article_id in wanted]
    if len(ordered) < len(wanted):  # ids no longer open keep their place after the rest
        listed = set(ordered)
        ordered += [article_id for article_id in ids if article_id not in listed]
    return ordered


def _sorted(ids: Sequence[str], order: SortOrder, keys: SortKeys) -> list[str]:
    """`ids` (in dump order) sorted by title or date: the keyed sort `SortKeys.ranked` keeps."""
    if order == "title":
        return sorted(ids, key=keys.title)
    dated: list[tuple[datetime, str]] = []
    undated: list[str] = []
    for article_id in ids:
        when = keys.date(article_id)
        if when is None:
            undated.append(article_id)
        else:
            dated.append((when, article_id))
    dated.sort(key=lambda pair: pair[0], reverse=order == "newest")  # stable either way
    return [a for _, a in dated] + undated
