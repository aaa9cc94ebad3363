"""Dumps streaming into the list, each counted on its own: what each brought, and what the
app says once they are in.

Several dumps stream one after another, and the first batches of each may come before
the reading screen opens (the first screen lists them): counted together, the first dump
done was told every article streamed so far, the others' own, and a dump done before the
reading screen opened after another said nothing. The dumps of one load are told in one
notice once the last is in: a folder of twenty small dumps put up a toast for each.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.article import Article

NOTICE_TITLES = ("Dump loaded", "Dumps loaded")
"""The titles of the notice for one streamed dump and for several (the inbox's own say
"Inbox"): "Dump loaded" over "760 new articles from 19 dumps" read as a slip."""
STREAM_SECONDS = (0.1, 0.5)
"""While a big dump is split, the articles found join the list after the first of these
intervals, then twice as long each time up to the second (a batch in dump order costs
its own size, not the list's: `TriageScreen.articles_found`)."""
STREAM_MOST = 5_000
"""Articles in one batch at most, so keys get in between two (joining one costs the app's
thread about 2 µs an article). Each batch also costs a screen update of about 3 ms
whatever its size (the title line's and the list header's counts): at 1,000 and 0.25 s,
a quiet fill took some 12 batches, a loaded one four a second (docs/performance.md,
fill17)."""


@dataclass(slots=True)
class _Arrivals:
    found: int = 0
    new: list[Article] = field(default_factory=list)


class StreamTally:
    """The articles each streaming dump brought so far, until the load they are part of is in."""

    __slots__ = ("_dumps", "_finished", "_waited")

    def __init__(self) -> None:
        self._dumps: dict[Path, _Arrivals] = {}
        self._waited: dict[Path, None] = {}
        """The dumps of the load under way not in yet, in order."""
        self._finished: list[tuple[Path, _Arrivals]] = []
        """The dumps of that load in, not told yet."""

    def expect(self, paths: Iterable[Path]) -> None:
        """`paths` stream in as one load: they are told together once all are in."""
        self._waited.update(dict.fromkeys(paths))

    def add(self, path: Path, found: Sequence[Article], new: Sequence[Article]) -> None:
        """A batch of `path`: the articles `found` in it, and those `new` to the list."""
        arrivals = self._dumps.setdefault(path, _Arrivals())
        arrivals.found += len(found)
        arrivals.new.extend(new)

    def done(self, path: Path) -> tuple[list[Article], tuple[str, str] | None]:
        """`path` is in. Once no dump of its load is still to come: their articles new to
        the list, and what to tell the user with its title (None for dumps that gave no
        article, which the loading warns of on its own); before, nothing."""
        self._waited.pop(path, None)
        self._finished.append((path, self._dumps.pop(path, _Arrivals())))
        if self._waited:
            return [], None
        finished, self._finished = self._finished, []
        new = [article for _path, arrivals in finished for article in arrivals.new]
        found = sum(arrivals.found for _path, arrivals in finished)
        told = [path for path, arrivals in finished if arrivals.found]
        if not told:
            return new, None
        name = told[0].name if len(told) == 1 else f"{len(told):,} dumps"
        return new, (loaded_notice(name, found, len(new)), NOTICE_TITLES[len(told) > 1])

    @property
    def loading(self) -> tuple[int, int] | None:
        """(dumps in, dumps in all) while a load of several dumps is under way, else None."""
        waited = len(self._waited)
        total = waited + len(self._finished)
        return (total - waited, total) if waited and total > 1 else None


def loaded_notice(name: str, found: int, new: int) -> str:
    """How many articles a dump brought: "3 new articles from X", and how many of those
    found were listed already (by another dump, or earlier in this one)."""
    notice = f"{new:,} new {'article' if new == 1 else 'articles'} from {name}"
    return notice if found == new else f"{notice}; {found - new:,} listed already"


def batched(
    found: Iterable[Article], clock: Callable[[], float] = time.monotonic
) -> Iterator[tuple[list[Article], bool]]:
    """The articles found, in batches as they should join the list, each with whether it is
    the last (that one may be empty): the first article at once, then after
    `STREAM_SECONDS`, or sooner once `STREAM_MOST` wait."""
    first, longest = STREAM_SECONDS
    batch: list[Article] = []
    due, interval = 0.0, first
    for article in found:
        batch.append(article)
        if len(batch) >= STREAM_MOST or clock() >= due:
            yield batch, False
            batch = []
            due = clock() + interval
            interval = min(interval * 2, longest)
    yield batch, True
