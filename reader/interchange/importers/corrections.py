"""The corrections of the reading an import brings: in what order they go among the
workspace's own, and a line for each that does not apply here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.annotation.corrections import Corrected
from reader.store.records import ArticleCorrection


def merged_corrections(
    mine: Sequence[ArticleCorrection], theirs: Sequence[ArticleCorrection]
) -> list[ArticleCorrection]:
    """The store's corrections with the file's new ones among them, in the order they apply:
    each new one right after the file's correction before it (a weld made after a break
    stays after it), the file's first one before the earliest of the file's the store
    holds, else after the store's own. A file's correction the store holds (`_held`) is
    not added again. Numbered again only when one was added."""
    merged = list(mine)
    held = _held(mine, theirs)

    def index(correction: ArticleCorrection) -> int:
        ident = held.get(correction.id, correction.id)
        return next(at for at, c in enumerate(merged) if c.id == ident)

    for at, correction in enumerate(theirs):
        if correction.id in held:
            continue
        if at:
            place = index(theirs[at - 1]) + 1
        else:
            place = min((index(c) for c in theirs if c.id in held), default=len(merged))
        merged.insert(place, correction)
    if len(merged) == len(mine):
        return merged
    return [c if c.seq == seq else replace(c, seq=seq) for seq, c in enumerate(merged, 1)]


def _held(mine: Sequence[ArticleCorrection], theirs: Sequence[ArticleCorrection]) -> dict[str, str]:
    """Which of the file's corrections the store holds, and as which of its own: by id, or
    the same correction made again in each workspace (its kind, dump, anchors and title),
    which would only be listed as no longer applying after the first. Matched one to one
    and against the store's alone: a file that breaks, welds back and breaks again holds
    two equal breaks, and both must apply."""
    ids = {c.id for c in mine}
    their_ids = {c.id for c in theirs}
    free = [c for c in mine if c.id not in their_ids]
    held: dict[str, str] = {}
    for correction in theirs:
        if correction.id in ids:
            held[correction.id] = correction.id
            continue
        same = _what(correction)
        twin = next((c for c in free if _what(c) == same), None)
        if twin is not None:
            free.remove(twin)
            held[correction.id] = twin.id
    return held


def _what(correction: ArticleCorrection) -> tuple[str, ...]:
    """What a correction does and where, whoever made it and when."""
    c = correction
    return (c.kind, c.source, c.title, c.head, c.before, c.new_title)


def not_applied(
    written: Sequence[ArticleCorrection], theirs: Sequence[ArticleCorrection], corrected: Corrected
) -> tuple[str, ...]:
    """A line for each of the file's corrections (`theirs`, with their dumps as named here)
    that does not apply here, saying why, with its dump as the file `written` names it."""
    applied = {c.id for c in corrected.applied}.union(map(_what, corrected.applied))
    stale = {c.id for c in corrected.stale}.union(map(_what, corrected.stale))
    lines = []
    for as_written, correction in zip(written, theirs, strict=True):
        if correction.id in applied or _what(correction) in applied:
            continue
        why = (
            f"its text is not in this workspace's copy of {as_written.source}"
            if correction.id in stale or _what(correction) in stale
            else f"its dump {as_written.source} is not in this workspace"
        )
        lines.append(f"{correction.describe()}: {why}")
    return tuple(lines)
