"""Two lines in a row, each crediting people by name under its own label ("Teksti: Anna
Virtanen" over "Kuva: Pekka Lahti", "Szöveg: Kovács Anna" over "Fotó: Nagy Péter"), or one
beside a credit the rules know ("Tekst: …" over "Zdjęcia: Anna Nowak"), are a page's credits
for its text and pictures, in any language, told by their being two: the splitters read a
Finnish, Hungarian or Polish page's pair under its headline as the first paragraph.
The near misses: one such line alone may be a headline ("Entrevista: Ana Souza", "Interview:
Angela Merkel"), and a label over a sentence is the text's."""

from __future__ import annotations

import pytest

from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text
from reader.dumps.roles import Classifier

_PAGES = {
    "fi": (
        "Valtuusto hyväksyi uuden talousarvion kouluille",
        "Teksti: Anna Virtanen\nKuva: Pekka Lahti",
        "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän keskustelun jälkeen.",
        "Talousarvio tulee voimaan ensi vuonna, virkamiehet kertoivat toimittajille.",
    ),
    "hu": (
        "A közgyűlés elfogadta az iskolák új költségvetését",
        "Szöveg: Kovács Anna\nFotó: Nagy Péter",
        "A közgyűlés kedden hosszú vita után elfogadta az új költségvetést a teremben.",
        "A költségvetés jövőre lép hatályba, közölték a tisztviselők az újságírókkal.",
    ),
    "pl": (
        "Rada miasta przyjęła nowy budżet dla szkół",
        "Tekst: Jan Kowalski\nZdjęcia: Anna Nowak",
        "Rada miasta przyjęła we wtorek nowy budżet po długiej debacie na sali obrad.",
        "Budżet wejdzie w życie w przyszłym roku, poinformowali urzędnicy dziennikarzom.",
    ),
}


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_a_pair_of_named_credits_under_the_headline_is_no_paragraph(language: str) -> None:
    title, credits, first, second = _PAGES[language]
    page = f"{title}\n{credits}\n\n{first}\n\n{second}\n"
    articles = split_text(page + "\n\n" + page, "page.txt", "utf-8")
    assert [article.title for article in articles] == [title, title]
    assert [article.body for article in articles] == [f"{first}\n\n{second}"] * 2
    kept = " ".join(str(value) for value in articles[0].meta.values())
    assert all(line in kept for line in credits.splitlines())


def _roles(text: str) -> list[str]:
    classify = Classifier()
    return [classify(line).role for line in logical_lines(text)]


@pytest.mark.parametrize(
    "block",
    [
        "Entrevista: Ana Souza\nO conselho aprovou na terça-feira um novo orçamento.",
        "Interview: Angela Merkel\nThe chancellor spoke to us about the budget and schools.",
        "Teksti: Anna Virtanen\nHuomio: valtuusto kokoontuu taas ensi viikolla",
        "Interview: Angela Merkel\nInterview: Olaf Scholz",
    ],
)
def test_one_named_line_alone_is_no_credit(block: str) -> None:
    assert "byline" not in _roles(block + "\n")
