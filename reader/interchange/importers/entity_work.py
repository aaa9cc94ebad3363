"""The entity edits an import brings, merged with the workspace's as the app merges a new
one: an edit replaces the edits of its article it overlaps, so no two of them ever claim
the same characters (the training data could not hold both: spaCy refuses a token in two
entities)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.annotation.entity_edits import overlaps
from reader.interchange.importers.fields import when
from reader.store.records import EntityEdit


def merged_edits(
    mine: Sequence[EntityEdit], theirs: Iterable[EntityEdit], *, timed: bool = True
) -> tuple[list[EntityEdit], list[str], list[EntityEdit]]:
    """The file's edits to write (`theirs`, placed in this workspace's articles), the ids
    of the workspace's edits they replace, and the file's edits left out. An edit the
    workspace holds (by id, or a live one of the same span, kind and label: the file
    re-imported where it was made) is left as it is; one overlapping live edits on its article
    (the workspace's, or the file's own before it: a hand-edited file may hold both)
    replaces them when it is newer than each, and is left out when one of them is as new or
    newer (the later word stays, as the newer annotation wins). A file without times
    (`timed` False: Prodigy, doccano) says nothing of which is newer: its edit overlapping
    one of the workspace's is left out (the store's stays, as an annotation the store holds
    keeps its tags), and of two of its own the first stays. The import's summary counts
    those left out: two overlapping spans of one Prodigy task came in as one, unsaid."""
    held = {edit.id for edit in mine}
    live: dict[str, list[EntityEdit]] = {}
    for edit in mine:
        if not edit.orphaned:
            live.setdefault(edit.article_id, []).append(edit)
    written: list[EntityEdit] = []
    replaced: list[str] = []
    left_out: list[EntityEdit] = []
    for edit in theirs:
        if edit.id in held:
            continue
        if not edit.orphaned:
            others = live.setdefault(edit.article_id, [])
            hit = [e for e in others if overlaps(e.start, e.end, edit.start, edit.end)]
            if any(e.id in held and _same_edit(e, edit) for e in hit):  # made here already
                continue
            if any(
                when(e.created) >= when(edit.created) or (not timed and e.id in held) for e in hit
            ):
                left_out.append(edit)
                continue
            replaced.extend(e.id for e in hit if e.id in held)
            left_out.extend(e for e in written if e in hit)  # a file's own older edit
            written[:] = [e for e in written if e not in hit]
            others[:] = [e for e in others if e not in hit] + [edit]
        written.append(edit)
    return written, replaced, left_out


def _same_edit(held: EntityEdit, incoming: EntityEdit) -> bool:
    """The workspace already holds what the file's edit says, under another id."""
    return (held.start, held.end, held.kind, held.label) == (
        incoming.start,
        incoming.end,
        incoming.kind,
        incoming.label,
    )
