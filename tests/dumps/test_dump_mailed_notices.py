"""Notices mailed as plain text, hard-wrapped by the mail client: what fresh38 (Gentoo's news
items) showed the splitter losing, each written here in other words.

mail29 (session 29) sorted fresh38's misses into kinds. Three are mended here:

- a headline that opens with a name written as code (a package, a program, a path:
  "net-misc/curl-8.0 upgrade", "/opt cleanup for …") keeps its small letters, as it does
  anywhere, in any language: `openings.opens_with_identifier` lets it be a title, where a
  small first letter told `roles._shape` it could only be a paragraph's continuation, so
  its article was welded to the one above;
- a wrapped paragraph's line filled to the dump's width over a line that opens with no
  letter ("… add this line to" over "/etc/app.conf:") is one paragraph
  (`lines._filled`): only a small letter after a line that ends no sentence told a break
  from a new line, so the first line read as a headline over a one-line paragraph;
- a whole line in parentheses under a sentence ("(posted to the announce list)") is a
  trailer of its own, not the tail of the paragraph above, however full that was;
- a wrapped line of half the width or more that ends only because the next word (a quoted
  name, an address) would not have fitted goes on under it (`lines._overflowed`);
- a source line dated in ISO 8601's form ("Example News, 2024-05-16") is a date line
  (`credits.source_date`), as one dated in words is: a digest's numbered item over it
  heads its story;
- a field set in a column ("Title", spaces, the value, as `eselect news read` aligns an
  item's fields) is read as one after a colon (`credits.field`): the title is the value;
- a mail subject's list tag ("[example-announce] ", Mailman's) is not the title's.
"""

from __future__ import annotations

import textwrap

import pytest

from reader.dumps.load import split_text
from reader.dumps.openings import opens_with_identifier
from tests.dumps.two_articles import FIRST_TITLE, titles_with_second

WIDTH = 72
FILLER = (
    "The maintainers have reviewed the packages that still depend on the old "
    "library and have moved most of them to the new one, which has been tested "
    "for several months on the testing branch without any serious regressions "
    "being reported by the users who tried it on their own machines."
)
"""A paragraph that wraps at `WIDTH` into lines that break before small letters, as the
dump's wrap width is measured on."""


def _wrapped(*paragraphs: str) -> str:
    return "\n\n".join(textwrap.fill(p, WIDTH) for p in paragraphs)


@pytest.mark.parametrize(
    "headline",
    [
        "net-misc/curl-8.0 upgrade",
        "dev-lang/python-3.12 becomes the default",
        "/opt cleanup for old installations",
        "app_server 2.0 drops the legacy protocol",
    ],
)
def test_a_headline_opening_with_a_name_written_as_code_starts_its_article(
    headline: str,
) -> None:
    assert titles_with_second(headline, source="notices.txt") == [FIRST_TITLE, headline]


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("sys-apps/portage-3.0 upgrade", True),
        ("/usr merge for older systems", True),
        ("media-libs/mesa needs a rebuild", True),
        ("well-known problems with the old driver", False),  # prose's hyphen
        ("e-mail the maintainers before Friday", False),
        ("up-to-date mirrors are listed below", False),
        ("net-misc/curl-8.0", False),  # the name alone: an item or an argument
        ("and the council agreed", False),
    ],
)
def test_what_opens_with_a_name_written_as_code(line: str, opens: bool) -> None:
    assert opens_with_identifier(line) is opens


def _filled_dump() -> str:
    """Two notices wrapped at `WIDTH`; the first holds a paragraph whose first line is
    filled to the width and whose second opens with a path."""
    first_line = "If you want to keep the old behaviour, please add the following line to"
    assert WIDTH * 0.9 < len(first_line) <= WIDTH
    return (
        "Library migration on the testing branch\n\n"
        + _wrapped(FILLER)
        + f"\n\n{first_line}\n/etc/app/settings.conf:\n\n"
        + _wrapped(FILLER, FILLER)
        + "\n\n\nNew mirror for the binary packages\n\n"
        + _wrapped(FILLER, FILLER)
        + "\n"
    )


def test_a_filled_line_over_a_path_is_one_paragraph() -> None:
    articles = split_text(_filled_dump(), "notices.txt", "utf-8")
    assert [a.title for a in articles] == [
        "Library migration on the testing branch",
        "New mirror for the binary packages",
    ]
    assert "following line to /etc/app/settings.conf:" in articles[0].body


def test_a_line_in_parentheses_under_a_full_sentence_is_no_part_of_it() -> None:
    last = "Users who do not rely on the old library need to take no action at all now."
    assert len(last) > 0.7 * WIDTH
    dump = (
        "Library migration on the testing branch\n\n"
        + _wrapped(FILLER, FILLER)
        + f"\n{last}\n(posted to the announce list)\n"
    )
    (article,) = split_text(dump, "notices.txt", "utf-8")
    assert article.body.rstrip().endswith("no action at all now.")


def test_a_line_ending_where_a_long_word_did_not_fit_goes_on() -> None:
    """A line of half the width or more, ended only because the next word (a quoted name,
    an address) would have run past the width, is no headline over that word's line."""
    broken = (
        "If your mirrors still speak the old protocol, you will\n"
        'have to turn it back on by setting the option\n"insecureLegacyRenegotiation". See:'
    )
    assert len(broken.split("\n")[1]) + 1 + len('"insecureLegacyRenegotiation".') > WIDTH
    dump = (
        "Library migration on the testing branch\n\n"
        + _wrapped(FILLER)
        + f"\n\n{broken}\n\n"
        + _wrapped(FILLER, FILLER)
        + "\n"
    )
    (article,) = split_text(dump, "notices.txt", "utf-8")
    assert 'by setting the option "insecureLegacyRenegotiation". See:' in article.body


def test_digest_items_dated_in_iso_form_each_start_an_article() -> None:
    """A digest's numbered items, each over its source and an ISO date ("Example News,
    2024-05-16"), a paragraph and a link: one article each, as with a date in words."""
    items = [
        ("Mirror network grows", "Two new mirrors in South America now serve the tree."),
        ("Old profiles retired", "The profiles from 2017 are no longer maintained."),
        ("New signing key", "Releases are now signed with a fresh key from today on."),
    ]
    dump = "Hello everyone,\n\nthis week's notices:\n\n\n" + "\n\n\n".join(
        f"{n}) {title}\nExample News, 2024-05-1{n}\n\n{text}\n\n"
        f"More: https://news.example.org/2024/{n}"
        for n, (title, text) in enumerate(items, 1)
    )
    articles = split_text(dump + "\n", "digest.txt", "utf-8")
    assert [a.title for a in articles[-3:]] == [title for title, _ in items]
    assert [a.body for a in articles[-3:]] == [text for _, text in items]


def _eselect_item(slug: str, title: str, body: str) -> str:
    return (
        f"{slug}\n  Title                     {title}\n"
        "  Author                    Jan Kowalski <jan@example.org>\n"
        f"  Posted                    2024-03-0{len(slug) % 9}\n\n{body}\n"
    )


def test_a_field_set_in_a_column_gives_its_value_without_its_label() -> None:
    """`eselect news read` sets each item's fields in a column ("Title", spaces, the value):
    the title is the value, as after "Title:"."""
    dump = "\n\n".join(
        [
            _eselect_item("2024-03-01-mirrors", "New mirrors in South America", FILLER),
            _eselect_item("2024-03-05-profiles", "Old profiles retired", FILLER),
        ]
    )
    titles = [a.title for a in split_text(dump, "news.txt", "utf-8")]
    assert titles == ["New mirrors in South America", "Old profiles retired"]


def test_a_digest_subject_loses_its_list_tag() -> None:
    """Mailman sets the list's name in brackets before every subject: the message's title
    is what follows it; the line as written stays in the article's meta."""
    messages = [("Mirror network grows", FILLER), ("Old profiles retired", FILLER)]
    dump = "\n\n".join(
        f"{'-' * 70}\n\nMessage: {n}\nDate: 2024-03-0{n}\nFrom: Jan Kowalski\n"
        f"Subject: [example-announce] {title}\n\n{_wrapped(body)}"
        for n, (title, body) in enumerate(messages, 1)
    )
    articles = split_text(dump + "\n", "digest.txt", "utf-8")
    assert [a.title for a in articles] == [title for title, _ in messages]
    assert "Subject: [example-announce] Mirror network grows" in str(articles[0].meta)
