"""The fallback's rules: the obvious kinds found, spans well-formed on any input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.nlp.rules import find_entities


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[start:end], label) for start, end, label in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost $4.2 billion last year.", [("$4.2 billion", "MONEY"), ("last year", "DATE")]),
        ("Prices rose 2.75% in March.", [("2.75%", "PERCENT"), ("March", "DATE")]),
        ("He paid 1,000 pounds.", [("1,000 pounds", "MONEY")]),
        ("The rate fell 3 percent.", [("3 percent", "PERCENT")]),
        ("We met at 10:30 a.m. on Tuesday.", [("10:30 a.m.", "TIME"), ("Tuesday", "DATE")]),
        ("It broke out at 6 p.m.", [("6 p.m.", "TIME")]),
        ("On August 14, 2024 it began.", [("August 14, 2024", "DATE")]),
        ("Updated 07 November 2025", [("07 November 2025", "DATE")]),
        ("About 15,000 troops went.", [("15,000", "CARDINAL")]),
        ("The 87th minute was the third goal.", [("87th", "ORDINAL"), ("third", "ORDINAL")]),
        (
            "President Vladimir Putin spoke.",
            [("Vladimir Putin", "PERSON")],
        ),
        ("Maria Gonzalez, 68, said so.", [("Maria Gonzalez", "PERSON"), ("68", "CARDINAL")]),
        ("The European Central Bank held.", [("European Central Bank", "ORG")]),
        ("Officials in North Korea and Berlin.", [("North Korea", "GPE"), ("Berlin", "GPE")]),
        ("North Korean and Russian officials", [("North Korean", "NORP"), ("Russian", "NORP")]),
        ("(Reuters) - the U.S. said", [("Reuters", "ORG"), ("U.S.", "GPE")]),
    ],
)
def test_obvious_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_no_entities_in_plain_lowercase_text() -> None:
    assert find_entities("the cat sat on the mat and may go home soon") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_spans_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    found = find_entities(text)
    end = 0
    for start, stop, label in found:
        assert end <= start < stop <= len(text)
        assert label.isupper()
        end = stop
