"""The app's process returns freed blocks to the system (glibc's mmap threshold fixed)."""

from __future__ import annotations

import platform

from reader.tui.heap import keep_heap_small


def test_the_mmap_threshold_is_fixed_where_glibc_runs() -> None:
    assert keep_heap_small() is (platform.libc_ver()[0] == "glibc")
