"""Dumps the store keeps work by that are no longer on disk: the work stays, and is told.

A dump deleted (or moved where `reader.annotation.dump_moves` cannot follow it, or on a
drive not mounted) takes its text away, not the user's work: annotations, states and
entity work are kept by article id, and come back with the dump. But a list that simply
no longer shows them reads as work lost. So the app, `reader stats` and `reader export`
name each such dump and what of the user's work waits for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from reader.article import Article
from reader.store import Store, source_key
from reader.text.counted import counted
from reader.text.safe import visible_line


@dataclass(frozen=True, slots=True)
class GoneDump:
    """One dump not found where the store last saw it, and the work it kept there."""

    source: str
    """The dump's path as the store recorded it (`source_key`)."""
    articles: int
    """Its articles with the user's work (annotations, a state, entity work)."""
    annotations: int
    triaged: int
    """Its articles in a state other than `new`."""

    def describe(self, root: str | None = None) -> str:
        """`seeds/old.txt: 2 annotations, 1 triaged, of 2 articles`, from `root` when inside it."""
        work = [counted(self.annotations, "annotation")] if self.annotations else []
        if self.triaged:
            work.append(f"{self.triaged} triaged")
        work.append(f"of {counted(self.articles, 'article')}")
        return f"{visible_line(shown_path(self.source, root))}: {', '.join(work)}"

    def to_dict(self) -> dict[str, object]:
        """For `--json` output."""
        return {
            "source": self.source,
            "articles": self.articles,
            "annotations": self.annotations,
            "triaged": self.triaged,
        }


def gone_dumps(
    store: Store,
    articles: Iterable[Article],
    *,
    present: Callable[[str], bool] = os.path.exists,
) -> list[GoneDump]:
    """The dumps the store keeps work by that are neither open (`articles`) nor on disk,
    with that work counted (an article open from another dump is not counted: its work
    shows there), by path. Costs a set of the store's dumps and a look at the disk for
    each one not open; records are read only for a dump gone."""
    opened: set[str] = set()
    open_ids: set[str] = set()
    for article in articles:  # once: `articles` may be an iterator
        opened.add(source_key(article.source))
        open_ids.add(article.id)
    gone = {s for s in store.dump_sources() - opened if s and not present(s)}
    if not gone:
        return []
    found: dict[str, list[str]] = {}
    for article_id, record in store.article_records(sorted(gone)).items():
        if article_id not in open_ids:
            found.setdefault(record.source, []).append(article_id)
    return [_counted(store, source, ids) for source, ids in sorted(found.items())]


TOLD_SETTING = "dumps_not_found_told"
"""The store's setting holding the dumps not found the app last told of, with their work
(`GoneDump.to_dict`): a dump deleted for good was a warning at every start, over the list
for 30 s, for as long as the store kept its work."""


def untold(dumps: Sequence[GoneDump], told: object) -> list[GoneDump]:
    """The dumps not found that the app has not told of as they are now (`told`: the
    `TOLD_SETTING` value): new ones, and those whose work changed since (a dump put back
    and deleted again is told again, the setting having lost it meanwhile)."""
    before = told if isinstance(told, list) else []
    return [dump for dump in dumps if dump.to_dict() not in before]


def told_value(dumps: Sequence[GoneDump]) -> list[dict[str, object]]:
    """What `TOLD_SETTING` keeps once `dumps` (every dump not found now) were told of."""
    return [dump.to_dict() for dump in dumps]


def _counted(store: Store, source: str, article_ids: list[str]) -> GoneDump:
    annotations = sum(len(store.annotations(article_id)) for article_id in article_ids)
    triaged = sum(store.state(article_id) != "new" for article_id in article_ids)
    return GoneDump(source, len(article_ids), annotations, triaged)


def shown_path(source: str, root: str | None) -> str:
    """A dump's path from the workspace's folder when inside it, else as recorded."""
    if root is None:
        return source
    folder = os.path.abspath(root)  # noqa: PTH100 (as `source_key` made `source`)
    if PurePath(source).is_relative_to(folder):
        return str(PurePath(source).relative_to(folder))
    return source


def gone_message(
    dumps: Sequence[GoneDump], root: str | None = None, limit: int | None = None
) -> str:
    """The lines telling the user where the work of dumps not found is: kept, not lost
    (the first `limit` dumps named, the rest counted)."""
    shown = dumps if limit is None else dumps[:limit]
    lines = [dump.describe(root) for dump in shown]
    if rest := len(dumps) - len(shown):
        lines.append(f"and {rest} more")
    return "\n".join([*lines, "(kept in the store, not lost: put the dump back there to see it)"])
