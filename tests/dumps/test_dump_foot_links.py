"""A label of a few words set under a page's last paragraph, with other stories' headlines
right under it and the next page's furniture under a wider gap, is a list of links at the
foot of the page: it opens no story (fresh16 foreign_web_02 and _04 opened one at "Notas
relacionadas" and "Leia mais", taking the next page's date line and desk for its lead). The
near miss, in the same pages: the next page's section label, with its headline, date line
and desk right under it, opens its story.

Read on the tuning half's own pages: the foot list opens a story there only with the next
page's lead and words around it, which a made-up page of a few lines does not have."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.dumps.load import load_dump

_PAGES = Path(__file__).parent.parent / "fixtures" / "dumps" / "real" / "fresh16"

_CASES = {
    "es": (
        "foreign_web_02.txt",
        2,
        "Me entusiasma seguir trabajando en la intersección",
        "El recorrido hacia la configuración declarativa: por qué tomó 5 años ignorar los "
        "endpoints de health check en las trazas",
        "Una de las solicitudes de funcionalidades más persistentes",
    ),
    "pt": (
        "foreign_web_04.txt",
        2,
        "Nós agradecemos todas as pessoas que contribuíram",
        "A jornada da configuração declarativa: Por que levou 5 anos para ignorar os endpoints "
        "de verificação de integridade no rastreamento",
        "Uma das solicitações de recursos mais persistentes",
    ),
}


@pytest.mark.parametrize("language", sorted(_CASES))
def test_a_label_over_other_stories_headlines_opens_none(language: str) -> None:
    name, after, last_paragraph, _, lede = _CASES[language]
    articles = load_dump(_PAGES / name)
    assert articles[after - 1].body.rsplit("\n\n", 1)[-1].startswith(last_paragraph)
    assert articles[after].body.startswith(lede)


@pytest.mark.parametrize("language", sorted(_CASES))
def test_the_next_pages_label_and_headline_open_its_story(language: str) -> None:
    name, after, _, headline, _ = _CASES[language]
    assert load_dump(_PAGES / name)[after].title == headline
