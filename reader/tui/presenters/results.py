"""Entity analyses of the open articles, as the worker delivers them.

The articles themselves live in the domain `reader.library.articles.Library` (one copy per id,
every source remembered); this only keeps what spaCy found so far, keyed by article
id, so it can also be handed to `Triage.index_entities` as it is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from reader.analysis import Analysis
from reader.article import Article


class Analyses(Mapping[str, Analysis]):
    """Article id -> its latest analysis (possibly partial), for the list, view and filters."""

    def __init__(self) -> None:
        self._analyses: dict[str, Analysis] = {}
        self._complete = 0

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
        self._complete += int(analysis.complete) - int(known is not None and known.complete)
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

    @property
    def complete_count(self) -> int:
        """Articles fully analysed, for the progress shown in the title bar."""
        return self._complete
