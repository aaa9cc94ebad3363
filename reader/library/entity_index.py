"""Which articles mention which entities, so "every article about PERSON Pete Hegseth" is a lookup.

Entities arrive progressively (spaCy runs in a worker, big articles in batches), so
the index is filled article by article from whatever analyses exist so far, and
answers with what it has. Entity text is matched after folding case and accents and
collapsing whitespace, so "IRAN", "Iran" and "Iran\\n" are one entity, as are
"Erdoğan" and "Erdogan"; and variants are grouped within each article
(`reader.library.entity_groups`): "South Korea's" counts as South Korea, and a
"Kim" after "Kim Jong Un" as Kim Jong Un, so a filter on the entity finds them all.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Protocol

from reader.analysis import Entity
from reader.article import Article
from reader.library.entity_groups import base_name, mentions
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


def entity_key(text: str, label: str | None = None) -> str:
    """The form entity names are compared in: folded (case, accents), whitespace collapsed,
    without possessive, leading "the" and (for a PERSON) honorifics."""
    return fold_query(base_name(text, label or ""))


@dataclass(frozen=True, slots=True)
class EntityValue:
    """One distinct entity, for the filter picker: how it is usually written, how common."""

    label: str
    text: str
    """The entity's name: its longest spelling first seen (the picker shows this)."""
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class LabelCount:
    """How often one label occurs: what `reader stats` prints per entity label."""

    label: str
    mentions: int
    articles: int


Ids = str | array
"""The articles an entry of the index is in: one id alone (most entities are in one
article; the id is the article's own string, so it costs a reference), else an array
of their numbers (`EntityIndex._number`), 4 bytes an article where a set of ids took
about 50 (a label's set of 10,000 ids: 524 KB, its array 40 KB)."""

Counts = tuple[Any, ...]
"""One article's distinct entities and how often it mentions each, flat: (pair, count,
pair, count, ...); a tuple of 2n references where a `Counter` took a dict."""


class EntityIndex:
    """Entity lookups over the analysed articles: by label, by text, by both.

    It grows with every article analysed, for the whole session (10,000 articles, some
    300,000 mentions), so it is held compactly: an entity in one article maps to that
    article's id, in more to an array of article numbers (`Ids`); every article's
    counts are one flat tuple (`Counts`) sharing one tuple per distinct entity
    (`_pairs`); a text under any label is looked up under each label, not kept apart.
    """

    def __init__(self) -> None:
        self._by_pair: dict[tuple[str, str], Ids] = {}
        self._by_label: dict[str, Ids] = {}
        self._pairs: dict[tuple[str, str], tuple[str, str]] = {}
        """Each distinct (label, key) once: the articles' counts use these tuples."""
        self._mentions: Counter[tuple[str, str]] = Counter()
        self._surface: dict[tuple[str, str], str] = {}
        self._pairs_of: dict[str, Counts] = {}
        self._analysis_of: dict[str, EntityAnalysis] = {}
        self._number: dict[str, int] = {}
        """Each article indexed, numbered in the order first seen (kept for the session)."""
        self._ids: list[str] = []
        """The article ids by number."""
        self._last: tuple[tuple[str | None, str | None], frozenset[str]] | None = None
        """The last question `articles` answered and its answer, until the index changes."""

    def add(self, article_id: str, body: str, analysis: EntityAnalysis) -> None:
        """Indexes one article's entities, replacing what an earlier analysis of it gave."""
        self._last = None
        if article_id in self._pairs_of:
            self._remove(article_id)
        pairs: Counter[tuple[str, str]] = Counter()
        names: dict[tuple[str, str], str] = {}
        known = self._pairs
        for mention in mentions(body, analysis.entities):
            pair = (mention.entity.label, mention.key)
            pair = known.setdefault(pair, pair)
            pairs[pair] += 1
            name = base_name(mention.text, mention.entity.label)
            if len(name) > len(names.get(pair, "")):
                names[pair] = name
        self._pairs_of[article_id] = tuple(value for item in pairs.items() for value in item)
        self._analysis_of[article_id] = analysis
        self._mentions.update(pairs)
        for pair, name in names.items():
            if len(name) > len(self._surface.get(pair, "")):
                self._surface[pair] = name
        number = self._number.get(article_id)
        if number is None:
            number = self._number[article_id] = len(self._ids)
            self._ids.append(article_id)
        for pair in pairs:
            self._put(self._by_pair, pair, article_id, number)
        for label in {label for label, _ in pairs}:
            self._put(self._by_label, label, article_id, number)

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
        self._last = None
        pairs = _counter(self._pairs_of.pop(article_id))
        del self._analysis_of[article_id]
        self._mentions.subtract(pairs)
        number = self._number[article_id]
        for pair in pairs:
            self._discard(self._by_pair, pair, article_id, number)
        for label in {label for label, _ in pairs}:
            self._discard(self._by_label, label, article_id, number)
        for pair in pairs:
            if self._mentions[pair] <= 0:
                del self._mentions[pair]
                self._surface.pop(pair, None)
                self._pairs.pop(pair, None)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._pairs_of

    def __len__(self) -> int:
        """How many articles have been indexed (analysed), with or without entities."""
        return len(self._pairs_of)

    def articles(self, label: str | None = None, text: str | None = None) -> frozenset[str]:
        """Ids of the articles with an entity of that label and/or text (neither: any entity).

        Text matches whole entity names, ignoring case and accents. The last answer is
        kept until the index changes: a filter is applied again after every key that
        changes the list, and making the ids from numbers costs about 1 ms at 9,000.
        """
        key = None if text is None else entity_key(text, label)
        if self._last is not None and self._last[0] == (label, key):
            return self._last[1]
        found = self._lookup(label, key)
        self._last = ((label, key), found)
        return found

    def _lookup(self, label: str | None, key: str | None) -> frozenset[str]:
        if label is not None and key is not None:
            return self._frozen(self._by_pair.get((label, key)))
        if label is not None:
            return self._frozen(self._by_label.get(label))
        if key is not None:  # a text under any label: a few lookups, not a table of its own
            found = [self._frozen(self._by_pair.get((each, key))) for each in self._by_label]
            return frozenset().union(*found)
        return frozenset(article_id for article_id, pairs in self._pairs_of.items() if pairs)

    def labels(self) -> list[LabelCount]:
        """Every label seen, most mentioned first."""
        mentions: Counter[str] = Counter()
        for (label, _), count in self._mentions.items():
            mentions[label] += count
        return [
            LabelCount(label, count, _count(self._by_label.get(label)))
            for label, count in mentions.most_common()
        ]

    def values(self, label: str | None = None, prefix: str = "") -> list[EntityValue]:
        """Distinct entities (of a label, starting with a prefix), in most articles first."""
        start = fold_query(prefix)
        found = [
            EntityValue(pair[0], self._surface[pair], _count(ids), self._mentions[pair])
            for pair, ids in self._by_pair.items()
            if (label is None or pair[0] == label) and pair[1].startswith(start)
        ]
        found.sort(key=lambda value: (-value.articles, -value.mentions, value.text.casefold()))
        return found

    def top(
        self, article_ids: Iterable[str], limit: int, labels: Iterable[str] = ()
    ) -> list[EntityValue]:
        """The entities in most of these articles (then most mentioned), leaving out `labels`."""
        skip = frozenset(labels)
        articles: Counter[tuple[str, str]] = Counter()
        mentions: Counter[tuple[str, str]] = Counter()
        for article_id in dict.fromkeys(article_ids):
            counts = self._pairs_of.get(article_id, ())
            for pair, count in zip(counts[::2], counts[1::2], strict=True):
                if pair[0] not in skip:
                    articles[pair] += 1
                    mentions[pair] += count
        found = [
            EntityValue(pair[0], self._surface[pair], n, mentions[pair])
            for pair, n in articles.items()
        ]
        found.sort(key=lambda value: (-value.articles, -value.mentions, value.text.casefold()))
        return found[:limit]

    def _put(self, table: dict[Any, Ids], key: object, article_id: str, number: int) -> None:
        """Adds an article to the ids of `key`: its id alone first, an array of numbers
        from the second (an article is added to a key once: `add` removes it first)."""
        ids = table.get(key)
        if ids is None:
            table[key] = article_id
        elif isinstance(ids, str):
            if ids != article_id:
                table[key] = array("I", (self._number[ids], number))
        else:
            ids.append(number)

    def _discard(self, table: dict[Any, Ids], key: object, article_id: str, number: int) -> None:
        """Removes an article from the ids of `key` (an array of one becomes the id alone)."""
        ids = table.get(key)
        if ids is None:
            return
        if isinstance(ids, str):
            if ids == article_id:
                del table[key]
            return
        with suppress(ValueError):
            ids.remove(number)
        if len(ids) == 1:
            table[key] = self._ids[ids[0]]
        elif not ids:
            del table[key]

    def _frozen(self, ids: Ids | None) -> frozenset[str]:
        if ids is None:
            return frozenset()
        if isinstance(ids, str):
            return frozenset((ids,))
        return frozenset(itemgetter(*ids)(self._ids))  # an array holds two or more


def _counter(counts: Counts) -> Counter[tuple[str, str]]:
    """An article's `Counts` as a `Counter` again."""
    return Counter(dict(zip(counts[::2], counts[1::2], strict=True)))


def _count(ids: Ids | None) -> int:
    if ids is None:
        return 0
    return 1 if isinstance(ids, str) else len(ids)
