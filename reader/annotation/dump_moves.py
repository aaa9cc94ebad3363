"""A dump renamed or moved keeps the user's work: its records follow it by its text.

The store keeps two kinds of work by a dump's path: the corrections of its reading
(breaks, welds, retitles apply in their own dump only) and the article records (where
an annotated or triaged article was last seen, where re-anchoring looks for it after
an edit). Annotations, states and entity work are keyed by article id, a hash of the
text, and so find a renamed dump by themselves; what is keyed by the path did not.

So a dump is known by its text, and its path is only where it was last seen. The
store keeps a fingerprint of each open dump (a hash of its articles' ids as split, in
the `dump_fingerprints` setting). A dump the store knows by a path that is neither
open nor on disk any more is looked for among the open dumps: the one dump with its
fingerprint, else the one where more than half of its work holds (its corrections
apply to the text, its recorded articles are there: a dump edited too, or one last
seen by a reader that kept no fingerprints), is where it went, and the work is moved to
that path (`Store.move_dumps`). The fingerprint tells a renamed dump from another dump
holding the same wire story word for word, where the work alone holds alike. A dump renamed and then
edited is found the same way, as long as more than half of its work still holds,
and its edited articles' annotations are then re-anchored there as after any edit.
A dump whose path is still on disk is never moved (a copy opened elsewhere is
another dump), nor one whose work two open dumps hold alike, nor one whose folder is gone
too: a drive not mounted (or a share not connected) takes the folder with it, and the
user who plugs it back in expects the work where it was, not on a copy opened meanwhile.
Its work waits at its path (a renamed folder is therefore not followed: rename it back,
or the work stays with the old path; nothing is lost either way).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import PurePath

from reader.annotation.corrections import apply_corrections
from reader.article import Article
from reader.store import ArticleRecord, Store, source_key
from reader.store.errors import StoreWriteError
from reader.store.records import ArticleCorrection
from reader.text.safe import visible_line


def follow_moved_dumps(
    store: Store,
    articles: Sequence[Article],
    *,
    present: Callable[[str], bool] = os.path.exists,
) -> dict[str, str]:
    """Moves the work of each known dump gone from its path to the open dump it is now
    (see the module's docstring; one whose folder is gone too waits for it), and notes the
    fingerprints of the dumps of `articles` (as split); returns the moves (old path ->
    new), empty when there was none to make. `present` says whether a path is on disk. On
    a read-only store the move and the fingerprints hold for this run only. Costs a look
    at the disk for each dump the store knows that is not open (two for one gone), and one
    pass over the articles' ids."""
    prints = fingerprints(articles)
    known = store.dump_sources()
    gone = {
        source
        for source in known - set(prints)
        if source and not present(source) and present(str(PurePath(source).parent))
    }
    kept = store.setting(FINGERPRINTS_SETTING)
    kept = dict(kept) if isinstance(kept, dict) else {}
    moves: dict[str, str] = {}
    if gone:
        by_print: dict[str, list[str]] = {}
        for source, mark in prints.items():
            by_print.setdefault(mark, []).append(source)
        for old in gone:
            same = by_print.get(str(kept.get(old)), [])
            if len(same) == 1:
                moves[old] = same[0]
        rest = gone - set(moves)
        if rest:
            records = store.article_records()
            moves |= moved_dumps(articles, store.article_corrections(), records, rest)
    noted = {
        source: mark
        for source, mark in kept.items()
        if source not in moves and (source in known or present(source))
    }
    # A save that fails here (a full disk) keeps the change in memory, where the app's
    # writer retries it and says so: the dumps still open (the app used to end on it).
    with contextlib.suppress(StoreWriteError):
        if gone:
            store.move_dumps(moves)
        if noted or prints or kept:  # nothing to note in a store with none: no save
            store.put_setting(FINGERPRINTS_SETTING, noted | prints)
    return moves


FINGERPRINTS_SETTING = "dump_fingerprints"
"""The store's setting holding each dump's fingerprint by its path (`source_key`): of the
dumps seen open that are still on disk, and of those gone that it keeps work by."""


def fingerprints(articles: Sequence[Article]) -> dict[str, str]:
    """Each dump's fingerprint, by its path (`source_key`): a hash of its articles' ids in
    their order, as split (ids are hashes of the text, so the same text anywhere gives
    the same fingerprint, and any edit another)."""
    ids: dict[str, list[str]] = {}
    for article in articles:
        ids.setdefault(article.source, []).append(article.id)
    return {
        source_key(source): hashlib.blake2b("\n".join(found).encode(), digest_size=8).hexdigest()
        for source, found in ids.items()
    }


def moved_dumps(
    articles: Sequence[Article],
    corrections: Sequence[ArticleCorrection],
    records: Mapping[str, ArticleRecord],
    gone: set[str],
) -> dict[str, str]:
    """Where each dump of `gone` went among the open dumps of `articles` (old path -> new):
    the one dump holding more than half of its work, none when no dump or two do."""
    by_source: dict[str, list[Article]] = {}
    for article in articles:
        by_source.setdefault(source_key(article.source), []).append(article)
    moves: dict[str, str] = {}
    for old in sorted(gone):
        own = [c for c in corrections if c.source == old]
        recorded = {article_id for article_id, r in records.items() if r.source == old}
        work = len(own) + len(recorded)
        held = {
            new: _held(dump, own, recorded, [c for c in corrections if c.source == new])
            for new, dump in by_source.items()
        }
        best = max(held.values(), default=0)
        winners = [new for new, count in held.items() if count == best]
        if 2 * best > work and len(winners) == 1:
            moves[old] = winners[0]
    return moves


def _held(
    dump: Sequence[Article],
    own: Sequence[ArticleCorrection],
    recorded: set[str],
    theirs: Sequence[ArticleCorrection],
) -> int:
    """How much of a gone dump's work holds in `dump`: its corrections that apply there
    (after and among the dump's own, in the order made) and its recorded articles there,
    as split or as corrected."""
    key = source_key(dump[0].source)
    moved = [replace(c, source=key) for c in own]
    result = apply_corrections(dump, [*theirs, *moved])
    applied = {c.id for c in result.applied}
    ids = {article.id for article in dump} | {article.id for article in result.articles}
    return sum(1 for c in own if c.id in applied) + len(recorded & ids)


def describe_moves(moves: Mapping[str, str]) -> list[str]:
    """One line per dump followed to its new path, for the user: work that seemed lost is
    where it was, and the store now says where the dump is."""
    lines = []
    for old, new in sorted(moves.items()):
        was, now = _named(old, new)
        lines.append(
            f"{visible_line(was)} is now {visible_line(now)}: its corrections and records follow it"
        )
    return lines


def _named(old: str, new: str) -> tuple[str, str]:
    """The two paths as short as tells them apart: the file names, or for a dump moved to
    another folder under its own name, the folders too."""
    a, b = PurePath(old), PurePath(new)
    if a.name != b.name:
        return a.name, b.name
    return str(a), str(b)
