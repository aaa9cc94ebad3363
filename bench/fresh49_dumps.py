"""The forty-ninth fresh half, sealed at birth, of a language project's news: `python -m
bench.fresh49_dumps` writes it and its gold.

A judge for the work on real news that is not only prose, from a source no earlier half used:
tests/fixtures/dumps/real/fresh49/texts.txt (written by `python -m bench.fresh49_texts` from a
clone of the site's repository) holds the posts of the Swift.org blog, 2015 to 2026, under the
Creative Commons Attribution 4.0 International License: releases, workgroups, monthly digests,
Google Summer of Code, tooling, full of lists, code and tables, which the dumps keep as the page
prints them (a list's items and a table's rows line under line). Its first web pages carry the
site's own chrome (the footer's navigation and legal links as _data names them, the authors and
the day under the headline, the layout's `Continue Reading`); everything else around the texts
(a Markdown-to-text converter's underlined headlines, an Org file's captures, a jrnl journal, a
Readwise export, a wiki page, an RSS-to-mail service, mutt's and Apple Mail's forwards, a
documentation portal's pages, a developer community's reposts, English phone, desktop and
licence closings, export headers and fields) is written here in the manner of tools and habits
no earlier builder imitated, and the wrapping is done by bench/mail_layout.py. It is sealed at
birth: its builder never splits or scores it; only the lead reads it.
"""

from __future__ import annotations

import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh48_dumps import together
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH49 = REAL / "fresh49"
TEXTS = FRESH49 / "texts.txt"
BLOG = "Swift.org Blog"
OWNER = "Swift.org"

PRINTED = layout.Body(together=together)
"""The body as the page prints it: paragraphs a blank line apart, lists and tables tight."""

SITE_HEAD = ("Swift.org", "Docs   Community   Packages   Blog   Install", "")
"""The site's name and the navigation its footer data names (main-navigation.yml)."""
SITE_FOOT = ("Continue Reading", "", "Docs   Community   Packages   Blog   Install")
SITE_LEGAL = ("Privacy Policy   Cookies   API",)
"""The layout's `Continue Reading` heading, the footer's navigation and its legal links."""

SIZES = {
    "classic_01": ("en", 3),
    "classic_02": ("en", 4),
    "classic_03": ("en", 3),
    "clipper_markdown_01": ("en", 3),
    "clipper_markdown_02": ("en", 3),
    "email_digest_01": ("en", 4),
    "email_digest_02": ("en", 3),
    "email_digest_03": ("en", 3),
    "foreign_web_01": ("en", 4),
    "foreign_web_02": ("en", 3),
    "foreign_web_03": ("en", 3),
    "lexisnexis_01": ("en", 3),
    "lexisnexis_02": ("en", 3),
    "nexis_factiva_01_nexisuni": ("en", 3),
    "nexis_factiva_02_factiva": ("en", 3),
    "trailers_01": ("en", 3),
    "trailers_02": ("en", 3),
    "trailers_03": ("en", 3),
    "long_intertitles_02": ("en", 4),
}
"""Each dump of those shapes, the language of its texts and how many it holds, dealt out in
the spread order (`spread`)."""
LONG = {"long_intertitles_01": ("en", 2)}
"""The long-text dump, dealt the longest texts with intertitles."""


def spread(t: dict[str, Text]) -> dict[str, Text]:
    """The texts one in every three first, then the rest: dealt in that order, the dumps hold
    posts of every year, not the first years' only."""
    idents = list(t)
    return {ident: t[ident] for ident in idents[::3] + idents[1::3] + idents[2::3]}


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds; no text twice."""
    return mail.dealt_in_pools(spread(t), lambda text: text.language, SIZES, LONG, name)


def author(text: Text) -> str:
    """The post's authors as the page names them, or the project where it names none."""
    return text.above[0] if len(text.above) > 1 else "The Swift Project"


def wrapped(width: int) -> layout.Body:
    """The body hard-wrapped at `width`, lists and tables tight."""
    return layout.Body(wrapper=mail.wrapped(width), together=together)


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts run through a Markdown-to-text converter: each headline underlined with `=` as
    long as it, the text at 72, posts two blank lines apart."""
    dump = Dump.named("classic_01", "Converted to text: headline underlined with =, at 72")

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(), "=" * len(text.title), "", wrapped(72)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts captured into an Org file: `* ` and the headline, a property drawer with the
    address and the capture's time, the text under it."""
    dump = Dump.named("classic_02", "Org captures: * headline, :PROPERTIES: drawer")
    dump.matter("#+TITLE: Swift reading", "")

    def page(text: Text) -> list[layout.Item]:
        captured = f":CAPTURED: [{layout.id_day(text):%Y-%m-%d %a} 09:20]"
        drawer = [":PROPERTIES:", f":URL: {text.url}", captured, ":END:"]
        return [layout.Title("* {}"), *drawer, PRINTED]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 1)


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts kept in a jrnl journal: each entry's first line its time in brackets and the
    headline, the text under it, entries a blank line apart."""
    dump = Dump.named("classic_03", "jrnl journal: [YYYY-MM-DD HH:MM] headline, text")

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(f"[{layout.id_day(text):%Y-%m-%d} 18:05] {{}}"), PRINTED]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 1)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Posts exported from Readwise as Markdown: `# ` headline, `## Metadata` with its
    `- Author:`, `- Full Title:`, `- Category:` and `- URL:` items, the text under
    `## Full Document`, `###` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Readwise export: ## Metadata items, text", ".md")
    body = layout.Body(render=layout.headings("###"), together=together)

    def page(text: Text) -> list[layout.Item]:
        fields = [f"- Author: [[{author(text)}]]", f"- Full Title: {text.title}"]
        fields += ["- Category: #articles", f"- URL: {text.url}"]
        head = [layout.Title("# {}"), "", "## Metadata", *fields, "", "## Full Document"]
        return [*head, "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Posts kept as pages of a team's Markdown wiki: `# ` headline, an italic source and
    saved line, `##` intertitles, a rule and the wiki's back link."""
    dump = Dump.named("clipper_markdown_02", "Wiki pages: # title, _Source_ line, [[Home]]", ".md")
    body = layout.Body(render=layout.markdown, together=together)

    def page(text: Text) -> list[layout.Item]:
        saved = f"_Source: <{text.url}> · Saved {layout.id_day(text):%Y-%m-%d}_"
        return [layout.Title("# {}"), "", saved, "", body, "", "---", "[[Home]] · [[Reading]]"]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """An RSS-to-mail service's message: the feed's name, each post under its headline with
    its authors and day, the text at 70, a `View online` link, the service's footer."""
    dump = Dump.named("email_digest_01", "RSS-to-mail: feed name, View online, footer")
    idents = share(t, dump.name)
    dump.matter(
        f"Subject: {BLOG}: {len(idents)} new items",
        "From: Feed Mailer <noreply@feedmailer.example>",
        "",
        BLOG,
        "https://www.swift.org/atom.xml",
    )
    for ident in idents:
        text = t[ident]
        dump.gap(2)
        items = [layout.Title(), layout.ABOVE, "", wrapped(70), "", f"View online: {text.url}"]
        layout.lay_out(dump, text, items)
    dump.gap(2)
    dump.matter(
        "You are receiving this because you subscribed to this feed.",
        "Manage your feeds: https://feedmailer.example/feeds",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A note passing on posts forwarded in mutt: each between mutt's `----- Forwarded
    message from … -----` and `----- End forwarded message -----`, under its mail headers."""
    dump = Dump.named("email_digest_02", "mutt forwards: Forwarded message from … / End")
    dump.matter("Hi team,", "", "Three posts from the Swift blog for Friday's reading group.")
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap()
        dump.separator("----- Forwarded message from Swift.org <blog@swift.example> -----")
        dump.gap()
        items = [
            f"Date: {layout.id_day(text):%a, %d %b %Y} 11:30:00 -0700",
            "From: Swift.org <blog@swift.example>",
            "To: reading-group@lists.example.org",
            layout.Title("Subject: {}"),
            "",
            wrapped(72),
        ]
        layout.lay_out(dump, text, items)
        dump.gap()
        dump.separator("----- End forwarded message -----")
    dump.gap()
    dump.matter("-- ", "Priya")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """Posts forwarded from Apple Mail, one after another in a mail: `Begin forwarded
    message:` over each, its `From:`, `Subject:`, `Date:` and `To:` lines, the text."""
    dump = Dump.named("email_digest_03", "Apple Mail forwards: Begin forwarded message:")
    dump.matter("FYI, worth a read before the migration.", "", "Sent from my Mac")
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        dump.separator("Begin forwarded message:")
        dump.gap()
        day = layout.id_day(text)
        items = [
            "From: Swift.org <blog@swift.example>",
            layout.Title("Subject: {}"),
            f"Date: {day:%B} {day.day}, {day.year} at 11:30:00 AM PDT",
            "To: ios-team@company.example",
            "",
            PRINTED,
        ]
        layout.lay_out(dump, text, items)
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Posts copied from the blog's own pages: the site's name and navigation, the headline,
    the authors and the day, the text, `Continue Reading` and the footer."""
    dump = Dump.named("foreign_web_01", "The blog's pages: navigation, authors, day, footer")

    def page(text: Text) -> list[layout.Item]:
        head = [*SITE_HEAD, layout.Title(), layout.ABOVE, ""]
        return [*head, PRINTED, "", *SITE_FOOT, *SITE_LEGAL]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Posts on a documentation portal's pages: its breadcrumbs, an `Article` kicker over the
    headline, an `Overview` heading over the text, `See Also` under it."""
    dump = Dump.named("foreign_web_02", "Docs portal: breadcrumbs, Article kicker, See Also")

    def page(text: Text) -> list[layout.Item]:
        head = ["Swift Docs › Blog archive", "", "Article", layout.Title(), "", "Overview", ""]
        return [*head, PRINTED, "", "See Also", "Blog archive"]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Posts reposted on a developer community's site: the reposter, a `Posted on` line
    naming where it was first published, the headline, the tags, the text, reactions."""
    dump = Dump.named("foreign_web_03", "Community reposts: Posted on … Originally published at")

    def page(text: Text) -> list[layout.Item]:
        day = layout.id_day(text)
        posted = f"Posted on {day:%b} {day.day}, {day.year} • Originally published at swift.org"
        head = ["swiftfan", posted, "", layout.Title(), "#swift #news #programming", ""]
        return [*head, PRINTED, "", "❤️ 14   🦄 2   🔖 5", "Top comments (0)"]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest posts with intertitles, every short line two blank lines apart, as wide
    as the gap between them, under the day."""
    dump = Dump.named("long_intertitles_01", "Long posts under the day, short lines spaced")
    items = [(i, layout.english_date(t[i])) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Posts printed to text at 76 under `By` and the authors, intertitles in capitals."""
    dump = Dump.named("long_intertitles_02", "Posts at 76 under By …, capital intertitles")

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(), f"By {author(text)}", "", "", wrapped(76)]

    pages = [(i, page(t[i])) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 3)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Swift.org Blog, body unwrapped",
        BLOG,
        26,
        "PROGRAMMING LANGUAGES",
        byline=author,
    ),
    blog_exports.Copyrighted(
        "LexisNexis records: Swift.org's posts, at 72",
        OWNER,
        (BLOG, 30),
        ("SECTION: SOFTWARE DEVELOPMENT",),
        "DOCUMENT-TYPE: Blog post",
        72,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Swift.org Blog",
        ("=swift-blog", "Thursday, August 27, 2026 3:05:00 PM EDT", "611027345"),
        ('"Swift" AND compiler', f"Sources: {BLOG}"),
        (BLOG, OWNER, "Swift.org"),
    ),
    blog_exports.Factiva("Factiva display: Swift.org Blog, SWFTOR", BLOG, "SWFTOR", OWNER, 5),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts sent on from devices and mail apps, each closed a blank line down by the app's
    own line."""
    dump = Dump.named("trailers_01", "Posts sent from devices, closed by the app's line")
    closing = ("Sent from my iPad", "Sent from Mail for Windows", "Sent via Superhuman")
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=wrapped(66))


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts republished under their licence, each closed flush by the attribution the
    licence asks for."""
    dump = Dump.named("trailers_02", "Republished, closed flush by the CC BY attribution")
    idents = share(t, dump.name)
    items = [
        (i, (f"“{t[i].title}” by {author(t[i])}, Swift.org, licensed under CC BY 4.0.",))
        for i in idents
    ]
    return layout.closed_by(dump, t, items, 2, blank=False, body=PRINTED)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Posts sent from Proton Mail and a phone, closed a blank line down by a signature's
    dashes and the app's line."""
    dump = Dump.named("trailers_03", "Posts closed by -- and the mail app's line")
    closing = (
        ("--", "Sent with Proton Mail secure email."),
        ("--", "Sent from my iPhone"),
        ("--", "Sent from Outlook for Mac"),
    )
    items = list(zip(share(t, dump.name), closing, strict=True))
    return layout.closed_by(dump, t, items, 3, body=wrapped(74))


SOURCES_HEAD = """# Forty-ninth fresh half (sealed at birth, a language project's news): sources

Written, like this file, by `python -m bench.fresh49_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh49_texts CLONE` writes from a clone of the repository named below. A
**sealed** half, sealed at birth: it is never tuned on, shown or scored but by the lead
([README.md](../README.md)). It holds a language project's news, in English, in all eight
shapes, its bodies with their lists, tables and code.

Every headline, intertitle, caption and body block is real published text, taken by code (not
by hand) from the source of a language project's blog:

- **The Swift.org blog** (www.swift.org/blog), the Swift programming language project's: its
  posts of December 2015 to August 2026 (releases, workgroups, the monthly `What's new in
  Swift` digests, Google Summer of Code, tooling, server and embedded Swift), as
  github.com/swiftlang/swift-org-website keeps them under _posts/ (one Markdown file a post;
  at cc9c66d, August 2026), a source no earlier half used. A text is a published post of 60 to
  2,500 printed words (160 posts); the lines under its headline are its authors' names
  (_data/authors.yml) and its day as the layout prints them (`August 7, 2026`). Licence: the
  repository's LICENSE.md puts the content of _posts under the Creative Commons Attribution
  4.0 International License (CC-BY-4.0.txt). Source: Swift.org, each post's address below.

The Markdown is read as fresh48's is (bench/fresh49_texts.py, through bench/fresh48_texts.py):
links and emphasis as their words, headings as intertitles, images' alternative text as
captions, a list item, a table row (its cells between `|`, the rule row left out) and a code
block's line each a block, kept as the page prints them; a quote's paragraphs apart; HTML,
Liquid tags, kramdown attribute lists and comments left out; entities outside code as their
characters. The dumps print a list's items and a table's rows line under line. The web pages of
foreign_web_01 carry the site's own chrome (the footer's navigation and legal links as _data
names them, the authors and the day under the headline, the layout's `Continue Reading`).
Copied from real tools and habits: an Org file's `* ` headlines and `:PROPERTIES:` drawers, a
jrnl journal's `[YYYY-MM-DD HH:MM]` entries, Readwise's Markdown export (`## Metadata`, `-
Author: [[…]]`, `- Full Title:`, `- Category: #articles`, `- URL:`), mutt's `----- Forwarded
message from … -----` and `----- End forwarded message -----`, Apple Mail's `Begin forwarded
message:`, a developer community's `Posted on … • Originally published at …` line, the CC BY
attribution line, and the default closings of devices and mail apps (`Sent from my iPad`,
`Sent from Mail for Windows`, `Sent via Superhuman`, `Sent with Proton Mail secure email.`,
`Sent from my iPhone`, `Sent from Outlook for Mac`). Invented for the half: a converter's `=`
underlines, a wiki page's `_Source: … · Saved …_` line and `[[Home]]` links, an RSS-to-mail
service's lines, a documentation portal's breadcrumbs, `Article`, `Overview` and `See Also`,
the reposts' tags and reactions, greetings and signatures. Written by the builder besides: the
wrapping (bench/mail_layout.py), the order of the texts, export headers, cover pages and field
lines. Changes: the words are unchanged; Markdown removed as the page renders it, lines joined
into paragraphs and wrapped again, list marks written `- ` for every bullet, intertitles in
capitals where a page sets them so, Markdown markers added in the notes. The dumps are shared
under the Creative Commons Attribution 4.0 International License, like their texts. Doubts: one
language, English (no openly licensed news in Spanish, German, Portuguese, Italian or French
unused by an earlier half was found in a repository a clone here could take, in the time:
FOSSGIS's site reserves its rights, CorrelAid's posts live in a CMS, opendatasicilia.it's
repository holds no posts); one source, a language project's blog, more technical than a
newsroom's; code blocks lose their indentation (texts.txt holds a block a line).

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH49, SOURCES_HEAD)
"""The forty-ninth fresh half, sealed at birth: the Swift.org blog's posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
