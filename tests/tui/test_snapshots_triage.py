"""Snapshot: the list with a filter active, its header (filter, progress bar) and a starred row."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.helpers import make_app, settle

pytestmark = pytest.mark.frames
"""Every frame drawn (tests/tui/conftest.py): its snapshot is the frame a terminal gets."""


def test_list_with_an_entity_filter_and_the_progress_header(snap_compare: Any) -> None:
    async def star_then_filter(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("s", "f", *"iran", "enter")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=star_then_filter)
