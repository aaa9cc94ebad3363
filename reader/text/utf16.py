"""Offsets as JavaScript counts them: UTF-16 code units, which doccano's labels use.

reader's offsets are Python str indices (code points). doccano's sequence-labelling view
reads and writes a label's `start` and `end` as indices into a JavaScript string, where a
character beyond the Basic Multilingual Plane (an emoji, a flag, 𝐱) is two units: a label
exported in code points after "👍" showed one character early in doccano, and one doccano
wrote came in one character late ("erzbank sti" for "Commerzbank"). Text with no such
character counts the same either way, and is told so in C (`isascii`, the UTF-16 encoder),
not a Python loop over its characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
"""A character UTF-16 writes as two units (a surrogate pair)."""


def _astral(text: str) -> list[int]:
    """Where `text`'s astral characters are (code points), in order; [] in most text."""
    if text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return []  # the encoder, near a copy, tells most text apart 5 times faster than a search
    return [match.start() for match in _ASTRAL.finditer(text)]


def utf16_offsets(text: str) -> Callable[[int], int]:
    """A function from a code-point offset into `text` to its UTF-16 offset."""
    astral = _astral(text)
    if not astral:
        return _same
    return lambda offset: offset + bisect_left(astral, offset)


def code_point_offsets(text: str) -> Callable[[int], int | None]:
    """A function from a UTF-16 offset into `text` to its code-point offset; None for one
    inside a surrogate pair or outside the text (no character starts or ends there)."""
    astral = _astral(text)
    starts = [point + before for before, point in enumerate(astral)]  # each pair's first unit
    length = len(text)

    def point(unit: int) -> int | None:
        before = bisect_left(starts, unit)
        if before and starts[before - 1] + 1 == unit:
            return None
        offset = unit - before
        return offset if 0 <= offset <= length else None

    return point


def utf16_length(text: str) -> int:
    """How many UTF-16 units `text` is (its JavaScript `length`)."""
    return len(text) + len(_astral(text))


def _same(offset: int) -> int:
    return offset
