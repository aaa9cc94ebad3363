"""The title line of the reading screen: Textual's `Header`, safe against a late title.

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

    def _on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # these watchers instead of Header's, not beside them
        for node in (self.app, self.screen):
            self.watch(node, "title", self._show_title)
            self.watch(node, "sub_title", self._show_title)

    def _show_title(self) -> None:
        """The title and status as they are now, if the title line is still there."""
        with contextlib.suppress(NoScreen, NoMatches):
            self.query_one("HeaderTitle", Static).update(self.format_title())
