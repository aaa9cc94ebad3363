"""Snapshots: main screen, help, a narrow terminal, panel in the light theme (fake entities)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.helpers import make_app, settle

pytestmark = pytest.mark.frames
"""Every frame drawn (tests/tui/conftest.py): its snapshots are the frames a terminal gets."""


async def _ready(pilot: Pilot) -> None:
    await settle(pilot)


async def _tab_then_first_entity(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("tab", "right_square_bracket")


def test_main_screen_with_highlights(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_tab_then_first_entity)


def test_help_screen(snap_compare: Any) -> None:
    async def open_help(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=open_help)


def test_narrow_terminal(snap_compare: Any) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_ready)


def test_entity_panel_and_light_theme(snap_compare: Any) -> None:
    async def panel_light(pilot: Pilot) -> None:
        await settle(pilot)
        pilot.app.theme = "textual-light"
        await pilot.press("e", "enter")

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=panel_light)
