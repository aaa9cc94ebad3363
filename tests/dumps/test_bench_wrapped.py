"""`bench.wrapped`'s re-wrapping: body paragraphs wrapped at the width, one longer line where
the seed says, every other line as written, and the gold's lines moved with them."""

from __future__ import annotations

import random
from collections import Counter

from bench import wrapped
from bench.split_quality import load_cases, normalise


def _classic() -> wrapped.Case:
    return next(c for c in load_cases(halves=("tune",)) if c.path.name == "classic_03.txt")


def test_only_body_paragraphs_are_wrapped_and_every_line_keeps_its_place() -> None:
    case = _classic()
    counts: Counter[str] = Counter()
    rewrapped = wrapped.rewrap(case, 60, counts)
    before, after = case.labelled_lines(), rewrapped.labelled_lines()
    for field in ("title", "meta"):
        assert [t for t, _, f in after if f == field] == [t for t, _, f in before if f == field]
    for article in range(len(case.articles)):
        words = [normalise(t) for t, a, f in before if (a, f) == (article, "body")]
        again = [normalise(t) for t, a, f in after if (a, f) == (article, "body")]
        assert " ".join(again) == " ".join(words)
    body = [t for t, _, f in after if f == "body"]
    assert counts["paragraphs"] == 13 and 0 < counts["longer"] < counts["paragraphs"]
    assert sum(len(t) > 60 for t in body) == counts["longer"]
    assert max(map(len, body)) > 60 >= sorted(map(len, body))[-counts["longer"] - 1]


def test_a_longer_line_takes_the_next_lines_first_words() -> None:
    lines = ["one two three", "four five six", "seven eight"]
    made = wrapped._longer(lines, random.Random(3))
    assert " ".join(made).split() == " ".join(lines).split()
    assert len(made) in (2, 3) and max(map(len, made)) > max(map(len, lines))


def test_a_block_not_made_of_the_golds_paragraphs_is_left_alone() -> None:
    golden = {"a b", "c"}
    assert wrapped._paragraph_runs(["a", "b", "c"], golden) == [(0, 2), (2, 3)]
    assert wrapped._paragraph_runs(["a", "b c"], golden) is None


def test_paragraphs_are_right_only_as_the_gold_cuts_them() -> None:
    case = _classic()
    articles = wrapped.split_case(case)
    want = case.articles[0]
    assert wrapped.paragraphs_right(want, articles[0])
    assert not wrapped.paragraphs_right(want, None)
    assert not wrapped.paragraphs_right(case.articles[1], articles[0])
