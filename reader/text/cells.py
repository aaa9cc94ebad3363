"""Text measured in terminal cells, not code points: a Chinese or Japanese title is two
cells a character, so a column cut or padded by `len` drifts under it."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size


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
