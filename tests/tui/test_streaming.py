"""Big dumps streaming in, each counted on its own (`reader.tui.presenters.streaming`)."""

from __future__ import annotations

from pathlib import Path

from reader.article import Article, article_id
from reader.tui.presenters.streaming import StreamTally, loaded_notice


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
    assert tally.done(first) == ([a, c], "2 new articles from first.txt")
    assert tally.done(second) == ([b], "1 new article from second.txt; 1 listed already")
    assert tally.done(first) == ([], None)  # told once


def test_a_dump_that_gave_no_article_is_not_told_here_and_one_all_listed_is() -> None:
    tally = StreamTally()
    empty, again = Path("empty.txt"), Path("again.txt")
    tally.add(empty, [], [])
    assert tally.done(empty) == ([], None)  # the loading warns of it
    tally.add(again, made("A", "B"), [])
    assert tally.done(again) == ([], "0 new articles from again.txt; 2 listed already")


def test_the_notice_counts_with_thousands_separated() -> None:
    assert loaded_notice("big.txt", 10_000, 10_000) == "10,000 new articles from big.txt"
    assert (
        loaded_notice("b.txt", 12_345, 2_345)
        == "2,345 new articles from b.txt; 10,000 listed already"
    )
