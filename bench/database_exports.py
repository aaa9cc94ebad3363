"""How the fresh halves' builders lay out the news databases' exports, line by line.

A LexisNexis export or print request (its `N of M DOCUMENTS` rules, source and date lines,
field lines, wrapped bodies), a Nexis Uni delivery (its job cover and documents) and a Factiva
display (its search summary, fields and accession numbers) are set out the same way whatever
the half's texts: keeping them here makes every half's exports agree on what each line is,
and tests/dumps/test_real_gold.py holds every half's built files byte for byte, so a part can
move here without changing a dump.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from bench.fresh_dumps import LANGUAGE_NAMES, Dump, Text
from bench.page_layout import (
    Body,
    Item,
    Title,
    english_date,
    id_day,
    lay_out,
    lay_out_pages,
    linked_pages,
)

DOCUMENTS = "{} of {} DOCUMENTS"
"""The rule over each LexisNexis record, as the English interface prints it."""


FACTIVA_ANY = (
    "Source: All Sources",
    "Author: All Authors",
    "Company: All Companies",
    "Subject: All Subjects",
    "Industry: All Industries",
    "Region: All Regions",
)
"""The filters a Factiva search summary lists when a search set none: the same lines in
every summary, whatever its text, dates and languages."""


def nexis_uni_cover(
    dump: Dump,
    t: dict[str, Text],
    docs: Sequence[str],
    job: Sequence[str],
    search: Sequence[str],
) -> None:
    """A Nexis Uni delivery's cover page: the job lines, `Documents (N)`, each document's
    headline numbered over its `Client/Matter:` line, then the search lines ('' a blank)."""
    dump.matter(*job, f"Documents ({len(docs)})")
    for number, ident in enumerate(docs, 1):
        dump.matter(f"{number}. {t[ident].title}", "Client/Matter: -None-")
    dump.matter(*search)


def nexis_uni_document(
    head: Sequence[str], fields: Sequence[str], load_date: str, after: Sequence[str] = ()
) -> list[Item]:
    """A Nexis Uni document as a delivery prints it: the headline, the `head` lines (source,
    date, copyright), the field lines, `Body` over the body, the `after` lines (a
    Classification block), `Load-Date:` and `End of Document`."""
    return [
        Title(),
        *head,
        "",
        *fields,
        "",
        "Body",
        "",
        Body(),
        "",
        *after,
        f"Load-Date: {load_date}",
        "",
        "End of Document",
    ]


def nexis_uni_documents(
    dump: Dump,
    t: dict[str, Text],
    docs: Sequence[str],
    source: str,
    holder: str,
    byline: str | Callable[[Text], str],
    day_of: Callable[[Text], datetime] = id_day,
) -> None:
    """A Nexis Uni delivery's documents under its cover, three blank lines apart: the source,
    the date and `Copyright <year> <holder>` over `Length:` and `Byline:` (one for all, or each
    text's), as `nexis_uni_document` lays each out, dated by `day_of`."""

    def document(text: Text) -> Sequence[Item]:
        day = day_of(text)
        head = [source, lexis_date(day), f"Copyright {day.year} {holder}"]
        writer = byline if isinstance(byline, str) else byline(text)
        fields = [f"Length: {word_count(text)} words", f"Byline: {writer}"]
        return nexis_uni_document(head, fields, f"{day:%B} {day.day}, {day.year}")

    nexis_uni_pages(dump, t, docs, document)


def nexis_uni_pages(
    dump: Dump, t: dict[str, Text], docs: Sequence[str], document: Callable[[Text], Sequence[Item]]
) -> Dump:
    """A Nexis Uni delivery's documents under its cover, three blank lines apart, each laid out
    as `document` gives its items (most by `nexis_uni_document`)."""
    for ident in docs:
        dump.gap(3)
        lay_out(dump, t[ident], document(t[ident]))
    return dump


def factiva_display(
    dump: Dump,
    t: dict[str, Text],
    docs: Sequence[str],
    source: str,
    code: str,
    rights: str,
    first: int = 1,
) -> Dump:
    """Documents as a Factiva display shows them, two blank lines apart: the headline, the
    word count, the date, the source and its code, the language, `Copyright <year> <rights>`,
    the body and the `Document` accession number under it (the set's numbers from `first`)."""

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            Title(),
            f"{word_count(text)} words",
            f"{day.day} {day:%B %Y}",
            source,
            code,
            LANGUAGE_NAMES[text.language].title(),
            f"Copyright {day.year} {rights}",
            "",
            Body(),
            "",
            f"Document {factiva_id(code, day, number + first)}",
        ]

    return lay_out_pages(dump, t, linked_pages(t, docs, page), 2)


LexisRecord = tuple[Sequence[str], Sequence[str], Sequence[str]]
"""A LexisNexis record's own lines: its header, field and trailer lines."""

LexisLines = Callable[[Text], LexisRecord]
"""A LexisNexis record's lines for a text."""


def lexis_pages(
    dump: Dump,
    t: dict[str, Text],
    docs: Sequence[str],
    lines: Callable[[int, Text], LexisRecord],
    wrap: int | None,
    first_above: int,
    rule: str | None = None,
) -> Dump:
    """LexisNexis records three blank lines apart (`first_above` over the first), each laid
    out by `lay_out_lexis` with the lines `lines` gives for its number and text, under its
    `N of M DOCUMENTS` rule where the export sets one apart (`rule`, in the export's interface
    language), or with that line among its header lines or none."""
    for number, ident in enumerate(docs, 1):
        above = 3 if number > 1 else first_above
        if rule is None:
            dump.gap(above)
        else:
            documents_rule(dump, number, len(docs), 30, above, rule)
        lay_out_lexis(dump, t[ident], *lines(number, t[ident]), wrap)
    return dump


def lexis_documents(
    dump: Dump,
    t: dict[str, Text],
    docs: Sequence[str],
    lines: LexisLines,
    wrap: int | None,
    first_above: int,
    rule: str = DOCUMENTS,
) -> Dump:
    """A LexisNexis export's records, each under its `N of M DOCUMENTS` rule, as
    `lexis_pages` lays them out with the lines `lines` gives for each text."""
    return lexis_pages(dump, t, docs, lambda _, text: lines(text), wrap, first_above, rule)


def copyrighted_records(
    dump: Dump,
    t: dict[str, Text],
    docs: Sequence[str],
    holder: str,
    source: tuple[str, int],
    fields: Sequence[str],
    closing: str,
    wrap: int,
) -> Dump:
    """LexisNexis records that open with `Copyright <year> <holder>` over the source (`source`
    is its name and indent) and date, under their rules: the `fields` over the text's
    `LENGTH:`, the body wrapped at `wrap` columns, and `closing` after the closing fields. The
    news halves' exports carry their publisher's copyright so."""

    def lines(number: int, text: Text) -> LexisRecord:
        header = [f"Copyright {id_day(text).year} {holder}", *lexis_source(text, *source)]
        length = f"LENGTH: {word_count(text)} words"
        return header, [*fields, length], lexis_closing(text, closing)

    return lexis_pages(dump, t, docs, lines, wrap, 0, DOCUMENTS)


def print_request(dump: Dump, *lines: str) -> None:
    """A LexisNexis print request's header, its `Print Request: Selected Documents` line
    over the request's own lines (time, recipient, terms, source)."""
    dump.matter("Print Request: Selected Documents", *lines)


def documents_rule(
    dump: Dump, number: int, count: int, indent: int, above: int, rule: str = DOCUMENTS
) -> None:
    """A LexisNexis export's `N of M DOCUMENTS` line (`rule` with the number and count),
    indented to sit centred as the export sets it, `above` blank lines over it and two under
    it."""
    dump.gap(above)
    dump.separator(f"{'':{indent}}{rule.format(number, count)}")
    dump.gap(2)


def factiva_id(code: str, day: datetime, number: int) -> str:
    """A Factiva accession number as its displays print one: the source code, the day, a
    letter-coded month and day, the document's number in the set (`RSTBLG0020260121e1210000`)."""
    return f"{code}00{day:%Y%m%d}e{day.month:x}{day.day:02d}0000{number}"


def lexis_date(day: datetime) -> str:
    """`November 9, 2020 Monday`, as LexisNexis and Nexis Uni print a date: every half that
    pastes their exports dates its documents so."""
    return f"{day:%B} {day.day}, {day:%Y %A}"


def word_count(text: Text) -> str:
    """A body's word count with a thousands separator, as exports print it."""
    return f"{text.words():,}"


def lay_out_lexis(
    dump: Dump,
    text: Text,
    header: Sequence[str],
    fields: Sequence[str],
    trailer: Sequence[str],
    wrap: int | None,
) -> None:
    """A news-database document: header lines, the headline, field lines, the body (wrapped
    as the export wraps it) and trailer lines, each set off by a blank line."""
    items: list[Item] = []
    for line in header:
        items += [line, ""]
    items += [Title(), ""]
    for line in fields:
        items += [line, ""]
    items += ["", Body(wrap=wrap), "", ""]
    for line in trailer:
        items += [line, ""]
    lay_out(dump, text, items)


def lexis_source(text: Text, source: str, indent: int) -> list[str]:
    """A LexisNexis record's source line, indented `indent` columns, over its date line."""
    return [f"{'':{indent}}{source}", f"{'':22}{lexis_date(id_day(text))}"]


def lexis_record(source: str, indent: int, fields: Sequence[str], *more: str) -> LexisLines:
    """A LexisNexis record's lines for any text: the source (`lexis_source`), the `fields`
    over the text's `LENGTH:`, and the closing fields (`lexis_closing`) with `more`."""

    def lines(text: Text) -> tuple[list[str], list[str], list[str]]:
        length = f"LENGTH: {word_count(text)} words"
        return lexis_source(text, source, indent), [*fields, length], lexis_closing(text, *more)

    return lines


def lexis_closing(text: Text, *more: str) -> list[str]:
    """A LexisNexis record's closing fields: `LOAD-DATE:` and `LANGUAGE:`, then `more`."""
    return [f"LOAD-DATE: {english_date(text)}", f"LANGUAGE: {LANGUAGE_NAMES[text.language]}", *more]


def nexis_uni_delivery(
    dump: Dump,
    t: dict[str, Text],
    docs: Sequence[str],
    job: tuple[str, str, str],
    search: tuple[str, str],
    document: tuple[str, str, str],
) -> Dump:
    """A Nexis Uni delivery: the cover (`job` is the user name, date and time and job number;
    `search` the terms and what they were narrowed by) and its documents (`document` is the
    source, copyright holder and byline, as `nexis_uni_documents` takes them)."""
    user, when, number = job
    terms, narrowed = search
    nexis_uni_cover(
        dump,
        t,
        docs,
        [f"User Name: {user}", f"Date and Time: {when}", f"Job Number: {number}", ""],
        [
            "",
            f"Search Terms: {terms}",
            "Search Type: Terms and Connectors",
            f"Narrowed by: {narrowed}",
        ],
    )
    nexis_uni_documents(dump, t, docs, *document)
    return dump
