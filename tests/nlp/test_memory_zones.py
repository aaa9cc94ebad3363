"""A pipeline reads its first windows for good, the rest in memory zones: the words a
group of windows adds to the vocabulary go when the group is done, the results are the
same, and the pipeline's lock is held a whole group at a time."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from spacy.language import Language

from reader.nlp import pipeline
from reader.nlp.segments import Window, windows
from tests.conftest import article_from_paragraphs

_WORDS = ("Qorvaxil", "Zentruvian", "Plimbesk", "Vardonique", "Hustrelk")


def _items() -> list[tuple[int, list[Window]]]:
    """Five articles of one window each, every one with a word no vocabulary holds."""
    articles = [
        article_from_paragraphs([f"President Joe Biden met {word} in Berlin on Monday. It rained."])
        for word in _WORDS
    ]
    return [(number, windows(article)) for number, article in enumerate(articles)]


def _fallback() -> Language:
    return pipeline.build_fallback("no_such_model_xyz", "not installed")[0]


def test_words_read_in_a_zone_leave_the_vocabulary_and_the_results_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept, zoned = _fallback(), _fallback()
    for_good = list(pipeline.run(kept, _items(), 2))
    assert all(word in kept.vocab.strings for word in _WORDS), "read for good: kept"
    monkeypatch.setattr(pipeline, "ZONE_AFTER", 0)
    in_zones = list(pipeline.run(zoned, _items(), 2))
    assert in_zones == for_good
    assert not any(word in zoned.vocab.strings for word in _WORDS)


def test_the_first_windows_are_read_for_good_then_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = _fallback()
    monkeypatch.setattr(pipeline, "ZONE_AFTER", 2)
    list(pipeline.run(nlp, _items(), 2))
    assert [word in nlp.vocab.strings for word in _WORDS] == [True, True, False, False, False]


def test_past_its_first_300_windows_a_pipeline_reads_in_zones() -> None:
    """The vocabulary grows for good over the first 300 windows only (an analysed
    article's new words held some 1 KB each until 1,000): after them, a new word goes."""
    nlp = _fallback()
    filler = [article_from_paragraphs([f"The minister spoke on day {n}."]) for n in range(300)]
    list(pipeline.run(nlp, [(n, windows(a)) for n, a in enumerate(filler)], 8))
    list(pipeline.run(nlp, _items(), 2))
    assert "day" in nlp.vocab.strings
    assert not any(word in nlp.vocab.strings for word in _WORDS)


class _Counted:
    """A lock that counts how often it is taken."""

    def __init__(self) -> None:
        self.taken = 0
        self._lock = threading.Lock()

    def __enter__(self) -> None:
        self._lock.acquire()
        self.taken += 1

    def __exit__(self, *_exc: object) -> None:
        self._lock.release()


def test_the_lock_is_held_a_group_of_windows_at_a_time() -> None:
    lock = _Counted()
    results: Iterator[tuple[int, object]] = pipeline.run(_fallback(), _items(), 2, lock)
    assert [tag for tag, _found in results] == [0, 1, 2, 3, 4]
    assert lock.taken == 3, "groups of two windows, then the last alone"
