"""The reading screen under the `/` dialog is dimmed as Textual dims it, each style's tint
worked out once rather than each segment's."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from rich.segment import Segment
from textual.color import Color
from textual.renderables.background_screen import BackgroundScreen

from reader.tui import dimmed
from reader.tui.dialogs.search import SearchScreen
from reader.tui.dimmed import Dimmed
from tests.tui.helpers import Noted, make_session, settle
from tests.tui.test_find_keys import ARTICLES

pytestmark = pytest.mark.frames
"""Every frame drawn (tests/tui/conftest.py): the tint is made as the screen under the dialog
is drawn."""

SIZE = (120, 40)


async def test_the_screen_under_the_search_dialog_is_tinted_as_textual_tints_it_once_a_style(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[int] = []
    textual_tint = BackgroundScreen.process_segments.__func__  # type: ignore[attr-defined]
    our_tint = Dimmed.process_segments.__func__  # type: ignore[attr-defined]

    def counted(cls: type, segments: Iterable[Segment], color: Color) -> Iterable[Segment]:
        segments = list(segments)
        asked.append(len(segments))
        return textual_tint(cls, segments, color)

    drawn: list[tuple[list[Segment], Color, list[Segment]]] = []

    def kept(cls: type, segments: Iterable[Segment], color: Color) -> Iterable[Segment]:
        segments = list(segments)
        drawn.append((segments, color, list(our_tint(cls, segments, color))))
        return drawn[-1][2]

    monkeypatch.setattr(BackgroundScreen, "process_segments", classmethod(counted))
    monkeypatch.setattr(Dimmed, "process_segments", classmethod(kept))
    dimmed.tinted.cache_clear()
    app = Noted(make_session(ARTICLES))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
    assert drawn  # the reading screen under the dialog was drawn through `Dimmed`
    segments = [segment for under, _, _ in drawn for segment in under if not segment.control]
    styles = {segment.style for segment in segments}
    assert len(segments) > 2 * len(styles)  # a screen's worth, in a few styles
    assert 0 < sum(asked) <= len(styles)  # each style tinted once, not each segment
    for under, color, ours in drawn:
        assert ours == list(textual_tint(BackgroundScreen, under, color))
