"""Variants of one entity in one article: possessives, honorifics, "the", surnames."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis import Entity
from reader.library.entity_groups import base_name, groups, mentions


def _entities(body: str, *items: tuple[str, str]) -> list[Entity]:
    """Entities for each (text, label), found in order through the body."""
    found, at = [], 0
    for text, label in items:
        start = body.index(text, at)
        found.append(Entity(start, start + len(text), label))
        at = start + len(text)
    return found


BODY = (
    "Kim Jong Un met Mr. Putin. South Korea's spy agency said Kim was in South Korea. "
    "President Vladimir Putin and Putin's aides. The Pentagon, the Pentagon. "
    "Serena Williams beat Suni Williams; Williams won."
)
ENTITIES = _entities(
    BODY,
    ("Kim Jong Un", "PERSON"),
    ("Mr. Putin", "PERSON"),
    ("South Korea's", "GPE"),
    ("Kim", "PERSON"),
    ("South Korea", "GPE"),
    ("President Vladimir Putin", "PERSON"),
    ("Putin's", "PERSON"),
    ("The Pentagon", "ORG"),
    ("the Pentagon", "ORG"),
    ("Serena Williams", "PERSON"),
    ("Suni Williams", "PERSON"),
    ("Williams", "PERSON"),
)


def test_variants_group_under_one_name_with_a_count() -> None:
    found = {(g.label, g.name): (g.count, g.spellings) for g in groups(BODY, ENTITIES)}
    assert found == {
        ("PERSON", "Vladimir Putin"): (3, ("Mr. Putin", "President Vladimir Putin", "Putin's")),
        ("PERSON", "Kim Jong Un"): (2, ("Kim Jong Un", "Kim")),
        ("GPE", "South Korea"): (2, ("South Korea's", "South Korea")),
        ("ORG", "Pentagon"): (2, ("The Pentagon", "the Pentagon")),
        ("PERSON", "Suni Williams"): (2, ("Suni Williams", "Williams")),
        ("PERSON", "Serena Williams"): (1, ("Serena Williams",)),
    }


def test_groups_keep_the_spans_as_found() -> None:
    spans = sorted((e.start, e.end, e.label) for g in groups(BODY, ENTITIES) for e in g.mentions)
    assert spans == sorted((e.start, e.end, e.label) for e in ENTITIES)


def test_most_mentioned_first() -> None:
    assert [g.name for g in groups(BODY, ENTITIES)][:2] == ["Vladimir Putin", "Kim Jong Un"]


def test_a_surname_alone_stays_itself_when_it_fits_two_people() -> None:
    body = "Williams won. Serena Williams and Suni Williams met."
    entities = _entities(
        body, ("Williams", "PERSON"), ("Serena Williams", "PERSON"), ("Suni Williams", "PERSON")
    )
    assert [m.key for m in mentions(body, entities)] == [
        "williams",
        "serena williams",
        "suni williams",
    ]


def test_labels_do_not_mix() -> None:
    body = "Jordan Peterson spoke. Jordan said no."
    entities = _entities(body, ("Jordan Peterson", "PERSON"), ("Jordan", "GPE"))
    assert [(m.entity.label, m.key) for m in mentions(body, entities)] == [
        ("PERSON", "jordan peterson"),
        ("GPE", "jordan"),
    ]


def test_base_names() -> None:
    assert base_name("Iran’s", "GPE") == "Iran"
    assert base_name("the  United\nStates'", "GPE") == "United States"
    assert base_name("Dr. Jane Goodall", "PERSON") == "Jane Goodall"
    assert base_name("Dr. Jane Goodall", "ORG") == "Dr. Jane Goodall"
    assert base_name("President", "PERSON") == "President"
    assert base_name("Reuters'", "ORG") == "Reuters"


_LABELS = st.sampled_from(["PERSON", "GPE"])


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12), _LABELS), max_size=12))
def test_every_named_entity_lands_in_exactly_one_group(raw: list[tuple[int, int, str]]) -> None:
    body = "Mr. Kim Jong Un's talk: the Kim of Seoul’s Williams, 'the' s"
    entities = [Entity(s, min(s + n, len(body)), label) for s, n, label in raw]
    grouped = sorted((e.start, e.end, e.label) for g in groups(body, entities) for e in g.mentions)
    named = sorted((e.start, e.end, e.label) for e in entities if mentions(body, [e]))
    assert grouped == named


def _plain_keys(people: list[tuple[str, ...]]) -> list[str]:
    """Rule 3 as the module's docstring states it, each mention against every other."""

    def fits(full: tuple[str, ...], words: tuple[str, ...]) -> bool:
        size = len(words)
        return len(full) > size and (full[:size] == words or full[-size:] == words)

    keys = []
    for seen, words in enumerate(people):
        earlier = [full for full in people[:seen] if fits(full, words)]
        later = {full for full in people[seen:] if fits(full, words)}
        full = earlier[-1] if earlier else (later.pop() if len(later) == 1 else words)
        keys.append(" ".join(full))
    return keys


_NAME = st.lists(st.sampled_from(["kim", "jong", "un", "lee", "ann"]), min_size=1, max_size=4)


@given(st.lists(_NAME, max_size=30))
def test_a_surname_is_its_person_as_rule_3_says(names: list[list[str]]) -> None:
    """Mentions found by the words that begin or end a longer name (where each was compared
    with every other, some P² comparisons) give each person the key rule 3 gives."""
    body = ". ".join(" ".join(name).title() for name in names)
    entities, at = [], 0
    for name in names:
        text = " ".join(name).title()
        entities.append(Entity(at, at + len(text), "PERSON"))
        at += len(text) + 2
    found = [m.key for m in mentions(body, entities)]
    assert found == _plain_keys([tuple(name) for name in names])


def test_a_persons_mentions_cost_work_in_step_with_their_number() -> None:
    """A long article naming people thousands of times: each mention was compared with
    every other (13.5 million Python calls here, 16,515 now), which held the UI thread for minutes
    at each partial analysis of a 2 MB article. Counted in calls, not timed."""
    sentence = "Angela Merkel met Merkel and Olaf Scholz. "
    body = sentence * 1500
    entities = []
    for n in range(1500):
        at = n * len(sentence)
        for name in ("Angela Merkel", "Merkel", "Olaf Scholz"):
            start = body.index(name, at)
            entities.append(Entity(start, start + len(name), "PERSON"))
            at = start + len(name)
    calls = 0

    def count(_frame: object, event: str, _arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        found = mentions(body, entities)
    finally:
        sys.setprofile(None)
    assert {m.key for m in found} == {"angela merkel", "olaf scholz"}
    assert calls < 20 * len(entities)
