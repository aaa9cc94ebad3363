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
import functools
import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from reader.article import Article
from reader.errors import ReaderError
from reader.library.articles import Added, Library
from reader.library.entity_index import EntityAnalysis, EntityIndex
from reader.library.field_hits import TitleCheck, field_hits, passing_fields
from reader.library.filters import (
    Filter,
    Ranked,
    annotated_counts,
    apply_filter,
    noted_articles,
    tagged_articles,
)
from reader.library.ordering import (
    RANKED_ORDERS,
    SORT_SETTING,
    SortKeys,
    SortOrder,
    StateRank,
    as_order,
    next_order,
    sort_ids,
)
from reader.library.search import AnnotationTexts, Hit, Query, SearchIndex
from reader.store import STATES, ArticleState, Store
from reader.text.counted import counted

if TYPE_CHECKING:
    from reader.library.stories import Stories, Story

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

DECISIONS: frozenset[ArticleState] = frozenset({"starred", "kept", "discarded"})
"""States the user chose (`read` is also the dwell timer's): of a story's versions in
different states, the decision set last is the story's (`Triage.story_states`)."""

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
    """How far triage has got over a set of articles, or of stories (each story counted
    once): "triaged 12 of 340 articles"."""

    counts: Mapping[ArticleState, int]
    """Articles (or stories) per state; every state is present, zeros included."""
    total: int
    unit: Literal["article", "story"] = "article"
    """What is counted, named in `describe`: the list's header counts stories, as it
    lists them, where `reader stats` counts articles."""

    @property
    def triaged(self) -> int:
        """Articles in any state but `new`."""
        return self.total - self.counts[UNREAD]

    @property
    def fraction(self) -> float:
        """Triaged share from 0 to 1 (1 for an empty list: nothing is left to do)."""
        return 1.0 if self.total == 0 else self.triaged / self.total

    def describe(self, *, unit: bool = True) -> str:
        """The header's words: `triaged 12 of 340 stories` (`unit`: with what is counted;
        a narrow header keeps `triaged 12 of 340` where its first line names it)."""
        if not unit:
            return f"triaged {self.triaged:,} of {self.total:,}"
        return f"triaged {self.triaged:,} of {counted(self.total, self.unit)}"


@dataclass(slots=True)
class _StoryCount:
    """`Triage.story_progress` kept: the stories' open versions (of those with more than
    one) at a library revision, and the progress at a count of state changes."""

    stories: object
    revision: int
    groups: list[list[str]]
    state_moves: int = -1
    progress: Progress = field(default_factory=lambda: Progress(dict.fromkeys(STATES, 0), 0))
    moved: dict[str, ArticleState] = field(default_factory=dict)
    """Versions in another state than their story's, and the story's state."""


STATE_MOVES = 64
"""Articles whose states change at once above which the order by state is not kept in
step (each move shifts the list's 100,000 ids in memory; one sort is then cheaper)."""


@dataclass(frozen=True, slots=True)
class StateOrder:
    """An order by state worked out ahead (`Triage.state_order_ahead`), with the library's
    revision and the count of state changes it was worked out at."""

    at: tuple[int, int]
    ids: list[str]
    rank: StateRank


def _state_order(
    at: tuple[int, int],
    ids: list[str],
    states: dict[str, ArticleState],
    position: Callable[[str], int],
    keys: SortKeys,
) -> StateOrder:
    """`ids` (in dump order) by state, from copies no other thread changes."""
    by_state = sort_ids(ids, "state", states, keys)  # (the keys are for the other orders)
    return StateOrder(at, by_state, StateRank(states, position))


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
        self._tally = StateTally()
        """Open articles per state, and the ids in each state but `new`, kept by deltas."""
        self._by_state: tuple[int, list[str], StateRank] | None = None
        """Every open id in the order by state, with the library's revision then and the
        rank along it; kept in order as states change (`_move_by_state`)."""
        self._state_moves = 0
        """How many times a state changed (or all were read again): an order by state
        worked out ahead from older states is not kept (`keep_state_order`)."""
        self._story_progress: _StoryCount | None = None
        """The last `story_progress`: its stories, the library's revision then, their open
        versions (stories of more than one), the state changes then, and the progress."""
        self.last_moved: frozenset[str] = frozenset()
        """Ids whose state the last `undo` or `redo` touched (a list repaints just those)."""
        self.reload()
        self.add(articles)

    # -- articles ------------------------------------------------------------------------

    def add(self, articles: Iterable[Article]) -> Added:
        """Adds a dump's articles (from the start or from the inbox); says which are new."""
        added = self.library.add(articles)
        self.search_index.add(added.new)
        for article in added.new:
            self._tally.enter(article.id, self.state(article.id))
        return added

    def replace_source(self, source: str, articles: Sequence[Article]) -> Added:
        """Puts a dump's corrected articles in place of its old ones (see
        `Library.replace_source`); the new ones become searchable, and those no longer
        listed are no longer found, nor counted by the entity filters (review36: "any
        PERSON 29 articles" of 28 after a break and a weld). One listed again (an undo) is
        indexed again from its analysis (`index_entities`)."""
        added = self.library.replace_source(source, articles)
        self.search_index.remove(article.id for article in added.gone)
        self.search_index.add(added.new)
        for article in added.gone:
            self.entities.forget(article.id)
            self._tally.leave(article.id, self.state(article.id))
        for article in added.new:
            self._tally.enter(article.id, self.state(article.id))
        return added

    def drop(self, articles: Sequence[Article]) -> None:
        """Takes articles out of the list: those a correction had made, once an edit of
        their dump undid it (their text is back in the article they were cut from)."""
        gone = {article.id for article in articles}
        self.library.release(gone)
        for source in {article.source for article in articles}:
            kept = [a for a in self.library.listed_from(source) if a.id not in gone]
            self.replace_source(source, kept)

    def refresh(self, source: str, articles: Sequence[Article]) -> Added:
        """A dump read again: new articles join, edited ones replace their old text in
        place and keep its state (saved without an undo step); says what changed."""
        added = self.library.refresh(source, articles)
        self.search_index.remove(old.id for old, _ in added.replaced)
        self.search_index.add([*added.new, *(new for _, new in added.replaced)])
        for article in added.new:
            self._tally.enter(article.id, self.state(article.id))
        for old, new in added.replaced:
            self.entities.forget(old.id)
            self._tally.leave(old.id, self.state(old.id))
            self._tally.enter(new.id, self.state(new.id))
            state = self.state(old.id)
            if state == UNREAD or self.state(new.id) != UNREAD:
                continue
            try:
                if old.id in self.library:  # still listed from another dump: keeps its own
                    self.store.set_states([new.id], state, journal=False)
                else:  # and the steps that set it act on the new text (`u`)
                    self.store.pass_on_states({old.id: new.id})
                    self._set_state(old.id, UNREAD)
            except ReaderError:
                continue  # a read-only store: the edited article starts new
            self._set_state(new.id, state)
        return added

    def with_work(self, articles: Iterable[Article]) -> list[Article]:
        """Those of `articles` the user did something to: a state, an annotation or a
        note, an entity correction, a check. What leaves a dump is told by them."""
        checked = self.store.checked()
        return [
            article
            for article in articles
            if self.state(article.id) != UNREAD
            or article.id in checked
            or self.store.annotations(article.id)
            or self.store.entity_edits(article.id)
        ]

    def index_entities(self, analyses: Mapping[str, EntityAnalysis]) -> int:
        """Indexes entity results as they arrive; returns how many articles were (re)indexed."""
        return self.entities.sync(self.library, analyses)

    # -- states --------------------------------------------------------------------------

    def state(self, article_id: str) -> ArticleState:
        """The article's state (`new` when never set)."""
        return self._states.get(article_id, UNREAD)

    def states(self) -> dict[str, ArticleState]:
        """A copy of every state but `new`, by article id (a snapshot another thread may
        read while keys change the states)."""
        return dict(self._states)

    def apply(
        self,
        action: Action,
        article_ids: Iterable[str],
        *,
        toggle: bool = True,
        journal: bool = True,
        stories: Iterable[Story] = (),
    ) -> StateChange | None:
        """Applies an action to one article, a count of them or a whole filtered list.

        One store call, so one save and one undo step; None when nothing changes.
        Pass `toggle=False` for bulk actions on a filter, so "discard all" never
        restores articles that happen to be discarded already, and `journal=False`
        for a change the app makes by itself (no undo step, the redo stack kept).
        With `stories` (a key on whole stories), a toggle goes by each story's state as
        its row shows it: `x` on a row shown discarded takes the discard off every
        version, even where one version was only read.
        """
        ids = list(dict.fromkeys(article_ids))
        shown = self.story_states(stories) if stories else {}
        state = target(action, (shown.get(a) or self.state(a) for a in ids), toggle=toggle)
        if action == "read":
            changing = [a for a in ids if self.state(a) == UNREAD]
        else:
            changing = [a for a in ids if self.state(a) != state]
        if not changing:
            return None
        self._many_moving(len(changing))
        self.store.set_states(changing, state, journal=journal)
        for article_id in changing:
            self._set_state(article_id, state)
        return StateChange(state, tuple(changing))

    def _set_state(self, article_id: str, state: ArticleState) -> None:
        """Keeps the in-memory state and the tally (for an open article) in step."""
        self._state_moves += 1
        if article_id in self.library:
            self._tally.move(article_id, self.state(article_id), state)
            self._move_by_state(article_id, state)
        if state == UNREAD:
            self._states.pop(article_id, None)
        else:
            self._states[article_id] = state

    def mark_read(self, article_id: str) -> StateChange | None:
        """The dwell rule's effect: a `new` article becomes `read`, saved but no undo step
        (undo and redo are for what the user did); None when it was not new."""
        return self.apply("read", [article_id], journal=False)

    def undo(self) -> str | None:
        """Undoes the store's last step (a state change or an annotation edit); its label."""
        return self._moved(self.store.undo())

    def redo(self) -> str | None:
        """Redoes the last undone step; its label."""
        return self._moved(self.store.redo())

    def _moved(self, label: str | None) -> str | None:
        """After an undo or redo: reads back only the states it touched (the inverse delta),
        not every state, and notes them in `last_moved`."""
        moved = self.store.moved_states() if label is not None else frozenset()
        self._many_moving(len(moved))
        for article_id in moved:
            self._set_state(article_id, self.store.state(article_id))
        self.last_moved = moved
        return label

    def reload(self) -> None:
        """Re-reads every state from the store (after it was changed behind our back)."""
        self._states = {
            article_id: record.state
            for article_id, record in self.store.states().items()
            if record.state != UNREAD
        }
        self._by_state = None
        self._state_moves += 1
        self._tally = StateTally.over(self.library, self._states)

    # -- the queue -----------------------------------------------------------------------

    def next_unread(
        self,
        current: str | None,
        view: Sequence[str] | None = None,
        *,
        count: int = 1,
        backwards: bool = False,
        stories: Iterable[Story] = (),
    ) -> str | None:
        """The `count`-th unread article after `current` in the view, wrapping around.

        The view defaults to every article in list order; pass the filtered list to
        stay inside the filter. `current` itself is never the answer. With fewer
        unread articles than `count`, the farthest one is returned; None when none
        is left (discarded articles are never unread, so they are always skipped). A
        version of one of `stories` is unread only while its story is (`story_states`).
        """
        order = self.library.id_order() if view is None else view
        moved = self.story_states(stories)
        found: str | None = None
        remaining = max(1, count)
        for article_id in _around(order, current, self.library, backwards):
            if article_id not in moved and self.state(article_id) == UNREAD:
                found = article_id
                remaining -= 1
                if remaining == 0:
                    break
        return found

    # -- views ---------------------------------------------------------------------------

    def view(self, view_filter: Filter, stories: Iterable[Story] = ()) -> list[str]:
        """The ids the list shows under a filter, in the current sort order; a state
        filter passes every open version of a story in that state (`story_states`)."""
        annotations = self.store.annotations() if view_filter.tags or view_filter.notes else []
        tagged = tagged_articles(annotations) if view_filter.tags else {}
        noted = noted_articles(annotations) if view_filter.notes else set()
        order = None  # filtered along an order worked out once (dump order: the library's)
        if self.order in RANKED_ORDERS:
            keys = self.sort_keys
            order = Ranked(keys.ranked(self.order), keys.place(self.order).__getitem__)
        elif self.order == "state":
            order = Ranked(*self._in_state_order())
        states = self._tally.ids
        checked = self.store.checked().keys() if view_filter.checked is not None else frozenset()
        moved = self.story_states(stories)
        return apply_filter(
            view_filter, self.library, states, tagged, self.entities, noted, order, checked, moved
        )

    def checked_count(self) -> int:
        """How many open articles have their entities checked (for the filter picker)."""
        return sum(article_id in self.library for article_id in self.store.checked())

    def state_rank(self) -> StateRank:
        """What grows along a list `view` gave in the order by state, as the states are now
        (a copy: a list keeps finding its rows by it while keys change states)."""
        return StateRank(self._states, self.library.position)

    def _in_state_order(self) -> tuple[list[str], StateRank]:
        """Every open id by state, worked out once per change of the library and kept in
        order as states change: looking up 100,000 states on every re-sort was most of a
        `ctrl+o` into that order, and of every filter key in it."""
        known = self._by_state
        if known is None or known[0] != self.library.revision:
            ids = sort_ids(self.library.id_order(), "state", self._states, self.sort_keys)
            known = self._by_state = (self.library.revision, ids, self.state_rank())
        return known[1], known[2]

    def state_order_ahead(self) -> Callable[[], StateOrder] | None:
        """On the list's thread: what works out the order by state, in any thread, from the
        library and the states as they are now (it holds a copy of each), for
        `keep_state_order` to keep; None when the order kept is current. At 100,000
        articles the first press into that order waited 20-30 ms of CPU for it."""
        revision = self.library.revision
        known = self._by_state
        if known is not None and known[0] == revision:
            return None
        return functools.partial(
            _state_order,
            (revision, self._state_moves),
            self.library.ids(),
            dict(self._states),
            self.library.position,
            self.sort_keys,
        )

    def keep_state_order(self, worked: StateOrder) -> bool:
        """Keeps an order by state worked out ahead unless the library or a state changed
        since it was asked for (it would be stale); whether it was kept. The list's thread
        only: it must not fall between a state's change and its move in the order."""
        if worked.at != (self.library.revision, self._state_moves):
            return False
        self._by_state = (worked.at[0], worked.ids, worked.rank)
        return True

    def _move_by_state(self, article_id: str, state: ArticleState) -> None:
        """One open article changes state: it moves to its place in the order by state
        (two bisections and two moves of the list in C, not a sort)."""
        known = self._by_state
        if known is None or known[0] != self.library.revision:
            self._by_state = None
            return
        ids, rank = known[1], known[2]
        at = bisect.bisect_left(ids, rank(article_id), key=rank)
        if at < len(ids) and ids[at] == article_id:
            del ids[at]
        rank.moved(article_id, state)
        bisect.insort(ids, article_id, key=rank)

    def _many_moving(self, count: int) -> None:
        """Over `STATE_MOVES` articles changing state at once (a `*` key, its undo), the order
        by state is worked out afresh when next used instead of moving each."""
        if count > STATE_MOVES:
            self._by_state = None

    def annotated_counts(self) -> tuple[dict[str, int], int]:
        """Open articles per tag, and those holding a note (for the filter picker)."""
        return annotated_counts(self.store.annotations(), self.library)

    def cycle_order(self) -> SortOrder:
        """Goes on to the next sort order and saves it for the next session (ReaderError if
        that save fails: the order still changes for this session)."""
        return self.use_order(next_order(self.order))

    def use_order(self, order: SortOrder) -> SortOrder:
        """Lists in `order` from now on and saves it for the next session (ReaderError if
        that save fails: the order still changes for this session)."""
        self.order = order
        self.store.put_setting(SORT_SETTING, order)
        return order

    def search(
        self,
        query: Query | str,
        within: Iterable[str] | None = None,
        stories: Iterable[Story] = (),
    ) -> list[Hit]:
        """Articles, notes and tags matching a `/` query (optionally only among `within`), in
        the list's sort order; an article's own hit comes before those of its annotations."""
        run = self.searching(query, within, stories)
        run.advance(None)
        return run.hits

    def searching(
        self,
        query: Query | str,
        within: Iterable[str] | None = None,
        stories: Iterable[Story] = (),
    ) -> SearchRun:
        """`search` in steps (`SearchRun.advance`), so a UI shows the first hits of a
        common word at once and finds the rest between keys. Its fields (`state:starred`)
        narrow `within` first (`reader.library.field_hits`), a state by the state of each
        of `stories` (`story_states`), as the list's filter."""
        parsed = Query.parse(query) if isinstance(query, str) else query
        allowed = None if within is None else set(within)
        if not parsed.fields:
            return SearchRun(self, parsed, allowed)
        annotations = self.store.annotations
        moved = self.story_states(stories) if parsed.fields.states else {}
        allowed = passing_fields(
            parsed,
            self.library,
            self._tally.ids,
            lambda: tagged_articles(annotations()),
            allowed,
            moved,
        )
        titled = None
        if parsed.title_terms:
            titled = TitleCheck(parsed, lambda article_id: self.sort_keys.title(article_id)[1])
        return SearchRun(self, parsed, allowed, titled)

    def _in_order(self, hits: list[Hit], noted: list[Hit]) -> list[Hit]:
        """Article hits (in dump order) and annotation hits, in the list's sort order."""
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
        """Counts per state over the given articles (default: every open article, from
        counts kept up to date by each change, so the header costs nothing per key)."""
        if article_ids is None:
            return Progress(dict(self._tally.counts), len(self.library))
        return count_states(article_ids, self._states)

    def stories(self) -> Stories:
        """The stories the open articles tell more than once, found as the app finds them:
        for a command that reads states by story (`reader stats`, `search`, `export
        --stories`), each then reading them as the list does (`story_states`). numpy
        loads only when there are two articles."""
        if len(self.library) < 2:
            from reader.library.stories import Stories

            return Stories()
        from reader.library.duplicates import find_stories

        return find_stories(list(self.library.articles))

    def story_progress(self, stories: Iterable[Story]) -> Progress:
        """`progress()` with each story counted once, as the list shows it: what a reader
        of "triaged 12 of 40" has left is rows, and a story's hidden versions are no work
        of their own. A story counts in its state (`story_states`); only its open
        versions count. The stories' open versions are kept until the stories or the
        library change, the progress until a state changes too (the header asks at each
        key; 1,000 stories of two versions took 10 ms of CPU at load 21 looked up anew)."""
        return self._story_count(stories).progress

    def story_states(self, stories: Iterable[Story]) -> Mapping[str, ArticleState]:
        """The open versions whose story is in another state than their own, and the
        story's state: the decision (star, keep, discard) set last on any open version,
        else `read` once any is read (a story read or decided in one dump is so in every
        dump, as in an inbox). A reprint's dwell `read`, or a first version merely read,
        never hides a discard made on another version (imported, or with
        `triage_whole_story` off), as a read never overrides a decision on one article.
        The filter, the unread queue and the rows read states through this, so they agree
        with the header's count; kept with `story_progress` (worked out once per change of
        state)."""
        return self._story_count(stories).moved

    def story_state(self, article_id: str, stories: Iterable[Story]) -> ArticleState:
        """`state`, of the article's story when it has other open versions."""
        return self.story_states(stories).get(article_id) or self.state(article_id)

    def _story_count(self, stories: Iterable[Story]) -> _StoryCount:
        """The stories' open versions, progress and moved states, as of now."""
        kept = self._story_progress
        if kept is None or kept.stories is not stories or kept.revision != self.library.revision:
            groups = [
                present
                for story in stories
                if len(present := [v for v in story.versions if v in self.library]) > 1
            ]
            kept = self._story_progress = _StoryCount(stories, self.library.revision, groups)
        if kept.state_moves != self._state_moves:
            progress = self.progress()
            counts, total = dict(progress.counts), progress.total
            state = self._states.get
            moved: dict[str, ArticleState] = {}
            for present in kept.groups:
                total -= len(present) - 1
                triaged = [s for v in present if (s := state(v)) is not None]
                counts[UNREAD] -= len(present) - len(triaged) - (0 if triaged else 1)
                if not triaged:
                    continue
                lead = triaged[0]
                if triaged.count(lead) == len(triaged):
                    counts[lead] -= len(triaged) - 1
                else:  # versions in different states
                    lead = self._lead_state(present)
                    for s in triaged:
                        counts[s] -= 1
                    counts[lead] += 1
                moved.update((v, lead) for v in present if state(v) != lead)
            kept.state_moves, kept.progress = self._state_moves, Progress(counts, total, "story")
            kept.moved = moved
        return kept

    def _lead_state(self, present: Sequence[str]) -> ArticleState:
        """The state of a story whose open versions (`present`, in story order) are in
        different states: the decision set last, as a read never overrides a decision
        (`transition`); `read` when none is decided. Times are asked of the store only when
        decisions differ (the first wins a tie)."""
        state = self._states.get
        decided = {v: s for v in present if (s := state(v)) in DECISIONS}
        if len(set(decided.values())) < 2:
            return next(iter(decided.values()), "read")
        times = self.store.state_times(decided)
        return decided[max(decided, key=lambda v: times.get(v, ""))]

    def in_state(self, state: ArticleState) -> Set[str]:
        """Ids of the open articles in a state other than `new` (read-only; do not mutate)."""
        return self._tally.ids[state]


class SearchRun:
    """One `/` query being answered: article hits found a time budget at a time
    (`advance`), then, once the scan is done, the note and tag hits joined and every
    hit put in the list's order. `hits` grows as it goes (and is replaced when sorted)."""

    BATCH = 256
    """Hits found between two looks at the clock (it is looked at between batches of
    articles too: a rare word finds nothing for most of them)."""

    def __init__(
        self,
        triage: Triage,
        query: Query,
        allowed: Set[str] | None,
        titled: Callable[[str], bool] | None = None,
    ) -> None:
        """`allowed`: the ids to search among (None: all); `titled`: whether an article's
        title holds the query's `title:` words (None: it has none)."""
        self.query = query
        self.hits: list[Hit] = []
        self.done = False
        self._triage = triage
        self._allowed = allowed
        self._titled = titled
        found: Iterator[Hit | None]
        if query.empty and query.fields:  # fields alone
            found = field_hits(query, triage.library, allowed, titled)
        else:
            steps = triage.search_index.steps(query, allowed)
            found = itertools.chain.from_iterable((*step, None) for step in steps)
            if titled is not None:
                found = (hit for hit in found if hit is None or titled(hit.article_id))
        self._found = found
        """Hits, and None where a batch of articles was searched."""

    def advance(self, seconds: float | None) -> bool:
        """Finds hits for about `seconds` (None: until the end); says whether it is done."""
        deadline = None if seconds is None else time.perf_counter() + seconds
        taken = 0
        for hit in self._found:
            if hit is not None:
                self.hits.append(hit)
                taken += 1
                if taken % self.BATCH:
                    continue
            if deadline is not None and time.perf_counter() >= deadline:
                return False
        if not self.done:
            self._finish()
        return True

    def _finish(self) -> None:
        triage, allowed, titled = self._triage, self._allowed, self._titled
        noted = [
            hit
            for hit in triage.annotation_texts.search(self.query)
            if hit.article_id in triage.library
            and (allowed is None or hit.article_id in allowed)
            and (titled is None or titled(hit.article_id))
        ]
        self.hits = triage._in_order(self.hits, noted)
        self.done = True


class StateTally:
    """How many open articles are in each state, and which ones are in each state but
    `new`: kept up to date by each change (`enter`, `leave`, `move`) instead of counted
    over the whole list per key."""

    def __init__(self) -> None:
        self.counts: dict[ArticleState, int] = dict.fromkeys(STATES, 0)
        self.ids: dict[ArticleState, set[str]] = {state: set() for state in TRIAGED_STATES}

    @classmethod
    def over(cls, library: Library, states: Mapping[str, ArticleState]) -> StateTally:
        """The tally of every open article, given the states that are not `new`."""
        tally = cls()
        for article_id, state in states.items():
            if article_id in library:
                tally.ids[state].add(article_id)
        for state, ids in tally.ids.items():
            tally.counts[state] = len(ids)
        tally.counts[UNREAD] = len(library) - sum(tally.counts.values())
        return tally

    def enter(self, article_id: str, state: ArticleState) -> None:
        """An article was opened (it joined the library) in this state."""
        self.counts[state] += 1
        if state != UNREAD:
            self.ids[state].add(article_id)

    def leave(self, article_id: str, state: ArticleState) -> None:
        """An article in this state left the library."""
        self.counts[state] -= 1
        if state != UNREAD:
            self.ids[state].discard(article_id)

    def move(self, article_id: str, old: ArticleState, new: ArticleState) -> None:
        """An open article went from one state to another."""
        if old != new:
            self.leave(article_id, old)
            self.enter(article_id, new)


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
