"""A split's stages run a batch at a time (`reader.dumps.batches`): every item given, in
order, and the first article as soon as one at a time gave it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.dumps import load
from reader.dumps.assemble import assemble
from reader.dumps.batches import ahead, doubling
from reader.dumps.boundaries import PREFIX, iter_spans
from reader.dumps.lines import Line, logical_lines
from reader.dumps.roles import Classifier, Facts


@given(st.lists(st.integers()), st.lists(st.integers(min_value=1, max_value=5), max_size=6))
def test_every_item_is_given_in_order_whatever_the_batches(
    items: list[int], sizes: list[int]
) -> None:
    assert list(ahead(items, sizes)) == items


def test_a_batch_is_made_before_its_first_item_is_given() -> None:
    made: list[int] = []

    def counted() -> Iterator[int]:
        for item in range(10):
            made.append(item)
            yield item

    given_items = ahead(counted(), [4, 4])
    assert next(given_items) == 0
    assert made == [0, 1, 2, 3]
    assert list(given_items) == list(range(1, 10))


def test_batches_double_from_one() -> None:
    assert list(itertools.islice(doubling(8), 6)) == [1, 2, 4, 8, 8, 8]


def _dump(articles: int) -> str:
    return "\n\n\n".join(
        f"Headline number {n} about the harbour\n\n"
        + "\n\n".join(
            f"Paragraph {p} of story {n} tells what the council decided about the harbour "
            "and why the fishermen said it came too late for this season."
            for p in range(3)
        )
        for n in range(articles)
    )


def test_lines_are_made_a_batch_ahead_of_their_roles(monkeypatch: pytest.MonkeyPatch) -> None:
    made = 0
    seen_first: list[int] = []

    def counted(text: str, begin: int = 0) -> Iterator[Line]:
        nonlocal made
        for line in logical_lines(text, begin):
            made += 1
            yield line

    class Watching(Classifier):
        def __call__(self, line: Line) -> Facts:
            if not seen_first:
                seen_first.append(made)
            return super().__call__(line)

    monkeypatch.setattr(load, "logical_lines", counted)
    monkeypatch.setattr(load, "Classifier", Watching)
    text = _dump(PREFIX // 4)
    assert len(load.split_text(text)) == PREFIX // 4
    assert seen_first == [PREFIX]


def test_the_first_article_comes_after_two_assembled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spans are found a batch ahead of assembling, the first batch one span: the first
    article is given once the second is assembled, as one span at a time gave it."""
    found = assembled = 0

    def counted_spans(*args: object) -> Iterator[list[Facts]]:
        nonlocal found
        for span in iter_spans(*args):  # type: ignore[arg-type]
            found += 1
            yield span

    def counted_assemble(*args: object) -> object:
        nonlocal assembled
        assembled += 1
        return assemble(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(load, "iter_spans", counted_spans)
    monkeypatch.setattr(load, "assemble", counted_assemble)
    first = next(load.iter_articles(_dump(300)))
    assert first.title == "Headline number 0 about the harbour"
    assert (assembled, found) == (2, 3)
