"""The list's sort orders (`ctrl+o` cycles them): dump order, newest, oldest, state, title.

Every order is stable: articles that tie keep dump order, and articles without a
date sort after every dated one in both date orders (in dump order among
themselves), so an undated article never jumps about. Dates and the titles that take
more than lowering to fold are worked out once per article (`SortKeys`), so re-sorting
after a key costs a sort, not a parse.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Literal, TypeVar, cast, get_args

from reader.article import Article
from reader.library.articles import Library
from reader.library.dates import article_date
from reader.store import STATES, ArticleState
from reader.text.folding import fold_query, folds_to_lower

T = TypeVar("T")

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

RANKED_ORDERS: frozenset[SortOrder] = frozenset({"newest", "oldest", "title"})
"""The orders `SortKeys.ranked` works out once per change of the library."""


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


_UNPLACED = datetime.max
"""An article with no whole date whose date was not asked for yet (no date read is this:
they are to the minute)."""


def _at_once() -> None:
    """No pause: the order is worked out in one go (the UI's own thread, tests)."""


class SortKeys:
    """Each article's date (`reader.library.dates.article_date`) and folded title, worked
    out once per article id.

    A day without a year (`SEOUL, March 1 (Reuters)`) is placed in the year that makes it
    the last such day up to the latest whole date of its dump, else of every open dump,
    else today: a 2025 wire dump read in 2026 stays in 2025.

    Held lean, since a big dump's keys are read ahead and kept for the session (2.5 MB of
    the 10,000-article dump's 11 MB of text when each id had a folded title in a tuple and
    two dates): a title that folds by lowering alone (`folds_to_lower`: nearly every
    English one) is lowered when sorted, not kept; a whole date is the article's date, so
    only the others are kept twice; equal dates are one object.
    """

    def __init__(self, library: Library) -> None:
        self._library = library
        self._dated: dict[str, datetime] = {}
        """The articles read with a whole date, and it (it is their date)."""
        self._undated: dict[str, datetime | None] = {}
        """The articles read with no whole date: a day without a year placed in a year, None
        when they have none, `_UNPLACED` until their date is asked for."""
        self._titles: dict[str, str] = {}
        """The folded title of each article whose title takes more than lowering to fold."""
        self._same: dict[datetime, datetime] = {}
        """Each date read, as its one held object (a dump's articles share few dates)."""
        self._latest: dict[str, datetime | None] = {}
        """Latest whole date per dump ("" for the whole library), reset when it grows."""
        self._size = -1
        self._ranked: dict[SortOrder, tuple[int, tuple[str, ...], dict[str, int]]] = {}
        """Every open id in each order worked out so far, with the library's revision then
        and each id's place in it. A tuple, not a list: the collector stops tracking a
        tuple of strings at its first pass over it, where a list of 100,000 ids living as
        long as the library was walked again by every full collection (that fell on a key)."""
        self._lock = threading.Lock()
        self._preparing = threading.Lock()
        """Held by `prepare`: a UI's steps and a thread reading ahead take turns."""
        self._prepared: dict[str, int] = {}
        """How far each pass of `prepare` got along the list."""
        self._noted: dict[str, datetime] = {}
        """Latest whole date per dump ("" for all) seen by `prepare`'s first pass."""

    def ready(self, order: SortOrder) -> bool:
        """Whether listing in `order` costs a pass, not a sort (`ranked` was worked out
        since the library last changed): otherwise a UI works it out in a thread first."""
        if order in ("dump", "state"):
            return True
        known = self._ranked.get(order)
        return known is not None and known[0] == self._library.revision

    def prepare(self, order: SortOrder, seconds: float) -> bool:
        """Reads dates or folds titles for `order` for about `seconds`, where the last call
        left off; True once every open article's key is known (`ranked` is then a sort, with
        no parsing). A UI calls it between keys, so a key waits for one step at most,
        never for a thread holding the interpreter through 100,000 dates; a thread may
        call it too, reading ahead of the first sort (they take turns).

        Dates take two passes: every whole date first (noting each dump's latest), so that
        placing a day without a year never reads a whole dump's dates in one step."""
        if self.ready(order):
            return True
        with self._preparing:
            return self._prepare(order, time.perf_counter() + seconds)

    def _prepare(self, order: SortOrder, deadline: float) -> bool:
        if order not in DATE_ORDERS:
            return self._step("title", self.title, deadline)
        if not self._step("whole", self._note_whole, deadline):  # each noted, even if known
            return False
        if self._size != len(self._library):  # every dump's latest whole date, as noted
            self._size, self._latest = len(self._library), dict(self._noted)
        return self._step("date", self.date, deadline)

    def _step(self, name: str, key: Callable[[str], object], deadline: float) -> bool:
        """Works out `key` along the list from where the pass `name` stopped, until
        `deadline`; True when it reached the end."""
        articles = self._library.articles
        start = self._prepared.get(name, 0)
        if start > len(articles):  # the list was replaced meanwhile: again from the top
            start = 0
        for at in range(start, len(articles)):
            key(articles[at].id)
            if at % 64 == 63 and time.perf_counter() >= deadline:
                self._prepared[name] = at + 1
                return False
        self._prepared[name] = len(articles)
        return True

    def _note_whole(self, article_id: str) -> None:
        """One article's whole date, and the latest of each dump it is in (and of all)."""
        when = self._whole_of(article_id)
        if when is None:
            return
        for key in (*self._library.sources(article_id), ""):
            latest = self._noted.get(key)
            if latest is None or when > latest:
                self._noted[key] = when

    def ranked(self, order: SortOrder, breathe: Callable[[], None] = _at_once) -> tuple[str, ...]:
        """Every open article's id in a date or title order (read-only): worked out once
        per change of the library, so each re-sort is a pass over it. Thread-safe.

        `breathe` is called every few thousand articles while it is worked out: a thread
        sleeps in it now and then, so the interpreter is free for the UI's keys and
        screen updates meanwhile."""
        return self._worked_out(order, breathe)[1]

    def place(self, order: SortOrder) -> Mapping[str, int]:
        """Each open article's place in a date or title order (read-only), made with
        `ranked`: a list in that order finds a row by bisection. Thread-safe."""
        return self._worked_out(order, _at_once)[2]

    def _worked_out(
        self, order: SortOrder, breathe: Callable[[], None]
    ) -> tuple[int, tuple[str, ...], dict[str, int]]:
        revision = self._library.revision
        known = self._ranked.get(order)
        if known is not None and known[0] == revision:  # no lock: a thread sorting another
            return known  # order must not hold up the list's keys in this one
        with self._lock:
            revision = self._library.revision
            known = self._ranked.get(order)
            if known is None or known[0] != revision:
                ranked = tuple(_sorted(self._library.ids(), order, self, breathe))
                places: dict[str, int] = {}
                for start, chunk in zip(itertools.count(0, BREATH), _chunks(ranked, breathe)):
                    places.update(zip(chunk, range(start, start + len(chunk)), strict=True))
                known = self._ranked[order] = (revision, ranked, places)
            return known

    def date(self, article_id: str) -> datetime | None:
        """The article's date, None when undated or not in the library."""
        when = self._dated.get(article_id) or self._undated.get(article_id, _UNPLACED)
        if when is not _UNPLACED:
            return when
        article = self._library.get(article_id)
        if article is None:
            return None
        when = self._whole_date(article)
        if when is None:
            when = self._undated[article_id] = self._placed_date(article)
        return when

    def known_date(self, article_id: str) -> datetime | None:
        """The article's date where it costs no other article's: its whole date, or a day
        without a year once a sort placed it (placing one reads its dump's dates, too
        much for a row drawn on a key); None otherwise."""
        placed = self._undated.get(article_id, _UNPLACED)
        if placed is not _UNPLACED:
            return placed
        return self._whole_of(article_id)

    def title(self, article_id: str) -> tuple[bool, str]:
        """The title folded (case and accents ignored), untitled articles after the rest."""
        title = self._titles.get(article_id)
        if title is None:
            article = self._library.get(article_id)
            title = "" if article is None else article.title
            if folds_to_lower(title):
                title = title.lower()
            else:
                title = self._titles[article_id] = fold_query(title)
        return not title, title

    def _placed_date(self, article: Article) -> datetime | None:
        """A day without a year, placed in a year (the article has no whole date)."""
        reference = self._reference(article.source)
        today = None if reference is None else (reference + YEARLESS_SLACK).date()
        return self._held(article_date(article, today))

    def _whole_date(self, article: Article) -> datetime | None:
        when = self._dated.get(article.id)
        if when is None and article.id not in self._undated:
            when = self._held(article_date(article, yearless=False))
            if when is None:
                self._undated[article.id] = _UNPLACED
            else:
                self._dated[article.id] = when
        return when

    def _held(self, when: datetime | None) -> datetime | None:
        """`when` as the one object held for its date."""
        return None if when is None else self._same.setdefault(when, when)

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


STATE_SPAN = 1 << 40
"""More than any position in dump order: a state's place times this, plus a position,
ranks a list sorted by state."""

_STATE_PLACE: dict[ArticleState, int] = {state: at * STATE_SPAN for at, state in enumerate(STATES)}


class StateRank:
    """What grows along a list `sort_ids` put in the order by state (its ids given in dump
    order), so a row of it is found by bisection instead of a table of every listed id
    (made on the first lookup after each re-sort, 100,000 ids long: as long as the rest
    of a `ctrl+o` into that order).

    It holds a copy of the states: a state key in that order leaves its row where it is,
    so until the list is sorted again its rows are ranked by the states it was sorted
    with; `moved` ranks one article afresh (for a list kept in order as states change)."""

    __slots__ = ("_held", "_position")

    def __init__(self, states: Mapping[str, ArticleState], position: Callable[[str], int]) -> None:
        self._held = dict(states)
        self._position = position

    def __call__(self, article_id: str) -> int:
        """The article's rank: its state's place, then its position in dump order."""
        return _STATE_PLACE[self._held.get(article_id, "new")] + self._position(article_id)

    def moved(self, article_id: str, state: ArticleState) -> None:
        """The article is now in `state`: ranked by it from now on."""
        if state == "new":
            self._held.pop(article_id, None)
        else:
            self._held[article_id] = state


def _sorted(
    ids: Sequence[str], order: SortOrder, keys: SortKeys, breathe: Callable[[], None]
) -> list[str]:
    """`ids` (in dump order) sorted by title or date: the keyed sort `SortKeys.ranked` keeps.

    Dates become microseconds in one integer array sorted by numpy, which lets go of the
    interpreter while it sorts: a sort in a thread then never stops the UI's keys for
    the whole sort, as a sort of 100,000 Python objects did. Every Python-level pass
    goes `BREATH` articles at a time, calling `breathe` between.
    """
    if order == "title":  # sorted in runs, then merged: no one call holds the interpreter long
        titles = [keys.title(a) for chunk in _chunks(ids, breathe) for a in chunk]
        runs = [
            sorted(range(start, start + len(chunk)), key=titles.__getitem__)
            for start, chunk in zip(itertools.count(0, BREATH), _chunks(ids, breathe))
        ]
        merged = heapq.merge(*runs, key=titles.__getitem__)  # ties: the earlier run first
        return [ids[place] for chunk in _chunks(merged, breathe) for place in chunk]
    import numpy as np  # loaded with the first sort by date, never before the first frame

    stamps = np.array(
        [_microseconds(keys.date(a)) for chunk in _chunks(ids, breathe) for a in chunk], np.int64
    )
    dated = np.flatnonzero(stamps != UNDATED)
    wanted = -stamps[dated] if order == "newest" else stamps[dated]
    ranked = dated[np.argsort(wanted, kind="stable")]  # ties keep dump order
    undated = np.flatnonzero(stamps == UNDATED)
    places = np.concatenate((ranked, undated)).tolist()
    return [ids[place] for chunk in _chunks(places, breathe) for place in chunk]


def _chunks(items: Iterable[T], breathe: Callable[[], None]) -> Iterator[list[T]]:
    """`items` in lists of `BREATH`, calling `breathe` once each list has been used."""
    rest = iter(items)
    while chunk := list(itertools.islice(rest, BREATH)):
        yield chunk
        breathe()


BREATH = 4096
"""Articles between two calls of `breathe` while an order is worked out (a few ms), and
titles sorted in one call of the title order's sort."""

UNDATED = -1
"""`_microseconds` of an undated article (every date is at or after 0001-01-01)."""


def _microseconds(when: datetime | None) -> int:
    """A date as microseconds since 0001-01-01 (dates are naive, in UTC), `UNDATED` for none."""
    return UNDATED if when is None else (when - datetime.min) // _MICROSECOND


_MICROSECOND = timedelta(microseconds=1)
