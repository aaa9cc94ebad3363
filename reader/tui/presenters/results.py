"""Entity analyses of the open articles, as the worker delivers them.

The articles themselves live in the domain `reader.library.articles.Library` (one copy per id,
every source remembered); this only keeps what spaCy found so far, keyed by article
id, so it can also be handed to `Triage.index_entities` as it is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Protocol

from reader.analysis import Analysis
from reader.article import Article


class Listing(Protocol):
    """What `Analyses.complete_among` reads of `reader.library.articles.Library`."""

    turnover: int

    def __contains__(self, article_id: object) -> bool:
        """Whether the article is listed now."""
        ...


class Analyses(Mapping[str, Analysis]):
    """Article id -> its latest analysis (possibly partial), for the list, view and filters."""

    def __init__(self) -> None:
        self._analyses: dict[str, Analysis] = {}
        self._listed_complete = 0
        self._counted_at: int | None = None
        """The listing's turnover `_listed_complete` was counted at (None: never)."""
        self._fresh: list[str] = []
        """Articles completed since that count."""

    def __getitem__(self, article_id: str) -> Analysis:
        return self._analyses[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._analyses)

    def __len__(self) -> int:
        return len(self._analyses)

    def analysis(self, article: Article) -> Analysis | None:
        """The latest analysis of an article (possibly partial), or None."""
        return self._analyses.get(article.id)

    def record(self, article: Article, analysis: Analysis) -> bool:
        """Keeps an analysis unless a complete one is already known; says if it changed."""
        known = self._analyses.get(article.id)
        if known is not None and known.complete and not analysis.complete:
            return False
        if analysis.complete and not (known is not None and known.complete):
            self._fresh.append(article.id)
        self._analyses[article.id] = analysis
        return True

    def entity_count(self, article: Article) -> int | None:
        """Entities found so far, or None before any analysis arrives."""
        analysis = self._analyses.get(article.id)
        return None if analysis is None else analysis.entity_count

    def is_complete(self, article: Article) -> bool:
        """Whether the article's entities are all in."""
        analysis = self._analyses.get(article.id)
        return analysis is not None and analysis.complete

    def complete_among(self, listing: Listing) -> int:
        """Listed articles fully analysed, for the progress in the title bar: an article a
        correction replaced keeps its analysis (an undo lists it again) but is not counted.

        Counted again, over the analyses (not the list), only when an article left the
        list or came back; otherwise (articles only joined: a big dump streaming in) only
        the articles completed since are looked up.
        """
        if listing.turnover != self._counted_at:
            self._listed_complete = sum(
                1
                for key, analysis in self._analyses.items()
                if analysis.complete and key in listing
            )
            self._counted_at = listing.turnover
        else:
            self._listed_complete += sum(1 for key in self._fresh if key in listing)
        self._fresh.clear()
        return self._listed_complete
