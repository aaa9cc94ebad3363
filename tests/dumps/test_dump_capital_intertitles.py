"""A post whose intertitles are set in capitals opens its body with one right under its
headline: that line is the body's first intertitle, not a dek, even where every block
stands as far apart as the next (fresh21 long_intertitles_03 took "DER PROTOTYPE FUND
GEHT WEITER - FÖRDERUNG BIS 2029" out of the body as its summary). What tells is the case:
set in capitals as the article's other intertitles are, where its headline is not."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_POSTS = {
    "de": (
        "Bewerbungsstart für den neuen Jahrgang des Fonds",
        "11. November 2024",
        "DER FONDS GEHT WEITER - FÖRDERUNG BIS 2029",
        "Großartige Neuigkeiten! Der Fonds wird für weitere vier Jahre offene Software aus der "
        "Gesellschaft und für die Gesellschaft fördern, mit bis zu zwanzig Projekten im Jahr.",
        "VIELSEITIGE ANGEBOTE",
        "Neben dem Geld erwartet euch ein Programm aus Beratung und Netzwerk, damit eure "
        "Projekte auch nach der Förderung weiterleben und neue Mitwirkende finden können.",
    ),
    "en": (
        "Applications open for the fund's new round",
        "11 November 2024",
        "THE FUND CARRIES ON - FUNDING UNTIL 2029",
        "Great news! The fund will support open software from and for society for another four "
        "years, with up to twenty projects a year chosen by an independent jury of peers.",
        "MORE THAN MONEY",
        "Besides the grant, every team gets coaching and a network, so that their projects "
        "live on after the funding ends and find new contributors along the way.",
    ),
}


def _post(language: str, opening: str) -> str:
    title, date, _, first, intertitle, second = _POSTS[language]
    return "\n\n\n".join([f"{title}\n{date}", opening, first, intertitle, second]) + "\n"


@pytest.mark.parametrize("language", sorted(_POSTS))
def test_an_opening_intertitle_in_capitals_is_the_bodys(language: str) -> None:
    title, _, opening, first, intertitle, second = _POSTS[language]
    (article,) = split_text(_post(language, opening))
    assert article.title == title
    assert article.body == "\n\n".join([opening, first, intertitle, second])


@pytest.mark.parametrize("language", sorted(_POSTS))
def test_a_dek_over_intertitles_in_capitals_stays_the_summary(language: str) -> None:
    """The near miss: a dek in the headline's case over the same body stays meta."""
    _, _, opening, first, intertitle, second = _POSTS[language]
    dek = opening.capitalize()
    (article,) = split_text(_post(language, dek))
    assert article.meta.get("summary") == dek
    assert article.body == "\n\n".join([first, intertitle, second])
