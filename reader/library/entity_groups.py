"""One entity under its many spellings: "South Korea's" is South Korea, "Kim" is Kim Jong Un.

News text names a thing once in full and then shortens it: possessives ("Iran's"),
honorifics ("Mr. Kim", "President Putin"), a leading "the" ("the Pentagon"), a
surname standing for the person named earlier ("Kim Jong Un ... Kim said"). The
entity index and the entity panel group such variants under one entry, so counts
and filters are about the entity, not the spelling. Grouping never changes the
spans themselves: exports keep every entity exactly as the model found it.

Rules, in order, within one article (each mention keeps its label):
1. Drop a possessive ending and a leading "the"; collapse whitespace.
2. For people, drop leading honorifics (Mr, Mrs, Dr, President, Sen., ...).
3. A person named by one or more words that begin or end the full name of a person
   mentioned earlier in the article is that person (the most recent such one); with
   no such earlier name, the one full name in the article it fits (if only one does).
The group's name is its longest spelling seen first; its key is the folded name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis import Entity
from reader.text.folding import fold_query

HONORIFICS = frozenset(
    """
    mr mrs ms miss mx dr prof sir dame lord lady president vice prime minister chancellor
    governor gov senator sen representative rep congressman congresswoman judge justice
    secretary king queen prince princess pope mayor general gen admiral adm colonel col
    major maj captain capt lieutenant lt sergeant sgt chairman chairwoman chair ceo
    ayatollah cardinal bishop rev reverend father sheikh emir crown foreign defence defense
    deputy leader premier commissioner ambassador chief coach
    """.split()
)
"""Words that may precede a person's name without being part of it (folded, no dot)."""
PERSON = "PERSON"
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Mention:
    """One entity of an article with the group it belongs to."""

    entity: Entity
    text: str
    """The span as written (whitespace collapsed)."""
    key: str
    """The group's folded name: what the index and filters match on."""


@dataclass(frozen=True, slots=True)
class EntityGroup:
    """The mentions of one entity in one article, under the name shown for them."""

    label: str
    key: str
    name: str
    mentions: tuple[Entity, ...]
    spellings: tuple[str, ...]
    """The distinct ways it was written, in order of first use."""

    @property
    def count(self) -> int:
        """How often the article mentions the entity, in any spelling."""
        return len(self.mentions)


def base_name(text: str, label: str) -> str:
    """A mention without possessive, leading "the" and (for people) honorifics."""
    name = " ".join(text.split())
    name = _POSSESSIVE.sub("", name).strip()
    name = _THE.sub("", name)
    if label == PERSON:
        words = name.split(" ")
        while len(words) > 1 and words[0].casefold().rstrip(".") in HONORIFICS:
            words.pop(0)
        name = " ".join(words)
    return name


def mentions(body: str, entities: Iterable[Entity]) -> list[Mention]:
    """Each entity (in body order) with the key of the group it belongs to."""
    named: list[tuple[Entity, str, str]] = []
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        text, key = _spelling(body[entity.start : entity.end], entity.label)
        if key:
            named.append((entity, text, key))
    people = _People([tuple(key.split(" ")) for entity, _, key in named if entity.label == PERSON])
    found: list[Mention] = []
    seen = 0
    for entity, text, key in named:
        if entity.label == PERSON:
            full = people.earlier(seen) or people.only_later(seen)
            seen += 1
            if full is not None:
                key = " ".join(full)
        found.append(Mention(entity, text, key))
    return found


def groups(body: str, entities: Iterable[Entity]) -> list[EntityGroup]:
    """The article's entities grouped by label and key, most mentioned first."""
    table: dict[tuple[str, str], list[Mention]] = {}
    for mention in mentions(body, entities):
        table.setdefault((mention.entity.label, mention.key), []).append(mention)
    result = [_group(label, key, items) for (label, key), items in table.items()]
    result.sort(key=lambda g: (-g.count, g.mentions[0].start))
    return result


@lru_cache(maxsize=1 << 9)
def _spelling(raw: str, label: str) -> tuple[str, str]:
    """A span's text (whitespace collapsed) and folded base name: names recur, fold once.

    The most recent 512 are kept: a session's distinct spellings grow with every article
    analysed (16,000 at 4,500 articles), while the names that recur are recent ones. Over
    3,000 articles of the generated dump (the model's entities) the entity index's work
    took the same CPU at 512 as at 2,048 (569-589 against 598-602 ms), missing 18.5% of
    calls against 14.7%, and the cache held 0.16 MB where 2,048 held 0.73 (a cached
    spelling is some 350 bytes: the span, its key, the name, the tuples, the link)."""
    text = " ".join(raw.split())
    return text, fold_query(base_name(text, label))


def _group(label: str, key: str, items: Sequence[Mention]) -> EntityGroup:
    spellings = tuple(dict.fromkeys(m.text for m in items))
    names = [base_name(m.text, label) for m in items]
    name = max(names, key=len)  # the first of the longest: "Kim Jong Un", not "Kim"
    return EntityGroup(label, key, name, tuple(m.entity for m in items), spellings)


class _People:
    """The people one article mentions, in order (each its folded name's words), found by
    the words that begin or end a longer name (rule 3). Each mention compared with every
    other was some P² comparisons: a 2 MB article naming 24,000 people held the UI thread
    for minutes at each of its partial analyses; looked up by those words, a mention
    costs a search in the list of the names they fit."""

    def __init__(self, names: Sequence[tuple[str, ...]]) -> None:
        self._names = names
        self._fitted: dict[tuple[str, ...], list[int]] = {}
        """The numbers of the names each run of words begins or ends, in order."""
        for number, full in enumerate(names):
            for size in range(1, len(full)):
                for words in {full[:size], full[-size:]}:
                    self._fitted.setdefault(words, []).append(number)
        self._alone: dict[tuple[str, ...], list[tuple[str, ...] | None]] = {}

    def earlier(self, number: int) -> tuple[str, ...] | None:
        """The most recent name before mention `number` that its words begin or end."""
        fitted = self._fitted.get(self._names[number], [])
        before = bisect_left(fitted, number)
        return self._names[fitted[before - 1]] if before else None

    def only_later(self, number: int) -> tuple[str, ...] | None:
        """The one name, from mention `number` on, that its words begin or end: None when
        none or several do."""
        words = self._names[number]
        fitted = self._fitted.get(words, [])
        at = bisect_left(fitted, number)
        return self._alone_from(words, fitted)[at] if at < len(fitted) else None

    def _alone_from(
        self, words: tuple[str, ...], fitted: list[int]
    ) -> list[tuple[str, ...] | None]:
        """For each place in `fitted`, the one name fitted from there to the end (None:
        several), worked out once per run of words."""
        alone = self._alone.get(words)
        if alone is None:
            alone = [self._names[number] for number in fitted]
            for at in range(len(alone) - 2, -1, -1):
                if alone[at + 1] != alone[at]:
                    alone[at] = None
            self._alone[words] = alone
        return alone
