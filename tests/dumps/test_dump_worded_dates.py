"""A page's date line written with the month's word in a language no list of months holds
("12. listopadu 2025, 10:30", "Warszawa, 12 listopada 2025", "10 сентября 2014, 09:17") is the
page's publication line, told by its shape: a day, a word, a year, maybe a time, maybe after a
place. The month lists knew English, French, German, Spanish, Portuguese, Italian and
Dutch; a Czech or Polish page's date line read as a paragraph, and the dek over it went into
the body with it. The near misses: a line that goes on in words after the date (a headline, a
timeline's item), words running into it, a label and a colon before it (an event's details),
a count joined to a year ("25 Photos of 2023", "12 Fotos de 2023"), a count of things and a year
("24 Hours 2023"), a name and a number before a year ("Windows 10, 2015"; review24's), or a
sentence that holds one, is text."""

from __future__ import annotations

import pytest

from reader.dumps import credits
from reader.dumps.load import split_text

_PAGES = {
    "cs": (
        "Zprávy › Domácí",
        "Vláda schválila nový rozpočet pro školy",
        "Rozpočet počítá s vyššími platy učitelů a novými budovami.",
        "12. listopadu 2025, 10:30",
        "Vláda ve středu schválila nový rozpočet po dlouhé debatě ve sněmovně.",
        "Rozpočet vstoupí v platnost příští rok, uvedli úředníci.",
    ),
    "pl": (
        "Strona główna › Kraj",
        "Rada miasta przyjęła nowy budżet dla szkół",
        "Budżet przewiduje wyższe pensje dla nauczycieli i nowe budynki.",
        "Warszawa, 12 listopada 2025, 10:30",
        "Rada miasta przyjęła we wtorek nowy budżet po długiej debacie na sali obrad.",
        "Budżet wejdzie w życie w przyszłym roku, poinformowali urzędnicy.",
    ),
}


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_a_date_line_in_any_language_is_no_paragraph(language: str) -> None:
    crumb, title, dek, date, first, second = _PAGES[language]
    page = f"{crumb}\n{title}\n{dek}\n{date}\n\n{first}\n\n{second}\n"
    (article,) = split_text(page + "\n\n" + page, "page.txt", "utf-8")[:1]
    assert article.title == title
    assert article.body == f"{first}\n\n{second}"
    assert article.meta["published"] == date


@pytest.mark.parametrize(
    "line",
    [
        "10 сентября 2014, 09:17",
        "2014. január 12.",
        "27 ago. 2025, 10:05",
        "15 de setembro de 2025",
        "Ελλάδα, 12 Μαρτίου 2024",
        "Warszawa, 12 listopada 2025",
    ],
)
def test_a_day_a_month_s_word_and_a_year_make_a_date_line(line: str) -> None:
    assert credits.worded_date_line(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "9 Domande per 2000 Risposte",
        "Il 3 marzo 2024 il governo ha deciso",
        "Dne 12. května 2024 se sešla vláda.",
        "W dniu 12 listopada 2025 rada miasta przyjęła budżet",
        "September 26, 2023: Nominations open.",
        "Wybory do sejmu 12 listopada 2025",
        "Volby do sněmovny 12. listopadu 2025",
        "3 kwietnia 2024 – wersja beta",
        "Top 10 Tips 2024",
        "25 Photos of 2023",
        "Rome, 3 Killed in 2024",
        "12 Fotos de 2023",
        "24 Hours 2023",
        "Windows 10, 2015",
        "Apollo 11, 1969",
        "Kiedy: 12 listopada 2025",
        "Kdy: 12. listopadu 2025, 18:00",
    ],
)
def test_words_after_the_date_or_a_sentence_around_it_are_text(line: str) -> None:
    assert credits.worded_date_line(line) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "12 listopada 2025 rada miasta przyjęła budżet.",
        "10 сентября 2014 года президент подписал закон.",
    ],
)
def test_a_paragraph_opening_with_a_date_stays_in_the_body(paragraph: str) -> None:
    page = (
        "Vláda schválila nový rozpočet pro školy\n\n"
        f"{paragraph}\n\n"
        "Rozpočet vstoupí v platnost příští rok, uvedli úředníci.\n"
    )
    (article,) = split_text(page, "page.txt", "utf-8")
    assert article.body.startswith(paragraph)


@pytest.mark.parametrize(
    "details", ["Kiedy: 12 listopada 2025, 18:00", "Kdy: 12. listopadu 2025, 18:00"]
)
def test_an_event_s_date_under_its_label_stays_in_the_body(details: str) -> None:
    page = (
        "Setkání komunity v Brně\n\n"
        "Zveme vás na další setkání komunity, tentokrát v Brně, kde představíme nové verze.\n"
        f"{details}\n\n"
        "Přijďte diskutovat o nových verzích a plánech na příští rok, těšíme se na vás.\n"
    )
    (article,) = split_text(page, "page.txt", "utf-8")
    assert details in article.body
