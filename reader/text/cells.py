"""Text measured in terminal cells, not code points: a Chinese or Japanese title is two
cells a character, so a column cut or padded by `len` drifts under it.

Rich measures (and Textual, through it), so Rich must count as terminals draw:
`count_spacing_marks` makes it give a spacing mark its cell.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable

import rich.cells
from rich.cells import CellTable, cell_len, set_cell_size

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
