"""The footer, rebuilt only when the keys it shows change.

Textual's `Footer` recomposes every key whenever the bindings may have changed: each
focus change and each dialog closed. Measured at 120x40, that rebuild was about half
of the time it takes a dialog (the filter picker, search) to close, while the keys
shown were the same before and after; so the footer compares what it would show
first.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

Shown = tuple[tuple[str, str, str, bool], ...]
"""Per shown binding: key, description, action, enabled."""


class ReaderFooter(Footer):
    """A `Footer` that skips rebuilding when the shown keys did not change."""

    _shown: Shown | None = None

    def bindings_changed(self, screen: Screen) -> None:
        """Rebuilds (as `Footer` does) only if what would be shown differs."""
        if not screen.app.app_focus or screen is not self.screen:
            super().bindings_changed(screen)
            return
        shown = shown_keys(screen)
        if shown == self._shown:
            return
        self._shown = shown
        super().bindings_changed(screen)


def shown_keys(screen: Screen) -> Shown:
    """What a footer on `screen` shows: the active bindings marked `show`."""
    return tuple(
        (binding.key, binding.description, binding.action, enabled)
        for _, binding, enabled, _ in screen.active_bindings.values()
        if binding.show or binding.action == "app.command_palette"
    )
