"""Resolved styles of a Line-API widget, computed once per style change instead of per line.

`Widget.rich_style` and component styles are recomputed on every access; a screen of
40 lines asks for them hundreds of times per frame.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget

from reader.tui.presenters.colors import foreground


class StyleCache:
    """Caches a widget's base style and component styles until `clear()`."""

    def __init__(self, widget: Widget) -> None:
        self._widget = widget
        self._styles: dict[tuple[str, bool], Style] = {}

    def clear(self) -> None:
        """Forgets everything: call from the widget's `notify_style_update`."""
        self._styles.clear()

    @property
    def base(self) -> Style:
        """The widget's own colours and background."""
        key = ("", False)
        if key not in self._styles:
            self._styles[key] = self._widget.rich_style
        return self._styles[key]

    def full(self, component: str) -> Style:
        """A component style with its background (e.g. a cursor row)."""
        return self._get(component, False)

    def over(self, component: str) -> Style:
        """A component style without background, to draw over any background."""
        return self._get(component, True)

    def _get(self, component: str, drop_background: bool) -> Style:
        key = (component, drop_background)
        if key not in self._styles:
            style = self._widget.get_component_rich_style(component)
            self._styles[key] = foreground(style) if drop_background else style
        return self._styles[key]
