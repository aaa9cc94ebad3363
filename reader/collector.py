"""The cyclic garbage collector paused for bulk work over many small records (opening a
big store, splitting a dump, exports, imports).

Building that many dicts and records makes Python's cyclic garbage collector run
full passes over everything alive, the store's in-memory tables included: measured
on an export of 100,000 annotations, it tripled the time. None of these records
form cycles, so the collector is paused for the duration and resumed after. Opening
a store does the same while it parses and checks the file, and the splitter while it
splits a whole dump. It sits below every package so that each pauses it the same way.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_held = threading.RLock()  # reentrant: a finalizer run by a collection may pause too
_pausers = 0
_resume = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pauses the cyclic garbage collector in the block (reference counting still frees).

    Counted across threads: the store opening beside a dump's split, say, each pause it,
    and the collector comes back (if it was on before the first) only when the last one
    ends, not when the first does while the other's bulk work is still running.
    """
    global _pausers, _resume
    with _held:
        if not _pausers:
            _resume = gc.isenabled()
        _pausers += 1
        gc.disable()
    try:
        yield
    finally:
        with _held:
            _pausers -= 1
            if not _pausers and _resume:
                gc.enable()


@contextlib.contextmanager
def held_through_loads() -> Iterator[None]:
    """A pause held when the block began is held again when it ends.

    spaCy's loaders turn the collector on as they end, whatever it was (srsly's msgpack
    reader: `gc.disable()`, load, `gc.enable()`), so a model loaded in a thread while another
    thread's bulk work holds a pause ended that pause early for all of them.
    """
    try:
        yield
    finally:
        with _held:
            if _pausers:
                gc.disable()
