"""Triage: article states and how keys change them, the next-unread queue, progress.

`Triage` is the one object the TUI holds for the article list: the open articles
(`Library`), their states (cached from the store, written through it), filters,
search and entity lookups. Every state change is one store call, so it is saved at
once and is one undo step, however many articles it touches.

How actions change a state (`transition`); "triaged" means any state but `new`:

    action      new        read       starred    kept       discarded
    read        read       read       starred    kept       discarded
    star        starred    starred    read       starred    starred
    keep        kept       kept       kept       read       kept
    discard     discarded  discarded  discarded  discarded  read
    unread      new        new        new        new        new

`read` (the dwell timer, or a key) never overrides a decision; star, keep and
discard toggle: pressing one again on an article already in that state returns it
to `read` (with a count or on a set, only when every article is already in it).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from reader.article import Article
from reader.errors import ReaderError
from reader.library.articles import Added, Library
from reader.library.entity_index import EntityAnalysis, EntityIndex
from reader.library.filters import (
    Filter,
    annotated_counts,
    apply_filter,
    noted_articles,
    tagged_articles,
)
from reader.library.ordering import (
    SORT_SETTING,
    SortKeys,
    SortOrder,
    as_order,
    next_order,
    sort_ids,
)
from reader.library.search import AnnotationTexts, Hit, Query, SearchIndex
from reader.store import STATES, ArticleState, Store

Action = Literal["read", "star", "keep", "discard", "unread"]
"""What a triage key asks for; `transition` says what it does to each state."""

ACTIONS: tuple[Action, ...] = ("read", "star", "keep", "discard", "unread")
"""Every action, in the order a help screen lists them."""

_TARGET: dict[Action, ArticleState] = {
    "read": "read",
    "star": "starred",
    "keep": "kept",
    "discard": "discarded",
    "unread": "new",
}
_TOGGLES = frozenset({"star", "keep", "discard"})

UNREAD: ArticleState = "new"
"""The state the next-unread queue looks for."""

TRIAGED_STATES: frozenset[ArticleState] = frozenset(s for s in STATES if s != UNREAD)
"""States that count as "triaged" in progress: any decision, including just reading."""


def target(action: Action, current: Iterable[ArticleState], *, toggle: bool = True) -> ArticleState:
    """The state an action moves a set of articles to, given their current states.

    A toggle action moves them back to `read` when every one is already in its state.
    """
    wanted = _TARGET[action]
    if toggle and action in _TOGGLES and all(state == wanted for state in current):
        return "read"
    return wanted


def transition(current: ArticleState, action: Action) -> ArticleState:
    """What one key press does to one article (the table in the module docstring)."""
    wanted = target(action, (current,))
    if action == "read" and current != UNREAD:
        return current
    return wanted


@dataclass(frozen=True, slots=True)
class StateChange:
    """What one triage action changed: the TUI's notification and list refresh."""

    state: ArticleState
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Progress:
    """How far triage has got over a set of articles: "triaged 12 of 340"."""

    counts: Mapping[ArticleState, int]
    """Articles per state; every state is present, zeros included."""
    total: int

    @property
    def triaged(self) -> int:
        """Articles in any state but `new`."""
        return self.total - self.counts[UNREAD]

    @property
    def fraction(self) -> float:
        """Triaged share from 0 to 1 (1 for an empty list: nothing is left to do)."""
        return 1.0 if self.total == 0 else self.triaged / self.total

    def describe(self) -> str:
        """The header's words: `triaged 12 of 340`."""
        return f"triaged {self.triaged} of {self.total}"


class Triage:
    """The open articles with their states, filters, search and entities, for one session.

    States are read from the store once and kept in memory; every change goes
    through the store first. Undo and redo must go through `undo`/`redo` here (or
    be followed by `reload`), because the store's journal may change states.
    """

    def __init__(self, store: Store, articles: Iterable[Article] = ()) -> None:
        self.store = store
        self.library = Library()
        self.search_index = SearchIndex()
        self.entities = EntityIndex()
        self.annotation_texts = AnnotationTexts(store)
        """Notes and tags folded for search, refolded only after the store changed."""
        self.sort_keys = SortKeys(self.library)
        """Each article's date (from its meta) and folded title, worked out once."""
        self.order: SortOrder = as_order(store.setting(SORT_SETTING))
        """The list's sort order, as the store kept it from the last session."""
        self._states: dict[str, ArticleState] = {}
        self.reload()
        self.add(articles)

    # -- articles ------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> Added:
        """Adds a dump's articles (from the start or from the inbox); says which are new."""
        added = self.library.add(articles)
        self.search_index.add(added.new)
        return added

    def replace_source(self, source: str, articles: Sequence[Article]) -> Added:
        """Puts a dump's corrected articles in place of its old ones (see
        `Library.replace_source`); the new ones become searchable, and those no longer
        listed are no longer found."""
        added = self.library.replace_source(source, articles)
        self.search_index.remove(article.id for article in added.gone)
        self.search_index.add(added.new)
        return added

    def refresh(self, source: str, articles: Sequence[Article]) -> Added:
        """A dump read again: new articles join, edited ones replace their old text in
        place and keep its state (saved without an undo step); says what changed."""
        added = self.library.refresh(source, articles)
        self.search_index.remove(old.id for old, _ in added.replaced)
        self.search_index.add([*added.new, *(new for _, new in added.replaced)])
        for old, new in added.replaced:
            self.entities.forget(old.id)
            state = self.state(old.id)
            if state == UNREAD or self.state(new.id) != UNREAD:
                continue
            try:
                self.store.set_states([new.id], state, journal=False)
            except ReaderError:
                continue  # a read-only store: the edited article starts new
            self._states[new.id] = state
        return added

    def index_entities(self, analyses: Mapping[str, EntityAnalysis]) -> int:
        """Indexes entity results as they arrive; returns how many articles were (re)indexed."""
        return self.entities.sync(self.library, analyses)

    # -- states --------------------------------------------------------------------------

    def state(self, article_id: str) -> ArticleState:
        """The article's state (`new` when never set)."""
        return self._states.get(article_id, UNREAD)

    def apply(
        self,
        action: Action,
        article_ids: Iterable[str],
        *,
        toggle: bool = True,
        journal: bool = True,
    ) -> StateChange | None:
        """Applies an action to one article, a count of them or a whole filtered list.

        One store call, so one save and one undo step; None when nothing changes.
        Pass `toggle=False` for bulk actions on a filter, so "discard all" never
        restores articles that happen to be discarded already, and `journal=False`
        for a change the app makes by itself (no undo step, the redo stack kept).
        """
        ids = list(dict.fromkeys(article_ids))
        state = target(action, (self.state(a) for a in ids), toggle=toggle)
        if action == "read":
            changing = [a for a in ids if self.state(a) == UNREAD]
        else:
            changing = [a for a in ids if self.state(a) != state]
        if not changing:
            return None
        self.store.set_states(changing, state, journal=journal)
        for article_id in changing:
            if state == UNREAD:
                self._states.pop(article_id, None)
            else:
                self._states[article_id] = state
        return StateChange(state, tuple(changing))

    def mark_read(self, article_id: str) -> StateChange | None:
        """The dwell rule's effect: a `new` article becomes `read`, saved but no undo step
        (undo and redo are for what the user did); None when it was not new."""
        return self.apply("read", [article_id], journal=False)

    def undo(self) -> str | None:
        """Undoes the store's last step (a state change or an annotation edit); its label."""
        label = self.store.undo()
        self.reload()
        return label

    def redo(self) -> str | None:
        """Redoes the last undone step; its label."""
        label = self.store.redo()
        self.reload()
        return label

    def reload(self) -> None:
        """Re-reads every state from the store (after it was changed behind our back)."""
        self._states = {
            article_id: record.state
            for article_id, record in self.store.states().items()
            if record.state != UNREAD
        }

    # -- the queue -----------------------------------------------------------------------

    def next_unread(
        self,
        current: str | None,
        view: Sequence[str] | None = None,
        *,
        count: int = 1,
        backwards: bool = False,
    ) -> str | None:
        """The `count`-th unread article after `current` in the view, wrapping around.

        The view defaults to every article in list order; pass the filtered list to
        stay inside the filter. `current` itself is never the answer. With fewer
        unread articles than `count`, the farthest one is returned; None when none
        is left (discarded articles are never unread, so they are always skipped).
        """
        order = self.library.ids() if view is None else view
        found: str | None = None
        remaining = max(1, count)
        for article_id in _around(order, current, self.library, backwards):
            if self.state(article_id) == UNREAD:
                found = article_id
                remaining -= 1
                if remaining == 0:
                    break
        return found

    # -- views ---------------------------------------------------------------------------

    def view(self, view_filter: Filter) -> list[str]:
        """The ids the list shows under a filter, in the current sort order."""
        annotations = self.store.annotations() if view_filter.tags or view_filter.notes else []
        tagged = tagged_articles(annotations) if view_filter.tags else {}
        noted = noted_articles(annotations) if view_filter.notes else set()
        ids = apply_filter(view_filter, self.library, self._states, tagged, self.entities, noted)
        return sort_ids(ids, self.order, self._states, self.sort_keys)

    def annotated_counts(self) -> tuple[dict[str, int], int]:
        """Open articles per tag, and those holding a note (for the filter picker)."""
        return annotated_counts(self.store.annotations(), self.library)

    def cycle_order(self) -> SortOrder:
        """Goes on to the next sort order and saves it for the next session (ReaderError if
        that save fails: the order still changes for this session)."""
        self.order = next_order(self.order)
        self.store.put_setting(SORT_SETTING, self.order)
        return self.order

    def search(self, query: Query | str, within: Iterable[str] | None = None) -> list[Hit]:
        """Articles, notes and tags matching a `/` query (optionally only among `within`), in
        the list's sort order; an article's own hit comes before those of its annotations."""
        allowed = None if within is None else set(within)
        hits = self.search_index.search(query, allowed)
        noted = [
            hit
            for hit in self.annotation_texts.search(query)
            if hit.article_id in self.library and (allowed is None or hit.article_id in allowed)
        ]
        if not noted and self.order == "dump":
            return hits
        position = self.library.position
        found = sorted({hit.article_id for hit in [*hits, *noted]}, key=position)
        ordered = sort_ids(found, self.order, self._states, self.sort_keys)
        rank = {article_id: place for place, article_id in enumerate(ordered)}
        return sorted(
            [*hits, *noted], key=lambda hit: (rank[hit.article_id], bool(hit.annotation_id))
        )

    def progress(self, article_ids: Iterable[str] | None = None) -> Progress:
        """Counts per state over the given articles (default: every open article)."""
        return count_states(
            self.library.ids() if article_ids is None else article_ids, self._states
        )


def count_states(article_ids: Iterable[str], states: Mapping[str, ArticleState]) -> Progress:
    """Progress over some articles, given the states that are not `new`."""
    counts = dict.fromkeys(STATES, 0)
    total = 0
    for article_id in article_ids:
        counts[states.get(article_id, UNREAD)] += 1
        total += 1
    return Progress(counts, total)


def _around(
    order: Sequence[str], current: str | None, library: Library, backwards: bool
) -> Iterator[str]:
    """The view's ids starting after `current` and wrapping, `current` excluded.

    When `current` is not in the view (filtered out), the walk starts where it
    would sit in list order.
    """
    if current is None:
        start, skip = 0, 0
    else:
        try:
            start, skip = order.index(current), 1
        except ValueError:
            start, skip = _insertion(order, current, library), 0
    if backwards:
        before = reversed(order[:start])
        return itertools.chain(before, reversed(order[start + skip :]))
    return itertools.chain(order[start + skip :], order[:start])


def _insertion(order: Sequence[str], current: str, library: Library) -> int:
    if current not in library:
        return 0
    return bisect.bisect_left(
        order, library.position(current), key=lambda a: library.position(a) if a in library else -1
    )
