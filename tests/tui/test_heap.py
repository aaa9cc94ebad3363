"""The app's process returns freed blocks to the system (glibc's mmap threshold fixed), and
what its workers built for the whole session is left out of the garbage collector's passes."""

from __future__ import annotations

import gc
import platform
import weakref

import pytest

from reader.tui import heap
from reader.tui.heap import freeze_long_lived, keep_heap_small
from tests.tui.helpers import Noted, make_session, settle


def test_the_mmap_threshold_is_fixed_where_glibc_runs() -> None:
    assert keep_heap_small() is (platform.libc_ver()[0] == "glibc")


class _Node:
    """A container the collector tracks."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_what_lives_on_is_frozen_and_a_cycle_just_dropped_is_freed_first() -> None:
    kept = _Node()
    dropped = _Node()
    dropped.other = dropped
    gone = weakref.ref(dropped)
    del dropped
    try:
        freeze_long_lived()
        assert gone() is None, "the cycle was collected, not frozen"
        assert not any(o is kept for o in gc.get_objects()), "frozen objects are not walked"
    finally:
        gc.unfreeze()
    assert any(o is kept for o in gc.get_objects())


async def test_the_app_freezes_what_its_opening_workers_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frozen: list[int] = []
    monkeypatch.setattr(heap, "freeze_long_lived", lambda: frozen.append(len(frozen)))
    app = Noted(make_session())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.pause()
    assert frozen, "the search index, stories and entities were frozen once built"
