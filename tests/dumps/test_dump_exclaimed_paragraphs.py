"""A news item of one paragraph, two sentences and the last an exclamation or a question
("… see the website. And please bring a friend!"), under a short headline and its date
line: the headline is the title and the paragraph the body. The paragraph has a headline's
shape (it ends in "!", which headlines may), so the headline over it was read as a kicker
and the paragraph as the title (fresh35's NixOS announcements; short news is the sealed
fresh20's kind). The near miss, in the same dump: a section label over a short headline of
two sentences ("Hackathon over. What comes next?") is still its kicker."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_ITEMS = {
    "en": (
        "Summer fair announced",
        "Published on Sat Jun 14 2025",
        "The summer fair of the city library will take place on July 12 in the old market "
        "hall. For details, see the library's website. And please bring a friend!",
        ("Tech", "Hackathon over. What comes next?"),
        "The city's first hackathon ended on Sunday with forty projects, and the council "
        "will fund the three best of them next year.",
    ),
    "de": (
        "Stadtlauf 2025 angekündigt",
        "Veröffentlicht am 3. März 2025",
        "Der Stadtlauf des Sportvereins findet dieses Jahr am 21. September am Rheinufer "
        "statt. Alle Einzelheiten zu den Strecken stehen auf der Seite des Vereins. Wer läuft "
        "diesmal mit?",
        ("Technik", "Hackathon vorbei. Wie geht es weiter?"),
        "Der erste Hackathon der Stadt endete am Sonntag mit vierzig Projekten, und der "
        "Stadtrat fördert die drei besten im nächsten Jahr.",
    ),
}


@pytest.mark.parametrize("language", sorted(_ITEMS))
def test_a_paragraph_that_ends_in_an_exclamation_is_the_body_under_its_headline(
    language: str,
) -> None:
    headline, date, paragraph, (kicker, asking), text = _ITEMS[language]
    dump = f"{headline}\n{date}\n\n{paragraph}\n\n\n{kicker}\n{asking}\n{date}\n\n{text}\n"
    first, second = split_text(dump, "news.txt", "utf-8")
    assert (first.title, first.body) == (headline, paragraph)
    assert (second.title, second.meta.get("section"), second.body) == (asking, kicker, text)
