"""The entities a reader shows and trains on: the model's predictions with the user's edits.

Edits are a layer over the model's output (`EntityEdit` records in the store), so
they survive a model change: an edit overrides every prediction it overlaps. A
checked article (the user went through its entities and accepted them) is gold:
its entities are its edits alone, whatever a model predicts later, and a checked
article with no entity says "no entities here".
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from reader.analysis import Analysis, Entity
from reader.store.records import EntityEdit

_ORDER = operator.attrgetter("start", "end", "label")
"""The order entities are shown and exported in."""
Edge = Literal["start", "end"]
"""Which end of an entity's range a key moves."""


@dataclass(frozen=True, slots=True)
class ShownEntity:
    """An entity as the article view draws it, and where it came from."""

    start: int
    end: int
    label: str
    corrected: bool
    """The user added or relabelled it (drawn with its own mark); False for a prediction,
    also one the user accepted."""

    @property
    def entity(self) -> Entity:
        """The plain entity record (what exports and the entity index take)."""
        return Entity(self.start, self.end, self.label)


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether two half-open ranges share a character."""
    return start < other_end and other_start < end


def merge_entities(
    predicted: Iterable[Entity], edits: Sequence[EntityEdit], *, checked: bool = False
) -> tuple[ShownEntity, ...]:
    """The article's entities: predictions not overlapped by an edit, plus the edits' spans.

    Orphaned edits (their text is gone) take no part. For a checked article the
    predictions are left out: what the user checked is the whole truth.
    """
    live = _one_over_each_place([edit for edit in edits if not edit.orphaned])
    if not live:  # most articles: no edit to look for beside each prediction
        found = [] if checked else [ShownEntity(e.start, e.end, e.label, False) for e in predicted]
        return tuple(sorted(found, key=_ORDER))
    shown = [
        ShownEntity(edit.start, edit.end, edit.label, edit.kind == "label")
        for edit in live
        if edit.kind != "reject"
    ]
    if not checked:
        shown.extend(
            ShownEntity(entity.start, entity.end, entity.label, False)
            for entity in predicted
            if not any(overlaps(entity.start, entity.end, e.start, e.end) for e in live)
        )
    return tuple(sorted(shown, key=_ORDER))


def _one_over_each_place(edits: list[EntityEdit]) -> list[EntityEdit]:
    """The edits with none overlapping another: of those that do, the newest, as the store
    keeps them when each is made (a new edit replaces every one it overlaps). A store can
    hold overlapping edits only where re-anchoring put them (a break before 7ccff68 sent a
    broken-off part's names onto the part before): shown and trained on as they lay, spaCy
    stopped the training export and the evaluation on the overlap (E1010). One pass over
    the edits in text order; only a run of overlapping ones is compared."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    kept: list[EntityEdit] = []
    run: list[EntityEdit] = []
    reach = -1
    for edit in [*ordered, None]:
        if edit is not None and edit.start < reach:
            run.append(edit)
            reach = max(reach, edit.end)
            continue
        kept.extend(run if len(run) < 2 else _newest_apart(run))
        run = [] if edit is None else [edit]
        reach = -1 if edit is None else edit.end
    return kept


def _newest_apart(run: list[EntityEdit]) -> list[EntityEdit]:
    """Of overlapping edits, the newest first, each kept unless it overlaps one kept."""
    kept: list[EntityEdit] = []
    for edit in sorted(run, key=lambda e: (e.created, e.id), reverse=True):
        if not any(overlaps(edit.start, edit.end, k.start, k.end) for k in kept):
            kept.append(edit)
    return kept


def entities_as_corrected(
    predicted: Iterable[Entity] | None, edits: Sequence[EntityEdit], *, checked: bool
) -> tuple[ShownEntity, ...] | None:
    """The article's entities as the user corrected them (`merge_entities`), or None while
    none are known (nothing predicted yet, not checked): what the app draws and what
    `reader stats` and `reader entities` count, as the export writes them."""
    if predicted is None and not checked:
        return None
    return merge_entities(predicted or (), edits, checked=checked)


def analysis_as_corrected(
    predicted: Analysis | None, edits: Sequence[EntityEdit], *, checked: bool
) -> Analysis | None:
    """`predicted` with its entities as corrected (`entities_as_corrected`), its sentences
    as they are; a checked article not analysed yet has its checked entities alone."""
    if predicted is not None and not checked and all(edit.orphaned for edit in edits):
        return _in_order(predicted)
    shown = entities_as_corrected(predicted.entities if predicted else None, edits, checked=checked)
    if shown is None:
        return None
    entities = tuple(e.entity for e in shown)
    if predicted is None:
        return Analysis(entities, (), True)
    return replace(predicted, entities=entities)


def _in_order(predicted: Analysis) -> Analysis:
    """`predicted` with its entities in `merge_entities`' order: itself when they are
    already (a model's are), so an article with no edit makes no entity anew (7,000 at the
    50,000-word article, a fifth of its open: docs/performance.md, speed32)."""
    entities = predicted.entities
    ordered = sorted(entities, key=_ORDER)
    if all(map(operator.is_, ordered, entities)):
        return predicted
    return replace(predicted, entities=tuple(ordered))


def gold_entities(edits: Sequence[EntityEdit]) -> tuple[Entity, ...]:
    """A checked article's entities for training and evaluation: its edits alone."""
    return tuple(shown.entity for shown in merge_entities((), edits, checked=True))


_TOKEN = re.compile(r"[’']s\b|\w+|[^\w\s]", re.IGNORECASE)
"""A possessive 's, a word or one punctuation mark: the unit an entity's edges move by
(close to spaCy's, which splits "'s" off whole: an edge between its two marks is on no
token's, and the spaCy export would leave such an entity out)."""


def token_spans(body: str, lower: int, upper: int) -> tuple[tuple[int, int], ...]:
    """The tokens (`_TOKEN`) of `body[lower:upper]`, as body offsets."""
    return tuple((m.start(), m.end()) for m in _TOKEN.finditer(body, lower, upper))


def overlapped_edits(edits: Sequence[EntityEdit], start: int, end: int) -> list[EntityEdit]:
    """The user's edits a new label over `start`..`end` would replace (`Store.set_entity`
    drops every edit it overlaps) other than one over exactly that range, which it only
    relabels: what the user is asked about first."""
    return [
        edit
        for edit in edits
        if not edit.orphaned
        and overlaps(edit.start, edit.end, start, end)
        and (edit.start, edit.end) != (start, end)
    ]


def edit_names(edits: Sequence[EntityEdit]) -> str:
    """The edits as a question names them: `ORG “Bank”, deleted “England”`."""
    return ", ".join(
        f"deleted “{edit.quote}”" if edit.kind == "reject" else f"{edit.label} “{edit.quote}”"
        for edit in sorted(edits, key=lambda e: e.start)
    )


def entity_at(shown: Sequence[ShownEntity], start: int, end: int) -> ShownEntity | None:
    """The shown entity a key acts on: the one with exactly this range, else the first
    one overlapping it."""
    exact = next((e for e in shown if (e.start, e.end) == (start, end)), None)
    return exact or next((e for e in shown if overlaps(e.start, e.end, start, end)), None)


def move_edge(
    body: str,
    start: int,
    end: int,
    edge: Edge,
    step: int,
    tokens: Sequence[tuple[int, int]] | None = None,
) -> tuple[int, int]:
    """The range with one edge moved by a token (`step` -1: left, +1: right).

    The start moves to the start of the token before or after it, the end to the
    end of one; the range never becomes empty and never crosses a paragraph break
    (a blank line). A move with nowhere to go leaves the range as it is. `tokens` are
    the body's (the pipeline's, which the spaCy export keeps spans on: "l'Agence" is one
    of its tokens, two and a mark of `_TOKEN`'s); without them, `_TOKEN`'s.
    """
    low = body.rfind("\n\n", 0, start)
    high = body.find("\n\n", end)
    lower, upper = (0 if low < 0 else low + 2), (len(body) if high < 0 else high)
    if tokens is None:
        tokens = token_spans(body, lower, upper)
    else:
        tokens = [(s, e) for s, e in tokens if lower <= s and e <= upper]
    if edge == "start":
        starts = [s for s, _ in tokens if (s < start if step < 0 else start < s < end)]
        if not starts:
            return start, end
        return (starts[-1] if step < 0 else starts[0]), end
    ends = [e for _, e in tokens if (start < e < end if step < 0 else e > end)]
    if not ends:
        return start, end
    return start, (ends[-1] if step < 0 else ends[0])
