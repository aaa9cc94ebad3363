"""The line between the list pane and the article: drag it to widen or narrow the list.

A one-column widget that captures the mouse while pressed and reports the screen
column under the pointer; the screen turns that into the list's width (and saves
the share when the drag ends), so the divider knows nothing of shares or settings.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

LINE = "│"
GRIP = "┃"
"""Drawn while the pointer is over the divider or dragging it: it can be taken."""


class PaneDivider(Widget):
    """A vertical rule that can be dragged sideways."""

    class Dragged(Message):
        """The divider is being dragged: the list should end at screen column `x`.

        Plain classes, not dataclasses: fewer classes to generate before the first frame.
        """

        def __init__(self, x: int) -> None:
            super().__init__()
            self.x = x

    class Dropped(Message):
        """The drag ended: the width it left is the user's choice."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._dragging = False
        self._strip: Strip | None = None
        """Every line is the same: drawn once per look (`rich_style` walks every ancestor)."""

    def render_line(self, y: int) -> Strip:
        """The rule, bolder while it can be taken."""
        if self._strip is None:
            glyph = GRIP if self._dragging or self.mouse_hover else LINE
            style = self.rich_style + Style(bold=self._dragging)
            self._strip = Strip([Segment(glyph, style)], 1)
        return self._strip

    def _redraw(self) -> None:
        """Draws the line again with the current look (hover, drag)."""
        self._strip = None
        self.refresh()

    def notify_style_update(self) -> None:
        """Theme or hover changed: the drawn line carries old colours."""
        super().notify_style_update()
        self._strip = None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """Takes the divider."""
        if event.button == 1:
            self._dragging = True
            self.capture_mouse()
            self._redraw()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Moves the divider with the pointer."""
        if self._dragging:
            self.post_message(self.Dragged(event.screen_x))

    def on_mouse_up(self, event: events.MouseUp) -> None:
        """Lets go of it."""
        if self._dragging:
            self._dragging = False
            self.release_mouse()
            self._redraw()
            self.post_message(self.Dropped())

    def watch_mouse_hover(self, _hover: bool) -> None:
        """Redraws the grip as the pointer comes and goes."""
        self._redraw()
