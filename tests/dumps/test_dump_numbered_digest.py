"""A mailing list's digest that numbers its messages ("Message: 1" over each one's header, as
Mailman sends them) holds one post a message: an intertitle the post sets off by two blank
lines, as the digest sets off its messages, starts no article (fresh41's Delta Chat digest
split its first post at "Transfer your key to Thunderbird" and "Autocrypt Level 1 final"),
and the masthead and contents over its first message are its matter, not an article (fresh38's
and fresh41's digests, and Mailman's in any of its languages, opened on one). The near miss:
one message number, a message quoted whole, makes no digest of the dump."""

from __future__ import annotations

import textwrap

from reader.dumps.load import split_dump, split_text

_RULE = "-" * 70
_POSTS = (
    (
        "Meetup in Leipzig and other news",
        (
            "We will be at the community meetup in Leipzig next week, with a table of our own "
            "and a talk on the second day.",
            "Transfer your key to another client",
            "The latest beta lets you move your key from the app to any other client that "
            "implements the same standard.",
            "Twenty languages and counting",
            "With the new Albanian translation, the app now speaks twenty languages, thanks "
            "to everyone who helped.",
        ),
    ),
    (
        "Version 0.12 is out",
        (
            "We have just released version 0.12 with a few small changes and many fixes "
            "reported by the community.",
            "A faster start on old phones",
            "The app now opens its chat list before it has read every account, which makes "
            "it start twice as fast on old phones.",
        ),
    ),
    (
        "Thanks to our testers",
        (
            "Many of you tried the beta over the holidays and sent us careful reports, which "
            "found three bugs we had never seen ourselves.",
            "Where to send your reports",
            "The issue tracker is the best place, but a mail to this list reaches us just as "
            "well, and we read every one of them.",
        ),
    ),
)
_INTERTITLES = {
    "Transfer your key to another client",
    "Twenty languages and counting",
    "A faster start on old phones",
    "Where to send your reports",
}


def _message(number: int, subject: str, lines: tuple[str, ...]) -> str:
    header = (
        f"Message: {number}\nDate: Thu, 2{number} Dec 2017 18:40:00 +0200\n"
        f"From: Team <list@lists.example.org>\nSubject: [list] {subject}\n"
        f"Message-ID: <2017122{number}@example.org>\n"
    )
    text = "".join(
        f"\n\n{line}\n\n" if line in _INTERTITLES else f"\n{textwrap.fill(line, 72)}\n"
        for line in lines
    )
    return f"{header}\n{subject}\n\n{text}\n\n{_RULE}\n\n"


_MASTHEAD = """\
Send list mailing list submissions to
\tlist@lists.example.org

To subscribe or unsubscribe via the World Wide Web, visit
\thttps://lists.example.org/mailman/listinfo/list
or, via email, send a message with subject or body 'help' to
\tlist-request@lists.example.org

You can reach the person managing the list at
\tlist-owner@lists.example.org

When replying, please edit your Subject line so it is more specific
than "Re: Contents of list digest..."
"""
"""Mailman's masthead over a digest's contents, as it sends it."""


def _digest() -> str:
    topics = "\n".join(f"   {n}. {subject} (Team)" for n, (subject, _) in enumerate(_POSTS, 1))
    head = f"{_MASTHEAD}\n\nToday's Topics:\n\n{topics}\n\n\n{_RULE}\n\n"
    messages = "".join(_message(n, s, lines) for n, (s, lines) in enumerate(_POSTS, 1))
    return head + messages + "End of list Digest, Vol 1, Issue 2\n"


def test_each_numbered_message_of_a_digest_is_one_article_with_its_intertitles() -> None:
    dump = split_dump(_digest(), "digest.txt", "utf-8")
    articles = dump.articles
    posts = [article for article in articles if article.title in {s for s, _ in _POSTS}]
    assert [article.title for article in posts] == [subject for subject, _ in _POSTS]
    assert len(articles) == len(_POSTS)  # the masthead and contents are the digest's matter
    assert "Today's Topics:" in dump.front_matter
    for article, (_, lines) in zip(posts, _POSTS, strict=True):
        for line in lines:
            assert line in article.body
    # the near miss: a mail quoting one message whole, then another story set off as the
    # posts' intertitles are: one message number makes no digest, and the story opens
    subject, lines = _POSTS[1]
    other = (
        "Another story entirely\n\nThe city council met on Monday and approved the new budget "
        "for its schools after a long debate.\n\nIt will take effect next year, officials said.\n"
    )
    quoted = split_text(f"{_message(1, subject, lines)}\n{other}", "mail.txt", "utf-8")
    assert quoted[-1].title == "Another story entirely"
