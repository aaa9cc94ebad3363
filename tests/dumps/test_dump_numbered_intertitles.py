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
    series = boundaries.ArticleSeries()  # one for the scan, as iter_spans keeps it
    assert not boundaries._continues_series(facts, 2, 0, series)
    assert boundaries._continues_series(facts, 4, 0, series)
    assert boundaries._continues_series(facts, 6, 0, series)
    assert not boundaries._continues_series(facts, 6, 4, series)  # the next article's own


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
    assert not boundaries._continues_series(facts, 4, 0, boundaries.ArticleSeries())
    assert not boundaries._continues_series(facts, 6, 0, boundaries.ArticleSeries())


def test_numbered_episodes_each_the_headline_of_its_article_are_no_series() -> None:
    """The near miss: the article's own headline is not one of its intertitles."""
    facts = _facts(["Episode 3: The budget", _TEXT, "Episode 4: The vote", _TEXT])
    assert not boundaries._continues_series(facts, 2, 0, boundaries.ArticleSeries())


def test_a_tuning_dumps_fourth_tip_stays_in_its_article() -> None:
    """Where it was seen: a post copied with its reader's furniture, four tips its
    intertitles (a tuning half's dump, read freely)."""
    titles = [article.title for article in load_dump(REAL / "fresh16" / "classic_03.txt")]
    assert not any(title.startswith("Tip #") for title in titles)


_CLASSIC = (
    (
        "Getting ready for an online workshop",
        "1. Follow your instructor's instructions",
        "Install everything and test it",
        "2. Set up your desk",
    ),
    (
        "Prepararse para un taller en línea",
        "1. Sigue las instrucciones del instructor",
        "Instala todo y pruébalo antes",
        "2. Prepara tu escritorio",
    ),
)
"""A post's headline, its first numbered section, the section's own subheading (a short line
right under the section's number) and the next numbered section, in English and Spanish."""


@pytest.mark.parametrize(("title", "first", "subhead", "second"), _CLASSIC)
def test_a_line_right_under_a_series_first_item_opens_no_article(
    title: str, first: str, subhead: str, second: str
) -> None:
    """A classic dump, every line a blank line apart: the short line under "1. …" is that
    section's subheading, for the series goes on with "2. …" below it (fresh14 classic_01
    opened an article there)."""
    facts = _facts([title, _TEXT, first, subhead, _TEXT, _TEXT, second, _TEXT])
    assert boundaries._under_series_opening(facts, 3)


@pytest.mark.parametrize(("title", "first", "subhead", "second"), _CLASSIC)
def test_a_headline_under_a_series_that_goes_no_further_is_not_held(
    title: str, first: str, subhead: str, second: str
) -> None:
    """The near miss: the article above ends on its list's last item, and the next number
    never comes: the line under it may open the next article."""
    facts = _facts([title, _TEXT, first, _TEXT, second, subhead, _TEXT, _TEXT])
    assert not boundaries._under_series_opening(facts, 5)
    assert not boundaries._under_series_opening(facts, 1)


def test_a_tuning_dumps_section_under_its_number_stays_in_its_article() -> None:
    """Where it was seen (a tuning half's dump, read freely)."""
    titles = [article.title for article in load_dump(REAL / "fresh14" / "classic_01.txt")]
    assert "Install all the things - and test them" not in titles
