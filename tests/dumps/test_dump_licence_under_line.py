"""A licence or source credit right under a short last line ("See you at the polls!" over
"(c) The OpenTelemetry Authors | CC BY 4.0") closes the article above: it is no lead of
that line, which would make it a headline (fresh16 trailers_03 opened an article there). The
near miss: a headline with its date right under it still opens one."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_POSTS = {
    "en": (
        "Announcing the committee election",
        "The election for the committee opens next week, and every member of the community "
        "who contributed in the last year may vote for up to four candidates.",
        "See you at the polls!",
        "(c) The Project Authors | CC BY 4.0",
        "Call for contributors: a new library for the project",
        "We are looking for people to help build the new library, from its first design "
        "to its first release, and we will meet every two weeks to plan the work.",
    ),
    "es": (
        "Anunciamos la elección del comité",
        "La elección del comité se abre la semana próxima, y cada miembro de la comunidad que "
        "contribuyó el año pasado podrá votar por hasta cuatro candidatos.",
        "¡Nos vemos en las urnas!",
        "(c) Los autores del proyecto | CC BY 4.0",
        "Buscamos colaboradores para una nueva biblioteca del proyecto",
        "Buscamos personas que ayuden a construir la nueva biblioteca, desde su primer diseño "
        "hasta su primera versión, y nos reuniremos cada dos semanas.",
    ),
}


@pytest.mark.parametrize("language", sorted(_POSTS))
def test_a_licence_under_a_last_line_closes_the_article_above(language: str) -> None:
    title, text, last, licence, second, second_text = _POSTS[language]
    dump = f"{title}\n\n{text}\n\n{last}\n{licence}\n\n{second}\n\n{second_text}\n"
    articles = split_text(dump)
    assert [a.title for a in articles] == [title, second]
    assert articles[0].body.endswith(last)


@pytest.mark.parametrize("language", sorted(_POSTS))
def test_a_headline_with_its_date_under_it_still_opens_one(language: str) -> None:
    title, text, _, _, second, second_text = _POSTS[language]
    dump = f"{title}\n\n{text}\n\n{second}\n4 March 2024\n\n{second_text}\n"
    assert [a.title for a in split_text(dump)] == [title, second]
