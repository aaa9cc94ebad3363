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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import Protocol

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

Counts = bytes | array
"""One article's distinct entities and how often it mentions each (`_pairs` reads them):
as bytes, their numbers as unsigned 4-byte ints, then their counts a byte each (5 bytes an
entity; most articles of the generated dump mention each of theirs once); as an array,
number, count, number, count, ... 4 bytes each, when a count does not fit in a byte. Was
8 bytes an entity (and before that a tuple of (label, key) pairs and counts, 16)."""

_MOST_IN_A_BYTE = 0xFF


class EntityIndex:
    """Entity lookups over the analysed articles: by label, by text, by both.

    It grows with every article analysed, for the whole session (10,000 articles, some
    300,000 mentions), so it is held compactly: each distinct entity (a label and a
    folded key) is numbered once, its key the one string naming it (in its label's
    table), and what the index knows of it sits in lists by number (its articles, its
    display name, its label) and an array of mention counts, where dictionaries keyed by
    (label, key) tuples took about three times the room; a display name spelled as the
    key is (numbers, dates, lower-case words: most entities of the generated dump) is the
    key's own string; an entity in one article maps to that article's id, in more to an
    array of article numbers (`Ids`); every article's counts are one packed string
    (`Counts`), in a list by article number; a text under any label is looked up under
    each label, not kept apart.
    """

    def __init__(self) -> None:
        self._entities: dict[str, dict[str, int]] = {}
        """Each distinct entity's number, by label, then by key."""
        self._keys: list[str] = []
        """The entities' keys by number (the label tables' own strings)."""
        self._labels: list[str] = []
        self._articles_of: list[Ids | None] = []
        """The articles each entity is in, by number (None: in none any more)."""
        self._mentions = array("I")
        self._surface: list[str] = []
        """How each entity is usually written: its longest spelling first seen."""
        self._by_label: dict[str, Ids] = {}
        self._number: dict[str, int] = {}
        """Each article indexed, numbered in the order first seen (kept for the session)."""
        self._ids: list[str] = []
        """The article ids by number."""
        self._counts_of: list[Counts | None] = []
        """Each article's `Counts` by number (None: not indexed now)."""
        self._analysis_of: list[EntityAnalysis | None] = []
        """The analysis each article was indexed from, by number."""
        self._indexed = 0
        self._last: tuple[tuple[str | None, str | None], frozenset[str]] | None = None
        """The last question `articles` answered and its answer, until the index changes."""

    def add(self, article_id: str, body: str, analysis: EntityAnalysis) -> None:
        """Indexes one article's entities, replacing what an earlier analysis of it gave."""
        self._last = None
        number = self._article(article_id)
        if self._counts_of[number] is not None:
            self._remove(number)
        counts: Counter[int] = Counter()
        names: dict[int, str] = {}
        for mention in mentions(body, analysis.entities):
            label = mention.entity.label
            entity = self._entity(label, mention.key)
            counts[entity] += 1
            name = base_name(mention.text, label)
            if len(name) > len(names.get(entity, "")):
                names[entity] = name
        self._counts_of[number] = _packed(counts)
        self._analysis_of[number] = analysis
        self._indexed += 1
        for entity, count in counts.items():
            self._mentions[entity] += count
            if len(names[entity]) > len(self._surface[entity]):
                key = self._keys[entity]
                self._surface[entity] = key if names[entity] == key else names[entity]
            self._articles_of[entity] = self._with(self._articles_of[entity], article_id, number)
        for label in {self._labels[entity] for entity in counts}:
            self._by_label[label] = self._with(self._by_label.get(label), article_id, number)

    def _article(self, article_id: str) -> int:
        """The number of an article, numbering it when it is new."""
        number = self._number.get(article_id)
        if number is None:
            number = self._number[article_id] = len(self._ids)
            self._ids.append(article_id)
            self._counts_of.append(None)
            self._analysis_of.append(None)
        return number

    def _entity(self, label: str, key: str) -> int:
        """The number of an entity, numbering it when it is new."""
        keys = self._entities.get(label)
        if keys is None:
            keys = self._entities[label] = {}
        entity = keys.get(key)
        if entity is None:
            entity = keys[key] = len(self._keys)
            self._keys.append(key)
            self._labels.append(label)
            self._articles_of.append(None)
            self._mentions.append(0)
            self._surface.append("")
        return entity

    def sync(self, articles: ArticleLookup, analyses: Mapping[str, EntityAnalysis]) -> int:
        """Indexes every analysis that is new or replaced since the last call; returns how many.

        Call it whenever the NLP worker reports more results. A big article's partial
        analysis is replaced by its complete one when that arrives (a new object);
        articles whose body is unknown are left for a later call.
        """
        added = 0
        for article_id, analysis in analyses.items():
            number = self._number.get(article_id)
            if number is not None and self._analysis_of[number] is analysis:
                continue
            article = articles.get(article_id)
            if article is not None:
                self.add(article_id, article.body, analysis)
                added += 1
        return added

    def holds(self, article_id: str, entities: Sequence[Entity]) -> bool:
        """Whether the article is indexed with exactly these entities: a caller that may
        hand the same ones again (the open article redrawn) need not index it twice."""
        number = self._number.get(article_id)
        indexed = None if number is None else self._analysis_of[number]
        return indexed is not None and (
            indexed.entities is entities or tuple(indexed.entities) == tuple(entities)
        )

    def forget(self, article_id: str) -> None:
        """Drops an article that left the library (replaced by its edited text)."""
        number = self._number.get(article_id)
        if number is not None and self._counts_of[number] is not None:
            self._remove(number)

    def _remove(self, number: int) -> None:
        """Forgets one article entirely: it held all of its own entities and labels; an
        entity no article mentions any more keeps its number, with nothing under it."""
        self._last = None
        counts = self._counts_of[number]
        article_id = self._ids[number]
        self._counts_of[number] = self._analysis_of[number] = None
        self._indexed -= 1
        labels: set[str] = set()
        for entity, count in _pairs(counts or b""):
            self._mentions[entity] -= count
            if not self._mentions[entity]:
                self._surface[entity] = ""
            self._articles_of[entity] = self._without(self._articles_of[entity], article_id, number)
            labels.add(self._labels[entity])
        for label in labels:
            ids = self._without(self._by_label.get(label), article_id, number)
            if ids is None:
                self._by_label.pop(label, None)
            else:
                self._by_label[label] = ids

    def _counts(self, article_id: str) -> Counts | None:
        """The article's `Counts`, None when it is not indexed."""
        number = self._number.get(article_id)
        return None if number is None else self._counts_of[number]

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and self._counts(article_id) is not None

    def __len__(self) -> int:
        """How many articles have been indexed (analysed), with or without entities."""
        return self._indexed

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
            return self._frozen(self._under(label, key))
        if label is not None:
            return self._frozen(self._by_label.get(label))
        if key is not None:  # a text under any label: a few lookups, not a table of its own
            found = [self._frozen(self._under(each, key)) for each in self._by_label]
            return frozenset().union(*found)
        return frozenset(compress(self._ids, self._counts_of))  # those with entities

    def _under(self, label: str, key: str) -> Ids | None:
        """The articles of one entity, if it is known."""
        entity = self._entities.get(label, {}).get(key)
        return None if entity is None else self._articles_of[entity]

    def labels(self) -> list[LabelCount]:
        """Every label seen, most mentioned first."""
        mentions: Counter[str] = Counter()
        for label, count in zip(self._labels, self._mentions, strict=True):
            if count:
                mentions[label] += count
        return [
            LabelCount(label, count, _count(self._by_label.get(label)))
            for label, count in mentions.most_common()
        ]

    def values(self, label: str | None = None, prefix: str = "") -> list[EntityValue]:
        """Distinct entities (of a label, starting with a prefix), in most articles first."""
        start = fold_query(prefix)
        found = [
            self._value(entity, _count(ids), self._mentions[entity])
            for entity, ids in enumerate(self._articles_of)
            if ids is not None
            and (label is None or self._labels[entity] == label)
            and self._keys[entity].startswith(start)
        ]
        found.sort(key=lambda value: (-value.articles, -value.mentions, value.text.casefold()))
        return found

    def top(
        self, article_ids: Iterable[str], limit: int, labels: Iterable[str] = ()
    ) -> list[EntityValue]:
        """The entities in most of these articles (then most mentioned), leaving out `labels`."""
        skip = frozenset(labels)
        articles: Counter[int] = Counter()
        mentions: Counter[int] = Counter()
        for article_id in dict.fromkeys(article_ids):
            for entity, count in _pairs(self._counts(article_id) or b""):
                if self._labels[entity] not in skip:
                    articles[entity] += 1
                    mentions[entity] += count
        found = [self._value(entity, n, mentions[entity]) for entity, n in articles.items()]
        found.sort(key=lambda value: (-value.articles, -value.mentions, value.text.casefold()))
        return found[:limit]

    def _value(self, entity: int, articles: int, mentions: int) -> EntityValue:
        return EntityValue(self._labels[entity], self._surface[entity], articles, mentions)

    def _with(self, ids: Ids | None, article_id: str, number: int) -> Ids:
        """`ids` with one more article: its id alone first, an array of numbers from the
        second (an article is added to an entity once: `add` removes it first)."""
        if ids is None:
            return article_id
        if isinstance(ids, str):
            return ids if ids == article_id else array("I", (self._number[ids], number))
        ids.append(number)
        return ids

    def _without(self, ids: Ids | None, article_id: str, number: int) -> Ids | None:
        """`ids` without one article (an array of one becomes the id alone, of none None)."""
        if ids is None or isinstance(ids, str):
            return None if ids == article_id else ids
        with suppress(ValueError):
            ids.remove(number)
        if len(ids) == 1:
            return self._ids[ids[0]]
        return ids or None

    def _frozen(self, ids: Ids | None) -> frozenset[str]:
        if ids is None:
            return frozenset()
        if isinstance(ids, str):
            return frozenset((ids,))
        return frozenset(itemgetter(*ids)(self._ids))  # an array holds two or more


def _packed(counts: Counter[int]) -> Counts:
    """An article's entity numbers and counts as `Counts`."""
    if not counts or max(counts.values()) <= _MOST_IN_A_BYTE:
        return array("I", counts).tobytes() + bytes(counts.values())
    return array("I", [value for item in counts.items() for value in item])


def _pairs(counts: Counts) -> Iterator[tuple[int, int]]:
    """An article's `Counts` as (entity number, count) pairs."""
    if counts.__class__ is array:
        return zip(counts[::2], counts[1::2], strict=True)
    split = len(counts) // 5 * 4
    held = memoryview(counts)
    return zip(held[:split].cast("I"), held[split:], strict=True)


def _count(ids: Ids | None) -> int:
    if ids is None:
        return 0
    return 1 if isinstance(ids, str) else len(ids)
