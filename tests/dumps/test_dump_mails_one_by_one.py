"""Mails pasted one after another (a feed's posts mailed one by one, a folder of mails saved
whole), each under its own header, are articles, the first too: its header is no more the
dump's front matter than the others are, its subject (a list's tag off) is its title, and a
line its text sets off as the dump sets off its mails starts no article inside it. A mail
pasted alone is an article too, whether a signature closes it or not, and a reply keeps the
text it quotes in its body: neither is a newsletter's header and greeting."""

from __future__ import annotations

from reader.dumps.load import split_dump

_MAIL = """\
From: Civic Desk <desk@feeds.example.org>
Subject: [Civic Desk] {subject}
Date: {date}
URL: https://civic.example.org/{slug}

{first}

The data will be updated every quarter, with a note on what changed since
the last release.


What comes next?


The council will publish its contracts the same way before the summer.


"""
_POSTS = (
    (
        "Council opens its budget data",
        "Tue, 3 Mar 2031 09:12:00 +0100",
        "budget",
        "The council published its budget for the coming year as open data this\nmorning.",
    ),
    (
        "Library extends its opening hours",
        "Fri, 6 Mar 2031 10:00:00 +0100",
        "library",
        "From April the central library opens until ten in the evening on\nweekdays.",
    ),
)


def test_mails_one_after_another_are_each_an_article_the_first_too() -> None:
    text = "".join(
        _MAIL.format(subject=subject, date=date, slug=slug, first=first)
        for subject, date, slug, first in _POSTS
    )
    dump = split_dump(text)
    assert [article.title for article in dump.articles] == [post[0] for post in _POSTS]
    assert not dump.front_matter
    for article, (_, _, _, first) in zip(dump.articles, _POSTS, strict=True):
        assert article.body.startswith(first.replace("\n", " "))
        assert "What comes next?" in article.body  # set off as the mails are, no start


_ALONE = """\
From: Ana Ruiz <ana@example.org>
To: news@example.org
Subject: Council opens its budget data
Date: Tue, 3 Mar 2031 09:12:00 +0100

The council published its budget for the coming year as open data this
morning, line by line, with the spending of every department.

Each line links to the decision that voted it.
"""


def test_a_mail_pasted_alone_is_an_article_signed_or_not() -> None:
    for text in (_ALONE, f"{_ALONE}\n-- \nAna Ruiz\nCivic desk\n"):
        dump = split_dump(text)
        (article,) = dump.articles
        assert article.title == "Council opens its budget data"
        assert article.body.startswith("The council published")
        assert article.body.endswith("that voted it.")
        assert not dump.front_matter


_REPLY = """\
From: Ben Okafor <ben@example.org>
To: ana@example.org
Subject: AW: Council opens its budget data
Date: Wed, 4 Mar 2031 08:30:00 +0100

Thanks Ana, this is great news for the newsroom. We will run a short piece
on it tomorrow morning and link to the data.

Could you send me the name of the person at the council who prepared it?

Am Di., 3. März 2031 um 09:12 Uhr schrieb Ana Ruiz <ana@example.org>:
> The council published its budget for the coming year as open data this
> morning, line by line.
"""


def test_a_reply_is_an_article_with_the_text_it_quotes() -> None:
    dump = split_dump(_REPLY)
    (article,) = dump.articles
    assert article.title == "AW: Council opens its budget data"
    assert article.body.startswith("Thanks Ana, this is great news")
    assert "line by line." in article.body
    assert not dump.front_matter
