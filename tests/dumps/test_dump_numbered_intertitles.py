"""A numbered series of an article's own intertitles ("Tip #3: …", then "Tip #4: …") goes
on inside the article: the next of them is no new article's headline, however the start
model weighs it (fresh16 classic_03 opened one at "Tip #4"). A digest of numbered episodes,
each the headline of its own article, still opens one at each."""

from __future__ import annotations

import pytest

from bench.split_quality import REAL
from reader.dumps import boundaries
from reader.dumps.lines import logical_lines
from reader.dumps.load import load_dump
from reader.dumps.roles import Classifier, Facts

_TEXT = "The committees want new voices, and a first proposal is read as kindly as any other."


def _facts(lines: list[str]) -> list[Facts]:
    return list(map(Classifier(), logical_lines("\n\n".join(lines) + "\n")))


@pytest.mark.parametrize(
    "labels",
    [
        ("Tip #1: Just do it", "Tip #2: Start small", "Tip #3: Be yourself"),
        ("Schritt 1. Anfangen", "Schritt 2. Üben", "Schritt 3. Einreichen"),
        ("Paso 1 — Empezar", "Paso 2 — Practicar", "Paso 3 — Enviar"),
    ],
)
def test_the_next_numbered_intertitle_goes_on_with_the_series(labels: tuple[str, ...]) -> None:
    first, second, third = labels
    facts = _facts(["Submitting Your First Talk", _TEXT, first, _TEXT, second, _TEXT, third, _TEXT])
    assert not boundaries._continues_series(facts, 2, 0)
    assert boundaries._continues_series(facts, 4, 0)
    assert boundaries._continues_series(facts, 6, 0)


def test_a_number_skipped_or_another_label_is_no_series() -> None:
    facts = _facts(
        [
            "Your First Talk",
            _TEXT,
            "Tip #1: Start",
            _TEXT,
            "Tip #3: Be you",
            _TEXT,
            "Step 2: Go",
            _TEXT,
        ]
    )
    assert not boundaries._continues_series(facts, 4, 0)
    assert not boundaries._continues_series(facts, 6, 0)


def test_numbered_episodes_each_the_headline_of_its_article_are_no_series() -> None:
    """The near miss: the article's own headline is not one of its intertitles."""
    facts = _facts(["Episode 3: The budget", _TEXT, "Episode 4: The vote", _TEXT])
    assert not boundaries._continues_series(facts, 2, 0)


def test_a_tuning_dumps_fourth_tip_stays_in_its_article() -> None:
    """Where it was seen: a post copied with its reader's furniture, four tips its
    intertitles (a tuning half's dump, read freely)."""
    titles = [article.title for article in load_dump(REAL / "fresh16" / "classic_03.txt")]
    assert not any(title.startswith("Tip #") for title in titles)
