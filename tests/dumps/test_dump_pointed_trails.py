"""A page's trail whose steps are parted by marks that point on (›, », spaced) is navigation
however many words a step holds ("Agência Brasil en español › Política"): the trail's rule
allowed three words a step, so a site's name of four was read as the page's headline
(fresh27 foreign_web_02's four titles). The near misses: a headline that quotes with « » or
‹ ›, or a step that is a sentence or a label, is no trail."""

from __future__ import annotations

import pytest

from reader.dumps import chrome
from reader.dumps.load import split_text

_PAGES = {
    "es": (
        "Agencia de Noticias en español › Política",
        "El concejo aprueba un nuevo presupuesto para las escuelas",
        "El concejo aprobó el martes un nuevo presupuesto tras un largo debate en la sala.",
        "El presupuesto entrará en vigor el próximo año, informaron los funcionarios.",
    ),
    "pt": (
        "Portal de Notícias do Brasil » Educação » Escolas",
        "Conselho aprova novo orçamento para as escolas",
        "O conselho aprovou na terça-feira um novo orçamento depois de um longo debate.",
        "O orçamento entra em vigor no próximo ano, disseram os funcionários.",
    ),
}


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_a_trail_of_long_steps_is_no_headline(language: str) -> None:
    trail, title, first, second = _PAGES[language]
    page = f"{trail}\n{title}\n\n{first}\n\n{second}\n"
    articles = split_text(page + "\n\n" + page, "page.txt", "utf-8")
    assert [article.title for article in articles] == [title, title]
    assert articles[0].body == f"{first}\n\n{second}"


@pytest.mark.parametrize(
    "line",
    [
        "« Les Misérables » revient au cinéma",
        "»Wir schaffen das« › sagt die Kanzlerin",
        "Zgoda. » Tak powiedział minister",
        "Uwaga: » nowe przepisy",
    ],
)
def test_quotes_sentences_and_labels_are_no_trail(line: str) -> None:
    assert not chrome.is_breadcrumb(line)
