"""In an export whose records each close with its closing mark (Nexis Uni's "End of
Document"), a record ends there and the next opens under it: a headline-shaped line inside a
record (a list of links under "Mehr lesen?", an intertitle) opens no article of its own,
whatever its gaps (fresh21 nexis_factiva_01_nexisuni cut its first record at "Interview mit
Maxi auf netzpolitik.org"). Where no record follows a closing mark, headlines are read as
before. A Factiva display's lead runs past a source named in lowercase, and a lowercase
headline over its word count opens the next document."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_RECORDS = {
    "de": (
        (
            "Zur Abschaltung von kleineAnfragen.de",
            "Zum Jahresende wurde kleineAnfragen.de abgeschaltet, wie wir es im Mai angekündigt "
            "hatten. Die Daten bleiben online, sind aber nicht mehr aktuell.",
            "Mehr lesen?",
            "Interview mit Maxi auf netzpolitik.org",
            "Zwischenruf zu OpenData im Landtag Brandenburg",
        ),
        (
            "Prototype Fund: Jetzt bewerben für Runde 14",
            "Ab heute könnt ihr euch wieder mit euren Ideen für offene Software bewerben, "
            "schreibt die Redaktion in ihrer Ankündigung.",
        ),
    ),
    "en": (
        (
            "Shutting down kleineAnfragen.de",
            "At the end of the year kleineAnfragen.de was shut down, as we had announced in "
            "May. Its data stay online, but they will not be updated.",
            "Want to read more?",
            "An interview with Maxi on netzpolitik.org",
            "A word on open data in the Brandenburg parliament",
        ),
        (
            "Prototype Fund: apply now for round 14",
            "From today you can apply again with your ideas for open software, the editors "
            "write in their announcement.",
        ),
    ),
}


def _record(lines: tuple[str, ...]) -> str:
    title, *body = lines
    text = "\n\n".join(body)
    return (
        f"{title}\nokfn.de\nJanuary 11, 2021 Monday\n"
        f"Copyright 2021 Open Knowledge Foundation Deutschland e.V.\n\n"
        f"Length: 616 words\n\nBody\n\n{text}\n"
    )


@pytest.mark.parametrize("language", sorted(_RECORDS))
def test_a_closed_record_holds_its_headline_shaped_lines(language: str) -> None:
    first, second = _RECORDS[language]
    dump = f"{_record(first)}\n\nEnd of Document\n\n\n{_record(second)}\n\nEnd of Document\n"
    articles = split_text(dump)
    assert [a.title for a in articles] == [first[0], second[0]]
    assert articles[0].body == "\n\n".join(first[1:])


@pytest.mark.parametrize("language", ["en"])
def test_a_closing_mark_only_at_the_end_closes_no_record_inside(language: str) -> None:
    """The near miss: a mark closing the dump alone (no record under it) leaves the
    headlines above it read as before: the second record still opens at its headline."""
    first, second = _RECORDS[language]
    articles = split_text(f"{_record(first)}\n\n\n{_record(second)}\n\nEnd of Document\n")
    assert [a.title for a in articles] == [first[0], second[0]]


def _factiva(title: str, day: str, text: str, number: int) -> str:
    """A document as Factiva displays it: the headline over its word count, date, source (a
    name in lowercase), the source's code, language and copyright, the text, the document's
    number."""
    return (
        f"{title}\n120 words\n{day}\nexample.gov News\nEXMPGV\nEnglish\n"
        f"Copyright 2020 Example Agency\n\n{text}\n\nDocument EXMPGV00202002{number:02d}e0000\n"
    )


def test_an_export_s_lowercase_source_and_headline_are_its_lead_and_title() -> None:
    """The lead reads on past a source named in lowercase, so its code line ("EXMPGV") is no
    intertitle; a headline in lowercase under the closing mark, its word count under it,
    opens the next document (fresh42's cloud.gov notices)."""
    texts = [
        "We are glad to announce a new dashboard for every team that runs its apps with us.",
        "On March 31 the team started a series of talks on running apps in the cloud.",
    ]
    titles = ["A new dashboard for teams", "example.gov's talks series"]
    dump = "\n\n".join(
        _factiva(title, f"{day} February 2020", text, day)
        for day, (title, text) in enumerate(zip(titles, texts, strict=True), start=1)
    )
    articles = split_text(dump)
    assert [(a.title, a.body) for a in articles] == list(zip(titles, texts, strict=True))
