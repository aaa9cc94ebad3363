"""Hard-wrapped copy can break a line right before an ordinal ("… die 10., 11., 12.,"
over "15. und 16. Runde des Prototype Fund …"): that line carries on the paragraph, as
its lower-case words say, and is no numbered list item (fresh21 classic_02)."""

from __future__ import annotations

import pytest

from reader.dumps.lines import logical_lines

_WRAPPED = {
    "de": (
        "Lasst die Korken knallen! Wir freuen uns sehr, dass es nach der 8.\n"
        "Förderrunde, deren Bewerbungsfrist am 31. März 2020 zu Ende gegangen\n"
        "ist, nicht nur eine 9., sondern auch die 10., 11., 12., 13., 14.,\n"
        "15. und 16. Runde des Prototype Fund geben wird! Wer also die Frist\n"
        "verpasst haben sollte, hat nun noch viele Gelegenheiten dazu."
    ),
    "da": (
        "Vi er glade for at kunne fortælle, at der efter den 8. runde ikke kun\n"
        "kommer en 9. runde, men også den 10., 11., 12., 13. og 14. runde, og\n"
        "15. og 16. runde af programmet er også sikret. Har du misset fristen,\n"
        "får du altså snart en ny chance for at søge om støtte til din idé."
    ),
}


@pytest.mark.parametrize("language", sorted(_WRAPPED))
def test_a_wrapped_line_opening_with_an_ordinal_carries_on(language: str) -> None:
    (paragraph,) = logical_lines(_WRAPPED[language])
    assert "15." in paragraph.text


@pytest.mark.parametrize(
    "items",
    [
        "Wir haben drei Ziele für das nächste Jahr:\n1. offene Daten\n2. offene Verwaltung",
        "The council set out its plans for the year in full.\n1. more cycle lanes\n2. a library",
    ],
)
def test_a_numbered_list_under_a_short_or_closed_line_stays_a_list(items: str) -> None:
    """The near miss: items in lower case under a line that is short or ends a sentence."""
    assert len(list(logical_lines(items))) == 3
