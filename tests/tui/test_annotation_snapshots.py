"""Snapshot: the article view with nested annotation marks, a selection and the panel."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.helpers import make_app, settle

pytestmark = pytest.mark.frames
"""Every frame drawn (tests/tui/conftest.py): its snapshots are the frames a terminal gets."""


def test_selection_and_annotation_mark(snap_compare: Any) -> None:
    """Three sentences tagged 1 and 3, the middle one inside them tagged 2: both show (the
    outer as the left gutter bar, the inner as the underline and the next bar)."""

    async def annotate_then_select(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("enter", "v", "j", "j", "1", "3", "k", "v", "2", "a", "tab", "tab")
        await pilot.press("J", "v", "j")
        pilot.app.clear_notifications()  # their timeout races a loaded machine's clock
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=annotate_then_select)
