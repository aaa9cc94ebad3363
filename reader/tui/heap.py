"""Freed memory goes back to the system: the C library's heap told not to keep it.

Two glibc `malloc` defaults cost the app resident memory it no longer uses:

- Blocks over the mmap threshold (128 KB) get mappings of their own, unmapped when
  freed; but the first such block freed raises the threshold to its size (up to
  32 MB), so from then on numpy's arrays for the stories, the search text and the
  model's tables come from the heap, which keeps what they leave behind: 20 MB held
  after grouping stories at 10,000 articles. Fixing the threshold turns that off.
- Each thread that allocates gets an arena of its own (up to eight per core), and
  each keeps its own free space: the split, the search index, the stories and the
  entity model are built by different workers. Two arenas are plenty under the GIL.
"""

from __future__ import annotations

import sys

M_ARENA_MAX = -8
"""mallopt's parameter number for the most arenas (glibc's malloc.h)."""
M_MMAP_THRESHOLD = -3
"""mallopt's parameter number for the mmap threshold (glibc's malloc.h)."""
ARENAS = 2
"""Arenas at most: the main thread's and one that the workers share."""
MMAP_THRESHOLD = 128 * 1024
"""glibc's initial threshold, kept: blocks this size and over are mapped on their own."""


def keep_heap_small() -> bool:
    """Sets both (see the module docstring); True if glibc took them.

    Elsewhere (another C library, another system) nothing changes. Called after the
    first frame, since `ctypes` takes some 10 ms to import, and before the workers
    that build the search index, the stories and the model start (threads that have
    their arena keep it)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) & bool(mallopt(M_ARENA_MAX, ARENAS))
