"""An article's last line that hangs under its text over a wider gap before the next
headline closes it as its credits only when it is short: a sentence its writer left
unstopped (a link's words at its end, lost when pasted) is the body's last line. fresh21
long_intertitles_01 lost "Wenn ihr keine Antworten auf eure Fragen in den FAQ findet, kommt
am 13.9. zwischen 17 und 18 Uhr in unsere Online-Sprechstunde" to meta; every trailer line
of the tuning halves there runs to seven words or fewer."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_ARTICLES = {
    "de": (
        "Prototype Fund: Jetzt bewerben für Runde 13",
        "Seit dem 1. August könnt ihr eure Ideen für die kommende Förderphase einreichen, "
        "schreibt die Redaktion in ihrer Ankündigung.",
        "Wenn ihr keine Antworten auf eure Fragen in den FAQ findet, kommt am 13.9. zwischen "
        "17 und 18 Uhr in unsere Online-Sprechstunde",
        "Pressestelle der OKF DE",
        "Einladung zur Jugendkonferenz in Berlin",
        "Jugend hackt lädt zur ersten Jugendkonferenz zu digitaler Bildung ein, im November.",
    ),
    "en": (
        "Prototype Fund: applications open for round 13",
        "Since 1 August teams may hand in their ideas for the coming funding phase, the "
        "editors write in their announcement.",
        "If the FAQ leaves any of your questions open, join us on 13 September between five "
        "and six in the afternoon for our online office hour",
        "Press Office, Open Knowledge Foundation",
        "An invitation to the youth conference in Berlin",
        "Jugend hackt invites young people to its first conference on digital education.",
    ),
}


def _dump(language: str, last: str) -> str:
    title, first, _, _, title2, body2 = _ARTICLES[language]
    return f"{title}\n\n{first}\n\n{last}\n\n\n{title2}\n\n{body2}\n"


@pytest.mark.parametrize("language", sorted(_ARTICLES))
def test_an_unstopped_last_sentence_stays_in_the_body(language: str) -> None:
    _, first, last, _, title2, body2 = _ARTICLES[language]
    first_article, second = split_text(_dump(language, last))
    assert first_article.body == f"{first}\n\n{last}"
    assert (second.title, second.body) == (title2, body2)


@pytest.mark.parametrize("language", sorted(_ARTICLES))
def test_a_press_offices_name_there_is_a_trailer(language: str) -> None:
    """The near miss: a short line in the same place closes the article as its credits."""
    _, first, _, office, _, _ = _ARTICLES[language]
    first_article, _ = split_text(_dump(language, office))
    assert first_article.body == first
    assert office in str(first_article.meta)
