"""A label and a count on a line of their own, in any language ("Просмотров: 2 311", "Czas
czytania: 2 min", "Время чтения: 1 мин.", "Lesedauer: 3 Min.", "Lukuaika 3 min"), is a page's
counter or reading time (with a unit's abbreviation the colon may go): chrome, told by its
shape, not by the words of the languages seen so far. The rules read a reading time under a
byline, stopped by its abbreviation's full stop, as the first paragraph (fresh2's German page,
"Lesedauer: 3 Min."; fresh5's Russian one); the field model took them out, so the pages are
split under the rules alone. The near misses: a count of a longer unit ("Czas trwania: 4
tygodnie", "Timeline: 4 weeks"), a figure with its sign ("Inflacja: 3,5%") or a score ("Wynik:
3:1") is the text's."""

from __future__ import annotations

import pytest

from reader.dumps import chrome
from reader.dumps.load import split_text

_PAGES = {
    "fi": (
        "Valtuusto hyväksyi uuden talousarvion kouluille",
        "12.3.2024 | Anna Virtanen\nLukuaika 3 min",
        "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän keskustelun jälkeen.",
        "Talousarvio tulee voimaan ensi vuonna, virkamiehet kertoivat toimittajille.",
    ),
    "es": (
        "El concejo aprueba un nuevo presupuesto para las escuelas",
        "Por Ana Castro | 14.03.2024, 09:12\nLectura estimada: 3 min.",
        "El concejo aprobó el martes un nuevo presupuesto tras un largo debate en la sala.",
        "El presupuesto entrará en vigor el próximo año, informaron los funcionarios.",
    ),
    "it": (
        "Il consiglio approva il nuovo bilancio per le scuole",
        "Di Anna Rossi | 14.03.2024, 09:12\nDurata lettura: 3 min.",
        "Il consiglio ha approvato martedì il nuovo bilancio dopo un lungo dibattito in aula.",
        "Il bilancio entrerà in vigore il prossimo anno, hanno detto i funzionari.",
    ),
}


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("language", sorted(_PAGES))
def test_a_reading_time_under_the_byline_is_no_paragraph(language: str) -> None:
    title, header, first, second = _PAGES[language]
    page = f"Home › Mundo\n\n{title}\n\n{header}\n\n{first}\n\n{second}\n"
    (article,) = split_text(page, "page.txt", "utf-8")
    assert article.title == title
    assert article.body == f"{first}\n\n{second}"


@pytest.mark.parametrize(
    "line",
    [
        "Просмотров: 2 311",
        "Commenti: 0",
        "Время чтения: 1 мин.",
        "Lesedauer: 3 Min.",
        "Lukuaika 3 min",
        "Okuma süresi 3 dk",
    ],
)
def test_a_label_and_a_count_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Czas trwania: 4 tygodnie",
        "Timeline: 4 weeks",
        "Inflacja: 3,5%",
        "Wynik: 3:1",
        "Срок: 6 месяцев",
    ],
)
def test_a_longer_unit_a_sign_or_a_score_is_text(line: str) -> None:
    assert not chrome.is_chrome(line)
