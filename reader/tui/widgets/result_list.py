"""Search results: two lines per hit (title, then the match in context), drawn with the Line API.

A hit in a note or in tags shows the article's title with "note" or "tags" after it,
and the note or tag line in context under it.

A common word can match most of a 10,000-article workspace; an `OptionList` would
build and measure every row on each key typed. Here a row is drawn only when it
scrolls into sight (its snippet cut then), so a new query costs the search alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.library.search import Hit, Snippet, annotation_text, snippet
from reader.library.triage import Triage
from reader.text.cells import fit
from reader.text.safe import visible_line
from reader.tui.presenters.rows import FOLDED
from reader.tui.widgets.styles import StyleCache

ROW_HEIGHT = 2
SNIPPET_WIDTH = 160
"""Characters of context cut around a match (the row crops what does not fit)."""


class ResultList(ScrollView, can_focus=False):
    """The hits of one query with a cursor; posts `Chosen` on a click."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "result-list--cursor",
        "result-list--title",
        "result-list--context",
        "result-list--match",
    }

    cursor: reactive[int] = reactive(0)
    """Index of the highlighted hit."""

    @dataclass
    class Chosen(Message):
        """A hit was clicked: open it."""

        hit: Hit

    def __init__(self, triage: Triage, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._triage = triage
        self._hits: Sequence[Hit] = ()
        self._cache: LRUCache[tuple[int, int, bool, int], Strip] = LRUCache(256)
        self._styles = StyleCache(self)
        self.story_versions: Callable[[Hit], int] | None = None
        """How many versions the story a hit stands for has, for its row's `▸ ×N` as
        the article list marks a folded story (None: no story was found)."""

    @property
    def current(self) -> Hit | None:
        """The highlighted hit."""
        return self._hits[self.cursor] if self._hits else None

    def show(self, hits: Sequence[Hit], *, keep_cursor: bool = False) -> None:
        """Lists other hits from the top (`keep_cursor`: the same hits put in order, where
        the cursor and the scroll stay)."""
        self._hits = hits
        self._cache.clear()
        self.virtual_size = Size(self._width, len(hits) * ROW_HEIGHT)
        if keep_cursor:
            self.set_reactive(ResultList.cursor, self.validate_cursor(self.cursor))
        else:
            self.set_reactive(ResultList.cursor, 0)
            self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    def grew(self) -> None:
        """More hits were found at the end of the sequence shown (a search going on)."""
        self.virtual_size = Size(self._width, len(self._hits) * ROW_HEIGHT)
        self.refresh()

    @property
    def _width(self) -> int:
        return self.scrollable_content_region.width

    def validate_cursor(self, cursor: int) -> int:
        """Keeps the cursor on a hit."""
        return min(max(cursor, 0), max(len(self._hits) - 1, 0))

    def watch_cursor(self, old: int, new: int) -> None:
        """Repaints both rows and keeps the cursor in sight."""
        self.refresh_lines(old * ROW_HEIGHT, ROW_HEIGHT)
        self.refresh_lines(new * ROW_HEIGHT, ROW_HEIGHT)
        region = Region(0, new * ROW_HEIGHT, max(self._width, 1), ROW_HEIGHT)
        self.scroll_to_region(region, animate=False, force=True, immediate=True)

    def move(self, rows: int) -> None:
        """Moves the cursor by `rows` hits (negative: up)."""
        self.cursor += rows

    @property
    def page(self) -> int:
        """Hits in one screenful."""
        return max(self.scrollable_content_region.height // ROW_HEIGHT - 1, 1)

    def on_resize(self, event: events.Resize) -> None:
        """Rows are cut to the width, so a new width means new strips."""
        self._cache.clear()
        self.virtual_size = Size(self._width, len(self._hits) * ROW_HEIGHT)

    def notify_style_update(self) -> None:
        """Theme changed: cached strips carry old colours."""
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()

    def on_click(self, event: events.Click) -> None:
        """A click opens the hit under the mouse."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (offset.y + self.scroll_offset.y) // ROW_HEIGHT
        if index < len(self._hits):
            self.cursor = index
            self.post_message(self.Chosen(self._hits[index]))

    def render_line(self, y: int) -> Strip:
        """One line of one hit, from the cache when nothing changed."""
        width = self._width
        index, part = divmod(self.scroll_offset.y + y, ROW_HEIGHT)
        if index >= len(self._hits):
            return Strip.blank(width, self._styles.base)
        key = (index, part, index == self.cursor, width)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._draw(self._hits[index], part, key[2], width)
            self._cache[key] = strip
        return strip

    def _draw(self, hit: Hit, part: int, is_cursor: bool, width: int) -> Strip:
        base = self._styles.full("result-list--cursor") if is_cursor else self._styles.base
        article = self._triage.library.get(hit.article_id)
        if article is None:
            return Strip.blank(width, base)
        annotation = None
        if hit.annotation_id is not None:
            annotation = self._triage.store.annotation(hit.annotation_id)
            if annotation is None:  # deleted since the search
                return Strip.blank(width, base)
        if part == 0:
            where = {"note": "  · note", "tag": "  · tags"}.get(hit.field, "")
            versions = 1 if self.story_versions is None else self.story_versions(hit)
            if versions > 1:
                where = f"  {FOLDED} ×{versions}{where}"
            title = fit(visible_line(article.title) or "(untitled)", width - 2 - len(where))
            segments = [
                Segment(" " + title, base + self._styles.over("result-list--title")),
                Segment(where, base + self._styles.over("result-list--context")),
            ]
        else:
            text = None if annotation is None else annotation_text(annotation, hit.field)
            piece = snippet(article, hit, SNIPPET_WIDTH, text)
            segments = self._in_context(piece, base, width)
            context = base + self._styles.over("result-list--context")
            return _cut(Strip(segments), width, base, context)
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def _in_context(self, piece: Snippet, base: Style, width: int) -> list[Segment]:
        text, start, end = piece.text, piece.start, piece.end
        context = base + self._styles.over("result-list--context")
        match = base + self._styles.full("result-list--match")
        return [
            Segment(" " + text[:start], context),
            Segment(text[start:end], match),
            Segment(text[end:], context),
        ]


def _cut(strip: Strip, width: int, base: Style, mark: Style) -> Strip:
    """The context line to the width, with "…" where the row cuts it, as the snippet marks
    where it cut the text: cropped bare, it read as the end of the article's sentence."""
    if strip.cell_length <= width:
        return strip.extend_cell_length(width, base)
    return Strip([*strip.crop(0, width - 1), Segment("…", mark)])
