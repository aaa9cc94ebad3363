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
    people = [tuple(key.split(" ")) for entity, _text, key in named if entity.label == PERSON]
    found: list[Mention] = []
    seen = 0
    for entity, text, key in named:
        if entity.label == PERSON:
            words = tuple(key.split(" "))
            full = _full_name(people[:seen], words) or _only_full_name(people[seen:], words)
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


def _fits(full: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether `words` are the first or last words of the longer name `full`."""
    size = len(words)
    return len(full) > size and (full[:size] == words or full[-size:] == words)


def _full_name(
    earlier: Sequence[tuple[str, ...]], words: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The most recent earlier full name that `words` begin or end, if any."""
    return next((full for full in reversed(earlier) if _fits(full, words)), None)


def _only_full_name(
    later: Sequence[tuple[str, ...]], words: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The one later full name that `words` fit, or None when none or several do."""
    fitting = {full for full in later if _fits(full, words)}
    return fitting.pop() if len(fitting) == 1 else None
