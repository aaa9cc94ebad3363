"""A split's stages run a batch at a time, each over many lines or spans in a row.

Streamed one line at a time, the stages took turns line by line: a logical line read, its
role given, the next read, …; and an article's lines found, the article assembled, the
next article's lines found, …. Each turn replaced the code and data one stage works with
(its functions, patterns, tables, models) by the other's in the processor's caches, and
a warm split spent some tenth of its CPU on those misses, not on instructions (the same
instructions, counted, ran in 0.9 of the time with the stages apart). Run ahead a batch at
a time, each stage keeps its own hot; what each stage decides is the same, since no stage
reads what a later one makes of the items ahead of it (`reader.dumps.load` says why for
its two uses).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TypeVar

_T = TypeVar("_T")


def ahead(items: Iterable[_T], sizes: Iterable[int]) -> Iterator[_T]:
    """`items` in order, each batch of them made before the first of it is given: a batch
    of each of `sizes` in turn (once they run out, the rest one at a time)."""
    source = iter(items)
    for size in sizes:
        batch = list(itertools.islice(source, size))
        if not batch:
            return
        yield from batch
    yield from source


def doubling(most: int) -> Iterator[int]:
    """1, 2, 4 … up to `most`, then `most` for ever: batches whose first is one item, so
    the first article comes as soon as it did one at a time."""
    size = 1
    while True:
        yield size
        size = min(2 * size, most)
