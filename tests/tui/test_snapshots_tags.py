"""Snapshot: the tag screen over the reading screen, with tags in use and a moved hotkey."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.helpers import fresh_store, make_app, seed_articles, settle

pytestmark = pytest.mark.frames
"""Every frame drawn (tests/tui/conftest.py): its snapshot is the frame a terminal gets."""


def test_the_tag_screen(snap_compare: Any) -> None:
    store = fresh_store()
    article = seed_articles()[0]
    end = article.body.index(".") + 1
    store.add_annotation(article.id, article.body, 0, end, tags=["claim", "source check"])

    async def open_tags(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("number_sign", "j", "j", "j")
        await settle(pilot)

    assert snap_compare(make_app(store=store), terminal_size=(120, 30), run_before=open_tags)
