"""Snapshot: the stats screen over a store with known work on two days."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from textual.pilot import Pilot

from reader.store import StateRecord, Store
from reader.tui.dialogs.stats_screen import StatsScreen
from tests.tui.helpers import fresh_store, make_app, seed_articles, settle, until

pytestmark = pytest.mark.frames
"""Every frame drawn (tests/tui/conftest.py): its snapshot is the frame a terminal gets."""


def known_work() -> Store:
    """The first seed article kept on 1 March, the second discarded on 2 March; three
    annotations made over those days (fixed times at noon UTC, so the picture is the same
    in any time zone within 11 hours of UTC)."""
    store = fresh_store()
    first, second = seed_articles()
    store.merge(
        states={
            first.id: StateRecord("kept", "2026-03-01T12:00:00.000Z"),
            second.id: StateRecord("discarded", "2026-03-02T12:00:00.000Z"),
        }
    )
    made = [
        store.add_annotation(first.id, first.body, 0, 20, tags=["claim", "key"]),
        store.add_annotation(first.id, first.body, 30, 60, tags=["claim"]),
        store.add_annotation(second.id, second.body, 0, 20, tags=["quote"]),
    ]
    times = ["2026-03-01T12:10:00.000Z", "2026-03-01T12:20:00.000Z", "2026-03-02T12:10:00.000Z"]
    store.merge(annotations=[replace(a, created=t) for a, t in zip(made, times, strict=True)])
    return store


def test_the_stats_screen(snap_compare: Any) -> None:
    async def open_stats(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("S")
        await until(pilot, lambda: isinstance(pilot.app.screen, StatsScreen))
        await until(pilot, lambda: pilot.app.screen.charts is not None)
        await pilot.pause()

    app = make_app(store=known_work())
    assert snap_compare(app, terminal_size=(120, 66), run_before=open_stats)
