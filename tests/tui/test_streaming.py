"""Dumps streaming in, each counted alone, told together (`presenters.streaming`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.article import Article, article_id
from reader.tui.presenters import streaming
from reader.tui.presenters.streaming import StreamTally, batched, loaded_notice


def made(*titles: str) -> list[Article]:
    return [
        Article(article_id(t, f"Body of {t}."), "d.txt", n, t, f"Body of {t}.")
        for n, t in enumerate(titles)
    ]


def test_each_dump_is_told_its_own_articles_whatever_order_the_batches_came_in() -> None:
    tally = StreamTally()
    first, second = Path("seeds/first.txt"), Path("seeds/second.txt")
    a, b, c = made("A", "B", "C")
    tally.add(first, [a], [a])
    tally.add(second, [b, a], [b])  # a listed already, by the first dump
    tally.add(first, [c], [c])
    assert tally.done(first) == ([a, c], ("2 new articles from first.txt", "Dump loaded"))
    assert tally.done(second) == (
        [b],
        ("1 new article from second.txt; 1 listed already", "Dump loaded"),
    )
    assert tally.done(first) == ([], None)  # told once


def test_a_dump_that_gave_no_article_is_not_told_here_and_one_all_listed_is() -> None:
    tally = StreamTally()
    empty, again = Path("empty.txt"), Path("again.txt")
    tally.add(empty, [], [])
    assert tally.done(empty) == ([], None)  # the loading warns of it
    tally.add(again, made("A", "B"), [])
    assert tally.done(again) == (
        [],
        ("0 new articles from again.txt; 2 listed already", "Dump loaded"),
    )


def test_the_dumps_of_one_load_are_told_once_all_are_in_and_counted_while_they_come() -> None:
    tally = StreamTally()
    first, second, third = Path("a.txt"), Path("b.txt"), Path("c.txt")
    a, b, c = made("A", "B", "C")
    tally.expect([first, second, third])
    assert tally.loading == (0, 3)
    tally.add(first, [a], [a])
    assert tally.done(first) == ([], None)
    assert tally.loading == (1, 3)
    tally.add(second, [], [])  # gave nothing: the loading warns of it
    assert tally.done(second) == ([], None)
    tally.add(third, [b, a, c], [b, c])
    assert tally.done(third) == (
        [a, b, c],
        ("3 new articles from 2 dumps; 1 listed already", "Dumps loaded"),
    )
    assert tally.loading is None


def test_a_load_of_one_dump_shows_no_count_of_dumps() -> None:
    tally = StreamTally()
    tally.expect([Path("big.txt")])
    assert tally.loading is None


def test_the_notice_counts_with_thousands_separated() -> None:
    assert loaded_notice("big.txt", 10_000, 10_000) == "10,000 new articles from big.txt"
    assert (
        loaded_notice("b.txt", 12_345, 2_345)
        == "2,345 new articles from b.txt; 10,000 listed already"
    )


class Paced:
    """Articles found one every `gap` seconds of a clock of its own (a split at that pace)."""

    def __init__(self, count: int, gap: float) -> None:
        self.articles = made(*(f"Story {n}" for n in range(count)))
        self.gap = gap
        self.now = 0.0

    def found(self) -> Iterator[Article]:
        for article in self.articles:
            yield article
            self.now += self.gap

    def clock(self) -> float:
        return self.now


@pytest.mark.parametrize(("seconds", "most"), [(1.3, 6), (10.0, 24)])
def test_a_fill_joins_the_list_in_few_batches_the_first_article_at_once(
    seconds: float, most: int
) -> None:
    """Each batch costs the app's thread a screen update of some 3 ms whatever its size; at
    1,000 articles a batch and 0.25 s at most between two, a quiet fill of 10,000 articles
    (1.3 s) took 12 and a loaded one (10 s) 42 (docs/performance.md, fill17)."""
    paced = Paced(10_000, seconds / 10_000)
    batches = list(batched(paced.found(), paced.clock))
    assert len(batches) <= most
    assert [len(b) for b, _ in batches[:1]] == [1]
    assert [done for _, done in batches] == [False] * (len(batches) - 1) + [True]
    assert [a for b, _ in batches for a in b] == paced.articles


def test_articles_that_come_at_once_join_in_batches_of_at_most_stream_most() -> None:
    paced = Paced(2 * streaming.STREAM_MOST + 3, 0.0)
    sizes = [len(batch) for batch, _ in batched(paced.found(), paced.clock)]
    assert sizes == [1, streaming.STREAM_MOST, streaming.STREAM_MOST, 2]


def test_a_dump_that_gave_nothing_ends_with_one_empty_batch() -> None:
    assert list(batched(iter([]), lambda: 0.0)) == [([], True)]
