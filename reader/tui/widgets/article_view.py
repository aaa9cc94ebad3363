"""The article view: one `ScrollView` drawing wrapped display lines with the Line API.

Modelled on Textual's `Log`: the article is laid out once per width (re-wrapped on
resize, keeping the reader's place), each screen line is rendered on demand and its
strip cached. Styles come in layers over body offsets (entity highlights now;
annotation marks, a selection and a sentence cursor can be added the same way), plus
one "current" span (the entity a jump landed on).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.article import Article
from reader.tui import keys
from reader.tui.layout import ArticleLayout, DisplayLine, layout_article
from reader.tui.spans import Layer
from reader.tui.widgets.styles import StyleCache

_KIND_CLASSES = {
    "title": "article-view--title",
    "meta": "article-view--meta",
    "summary": "article-view--summary",
    "rule": "article-view--rule",
    "subheading": "article-view--subheading",
    "list_item": "article-view--list-item",
    "highlights": "article-view--highlights",
}


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """Shows one article: header, wrapped body, and its style layers."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ARTICLE_VIEW
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *_KIND_CLASSES.values(),
        "article-view--prefix",
        "article-view--empty",
        "article-view--current",
    }

    def __init__(self, empty_text: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.empty_text = empty_text
        """Shown when no article is open."""
        self._article: Article | None = None
        self._layout: ArticleLayout | None = None
        self._layers: dict[str, tuple[int, Layer]] = {}
        self._current: tuple[int, int] | None = None
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._styles = StyleCache(self)

    @property
    def article(self) -> Article | None:
        """The article shown, if any."""
        return self._article

    @property
    def layout(self) -> ArticleLayout | None:
        """The article's display lines at the current width."""
        return self._layout

    def show(self, article: Article | None) -> None:
        """Shows another article from its top, with no layers and no current span."""
        self._article = article
        self._layers.clear()
        self._current = None
        self._relayout(anchor=None)
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_layer(self, name: str, layer: Layer, order: int) -> None:
        """Adds or replaces a style layer; higher `order` draws on top."""
        self._layers[name] = (order, layer)
        self._repaint()

    def remove_layer(self, name: str) -> None:
        """Removes a style layer if present."""
        if self._layers.pop(name, None) is not None:
            self._repaint()

    def has_layer(self, name: str) -> bool:
        """Whether a layer of that name is drawn."""
        return name in self._layers

    @property
    def current(self) -> tuple[int, int] | None:
        """The body range marked as current (the last entity jumped to)."""
        return self._current

    def mark_current(self, start: int, end: int) -> None:
        """Marks a body range as current and scrolls it into the middle of the view."""
        self._current = (start, end)
        self._repaint()
        self.scroll_to_offset(start)

    def scroll_to_offset(self, offset: int) -> None:
        """Scrolls so the line showing body `offset` sits near the middle."""
        if self._layout is None:
            return
        row = self._layout.line_of(offset)
        top = max(row - self.scrollable_content_region.height // 2, 0)
        self.scroll_to(y=top, animate=False, immediate=True)

    @property
    def top_offset(self) -> int:
        """The body offset of the first body line in sight (0 above the body)."""
        if self._layout is None:
            return 0
        offset = self._layout.first_body_offset(round(self.scroll_y))
        return len(self._layout.body_text) if offset is None else offset

    def _repaint(self) -> None:
        self._cache.clear()
        self.refresh()

    def _relayout(self, anchor: int | None) -> None:
        width = self.scrollable_content_region.width
        if self._article is None or width <= 0:
            self._layout = None
        else:
            self._layout = layout_article(self._article, width)
        height = self._layout.height if self._layout else 0
        self.virtual_size = Size(width, height)
        self._repaint()
        if anchor is not None and self._layout is not None:
            self.scroll_to(y=self._layout.line_of(anchor), animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wraps to the new width, keeping the first body line in sight (or the top) in sight."""
        width = self.scrollable_content_region.width
        if self._layout is not None and self._layout.width == width:
            return
        anchor = None
        if self._layout is not None and round(self.scroll_y) > 0:
            anchor = self._layout.first_body_offset(round(self.scroll_y))
        self._relayout(anchor)

    def notify_style_update(self) -> None:
        """Theme or focus changed: cached strips carry old colours."""
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()

    def action_scroll_down(self) -> None:
        """One line down, at once (no animation: a reader pages, it does not glide)."""
        self.scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        """One line up."""
        self.scroll_relative(y=-1, animate=False)

    def action_page_down(self) -> None:
        """One screen down."""
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        """One screen up."""
        self.scroll_page_up(animate=False)

    def action_scroll_top(self) -> None:
        """Goes to the title."""
        self.scroll_home(animate=False)

    def action_scroll_bottom(self) -> None:
        """Goes to the last line."""
        self.scroll_end(animate=False)

    def render_line(self, y: int) -> Strip:
        """One screen line: cached, or drawn from the layout and the layers."""
        width = self.scrollable_content_region.width
        row = round(self.scroll_y) + y
        if self._layout is None or row >= self._layout.height:
            if self._article is None and row == 0 and self.empty_text:
                style = self._styles.full("article-view--empty")
                text = Text(self.empty_text)
                text.stylize(style)
                segments = text.render(self.app.console)
                return Strip(segments).crop_extend(0, width, self._styles.base)
            return Strip.blank(width, self._styles.base)
        strip = self._cache.get(row)
        if strip is None:
            strip = self._draw(self._layout, self._layout.lines[row], width)
            self._cache[row] = strip
        return strip

    def _draw(self, layout: ArticleLayout, line: DisplayLine, width: int) -> Strip:
        text = Text(no_wrap=True, end="")
        if line.prefix:
            text.append(line.prefix, self._styles.over("article-view--prefix"))
        kind_class = _KIND_CLASSES.get(line.kind)
        text.append(layout.text_of(line), self._styles.over(kind_class) if kind_class else None)
        text.stylize_before(self._styles.base)
        if line.in_body:
            self._apply_layers(text, line)
        segments = text.render(self.app.console)
        return Strip(segments).crop_extend(0, width, self._styles.base)

    def _apply_layers(self, text: Text, line: DisplayLine) -> None:
        shift = len(line.prefix) - line.start
        for _, layer in sorted(self._layers.values(), key=lambda item: item[0]):
            for span in layer.spans_between(line.start, line.end):
                text.stylize(
                    span.style, max(span.start, line.start) + shift, min(span.end, line.end) + shift
                )
        if self._current is not None:
            start, end = self._current
            if start < line.end and end > line.start:
                style = self._styles.over("article-view--current")
                text.stylize(style, max(start, line.start) + shift, min(end, line.end) + shift)
