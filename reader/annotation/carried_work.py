"""The passages and entity edits of the articles a correction replaced, placed in the
articles it made by their offsets.

Each article a break, weld or retitle makes is its old text, or holds it, in one piece, so
a mark's place there is known exactly. Re-anchoring by quote (`reanchor`) looks first in
the article that kept the old title: an entity edit of a broken-off part went to the first
place its name had in the part before (review34: "Russia" relabelled in the second part
relabelled the first part's "Russia"; a checked article broken in two had its accepted
names doubled, and `reader export -f spacy` and `reader evaluate` stopped on the overlaps).
What lies in no part (a headline that became the new part's title) is left to the
re-anchoring, as before. An undo or redo of a correction moves them so too (`carry_between`):
re-anchored by quote, the joined article's marks went to the part with its title wherever
its words were there too (review36: `W`, `u` on a checked article put four of the second
part's accepted names on the first part's same words, and lost one in an overlap).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from reader.article import Article
from reader.store.records import Annotation, EntityEdit, Placement

if TYPE_CHECKING:
    from reader.store import Store


def carry_work(
    store: Store,
    dump: Sequence[Article],
    made: Sequence[Article],
    moves: Mapping[str, tuple[str, ...]],
) -> None:
    """Moves the marks of the articles of `dump` a correction replaced into those it made
    (`made`, the dump's articles after it), at their own text: `moves` is its
    `Change.moves`, in the order of the articles it replaced. Not an undo step (their text
    moved, as `Store.place` says)."""
    old = {article.id: article for article in dump if article.id in moves}
    new = {article.id: article for article in made}
    first_old = next(iter(moves), None)
    passages: list[Placement] = []
    edits: list[Placement] = []
    for old_id, into_ids in moves.items():
        article = old.get(old_id)
        if article is None:
            continue
        for at, new_id in enumerate(into_ids):
            into = new.get(new_id)
            first = old_id == first_old and at == 0
            shift = None if into is None else _shift(article, into, first)
            if into is None or shift is None:
                continue
            passages.extend(_placed(store.annotations(old_id), article, into, shift))
            edits.extend(_placed(store.entity_edits(old_id), article, into, shift))
    if passages:
        store.place(passages)
    if edits:
        store.place_entity_edits(edits)


def carry_between(store: Store, before: Sequence[Article], after: Sequence[Article]) -> None:
    """Moves the marks of one dump's articles `before` an undone or redone correction into
    those `after` it, at their own text (`carry_work`), where the articles that changed are
    one replaced by several or several by one (a break or a weld; a retitle: one by one).
    Any other change (several corrections at once) is left to the re-anchoring."""
    moves = _moves([article.id for article in before], [article.id for article in after])
    if moves:
        carry_work(store, before, after, moves)


def _moves(before: Sequence[str], after: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Which ids of `before` went to which of `after`, in dump order, when the ids between
    the ones both lists begin and end with are one on a side (see `carry_between`)."""
    same = min(len(before), len(after))
    head = next((at for at in range(same) if before[at] != after[at]), same)
    tail = next((at for at in range(same - head) if before[-1 - at] != after[-1 - at]), same - head)
    gone, made = before[head : len(before) - tail], tuple(after[head : len(after) - tail])
    if len(gone) == 1 and made:
        return {gone[0]: made}
    if len(made) == 1:
        return {old: made for old in gone}
    return {}


def _shift(old: Article, new: Article, first: bool) -> int | None:
    """What to add to an offset in `old` for the same text in `new`: one is a piece of the
    other (a part broken off, an article joined), the first piece at the start, the last
    at the end (None when neither holds the other)."""
    if len(new.body) <= len(old.body):
        at = old.body.find(new.body) if first else old.body.rfind(new.body)
        return None if at < 0 else -at
    at = new.body.find(old.body) if first else new.body.rfind(old.body)
    return None if at < 0 else at


def _placed(
    marks: Iterable[Annotation | EntityEdit], old: Article, new: Article, shift: int
) -> Iterable[Placement]:
    """The marks that are in `new`'s piece of `old`, and where they are in `new`."""
    for mark in marks:
        start, end = mark.start + shift, mark.end + shift
        if mark.orphaned or old.body[mark.start : mark.end] != mark.quote:
            continue
        if start >= 0 and end <= len(new.body) and new.body[start:end] == mark.quote:
            yield Placement(mark.id, new, start, end)
