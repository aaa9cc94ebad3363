"""Every other place a labelled text stands ("label every match"): an annotator who has
labelled "Kyiv" GPE once wants every "Kyiv" of the article, then of the dump, labelled so
at once, as brat's search-based annotation and Prodigy's patterns do, not one by one.

A match is the same text, case and all, standing as a whole word (not "Kim" inside
"Kimberly"). One already shown with that label is left; one that overlaps anything the
user marked there (a label, a deletion, an entity accepted at a check) is the user's and
is left too, counted; over the model's predictions it is labelled, as a label is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from reader.annotation.entity_edits import ShownEntity, overlaps
from reader.store.records import EntityEdit


@dataclass(frozen=True, slots=True)
class Matches:
    """What labelling every match of a text in one body finds."""

    spans: tuple[tuple[int, int], ...]
    """The matches to label."""
    labelled: int = 0
    """Matches shown with the label already (the one labelled first among them)."""
    yours: int = 0
    """Matches left as they are: the user marked something else over them."""


def every_match(
    body: str,
    quote: str,
    label: str,
    shown: Iterable[ShownEntity],
    edits: Sequence[EntityEdit],
) -> Matches:
    """The whole-word matches of `quote` in `body` and what becomes of each, given the
    entities `shown` there and the user's `edits` of that body."""
    same = {(e.start, e.end) for e in shown if e.label == label}
    live = [edit for edit in edits if not edit.orphaned]
    spans: list[tuple[int, int]] = []
    labelled = yours = 0
    for start, end in whole_words(body, quote):
        if (start, end) in same:
            labelled += 1
        elif any(overlaps(e.start, e.end, start, end) for e in live):
            yours += 1
        else:
            spans.append((start, end))
    return Matches(tuple(spans), labelled, yours)


def whole_words(body: str, quote: str) -> Iterator[tuple[int, int]]:
    """Where `quote` stands in `body` with no letter or digit glued to either end of it
    (an end that is no letter or digit itself, "🇺🇦" or "U.S.", needs no such edge)."""
    if not quote.strip():
        return
    at = body.find(quote)
    while at >= 0:
        end = at + len(quote)
        glued_before = at > 0 and quote[0].isalnum() and body[at - 1].isalnum()
        glued_after = end < len(body) and quote[-1].isalnum() and body[end].isalnum()
        if not (glued_before or glued_after):
            yield at, end
            at = body.find(quote, end)
        else:
            at = body.find(quote, at + 1)
