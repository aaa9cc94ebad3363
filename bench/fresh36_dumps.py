"""The thirty-sixth fresh half, sealed, of mailed plain text: `python -m bench.fresh36_dumps`
writes it and its gold.

fresh38 (Gentoo's news items, tuning) and fresh37 (the Go blog, second look) hold text as mail
clients, list archives and text browsers leave it; this half holds the same kind of text from a
third source, for the lead alone to score at the end. tests/fixtures/dumps/real/fresh36/texts.txt
(written by `python -m bench.fresh36_texts` from a clone of elixir-lang/elixir-lang.github.com)
holds the Elixir blog's posts of 2012 to 2026 of at most 2,000 words, their written content
under the Apache License 2.0: releases, the type system's research, case studies, the
project's news. Its web pages carry the site's own chrome (_includes/top.html, bottom.html,
categories-list.html, important-links.html, _layouts/post.html: the `Home` `Install` `Learning`
`Docs` `Guides` `Cases` `Blog` menu, the byline `September 18, 2014 · by José Valim · in
Releases`, the sidebar's `Blog Categories` and `Important links`, the footer's copyright and
trademark lines). Everything else around the texts (mail and digest headers, an Outlook
`Original Message` block, a forward, newsletters, closing lines, signatures, export headers and
fields, clipping lines, a reader view's lines) is written here, and the wrapping is done by
bench/mail_layout.py. It is sealed: nobody but the lead runs the splitter on it, at the end
(tests/fixtures/dumps/real/README.md); its builder checks its gold with the gold tests only.
"""

from __future__ import annotations

import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH36 = REAL / "fresh36"
TEXTS = FRESH36 / "texts.txt"
BLOG = "Elixir Blog"
SITE = "elixir-lang.org"
LIST = "elixir-lang-talk"

MENU = ("Home", "Install", "Learning", "Docs", "Guides", "Cases", "Blog")
"""The site's menu (_includes/top.html)."""
SIDEBAR = (
    "Blog Categories",
    "Announcements",
    "Elixir in Production",
    "Internals",
    "Releases",
    "Important links",
    "Development & Team",
    "Source code & issues tracker",
    "Join the Community",
    "Elixir Forum",
)
"""The blog's sidebar (_includes/categories-list.html, important-links.html), as much of it as
a copy of the page takes."""
FOOTER = (
    "© 2012–2026 The Elixir Team.",
    "Elixir and the Elixir logo are registered trademarks of The Elixir Team.",
)
"""The footer (_includes/bottom.html)."""

SIZES = {
    "classic_01": 3,
    "classic_02": 4,
    "classic_03": 3,
    "clipper_markdown_01": 3,
    "clipper_markdown_02": 3,
    "email_digest_01": 3,
    "email_digest_02": 3,
    "email_digest_03": 3,
    "email_digest_04": 3,
    "foreign_web_01": 3,
    "foreign_web_02": 3,
    "lexisnexis_01": 3,
    "lexisnexis_02": 3,
    "nexis_factiva_01_nexisuni": 3,
    "nexis_factiva_02_factiva": 3,
    "trailers_01": 3,
    "trailers_02": 3,
    "trailers_03": 3,
}
"""How many posts each dump of those shapes holds, dealt out in the posts' order."""
LONG = {"long_intertitles_01": 3, "long_intertitles_02": 3}
"""The long-text dumps, dealt the longest posts with intertitles, longest first."""


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the posts dump `name` holds: the longest intertitled posts for the long-text
    dumps, the others dealt in order; no post twice."""
    titled = [i for i in t if any(kind == "subhead" for kind, _ in t[i].blocks)]
    longest = sorted(titled, key=lambda i: (-t[i].words(), i))[: sum(LONG.values())]
    if name in LONG:
        return mail.dealt(longest, LONG, name)
    return mail.dealt([i for i in t if i not in longest], SIZES, name)


def byline(text: Text) -> str:
    """The line the page prints under the headline."""
    return text.above[0]


def authors(text: Text) -> str:
    """The post's authors as its byline names them, or the team where it names none."""
    part = byline(text).partition(" · by ")[2]
    return part.rpartition(" · in ")[0] or "The Elixir Team"


def day(text: Text) -> str:
    """The post's day as the byline writes it, `September 18, 2014`."""
    return byline(text).split(" · ")[0]


def stamp(text: Text) -> str:
    """The post's day as a mail's `Date:` header writes it."""
    return f"{layout.id_day(text):%a, %d %b %Y} 14:30:00 +0100"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts saved from mail at 76, about a paragraph in four re-flowed into one line, each
    under its headline and byline."""
    dump = Dump.named("classic_01", "Posts from mail at 76, some paragraphs re-flowed long")
    body = layout.Body(wrapper=mail.reflowed(76, 4))
    pages = [(i, [layout.Title(), layout.ABOVE, "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """A text file of posts pasted from wherever they were read: flowed mail at 66, a web copy
    with a line per paragraph, a reply combed at 70 over 78, Markdown with a line per
    sentence."""
    dump = Dump.named("classic_02", "Posts pasted from flowed mail, web, a combed reply, source")
    styles = (
        layout.Body(wrapper=mail.flowed(66)),
        layout.Body(),
        layout.Body(wrapper=mail.combed(78, 70)),
        layout.Body(wrapper=mail.sentence_lines),
    )
    idents = share(t, dump.name)
    pages = [
        (i, [layout.Title(), day(t[i]), "", body]) for i, body in zip(idents, styles, strict=True)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts kept in a text file between `%` lines, as a quotes file keeps its entries, each
    wrapped at 68 under its headline and day."""
    dump = Dump.named("classic_03", "Posts between % lines, wrapped at 68")
    body = layout.Body(wrapper=mail.wrapped(68))
    pages = [(i, [layout.Title(), day(t[i]), "", body]) for i in share(t, dump.name)]
    return layout.ruled_pages(dump, t, pages, "%")


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A MIME digest of a mailing list as a mail client shows it: the topics, then each
    message under a rule with its `Message:`, `Date:`, `From:`, `Subject:`, `Message-ID:` and
    content headers, the post at 72; the digest's end line."""
    dump = Dump.named("email_digest_01", "MIME list digest: Message:, headers, body at 72")
    idents = share(t, dump.name)
    dump.matter(
        f"{LIST} Digest, Vol 87, Issue 4",
        "",
        "Today's Topics:",
        "",
        *(f"   {n}. {t[i].title} ({authors(t[i])})" for n, i in enumerate(idents, 1)),
    )

    def head(number: int, text: Text) -> list[layout.Item]:
        return [
            f"Message: {number}",
            f"Date: {stamp(text)}",
            f"From: {authors(text)} <{LIST}@googlegroups.com>",
            layout.Title("Subject: {}"),
            f"Message-ID: <{layout.id_day(text):%Y%m%d}.{number}@{SITE}>",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: 8bit",
        ]

    layout.message_digest(dump, t, idents, head, layout.Body(wrapper=mail.wrapped(72)), "-" * 70)
    dump.matter(f"End of {LIST} Digest, Vol 87, Issue 4", "*" * 43)
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A newsletter forwarded from Apple Mail: `Begin forwarded message:` and its header
    lines, then each item's headline, byline, two opening paragraphs at 72 and a `Read more:`
    line."""
    dump = Dump.named("email_digest_02", "Forwarded newsletter: Begin forwarded message:, leads")
    dump.matter(
        "Thought you'd like these.",
        "",
        "Begin forwarded message:",
        "",
        "From: Elixir Weekly <hello@newsletter.example.com>",
        "Subject: This week on the Elixir blog",
        "Date: 14 May 2026 at 08:00:00 CEST",
        "To: marta@example.org",
    )
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        items = [layout.Title(), layout.ABOVE, "", layout.Body(wrapper=mail.wrapped(72))]
        layout.lay_out(dump, layout.opening(text, 2), [*items, "", f"Read more: {text.url}"])
    dump.gap(2)
    dump.matter("You are receiving this because you subscribed to Elixir Weekly.")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """Posts passed on from Outlook: each under `-----Original Message-----` and its `From:`,
    `Sent:`, `To:` and `Subject:` lines, the text not quoted, at 72 with paragraphs re-flowed
    into one line now and then."""
    dump = Dump.named("email_digest_03", "Outlook forwards: -----Original Message-----, body")
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap(2)
        sent = layout.id_day(text)
        items = [
            "-----Original Message-----",
            f"From: {authors(text)}",
            f"Sent: {sent:%A, %B} {sent.day}, {sent:%Y} 2:30 PM",
            f"To: {LIST}@googlegroups.com",
            layout.Title("Subject: {}"),
            "",
            layout.Body(wrapper=mail.reflowed(72, 3)),
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_04(t: dict[str, Text]) -> Dump:
    """A study group's letter: numbered headlines, the day, the two opening paragraphs quoted
    under `> ` at 66 and an arrow to the post."""
    dump = Dump.named("email_digest_04", "Study group letter: 1. headline, > lead at 66, →")
    dump.matter("Hi all,", "", "before Thursday, three posts from the Elixir blog:")
    for number, ident in enumerate(share(t, dump.name), 1):
        text = t[ident]
        dump.gap(2)
        items = [layout.Title(f"{number}. {{}}"), day(text), ""]
        body = layout.Body(wrapper=mail.quoted(mail.wrapped(66)))
        layout.lay_out(dump, layout.opening(text, 2), [*items, body, "", f"→ {text.url}"])
    dump.gap(2)
    dump.matter("Cheers,", "Marta")
    return dump


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts mailed at 72, each signed under `-- ` with its authors' names."""
    dump = Dump.named("trailers_01", "Mailed posts at 72 signed under '-- ' by their authors")
    body = layout.Body(wrapper=mail.wrapped(72))
    pages = [(i, [layout.Title(), "", body, "", "-- ", authors(t[i])]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts reposted by other sites, their credit set flush under the last paragraph."""
    dump = Dump.named("trailers_02", "Reposted posts closed flush by a credit line")
    closing = (
        "— Source: elixir-lang.org/blog (Apache License 2.0)",
        "Originally published on the Elixir blog.",
        "(via elixir-lang.org)",
    )
    pages = [
        (i, [layout.Title(), "", layout.Body(wrapper=mail.wrapped(74)), line])
        for i, line in zip(share(t, dump.name), closing, strict=True)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Posts sent on from phones and mail apps at 64 columns, each closed a blank line down by
    the app's own line."""
    dump = Dump.named("trailers_03", "Posts sent from phones at 64, closed by Sent from …")
    closing = ("Sent from my iPhone", "Get Outlook for Android", "Sent from Mail for Windows")
    body = layout.Body(wrapper=mail.wrapped(64))
    pages = [
        (i, [layout.Title(), "", body, "", line])
        for i, line in zip(share(t, dump.name), closing, strict=True)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest intertitled posts with every short line two blank lines apart, as wide as
    the gap between them, under the byline."""
    dump = Dump.named("long_intertitles_01", "Long posts under the byline, short lines spaced")
    items = [(i, byline(t[i])) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Long posts sent as flowed mail at 70, intertitles in capitals, under the byline."""
    dump = Dump.named("long_intertitles_02", "Long posts flowed at 70, intertitles in capitals")
    body = layout.Body(wrapper=mail.flowed(70))
    pages = [(i, [layout.Title(), layout.ABOVE, "", "", body]) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Elixir Blog, body unwrapped", BLOG, 32, "SOFTWARE", authors
    ),
    blog_exports.Copyrighted(
        "LexisNexis export: copyright The Elixir Team, at 78",
        "The Elixir Team",
        (SITE, 33),
        ("SECTION: PROGRAMMING",),
        "DOCUMENT-TYPE: Blog",
        78,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Elixir Blog",
        ("=beam-notes", "Wednesday, May 20, 2026 10:12:00 AM CEST", "359114270"),
        ("Elixir AND (release OR types)", f"Sources: {SITE}"),
        (SITE, "The Elixir Team", BLOG),
    ),
    blog_exports.Factiva("Factiva display: Elixir Blog, ELXBLG", BLOG, "ELXBLG", "Elixir Team", 3),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """The blog's pages copied whole: menu, headline, byline, body, the sidebar's categories
    and links, the footer."""
    dump = Dump.named("foreign_web_01", "elixir-lang.org blog pages: menu, byline, sidebar, footer")
    pages = [
        (i, [*MENU, "", layout.Title(), layout.ABOVE, "", layout.Body(), "", *SIDEBAR, *FOOTER])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """The blog's pages copied from a browser's reader view: the site's name, the headline,
    the authors, the reading time, the body."""
    dump = Dump.named("foreign_web_02", "Reader view copies: site, headline, authors, minutes")

    def page(text: Text) -> list[layout.Item]:
        minutes = layout.reading_minutes(text)
        head = [SITE, layout.Title(), authors(text), f"{minutes}–{minutes + 2} minutes"]
        return [*head, "", layout.Body()]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Posts as Markdown files in the repository's manner: front matter (layout, title,
    authors list, category), a paragraph a line, `##` intertitles."""
    dump = Dump.named(
        "clipper_markdown_01", "Jekyll post files: front matter, ## intertitles", ".md"
    )

    def page(text: Text) -> list[layout.Item]:
        category = byline(text).rpartition(" · in ")[2]
        fields = ["authors:", f"- {authors(text)}", f"category: {category}"]
        head = ["---", "layout: post", layout.Title("title: {}"), *fields, "---", ""]
        return [*head, layout.Body(render=layout.markdown)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Pages converted to Markdown by a converter that wraps at 72: a `# ` headline, a
    `Source:` line, the body wrapped, `##` intertitles."""
    dump = Dump.named("clipper_markdown_02", "Converted pages: # H1, Source:, body at 72", ".md")
    body = layout.Body(wrapper=mail.wrapped(72), render=layout.markdown)
    pages = [
        (i, [layout.Title("# {}"), "", f"Source: {t[i].url}", "", body])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


SOURCES_HEAD = """# Thirty-sixth fresh half (sealed, mailed plain text): sources and licences

Written, like this file, by `python -m bench.fresh36_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh36_texts CLONE` writes from a clone of the repository named below. A
**sealed** half: only the lead runs the splitter on it, at the end of a session; it is never
read, shown, tuned or trained on ([README.md](../README.md)). It is the judge of the work on
text as mail clients, list archives and converters leave it (hard-wrapped at 64 to 78 columns,
some paragraphs re-flowed into one line, combed by a second client's re-wrap, flowed with
trailing spaces, a line per sentence), whose tuning half is fresh38 and whose second look is
fresh37, in all eight shapes.

Every headline, intertitle, body paragraph and byline is real published text, taken by code (not
by hand) from the source of elixir-lang.org, the Elixir project's site, as
github.com/elixir-lang/elixir-lang.github.com holds it (at 24ad416, April 2026): every post of
the blog under _posts/ of at most 2,000 words once its code is left out (69 of 73, 2012 to
2026, 128 to 1,922 words, 62 with intertitles): releases, the type system's research, case
studies, the project's news. The Markdown is read as fresh31's news items are
(bench/fresh31_texts.py, after fresh29's): links and emphasis as their words, headings as
intertitles, list items as paragraphs; code blocks (fenced or set in), images, tables,
embedded videos and frames and reference links' definitions left out, entities as the
characters they stand for. The byline is the one the page prints under the headline
(_layouts/post.html). The web pages carry the site's own chrome (_includes/top.html,
bottom.html, categories-list.html, important-links.html). Written by the builder: the wrapping
(bench/mail_layout.py), the order of the posts, and everything around the texts in the other
shapes (digest, forward and Outlook headers, newsletters, signatures, phone apps' closing
lines, reposts' credits, export headers, cover pages and field lines, a reader view's lines,
clipping lines).

Licence: the repository's README: "The written textual contents available in the guides and
blog are licensed under Apache License, Version 2.0". Credit: The Elixir Team (elixir-lang.org;
each post's authors are named in its byline). Changes (the licence asks that modified files
say so): the words are unchanged; Markdown and HTML markup removed as the page renders it,
code blocks, images, tables, media and link definitions left out, lines joined into paragraphs
and wrapped again; intertitles in capitals where a style sheet sets them so, Markdown markers
added back in the clippings. The dumps are shared under the Apache License 2.0 with that
notice; the licence's text is beside the halves as
[../licences/Apache-2.0.txt](../licences/Apache-2.0.txt), as it asks of every copy. Doubts: a
programming language's blog, not a newspaper; English only; the release posts name many
functions and modules, and their closing lines repeat from post to post.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH36, SOURCES_HEAD)
"""The thirty-sixth fresh half, sealed, of mailed plain text: the Elixir blog's posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
