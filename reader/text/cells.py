"""Text measured in terminal cells, not code points: a Chinese or Japanese title is two
cells a character, so a column cut or padded by `len` drifts under it.

Rich measures (and Textual, through it), so Rich must count as terminals draw:
`count_spacing_marks` makes it give a spacing mark its cell.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import rich.cells
from rich.cells import CellTable, cell_len, set_cell_size, split_graphemes

_SPACING_MARK = "Mc"
"""The Unicode category of spacing combining marks: Tamil's and Devanagari's vowel
signs (the "ி" of "தமிழ்", the "ि" of "हिन्दी"), and those of Bengali, Telugu,
Kannada, Malayalam, Sinhala, Myanmar, Khmer..."""


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells, ending in "…" when cut: a row shows where it was cut."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…"


def column(text: str, width: int) -> str:
    """`text` fitted and padded to exactly `width` cells, so the columns after it line up
    in a plain-text table whatever its script."""
    fitted = fit(text, width)
    return fitted + " " * (width - cell_len(fitted))


_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)
"""The letters a flag is written in, two to a flag (🇺🇦 is U and A)."""


def cluster_bounds(text: str) -> Sequence[int] | None:
    """Where the characters a terminal draws as one (grapheme clusters: an emoji and what
    a zero-width joiner joins to it, a skin tone, a letter and its accents, a flag's two
    letters) start in `text`, then its length; None when every code point stands alone.

    Rich measures a cluster as one (a family of four joined by ZWJ is two cells), but its
    pieces apart as more (four): a style that starts or ends inside one cuts it into two
    segments, measured wrong and drawn wrong, so a span is drawn over whole clusters."""
    if text.isascii() or _joining().isdisjoint(text):
        return None
    bounds = [start for start, _, _ in split_graphemes(text)[0]]
    bounds = [at for n, at in enumerate(bounds) if not _second_letter(text, bounds, n)]
    if len(bounds) == len(text):
        return None
    return [*bounds, len(text)]


@functools.cache
def _joining() -> frozenset[str]:
    """The characters that join the one before them (those Rich measures as no cell: marks,
    joiners, variation selectors, skin tones) and a flag's letters: a line with none has
    one cluster a code point, and is not split (a fiftieth of the time it takes)."""
    table = rich.cells.load_cell_table("auto")
    ranges = [range(start, end + 1) for start, end, width in table.widths if not width and start]
    return frozenset(map(chr, itertools.chain(_REGIONAL_INDICATORS, *ranges)))


def _second_letter(text: str, bounds: list[int], n: int) -> bool:
    """Whether cluster `n` is the second regional indicator of a flag (Rich measures each
    letter of a flag as one cell, two in all: joined, the count is the same)."""
    pairs = 0
    while n - pairs - 1 >= 0 and ord(text[bounds[n - pairs - 1]]) in _REGIONAL_INDICATORS:
        pairs += 1
    return ord(text[bounds[n]]) in _REGIONAL_INDICATORS and pairs % 2 == 1


def on_clusters(bounds: Sequence[int] | None, start: int, end: int) -> tuple[int, int]:
    """`start`..`end` (offsets into the text `bounds` came from) widened to whole
    clusters (`cluster_bounds`), so no style cuts one."""
    if bounds is None:
        return start, end
    return bounds[bisect_right(bounds, start) - 1], bounds[
        min(bisect_left(bounds, end), len(bounds) - 1)
    ]


def count_spacing_marks() -> bool:
    """Makes Rich, and Textual with it, give each spacing mark the one cell that terminals
    draw it in; True once done (now or before), False if Rich is not laid out as expected.

    Rich 15's width tables give these marks no cell, as if they stacked on the letter
    before them like an accent; the terminals' `wcwidth` (glibc's, so xterm, tmux, VTE)
    gives them one, since they stand beside it. A Tamil title, a third of it such marks,
    was measured a third short: its list row ran past the divider and pushed the article
    pane right. Call before anything is measured (it empties Rich's caches of widths).
    """
    load = getattr(rich.cells, "load_cell_table", None)
    if load is None:
        return False
    if getattr(load, "counts_spacing_marks", False):
        return True
    counted = functools.cache(
        lambda unicode_version="auto": _with_spacing_marks(load(unicode_version))
    )
    counted.counts_spacing_marks = True  # type: ignore[attr-defined]
    rich.cells.load_cell_table = counted
    rich.cells.get_character_cell_size.cache_clear()
    rich.cells.cached_cell_len.cache_clear()
    return True


def _with_spacing_marks(table: CellTable) -> CellTable:
    """`table` with every spacing mark it gives no cell taken out of its zero-width ranges
    (a code point in no range is one cell)."""
    widths: list[tuple[int, int, int]] = []
    for start, end, width in table.widths:
        if width:
            widths.append((start, end, width))
            continue
        widths.extend(_ranges_without(start, end, _is_spacing_mark))
    return table._replace(widths=widths)


def _ranges_without(
    start: int, end: int, drop: Callable[[int], bool]
) -> list[tuple[int, int, int]]:
    """The zero-width ranges left of `start..end` once the code points `drop` picks are out."""
    kept: list[tuple[int, int, int]] = []
    run: int | None = None
    for code in range(start, end + 2):
        if code <= end and not drop(code):
            run = code if run is None else run
        elif run is not None:
            kept.append((run, code - 1, 0))
            run = None
    return kept


def _is_spacing_mark(code: int) -> bool:
    return unicodedata.category(chr(code)) == _SPACING_MARK
