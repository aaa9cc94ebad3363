"""A mail's header pasted over a digest is set one line under another, each a label and a
value; with a long sender's line over shorter ones it has the look of a hard-wrapped
paragraph, but a line naming a sender's address never carries on another line, in any
language or script."""

from __future__ import annotations

from reader.dumps.lines import logical_lines
from reader.dumps.load import split_dump

_HEADERS = {
    "uk": (
        "Від: Новини громади Полтави <rozsylka@novyny.example.ua>",
        "Кому: chytach@example.ua",
        "Тема: Тижневий дайджест новин міста — березень",
        "Дата: 8 березня 2024, 09:00",
    ),
    "el": (
        "Από: Ενημερωτικό δελτίο της πόλης <deltio@poli.example.gr>",
        "Προς: anagnostis@example.gr",
        "Θέμα: Οι ειδήσεις της εβδομάδας από τον δήμο",
        "Ημερομηνία: 8 Μαρτίου 2024, 09:00",
    ),
}
_STORIES = {
    "uk": (
        "Місто відкриває нові велосипедні доріжки",
        "Міська рада у вівторок затвердила план будівництва чотирьох велосипедних доріжок "
        "у центрі міста, роботи почнуться навесні.",
    ),
    "el": (
        "Ο δήμος ανοίγει νέους ποδηλατόδρομους",
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το σχέδιο για τέσσερις νέους ποδηλατόδρομους "
        "στο κέντρο της πόλης, με τις εργασίες να ξεκινούν την άνοιξη.",
    ),
}


def test_each_header_line_stays_a_line_of_its_own() -> None:
    for header in _HEADERS.values():
        lines = list(logical_lines("\n".join(header) + "\n"))
        assert [line.text for line in lines] == list(header)


def test_the_header_is_the_digests_matter_and_the_headline_its_first_title() -> None:
    for language, header in _HEADERS.items():
        headline, teaser = _STORIES[language]
        dump = split_dump("\n".join(header) + f"\n\n\n{headline}\n\n{teaser}\n")
        (article,) = dump.articles
        assert article.title == headline
        assert article.body == teaser
        assert all(line in "\n".join(dump.front_matter) for line in header)
