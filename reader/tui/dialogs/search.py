"""The `/` dialog: search titles, bodies, notes and tags as you type; each result in context.

Enter opens the highlighted result at its match; the main screen keeps the query,
so `>` and `<` jump between matches inside the article afterwards. `\\<word\\>` (or
ctrl+g, for every term) matches whole words only; `title:`, `lang:`, `tag:` and `state:`
words narrow the search (`reader.library.search_fields`); with a filter on the list, the search
stays within it, and ctrl+l searches everywhere (or within it again); ctrl+t tags every
hit at once (the main screen asks for the tag and shows how many first). A story the list folds is
one result, marked as its row is (`reader.library.story_hits`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.console import RenderableType
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.library.search import Hit, Query
from reader.library.story_hits import StoryHits
from reader.library.triage import SearchRun, Triage
from reader.text.counted import counted
from reader.tui import keys
from reader.tui.dimmed import dimmed
from reader.tui.offscreen import while_running
from reader.tui.timers import call_after
from reader.tui.widgets.result_list import ResultList


@dataclass(frozen=True, slots=True)
class SearchPick:
    """The result the user opened, and the query it came from (for `>`/`<` afterwards)."""

    hit: Hit
    query: Query


@dataclass(frozen=True, slots=True)
class SearchScope:
    """The list's filter a search stays within (as mutt's limit and newsboat's filtered
    feeds do): its words for the box's title, and the ids of the articles passing it."""

    name: str
    ids: frozenset[str]


@dataclass(frozen=True, slots=True)
class TagEveryHit:
    """The user asked to tag every hit of the query (ctrl+t)."""

    query: Query
    hits: tuple[Hit, ...]


TITLE = "Search titles, bodies, notes and tags"
STEP_SECONDS = 0.012
"""Finding hits goes on this long per step; keys and screen updates come between steps,
so typing into a common word at 100,000 articles never waits for the whole search."""
STEP_GAP = 0.001
"""Seconds between two steps: enough for the event loop to take a key in between."""
SHOW_EVERY = 0.25
"""Seconds between two updates of the results' length and count while a search goes on."""


class SearchScreen(ModalScreen[SearchPick | TagEveryHit | None]):
    """Searches every open article and annotation; dismisses with the chosen result, a
    request to tag every hit, or None."""

    BINDINGS: ClassVar[list[BindingType]] = keys.SEARCH

    def __init__(
        self,
        triage: Triage,
        query: str = "",
        *,
        whole_words: bool = False,
        stories: Callable[[], StoryHits | None] = lambda: None,
        scope: SearchScope | None = None,
    ) -> None:
        super().__init__()
        self._triage = triage
        self._scope = scope
        """The list's filter, searched within until ctrl+l lifts it (None: no filter)."""
        self._scoped = scope is not None
        self._initial = query
        self._whole_words = whole_words
        self._query = Query.parse(query, whole_words=whole_words)
        self._run: SearchRun | None = None
        self._shown_at = 0.0
        self._stories = stories
        """Folds a query's hits by story as the list folds its rows (None: no story)."""
        self._folding: StoryHits | None = None
        self._found: list[Hit] = []
        """The query's hits as found, every version of a story."""
        self._hits: list[Hit] = []
        """The hits listed: each story once."""

    def render(self) -> RenderableType:
        """The reading screen under the dialog, dimmed (`reader.tui.dimmed`: each style's
        tint worked out once, not each segment's, at every `/`)."""
        return dimmed(super().render())

    def compose(self) -> ComposeResult:
        """The query over its results and a count of them."""
        with Vertical(id="search-box") as box:
            box.border_title = self._title()
            box.border_subtitle = "enter opens · ^g whole words · ^t/^b tag every hit · esc closes"
            yield Input(
                self._initial,
                placeholder='words, "a phrase", \\<word\\>, title:… lang:… tag:… state:…',
                id="search-input",
            )
            yield Static("", id="search-status", markup=False)
            yield ResultList(self._triage, id="search-results")

    @while_running  # drawn off screen, it may still be mounting as the app ends
    def on_mount(self) -> None:
        """Shows the results of the last query, if there was one."""
        self.search(self._initial)

    def reopen(self, query: str, *, whole_words: bool, scope: SearchScope | None = None) -> None:
        """The same dialog, opened again on the last query (the reading screen keeps it:
        `TriageScreen._kept_dialog`), selected as a new dialog's field selects it when
        focused: enter runs it again, and the first letter typed starts a new query
        instead of lengthening the old one."""
        self._initial, self._whole_words = query, whole_words
        self._scope, self._scoped = scope, scope is not None
        if not self.is_mounted:
            return  # compose and on_mount show it
        self.query_one("#search-box", Vertical).border_title = self._title()
        field = self.query_one("#search-input", Input)
        with field.prevent(Input.Changed):
            field.value = query
        field.select_all()
        field.focus()
        self.search(query)

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self.search(event.value)

    def _title(self) -> Content:
        """Plain text, never markup: the filter's name holds a tag's (`[bold]x[/` ended the
        app at `/`, the list filtered by it)."""
        title = f"{TITLE} · whole words" if self._whole_words else TITLE
        if self._scope is not None:
            title += f" · in {self._scope.name}" if self._scoped else " · everywhere"
        return Content(title)

    def search(self, text: str) -> None:
        """Runs the query and lists its results as they are found (rows are drawn as they
        come into sight): the first `STEP_SECONDS` of finding before this key's screen,
        the rest in further steps between keys, each key replacing the last query."""
        self._query = Query.parse(text, whole_words=self._whole_words)
        self._triage.search_index.hold()  # each key scans; lowering the text again is spared
        within = self._scope.ids if self._scope is not None and self._scoped else None
        folding = self._stories()
        stories = () if folding is None else folding.stories
        self._run = self._triage.searching(self._query, within, stories)
        self._step(self._run, first=True)

    def _step(self, run: SearchRun, *, first: bool = False) -> None:
        if run is not self._run:  # a newer query took over
            return
        run.advance(STEP_SECONDS)
        now = time.monotonic()
        if first or run.hits is not self._found:
            self._found = run.hits
            self._fold(run, fresh=True)
            self._results.show(self._hits, keep_cursor=not first)
        elif run.done or now - self._shown_at >= SHOW_EVERY:
            if self._fold(run, fresh=False):  # a story's row now shows its lead's hit
                self._results.show(self._hits, keep_cursor=True)
            else:  # the list and the count catch up a few times a second,
                self._results.grew()
        else:  # not after each step: redrawing them costs about as much as a step
            self._next_step(run)
            return
        self._shown_at = now
        # One line, its height set by the stylesheet: drawn again without laying out the
        # dialog and the screen under it (12 ms of CPU at 10,000 articles, on every key
        # typed and every `/`; docs/performance.md, fill16).
        self.query_one("#search-status", Static).update(self._status(), layout=False)
        if not run.done:
            self._next_step(run)

    def _fold(self, run: SearchRun, *, fresh: bool) -> bool:
        """Lists the run's hits with each story once, as the list shows it: a story's hits
        as found, then, once the hits are in the list's order, at its lead's place. Says
        whether rows already listed changed."""
        if fresh:
            self._folding = self._stories()
            self._results.story_versions = None if self._folding is None else self._folding.versions
        if self._folding is None:
            self._hits = run.hits
            return False
        if run.done:
            self._hits = self._folding.whole(run.hits)
            return True
        replaced = self._folding.take(run.hits)
        self._hits = self._folding.hits
        return replaced

    def _next_step(self, run: SearchRun) -> None:
        """The next step after a timer, not a queued callback: the event loop then runs
        keys and screen updates between steps instead of one step after another."""
        call_after(self, STEP_GAP, lambda: self._step(run))

    def on_unmount(self) -> None:
        """A search still going on stops with the dialog, and the text it kept goes."""
        self._run = None
        self._triage.search_index.release()

    def _close(self, result: SearchPick | TagEveryHit | None) -> None:
        """Closes the dialog (kept for the next `/`): a search still going on stops, and
        its hits (65,000 for a common word at 100,000 articles) and the lowered text the
        index kept for it are let go until then."""
        self._run = None
        self._triage.search_index.release()
        self._hits, self._found, self._folding = [], [], None
        self._results.show(self._hits)
        self.dismiss(result)

    def _finish(self) -> None:
        """Finds every hit of the query now (what tagging every hit needs)."""
        if self._run is not None and not self._run.done:
            self._run.advance(None)
            self._step(self._run)

    @property
    def _results(self) -> ResultList:
        return self.query_one("#search-results", ResultList)

    def _status(self) -> str:
        if self._query.blank:
            return (
                "Type words to find; all of them must occur (case and accents ignored); "
                "title:word lang:fr tag:claim state:starred narrow them."
            )
        found = len(self._hits)
        if self._run is not None and not self._run.done:
            matching = "matches" if found == 1 else "match"
            return f"{counted(found, 'story')} {matching} so far, searching…"
        if not found and (wrong := self._query.fields.describe()):
            return f"Nothing matches: {wrong}."
        if not found and self._scope is not None and self._scoped:
            return "Nothing matches in this filter (ctrl+l: everywhere)."
        if not found:
            return "Nothing matches."
        notes = sum(1 for hit in self._hits if hit.annotation_id is not None)
        stories = found - notes  # each story once, as the list shows it (`_fold`)
        parts = [counted(stories, "story")] if stories else []
        if notes:
            parts.append(counted(notes, "annotation"))
        return f"{' and '.join(parts)} {'match' if found > 1 else 'matches'}"

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        self.action_choose()

    @on(ResultList.Chosen)
    def _clicked(self, event: ResultList.Chosen) -> None:
        self._close(SearchPick(event.hit, self._query))

    def action_choose(self) -> None:
        """Opens the highlighted result."""
        hit = self._results.current
        if hit is None:
            self.app.bell()
            return
        self._close(SearchPick(hit, self._query))

    def languages_given(self) -> None:
        """Listed articles were given their languages, which come after a big dump's
        articles (`reader.tui.presenters.opening.languages_after`): a query naming a
        language (`lang:fr`) is run again, so that it finds them."""
        if self._query.fields.languages and self.is_mounted:
            self.search(self.query_one("#search-input", Input).value)

    def action_toggle_whole_words(self) -> None:
        """Every term matches whole words only, or anywhere again (`\\<word\\>` is always whole)."""
        self._whole_words = not self._whole_words
        self.query_one("#search-box", Vertical).border_title = self._title()
        self.search(self.query_one("#search-input", Input).value)

    def action_toggle_scope(self) -> None:
        """Searches within the list's filter, or every open article again (a bell when the
        list has no filter)."""
        if self._scope is None:
            self.app.bell()
            return
        self._scoped = not self._scoped
        self.query_one("#search-box", Vertical).border_title = self._title()
        self.search(self.query_one("#search-input", Input).value)

    def action_tag_every_hit(self) -> None:
        """Hands every hit to the main screen, which asks for the tag and previews the count:
        in every version of a story, as a triage key acts on every version."""
        self._finish()
        if not self._found:
            self.app.bell()
            return
        self._close(TagEveryHit(self._query, tuple(self._found)))

    def action_cursor_down(self) -> None:
        """Next result."""
        self._results.move(1)

    def action_cursor_up(self) -> None:
        """Previous result."""
        self._results.move(-1)

    def action_page_down(self) -> None:
        """One screenful of results down."""
        self._results.move(self._results.page)

    def action_page_up(self) -> None:
        """One screenful of results up."""
        self._results.move(-self._results.page)

    def action_close(self) -> None:
        """Back to the list."""
        self._close(None)
