"""The article list: two lines per article, drawn with the Line API.

A custom `ScrollView` rather than `OptionList`: rows have a fixed height, so
mounting 10,000 articles measures nothing, and a count that changes (entities
arriving in the background) repaints one row instead of re-measuring every option.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.article import Article
from reader.tui import keys
from reader.tui.rows import RowFacts, Untriaged, build_row
from reader.tui.widgets.styles import StyleCache

ROW_HEIGHT = 2


class ArticleList(ScrollView, can_focus=True, inherit_bindings=False):
    """Every open article, with a cursor; posts `Highlighted` and `Chosen`."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ARTICLE_LIST
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--marker",
        "article-list--title",
        "article-list--detail",
    }

    cursor: reactive[int] = reactive(0)
    """Index of the highlighted article."""

    @dataclass
    class Highlighted(Message):
        """The cursor moved onto an article (the view previews it)."""

        article: Article

    @dataclass
    class Chosen(Message):
        """The user opened an article (enter or double click): the view takes the focus."""

        article: Article

    def __init__(
        self,
        articles: Sequence[Article],
        entity_count: Callable[[Article], int | None],
        facts: RowFacts | None = None,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._articles = list(articles)
        self._entity_count = entity_count
        self._facts = facts or Untriaged()
        self._rows_of: dict[str, list[int]] = {}
        for index, article in enumerate(self._articles):
            self._rows_of.setdefault(article.id, []).append(index)
        self._cache: LRUCache[tuple[int, int, bool, int], Strip] = LRUCache(1024)
        self._styles = StyleCache(self)
        self.virtual_size = Size(0, len(self._articles) * ROW_HEIGHT)

    @property
    def current(self) -> Article | None:
        """The article under the cursor."""
        return self._articles[self.cursor] if self._articles else None

    def refresh_article(self, article_id: str) -> None:
        """Redraws the rows of one article (its counts or state changed)."""
        for index in self._rows_of.get(article_id, ()):
            for part in range(ROW_HEIGHT):
                for is_cursor in (False, True):
                    self._cache.discard((index, part, is_cursor, self._width))
            self.refresh_lines(index * ROW_HEIGHT, ROW_HEIGHT)

    @property
    def _width(self) -> int:
        return self.scrollable_content_region.width

    def validate_cursor(self, cursor: int) -> int:
        """Keeps the cursor on an article."""
        return min(max(cursor, 0), max(len(self._articles) - 1, 0))

    def watch_cursor(self, old: int, new: int) -> None:
        """Repaints both rows, keeps the cursor in sight and tells the screen."""
        self.refresh_lines(old * ROW_HEIGHT, ROW_HEIGHT)
        self.refresh_lines(new * ROW_HEIGHT, ROW_HEIGHT)
        self._scroll_to_cursor()
        if self._articles:
            self.post_message(self.Highlighted(self._articles[new]))

    def _scroll_to_cursor(self) -> None:
        region = Region(0, self.cursor * ROW_HEIGHT, max(self._width, 1), ROW_HEIGHT)
        self.scroll_to_region(region, animate=False, force=True, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        """Rows are cut to the width, so a new width means new strips."""
        self._cache.clear()
        self.virtual_size = Size(self._width, len(self._articles) * ROW_HEIGHT)
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        """Theme or focus changed: cached strips carry old colours."""
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()

    def action_cursor_down(self) -> None:
        """Moves to the next article."""
        self.cursor += 1

    def action_cursor_up(self) -> None:
        """Moves to the previous article."""
        self.cursor -= 1

    def action_page_down(self) -> None:
        """Moves down one screenful."""
        self.cursor += self._page()

    def action_page_up(self) -> None:
        """Moves up one screenful."""
        self.cursor -= self._page()

    def action_cursor_top(self) -> None:
        """Moves to the first article."""
        self.cursor = 0

    def action_cursor_bottom(self) -> None:
        """Moves to the last article."""
        self.cursor = len(self._articles) - 1

    def action_open(self) -> None:
        """Opens the article under the cursor."""
        if (article := self.current) is not None:
            self.post_message(self.Chosen(article))

    def _page(self) -> int:
        return max(self.scrollable_content_region.height // ROW_HEIGHT - 1, 1)

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor; a double click opens."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (offset.y + self.scroll_offset.y) // ROW_HEIGHT
        if index >= len(self._articles):
            return
        self.cursor = index
        if event.chain >= 2:
            self.action_open()

    def render_line(self, y: int) -> Strip:
        """One line of one row, from the cache when nothing changed."""
        width = self._width
        index, part = divmod(self.scroll_offset.y + y, ROW_HEIGHT)
        if index >= len(self._articles):
            return Strip.blank(width, self._styles.base)
        key = (index, part, index == self.cursor, width)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row_line(index, part, key[2], width)
            self._cache[key] = strip
        return strip

    def _render_row_line(self, index: int, part: int, is_cursor: bool, width: int) -> Strip:
        article = self._articles[index]
        row = build_row(article, self._facts, self._entity_count(article), width - 1)
        base = self._styles.full("article-list--cursor") if is_cursor else self._styles.base
        style = self._styles.over
        if part == 0:
            segments = [
                Segment(" ", base),
                Segment(row.marker, base + style("article-list--marker")),
                Segment(" " + row.title, base + style("article-list--title")),
            ]
        else:
            gap = max(width - 3 - cell_len(row.source) - cell_len(row.counts), 1)
            text = "   " + row.source + " " * gap + row.counts
            segments = [Segment(text, base + style("article-list--detail"))]
        return Strip(segments).extend_cell_length(width, base).crop(0, width)
