"""A post copied from a page whose headline tops it, and whose own heading comes again over
its text with other punctuation ("Unruhe als Strukturprinzip: Die Arbeit …" under "Unruhe
als Strukturprinzip - Die Arbeit …"): the heading opens the body, as the post sets it; it is
no dek, for a dek says what the headline does not (fresh21 foreign_web_02 and trailers_02
put it in `meta.summary`). The near miss: a dek with words of its own stays meta."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_CASES = (
    (
        "Unruhe als Strukturprinzip - Die Arbeit im Beirat der Stadt geht zu Ende",
        "Unruhe als Strukturprinzip: Die Arbeit im Beirat der Stadt geht zu Ende",
        "Nach zwei Jahren im Beirat der Stadt wurde viel gestritten und manches erreicht",
        "Nach zwei Jahren endet nun die Arbeit des Beirats der Stadt, in dem ich für die "
        "Gruppe der Vereine saß und mit den anderen Mitgliedern viele Empfehlungen schrieb.",
    ),
    (
        "The harbour bridge closes to cars: what changes for the port district",
        "The Harbour Bridge Closes to Cars - What Changes for the Port District",
        "Ferries every fifteen minutes will replace the old bridge from next spring",
        "The city council voted on Tuesday to close the old harbour bridge to cars from next "
        "spring, after engineers warned that it could no longer carry heavy traffic safely.",
    ),
)


def _page(title: str, second: str, body: str) -> str:
    return f"{title}\nStand: 11.12.2024, 12:22 Uhr\n\n{second}\n\n\n{body}\n\n{body}\n"


@pytest.mark.parametrize(("title", "heading", "dek", "body"), _CASES, ids=["de", "en"])
def test_the_posts_heading_restating_the_headline_opens_the_body(
    title: str, heading: str, dek: str, body: str
) -> None:
    (article,) = split_text(_page(title, heading, body))
    assert article.title == title
    assert article.body.startswith(heading)
    assert "summary" not in article.meta


@pytest.mark.parametrize(("title", "heading", "dek", "body"), _CASES, ids=["de", "en"])
def test_a_dek_with_words_of_its_own_stays_meta(
    title: str, heading: str, dek: str, body: str
) -> None:
    (article,) = split_text(_page(title, dek, body))
    assert article.meta["summary"] == dek
    assert article.body.startswith(body)
