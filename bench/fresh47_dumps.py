"""The forty-seventh fresh half, sealed at birth, of a game project's news: `python -m
bench.fresh47_dumps` writes it and its gold.

A judge for the work on news that nobody tunes on: tests/fixtures/dumps/real/fresh47/texts.txt
(written by `python -m bench.fresh47_texts` from a clone of the site's repository) holds the
news posts of OpenTTD, the open-source transport simulation game, 2019 to 2026, under the GNU
General Public License v2: releases, infrastructure, events, development notes, a source no
earlier half used. Its first web pages carry the site's own chrome (its Jekyll layout's menu,
the `Archived News` header, the post's day and `Posted by …` lines, the footer's links);
everything else around the texts (an mbox of the feed's mails, a club newsletter's section, a
mail reader's view of a MIME digest, a store's announcement page, a German fan site's repost, a
forum's and a wiki's copies, note exports, export headers and fields, forum, press and phone
closings) is written here in the manner of tools no earlier builder imitated, and the wrapping
is done by bench/mail_layout.py. It is sealed: in SPLITS and SEALED from the commit that first
adds it, its builder never ran the splitter on it, and only the lead scores it.
"""

from __future__ import annotations

import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH47 = REAL / "fresh47"
TEXTS = FRESH47 / "texts.txt"
NEWS = "OpenTTD News"
TEAM = "OpenTTD team"

SITE_HEAD = (
    "OpenTTD",
    "Home",
    "About",
    "Wiki",
    "Screenshots",
    "Servers",
    "Development",
    "Forum",
    "Community",
    "Contact",
    "Donate",
    "",
    "Archived News",
    "",
)
"""The site's menu over every page and the news page's header (_layouts/default.html,
_layouts/post.html)."""
SITE_FOOT = ("Privacy Policy", "Content Creation Guidelines", "Contact")
"""The site's footer links (_layouts/default.html)."""
STORE_HEAD = (
    "STORE   COMMUNITY   ABOUT   SUPPORT",
    "",
    "OpenTTD",
    "All News  ›  Announcements",
    "",
)
"""A game store's announcement page header, written for the half."""
STORE_FOOT = ("Rate this announcement:  Helpful  ·  Not helpful", "", "View all news")
"""The same page's footer, written for the half."""
FAN_HEAD = ("Schiene & Straße — Die Simulationsseite", "Startseite › Nachrichten › OpenTTD", "")
"""A German fan site's header and trail, written for the half."""
FAN_FOOT = ("Quelle: openttd.org (englisch)", "", "Impressum · Datenschutz · Kontakt")
"""The same site's source line and footer, written for the half."""
MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)

SIZES = {
    "classic_01": ("en", 4),
    "classic_02": ("en", 3),
    "classic_03": ("en", 3),
    "clipper_markdown_01": ("en", 3),
    "clipper_markdown_02": ("en", 3),
    "email_digest_01": ("en", 4),
    "email_digest_02": ("en", 4),
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
    """The texts every other one first, then the rest: dealt in that order, the dumps hold
    posts of every year, not the first years' only."""
    idents = list(t)
    return {ident: t[ident] for ident in idents[::2] + idents[1::2]}


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds; no text twice."""
    return mail.dealt_in_pools(spread(t), lambda text: text.language, SIZES, LONG, name)


def author(text: Text) -> str:
    """The post's author as the page's `Posted by …` line names them, or the team."""
    posted = [line for line in text.above if line.startswith("Posted by ")]
    return posted[0].removeprefix("Posted by ") if posted else TEAM


def mbox_day(text: Text) -> str:
    """The day as an mbox `From ` line writes it (`Thu Jun 10 14:33:00 2021`)."""
    return f"{layout.id_day(text):%a %b %d 14:33:00 %Y}"


def german_day(text: Text) -> str:
    """The day as a German page writes it (`10. Juni 2021`)."""
    day = layout.id_day(text)
    return f"{day.day}. {MONTHS_DE[day.month - 1]} {day.year}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts copied from the site's news archive: the headline, the day and `Posted by …`
    lines the page prints under it, the text."""
    dump = Dump.named("classic_01", "Copied news: headline, day, Posted by …")
    pages = [(i, [layout.Title(), layout.ABOVE, "", layout.Body()]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """A club's text file of news: each headline underlined with dashes, the text at 70."""
    dump = Dump.named("classic_02", "Club text file: headline over a row of dashes, at 70")
    body = layout.Body(wrapper=mail.wrapped(70))

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(), "-" * min(len(text.title), 70), "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def classic_03(t: dict[str, Text]) -> Dump:
    """A server admin's news file: `>>> ` before each headline, the day after it in
    brackets, the text a paragraph a line."""
    dump = Dump.named("classic_03", "Admin's news file: >>> headline [day]")

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(f">>> {{}} [{layout.id_day(text):%Y-%m-%d}]"), "", layout.Body()]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Notes exported as Markdown by an end-to-end encrypted note app: front matter
    (`title`, `created_at`, `updated_at`, `tags`), the text, `##` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Encrypted notes: title/created_at/tags", ".md")

    def page(text: Text) -> list[layout.Item]:
        stamp = f"{layout.id_day(text):%Y-%m-%d}T18:20:00.000Z"
        fields = [f"created_at: {stamp}", f"updated_at: {stamp}", "tags: [openttd, news]"]
        return [
            *layout.titled_front_matter(text, False, fields),
            layout.Body(render=layout.markdown),
        ]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Pages saved by a Markdown editor's web import: a `# ` headline, a `> Source:` line and
    a rule under it, `###` intertitles."""
    dump = Dump.named("clipper_markdown_02", "Markdown import: # title, > Source:, rule", ".md")

    def page(text: Text) -> list[layout.Item]:
        body = layout.Body(render=layout.headings("###"))
        return [layout.Title("# {}"), "", f"> Source: {text.url}", "", "---", "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """The news feed's mails kept in an mbox file: each under its `From ` line and header
    (`From:`, `Subject:`, `Date:`), the text at 72."""
    dump = Dump.named("email_digest_01", "mbox of feed mails: From line, header, text at 72")
    body = layout.Body(wrapper=mail.wrapped(72))
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap()
        items = [
            f"From news@feeds.example.org {mbox_day(text)}",
            "From: OpenTTD News <news@feeds.example.org>",
            layout.Title("Subject: {}"),
            f"Date: {layout.id_day(text):%a, %d %b %Y} 14:33:00 +0000",
            "",
            body,
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A model railway club's newsletter: its greeting, an `OPENTTD CORNER` label in capitals
    over each headline, the text at 70, a `Read more:` link, the club's footer."""
    dump = Dump.named("email_digest_02", "Club newsletter: CAPITAL label, Read more:, footer")
    dump.matter("Subject: Rails & Roads monthly", "", "Dear members,")
    body = layout.Body(wrapper=mail.wrapped(70))
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        items = ["OPENTTD CORNER", layout.Title(), "", body, "", f"Read more: {text.url}"]
        layout.lay_out(dump, text, items)
    dump.gap(2)
    dump.matter(
        "You receive this newsletter as a member of the Rails & Roads club.",
        "To stop receiving it, reply with UNSUBSCRIBE.",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A MIME digest as a terminal mail reader shows it: each part under its `[-- Attachment
    #n --]` and `[-- Type: … --]` lines, the part's `Subject:` and `Date:`, the text at 72."""
    dump = Dump.named("email_digest_03", "Terminal mail reader: [-- Attachment #n --] parts")
    idents = share(t, dump.name)
    dump.matter(
        "Date: Mon, 02 Mar 2026 06:00:01 +0000",
        "From: openttd-news-request@lists.example.org",
        f"Subject: openttd-news Digest, Vol 7, Issue {len(idents)}",
    )
    body = layout.Body(wrapper=mail.wrapped(72))
    for number, ident in enumerate(idents, 1):
        text = t[ident]
        dump.gap()
        items = [
            f"[-- Attachment #{number} --]",
            "[-- Type: message/rfc822, Encoding: 7bit, Size: 2.1K --]",
            "",
            layout.Title("Subject: {}"),
            f"Date: {layout.id_day(text):%a, %d %b %Y} 14:33:00 +0000",
            "",
            body,
        ]
        layout.lay_out(dump, text, items)
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Posts copied from the site's own pages: its menu, the `Archived News` header, the
    headline with its day and `Posted by …` lines, the text, the footer's links."""
    dump = Dump.named("foreign_web_01", "The site's pages: menu, Archived News, Posted by, footer")

    def page(text: Text) -> list[layout.Item]:
        return [*SITE_HEAD, layout.Title(), layout.ABOVE, "", layout.Body(), "", *SITE_FOOT]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Posts copied from a game store's announcement pages: its menu, the game's name and
    the trail, the headline, the day, the text, the rating and `View all news` lines."""
    dump = Dump.named("foreign_web_02", "Store announcements: trail, day, Rate this announcement")

    def page(text: Text) -> list[layout.Item]:
        when = f"{layout.id_day(text):%a, %B} {layout.id_day(text).day}, {layout.id_day(text).year}"
        return [*STORE_HEAD, layout.Title(), when, "", layout.Body(), "", *STORE_FOOT]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Posts reposted in English on a German fan site: its name and trail, the headline, a
    `Veröffentlicht am …` line, the text, the source line and the footer."""
    dump = Dump.named("foreign_web_03", "German fan site: Startseite › Nachrichten, Quelle:")

    def page(text: Text) -> list[layout.Item]:
        when = f"Veröffentlicht am {german_day(text)} von der Redaktion"
        return [*FAN_HEAD, layout.Title(), when, "", layout.Body(), "", *FAN_FOOT]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest posts with intertitles, every short line two blank lines apart, as wide
    as the gap between them, under the day."""
    dump = Dump.named("long_intertitles_01", "Long posts under the day, short lines spaced")
    items = [(i, layout.english_date(t[i])) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Posts kept at 74 under their `Posted by …` line and two blank lines, intertitles in
    capitals."""
    dump = Dump.named("long_intertitles_02", "Posts at 74 under Posted by, two blanks under it")
    body = layout.Body(wrapper=mail.wrapped(74))

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(), f"Posted by {author(text)}", "", "", body]

    return layout.capitalised_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: OpenTTD News, body unwrapped",
        NEWS,
        30,
        "GAMES",
        byline=author,
        kind="PUBLICATION-TYPE: Web Publication",
    ),
    blog_exports.Copyrighted(
        "LexisNexis records: OpenTTD posts, at 72",
        TEAM,
        (NEWS, 32),
        ("SECTION: SIMULATION GAMES",),
        "DOCUMENT-TYPE: News",
        72,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: OpenTTD News",
        ("=ttd-news", "Tuesday, March 3, 2026 11:05:00 AM CET", "402990417"),
        ('"transport simulation" AND open source', f"Sources: {NEWS}"),
        (NEWS, TEAM, "OpenTTD"),
    ),
    blog_exports.Factiva("Factiva display: OpenTTD News, OPNTTD", NEWS, "OPNTTD", TEAM, 4),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts quoted on a forum, each closed a blank line down by where it was posted."""
    dump = Dump.named("trailers_01", "Forum quotes closed by where the post appeared")
    closing = (
        ("Originally posted on openttd.org",),
        ("(via the OpenTTD website)",),
        ("Source: https://www.openttd.org/news", "Posted in: Announcements"),
    )
    items = list(zip(share(t, dump.name), closing, strict=True))
    return layout.closed_by(dump, t, items, 2, body=layout.Body(wrapper=mail.wrapped(76)))


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts sent out as a newsroom's items, each closed flush by its end line."""
    dump = Dump.named("trailers_02", "Newsroom items closed flush by END and the like")
    closing = ("— END —", "(OpenTTD team)", "For more information: info@openttd.org")
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, blank=False)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Posts sent on from phones at 60 columns, each closed a blank line down by the mail
    app's own line."""
    dump = Dump.named("trailers_03", "Posts sent from phones at 60, closed by the app")
    closing = (
        "Sent from my Android device with K-9 Mail. Please excuse my brevity.",
        "Sent from Yahoo Mail on Android",
        "Sent from my iPad",
    )
    body = layout.Body(wrapper=mail.wrapped(60))
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Forty-seventh fresh half (sealed at birth, a project's news): sources, licence

Written, like this file, by `python -m bench.fresh47_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh47_texts CLONE` writes from a clone of the repository named below. A
**sealed** half, sealed at birth ([README.md](../README.md)): in SPLITS and SEALED from the
commit that first adds it; its builder never ran the splitter on it; only the lead scores it.
It holds a game project's news, in English, in all eight shapes.

Every headline, intertitle, caption and body paragraph is real published text, taken by code
(not by hand) from the source of a project's news:

- **OpenTTD's news** (www.openttd.org/news), the open-source transport simulation game's: its
  posts written in Markdown alone (releases, infrastructure, events, surveys, development
  notes), as github.com/OpenTTD/website keeps them under _posts/ (one file a post, named by its
  day; at 5b9d40b, August 2026), a source no earlier half used. A text is a post of 40 to 1,500
  printed words with no HTML or Liquid tag in it (the older posts, kept as HTML, are left out);
  the lines under its headline are the ones the site's layout prints there (the day, `Posted by
  …`). Licence: the repository's LICENSE, the GNU General Public License v2; no other licence is
  given for the prose. Source: the OpenTTD team, each post's address below.

The Markdown is read as fresh41's is (bench/fresh47_texts.py): links and emphasis as their
words, headings as intertitles, list items as paragraphs, images' alternative text as captions;
code, media and HTML comments left out, a paragraph's lines joined. The web pages of
foreign_web_01 carry the site's own chrome (its menu, the `Archived News` header, the day and
`Posted by …` lines, the footer's links). Copied from real tools: an mbox file's `From ` lines
and headers, a terminal mail reader's view of a MIME digest (`[-- Attachment #n --]`, `[-- Type:
message/rfc822 … --]`), and phone mail apps' default closings (K-9 Mail's, Yahoo Mail's, the
iPad's). Invented for the half: a club's text file with dashed underlines, a server admin's
`>>> headline [day]` file, an encrypted note app's front matter (`title`, `created_at`,
`updated_at`, `tags`), a Markdown editor's import (`> Source:` and a rule), a club newsletter's
`OPENTTD CORNER` labels and `Read more:` links, a game store's announcement page, a German fan
site's repost (`Startseite › Nachrichten › OpenTTD`, `Veröffentlicht am …`, `Quelle:`), forum,
newsroom (`— END —`) closings. Written by the builder besides: the wrapping
(bench/mail_layout.py), the order of the texts, export headers, cover pages and field lines.
Changes: the words are unchanged; Markdown removed as the page renders it, lines joined into
paragraphs and wrapped again, intertitles in capitals where a page sets them so, Markdown
markers added in the notes. The dumps are shared under the GNU General Public License v2, like
their texts. Doubts: one language, English; one source, a game's news, many of its posts short
release notes; the GPL is a software licence, a looser fit for prose than CC BY.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH47, SOURCES_HEAD)
"""The forty-seventh fresh half, sealed at birth: OpenTTD's news posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
