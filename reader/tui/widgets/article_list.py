"""The article list: two lines per article, drawn with the Line API.

A custom `ScrollView` rather than `OptionList`: rows have a fixed height, so
mounting 10,000 articles measures nothing, and a count that changes (entities
arriving in the background) repaints one row instead of re-measuring every option.

The list also reads the prefixes typed before a key, vi style: digits make a count
(`3x` discards three articles, `5j` moves five rows) and `*` asks for the whole
filtered list. A prefix belongs to the very next key, whatever it is.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import ClassVar, Protocol, runtime_checkable

from rich.cells import cell_len
from rich.segment import Segment
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widgets._toast import Toast, ToastRack

from reader.article import Article
from reader.tui import keys
from reader.tui.presenters.panes import thumb_span
from reader.tui.presenters.rows import RowFacts, StoryMark, Untriaged, build_row
from reader.tui.widgets.styles import StyleCache

ROW_HEIGHT = 2
MAX_COUNT = 9999
"""A count prefix stops growing here (a held-down digit must not overflow anything)."""


@runtime_checkable
class RowIndex(Protocol):
    """A sequence of articles that knows the row of an id itself (without a scan)."""

    def index_of(self, article_id: str) -> int | None:
        """The row of an article, or None when it is not listed."""
        ...


class _Prefix:
    """What was typed before a key: a count, and/or `*` for the whole filtered list
    (never changed once made; a plain class, as the messages below)."""

    __slots__ = ("bulk", "count")

    def __init__(self, count: int | None = None, bulk: bool = False) -> None:
        self.count = count
        self.bulk = bulk


class ArticleList(ScrollView, can_focus=True, inherit_bindings=False):
    """Every open article, with a cursor; posts `Highlighted` and `Chosen`."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ARTICLE_LIST
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--marker",
        "article-list--title",
        "article-list--detail",
    }

    cursor: reactive[int] = reactive(0, repaint=False)
    """Index of the highlighted article (a move repaints the two rows it concerns, not
    the whole list: `watch_cursor`)."""

    # The messages are plain classes, not dataclasses: a dataclass costs the first frame
    # the compiling of its generated methods (about a millisecond each).

    class Highlighted(Message):
        """The cursor moved onto an article (the view previews it)."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    class Chosen(Message):
        """The user opened an article (enter or double click): the view takes the focus."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    class PrefixChanged(Message):
        """A count or `*` is pending, or no longer (the list header shows it)."""

        def __init__(self, count: int | None, bulk: bool) -> None:
            super().__init__()
            self.count = count
            self.bulk = bulk

    def __init__(
        self,
        articles: Sequence[Article],
        entity_count: Callable[[Article], int | None],
        facts: RowFacts | None = None,
        *,
        story_mark: Callable[[Article], StoryMark | None] | None = None,
        opened: Callable[[Article], None] | None = None,
        id: str | None = None,
    ) -> None:
        """`opened` is called at once when the user opens an article (else `Chosen` is
        posted): the keys typed right after enter then go where it put the focus."""
        super().__init__(id=id)
        self._story_mark = story_mark or (lambda _article: None)
        self._opened = opened
        self.date_label: Callable[[Article], str] | None = None
        """Each row's date, shown before its source while the list is sorted by date."""
        self.aside: Callable[[Article], tuple[str, str]] | None = None
        """Each row's language and date where known, shown before its source (the date
        where the row has room: `build_row`)."""
        self._articles: Sequence[Article] = []
        self._finder: Callable[[str], int | None] | None = None
        self._entity_count = entity_count
        self._facts = facts or Untriaged()
        self._rows_of: dict[str, int] | None = None
        self._cache: LRUCache[tuple[str, int, bool, int], Strip] = LRUCache(1024)
        """Drawn lines by (article id, line of the row, under the cursor, width): rows that
        only moved up or down keep theirs."""
        self._styles = StyleCache(self)
        self._pending = _Prefix()
        self._armed = _Prefix()
        self._character: str | None = None
        self._empty_text = ""
        self._tail = 0
        """Blank rows under the last article while notices cover the list's foot, so the
        last articles can rise above them (`_notices_moved`)."""
        self._index(articles)

    def _index(
        self, articles: Sequence[Article], *, keep_lines: bool = False, repaint: bool = True
    ) -> None:
        """Takes the sequence as it is (the caller's to give away): a lazy one, such as
        `reader.tui.presenters.listing.ListedArticles`, finds an article only when its
        row is drawn, so listing 100,000 articles builds nothing per article."""
        self._articles = articles
        self._finder = articles.index_of if isinstance(articles, RowIndex) else None
        self._rows_of = None
        if not keep_lines:
            self._cache.clear()
        self._resize_rows(self._scroll_size(), repaint=repaint)

    def _scroll_size(self) -> Size:
        """The rows, and the blank under them that notices cover; one more blank line where
        the pane's height is odd, so the list scrolled to its end starts at a whole row
        (`_scroll_to_cursor`)."""
        lines = len(self._articles) * ROW_HEIGHT + self._tail
        spare = lines - self.scrollable_content_region.height
        if spare > 0:
            lines += -spare % ROW_HEIGHT
        return Size(self._width, lines)

    def _resize_rows(self, size: Size, *, repaint: bool = True) -> None:
        """A new scroll height. Setting `virtual_size` lays out the whole screen again and
        redraws every widget (tens of milliseconds at 100,000 rows); while the list is
        shown and stays taller than its pane, only its scrollbar and its own lines change,
        so the size is taken without a layout (and, without `repaint`, only the
        scrollbar is drawn again: the lines in sight are the same). A list that stays
        within its pane has no scrollbar before or after: only its lines change (a big
        dump's first batches)."""
        height = self.scrollable_content_region.height
        before = self.virtual_size.height
        stays_scrolled = before > height and size.height > height
        stays_short = before <= height and size.height <= height
        if not (self.is_mounted and height and (stays_scrolled or stays_short)) or (
            size == self.virtual_size
        ):
            self.virtual_size = size
            return
        self.set_reactive(ArticleList.virtual_size, size)
        if stays_scrolled:
            self._follow_height(size)
        if repaint:
            self.refresh()

    def _follow_height(self, size: Size) -> None:
        """The scrollbar and the scroll position take a new height of the list; the
        scrollbar is drawn again only when its thumb moves (at 100,000 rows a filter
        rarely moves it, and drawing its 36 lines cost as much as the rows)."""
        bar = self.vertical_scrollbar
        track, position = bar.size.height, bar.position
        before = thumb_span(track, bar.window_virtual_size, bar.window_size, position)
        if before != thumb_span(track, size.height, bar.window_size, position):
            self._scroll_update(size)
            return
        bar.set_reactive(ScrollBar.window_virtual_size, size.height)
        self.scroll_y = self.validate_scroll_y(self.scroll_y)

    def grew(self) -> None:
        """Rows were added at the end of the listed sequence (grown in place by its owner,
        as a big dump is split): the scroll height follows, the lines already drawn stay,
        and the list is drawn again only when the new rows are in sight."""
        was_seen = self.virtual_size.height - self._tail < self.scroll_offset.y + self.size.height
        self._rows_of = None
        self._resize_rows(self._scroll_size(), repaint=was_seen)

    @property
    def empty_text(self) -> str:
        """Shown, wrapped to the pane, while no article is listed: why, and the way out."""
        return self._empty_text

    @empty_text.setter
    def empty_text(self, text: str) -> None:
        if text != self._empty_text:
            self._empty_text = text
            if not self._articles:
                self.refresh()

    @property
    def articles(self) -> Sequence[Article]:
        """The articles listed, in order (read-only)."""
        return self._articles

    def index_of(self, article_id: str) -> int | None:
        """The row of an article, or None when it is not listed (the sequence's own
        `index_of` when it has one, else a table made on first use)."""
        if self._finder is not None:
            return self._finder(article_id)
        if self._rows_of is None:
            self._rows_of = {}
            for index, article in enumerate(self._articles):
                self._rows_of.setdefault(article.id, index)
        return self._rows_of.get(article_id)

    def set_articles(
        self, articles: Sequence[Article], cursor: int, *, announce: bool, keep_lines: bool = False
    ) -> None:
        """Lists other articles (new filter, state change, new dumps), the cursor at `cursor`.

        `announce` posts `Highlighted` for the article now under the cursor, so the
        view follows; without it the view keeps what it shows (a background refresh).
        `keep_lines`: the rows still listed draw as before (some articles only left the
        list), so their drawn lines are kept.
        """
        seen = self._in_sight() if keep_lines else None
        offset = self.scroll_offset
        self._index(articles, keep_lines=keep_lines, repaint=seen is None)
        cursor = self.validate_cursor(cursor)
        if announce:
            self.set_reactive(ArticleList.cursor, -1)
            self.cursor = cursor
        else:
            self.set_reactive(ArticleList.cursor, cursor)
            self._scroll_to_cursor()
        if seen is None or self.scroll_offset != offset:
            self.refresh()
            return
        top = offset.y // ROW_HEIGHT
        for row, (before, now) in enumerate(zip(seen, self._in_sight(), strict=True), top):
            if before != now:  # only the rows that show another article, or lost the cursor
                self.refresh_lines(row * ROW_HEIGHT, ROW_HEIGHT)

    def _in_sight(self) -> list[tuple[str | None, bool]]:
        """What each row in sight shows: its article's id (None below the last) and
        whether the cursor is on it."""
        articles, count = self._articles, len(self._articles)
        return [
            (articles[row].id if row < count else None, row == self.cursor)
            for row in self._rows_in_sight()
        ]

    def _rows_in_sight(self) -> range:
        """The rows on screen, and those partly on it (or below the last)."""
        top = self.scroll_offset.y // ROW_HEIGHT
        return range(top, top + self.scrollable_content_region.height // ROW_HEIGHT + 2)

    @property
    def current(self) -> Article | None:
        """The article under the cursor."""
        return self._articles[self.cursor] if self._articles else None

    def refresh_article(self, article_id: str) -> None:
        """Redraws the rows of one article (its counts or state changed); one not listed now
        is drawn afresh when it is listed again, one out of sight when it comes into sight
        (Textual keeps each line it is asked to redraw as dirty until it is drawn: with the
        rows of every analysed article asked for, 1 MB of line numbers and regions by the
        3,000th of a 10,000-article list, growing)."""
        for part in range(ROW_HEIGHT):
            for is_cursor in (False, True):
                self._cache.discard((article_id, part, is_cursor, self._width))
        index = self.index_of(article_id)
        if index is not None and index in self._rows_in_sight():
            self.refresh_lines(index * ROW_HEIGHT, ROW_HEIGHT)

    @property
    def _width(self) -> int:
        return self.scrollable_content_region.width

    def validate_cursor(self, cursor: int) -> int:
        """Keeps the cursor on an article."""
        return min(max(cursor, 0), max(len(self._articles) - 1, 0))

    def watch_cursor(self, old: int, new: int) -> None:
        """Repaints both rows, keeps the cursor in sight and tells the screen."""
        if old >= 0:
            self.refresh_lines(old * ROW_HEIGHT, ROW_HEIGHT)
        self.refresh_lines(new * ROW_HEIGHT, ROW_HEIGHT)
        self._scroll_to_cursor()
        if self._articles:
            self.post_message(self.Highlighted(self._articles[new]))

    def _scroll_to_cursor(self) -> None:
        """Scrolls the cursor's row into sight above the notices, the top at a whole row: in
        a pane of odd height, or above a notice of odd height, the list scrolled by half a
        row, its top line a row's second line with no title."""
        top = self.cursor * ROW_HEIGHT
        region = Region(0, top, max(self._width, 1), ROW_HEIGHT)
        under = self._under_notices()
        spacing = Spacing(bottom=under)
        self.scroll_to_region(region, spacing=spacing, animate=False, force=True, immediate=True)
        y = round(self.scroll_y)
        if y % ROW_HEIGHT == 0:
            return
        seen = self.scrollable_content_region.height - under
        whole = [
            at
            for at in (y - y % ROW_HEIGHT, y + ROW_HEIGHT - y % ROW_HEIGHT)
            if at <= self.max_scroll_y and at <= top and top + ROW_HEIGHT <= at + seen
        ]
        if whole:
            self.scroll_to(y=whole[0], animate=False, force=True, immediate=True)

    def on_mount(self) -> None:
        """Notices come and go with the screen's layout (Textual mounts and removes them)."""
        self.screen.screen_layout_refresh_signal.subscribe(self, self._notices_moved)

    def _notices_moved(self, _screen: object) -> None:
        """The list scrolls past its end by the rows notices cover, and no further: `G`
        put the cursor on the last article under three start-up notices for their 15 s,
        where the list could not scroll. When they go, the blank goes with them."""
        tail = self._under_notices()
        if tail != self._tail:
            self._tail = tail
            self._resize_rows(self._scroll_size())
            self._scroll_to_cursor()

    def _under_notices(self) -> int:
        """Rows at the list's foot that notifications cover (they sit over the list's pane,
        not the article: `MainScreen._fit_notices`), so the cursor stays above them: moving
        down a list of new articles, it went under a start-up notice for its 15 s. Those
        elsewhere (the first screen's, at Textual's place) leave it be."""
        try:
            rack = self.screen.get_child_by_type(ToastRack)
        except (NoMatches, NoScreen):
            return 0
        if not rack.display:
            return 0
        own = self.region
        tops = [toast.region.y for toast in rack.query(Toast) if toast.region.overlaps(own)]
        covered = own.bottom - min(tops, default=own.bottom)
        return max(0, min(covered, self.size.height - ROW_HEIGHT))

    def on_resize(self, event: events.Resize) -> None:
        """Rows are cut to the width, so a new width means new strips."""
        self._cache.clear()
        self.virtual_size = self._scroll_size()
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        """Theme or focus changed: cached strips carry old colours."""
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()

    def key_bound(self, event: events.Key) -> None:
        """Hands the prefix typed so far to this key; a prefix key builds on it instead.

        Called by the app as it looks up the key's binding (`ReaderApp.on_key`), keys in
        the order typed, each just before its action: when the list armed each key as it
        reached it, "3s" typed in one burst armed `s` before the binding of `3` had run
        (that waits until the key has bubbled up to the app), and starred one article."""
        self._armed, self._pending = self._pending, _Prefix()
        self._character = event.character
        if self._armed.count is not None or self._armed.bulk:
            self.post_message(self.PrefixChanged(None, False))

    def take_count(self) -> int:
        """The count typed before this key (1 when none); it is used up."""
        count = self._armed.count or 1
        self._armed = _Prefix()
        return count

    def take_prefix(self) -> tuple[int, bool]:
        """The count (1 when none) and whether `*` was typed before this key; used up."""
        armed, self._armed = self._armed, _Prefix()
        return armed.count or 1, armed.bulk

    def action_count(self) -> None:
        """Adds the digit just typed to the count (a leading 0 is ignored)."""
        before, self._armed = self._armed, _Prefix()
        digit = self._character or ""
        if not digit.isdecimal() or (before.count is None and digit == "0"):
            self._pending = before
            return
        count = min((before.count or 0) * 10 + int(digit), MAX_COUNT)
        self._pending = _Prefix(count, before.bulk)
        self.post_message(self.PrefixChanged(count, before.bulk))

    def action_bulk(self) -> None:
        """The next state key applies to every article of the filtered list."""
        self._armed = _Prefix()
        self._pending = _Prefix(None, True)
        self.post_message(self.PrefixChanged(None, True))

    def action_cursor_down(self) -> None:
        """Moves to the next article (a count moves that many)."""
        self.cursor += self.take_count()

    def action_cursor_up(self) -> None:
        """Moves to the previous article (a count moves that many)."""
        self.cursor -= self.take_count()

    def action_page_down(self) -> None:
        """Moves down one screenful."""
        self.cursor += self._page() * self.take_count()

    def action_page_up(self) -> None:
        """Moves up one screenful."""
        self.cursor -= self._page() * self.take_count()

    def action_cursor_top(self) -> None:
        """Moves to the first article."""
        self.cursor = 0

    def action_cursor_bottom(self) -> None:
        """Moves to the last article (with a count N, to the N-th, as in vi)."""
        count = self._armed.count
        self._armed = _Prefix()
        self.cursor = len(self._articles) - 1 if count is None else count - 1

    def action_open(self) -> None:
        """Opens the article under the cursor."""
        if (article := self.current) is None:
            return
        if self._opened is not None:
            self._opened(article)
        else:
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
            if not self._articles and self._empty_text:
                return self._empty_line(self.scroll_offset.y + y, width)
            return Strip.blank(width, self._styles.base)
        article = self._articles[index]
        key = (article.id, part, index == self.cursor, width)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row_line(article, part, key[2], width)
            self._cache[key] = strip
        return strip

    def _empty_line(self, y: int, width: int) -> Strip:
        """Line `y` of the empty list's text, wrapped to the pane with a cell of margin."""
        lines = textwrap.wrap(self._empty_text, max(width - 2, 1))
        text = " " + lines[y] if y < len(lines) else ""
        base = self._styles.base
        segments = [Segment(text, base + self._styles.over("article-list--detail"))]
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def _render_row_line(self, article: Article, part: int, is_cursor: bool, width: int) -> Strip:
        row = build_row(
            article,
            self._facts,
            self._entity_count(article),
            width - 1,
            self._story_mark(article),
            self.date_label(article) if self.date_label is not None else "",
            self.aside(article) if self.aside is not None else ("", ""),
        )
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
