"""Freed memory goes back to the system: the C library's heap told not to keep it.

glibc's `malloc` serves blocks over its mmap threshold (128 KB) with their own
mappings, unmapped when freed; but the first such block freed raises the threshold to
its size (up to 32 MB), so from then on numpy's arrays for the stories, the search
text and the model's tables come from the heap, which keeps what they leave behind.
At 10,000 articles that was 20 MB of resident memory held after grouping stories for
nothing. Fixing the threshold at its initial value turns the raising off.
"""

from __future__ import annotations

import sys

M_MMAP_THRESHOLD = -3
"""mallopt's parameter number for the mmap threshold (glibc's malloc.h)."""
MMAP_THRESHOLD = 128 * 1024
"""glibc's initial threshold, kept: blocks this size and over are mapped on their own."""


def keep_heap_small() -> bool:
    """Fixes glibc's mmap threshold (see the module docstring); True if it was set.

    Elsewhere (another C library, another system) nothing changes. Called after the
    first frame, since `ctypes` takes some 10 ms to import."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
