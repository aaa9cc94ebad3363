"""The `/` dialog: search titles and bodies as you type; each result shows its match in context.

Enter opens the highlighted result at its match; the main screen keeps the query,
so `>` and `<` jump between matches inside the article afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reader.library.search import Hit, Query
from reader.library.triage import Triage
from reader.tui import keys
from reader.tui.widgets.result_list import ResultList


@dataclass(frozen=True, slots=True)
class SearchPick:
    """The result the user opened, and the query it came from (for `>`/`<` afterwards)."""

    hit: Hit
    query: Query


class SearchScreen(ModalScreen[SearchPick | None]):
    """Searches every open article; dismisses with the chosen result, or None."""

    BINDINGS: ClassVar[list[BindingType]] = keys.SEARCH

    def __init__(self, triage: Triage, query: str = "") -> None:
        super().__init__()
        self._triage = triage
        self._initial = query
        self._query = Query.parse(query)
        self._hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        """The query over its results and a count of them."""
        with Vertical(id="search-box") as box:
            box.border_title = "Search titles and bodies"
            box.border_subtitle = "enter opens · ↑↓ choose · esc closes"
            yield Input(self._initial, placeholder='words or "a phrase"', id="search-input")
            yield Static("", id="search-status")
            yield ResultList(self._triage, id="search-results")

    def on_mount(self) -> None:
        """Shows the results of the last query, if there was one."""
        self.search(self._initial)

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self.search(event.value)

    def search(self, text: str) -> None:
        """Runs the query and lists every result (rows are drawn as they come into sight)."""
        self._query = Query.parse(text)
        self._hits = self._triage.search(self._query)
        self._results.show(self._hits)
        self.query_one("#search-status", Static).update(self._status())

    @property
    def _results(self) -> ResultList:
        return self.query_one("#search-results", ResultList)

    def _status(self) -> str:
        if self._query.empty:
            return "Type words to find; all of them must occur (case and accents ignored)."
        found = len(self._hits)
        if not found:
            return "No article matches."
        noun, verb = ("article", "matches") if found == 1 else ("articles", "match")
        return f"{found:,} {noun} {verb}"

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        self.action_choose()

    @on(ResultList.Chosen)
    def _clicked(self, event: ResultList.Chosen) -> None:
        self.dismiss(SearchPick(event.hit, self._query))

    def action_choose(self) -> None:
        """Opens the highlighted result."""
        hit = self._results.current
        if hit is None:
            self.app.bell()
            return
        self.dismiss(SearchPick(hit, self._query))

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
        self.dismiss(None)
