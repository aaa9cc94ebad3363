"""What entity editing shows, without Textual: the corrected entities of an article, the
mark that tells the user's spans from the model's, the legend's numbered labels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Literal, NamedTuple

from rich.style import Style

from reader.analysis import Analysis
from reader.annotation.annotator import quote_preview
from reader.annotation.entity_edits import (
    ShownEntity,
    analysis_as_corrected,
    entities_as_corrected,
)
from reader.annotation.entity_matches import Matches
from reader.nlp.glossary import known_labels
from reader.store.records import EntityEdit
from reader.store.store import Store
from reader.tui.presenters.spans import SpanLayer, StyledSpan

CORRECTED_STYLE = Style(bold=True, underline=True)
"""Drawn over the label colour of a span the user added or relabelled."""
DELETED_STYLE = Style(strike=True)
"""Drawn over a span the user said is no entity, while entities are edited: Prodigy and
doccano drop a deleted span from sight, and the annotator could neither see what they had
deleted nor find it to label it again."""
DIGIT_LABELS = 9
"""Labels reachable by digit keys, in legend order."""
LABEL_DIGITS_SETTING = "label_digits"
"""The store's setting holding the labels the digit keys pick, in their digits' order: the
workspace's numbering, kept across restarts as doccano keeps a project's label keys."""


def corrected_entities(
    store: Store, article_id: str, analysis: Analysis | None
) -> tuple[ShownEntity, ...] | None:
    """The article's entities with the user's edits, or None while nothing is known."""
    return entities_as_corrected(
        analysis.entities if analysis else None,
        store.entity_edits(article_id),
        checked=article_id in store.checked(),
    )


def corrected_analysis(store: Store, article_id: str, analysis: Analysis | None) -> Analysis | None:
    """`analysis` with its entities corrected (sentences as they are)."""
    return analysis_as_corrected(
        analysis, store.entity_edits(article_id), checked=article_id in store.checked()
    )


def shown_analysis(store: Store, article_id: str, analysis: Analysis) -> Analysis:
    """The analysis the list's count and the entity filters read: the model's, or with the
    user's edits where the article has any, so a row and a filter say what the legend says
    (the edits are read only for the articles that have them: this runs per row)."""
    if not store.has_entity_work(article_id):
        return analysis
    return corrected_analysis(store, article_id, analysis) or analysis


def corrected_marks(
    shown: Iterable[ShownEntity], hidden: Collection[str], deleted: Iterable[tuple[int, int]] = ()
) -> SpanLayer:
    """A mark over the spans the user made, so they stand apart from predictions, and one
    over the `deleted` spans, so they stay in sight."""
    made = (
        StyledSpan(e.start, e.end, CORRECTED_STYLE)
        for e in shown
        if e.corrected and e.label not in hidden
    )
    struck = (StyledSpan(start, end, DELETED_STYLE) for start, end in deleted)
    return SpanLayer([*made, *struck])


def deleted_spans(edits: Iterable[EntityEdit]) -> list[tuple[int, int]]:
    """Where the user said there is no entity (`d`), by start: what entity editing shows
    struck out, and where `]` and `[` stop so a digit or `t` labels it again."""
    return sorted((e.start, e.end) for e in edits if e.kind == "reject" and not e.orphaned)


def numbered_labels(counts: Counter[str], kept: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The labels digits pick: those numbered before (`kept`, the workspace's numbering so
    far; "" a free digit) keep their digits, even with no entity here or hidden, so a key
    picks the same label after an edit, in the next article and after a restart; new ones
    take the free digits, most frequent first, then by name."""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    fresh = iter([label for label, _ in ordered if label not in kept])
    filled = [slot or next(fresh, "") for slot in kept]
    return _trimmed((*filled, *fresh))


def renumbered(numbers: tuple[str, ...], label: str, digit: int) -> tuple[str, ...]:
    """`numbers` with `label` on `digit` (1–9), as the user chose it (doccano sets a
    label's key in its project): the label that had that digit takes `label`'s old one,
    or, `label` having none, the first free digit (none free: it goes without)."""
    slots = list(numbers) + [""] * max(digit - len(numbers), 0)
    other, slots[digit - 1] = slots[digit - 1], label
    if label in numbers:
        slots[numbers.index(label)] = other
    elif other and "" in slots:
        slots[slots.index("")] = other
    elif other:
        slots.append(other)
    return _trimmed(tuple(slots))


class Numbering(NamedTuple):
    """The label digits as they are, and how to put a label on another (the chooser's
    1–9, which answers with the numbering then)."""

    numbers: tuple[str, ...]
    assign: Callable[[str, int], tuple[str, ...]]


def digit_of(numbers: tuple[str, ...], label: str) -> int | None:
    """The digit that picks `label`, if one does."""
    return numbers.index(label) + 1 if label and label in numbers else None


def _trimmed(numbers: tuple[str, ...]) -> tuple[str, ...]:
    """At most nine, no free digit after the last label."""
    numbers = numbers[:DIGIT_LABELS]
    while numbers and not numbers[-1]:
        numbers = numbers[:-1]
    return numbers


def saved_numbering(value: object) -> tuple[str, ...]:
    """The numbering the store kept (`LABEL_DIGITS_SETTING`), or none when it kept none or
    something that is not a list of labels (a store edited by hand)."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return ()
    seen: set[str] = set()
    slots = []
    for label in value:
        slots.append("" if label in seen else label)
        seen.add(label)
    return _trimmed(tuple(slots))


def pipeline_labels(found: Iterable[str], extra: Iterable[str] = ()) -> list[str]:
    """Every label the picker offers: the pipeline's, the glossary's, those in use."""
    return sorted(set(found) | set(known_labels()) | set(extra))


LABELS_SAID = 4
"""Labels a check's notice names by count (the rest are counted together: a toast beside
the article is as narrow as the list)."""


def check_summary(shown: Sequence[ShownEntity], edits: Sequence[EntityEdit]) -> str:
    """What `c` marks checked, said as it does: the entities by label (as the legend orders
    them) and how many are the user's (labelled, deleted). It said only "Checked (67
    entities)", so the annotator checked blind and found a wrong label only in the export."""
    if not shown:
        return "no entities (checked as having none)"
    counts = sorted(Counter(e.label for e in shown).items(), key=lambda c: (-c[1], c[0]))
    named = ", ".join(f"{label} {n}" for label, n in counts[:LABELS_SAID])
    others = counts[LABELS_SAID:]
    plural = "s" if len(others) > 1 else ""
    rest = f", {sum(n for _, n in others)} more in {len(others)} label{plural}" if others else ""
    noun = "entity" if len(shown) == 1 else "entities"
    return f"{len(shown)} {noun} ({named}{rest}){_yours(shown, edits)}"


def _yours(shown: Sequence[ShownEntity], edits: Sequence[EntityEdit]) -> str:
    labelled = sum(1 for e in shown if e.corrected)
    deleted = sum(1 for e in edits if e.kind == "reject" and not e.orphaned)
    parts = [f"{labelled} labelled"] * bool(labelled) + [f"{deleted} deleted"] * bool(deleted)
    return f", yours: {', '.join(parts)}" if parts else ", none yours"


EDGE_KEYS = {
    ("start", -1): "entity_start_left",
    ("start", 1): "entity_start_right",
    ("end", -1): "entity_end_left",
    ("end", 1): "entity_end_right",
}
"""The binding id of each edge key, by the edge it moves and the way (`{ ( ) }`)."""


def word_stuck(
    quote: str, why: Literal["text", "paragraph"], by: int, key_of: Callable[[str], str]
) -> str:
    """Why `w` (`by` 1) or `b` (-1) left the selection `quote` as it was, for the footer
    (it rang the bell and said nothing): the article has no word on, or a selection stays
    in its paragraph, as an entity does. `key_of` names a key by its binding id."""
    if why == "text":
        return f"“{quote}” is the article's {'last' if by > 0 else 'first'} word"
    edge = "ends" if by > 0 else "starts"
    label, drop = key_of("label_entity"), key_of("select_words")
    return (
        f"“{quote}” {edge} its paragraph: a selection does not cross a paragraph break "
        f"({label} or a digit labels it, {drop} drops it)"
    )


def edge_stuck(quote: str, edge: str, step: int, key_of: Callable[[str], str]) -> str:
    """Why an edge key left the entity `quote` as it was, for the footer (it rang the bell
    and said nothing): `(` and `)` take a token off, and a one-token entity has none to
    spare; `{` and `}` add one, and an entity does not reach past its paragraph.
    `key_of` names a key by its binding id, as the user's keymap binds it."""
    start_right, end_left = key_of(EDGE_KEYS["start", 1]), key_of(EDGE_KEYS["end", -1])
    start_left, end_right = key_of(EDGE_KEYS["start", -1]), key_of(EDGE_KEYS["end", 1])
    if (edge == "start") == (step > 0):
        return (
            f"“{quote}” is one token: {start_right} and {end_left} take one off an entity of "
            f"two or more ({start_left} and {end_right} add one)"
        )
    where = "starts" if edge == "start" else "ends"
    return f"“{quote}” {where} its paragraph: an entity does not reach past a paragraph break"


def match_summary(
    quote: str, label: str, where: str, found: Sequence[Matches], again: str | None
) -> str:
    """What labelling every match of `quote` did in `where` (`found`: one `Matches` an
    article): how many it labelled, how many were so already, how many it left because
    the user had marked them otherwise; `again`, when given, names the key that goes on
    to the rest of the dump."""
    done = sum(len(m.spans) for m in found)
    articles = sum(1 for m in found if m.spans)
    shown = f"“{quote_preview(quote, 40)}”"
    said = (
        f"Labelled {done} more {shown} {label} in {where}"
        if done
        else f"No other {shown} to label {label} in {where}"
    )
    if done and len(found) > 1:
        said += f" ({articles} article{'s' if articles != 1 else ''})"
    already, yours = sum(m.labelled for m in found), sum(m.yours for m in found)
    notes = [f"{already} {label} already"] * bool(already)
    notes += [f"{yours} you marked otherwise, left as they are"] * bool(yours)
    if notes:
        said += f" ({'; '.join(notes)})"
    if again:
        said += f"; {again} again: the rest of the dump"
    return said
