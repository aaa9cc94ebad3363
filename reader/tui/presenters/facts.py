"""The list rows' facts from the real data: triage states and annotation counts from the store.

Rows are drawn one screen line at a time, so both answers must be dict lookups:
states come from `Triage`'s in-memory cache, annotation counts from a snapshot of
the store's index, taken again whenever annotations may have changed
(`refresh_counts`: after an edit, an undo or a redo).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import PurePath

from reader.article import Article
from reader.library.stories import Stories, story_ids
from reader.library.triage import Triage
from reader.text.counted import counted


class TriageFacts:
    """A `RowFacts` provider over one session's triage and store."""

    def __init__(self, triage: Triage, stories: Callable[[], Stories]) -> None:
        """`stories`: the list's stories as they are now (a story's rows say its state and
        all its annotations)."""
        self._triage = triage
        self._stories = stories
        self._counts: dict[str, int] = {}
        self._revision = -1
        self.refresh_counts()

    def state(self, article: Article) -> str:
        """The state of the article's story (`new` when never set): read in one dump,
        it is read in every dump, as the filter and the header count it."""
        return self._triage.story_state(article.id, self._stories())

    def annotation_count(self, article: Article) -> int:
        """Annotations on the article's story (every version), as of the last
        `refresh_counts`: a reprint's row said 0 with the annotations on its first version."""
        story = self._stories().story_of(article.id)
        versions = (article.id,) if story is None else story.versions
        return sum(self._counts.get(version, 0) for version in versions)

    def elsewhere(self, article: Article) -> dict[str, int]:
        """The annotations on each other version of the article's story that holds some, by
        version id: work a reader of this version does not see highlighted (`annotation_count`
        counts it on the row), as of the last `refresh_counts`."""
        story = self._stories().story_of(article.id)
        if story is None:
            return {}
        counts = self._counts
        return {v: counts[v] for v in story.versions if v != article.id and counts.get(v)}

    def refresh_counts(self) -> set[str]:
        """Re-reads the annotation counts (one pass over the store's per-article index),
        unless the annotations have not changed since the last time (opening an article,
        a state key's undo).

        Returns the articles whose count changed: their drawn rows are out of date.
        """
        store = self._triage.store
        if store.annotations_revision == self._revision:
            return set()
        before, self._counts = self._counts, store.annotation_counts()
        self._revision = store.annotations_revision
        changed = {
            article_id
            for article_id in before.keys() | self._counts.keys()
            if before.get(article_id) != self._counts.get(article_id)
        }
        stories = self._stories()
        return set(story_ids(list(changed), stories)) if stories else changed


def elsewhere_line(counts: Mapping[str, int], dumps: Iterable[str], key: str) -> str:
    """The line under an open version's meta line when the story's other versions hold
    annotations (`TriageFacts.elsewhere`), with their dumps and the key that lists the
    versions: its row counts that work, and nothing on this version showed where it was,
    so an annotator annotated the story twice. "" when they hold none."""
    if not counts:
        return ""
    names = ", ".join(dict.fromkeys(PurePath(dump).name for dump in dumps))
    work = counted(sum(counts.values()), "annotation")
    if len(counts) == 1:
        return f"{work} on this story's other version, in {names} ({key} lists it)"
    return f"{work} on this story's {len(counts)} other versions, in {names} ({key} lists them)"
