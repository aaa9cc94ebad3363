"""How the pickers rank names against what was typed: exact first, then prefixes, then the rest.

Pure (no Textual), shared by the tag picker and the label picker, so `PER` offers
PERSON before PERCENT and typing a whole name always puts that name first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

_T = TypeVar("_T")


def ranked(
    items: Sequence[_T],
    typed: str,
    name: Callable[[_T], str],
    meaning: Callable[[_T], str] = lambda _item: "",
) -> list[_T]:
    """The items matching `typed` (case-blind, spaces collapsed), best first.

    The item named exactly that comes first; then names starting with it, shortest
    first (the nearest completion), else in the given order; then names or meanings
    containing it, in the given order. Nothing typed: every item, as given.
    """
    wanted = " ".join(typed.split()).casefold()
    if not wanted:
        return list(items)
    folded = [name(item).casefold() for item in items]
    exact = [item for item, text in zip(items, folded, strict=True) if text == wanted]
    starts = sorted(
        (
            (len(text), item)
            for item, text in zip(items, folded, strict=True)
            if text != wanted and text.startswith(wanted)
        ),
        key=lambda pair: pair[0],
    )
    inside = [
        item
        for item, text in zip(items, folded, strict=True)
        if not text.startswith(wanted) and (wanted in text or wanted in meaning(item).casefold())
    ]
    return [*exact, *(item for _, item in starts), *inside]
