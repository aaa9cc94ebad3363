"""Small builders shared by the triage tests: articles and entity analyses by hand."""

from __future__ import annotations

from dataclasses import dataclass

from reader.article import Article, article_id


def make_article(title: str, body: str, source: str = "/dumps/a.txt", index: int = 0) -> Article:
    return Article(article_id(title, body), source, index, title, body)


def make_articles(count: int, source: str = "/dumps/a.txt") -> list[Article]:
    return [
        make_article(f"Title {n}", f"Body of article number {n}.", source, n) for n in range(count)
    ]


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Analysis:
    entities: tuple[Entity, ...]
    sentences: tuple[tuple[int, int], ...] = ()
    complete: bool = True


def analysis_of(body: str, *mentions: tuple[str, str]) -> Analysis:
    """An analysis marking the first occurrence of each (text, label) in the body."""
    entities = []
    for text, label in mentions:
        start = body.index(text)
        entities.append(Entity(start, start + len(text), label))
    return Analysis(tuple(entities))
