"""Triage on the reading screen: state keys, the unread queue, filters, search, export, undo.

`TriageScreen` is the main screen's base: it owns the filtered list (which ids the
list shows, through `Triage.view`), the list header, the dwell timer and the last
search, and leaves reading (panes, entities) to `MainScreen`. Every change goes
through `reader.library.triage.Triage`, so it is saved at once and is one undo step.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import io
import itertools
import os
import sys
import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rich.style import Style
from textual import events, on, work
from textual.color import Color
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from reader.annotation.clipboard import copy_text
from reader.article import Article
from reader.dumps.inbox import InboxEvent
from reader.errors import ReaderError
from reader.library.filters import Filter
from reader.library.links import article_url, over_ssh
from reader.library.list_memory import CURSOR_SETTING, FILTER_SETTING, filter_setting, saved_filter
from reader.library.ordering import DATE_ORDERS, SortOrder, date_label, next_order
from reader.library.ordering import describe as describe_order
from reader.library.search import Query, Range, jump, matches_in
from reader.library.stories import Stories, Story, compare, fold_leads, story_ids
from reader.library.triage import TRIAGED_STATES, UNREAD, Action, StateChange, StateOrder
from reader.nlp.entity_source import EntitySource
from reader.store import ArticleState, StoreWriteError, labelled_state, state_label
from reader.text.counted import counted
from reader.text.safe import visible_line
from reader.tui import keys
from reader.tui.presenters.facts import TriageFacts, elsewhere_line
from reader.tui.presenters.filter_choices import Choice, filter_choices, no_work_left
from reader.tui.presenters.listing import ListedArticles
from reader.tui.presenters.refusals import refusal
from reader.tui.presenters.rows import StoryMark
from reader.tui.presenters.session import Session
from reader.tui.presenters.spans import SpanLayer, StyledSpan
from reader.tui.presenters.way_out import empty_list_text, no_unread_text
from reader.tui.timers import call_after
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.footer import ReaderFooter
from reader.tui.widgets.list_header import HeaderState, ListHeader, prefix_words

if TYPE_CHECKING:
    from reader.analysis import PipelineInfo
    from reader.interchange.download import Download
    from reader.interchange.exporters.prodigy_ner import NerTasksFile
    from reader.interchange.training import TrainingFile
    from reader.library.stats import Charts
    from reader.library.story_hits import StoryHits
    from reader.tui.dialogs.export import ExportChoice
    from reader.tui.dialogs.search import SearchPick, TagEveryHit

Dialog = TypeVar("Dialog", bound=Screen[Any])

SORT_IN_THREAD = 2_000
"""Over this many articles, a new date or title order is worked out between keys."""
SORT_STEP = 0.004
"""Seconds of reading dates or titles between two keys, while an order is worked out."""
SORT_PAUSE = 0.001
"""Seconds between two such steps (keys and screen updates run between them), and
between two steps of the sort's thread."""
KEYS_AHEAD = 2_000
"""Over this many articles, every date and title is read in a thread once the list is
loaded, so the first sort in a date or title order only sorts."""
KEYS_STEP = 0.002
"""Seconds of that reading at a time; the thread then sleeps as long, letting go of the
interpreter so a key waits for one step at most."""
KEYED_ORDERS: tuple[SortOrder, ...] = ("newest", "title")
"""One order by date (both read the same dates) and the order by title."""
BULK_CONFIRM = 20
"""A `*` state key on more stories than this asks first (the stories the list shows)."""
SEARCH_LAYER = "search"
SEARCH_ORDER = 20
"""Search matches draw over entity highlights."""
STORY_LAYER = "story"
STORY_ORDER = 15
"""Sentences a version added to its story draw over entities, under search matches."""
SHOWN_REMOVED = 3
"""Removed sentences quoted in the comparison's notification (the rest are counted)."""
TITLE_SHOWN = 48
"""Characters of a title a notice names an article by (the rest is cut at a word)."""
MATCH_KEYS = frozenset({"greater_than_sign", "less_than_sign"})
"""Keys after which the footer keeps saying where the last match was."""
ADVANCING = frozenset({"star", "keep", "discard"})
"""State keys after which the article view goes on to the next unread (unless `advance`
is off); read and unread do not, as they are used to revisit."""
_DONE = {
    "new": "Marked unread",
    "read": "Marked read",
    "starred": "Starred",
    "kept": "Kept",
    "discarded": "Discarded",
}
_STOPPED = {
    "sort": "Sorting stopped",
    "keys": "Reading dates and titles ahead stopped",
    "browser": "No browser",
    "export": "Export failed",
}
"""The title of the notification that says a worker of the screen failed, by group."""
_VERB = {
    "read": "Mark read",
    "star": "Star",
    "keep": "Keep",
    "discard": "Discard",
    "unread": "Mark unread",
}


class TriageScreen(Screen[None]):
    """The triage half of the reading screen (the subclass composes the panes)."""

    article_list: ArticleList
    view: ArticleView
    _service: EntitySource
    """The app's entity service (the subclass is handed it): the export asks it for the
    spans (its cache holds what the app analysed already) and the training data's tokens."""
    typed_blind = False
    """Whether the key running now was typed on the first screen, before any triage state
    was shown (`reader.tui.typed_ahead` sets it): a state key then sets its state and never
    toggles it off (`+` on an article kept already keeps it), as the user could not see it."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.triage = session.triage
        saved = session.store.setting(FILTER_SETTING) if session.restore_place else None
        self.view_filter = saved_filter(saved, set(session.triage.library.dumps()))
        """What the list shows; replaced whole by each filter key, and saved in the store
        (`reader.library.list_memory`): the next start shows the list as it was left."""
        self.stories = Stories()
        """Near-duplicate stories (the app finds them in a worker after the first frame)."""
        self.facts = TriageFacts(session.triage, lambda: self.stories)
        """States and annotation counts for the list rows."""
        self._languages_shown = False
        """Whether the rows name their language: the open articles are in several."""
        self.list_header = ListHeader(id="list-header")
        """Filter description and progress, over the list."""
        self.search_query: Query | None = None
        """The last search, for `>` and `<` in the article view."""
        self._shown: list[str] = []
        self._by_state: Callable[[str], int] | None = None
        """In the order by state, the rank the list was sorted with (`state_rank`)."""
        self._filter()
        self._grouped = False
        """Whether the stories were found yet: before, a story's versions are rows of their
        own, and a change is counted in articles, not in stories it may not be."""
        self.unfolded: set[str] = set()
        """Ids of the stories whose versions `z` listed."""
        self._listed: list[str] = self._shown
        self._unsaid: list[str] = []
        """Notices of changes the store's writer has not saved yet (`say_done`), in order."""
        self._leads: dict[str, str] = {}
        self._under = 0
        """Rows of `_listed` that are versions listed under their story's row (`_fold`);
        a key that takes rows out takes out none of them (`_take_out`)."""
        self._prefix = ""
        self._note = ""
        """The footer's note until another key: where the last `>`/`<` landed ("match
        2/3"), an entity's extent after an edge key (`say_in_footer`)."""
        self._dwell_timer: asyncio.TimerHandle | None = None
        self._matches: tuple[str, Query, tuple[Range, ...]] | None = None
        self._sorting: SortOrder | None = None
        """The order being worked out in a thread (`ctrl+o` on a big list), if any."""
        self._sort_worker: Worker[None] | None = None
        """The thread sorting for the last `ctrl+o`, None from the next press on (an older
        one may still be finishing; its failure must not clear a newer press's order)."""
        self._unkept = False
        """Whether a save of the list's place failed already (said once a session)."""
        self._dialogs: dict[type[Screen[Any]], Screen[Any]] = {}
        """The `f` and `/` dialogs, each made on first use and kept (`_kept_dialog`)."""

    # -- what the list shows --------------------------------------------------------------

    @property
    def sorting(self) -> SortOrder | None:
        """The order being worked out for the list (after `ctrl+o` on a big list), if any."""
        return self._sorting

    def listed_articles(self) -> ListedArticles:
        """The articles passing the filter, in list order, each story once unless unfolded
        (looked up by id as their rows are drawn). It holds the screen's own list of ids,
        not a copy (100,000 ids copied on every filter key): each change makes a new
        list, and only a big dump's batches grow it in place (`_append`)."""
        return ListedArticles(self._listed, self.triage.library.known, self._rank())

    def _filter(self) -> None:
        """The ids passing the filter, in the list's order; by state, with the states it
        was sorted by (a key changes states without moving rows)."""
        self._shown = self.triage.view(self.view_filter, self.stories)
        self._by_state = self.triage.state_rank() if self.triage.order == "state" else None

    def _rank(self) -> Callable[[str], int] | None:
        """What grows along the list in its order (rows are then found by bisection): the
        library's position in dump order, the place in a date or title order, the state
        the list was sorted with and the position; None with a story unfolded (its
        versions follow their lead)."""
        order = self.triage.order
        if self.unfolded:
            return None
        if order == "state":
            return self._by_state
        if order == "dump":
            return self.triage.library.position
        return self.triage.sort_keys.place(order).__getitem__

    def _fold(self) -> None:
        """Each story once in the list; with no story found, the list is the filter's own
        (the same list: `_listed is _shown`, one 100,000-id copy fewer per filter key)."""
        if not self.stories:
            self._listed, self._leads, self._under = self._shown, {}, 0
            return
        self._listed, self._leads, self._under = fold_leads(
            self._shown, self.stories, self.unfolded
        )

    def story_mark(self, article: Article) -> StoryMark | None:
        """What the list row says of the article's story: its versions and their dumps, or
        the dumps of an article found in more than one (its row named the first alone, so a
        list filtered to another dump showed that one's name); None for the rest."""
        story = self.stories.story_of(article.id)
        library = self.triage.library
        if story is None:
            sources = library.sources(article.id)
            return StoryMark(1, sources, folded=False, lead=True) if len(sources) > 1 else None
        sources = dict.fromkeys(s for v in story.versions for s in library.sources(v))
        return StoryMark(
            len(story),
            tuple(sources),
            folded=story.id not in self.unfolded,
            lead=self._leads.get(story.id) == article.id,
        )

    def recount(self) -> None:
        """Re-reads the annotation counts and redraws the rows whose count changed (drawn
        rows are kept across list changes, so a count shows only once its row is redrawn)."""
        for article_id in self.facts.refresh_counts():
            self.article_list.refresh_article(article_id)
        self._renote()

    def story_note(self, article: Article) -> str:
        """What the open version's header says of the annotations on its story's other
        versions (`elsewhere_line`), or ""."""
        counts = self.facts.elsewhere(article)
        if not counts:
            return ""
        sources = self.triage.library.sources
        dumps = [source for version in counts for source in sources(version)]
        return elsewhere_line(counts, dumps, keys.shown_key_of(self.app, "toggle_story"))

    def _renote(self) -> None:
        """The open article's header says the work on its story as it is now."""
        if (article := self.view.article) is not None:
            self.view.set_note(self.story_note(article))

    def refresh_list(self, *, announce: bool = False, keep_lines: bool = False) -> None:
        """Re-filters the list, keeping the cursor on its article (or the next one left).

        `announce`: the view follows the cursor (a key in the list); otherwise the view
        keeps its article (a background change: the dwell, the inbox, entities).
        `keep_lines`: rows still listed draw as before (only the filter changed).
        """
        # An emptied list has no cursor: the article the view kept is the one the user
        # was on, and where the cursor goes if it is listed again (an undo).
        current = self.article_list.current or self.view.article
        before = self._listed
        self._filter()
        self._fold()
        listed = self.listed_articles()
        cursor = self._cursor_for(current, before, listed)
        self.article_list.date_label = (
            self._date_label if self.triage.order in DATE_ORDERS else None
        )
        self._languages_shown = self.triage.library.several_languages()
        self.article_list.aside = self._aside
        self.article_list.set_articles(listed, cursor, announce=announce, keep_lines=keep_lines)
        self.refresh_header()

    def _date_label(self, article: Article) -> str:
        return date_label(self.triage.sort_keys.date(article.id))

    def _aside(self, article: Article) -> tuple[str, str]:
        """A row's language (where the list holds several, as the language filter is
        offered) and, outside the date orders, its date where known."""
        language = article.meta.get("language", "") if self._languages_shown else ""
        when = (
            None
            if self.triage.order in DATE_ORDERS
            else self.triage.sort_keys.known_date(article.id)
        )
        return visible_line(str(language)), "" if when is None else date_label(when)

    def _cursor_for(
        self, current: Article | None, before: Sequence[str], listed: ListedArticles
    ) -> int:
        if current is None or current.id not in self.triage.library:
            return 0
        row = listed.index_of(current.id)
        story = self.stories.story_of(current.id)
        if story is not None and row is None:
            lead = self._leads.get(story.id)
            if lead is not None:
                return listed.index_of(lead) or 0
        library = self.triage.library
        if current.id not in library:  # replaced by its edited text, at the same place
            return self.article_list.cursor
        if row is not None:
            return row
        if self.triage.order != "dump":
            return _next_left(current.id, before, listed.index_of)
        position = library.position(current.id)
        return bisect.bisect_left(self._listed, position, key=library.position)

    def refresh_header(self) -> None:
        """Redraws the filter line and the progress bar (each story once, as listed)."""
        description = self.view_filter.describe()
        if self.triage.order != "dump":
            description = f"{describe_order(self.triage.order)} · {description}"
        if self._sorting is not None:  # said at once, on screen until the list is sorted
            description = f"sorting {describe_order(self._sorting)}… · {description}"
        progress = self.triage.story_progress(self.stories)
        shown = self.stories_listed()
        if not self.article_list.articles:  # the empty list says why, and the way out
            hidden = not self.view_filter.states and not self.view_filter.show_discarded
            hidden = hidden and bool(self.triage.library.articles)  # none at all: no dump read
            key_of = partial(keys.shown_key_of, self.app)
            self.article_list.empty_text = empty_list_text(self.view_filter.active, hidden, key_of)
        self.list_header.state = HeaderState(description, shown, progress, self._prefix)

    def stories_listed(self) -> int:
        """The stories passing the filter, as the header counts them: the list's rows,
        less the versions `z` listed under their story's row (the filter line counted
        every version, "87" over "triaged 0 of 74"). Counted as the list is folded: the
        header asks on every triage key, and finding each unfolded story's row took 38 ms
        a key with 1,000 of them unfolded among 10,000 articles."""
        if self._listed is self._shown:  # no story found: a row per article
            return len(self._listed)
        return len(self._listed) - self._under

    @on(ArticleList.PrefixChanged)
    def _prefix_changed(self, event: ArticleList.PrefixChanged) -> None:
        self._prefix = prefix_words(event.count, event.bulk, self.stories_listed())
        self.refresh_header()
        self._refresh_status()

    def key_bound(self, event: events.Key) -> None:
        """Any key but `>`/`<` ends the footer's note (as vim's message line): a key that
        says one says it again. Called by the app just before the key's binding runs
        (`ReaderApp.on_key`): ended as the key reached this screen, ')' then 'j' typed at
        once left the note of ')' up after 'j' (its action ran after j reached here)."""
        if self._note and event.key not in MATCH_KEYS:
            self._note = ""
            self._refresh_status()

    def _refresh_status(self) -> None:
        """The footer's status: a pending prefix first, else the last match's place."""
        for footer in self.query(ReaderFooter):
            footer.status = self._prefix or self._note

    def set_filter(self, new: Filter) -> None:
        """Shows the articles passing `new`; the cursor stays on its article when it passes."""
        self.view_filter = new
        self._keep_setting(FILTER_SETTING, filter_setting(new))
        self.refresh_list(announce=True, keep_lines=not self.stories)  # no story mark changes
        if not self._shown:
            self.notify("No article passes this filter (F clears it).", severity="warning")

    def _keep_setting(self, name: str, value: object) -> None:
        """Saves where the list was left (its filter, its cursor's article) for the next
        start; a store that cannot take it keeps it for this session, said once."""
        try:
            self.session.store.put_setting(name, value)
        except ReaderError as exc:
            if not self._unkept:
                self._unkept = True
                self.notify(f"{exc} (the list's place holds for this session)", severity="warning")

    def keep_place(self, article: Article) -> None:
        """The article under the cursor is saved as where the list was left (called as the
        view shows it, so a cursor resting on a row saves once, not each `j` it passed)."""
        if self.article_list.current is article:
            self._keep_setting(CURSOR_SETTING, article.id)

    def restore_place(self) -> str | None:
        """Puts the cursor on the article it was on when the list was last left, if it is
        listed; returns what was restored, in words for a notice (None: nothing was)."""
        said: list[str] = []
        if not self.session.restore_place:
            return None
        if self.view_filter != Filter():
            said.append(f"filter {self.view_filter.describe()}")
        saved = self.session.store.setting(CURSOR_SETTING)
        row = self.article_list.index_of(saved) if isinstance(saved, str) else None
        if row:
            self.article_list.set_reactive(ArticleList.cursor, row)
            article = self.article_list.articles[row]
            said.append(f"at “{visible_line(article.title)}” (row {row + 1:,})")
        return "; ".join(said) or None

    def action_cycle_sort(self) -> None:
        """The next sort order (dump, newest, oldest, state, title), kept for the next session.

        An order by date or title is worked out once per change of the library; over
        `SORT_IN_THREAD` articles that happens in a thread (keys answer meanwhile) and
        the list is sorted when it is done; pressing again meanwhile goes on to the next.
        """
        order = next_order(self._sorting or self.triage.order)
        self._sort_worker = None  # an older sort's end, or its failure, is not this press's
        keys = self.triage.sort_keys
        if keys.ready(order) or len(self.triage.library) <= SORT_IN_THREAD:
            self._sorting = None
            self._use_order(order)
            return
        self._sorting = order
        count = len(self.triage.library)
        self.say_in_footer(f"Sorting {count:,} articles: {describe_order(order)}…")
        self.refresh_header()
        call_after(self, SORT_PAUSE, lambda: self._read_keys(order))

    def read_keys_ahead(self) -> None:
        """The list is loaded: on a big one, the order by state is worked out and the dates
        and titles the date and title orders sort by are read in a thread, a step at a
        time (a newer call replaces an older), so a first press into any order only sorts."""
        if len(self.triage.library) > KEYS_AHEAD:
            self._read_all_keys(self.triage.state_order_ahead())

    @work(thread=True, exclusive=True, exit_on_error=False, group="keys", name="sort-keys")
    def _read_all_keys(self, by_state: Callable[[], StateOrder] | None) -> None:
        worker = get_current_worker()
        if by_state is not None:
            worked = by_state()
            if not worker.is_cancelled:
                self.app.call_from_thread(self.triage.keep_state_order, worked)
        keys = self.triage.sort_keys
        for order in KEYED_ORDERS:
            while not worker.is_cancelled and not keys.prepare(order, KEYS_STEP):
                time.sleep(KEYS_STEP)

    def _read_keys(self, order: SortOrder) -> None:
        """Reads the order's dates or titles a step at a time between keys, then sorts them
        in a thread (numpy lets go of the interpreter while it sorts)."""
        if self._sorting != order:
            return  # another order was asked for meanwhile
        if self.triage.sort_keys.prepare(order, SORT_STEP):
            self._sort_worker = self._prepare_order(order)
        else:
            call_after(self, SORT_PAUSE, lambda: self._read_keys(order))

    @work(thread=True, exclusive=True, exit_on_error=False, group="sort", name="sort")
    def _prepare_order(self, order: SortOrder) -> None:
        """Works out an order in a thread; the list takes it unless another was asked for.
        The thread sleeps `SORT_PAUSE` between its steps, so the list header's "sorting…"
        is drawn and keys answer meanwhile (without the pauses the thread held the
        interpreter through most of the sort)."""
        self.triage.sort_keys.ranked(order, lambda: time.sleep(SORT_PAUSE))
        self.app.call_from_thread(self._order_ready, order)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """A worker of the screen that failed says so (`exit_on_error=False` keeps the app
        up, and would otherwise keep the failure to itself); a sort that failed leaves the
        list in the order it had, usable and no longer "sorting…", and the next `ctrl+o`
        tries again."""
        worker = event.worker
        if event.state != WorkerState.ERROR:
            return
        if worker is self._sort_worker:
            self._sorting = self._sort_worker = None
            self.refresh_header()
        title = _STOPPED.get(worker.group, worker.name)
        self.notify(visible_line(str(worker.error)), title=title, severity="error", timeout=15)

    def _order_ready(self, order: SortOrder) -> None:
        if self._sorting == order:
            self._sorting = None
            self._use_order(order)

    def _use_order(self, order: SortOrder) -> None:
        try:
            self.triage.use_order(order)
        except ReaderError as exc:
            self.notify(f"{exc} (the order holds for this session)", severity="warning")
        self.refresh_list(announce=False)
        self.say_in_footer(f"List order: {describe_order(order)}")

    # -- states ---------------------------------------------------------------------------

    def action_triage(self, action: Action) -> None:
        """A state key: the cursor's article (a count: that many), `*` first: the whole list;
        from the article view, the article being read."""
        count, bulk = self._prefix_for_key()
        if bulk:
            self._bulk(action)
            return
        if self.article_list.has_focus:
            start = self.article_list.cursor
            ids = [a.id for a in self.article_list.articles[start : start + count]]
        else:
            article = self.view.article
            ids = [article.id] if article is not None else []
        if not ids:
            self.app.bell()
            return
        whole = self.session.whole_story
        if whole:
            ids = story_ids(ids, self.stories)
        stories = self.stories if whole else ()
        change = self.apply_state(action, ids, toggle=not self.typed_blind, stories=stories)
        if change is None and action == "read":
            self._tell_read_refused(ids)
        if change is not None and len(change.article_ids) > 1:
            self._announce(change)
        reading = not self.article_list.has_focus
        if change is not None and reading and action in ADVANCING and self.session.advance:
            self._unread(backwards=False)

    def _tell_read_refused(self, ids: Sequence[str]) -> None:
        """`r` on a starred, kept or discarded article: it stays so, and the notice says
        which key takes the decision off (it said nothing, as if the key was lost)."""
        from reader.tui.presenters.decisions import read_refused  # loaded on first use

        states = [self.triage.state(article_id) for article_id in ids]
        told = read_refused(states, partial(keys.shown_key_of, self.app))
        if told is not None:
            title, message = told
            self.notify(message, title=title)

    def _prefix_for_key(self) -> tuple[int, bool]:
        if self.article_list.has_focus:
            return self.article_list.take_prefix()
        return 1, False

    def apply_state(
        self,
        action: Action,
        ids: Sequence[str],
        *,
        toggle: bool = True,
        stories: Iterable[Story] = (),
    ) -> StateChange | None:
        """Applies a state (saved, one undo step) and updates the list; None if nothing changed
        (`stories`: a toggle goes by each story's state, as its row shows it)."""
        try:
            change = self.triage.apply(action, ids, toggle=toggle, stories=stories)
        except ReaderError as exc:
            self.notify(refusal(exc, self.session.store), title="Not saved", severity="error")
            return None
        if change is None:
            return None
        if self.session.dwell.article in change.article_ids:
            self.session.dwell.close()
        self._after_change(change, announce=self.article_list.has_focus)
        return change

    def _after_change(self, change: StateChange, *, announce: bool) -> None:
        """Repaints the changed rows (in the order by state too: a key never moves a row
        from under the cursor), takes out those the filter now hides, or re-filters when
        a story's lead may change or the articles were not listed."""
        listed = all(self.article_list.index_of(a) is not None for a in change.article_ids)
        if listed and self.view_filter.shows_state(change.state):
            for article_id in change.article_ids:
                self.article_list.refresh_article(article_id)
            self.refresh_header()
        elif listed and not any(map(self._in_story, change.article_ids)):
            self._take_out(set(change.article_ids), announce=announce)
        else:
            self.refresh_list(announce=announce)

    def _in_story(self, article_id: str) -> bool:
        return self.stories.story_of(article_id) is not None

    def _take_out(self, gone: set[str], *, announce: bool) -> None:
        """Leaves listed articles out (the filter hides their new state) without
        re-filtering: the cursor stays on its article, or goes to the one that followed."""
        cursor = self.article_list.cursor
        rows = (self.article_list.index_of(article_id) for article_id in gone)
        above = sum(1 for row in rows if row is not None and row < cursor)
        folded = self._listed is not self._shown
        self._shown = _without(self._shown, gone)
        self._listed = _without(self._listed, gone) if folded else self._shown
        for article_id in gone:  # their state changed: drawn afresh if listed again
            self.article_list.refresh_article(article_id)
        self.article_list.set_articles(
            self.listed_articles(), cursor - above, announce=announce, keep_lines=True
        )
        self.refresh_header()

    def _announce(self, change: StateChange) -> None:
        """Says what a triage key changed, in stories as the list counts them, and in
        articles too where a story's other versions changed with it."""
        stories = self._stories_in(change.article_ids)
        self.say_done(f"{_DONE[change.state]} {stories} · {self.undoes()}")

    def _stories_in(self, ids: Collection[str]) -> str:
        """The stories of `ids` counted, and their articles where some story has more than
        one of them: "1 story (3 articles)"; before the stories are found, the articles."""
        if not self._grouped:  # two versions of one story are not yet known as one
            return counted(len(ids), "article")
        stories = len({self._story_or_self(article_id) for article_id in ids})
        what = counted(stories, "story")
        if len(ids) != stories:
            what += f" ({counted(len(ids), 'article')})"
        return what

    def undoes(self, what: str = "undoes") -> str:
        """The words "u undoes" with the key the user's keymap binds to undo: a notice that
        named `u` by hand named a key that did nothing once undo was rebound."""
        return f"{keys.shown_key_of(self.app, 'undo')} {what}"

    def say_done(self, message: str) -> None:
        """Tells what a change did once it is on disk: the store's writer thread saves it
        (`Store.write_behind`), and reader says a change is done only once it is saved
        (docs/reliability.md). A thread waits for the save, never this one; the notices
        come in the order of their changes."""
        if not self._unsaid and not self.session.store.unsaved:
            self.notify(message)
            return
        self._unsaid.append(message)
        if len(self._unsaid) == 1:
            self.run_worker(self._wait_for_save, thread=True)

    def _wait_for_save(self) -> None:
        from reader.tui.messages import SaveFailed

        try:
            self.session.store.flush()
        except StoreWriteError as exc:  # told and retried as the writer's own failures are
            self.app.post_message(SaveFailed(exc))
            outcome = self._unsaid.clear
        else:
            outcome = self._say_unsaid
        with contextlib.suppress(RuntimeError):  # the app ended meanwhile
            self.app.call_from_thread(outcome)

    def _say_unsaid(self) -> None:
        """The notices waiting for a save, once it is done; if a change came while it was
        made, they wait for the next (theirs may be among its changes)."""
        if self.session.store.unsaved:
            self.run_worker(self._wait_for_save, thread=True)
            return
        said, self._unsaid = self._unsaid, []
        for message in said:
            self.notify(message)

    def _bulk(self, action: Action) -> None:
        ids = list(self._shown)
        if not ids:
            self.app.bell()
            return
        stories = self.stories_listed()
        if stories <= BULK_CONFIRM:
            self._apply_bulk(action, ids)
            return
        question = f"{_VERB[action]} all {counted(stories, 'story')} in the list?"

        def answered(yes: bool | None) -> None:
            if yes:
                self._apply_bulk(action, ids)

        from reader.tui.dialogs.confirm import Confirm  # loaded on first use

        self.app.push_screen(Confirm(question), answered)

    def _apply_bulk(self, action: Action, ids: list[str]) -> None:
        change = self.apply_state(action, ids, toggle=False)
        if change is None:
            self.notify("Nothing to change: every article is already so.")
        else:
            self._announce(change)

    def action_undo(self) -> None:
        """Undoes the last change (a state change, a bulk one, or an annotation edit); one
        story's state undone is named and gone to (`_back_to_undone`)."""
        self._journal(self.triage.undo, "Undone", "Nothing to undo.")

    def action_redo(self) -> None:
        """Redoes the last undone change (one story's is named and gone to, as by undo)."""
        self._journal(self.triage.redo, "Redone", "Nothing to redo.")

    def _journal(self, step: Callable[[], str | None], done: str, nothing: str) -> None:
        try:
            label = step()
        except ReaderError as exc:
            self.notify(refusal(exc, self.session.store), title="Not saved", severity="error")
            return
        if label is None:
            self.say_done(nothing)  # after the notice of the step before, if it waits
            return
        self.recount()
        moved = self.triage.last_moved
        state = labelled_state(label)
        if state is not None and moved:  # the store counts articles, as journals always did
            label = state_label(state, self._named(moved))
        if moved and self.triage.order != "state" and self._stay_listed(moved):
            for article_id in moved:
                self.article_list.refresh_article(article_id)
            self.refresh_header()
        else:
            self.refresh_list(announce=False)
        self.say_done(f"{done}: {label}")
        self._back_to_undone(moved)

    def _named(self, moved: Collection[str]) -> str:
        """What an undone or redone state step moved, as the user knows it: one story by
        its title ("“Seoul talks”", with its articles counted when it has more than one),
        else the stories counted ("3 stories"): "Undone: star 1 story" named nothing."""
        stories = {self._story_or_self(article_id) for article_id in moved}
        if len(stories) != 1:
            return self._stories_in(moved)
        row = self._row_of(moved)
        (story,) = stories
        shown = self._leads.get(story, story) if row is None else self.article_list.articles[row].id
        article = self.triage.library.get(shown)
        if article is None:
            return self._stories_in(moved)
        title = f"“{_clipped(visible_line(article.title) or 'untitled')}”"
        return title if len(moved) == 1 else f"{title} ({counted(len(moved), 'article')})"

    def _row_of(self, moved: Collection[str]) -> int | None:
        """The first row listing one of `moved` (a story's row, else a version's), if any."""
        rows = [row for row in map(self.article_list.index_of, moved) if row is not None]
        return min(rows) if rows else None

    def _back_to_undone(self, moved: Collection[str]) -> None:
        """Goes to what an undo or redo of one story's state changed: the list's cursor on
        its row, and in the article, that article open again (star, keep and discard there
        go on to the next unread, so `u` restored the state of an article out of view).
        Several stories: nothing moves (which one would it be)."""
        if not moved or len({self._story_or_self(article_id) for article_id in moved}) != 1:
            return
        row = self._row_of(moved)
        if row is None:
            return
        self.article_list.cursor = row
        article = self.view.article
        if not self.article_list.has_focus and not (article and article.id in moved):
            self.open(self.article_list.articles[row])

    def _story_or_self(self, article_id: str) -> str:
        story = self.stories.story_of(article_id)
        return story.id if story is not None else article_id

    def _stay_listed(self, article_ids: Iterable[str]) -> bool:
        """Whether the articles are listed, outside stories, and pass the filter in their
        state now: then a change of their states only repaints their rows (the list by
        state is sorted again instead)."""
        return all(
            self.article_list.index_of(article_id) is not None
            and self.view_filter.shows_state(self.triage.state(article_id))
            and not self._in_story(article_id)
            for article_id in article_ids
        )

    # -- the unread queue -----------------------------------------------------------------

    def action_next_unread(self) -> None:
        """Opens the next unread article of the list, across every dump, wrapping around."""
        self._unread(backwards=False)

    def action_previous_unread(self) -> None:
        """Opens the previous unread article."""
        self._unread(backwards=True)

    def _unread(self, *, backwards: bool) -> None:
        count, _ = self._prefix_for_key()
        reading = not self.article_list.has_focus and self.view.article is not None
        current = self.view.article if reading else self.article_list.current
        at = None if current is None else self._leads_row(current.id)
        found = self.triage.next_unread(
            at, self._story_rows(), count=count, backwards=backwards, stories=self.stories
        )
        if found is None:
            progress = self.triage.story_progress(self.stories)
            key_of = partial(keys.shown_key_of, self.app)
            active, outside = self.view_filter.active, progress.counts[UNREAD]
            self.notify(no_unread_text(active, outside, progress.unit, key_of))
            return
        index = self.article_list.index_of(found)
        if index is not None:
            self.article_list.cursor = index
        article = self.triage.library.get(found)
        if article is not None and self.view.article is not article:
            self.open(article)

    def _story_rows(self) -> Sequence[str]:
        """The rows `space` goes through: each story once, at its row, without the versions
        `z` listed under it (the same story once: space went on into its reprints)."""
        if not self._under:
            return self._listed
        leads = set(self._leads.values())
        return [a for a in self._listed if a in leads or self.stories.story_of(a) is None]

    def _leads_row(self, article_id: str) -> str:
        """The id of the row that stands for the article's story (itself when it has none)."""
        story = self.stories.story_of(article_id)
        return article_id if story is None else self._leads.get(story.id, article_id)

    def open(self, article: Article) -> None:
        """Shows an article in the view; the subclass draws its layers and starts the dwell."""
        raise NotImplementedError

    def reopen(self, old: Article, new: Article) -> None:
        """The open article's edited text takes its place in the view (the inbox)."""
        self.open(new)

    # -- dwell ----------------------------------------------------------------------------

    def dwell_on(self, article: Article | None) -> None:
        """The view now shows `article`: after the dwell in the view, it counts as read.

        Only an article being read counts: the user pressed enter, or the article pane
        has the focus. An article previewed from the list (the cursor resting on it,
        the first one at start) is not timed.
        """
        if article is None or not self.view.has_focus:
            self.dwell_off()
            return
        self.session.dwell.open(article.id, time.monotonic())
        self._schedule_dwell()

    def dwell_off(self) -> None:
        """The article is no longer being read (focus left the view): its clock stops."""
        self.session.dwell.close()
        if self._dwell_timer is not None:
            self._dwell_timer.cancel()
            self._dwell_timer = None

    def _schedule_dwell(self) -> None:
        if self._dwell_timer is not None:
            self._dwell_timer.cancel()
            self._dwell_timer = None
        left = self.session.dwell.remaining(time.monotonic())
        if left is None:
            return
        if left <= 0:
            self._dwell_due()
        else:
            self._dwell_timer = call_after(self, left, self._dwell_due)

    def _dwell_due(self) -> None:
        self._dwell_timer = None
        article_id = self.session.dwell.due(time.monotonic())
        if article_id is None:
            self._schedule_dwell()
            return
        try:
            change = self.triage.mark_read(article_id)
        except ReaderError as exc:
            self.notify(refusal(exc, self.session.store), title="Not saved", severity="error")
            return
        if change is not None:
            self._after_change(change, announce=False)

    # -- filters --------------------------------------------------------------------------

    def action_toggle_discarded(self) -> None:
        """Shows or hides discarded articles."""
        self.set_filter(self.view_filter.toggle_discarded())

    def action_clear_filters(self) -> None:
        """Back to every article (discarded ones still as `D` left them)."""
        self.set_filter(self.view_filter.cleared())

    def action_choose_filter(self) -> None:
        """Opens the filter picker over states, notes, tags, dumps and entities found so far,
        each with how many it shows: stories for a state, as the header counts them,
        articles for the rest."""
        choices, note = self._filter_choices()

        def chosen(new: Filter | None) -> None:
            if new is not None:
                self.set_filter(new)

        from reader.tui.dialogs.filter import FilterPicker  # loaded on first use

        picker = self._kept_dialog(
            FilterPicker,
            lambda: FilterPicker(self.view_filter, choices, note),
            lambda kept: kept.reopen(self.view_filter, choices, note),
        )
        self.app.push_screen(picker, chosen)

    def _filter_choices(self) -> tuple[list[Choice], str]:
        """The picker's choices as the list is now, and its note on the entities so far."""
        tags = [tag.name for tag in self.session.store.tags()]
        tagged, noted = self.triage.annotated_counts()
        choices = filter_choices(
            self.view_filter,
            self.triage.story_progress(self.stories),
            tags,
            self.triage.library,
            self.triage.entities,
            tagged=tagged,
            noted=noted,
            done=no_work_left(map(self.triage.in_state, TRIAGED_STATES), self.stories),
            checked=self.triage.checked_count(),
        )
        analysed, total = len(self.triage.entities), len(self.triage.library)
        note = (
            f"entities from {analysed:,} of {total:,} articles so far" if analysed < total else ""
        )
        return choices, note

    def _kept_dialog(
        self, kind: type[Dialog], make: Callable[[], Dialog], reopen: Callable[[Dialog], None]
    ) -> Dialog:
        """A dialog made on first use and kept installed, opened again with `reopen`:
        Textual lays the screen under a dialog out again (and redraws its scrollbars)
        when the dialog is removed, not when a kept one closes; at 100,000 articles that
        was a quarter of `f … enter`, and composing it again is spared too."""
        dialog = self._dialogs.get(kind)
        if isinstance(dialog, kind):
            reopen(dialog)
            return dialog
        made = self._dialogs[kind] = make()
        self.app.install_screen(made, f"{kind.__name__}-{id(self)}")
        return made

    def ready_search(self) -> None:
        """Makes the `/` dialog and draws it once, off screen (`reader.tui.offscreen`): for
        a reading screen opened while a big dump loads, where its first showing (some 50 ms
        of this thread) was the slowest answer of the loading."""
        from reader.tui.dialogs.search import SearchScreen
        from reader.tui.offscreen import draw_offscreen

        dialog = self._kept_dialog(
            SearchScreen,
            lambda: SearchScreen(self.triage, stories=self.story_hits),
            lambda _kept: None,
        )
        self.run_worker(
            draw_offscreen(self.app, dialog),
            group="offscreen",
            name="search-ready",
            exit_on_error=False,
        )

    def entities_indexed(self) -> None:
        """New entity results: an entity filter may now pass more articles."""
        if self.view_filter.entities:
            self.refresh_list(announce=False)
            self._open_if_blank()

    # -- search ---------------------------------------------------------------------------

    def action_search(self) -> None:
        """Opens the search dialog with the last query, searching within the list's filter
        when one is on (ctrl+l in the dialog: everywhere)."""
        last = self.search_query
        text, whole_words = (last.text, last.whole_words) if last is not None else ("", False)
        from reader.tui.dialogs.search import SearchScope, SearchScreen  # loaded on first use

        scope = None
        if self.view_filter.active:  # within the filter, as mutt's limit and newsboat do
            scope = SearchScope(self.view_filter.describe(), frozenset(self._shown))
        dialog = self._kept_dialog(
            SearchScreen,
            lambda: SearchScreen(
                self.triage, text, whole_words=whole_words, stories=self.story_hits, scope=scope
            ),
            lambda kept: kept.reopen(text, whole_words=whole_words, scope=scope),
        )
        self.app.push_screen(dialog, self._open_result)

    def tag_every_hit(self, request: TagEveryHit) -> None:
        """Asks for a tag, previews how many passages it would go on, then tags them all."""
        raise NotImplementedError

    def story_hits(self) -> StoryHits | None:
        """A search's hits folded by story as the list is (None while no story is found)."""
        if not self.stories:
            return None
        from reader.library.story_hits import StoryHits  # loaded with the search dialog

        return StoryHits(self.stories, self._leads)

    def _open_result(self, pick: SearchPick | TagEveryHit | None) -> None:
        if pick is None:
            return
        self.search_query = pick.query
        from reader.tui.dialogs.search import TagEveryHit  # loaded with the dialog already

        if isinstance(pick, TagEveryHit):
            self.tag_every_hit(pick)
            return
        article = self.triage.library.get(pick.hit.article_id)
        if article is None:
            return
        index = self.article_list.index_of(article.id)
        story = self.stories.story_of(article.id)
        lead = None if story is None else self._leads.get(story.id)
        if index is None and lead is not None:  # a version the story's row stands for
            index = self.article_list.index_of(lead)
        if index is not None:
            self.article_list.cursor = index
        else:
            self.notify(
                "This article is not in the filtered list (F clears filters, D shows discarded)."
            )
        if self.view.article is not article:
            self.open(article)
        ranges = self._show_matches(article, pick.query)
        annotation = None
        if pick.hit.annotation_id is not None:
            annotation = self.session.store.annotation(pick.hit.annotation_id)
        if annotation is not None and not annotation.orphaned:
            self.view.mark_current(annotation.start, annotation.end)
        elif pick.hit.field == "body":
            self.view.mark_current(pick.hit.start, pick.hit.end)
            self._say_match(ranges, pick.hit.start)
        elif not ranges:
            self.view.scroll_home(animate=False)
        self.view.focus()

    def _say_match(self, ranges: Sequence[Range], at: int) -> None:
        """The footer says which of the article's matches the view is on: "match 2/3"."""
        number = next((n for n, (s, e) in enumerate(ranges, 1) if s <= at < e), None)
        self.say_in_footer("" if number is None else f"match {number}/{len(ranges)}")

    def say_in_footer(self, note: str) -> None:
        """A note for a key pressed again and again (an entity's edge, the sort order), in
        the footer until the next key, as vim's message line: a toast each time stacked
        up over the list."""
        self._note = note
        self._refresh_status()

    def action_next_match(self) -> None:
        """Jumps to the next match of the last search in the article view."""
        self._jump_match(backwards=False)

    def action_previous_match(self) -> None:
        """Jumps to the previous match."""
        self._jump_match(backwards=True)

    def _jump_match(self, *, backwards: bool) -> None:
        article, query = self.view.article, self.search_query
        if query is None or query.empty:
            self.notify("Search with / first.")
            return
        if article is None:
            return
        ranges = self._show_matches(article, query)
        current = self.view.current
        if current is not None:
            offset = current[0]
        else:
            offset = self.view.top_offset - (0 if backwards else 1)
        found = jump(ranges, offset, backwards=backwards)
        if found is None:
            self.notify(f"No match for “{visible_line(query.text)}” in the body of this article.")
            return
        self.view.mark_current(*found)
        self._say_match(ranges, found[0])

    def _show_matches(self, article: Article, query: Query) -> tuple[Range, ...]:
        """Highlights every body match of the query in the open article; returns them."""
        if self._matches is None or self._matches[:2] != (article.id, query):
            self._matches = (article.id, query, matches_in(article, query).body)
        ranges = self._matches[2]
        style = _match_style(self)
        self.view.set_layer(
            SEARCH_LAYER, SpanLayer(StyledSpan(s, e, style) for s, e in ranges), SEARCH_ORDER
        )
        return ranges

    # -- stories --------------------------------------------------------------------------

    def stories_found(self, stories: Stories) -> None:
        """Near-duplicates were grouped: the list shows each story once from now on."""
        before = self.stories
        self.stories, self._grouped = stories, True
        self.unfolded &= {story.id for story in stories}
        self.refresh_list(announce=False)
        self._renote()
        if stories.duplicates and stories.duplicates != before.duplicates:
            noun = "story" if len(stories) == 1 else "stories"
            self.notify(
                f"{len(stories):,} {noun} found in more than one version; each is listed "
                f"once (×N), z lists its versions",
                title="Same story",
            )

    def _story_here(self) -> tuple[Article | None, str | None]:
        """The article the keys act on (list cursor or open article) and its story's id."""
        reading = not self.article_list.has_focus
        article = self.view.article if reading else self.article_list.current
        story = self.stories.story_of(article.id) if article is not None else None
        return article, None if story is None else story.id

    def action_toggle_story(self) -> None:
        """Lists the other versions of the story under the cursor, or folds them again."""
        article, story = self._story_here()
        if article is None:
            self.app.bell()
            return
        if story is None:
            self.notify("This article has no other version.")
            return
        if story in self.unfolded:
            self.unfolded.discard(story)
        else:
            self.unfolded.add(story)
        self.refresh_list(announce=False)

    def action_compare_version(self) -> None:
        """Marks what the open version added to the version its story's row shows (the
        fullest listed), and says what it dropped; again: the marks go. Against the first
        version, the teaser a digest listed first, a version under the row said it was
        that first version, or compared itself with a teaser."""
        article = self.view.article
        if article is None:
            self.app.bell()
            return
        if self.view.has_layer(STORY_LAYER):
            self.view.remove_layer(STORY_LAYER)
            return
        story = self.stories.story_of(article.id)
        shown = self._leads.get(story.id, story.id) if story is not None else None
        first = self.triage.library.get(shown) if shown is not None else None
        if first is None:
            self.notify("This article has no other version.")
            return
        if first.id == article.id:
            self.notify("This is the version the story's row shows: open another (z lists them).")
            return
        comparison = compare(first, article)
        style = _added_style(self)
        self.view.set_layer(
            STORY_LAYER,
            SpanLayer(StyledSpan(s, e, style) for s, e in comparison.added),
            STORY_ORDER,
        )
        removed = [f"− {visible_line(text)}" for text in comparison.removed[:SHOWN_REMOVED]]
        if len(comparison.removed) > SHOWN_REMOVED:
            removed.append(f"… and {len(comparison.removed) - SHOWN_REMOVED} more")
        self.notify(
            "\n".join([f"Against the version listed: {comparison.describe()}", *removed]),
            title="Added sentences marked" if comparison.added else "Nothing added",
            timeout=20,
        )

    # -- the web address -------------------------------------------------------------------

    def action_open_url(self) -> None:
        """Opens the article's web address in the browser; over SSH copies it instead; in a
        browser tab (`reader serve`) opens it in a new tab of that browser, as Textual's web
        driver does, not in a browser of the server's (where it failed, or opened unseen)."""
        article, _story = self._story_here()
        url = article_url(article) if article is not None else None
        if url is None:
            self.notify("This article has no web address (its dump gave none).")
            return
        if self.app.is_web:
            self.notify(f"Opening {url} in a new tab", title="URL")
            self.app.open_url(url)
            return
        if over_ssh(os.environ):
            result = copy_text(url)
            if result.needs_osc52:
                self.app.copy_to_clipboard(url)
            self.notify(
                f"Over SSH: the URL was copied instead of opened. {result.message}", title="URL"
            )
            return
        self.notify(f"Opening {url}", title="URL")
        self._browse(url)

    @work(thread=True, exit_on_error=False, group="browser", name="browser")
    def _browse(self, url: str) -> None:
        """webbrowser.open can wait on the browser's start, so it runs in a thread (and
        its module is imported here, at the first `o`: a reading session holds none of it)."""
        import webbrowser

        if not webbrowser.open(url):
            message = f"No browser could be started; the URL: {url}"
            self.app.call_from_thread(self.notify, message, severity="warning")

    # -- inbox ----------------------------------------------------------------------------

    def languages_given(self, articles: Sequence[Article]) -> None:
        """Listed articles were given their language, which came after them (a big dump's,
        `reader.tui.presenters.opening.languages_after`): rows that name languages name
        theirs, and a language filter lists them."""
        library = self.triage.library
        library.languages_given(articles)
        if library.several_languages() or self.view_filter.languages:
            self.refresh_list()
            self._open_if_blank()
        self._offer_again()

    def _offer_again(self) -> None:
        """The filter picker on screen offers the choices as they are now (its module is
        loaded once one was made: none is open before)."""
        filtering = sys.modules.get("reader.tui.dialogs.filter")
        picker = self.app.screen
        if filtering is not None and isinstance(picker, filtering.FilterPicker):
            picker.offer(*self._filter_choices())

    def _open_if_blank(self) -> None:
        """The list's article opens when the view has none: a filter left on at the last
        start (entities, languages) lists nothing until what it filters on comes, and the
        list it then fills kept the view's article, none (review36: a blank pane). The
        cursor goes where the list was left, when that article is listed now: it was not
        when the place was restored."""
        if self.view.article is not None or self.article_list.current is None:
            return
        left = self.session.store.setting(CURSOR_SETTING) if self.session.restore_place else None
        row = self.article_list.index_of(left) if isinstance(left, str) else None
        if row is not None:
            self.article_list.cursor = row
        self.open(self.article_list.current)

    def articles_found(self, articles: Sequence[Article]) -> list[Article]:
        """Some articles of a big dump being split join the list (the cursor stays put);
        the first of them opens in the view. Returns those new to the list."""
        added = self.triage.add(articles)
        if added.count:
            if not self._append(added.new):
                self.refresh_list(announce=False)
            if self.view.article is None and self.article_list.current is not None:
                self.open(self.article_list.current)
        return list(added.new)

    def _append(self, new: Sequence[Article]) -> bool:
        """Articles new to the library join the end of the list without re-filtering it,
        when that is where the filter puts them: dump order (they come after every other),
        only the state part of the filter set, no story found yet. A batch of a big dump
        then costs its own size, not the list's. False: the list must be re-filtered."""
        listed = self.article_list.articles
        if (
            self.triage.order != "dump"
            or self.view_filter.active
            or self.stories
            or self._listed is not self._shown
            or not isinstance(listed, ListedArticles)
        ):
            return False
        shows, state = self.view_filter.shows_state, self.triage.state
        # the list shown holds `_listed` (here `_shown` itself): grown once, for all three
        listed.extend([article.id for article in new if shows(state(article.id))])
        self.article_list.grew()
        self.refresh_header()
        return True

    def inbox_arrived(self, event: InboxEvent) -> tuple[list[Article], dict[str, Article]]:
        """A dump arrived, grew or was edited: lists its new articles, puts edited ones in
        place of their old text, and says so; returns the articles new to the list and
        the successor of each replaced article (by old id)."""
        if event.error is not None:
            from reader.tui.presenters.notices import inbox_trouble  # loaded on first use

            workspace = self.session.workspace
            said = inbox_trouble(event.error, event.path, workspace.root if workspace else None)
            self.notify(said, title="Inbox", severity="error", timeout=15)
            return [], {}
        if event.left_out:
            self._tell_left_out(event.path)
            return [], {}
        if event.splitting:
            self.notify(f"Loading {visible_line(event.path.name)}…", title="Inbox")
            return [], {}
        added = self.triage.refresh(str(event.path), event.articles)
        current = self.view.article
        if current is not None and any(a.id == current.id for a in added.known):
            self.view.set_sources(self.triage.library.sources(current.id))
        edited = [new for _, new in added.replaced]
        if added.count or edited or (added.known and self.view_filter.sources):
            self.refresh_list(announce=False)
        if current is not None and any(old is current for old, _ in added.replaced):
            self.reopen(current, next(new for old, new in added.replaced if old is current))
        if edited:
            noun = "article" if len(edited) == 1 else "articles"
            self.notify(f"{len(edited):,} {noun} edited in {event.path.name}", title="Inbox")
        self._tell_left(self.triage.with_work(added.left), event.path.name)
        successors = {old.id: new for old, new in added.replaced}
        copies = 0 if event.grown else len(added.known)  # a first read: listed from others
        if not added.count and not copies:
            return edited, successors
        from reader.tui.presenters.streaming import loaded_notice  # loaded on first use

        found = added.count + copies
        self.notify(loaded_notice(event.path.name, found, added.count), title="Inbox")
        if not added.count:  # a copy of dumps open already: said, or the drop looked lost
            return edited, successors
        if self.view.article is None and self.article_list.current is not None:
            self.open(self.article_list.current)
        return [*added.new, *edited], successors

    def _tell_left_out(self, note: Path) -> None:
        """A folder's note dropped into the inbox (a README) is left out with the notice a
        folder opened whole gives those it holds: dropped in later, it was skipped unsaid."""
        from reader.tui.presenters.notices import inbox_trouble, left_out  # loaded on first use

        workspace = self.session.workspace
        root = workspace.root if workspace else None
        shown = inbox_trouble(str(note), note, root)  # the path as the user knows it
        notice = left_out([visible_line(shown)], root)
        if notice is not None:
            notice.show(self.notify)

    def _tell_left(self, left: Sequence[Article], name: str) -> None:
        """Articles with the user's work whose text left their dump: they stay listed until
        the next start, their work in the store (it returns with their text)."""
        if left:
            noun = "article" if len(left) == 1 else "articles"
            said = f"{len(left):,} {noun} with your work left {name} (kept: listed until you quit)"
            self.notify(said, title="Inbox", severity="warning", timeout=15)

    # -- stats --------------------------------------------------------------------------

    def action_show_stats(self) -> None:
        """S: the stats screen over the open articles, the store and the entities known."""
        from reader.library.stats import article_days, charts  # loaded on first use
        from reader.tui.dialogs.stats_screen import StatsScreen

        library, store, entities = self.triage.library, self.session.store, self.triage.entities
        articles = list(library)
        states = self.triage.states()  # as they are now: the charts are counted in a thread

        def build(days: Mapping[str, str | None]) -> Charts:
            first = store.first_triaged()
            return charts(library, states, first, store.annotations(), entities, days=days)

        colours = {tag.name: tag.colour for tag in store.tags()}
        notice = store.notice if store.read_only else None
        stories = self.triage.story_progress(self.stories)  # the header's count
        screen = StatsScreen(
            lambda: article_days(articles), build, colours, notice, stories, self._gone_text()
        )
        self.app.push_screen(screen)

    def _gone_text(self) -> str | None:
        """The work the store keeps for dumps not found, as the start's notice told it
        (once: `reader.annotation.dumps_gone.untold`), less a dump put back since."""
        from reader.annotation.dumps_gone import gone_message

        # os.path.exists, as the start's look: a name too long for the system is gone,
        # where Path.exists raised and the stats screen ended the app
        gone = [dump for dump in self.session.gone if not os.path.exists(dump.source)]  # noqa: PTH110
        if not gone:
            return None
        workspace = self.session.workspace
        root = None if workspace is None else str(workspace.root)
        heading = f"Work kept for {counted(len(gone), 'dump')} not found:"
        return f"{heading}\n{gone_message(gone, root)}"

    # -- export ---------------------------------------------------------------------------

    def action_export(self) -> None:
        """Chooses a format (with the entity spans or not), then writes every annotation and
        state to annotations/exports/."""
        folder = self.session.exports_dir

        def chosen(choice: ExportChoice | None) -> None:
            if choice is None:
                return
            from reader.interchange import NER_TASKS_FORMAT, TRAINING_FORMAT

            articles = list(self.triage.library.articles)
            if choice.format == TRAINING_FORMAT:
                self.export_training(articles, folder)
            elif choice.format == NER_TASKS_FORMAT:
                self.export_ner_tasks(articles, folder)
            else:
                shown = dict(self.triage.story_states(self.stories))  # here: not thread-safe
                self.export(
                    choice.format, articles, folder, story_states=shown, entities=choice.entities
                )

        from reader.tui.dialogs.export import ExportDialog  # loaded on first use

        shown = _short(folder, self._root())
        self.app.push_screen(ExportDialog(shown, download=self.app.is_web), chosen)

    @work(thread=True, exit_on_error=False, group="export", name="export")
    def export(
        self,
        fmt: str,
        articles: list[Article],
        folder: Path,
        *,
        story_states: Mapping[str, ArticleState] | None = None,
        entities: bool = False,
    ) -> None:
        """Writes the export in a thread (big stores take a moment; the entity spans, asked
        for, may want the model loaded and articles analysed); notifies where, or why not.
        `story_states`: the versions whose story's state, as the rows show it, is another
        than their own, and the story's (each version says both; None: not said)."""
        finder = self._service if entities else None
        self._languages_settled()
        try:
            from reader.interchange.export import (
                export_to_folder,  # loaded on the first export only
            )

            if finder is not None:
                self.notify("Finding the entities of the articles exported…", timeout=5)
            done = export_to_folder(
                self.session.store,
                articles,
                fmt,
                folder,
                workspace=self.session.workspace,
                stories=self.stories,
                story_states=story_states,
                entities=finder,
            )
        except (ReaderError, OSError) as exc:
            self.notify(str(exc), title="Export failed", severity="error", timeout=15)
            return
        said = replace(done.summary, path=Path(_short(done.path, self._root()))).message()
        title = f"Exported as {fmt}" + (" with entity spans" if done.pipeline is not None else "")
        fallback = "" if done.pipeline is None else _fallback_told(done.pipeline)
        if not self.app.is_web:
            self.notify(f"{said}{fallback}", title=title, timeout=10)
            return
        self._download(done.path, f"{said}{fallback}", title)

    @work(thread=True, exit_on_error=False, group="export", name="export-training")
    def export_training(self, articles: list[Article], folder: Path) -> None:
        """The checked articles as spaCy training data (`reader export -f spacy`), in a
        thread: the pipeline, loaded first if need be, tokenizes them under its lock."""
        from reader.interchange.training import training_to_folder  # on first use

        self._languages_settled()
        try:
            written = self._service.with_pipeline(
                lambda nlp: training_to_folder(nlp, self.session.store, articles, folder)
            )
        except (ReaderError, OSError) as exc:
            self.notify(str(exc), title="Export failed", severity="error", timeout=15)
            return
        self._tell_written(written, "Exported as spaCy training data")

    @work(thread=True, exit_on_error=False, group="export", name="export-ner-tasks")
    def export_ner_tasks(self, articles: list[Article], folder: Path) -> None:
        """The checked articles as accepted Prodigy NER tasks (`reader export -f
        prodigy-ner`), in a thread: a big store's checks take a moment."""
        from reader.interchange.exporters.prodigy_ner import ner_tasks_to_folder  # on first use

        self._languages_settled()
        try:
            written = ner_tasks_to_folder(self.session.store, articles, folder, self._root())
        except (ReaderError, OSError) as exc:
            self.notify(str(exc), title="Export failed", severity="error", timeout=15)
            return
        self._tell_written(written, "Exported as Prodigy NER tasks")

    def _languages_settled(self) -> None:
        """Waits, in an export's thread, until no listed article's language is still to
        come: a big dump's come after its articles (`Library.languages_known`), and an
        export written before would carry none."""
        self.triage.library.languages_known.wait()

    def _tell_written(self, written: TrainingFile | NerTasksFile, title: str) -> None:
        """Says what the checked articles' export wrote (and which checked articles it left
        out), offering it to the browser under `reader serve`."""
        if written.warning is not None:
            self.notify(written.warning, severity="warning", timeout=15)
        shown = written.message(str(_short(written.path, self._root())))
        if not self.app.is_web:
            self.notify(shown, title=title, timeout=10)
            return
        self._download(written.path, shown, title)

    def _download(self, path: Path, said: str, title: str) -> None:
        """Offers the export at `path` to the browser (under `reader serve`), saying so after
        `said` (what was written where)."""
        from reader.interchange.download import as_download

        try:
            download = as_download(path)
        except OSError as exc:
            self.notify(str(exc), title="Download failed", severity="error", timeout=15)
            return
        self.notify(f"{said}, downloading {download.name}", title=title, timeout=10)
        self.app.call_from_thread(self._offer, download)

    def _root(self) -> Path | None:
        """The workspace's folder, which paths shown to the user are told from."""
        workspace = self.session.workspace
        return None if workspace is None else workspace.root

    def _offer(self, download: Download) -> None:
        """Hands an export to the browser (under `reader serve`) as a download."""
        self.app.deliver_binary(io.BytesIO(download.payload), save_filename=download.name)


def _next_left(article_id: str, before: Sequence[str], row_of: Callable[[str], int | None]) -> int:
    """Where the cursor goes when its article left the list: to the article that followed
    it before (else the one before it) that is still listed (`row_of` finds its row)."""
    try:
        at = before.index(article_id)
    except ValueError:
        return 0
    after = itertools.islice(before, at + 1, None)
    for candidate in itertools.chain(after, reversed(before[:at])):
        row = row_of(candidate)
        if row is not None:
            return row
    return 0


def _clipped(title: str) -> str:
    """A title short enough for a notice as narrow as the list: cut at a word, with `…`."""
    if len(title) <= TITLE_SHOWN:
        return title
    cut = title[:TITLE_SHOWN].rsplit(" ", 1)[0] or title[:TITLE_SHOWN]
    return f"{cut}…"


def _without(ids: list[str], gone: set[str]) -> list[str]:
    """A copy of `ids` without `gone`: a few removals (each a search in C) for a key on a
    few articles, one pass for many."""
    if len(gone) > 8:
        return [article_id for article_id in ids if article_id not in gone]
    kept = list(ids)  # each id is listed once
    for article_id in gone:
        with contextlib.suppress(ValueError):
            kept.remove(article_id)
    return kept


def _fallback_told(info: PipelineInfo) -> str:
    """What the export's notification adds when the spans came from a fallback pipeline
    (as `reader export --with-entities` warns)."""
    return f" (entities from a fallback: {info.reason})" if info.fallback else ""


def _short(path: Path, root: Path | None) -> str:
    """The path relative to the workspace (else the current directory) when inside it:
    shorter in a subtitle, and whole in a notice as narrow as the list, where the export's
    full path broke mid-word ('…/exports/re' 'ader-json-…')."""
    try:
        return str(path.relative_to(root or Path.cwd()))
    except ValueError:
        return str(path)


def _added_style(screen: Screen[None]) -> Style:
    """Sentences a version added, on the theme's success colour, readable text over them."""
    background = Color.parse(screen.app.current_theme.success or "#4EBF71")
    return Style(bgcolor=background.rich_color, color=background.get_contrast_text().rich_color)


def _match_style(screen: Screen[None]) -> Style:
    """Search matches in the theme's warning colour, readable text over them."""
    theme = screen.app.current_theme
    background = Color.parse(theme.warning or "#ffa62b")
    return Style(
        bgcolor=background.rich_color,
        color=background.get_contrast_text().rich_color,
        bold=True,
    )
