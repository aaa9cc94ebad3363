"""Counts over a workspace's dumps: states, tags and entity labels, for `reader stats`.

Pure: the caller loads the dumps, reads the store and supplies whatever entity
analyses it has; articles without one are counted, not analysed, so the numbers
come fast and say how complete they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from reader.library.articles import Library
from reader.library.entity_index import EntityIndex, LabelCount
from reader.library.triage import Progress, count_states
from reader.store import Annotation, ArticleState


@dataclass(frozen=True, slots=True)
class TagCount:
    """How much one tag is used among the counted articles."""

    name: str
    annotations: int
    articles: int


@dataclass(frozen=True, slots=True)
class WorkspaceStats:
    """Everything `reader stats` prints, in one value (also its `--json` form)."""

    dumps: tuple[str, ...]
    articles: int
    shared: int
    """Articles found in more than one dump (each counted once in `articles`)."""
    progress: Progress
    tags: tuple[TagCount, ...]
    labels: tuple[LabelCount, ...]
    analysed: int
    """Articles whose entities were available (cached or analysed)."""
    model: str

    @property
    def unanalysed(self) -> int:
        """Articles with no entity results: missing from the entity label counts."""
        return self.articles - self.analysed

    def to_dict(self) -> dict[str, object]:
        """The `--json` document."""
        return {
            "dumps": list(self.dumps),
            "articles": self.articles,
            "shared": self.shared,
            "states": dict(self.progress.counts),
            "triaged": self.progress.triaged,
            "tags": {
                t.name: {"annotations": t.annotations, "articles": t.articles} for t in self.tags
            },
            "entities": {
                "model": self.model,
                "analysed": self.analysed,
                "unanalysed": self.unanalysed,
                "labels": {
                    c.label: {"mentions": c.mentions, "articles": c.articles} for c in self.labels
                },
            },
        }


def collect(
    library: Library,
    states: Mapping[str, ArticleState],
    annotations: Iterable[Annotation],
    tag_names: Iterable[str],
    entities: EntityIndex,
    model: str,
) -> WorkspaceStats:
    """Counts over the library's articles only: store data about other articles is ignored."""
    ids = library.ids()
    return WorkspaceStats(
        dumps=library.dumps(),
        articles=len(ids),
        shared=sum(1 for article_id in ids if len(library.sources(article_id)) > 1),
        progress=count_states(ids, states),
        tags=_tag_counts(library, annotations, tag_names),
        labels=tuple(entities.labels()),
        analysed=sum(1 for article_id in ids if article_id in entities),
        model=model,
    )


def _tag_counts(
    library: Library, annotations: Iterable[Annotation], tag_names: Iterable[str]
) -> tuple[TagCount, ...]:
    """Every tag of the store (unused ones with zeros), most used first, then by name."""
    uses: dict[str, int] = dict.fromkeys(tag_names, 0)
    articles: dict[str, set[str]] = {name: set() for name in uses}
    for annotation in annotations:
        if annotation.article_id not in library:
            continue
        for tag in annotation.tags:
            uses[tag] = uses.get(tag, 0) + 1
            articles.setdefault(tag, set()).add(annotation.article_id)
    counts = [TagCount(name, uses[name], len(articles[name])) for name in uses]
    counts.sort(key=lambda c: (-c.annotations, c.name.casefold()))
    return tuple(counts)
