"""The title line of the reading screen: Textual's `Header`, safe against a late title,
and drawn again without laying out the screen.

`Header` updates its title line from a watcher that catches only `NoScreen`: a title
or status set while the header is coming down (the app exiting, the screen going)
finds its title line gone and raises `NoMatches`, which ends the app with a traceback.
"""

from __future__ import annotations

import contextlib

from textual import events
from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.widgets import Header, Static


class ReaderHeader(Header):
    """`Header` whose title follows the app's and the screen's, and skips a title line
    that is gone."""

    _title_lines: int | None = None
    """Lines of the title last shown (None: none yet)."""

    def _on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # these watchers instead of Header's, not beside them
        for node in (self.app, self.screen):
            self.watch(node, "title", self._show_title)
            self.watch(node, "sub_title", self._show_title)

    def _show_title(self) -> None:
        """The title and status as they are now, if the title line is still there.

        The screen is laid out again only if the title's count of lines changed: the line
        is the header's width whatever it says (no wrapping), so a new status (each batch
        of a big dump as it fills the list counts its articles there) is a repaint of one
        line. Laid out as `Static.update` does by default, each cost the app's thread a
        layout of the whole screen, and of a dialog open over it: 4-13 ms of CPU, 55
        times in a 10,000-article fill, where keys wait behind them (docs/performance.md,
        fill16)."""
        with contextlib.suppress(NoScreen, NoMatches):
            title = self.format_title()
            lines = title.plain.count("\n")
            line = self.query_one("HeaderTitle", Static)
            line.update(title, layout=lines != self._title_lines)
            self._title_lines = lines
