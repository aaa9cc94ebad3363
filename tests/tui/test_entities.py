"""Entity helpers: filtering, grouping into mentions, next/previous jumps."""

from __future__ import annotations

from reader.analysis import Analysis, Entity
from reader.tui.presenters.mentions import (
    label_counts,
    mentions,
    next_entity,
    next_span,
    previous_entity,
    shown,
)

BODY = "Iran and Iraq met Iran in Paris."
ANALYSIS = Analysis(
    (Entity(0, 4, "GPE"), Entity(9, 13, "GPE"), Entity(18, 22, "GPE"), Entity(26, 31, "LOC")),
    (),
)


def test_hidden_labels_are_filtered_and_the_rest_sorted() -> None:
    assert [e.label for e in shown(tuple(reversed(ANALYSIS.entities)), {"LOC"})] == ["GPE"] * 3
    assert shown(ANALYSIS.entities, set())[0].start == 0


def test_mentions_group_texts_by_label_most_frequent_first() -> None:
    grouped = mentions(ANALYSIS, BODY)
    assert [(m.label, m.text, len(m.spans)) for m in grouped] == [
        ("GPE", "Iran", 2),
        ("GPE", "Iraq", 1),
        ("LOC", "Paris", 1),
    ]
    assert label_counts(ANALYSIS) == {"GPE": 3, "LOC": 1}


def test_next_and_previous_entity() -> None:
    entities = list(ANALYSIS.entities)
    assert next_entity(entities, -1) == entities[0]
    assert next_entity(entities, 0) == entities[1]
    assert next_entity(entities, 26) is None
    assert previous_entity(entities, 9) == entities[0]
    assert previous_entity(entities, 0) is None


def test_next_span_wraps_round() -> None:
    spans = ((0, 4), (18, 22))
    assert next_span(spans, -1) == (0, 4)
    assert next_span(spans, 0) == (18, 22)
    assert next_span(spans, 18) == (0, 4)


def test_mentions_group_the_spellings_of_one_entity() -> None:
    body = "Kim Jong Un met Iran's envoy. Kim left Iran."
    analysis = Analysis(
        (
            Entity(0, 11, "PERSON"),
            Entity(16, 22, "GPE"),
            Entity(30, 33, "PERSON"),
            Entity(39, 43, "GPE"),
        ),
        (),
    )
    assert [(m.label, m.text, m.spans, m.spellings) for m in mentions(analysis, body)] == [
        ("GPE", "Iran", ((16, 22), (39, 43)), ("Iran's", "Iran")),
        ("PERSON", "Kim Jong Un", ((0, 11), (30, 33)), ("Kim Jong Un", "Kim")),
    ]
