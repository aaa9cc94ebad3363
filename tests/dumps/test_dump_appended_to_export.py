"""Articles pasted under a database export, in one file: each of the export's records closes
on the same kind of line ("LANGUAGE: ENGLISH"), so after the last one closes no record is
open, and the articles under it split as any dump's do instead of running on as the last
record's body (found by `bench.variations`' `mixed`: two dumps of different shapes in one)."""

from __future__ import annotations

from reader.dumps.boundaries import Cut
from reader.dumps.lines import lines_before
from reader.dumps.load import iter_first_part, iter_rest, split_dump, split_text
from reader.dumps.parts import cuts

_RECORDS = (
    (
        "Library Carpentry Takes the Next Step",
        "November 6, 2017 Monday",
        (
            "The California Digital Library has announced a new position to support the "
            "growing network of Library Carpentry instructors.",
            "The position will report to the Director of University of California Curation "
            "Center and work with the community on lesson development.",
        ),
    ),
    (
        "A Workshop on Open Data for Librarians",
        "December 1, 2017 Friday",
        (
            "Librarians from twelve universities met in Portland for two days of hands-on "
            "lessons on cleaning and publishing open data.",
            "The lessons will be taught again next spring at three more libraries.",
        ),
    ),
)
_APPENDED = (
    (
        "City Council Votes to Extend the Night Bus Service",
        (
            "The council voted on Tuesday to run the night buses until four in the morning "
            "from January, after a year of trials on two routes.",
            "The extension will cost the city about two million a year, paid from parking fees.",
        ),
    ),
    (
        "Tram Line to the Airport Opens Six Months Early",
        (
            "The first trams to the airport left the central station on Monday morning, six "
            "months before the date the city had promised.",
            "The ride takes twenty minutes and costs the same as a bus ticket.",
        ),
    ),
    (
        "Harbour Museum Reopens After Two Years of Repairs",
        (
            "The museum reopened its doors on Saturday with a new wing for the old ferries and "
            "a café on the roof.",
            "Tickets are free for children under twelve until the end of the summer.",
        ),
    ),
)


def _record(number: int, title: str, date: str, paragraphs: tuple[str, ...]) -> str:
    head = f"{' ' * 30}{number} of 2 DOCUMENTS\n\n\n{' ' * 24}The Carpentries Blog\n\n"
    fields = "BYLINE: The Carpentries\n\nSECTION: BLOG\n\nLENGTH: 412 words\n\n\n"
    closing = f"\n\n\nLOAD-DATE: {date.rsplit(' ', 1)[0]}\n\nLANGUAGE: ENGLISH\n\n\n"
    return f"{head}{' ' * 22}{date}\n\n{title}\n\n{fields}" + "\n\n".join(paragraphs) + closing


def test_articles_pasted_under_an_export_split_apart_from_its_last_record() -> None:
    export = "".join(_record(n, *record) for n, record in enumerate(_RECORDS, 1))
    appended = "\n\n\n".join(f"{title}\n\n" + "\n\n".join(body) for title, body in _APPENDED)
    dump = split_dump(export + appended + "\n")
    titles = [title for title, _, _ in _RECORDS] + [title for title, _ in _APPENDED]
    assert [article.title for article in dump.articles] == titles
    bodies = [paragraphs for _, _, paragraphs in _RECORDS] + [body for _, body in _APPENDED]
    assert [article.body for article in dump.articles] == ["\n\n".join(b) for b in bodies]


def test_the_rest_from_a_cut_under_the_export_splits_as_the_whole_does() -> None:
    export = "".join(_record(n, *record) for n, record in enumerate(_RECORDS, 1))
    first, *rest = (f"{title}\n\n" + "\n\n".join(body) for title, body in _APPENDED)
    text = export + first + "\n\n* * *\n\n" + "\n\n\n".join(rest) + "\n"
    whole = split_text(text, "d", "utf-8")
    assert [article.title for article in whole][2:] == [title for title, _ in _APPENDED]
    (split,) = cuts(text)  # under the rule: the rest, its first article over another
    cut = Cut(lines_before(text, split.at))
    head, _ = iter_first_part(text, "d", "utf-8", cut)
    assert len(list(head)) == 3 and cut.met and cut.layout is not None
    later, _ = iter_rest(text[split.at :], "d", "utf-8", cut.layout)
    assert [article.body for article in later] == [article.body for article in whole[3:]]
