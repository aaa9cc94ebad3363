"""Labels under a plot's categories (days under bars) that never run into each other.

textual-plot writes each category's label centred under it, over whatever its neighbour
wrote: nine days across a year end ("27 Dec 2025: 1" …) read "27282930 311 2 3 4 Jan 202"
at 80 columns, and "27 D28 De29 D30 De31 D1 Ja2 …" at 120. Where they do not all fit side by
side, every k-th is written, counted back from the latest that fits whole, the plot's width
read at each render, so that a resized plot spaces them again.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from rich.cells import cell_len
from textual_plot.axis_formatter import CategoricalAxisFormatter


class SpacedLabels(CategoricalAxisFormatter):
    """The categories' labels, every k-th one where they would touch (`spaced`); `per_slot`
    tells the columns a category takes in the plot now."""

    def __init__(self, categories: list[str], per_slot: Callable[[], float]) -> None:
        super().__init__(categories)
        self._per_slot = per_slot

    def get_labels_for_ticks(self, ticks: Sequence[float]) -> list[str]:
        """The labels of `ticks`, spaced for the plot's width now."""
        return spaced(super().get_labels_for_ticks(ticks), self._per_slot())


def spaced(labels: Sequence[str], per_slot: float) -> list[str]:
    """`labels` with only every k-th kept (the rest blank): k is the fewest categories the
    widest label fits across, with a column to spare, counted back from the latest one whose
    label ends inside the plot (centred on the last, a long one was cut: "4 Jan 202")."""
    if per_slot <= 0:
        return [""] * len(labels)
    widest = max((cell_len(label) for label in labels), default=0) + 1
    step = max(1, math.ceil(widest / per_slot))
    anchor = len(labels) - 1 - math.ceil(max(0.0, widest / 2 - per_slot / 2) / per_slot)
    return [
        label if n <= anchor and (anchor - n) % step == 0 else "" for n, label in enumerate(labels)
    ]
