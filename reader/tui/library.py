"""The articles the app has open and what is known about them so far.

Loading never stops at a bad dump: its one-line error is kept for the UI to show,
and the other dumps load as usual.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from reader.article import Article
from reader.dump import load_dump
from reader.errors import ReaderError
from reader.nlp import Analysis


class Library:
    """Articles in list order, with their entity analyses as they arrive."""

    def __init__(self, articles: Sequence[Article], problems: Sequence[str] = ()) -> None:
        self.articles: list[Article] = list(articles)
        self.problems: list[str] = list(problems)
        """One line per dump that could not be read; shown as notifications."""
        self._analyses: dict[str, Analysis] = {}

    @classmethod
    def load(cls, paths: Iterable[Path]) -> Library:
        """Splits every dump; unreadable ones become problems instead of errors."""
        articles: list[Article] = []
        problems: list[str] = []
        for path in paths:
            try:
                articles.extend(load_dump(path))
            except ReaderError as exc:
                problems.append(str(exc))
        return cls(articles, problems)

    def analysis(self, article: Article) -> Analysis | None:
        """The latest analysis of an article (possibly partial), or None."""
        return self._analyses.get(article.id)

    def record(self, article: Article, analysis: Analysis) -> bool:
        """Keeps an analysis unless a complete one is already known; says if it changed."""
        known = self._analyses.get(article.id)
        if known is not None and known.complete and not analysis.complete:
            return False
        self._analyses[article.id] = analysis
        return True

    def entity_count(self, article: Article) -> int | None:
        """Entities found so far, or None before any analysis arrives."""
        analysis = self._analyses.get(article.id)
        return None if analysis is None else len(analysis.entities)

    def is_complete(self, article: Article) -> bool:
        """Whether the article's entities are all in."""
        analysis = self._analyses.get(article.id)
        return analysis is not None and analysis.complete

    @property
    def complete_count(self) -> int:
        """Distinct articles fully analysed, for the progress shown in the header."""
        return sum(1 for analysis in self._analyses.values() if analysis.complete)

    @property
    def distinct_count(self) -> int:
        """Distinct articles (the same text in two dumps counts once)."""
        return len({article.id for article in self.articles})
