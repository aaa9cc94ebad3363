"""The gold as an oracle (`bench.split_oracle`): each oracle's figure is what the gold says,
whatever the rules would do, and no sealed half is ever split."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.split_oracle import ORACLES, Held, Table, bodies_right, halves
from bench.split_quality import SEALED, Case

TITLE = "Council approves new budget"
P1 = (
    "The city council approved a new budget on Monday after a long debate that ran well into "
    "the night, with eleven votes in favour."
)
P2 = (
    "The mayor said the plan would fund three new libraries and repair the roads of the old "
    "town before the winter."
)
H2 = "Storm closes schools across the north"
P3 = (
    "Heavy snow closed more than two hundred schools in the northern districts on Tuesday, and "
    "trains ran late all day."
)
P4 = (
    "Forecasters expect the snow to ease by Thursday, when most schools should open again for "
    "their pupils."
)
MIDDLE = "Libraries and roads"
"""A short line the rules make a subheading of the first article (line 5)."""
TEXT = "\n\n".join([TITLE, P1, MIDDLE, P2, "", H2, P3, P4]) + "\n"
"""Two articles: lines 1, 3, 5, 7, then the second's headline on line 11 and 13, 15."""


def case(text: str, articles: list[dict[str, object]], runs: list[tuple]) -> Case:
    return Case(Path("mine.txt"), "mine", "classic", tuple(articles), tuple(runs), text)


def two(middle: str) -> Case:
    """The dump as two articles, the middle line in `middle` (meta or subhead)."""
    first = f"{P1}\n\n{P2}" if middle == "meta" else f"{P1}\n\n{MIDDLE}\n\n{P2}"
    articles = [{"title": TITLE, "body": first}, {"title": H2, "body": f"{P3}\n\n{P4}"}]
    runs = [(1, 1, 0, "title"), (3, 3, 0, "body"), (5, 5, 0, middle), (7, 7, 0, "body")]
    return case(TEXT, articles, [*runs, (11, 11, 1, "title"), (13, 15, 1, "body")])


def test_the_field_oracle_moves_a_line_where_the_gold_puts_it() -> None:
    meta = two("meta")
    assert bodies_right(meta, "today") == [False, True]  # the rules keep it as a subheading
    assert bodies_right(meta, "fields") == [True, True]
    assert bodies_right(meta, "fields lifted") == [True, True]
    subhead = two("subhead")
    assert bodies_right(subhead, "today") == [True, True]
    assert bodies_right(subhead, "fields") == [True, True]


def test_the_start_oracle_starts_where_the_gold_does_and_nowhere_else() -> None:
    assert bodies_right(two("subhead"), "starts") == [True, True]
    body = f"{P1}\n\n{MIDDLE}\n\n{P2}\n\n{H2}\n\n{P3}\n\n{P4}"
    one = case(TEXT, [{"title": TITLE, "body": body}], [(1, 1, 0, "title"), (3, 15, 0, "body")])
    assert bodies_right(one, "today") == [False]  # the rules start the second headline
    assert bodies_right(one, "starts") == [True]
    assert bodies_right(one, "both lifted") == [True]


def test_lifted_starts_overrule_a_hard_start_the_gold_has_not() -> None:
    text = "\n\n".join([f"# {TITLE}", P1, f"# {MIDDLE}", P2]) + "\n"
    body = f"{P1}\n\n{MIDDLE}\n\n{P2}"
    runs = [(1, 1, 0, "title"), (3, 3, 0, "body"), (5, 5, 0, "subhead"), (7, 7, 0, "body")]
    split = case(text, [{"title": TITLE, "body": body}], runs)
    assert bodies_right(split, "today") == [False]  # a title heading starts an article outright
    assert bodies_right(split, "starts") == [False]  # not a line the start model scores
    held = Held()
    assert bodies_right(split, "starts lifted", held) == [True]
    assert held.by_line == {4: {"start, gold none: separator or title heading"}}


def test_the_table_counts_each_oracle_and_what_held_the_rescued() -> None:
    table = Table()
    table.add(two("meta"), "tuning")
    assert table.articles["mine", "all"] == 2
    assert table.right["mine", "all"]["today"] == 1
    right = table.right["tuning", "all"]
    assert [right[name] for name in ORACLES] == [1, 1, 1, 2, 2, 1, 2, 2]
    assert table.held["tuning"] == {"field: scored": {"classic": 1}}
    assert table.rescued["tuning"] == 1
    assert "     1  field: scored (classic 1)" in table.rows()


def test_a_sealed_half_is_never_split() -> None:
    for half in SEALED:
        with pytest.raises(ValueError, match="sealed"):
            halves(["tune", half])
    assert halves(["tune", "no such half"]) == ["tune"]
