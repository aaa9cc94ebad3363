"""The reading screen dimmed under a dialog, each of its styles tinted once.

A dialog over the reading screen (`ModalScreen`, whose background is translucent) draws
that screen under it through Textual's `BackgroundScreen`, which works out the tinted
colours of every segment: some 400 segments of 70 styles at 120x40, twice for each `/`
(docs/performance.md, fill20). `Dimmed` gives each style the style Textual's own
`process_segments` gives it, worked out once and kept (`TINTED` of them at most).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from rich.console import RenderableType
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.renderables.background_screen import BackgroundScreen

TINTED = 4_096
"""Styles kept with their tint (a screen holds some tens; a theme change brings more)."""


@functools.lru_cache(maxsize=TINTED)
def tinted(style: Style | None, color: Color) -> Style | None:
    """What Textual's `BackgroundScreen.process_segments` makes of a segment's `style`
    under `color` (asked of it, for one segment)."""
    (made,) = BackgroundScreen.process_segments([Segment(" ", style)], color)
    return made.style


class Dimmed(BackgroundScreen):
    """`BackgroundScreen`, with each style's tint worked out once (`tinted`)."""

    @classmethod
    def process_segments(cls, segments: Iterable[Segment], color: Color) -> Iterable[Segment]:
        """The segments as Textual's tint gives them."""
        for segment in segments:
            text, style, control = segment
            yield segment if control else Segment(text, tinted(style, color), control)


def dimmed(rendered: RenderableType) -> RenderableType:
    """A dialog screen's background (`Screen.render`) with the screen under it `Dimmed`."""
    if type(rendered) is BackgroundScreen:
        return Dimmed(rendered.screen, rendered.color)
    return rendered
