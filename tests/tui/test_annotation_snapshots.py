"""Snapshot: the article view with an annotation mark, a selection and the annotations panel."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from tests.tui.helpers import make_app, settle


def test_selection_and_annotation_mark(snap_compare: Any) -> None:
    async def annotate_then_select(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("enter", "j", "1", "3", "a", "tab", "tab")
        await pilot.press("J", "v", "j")
        pilot.app.clear_notifications()  # their timeout races a loaded machine's clock
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=annotate_then_select)
