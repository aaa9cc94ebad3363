"""A date line sets a short word of its language before the time ("12.3.2024 klo 14.05",
"12.03.2024 godz. 14:05", "12.03.2024 saat 14:05"): told by its length, not listed. The list
knew seven languages' ("à", "um", "alle", "ore", "a las", "às", "om"); a Finnish or Turkish
page's date line under its author's name read as the first paragraph under the rules (the
field model took it out). The near miss: words
between the date and the time that are more than a short word or two are a sentence's."""

from __future__ import annotations

import pytest

from reader.dumps import credits
from reader.dumps.load import split_text

_PAGES = {
    "fi": (
        "Valtuusto hyväksyi uuden talousarvion kouluille",
        "Anna Virtanen\n12.3.2024 klo 14.05",
        "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän keskustelun jälkeen.",
        "Talousarvio tulee voimaan ensi vuonna, virkamiehet kertoivat toimittajille.",
    ),
    "tr": (
        "Meclis okullar için yeni bütçeyi onayladı",
        "Ayşe Yılmaz\n12.03.2024 saat 14:05",
        "Belediye meclisi salı günü uzun bir tartışmanın ardından yeni bütçeyi onayladı.",
        "Bütçe gelecek yıl yürürlüğe girecek, yetkililer gazetecilere açıkladı.",
    ),
}


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("language", sorted(_PAGES))
def test_a_date_line_with_its_language_s_word_before_the_time_is_no_paragraph(
    language: str,
) -> None:
    title, header, first, second = _PAGES[language]
    page = f"{title}\n\n{header}\n\n{first}\n\n{second}\n"
    articles = split_text(page + "\n\n" + page, "page.txt", "utf-8")
    assert [article.body for article in articles] == [f"{first}\n\n{second}"] * 2


@pytest.mark.parametrize(
    "line",
    ["12.3.2024 klo 14.05", "12.03.2024 saat 14:05", "16 settembre 2010 ore 09:30"],
)
def test_a_short_word_before_the_time_keeps_a_date_line(line: str) -> None:
    assert credits.source_date(line) == line


@pytest.mark.parametrize(
    "line", ["12.03.2024 ist ein guter Tag 14:05", "12.03.2024 było zebranie o 14:05"]
)
def test_a_sentence_between_date_and_time_is_no_date_line(line: str) -> None:
    assert credits.source_date(line) is None
