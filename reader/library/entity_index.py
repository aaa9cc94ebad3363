"""Which articles mention which entities, so "every article about PERSON Pete Hegseth" is a lookup.

Entities arrive progressively (spaCy runs in a worker, big articles in batches), so
the index is filled article by article from whatever analyses exist so far, and
answers with what it has. Entity text is matched after folding case and accents and
collapsing whitespace, so "IRAN", "Iran" and "Iran\\n" are one entity, as are
"Erdoğan" and "Erdogan".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from reader.analysis import Entity
from reader.article import Article
from reader.text.folding import fold_query


class EntityAnalysis(Protocol):
    """What the index reads from `reader.nlp.service.Analysis`: the entities of one article."""

    @property
    def entities(self) -> Sequence[Entity]:
        """The article's entities, as char ranges into its body."""


class ArticleLookup(Protocol):
    """Articles by id: the `Library`, or a plain dict of articles."""

    def get(self, article_id: str, /) -> Article | None:
        """The article with that id, or None when it is not open."""


def entity_key(text: str) -> str:
    """The form entity texts are compared in: folded (case, accents), whitespace collapsed."""
    return fold_query(text)


@dataclass(frozen=True, slots=True)
class EntityValue:
    """One distinct entity, for the filter picker: how it is usually written, how common."""

    label: str
    text: str
    """The first way it was written in the text (the picker shows this)."""
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class LabelCount:
    """How often one label occurs: what `reader stats` prints per entity label."""

    label: str
    mentions: int
    articles: int


class EntityIndex:
    """Entity lookups over the analysed articles: by label, by text, by both."""

    def __init__(self) -> None:
        self._by_pair: dict[tuple[str, str], set[str]] = {}
        self._by_label: dict[str, set[str]] = {}
        self._by_text: dict[str, set[str]] = {}
        self._mentions: Counter[tuple[str, str]] = Counter()
        self._surface: dict[tuple[str, str], str] = {}
        self._pairs_of: dict[str, Counter[tuple[str, str]]] = {}
        self._analysis_of: dict[str, EntityAnalysis] = {}
        self._names: dict[str, tuple[str, str]] = {}
        """Entity text as written -> (shown form, folded key): names recur, fold them once."""

    def add(self, article_id: str, body: str, analysis: EntityAnalysis) -> None:
        """Indexes one article's entities, replacing what an earlier analysis of it gave."""
        if article_id in self._pairs_of:
            self._remove(article_id)
        pairs: Counter[tuple[str, str]] = Counter()
        names = self._names
        for entity in analysis.entities:
            raw = body[entity.start : entity.end]
            name = names.get(raw)
            if name is None:
                surface = " ".join(raw.split())
                name = names[raw] = (surface, fold_query(surface))
            if name[1]:
                pair = (entity.label, name[1])
                pairs[pair] += 1
                self._surface.setdefault(pair, name[0])
        self._pairs_of[article_id] = pairs
        self._analysis_of[article_id] = analysis
        self._mentions.update(pairs)
        for label, text in pairs:
            self._by_pair.setdefault((label, text), set()).add(article_id)
            self._by_label.setdefault(label, set()).add(article_id)
            self._by_text.setdefault(text, set()).add(article_id)

    def sync(self, articles: ArticleLookup, analyses: Mapping[str, EntityAnalysis]) -> int:
        """Indexes every analysis that is new or replaced since the last call; returns how many.

        Call it whenever the NLP worker reports more results. A big article's partial
        analysis is replaced by its complete one when that arrives (a new object);
        articles whose body is unknown are left for a later call.
        """
        added = 0
        for article_id, analysis in analyses.items():
            if self._analysis_of.get(article_id) is analysis:
                continue
            article = articles.get(article_id)
            if article is not None:
                self.add(article_id, article.body, analysis)
                added += 1
        return added

    def forget(self, article_id: str) -> None:
        """Drops an article that left the library (replaced by its edited text)."""
        if article_id in self._pairs_of:
            self._remove(article_id)

    def _remove(self, article_id: str) -> None:
        """Forgets one article entirely: it held all of its own pairs, labels and texts."""
        pairs = self._pairs_of.pop(article_id)
        del self._analysis_of[article_id]
        self._mentions.subtract(pairs)
        for pair in pairs:
            label, text = pair
            _discard(self._by_pair, pair, article_id)
            _discard(self._by_label, label, article_id)
            _discard(self._by_text, text, article_id)
            if self._mentions[pair] <= 0:
                del self._mentions[pair]
                self._surface.pop(pair, None)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._pairs_of

    def __len__(self) -> int:
        """How many articles have been indexed (analysed), with or without entities."""
        return len(self._pairs_of)

    def articles(self, label: str | None = None, text: str | None = None) -> frozenset[str]:
        """Ids of the articles with an entity of that label and/or text (neither: any entity).

        Text matches whole entity names, ignoring case and accents.
        """
        key = None if text is None else entity_key(text)
        found: Iterable[str]
        if label is not None and key is not None:
            found = self._by_pair.get((label, key), ())
        elif label is not None:
            found = self._by_label.get(label, ())
        elif key is not None:
            found = self._by_text.get(key, ())
        else:
            found = (article_id for article_id, pairs in self._pairs_of.items() if pairs)
        return frozenset(found)

    def labels(self) -> list[LabelCount]:
        """Every label seen, most mentioned first."""
        mentions: Counter[str] = Counter()
        for (label, _), count in self._mentions.items():
            mentions[label] += count
        return [
            LabelCount(label, count, len(self._by_label.get(label, ())))
            for label, count in mentions.most_common()
        ]

    def values(self, label: str | None = None, prefix: str = "") -> list[EntityValue]:
        """Distinct entities (of a label, starting with a prefix), in most articles first."""
        start = entity_key(prefix)
        found = [
            EntityValue(pair[0], self._surface[pair], len(ids), self._mentions[pair])
            for pair, ids in self._by_pair.items()
            if (label is None or pair[0] == label) and pair[1].startswith(start)
        ]
        found.sort(key=lambda value: (-value.articles, -value.mentions, value.text.casefold()))
        return found


def _discard(table: dict[Any, set[str]], key: object, article_id: str) -> None:
    ids = table.get(key)
    if ids is None:
        return
    ids.discard(article_id)
    if not ids:
        del table[key]
