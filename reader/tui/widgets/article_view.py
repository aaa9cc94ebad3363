"""The article view: one `ScrollView` drawing wrapped display lines with the Line API.

Modelled on Textual's `Log`: the article is laid out once per width (re-wrapped on
resize, keeping the reader's place), each screen line is rendered on demand and its
strip cached. Styles come in layers over body offsets: the sentence cursor (a tint,
under everything, only while the view has the focus), annotation marks and entity
highlights set by the screen, the selection on top; plus one "current" span (the
entity a jump landed on). The cursor and selection are a `PassageCursor`, moved by
the keys and the mouse here; the view says when what they cover changes.

The text wraps at a readable measure, centred in the pane, with a gutter of
annotation bars just left of it (`presenters.panes.text_frame`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar, Protocol

from rich.style import Style
from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.article import Article
from reader.text.cells import cluster_bounds, on_clusters
from reader.tui import keys
from reader.tui.presenters.layout import ArticleLayout, DisplayLine, layout_article
from reader.tui.presenters.panes import BAR, DEFAULT_MEASURE, LANES, TextFrame, text_frame
from reader.tui.presenters.spans import Layer, SpanLayer, StyledSpan
from reader.tui.widgets.styles import StyleCache

if TYPE_CHECKING:
    from reader.annotation.passages import PassageCursor, Sentences, Span

_KIND_CLASSES = {
    "title": "article-view--title",
    "meta": "article-view--meta",
    "summary": "article-view--summary",
    "rule": "article-view--rule",
    "subheading": "article-view--subheading",
    "list_item": "article-view--list-item",
    "highlights": "article-view--highlights",
}
CURSOR_ORDER = 0
"""The cursor's tint lies under every other layer, so highlights and marks show through."""
SELECTION_ORDER = 100
"""The selection is drawn over everything: it must always be visible."""
_NO_BARS = (None,) * LANES


class Gutter(Protocol):
    """Anything that can say which bars to draw beside a line (`PassageMarks` does)."""

    def gutter(self, start: int, end: int) -> tuple[Style | None, ...]:
        """Per gutter cell, the bar style for a line showing body `[start, end)`, or None."""
        ...

    def passage_at(self, cell: int, start: int, end: int) -> tuple[int, int] | None:
        """The body range whose bar is in gutter `cell` beside that line, or None."""
        ...


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """Shows one article: header, wrapped body, and its style layers."""

    class CursorMoved(Message):
        """What an annotation key would act on changed (the cursor moved, a selection grew).

        A plain class, not a dataclass: one fewer class to generate before the first frame.
        """

        def __init__(self, view: ArticleView, span: Span | None, selected: bool) -> None:
            super().__init__()
            self.view = view
            self.span = span
            """The selection, else the cursor's sentence (None: no article or no text)."""
            self.selected = selected
            """Whether `span` is a selection (the footer then shows what acts on one)."""

    BINDINGS: ClassVar[list[BindingType]] = keys.ARTICLE_VIEW
    ALLOW_SELECT: ClassVar[bool] = False
    """The view makes its own selections (whole words, body offsets), not Textual's."""
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *_KIND_CLASSES.values(),
        "article-view--prefix",
        "article-view--empty",
        "article-view--current",
        "article-view--cursor",
        "article-view--selection",
    }

    def __init__(
        self, empty_text: str = "", *, measure: int = DEFAULT_MEASURE, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.empty_text = empty_text
        """Shown when no article is open."""
        self._measure = measure
        self._frame = TextFrame(0, 0)
        self._gutter: Gutter | None = None
        self._told: tuple[Span | None, bool] = (None, False)
        self._article: Article | None = None
        self._sources: tuple[str, ...] = ()
        self._note = ""
        self._layout: ArticleLayout | None = None
        self._layers: dict[str, tuple[int, Layer]] = {}
        self._current: tuple[int, int] | None = None
        self._centred: tuple[int, int] | None = None
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._styles = StyleCache(self)
        self._passages: PassageCursor | None = None
        self._passage_layers: list[tuple[int, Layer]] | None = None
        self._drag_from: int | None = None
        self._dragged = False

    @property
    def article(self) -> Article | None:
        """The article shown, if any."""
        return self._article

    @property
    def layout(self) -> ArticleLayout | None:
        """The article's display lines at the current width."""
        return self._layout

    def show(self, article: Article | None, sources: Sequence[str] = (), note: str = "") -> None:
        """Shows another article from its top, with no layers and no current span.

        `sources` names every dump the article was found in, for the meta line; `note` is
        a line under it on the article's story (`set_note`).
        """
        self._article = article
        self._sources = tuple(sources)
        self._note = note
        self._layers.clear()
        self._gutter = None
        self._current = None
        self._centred = None
        self._passages = None
        self._drag_from = None
        self._relayout(anchor=None)
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_sources(self, sources: Sequence[str]) -> None:
        """The open article turned up in another dump: the meta line lists it, the place is kept."""
        if tuple(sources) == self._sources:
            return
        self._sources = tuple(sources)
        self._rewrap()

    def set_note(self, note: str) -> None:
        """The line under the meta line changed (the work on the story's other versions,
        where an annotator would otherwise annotate the same story twice); the place is kept."""
        if note == self._note:
            return
        self._note = note
        self._rewrap()

    def _rewrap(self) -> None:
        """Lays the article out again, keeping in sight what the reader looks at: the place
        last jumped to (an entity, a seam), in the middle, while the view is still where that
        jump left it; else the first body line in sight. Opening the entity panel narrows the
        view: a jump taken just before its re-wrap kept only its first line in sight, so
        where the entity ended up depended on which came first."""
        centred = self._centred
        if centred is None or not self._still_centred():
            self._relayout(self._place())
            return
        self._relayout(None)
        self.scroll_to_offset(centred[0])

    def _still_centred(self) -> bool:
        """Whether the view is where the last jump left it (the reader has not scrolled)."""
        return self._centred is not None and round(self.scroll_y) == self._centred[1]

    def _place(self) -> int | None:
        """The first body offset in sight, to keep in sight on a re-wrap (None: at the top)."""
        if self._layout is not None and round(self.scroll_y) > 0:
            return self._layout.first_body_offset(round(self.scroll_y))
        return None

    def set_layer(self, name: str, layer: Layer, order: int) -> None:
        """Adds or replaces a style layer; higher `order` draws on top."""
        self._layers[name] = (order, layer)
        self._repaint()

    def remove_layer(self, name: str) -> None:
        """Removes a style layer if present."""
        if self._layers.pop(name, None) is not None:
            self._repaint()

    def set_gutter(self, gutter: Gutter | None) -> None:
        """Sets what draws the bars left of the text (None: an empty gutter)."""
        self._gutter = gutter
        self._repaint()

    @property
    def text_left(self) -> int:
        """Cells from the widget's left edge to the first column of text (a mouse aims here)."""
        return self.content_region.x - self.region.x + self._frame.left

    def has_layer(self, name: str) -> bool:
        """Whether a layer of that name is drawn."""
        return name in self._layers

    @property
    def current(self) -> tuple[int, int] | None:
        """The body range marked as current (the last entity jumped to)."""
        return self._current

    def mark_current(self, start: int, end: int) -> None:
        """Marks a body range as current and scrolls it into the middle of the view.

        The sentence cursor follows (unless a selection is being made), so the next
        annotation key acts where the reader jumped to.
        """
        self._current = (start, end)
        if self.passages.selection is None:
            self.passages.place(start)
        self._repaint()
        self.scroll_to_offset(start)

    def clear_current(self) -> None:
        """No range is current any more (a mode that marked one has ended)."""
        if self._current is not None:
            self._current = None
            self._repaint()

    @property
    def passages(self) -> PassageCursor:
        """The sentence cursor and the selection (read it; move it through the view).

        Made on first use: the first frame draws the article without importing the
        sentence machinery (`reader.annotation.passages`).
        """
        if self._passages is None:
            from reader.annotation.passages import PassageCursor, Sentences

            self._passages = PassageCursor(Sentences((), ()))
        return self._passages

    def set_sentences(self, sentences: Sentences) -> None:
        """Takes the open article's sentence bounds (rule-based first, spaCy's later)."""
        self.passages.rebase(sentences)
        self._repaint()

    def place_cursor(self, offset: int) -> None:
        """Puts the sentence cursor at a body offset, as a click there does."""
        self.passages.place(offset)
        self._repaint()
        self._scroll_into_view(self.passages.sentence)

    def select_range(self, start: int, end: int) -> None:
        """Selects a body range (an annotation jumped to) and scrolls it into view."""
        self.passages.select_range(start, end)
        self._repaint()
        self._scroll_into_view((start, end))

    def scroll_to_offset(self, offset: int) -> None:
        """Scrolls so the line showing body `offset` sits near the middle."""
        if self._layout is None:
            return
        row = self._layout.line_of(offset)
        top = max(row - self.scrollable_content_region.height // 2, 0)
        self.scroll_to(y=top, animate=False, immediate=True)
        self._centred = (offset, round(self.scroll_y))

    @property
    def top_offset(self) -> int:
        """The body offset of the first body line in sight (0 above the body)."""
        if self._layout is None:
            return 0
        offset = self._layout.first_body_offset(round(self.scroll_y))
        return len(self._layout.body_text) if offset is None else offset

    @property
    def reading_offset(self) -> int:
        """Where the reader is: the start of the cursor's sentence while it is in sight, else
        the first body line in sight (as a cursor move starts there). `]` and `i` go from
        here, so the entity they land on is the one being read, not the first on screen."""
        sentence = None if self._passages is None else self._passages.sentence
        if sentence is None or not self._in_sight(sentence):
            return self.top_offset
        return sentence[0]

    def _repaint(self) -> None:
        self._cache.clear()
        self._passage_layers = None
        self.refresh()
        passages = self._passages
        target = None if passages is None else passages.target  # None: no cursor yet
        told = (target, passages is not None and passages.selection is not None)
        if told != self._told:
            self._told = told
            self.post_message(self.CursorMoved(self, *told))

    def _relayout(self, anchor: int | None) -> None:
        width = self.scrollable_content_region.width
        self._frame = text_frame(width, self._measure)
        if self._article is None or width <= 0:
            self._layout = None
        else:
            self._layout = layout_article(
                self._article, self._frame.width, self._sources, self._note
            )
        height = self._layout.height if self._layout else 0
        self._take_size(Size(width, height))
        self._repaint()
        if anchor is not None and self._layout is not None:
            self.scroll_to(y=self._layout.line_of(anchor), animate=False, immediate=True)

    def _take_size(self, size: Size) -> None:
        """A new scroll size. Set as Textual's reactive, it lays the whole screen out again:
        7-10 ms of the app's thread for each article the cursor opens, where the next key
        waits (docs/performance.md, fill17). With no scrollbar that comes and goes (the
        reading screen always shows the vertical one, the first screen none), the view's
        place on screen cannot change: only the scroll range and the scrollbar follow."""
        styles = self.styles
        if not self.is_mounted or "auto" in (styles.overflow_x, styles.overflow_y):
            self.virtual_size = size
            return
        self.set_reactive(ArticleView.virtual_size, size)
        self._scroll_update(size)

    def on_resize(self, event: events.Resize) -> None:
        """Re-wraps to the new width, keeping in sight what the reader looks at (`_rewrap`);
        at the same width, a place just jumped to stays in the middle of a taller or shorter
        view (the legend below it grows as entities come in)."""
        frame = text_frame(self.scrollable_content_region.width, self._measure)
        if self._layout is None or self._layout.width != frame.width:
            self._rewrap()
            return
        if frame != self._frame:
            self._frame = frame
            self._repaint()
        if self._still_centred():  # only the height changed: the middle moved
            self.scroll_to_offset(self._centred[0])  # type: ignore[index]

    def notify_style_update(self) -> None:
        """Theme or focus changed: cached strips carry old colours."""
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()
        self._passage_layers = None

    def on_focus(self) -> None:
        """The cursor shows while the view has the focus."""
        self._repaint()

    def on_blur(self) -> None:
        """Hides the cursor (a selection stays visible)."""
        self._repaint()

    def action_sentence_down(self) -> None:
        """Next sentence (extending a selection); first back into sight if scrolled away."""
        self._move(lambda: self.passages.move(1))

    def action_sentence_up(self) -> None:
        """Previous sentence (extending a selection)."""
        self._move(lambda: self.passages.move(-1))

    def action_paragraph_down(self) -> None:
        """First sentence of the next paragraph (while selecting: the paragraph's end)."""
        self._move(lambda: self.passages.move_paragraph(forward=True))

    def action_paragraph_up(self) -> None:
        """First sentence of this paragraph, or of the previous one."""
        self._move(lambda: self.passages.move_paragraph(forward=False))

    def action_sentence_top(self) -> None:
        """Goes to the title, the cursor on the first sentence."""
        self._move(lambda: self.passages.move(-len(self.passages.sentences)), sight=False)
        self.scroll_home(animate=False, immediate=True)

    def action_sentence_bottom(self) -> None:
        """Goes to the last line, the cursor on the last sentence."""
        self._move(lambda: self.passages.move(len(self.passages.sentences)), sight=False)
        self.scroll_end(animate=False, immediate=True)

    def action_toggle_selection(self) -> None:
        """`v`: starts a selection at the cursor's sentence, or drops it."""
        self.passages.toggle_selection()
        self._repaint()

    def action_select_paragraph(self) -> None:
        """`p`: selects the cursor's paragraph."""
        self._move(self.passages.select_paragraph)

    def action_clear_selection(self) -> None:
        """Escape: drops the selection; with none, escape goes on to the screen (the list)."""
        if not self.passages.clear():
            raise SkipAction()
        self._repaint()

    def _move(self, step: Callable[[], None], *, sight: bool = True) -> None:
        """Runs a cursor move; a cursor scrolled out of sight first comes back to the top line."""
        if sight and not self.passages.selecting and not self._in_sight(self.passages.sentence):
            self.passages.place(self.top_offset)
        else:
            step()
        self._repaint()
        if sight:
            self._scroll_into_view(self.passages.sentence)

    def _in_sight(self, span: Span | None) -> bool:
        if span is None or self._layout is None:
            return True
        top = round(self.scroll_y)
        first, last = self._layout.line_of(span[0]), self._layout.line_of(max(span[1] - 1, 0))
        return last >= top and first < top + self.scrollable_content_region.height

    def _scroll_into_view(self, span: Span | None) -> None:
        """Scrolls the least that shows the span (its first line if it is taller than the view)."""
        if span is None or self._layout is None:
            return
        top, height = round(self.scroll_y), self.scrollable_content_region.height
        first, last = self._layout.line_of(span[0]), self._layout.line_of(max(span[1] - 1, 0))
        if first < top or last - first >= height:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif last >= top + height:
            self.scroll_to(y=last - height + 1, animate=False, immediate=True)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """A press in the text starts a drag (or, released in place, a click); a press on
        a bar in the gutter selects that passage (an outer one too, under an inner one)."""
        if self._layout is None or event.button != 1:
            return
        if (passage := self._bar_under(event)) is not None:
            self.select_range(*passage)
            return
        self._drag_from = self._offset_under(event)
        self._dragged = False
        self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Dragging selects whole words from the press to the pointer."""
        if self._drag_from is None or self._article is None:
            return
        offset = self._offset_under(event)
        from reader.annotation.passages import snap_to_words

        span = snap_to_words(self._article.body, self._drag_from, offset)
        if span is not None and span != self.passages.selection:
            self._dragged = True
            self.passages.select_range(*span)
            self._repaint()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        """Ends a drag; a press released without dragging puts the cursor there."""
        if self._drag_from is None:
            return
        start, self._drag_from = self._drag_from, None
        self.release_mouse()
        if not self._dragged:
            self.passages.place(start)
            self._repaint()
        self._dragged = False

    def _bar_under(self, event: events.MouseEvent) -> tuple[int, int] | None:
        offset = event.get_content_offset(self)
        if self._layout is None or self._gutter is None or offset is None:
            return None
        row = round(self.scroll_y) + offset.y
        if not 0 <= row < self._layout.height or not self._layout.lines[row].in_body:
            return None
        line = self._layout.lines[row]
        return self._gutter.passage_at(offset.x - self._frame.margin, line.start, line.end)

    def _offset_under(self, event: events.MouseEvent) -> int:
        if self._layout is None:
            return 0
        offset = event.get_content_offset_capture(self)
        return self._layout.offset_at(round(self.scroll_y) + offset.y, offset.x - self._frame.left)

    def action_page_down(self) -> None:
        """One screen down."""
        self.scroll_relative(y=self.scrollable_content_region.height, animate=False, immediate=True)

    def action_page_up(self) -> None:
        """One screen up."""
        self.scroll_relative(
            y=-self.scrollable_content_region.height, animate=False, immediate=True
        )

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
        text = Text(" " * self._frame.margin, no_wrap=True, end="")
        bars = _NO_BARS
        if line.in_body and self._gutter is not None:
            bars = self._gutter.gutter(line.start, line.end)
        for bar in bars:
            text.append(BAR if bar is not None else " ", bar)
        text.append(" ")
        if line.prefix:
            text.append(line.prefix, self._styles.over("article-view--prefix"))
        kind_class = _KIND_CLASSES.get(line.kind)
        text.append(layout.text_of(line), self._styles.over(kind_class) if kind_class else None)
        text.stylize_before(self._styles.base)
        if line.in_body:
            self._apply_layers(text, line)
        segments = text.render(self.app.console)
        return Strip(segments).crop_extend(0, width, self._styles.base)

    def _drawn_layers(self) -> list[tuple[int, Layer]]:
        """The screen's layers with the cursor and selection, in drawing order."""
        if self._passage_layers is None:
            layers = list(self._layers.values())
            passages = self._passages  # None: no cursor made yet, nothing to draw
            selection = None if passages is None else passages.selection
            if selection is not None:
                style = self._styles.full("article-view--selection")
                layers.append((SELECTION_ORDER, SpanLayer([StyledSpan(*selection, style)])))
            elif (
                self.has_focus
                and passages is not None
                and (sentence := passages.sentence) is not None
            ):
                tint = Style(bgcolor=self._styles.full("article-view--cursor").bgcolor)
                layers.append((CURSOR_ORDER, SpanLayer([StyledSpan(*sentence, tint)])))
            self._passage_layers = sorted(layers, key=lambda item: item[0])
        return self._passage_layers

    def _apply_layers(self, text: Text, line: DisplayLine) -> None:
        """The layers' spans over the line, each widened to whole grapheme clusters: the
        model's DATE on one letter of a flag, or an entity ending inside a family joined by
        ZWJ, cut the cluster into segments Rich measured at up to twice its cells, so the
        line was drawn wider than the terminal draws it (`reader.text.cells.cluster_bounds`)."""
        shift = self._frame.left + len(line.prefix)
        bounds = cluster_bounds(text.plain[shift:])

        def stylize(style: Style, start: int, end: int) -> None:
            start, end = max(start, line.start) - line.start, min(end, line.end) - line.start
            start, end = on_clusters(bounds, start, end)
            text.stylize(style, start + shift, end + shift)

        for _, layer in self._drawn_layers():
            for span in layer.spans_between(line.start, line.end):
                stylize(span.style, span.start, span.end)
        if self._current is not None:
            start, end = self._current
            if start < line.end and end > line.start:
                stylize(self._styles.over("article-view--current"), start, end)
