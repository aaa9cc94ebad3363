"""The `/` dialog: search titles and bodies as you type; each result shows its match in context.

Enter opens the highlighted result at its match; the main screen keeps the query,
so `>` and `<` jump between matches inside the article afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.search import Hit, Query, snippet
from reader.textsafe import visible_line
from reader.triage import Triage
from reader.tui import keys
from reader.tui.rows import fit

MAX_RESULTS = 200
"""Results listed at once; the status line says how many matched in all."""
SNIPPET_WIDTH = 100


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
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        """Shows the results of the last query, if there was one."""
        self.search(self._initial)

    @property
    def hits(self) -> Sequence[Hit]:
        """Every article matching the query, in list order."""
        return self._hits

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self.search(event.value)

    def search(self, text: str) -> None:
        """Runs the query and lists the first results with their matches."""
        self._query = Query.parse(text)
        self._hits = self._triage.search(self._query)
        results = self.query_one("#search-results", OptionList)
        width = max(results.scrollable_content_region.width - 2, 20)
        results.set_options(self._option(hit, width) for hit in self._hits[:MAX_RESULTS])
        if self._hits:
            results.highlighted = 0
        self.query_one("#search-status", Static).update(self._status())

    def _status(self) -> str:
        if self._query.empty:
            return "Type words to find; all of them must occur (case and accents ignored)."
        found = len(self._hits)
        if not found:
            return "No article matches."
        shown = f" (first {MAX_RESULTS} listed)" if found > MAX_RESULTS else ""
        return (
            f"{found:,} article{'' if found == 1 else 's'} match{'es' if found == 1 else ''}{shown}"
        )

    def _option(self, hit: Hit, width: int) -> Option:
        article = self._triage.library.get(hit.article_id)
        if article is None:
            return Option(Text(hit.article_id), disabled=True)
        prompt = Text(no_wrap=True, overflow="ellipsis")
        prompt.append(fit(visible_line(article.title) or "(untitled)", width), "bold")
        prompt.append("\n")
        piece = snippet(article, hit, min(width, SNIPPET_WIDTH))
        line = Text(piece.text, style="dim")
        line.stylize("reverse bold not dim", piece.start, piece.end)
        prompt.append_text(line)
        return Option(prompt)

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        self.action_choose()

    @on(OptionList.OptionSelected, "#search-results")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(SearchPick(self._hits[event.option_index], self._query))

    def action_choose(self) -> None:
        """Opens the highlighted result."""
        index = self.query_one("#search-results", OptionList).highlighted
        if index is None:
            self.app.bell()
            return
        self.dismiss(SearchPick(self._hits[index], self._query))

    def action_cursor_down(self) -> None:
        """Next result."""
        self.query_one("#search-results", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        """Previous result."""
        self.query_one("#search-results", OptionList).action_cursor_up()

    def action_close(self) -> None:
        """Back to the list."""
        self.dismiss(None)
