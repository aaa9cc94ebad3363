"""Textual's `Strip` with its caches made on first use, not when it is built.

A `Strip` is one line of a widget as drawn; Textual's `__init__` gives every one seven
`FIFOCache`s (of its crops, divisions, styles, filters, line lengths, crop-and-extends
and offsets), about 0.9 KB, and most strips never use any: a line of the list or the
text is drawn, cropped to the screen and kept. With the 10,000-article dump open the app
held some 3,000 strips, so about 2.7 MB of empty caches on top of the text.

`make_strip_caches_lazy` gives `Strip` an `__init__` that sets what Textual's sets except
those caches, and makes each cache's slot a property that builds the cache (of Textual's
size) when it is first read. `tests/tui/test_strips.py` fails, saying what changed, when
a Textual upgrade changes what `Strip.__init__` sets or which caches it makes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.segment import Segment
from textual.cache import FIFOCache
from textual.strip import Strip

CACHE_SIZES = {
    "_divide_cache": 4,
    "_crop_cache": 16,
    "_style_cache": 16,
    "_filter_cache": 4,
    "_line_length_cache": 4,
    "_crop_extend_cache": 4,
    "_offsets_cache": 4,
}
"""The caches Textual 8.2's `Strip.__init__` makes, by slot, and their sizes."""
TEXTUAL_INIT = Strip.__init__
"""Textual's own `Strip.__init__`, kept for the test that compares the two."""
SLOTS: dict[str, Any] = {name: Strip.__dict__.get(name) for name in CACHE_SIZES}
"""The caches' own slots (member descriptors), which the properties read and write."""


def _lean_init(self: Strip, segments: Iterable[Segment], cell_length: int | None = None) -> None:
    """Textual's `Strip.__init__` without the caches."""
    self._segments = list(segments)
    self._cell_length = cell_length
    self._render_cache = None
    self._link_ids = None
    self._cell_count = None


def _made_on_first_use(slot: Any, size: int) -> property:
    """A property over `slot` (the class's own descriptor) that makes its cache when read."""
    read, write = slot.__get__, slot.__set__

    def get(strip: Strip) -> FIFOCache[Any, Any]:
        try:
            return read(strip)  # type: ignore[no-any-return]
        except AttributeError:
            cache: FIFOCache[Any, Any] = FIFOCache(size)
            write(strip, cache)
            return cache

    return property(get, write, doc=f"A FIFOCache of {size}, made when first read.")


def make_strip_caches_lazy() -> bool:
    """Makes every `Strip` built from now on make its caches when first used; True if it
    did (now or before), False if `Strip` is not laid out as this module expects."""
    if Strip.__init__ is _lean_init:
        return True
    if any(type(slot).__name__ != "member_descriptor" for slot in SLOTS.values()):
        return False
    for name, slot in SLOTS.items():
        setattr(Strip, name, _made_on_first_use(slot, CACHE_SIZES[name]))
    Strip.__init__ = _lean_init  # type: ignore[method-assign]
    return True
