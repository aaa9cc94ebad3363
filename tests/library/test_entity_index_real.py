"""The compact entity index against a plain model of it, on a real half's dumps and the real
model's entities: every answer the same, as articles are added, analysed again and forgotten.

The plain model keeps what the index means in dictionaries and sets ((label, key) to the
articles and mentions, each article's counts), as the index itself did before it was packed:
the packing (entities numbered per label, counts in bytes, display names shared with keys)
must change no answer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pytest

from bench.split_quality import REAL
from reader.analysis import Analysis
from reader.article import Article
from reader.dumps import load_dump
from reader.library.entity_groups import base_name, mentions
from reader.library.entity_index import EntityIndex, EntityValue, LabelCount
from reader.nlp import EntityService

HALF = "fresh"
"""An open half (never a sealed one): 16 dumps of news as people paste it."""


@dataclass
class PlainIndex:
    """What `EntityIndex` answers, held plainly."""

    counts: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)
    names: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, article_id: str, body: str, analysis: Analysis) -> None:
        self.forget(article_id)
        counts: Counter[tuple[str, str]] = Counter()
        longest: dict[tuple[str, str], str] = {}
        for mention in mentions(body, analysis.entities):
            entity = (mention.entity.label, mention.key)
            counts[entity] += 1
            name = base_name(mention.text, mention.entity.label)
            if len(name) > len(longest.get(entity, "")):
                longest[entity] = name
        self.counts[article_id] = counts
        for entity, name in longest.items():
            if len(name) > len(self.names.get(entity, "")):
                self.names[entity] = name

    def forget(self, article_id: str) -> None:
        for entity in self.counts.pop(article_id, Counter()):
            if not any(entity in counts for counts in self.counts.values()):
                self.names.pop(entity, None)

    def articles(self, label: str | None, key: str | None) -> frozenset[str]:
        return frozenset(
            article_id
            for article_id, counts in self.counts.items()
            if any((label in (None, lab)) and (key in (None, k)) for lab, k in counts)
        )

    def values(self, label: str | None = None, prefix: str = "") -> list[tuple[object, ...]]:
        articles: Counter[tuple[str, str]] = Counter()
        mentions: Counter[tuple[str, str]] = Counter()
        for counts in self.counts.values():
            for entity, count in counts.items():
                articles[entity] += 1
                mentions[entity] += count
        found = [
            (lab, self.names[(lab, key)], articles[(lab, key)], mentions[(lab, key)])
            for lab, key in articles
            if label in (None, lab) and key.startswith(prefix)
        ]
        return sorted(found, key=_order)

    def labels(self) -> list[tuple[str, int, int]]:
        mentions: Counter[str] = Counter()
        articles: Counter[str] = Counter()
        for counts in self.counts.values():
            for (label, _key), count in counts.items():
                mentions[label] += count
            articles.update({label for label, _key in counts})
        counts = [(label, count, articles[label]) for label, count in mentions.items()]
        return sorted(counts, key=lambda c: (-c[1], c[0]))


def _values(found: list[EntityValue]) -> list[tuple[object, ...]]:
    """The values, in the order of their sort key (its ties in any order) and as a list in
    one fixed order of them all, to compare with the plain model's."""
    values = [(v.label, v.text, v.articles, v.mentions) for v in found]
    assert [_order(v)[:3] for v in values] == sorted(_order(v)[:3] for v in values)
    return sorted(values, key=_order)


def _order(value: tuple[object, ...]) -> tuple[object, ...]:
    label, text, articles, mentions = value
    return (-int(articles), -int(mentions), str(text).casefold(), label, text)  # type: ignore[call-overload]


def _labels(found: list[LabelCount]) -> list[tuple[str, int, int]]:
    """The label counts, most mentioned first (ties in any order), in one fixed order."""
    counts = [(c.label, c.mentions, c.articles) for c in found]
    assert [-c[1] for c in counts] == sorted(-c[1] for c in counts)
    return sorted(counts, key=lambda c: (-c[1], c[0]))


@pytest.fixture(scope="module")
def analysed(model_service: EntityService) -> list[tuple[Article, Analysis]]:
    dumps = sorted(path for path in (REAL / HALF).iterdir() if path.suffix in (".txt", ".md"))
    articles = [article for path in dumps for article in load_dump(path)]
    return list(model_service.analyse_many(articles, batch_size=8))


def _same_answers(index: EntityIndex, plain: PlainIndex) -> None:
    entities = {entity for counts in plain.counts.values() for entity in counts}
    assert len(entities) > 100, "the half gives the model plenty to find"
    for label, key in sorted(entities):
        assert index.articles(label, key) == plain.articles(label, key), (label, key)
        assert index.articles(None, key) == plain.articles(None, key), key
    for label in {label for label, _key in entities}:
        assert index.articles(label) == plain.articles(label, None), label
        assert _values(index.values(label)) == plain.values(label), label
    assert index.articles() == plain.articles(None, None)
    assert _values(index.values()) == plain.values()
    assert _values(index.values(prefix="a")) == plain.values(prefix="a")
    assert _labels(index.labels()) == plain.labels()
    ids = sorted(plain.counts)[::2]
    chosen: Counter[tuple[str, str]] = Counter()
    said: Counter[tuple[str, str]] = Counter()
    for article_id in ids:
        for entity, count in plain.counts[article_id].items():
            if entity[0] != "CARDINAL":
                chosen[entity] += 1
                said[entity] += count
    top = [(lab, plain.names[(lab, k)], n, said[(lab, k)]) for (lab, k), n in chosen.items()]
    assert _values(index.top(ids, len(top), ["CARDINAL"])) == sorted(top, key=_order)
    assert len(index) == len(plain.counts)


def test_the_index_answers_as_a_plain_one_on_a_real_half(
    analysed: list[tuple[Article, Analysis]],
) -> None:
    index, plain = EntityIndex(), PlainIndex()
    for article, analysis in analysed:
        index.add(article.id, article.body, analysis)
        plain.add(article.id, article.body, analysis)
    _same_answers(index, plain)
    for article, analysis in analysed[::3]:  # analysed again with fewer entities
        fewer = Analysis(analysis.entities[::2], analysis.sentences)
        index.add(article.id, article.body, fewer)
        plain.add(article.id, article.body, fewer)
    for article, _analysis in analysed[1::5]:
        index.forget(article.id)
        plain.forget(article.id)
    _same_answers(index, plain)
