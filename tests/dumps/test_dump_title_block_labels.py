"""A run of short lines, none a sentence, that closes the headline's block, the text standing
apart under it ("Autor" / "Nadejda Sero" / "Etiquetas" / "comunidad" / "mentorias", as a page
prints its labels and their values one to a line), is the page's lead, whatever its words and
language: both splitters read it as the first paragraph (fresh29's pages in Spanish and French).
The near misses: one short line under the headline (an author's name), or a run holding a
sentence, is no such label."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_PAGES = {
    "es": (
        "El programa de mentorías: la historia de un capítulo",
        "Autor\nNadia Serrano\nEtiquetas\ncomunidad\nmentorías",
        "Estamos felices de traerles este artículo en diferentes idiomas y con nuevas voces.",
        "El capítulo comenzó hace cuatro años con dos miembros y hoy reúne a treinta personas.",
    ),
    "fr": (
        "Le programme de mentorat : le voyage d'un chapitre",
        "Auteur\nÉquipe de direction du réseau\nMots\ncommunauté\nmentorat",
        "Nous sommes très heureux de vous fournir cet article en plusieurs langues cette année.",
        "Le chapitre a commencé il y a quatre ans avec deux membres et en compte trente.",
    ),
}


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_short_lines_closing_the_headline_s_block_are_its_lead(language: str) -> None:
    title, labels, first, second = _PAGES[language]
    page = f"{title}\nJune 6, 2020\n{labels}\n\n{first}\n\n{second}\n"
    articles = split_text(page + "\n\n" + page, "page.txt", "utf-8")
    assert [article.title for article in articles] == [title, title]
    assert [article.body for article in articles] == [f"{first}\n\n{second}"] * 2


@pytest.mark.parametrize(
    "lead",
    [
        "Nadia Serrano",
        "Un programa que cambia vidas en toda la región.",
        "Un programme qui change des vies.\nNadia Serrano",
    ],
)
def test_one_short_line_or_a_sentence_is_no_label(lead: str) -> None:
    title, _, first, second = _PAGES["es"]
    (article,) = split_text(f"{title}\n{lead}\n\n{first}\n\n{second}\n", "page.txt", "utf-8")
    assert article.title == title
    assert "label" not in article.meta
