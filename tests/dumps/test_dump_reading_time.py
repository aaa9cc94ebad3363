"""A page's date line with its reading time beside it ("3. Februar 2024 | 2 Min.") is the
article's date line: the abbreviation's stop ends no sentence, and a date opening with its
day and a stop is no numbered list item (fresh21 foreign_web_03 read it as one, and the
teaser above it became the body's first paragraph)."""

from __future__ import annotations

import pytest

from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text
from reader.dumps.roles import classify


@pytest.mark.parametrize(
    "line",
    ["3. Februar 2024 | 2 Min.", "12 marzo 2020 | 3 minuti di lettura", "4 May 2023 · 5 min."],
)
def test_a_date_beside_a_reading_time_is_a_date_line(line: str) -> None:
    (logical,) = logical_lines(line)
    assert classify(logical).role == "updated"


@pytest.mark.parametrize("line", ["3. Februar: Treffen der Gruppe", "2. Il Comune approva"])
def test_a_numbered_item_with_no_reading_time_stays_an_item(line: str) -> None:
    """The near miss: a list's items that open with a number and a stop."""
    (logical,) = logical_lines(line)
    assert classify(logical).role == "bullet"


def test_the_teaser_over_the_date_line_is_no_body() -> None:
    body = (
        "Am vergangenen Dienstag hat das EU-Parlament nach langem Prozess das sogenannte"
        " Recht auf Reparatur verabschiedet."
    )
    text = (
        "NEWS\nEU-Parlament schafft ein Rechtchen auf Reparatur\n"
        "Wir haben das Recht, ein paar Geräte reparieren zu lassen, aber nicht auf Ersatzteile\n"
        f"3. Februar 2024 | 2 Min.\n\n{body}\n"
    )
    (article,) = split_text(text)
    assert article.body == body
    assert "3. Februar 2024" in article.meta["published"]
