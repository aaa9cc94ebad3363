"""Which keys the footer shows, in what order, and how many fit: no Textual here.

The footer shows the keys of the focused pane, most used first, and only whole
hints: a hint that does not fit is left out (a later, shorter one may still fit),
never cut. The `?` screen lists every key; the footer is a reminder of the few
that matter where the user is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GAP = 2
"""Columns between two hints."""


@dataclass(frozen=True, slots=True)
class Hint:
    """One footer entry: the key(s) as shown, what they do, and the action a click runs."""

    keys: str
    description: str
    action: str

    @property
    def width(self) -> int:
        """Columns it takes: keys, a space, description (all single-width text)."""
        return len(self.keys) + 1 + len(self.description)


def fit(hints: Sequence[Hint], width: int, gap: int = GAP) -> list[Hint]:
    """The hints that fit in `width` columns, in priority order, each whole.

    Greedy: a hint too wide for the room left is skipped and the next is tried, so
    a narrow terminal still shows the short, most used keys.
    """
    shown: list[Hint] = []
    used = 0
    for hint in hints:
        need = hint.width + (gap if shown else 0)
        if used + need <= width:
            shown.append(hint)
            used += need
    return shown
