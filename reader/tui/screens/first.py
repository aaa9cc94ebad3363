"""The first frame: the article list and the first article, drawn from the fewest modules.

`reader` paints this screen as soon as Textual is up, from the dumps the splitter
just read; the store, the triage, the annotation machinery, the legend and the side
panels are imported and opened in a thread meanwhile, and the app then pushes the
reading screen (`reader.tui.screens.main.MainScreen`) over this one (which stays
below, never shown again), on the article the cursor is on. The panes have the
reading screen's ids, so the stylesheet lays both out alike and the swap moves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from reader.article import Article
from reader.tui.presenters.panes import list_columns
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.divider import PaneDivider

LIVE_ACTIONS = frozenset(
    {
        "cursor_down", "cursor_up", "page_down", "page_up", "cursor_top", "cursor_bottom",
        "quit", "help", "command_palette",
    }
)  # fmt: skip
"""What the first screen does itself: moving the cursor, quitting, help. Every other key
waits for the reading screen (`FirstScreen.typed_ahead`)."""
TYPE_AHEAD = 64
"""Keys kept for the reading screen at most (a held key repeats; its first ones count)."""
NARROW = 100
"""Terminals narrower than this get the compact layout (class `-narrow`)."""
BREAKPOINTS: list[tuple[int, str]] = [(0, "-narrow"), (NARROW, "-wide")]
"""The reader screens' width classes (Textual's `HORIZONTAL_BREAKPOINTS`)."""


def width_class(width: int) -> str:
    """The class of `BREAKPOINTS` Textual gives a screen `width` columns wide.

    A screen that takes it as it composes is already right when its first Resize
    arrives, so Textual does not restyle every widget of it a second time.
    """
    return "-narrow" if width < NARROW else "-wide"


NO_ARTICLES = "No articles. Put dump files in seeds/ or run: reader PATH..."
LOADING = "Loading {names}…"
NAMED = 3
"""Dumps the loading text names at most; more are counted ("and 17 more dumps")."""


def empty_text(articles: int, deferred: Sequence[Path]) -> str:
    """What the article pane says before there is an article to show (a folder of many
    dumps is named by its first few, not in a paragraph of names)."""
    if articles:
        return ""
    if not deferred:
        return NO_ARTICLES
    names = [path.name for path in deferred[:NAMED]]
    if len(deferred) > NAMED:
        names[-1] = f"{names[-1]} and {len(deferred) - NAMED:,} more dumps"
    return LOADING.format(names=", ".join(names))


class Clicked:
    """A click in the first screen's article, kept for the reading screen in order with
    the keys (reading waits for it): the article, where the click put the cursor, and
    the words dragged over, if any."""

    __slots__ = ("article_id", "offset", "selection")

    def __init__(self, article_id: str, offset: int, selection: tuple[int, int] | None) -> None:
        self.article_id = article_id
        self.offset = offset
        self.selection = selection


def _no_count(_article: Article) -> None:
    return None


class FirstScreen(Screen[None]):
    """The list and the open article, without states, entities or panels (yet)."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = BREAKPOINTS

    def __init__(
        self, articles: Sequence[Article], empty_text: str, share: float, measure: int
    ) -> None:
        """`share`: the list pane's share of the width; `measure`: the text's columns."""
        super().__init__()
        self._share = share
        self._sources: dict[str, list[str]] = {}
        self._listed: list[Article] = []
        self._take(articles)
        self.article_list = ArticleList(self._listed, _no_count, id="articles")
        """The list pane (no states yet: each row says they are not known)."""
        self.view = ArticleView(empty_text, measure=measure, id="view")
        """The article pane."""
        self.typed_ahead: list[tuple[str, str | None] | Clicked] = []
        """Keys this screen cannot answer (a triage key, enter, a count), as (key,
        character), and clicks in the article, in order: the reading screen takes them
        when it opens, so nothing pressed as the list appears is lost."""

    def _take(self, articles: Iterable[Article]) -> None:
        """Lists each article once, with every dump it is in."""
        for article in articles:
            sources = self._sources.get(article.id)
            if sources is None:
                sources = self._sources[article.id] = []
                self._listed.append(article)
            if article.source and article.source not in sources:
                sources.append(article.source)

    def add(self, articles: Iterable[Article]) -> None:
        """More articles of a big dump being split join the end of the list (the session
        is still opening); the first of them opens in the view."""
        self._take(articles)
        self.article_list.grew()
        self._show(self.article_list.current)

    def compose(self) -> ComposeResult:
        """The reading screen's frame: the title line, list and article, the footer line.

        The title and footer lines are plain text here (Textual's `Header` and the key
        hints cost a third of this screen), and the list header's two lines are an empty
        band, as the list header shows before the session opens; the reading screen
        brings the real ones.
        """
        self.add_class(width_class(self.app.size.width))
        yield Static(self.app.title, id="first-header")
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield Static(id="first-list-header")  # the header's place, empty as it is here
                yield self.article_list
            yield PaneDivider(id="divider")
            with Vertical(id="reading"):
                yield self.view
        yield Static(id="first-footer")

    def on_mount(self) -> None:
        """The first article in view, the focus on the list."""
        self.article_list.focus()
        self.on_resize()
        self._show(self.article_list.current)

    def on_key(self, event: events.Key) -> None:
        """Keeps a key for the reading screen unless it moves, quits or helps; once one
        is kept, every later key is kept too, so the keys run in the order pressed."""
        if not self.typed_ahead and self._live(event.key):
            return
        event.stop()
        event.prevent_default()
        if len(self.typed_ahead) < TYPE_AHEAD:
            self.typed_ahead.append((event.key, event.character))

    def on_click(self, event: events.Click) -> None:
        """A click in the article (a cursor put there, words dragged over) is kept for
        the reading screen, which opens that article there; the keys after it follow."""
        article = self.view.article
        if event.widget is self.view and article is not None and len(self.typed_ahead) < TYPE_AHEAD:
            passages = self.view.passages
            self.typed_ahead.append(Clicked(article.id, passages.offset, passages.selection))

    def on_article_list_chosen(self, _event: ArticleList.Chosen) -> None:
        """A double click in the list opens the article: kept for the reading screen, as enter."""
        if len(self.typed_ahead) < TYPE_AHEAD:
            self.typed_ahead.append(("enter", None))

    def _live(self, key: str) -> bool:
        return any(
            binding.action.rpartition(".")[2] in LIVE_ACTIONS
            for _node, bindings in self._modal_binding_chain
            for binding in bindings.key_to_bindings.get(key, ())
        )

    def on_resize(self, _event: object = None) -> None:
        """The list takes its share of the width, as on the reading screen; once the screen
        let go of its panes (`let_go`) there is none, and Textual still tells it of a resize."""
        for pane in self.query("#list-pane"):
            pane.styles.width = list_columns(self.size.width, self._share)

    def on_article_list_highlighted(self, event: ArticleList.Highlighted) -> None:
        """The view follows the cursor (the reading screen takes over from here)."""
        self._show(event.article)

    def _show(self, article: Article | None) -> None:
        if article is not None and self.view.article is not article:
            self.view.show(article, self._sources.get(article.id, ()))

    def let_go(self) -> None:
        """Drops its widgets and its list, once the reading screen is over it for good: it
        is never shown again, and they held its lines drawn (some 600 of Textual's strips,
        each with seven caches) and every article it listed, for the whole session."""
        self._sources.clear()
        self._listed.clear()
        self.remove_children()

    @property
    def moved(self) -> bool:
        """Whether the cursor left the first row (the reading screen then starts there,
        not where the list was left last time)."""
        return self.article_list.cursor != 0

    @property
    def current_id(self) -> str | None:
        """The id of the article under the cursor, for the reading screen to start on."""
        current = self.article_list.current
        return current.id if current is not None else None
