"""bench.same_story: what the list shows of a real half's pasted-again texts, counted from
the gold; it reads every article's split, so it runs on tuning halves alone."""

from __future__ import annotations

import pytest

from bench.same_story import Opened, main, tally
from reader.article import Article, article_id
from reader.library.articles import Library
from reader.library.stories import Stories


def _article(title: str, body: str, source: str) -> Article:
    return Article(article_id(title, body), source, 0, title, body)


@pytest.mark.parametrize("half", ["fresh9", "heldout", "fresh30", "fresh31"])
def test_a_half_not_tuned_on_is_refused_before_it_is_read(half: str) -> None:
    with pytest.raises(SystemExit, match="tuning halves only"):
        main(["--half", "fresh2", "--half", half])


def test_copies_folded_apart_and_wrong_folds_are_counted() -> None:
    """Text a is pasted three times (an exact copy, and a version the list shows apart);
    text b once, folded wrongly into a's story; a piece of no text folded too."""
    first = _article("A", "a " * 30, "one.txt")
    apart = _article("A again", "a b " * 30, "two.txt")
    other = _article("B", "b " * 30, "two.txt")
    piece = _article("Footer", "c " * 30, "one.txt")
    library = Library([first, apart, other, piece])
    opened = Opened(
        library,
        Stories.of([[first.id, other.id, piece.id]]),
        {"a": [first, first, apart], "b": [other], "c": [None]},
        {first.id: {"a"}, apart.id: {"a"}, other.id: {"b"}},
    )
    shown = tally("half", opened)
    assert (shown.articles, shown.listed, shown.again, shown.folded) == (5, 2, 2, 1)
    assert (shown.pairs, shown.right, shown.pieces) == (1, 0, 2)
    assert shown.row().split() == ["half", "5", "2", "2", "1", "0.500", "1", "1", "0.000", "2"]
    assert any("wrong fold ['a'] + ['b']" in line for line in shown.misses)
