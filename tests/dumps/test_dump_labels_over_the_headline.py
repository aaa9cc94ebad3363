"""A line over the headline that the rules read as the headline, or as a label over one,
when the lines under it say otherwise: the site's menu over its trail, whose last crumb is the
headline ("Docs  Blog" over "Blog  /  2022  /  Headline" over "Headline": fresh16's pages had
the menu as every title); a date line with its authors under a short headline ("October 03,
2018 by karissa, magnus", which fresh41 made the title and the headline its kicker); an
export's word count under a name (Factiva's "fwrite" over "256 words", a date and its source,
which fresh33 made the title and the name its kicker); a label in capitals over a name that
the next line says again with what it is ("FUNCTION OF THE WEEK" over "array_pad" over
"array_pad — Pad array …", fresh33's digest). The near miss: a trail that ends with no line
under it makes the line over it no label."""

from __future__ import annotations

import pytest

from reader.dumps import chrome
from reader.dumps.load import split_text

_TEXT = (
    "The project announced on Tuesday that its second release is ready, after a year of work "
    "by forty contributors in eleven countries and a long public test."
)
_MORE = (
    "Users of the first release can upgrade in place; the maintainers ask them to report any "
    "problem on the tracker before the end of the month."
)


@pytest.mark.parametrize(
    ("menu", "trail"),
    [
        ("Docs  Community  Blog  Events", "Blog  /  2024  /  {}"),
        ("Accueil  Actualités  Agenda  Contact", "Accueil › Actualités › {}"),
    ],
)
def test_a_menu_over_a_trail_ending_with_the_headline_is_no_title(menu: str, trail: str) -> None:
    headline = "Second Release Ready for Testing"
    pages = [
        f"{menu}\n{trail.format(headline)}\n\n{headline}\nBy Ana Pereira\n\n{_TEXT}\n\n{_MORE}",
        f"{menu}\n{trail.format('A Year of Work')}\n\nA Year of Work\n\n{_MORE}\n\n{_TEXT}",
    ]
    articles = split_text("\n\n\n".join(pages) + "\n", "pages.txt", "utf-8")
    assert [(a.title, a.body) for a in articles] == [
        (headline, f"{_TEXT}\n\n{_MORE}"),
        ("A Year of Work", f"{_MORE}\n\n{_TEXT}"),
    ]
    assert all(menu in a.meta["chrome"] for a in articles)
    page = f"{headline}\nBlog  /  2024  /  Releases\n\n{_TEXT}\n\n{_MORE}\n"
    (article,) = split_text(page, "page.txt", "utf-8")
    assert article.title == headline  # a trail ending with no line under it: no label


@pytest.mark.parametrize(
    "dated",
    ["October 03, 2018 by karissa, magnus", "12 March 2024 by Ana Pereira and Jo Lee"],
)
def test_a_date_line_with_its_authors_is_no_headline_under_a_kicker(dated: str) -> None:
    headline = "Desktop update"
    page = f"Contribute\nFAQ\n\n{headline}\n{dated}\n\n{_TEXT}\n\n{_MORE}\n"
    (article,) = split_text(page, "page.txt", "utf-8")
    assert article.title == headline
    assert article.body == f"{_TEXT}\n\n{_MORE}"


_ACCESSIONS = ("MANUAL0020231128e0001abcd", "MANUAL0020231129e0002efgh")


def test_a_name_over_its_word_count_in_an_export_is_the_title() -> None:
    records = [
        ("fwrite", "256 words", "28 November 2023"),
        ("tempnam", "1,024 words", "29 November 2023"),
    ]
    dump = (
        "\n\n\n".join(
            f"{name}\n{count}\n{date}\nThe Manual Group\nMANUAL\nEnglish\n"
            f"Copyright 2023 The Manual Group\n\n{_TEXT}\n\n{_MORE}\n\nDocument {code}"
            for (name, count, date), code in zip(records, _ACCESSIONS, strict=True)
        )
        + "\n"
    )
    articles = split_text(dump, "export.txt", "utf-8")
    assert [a.title for a in articles] == [name for name, _, _ in records]
    assert chrome.is_word_count("256 words") and chrome.is_word_count("1.024 Wörter")
    assert not chrome.is_word_count("256 words of advice")


def test_a_label_over_a_name_the_next_line_defines_is_its_section() -> None:
    names = [
        ("array_pad", "Pad array to the specified length with a value"),
        ("array_sum", "Calculate the sum of values in an array"),
    ]
    dump = (
        "\n\n\n".join(
            f"FUNCTION OF THE WEEK\n{name}\n{name} — {what}\n\n{_TEXT}\n\n{_MORE}"
            for name, what in names
        )
        + "\n"
    )
    articles = split_text(dump, "digest.txt", "utf-8")
    assert [(a.title, a.body) for a in articles] == [
        (name, f"{_TEXT}\n\n{_MORE}") for name, _ in names
    ]
    assert all(a.meta["section"] == "FUNCTION OF THE WEEK" for a in articles)
