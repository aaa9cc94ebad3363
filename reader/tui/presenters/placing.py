"""The open articles' annotations placed in their current text, away from the app's thread.

`reanchor_open` reads every record, state and annotation of the open articles: with
20,000 triaged articles open it held the app's thread 0.17-0.4 s at each start and after
each big dump came in, keys waiting (docs/performance.md, fill19). The app runs it in a
thread (one at a time, `Placing`) and applies what changed on its own thread after.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from reader.article import Article
from reader.errors import ReaderError
from reader.store import Store


@dataclass(frozen=True, slots=True)
class Placed:
    """What placing the annotations left for the app's thread to do."""

    news: str | None
    """What to tell the user (annotations moved or orphaned, or why none could be placed)."""
    states_moved: bool
    """Edited articles' states went to their new ids: the triage reads them again."""


class Placing:
    """Places annotations one run at a time: two runs at once (a dump grown while another
    came in) would both carry the same vanished articles' states."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rechecks_told = 0
        """Edited checked articles already told this session: placing runs again as each
        dump comes in, and told them again with each, a toast every few minutes."""
        self._orphans_told = 0
        """Orphans already told this session, likewise: the same three orphans were told
        again ("3 could not be placed") after each dump came in and after an undone weld,
        as if that had orphaned them."""

    def place(
        self,
        store: Store,
        articles: Sequence[Article],
        successors: Mapping[str, Article] | None = None,
    ) -> Placed:
        """Records where the open annotated articles come from and re-anchors their
        annotations in the open text (an edited article's first in its `successors`)."""
        from reader.annotation.reanchor import describe_reanchoring, reanchor_open

        with self._lock:
            try:
                report = reanchor_open(store, articles, successors)
            except ReaderError as exc:
                return Placed(str(exc), states_moved=False)
            told, self._rechecks_told = self._rechecks_told, report.rechecks
            orphans, self._orphans_told = self._orphans_told, report.orphaned
        if report.rechecks == told:
            report = replace(report, rechecks=0)
        if report.orphaned == orphans:
            report = replace(report, orphaned=0)
        return Placed(describe_reanchoring(report), states_moved=bool(report.states))
