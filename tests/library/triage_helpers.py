"""Small builders shared by the triage tests: articles and `reader.nlp.service` analyses by hand."""

from __future__ import annotations

from reader.analysis import Analysis, Entity
from reader.article import Article, article_id
from reader.library.stats import Charts, Series


def make_article(title: str, body: str, source: str = "/dumps/a.txt", index: int = 0) -> Article:
    return Article(article_id(title, body), source, index, title, body)


def make_articles(count: int, source: str = "/dumps/a.txt") -> list[Article]:
    return [
        make_article(f"Title {n}", f"Body of article number {n}.", source, n) for n in range(count)
    ]


def analysis(*entities: Entity, complete: bool = True) -> Analysis:
    """An NLP result with these entities (and no sentences: the triage code never reads them)."""
    return Analysis(tuple(entities), (), complete=complete)


def analysis_of(body: str, *mentions: tuple[str, str]) -> Analysis:
    """An analysis marking the first occurrence of each (text, label) in the body."""
    entities = []
    for text, label in mentions:
        start = body.index(text)
        entities.append(Entity(start, start + len(text), label))
    return analysis(*entities, complete=True)


def charts_in_thousands() -> Charts:
    """Stats charts whose counts run past a thousand (12,345 articles in one dump, 4,000
    triaged over two days), for what writes them: each count's thousands separated."""
    days = ("2025-03-01", "2025-03-02")
    return Charts(
        per_dump=Series(("wire.txt",), (12_345,)),
        per_day=Series(days, (1_200, 3_000)),
        undated=8_145,
        total=12_345,
        triaged_per_day=Series(days, (1_500, 2_500)),
        progress=Series(days, (1_500, 4_000)),
        annotations_per_day=Series(days, (10, 1_001)),
        tags=Series(("claim",), (1_001,)),
        kept_entities=Series(("Putin",), (2_000,)),
    )
