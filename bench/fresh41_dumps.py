"""The forty-first fresh half, tuning, of posts mailed and copied with their site's chrome:
`python -m bench.fresh41_dumps` writes it and its gold.

The weakest second-look halves lose most bodies in digests, in texts closed by trailers and on
pages carrying their own site's chrome (fresh37: 2 of 14 bodies in its digests, 3 of 12 under
trailers; fresh30: 1 of 18 on its pages). This half gives the tuning helpers more text of those
kinds, from a source no earlier half used: tests/fixtures/dumps/real/fresh41/texts.txt (written
by `python -m bench.fresh41_texts` from a clone of deltachat/deltachat-pages) holds the Delta
Chat blog's posts of 2017 to 2026 (releases, the protocol's security work, gatherings, the
project's news), "Licensed GPLv3+". Its web pages carry the site's own chrome
(_layouts/default.html, _includes/footer-languages.html, subscribe-to-feed-links.html,
comments.html, the strings in _data/lang/en.yaml: the menu, the day and authors under the
headline, the comments' lines, the footer's links, its list of languages and the copyright
line). Everything else around the texts (mail, forward, digest and feed headers, newsletters,
closing lines, signatures, export headers and fields, clipping lines) is written here, and the
wrapping is done by bench/mail_layout.py. It is a tuning half: its dumps, gold and misses may be
read and tuned on.
"""

from __future__ import annotations

import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH41 = REAL / "fresh41"
TEXTS = FRESH41 / "texts.txt"
BLOG = "Delta Chat Blog"
SITE = "delta.chat"
TEAM = "Delta Chat contributors"
LIST = "delta-users"

MENU = ("Download", "Blog", "Contribute", "FAQ")
"""The site's menu (_layouts/default.html, _data/lang/en.yaml)."""
COMMENTS = ("You need JavaScript to view comments here.", "Show Comments")
"""The comments' lines under a post (_includes/comments.html)."""
FOOTER = (
    "Forum | Source Code | Donate | Imprint | Privacy Policy",
    "Language:",
    "Bahasa Indonesia · Català · Čeština · Deutsch · English · Español · Euskara · Français · "
    "Galego · Italiano · Nederlands · Polski · Português · Português do Brasil · Shqip · "
    "Slovenčina · Türkçe · Pусский · Українська · 简体中文 · فارسی",
    "RSS-Feed",
    "Mastodon",
    "© 2026 Delta Chat contributors",
)
"""The footer (_layouts/default.html, footer-languages.html, subscribe-to-feed-links.html)."""

SIZES = {
    "classic_01": ("post", 3),
    "classic_02": ("post", 3),
    "classic_03": ("post", 4),
    "clipper_markdown_01": ("post", 3),
    "clipper_markdown_02": ("post", 3),
    "email_digest_01": ("post", 3),
    "email_digest_02": ("post", 3),
    "email_digest_03": ("post", 4),
    "email_digest_04": ("post", 3),
    "foreign_web_01": ("post", 3),
    "foreign_web_02": ("post", 3),
    "foreign_web_03": ("post", 3),
    "lexisnexis_01": ("post", 3),
    "lexisnexis_02": ("post", 3),
    "nexis_factiva_01_nexisuni": ("post", 3),
    "nexis_factiva_02_factiva": ("post", 3),
    "trailers_01": ("post", 3),
    "trailers_02": ("post", 3),
    "trailers_03": ("post", 3),
}
"""Each dump of those shapes and how many posts it holds, dealt out in the posts' order."""
LONG = {"long_intertitles_01": ("post", 3), "long_intertitles_02": ("post", 3)}
"""The long-text dumps, dealt the longest posts with intertitles."""


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the posts dump `name` holds; no post twice."""
    return mail.dealt_in_pools(t, lambda text: "post", SIZES, LONG, name)


def byline(text: Text) -> str:
    """The line the page prints under the headline: the day and the authors."""
    return text.above[0]


def authors(text: Text) -> str:
    """The post's authors as the page names them, or the project's contributors."""
    return byline(text).partition(" by ")[2] or TEAM


def day(text: Text) -> str:
    """The post's day as the page writes it, `August 04, 2025`."""
    return byline(text).partition(" by ")[0]


def stamp(text: Text) -> str:
    """The post's day as a mail's `Date:` header writes it."""
    return f"{layout.id_day(text):%a, %d %b %Y} 18:40:00 +0200"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts saved from `format=flowed` mail at 72 (every soft break a trailing space), each
    under its headline and the page's day and authors."""
    dump = Dump.named("classic_01", "Posts from flowed mail at 72 under day and authors")
    body = layout.Body(wrapper=mail.flowed(72))
    pages = [(i, [layout.Title(), layout.ABOVE, "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts kept in a text file a sentence a line, as the blog's authors write their source,
    two blank lines apart."""
    dump = Dump.named("classic_02", "Posts a sentence a line, two blank lines apart")
    body = layout.Body(wrapper=mail.sentence_lines)
    pages = [(i, [layout.Title(), "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts pasted into a text file between underscore rules, wrapped at 76 with a paragraph
    in four re-flowed into one line, each under its headline and day."""
    dump = Dump.named("classic_03", "Posts between ____ rules, at 76, some re-flowed")
    body = layout.Body(wrapper=mail.reflowed(76, 4))
    pages = [(i, [layout.Title(), day(t[i]), "", body]) for i in share(t, dump.name)]
    return layout.ruled_pages(dump, t, pages, "_" * 32)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Posts as Markdown files in the repository's manner: front matter (title, author), a
    sentence a line, `## ` intertitles."""
    style = "Jekyll post files: front matter, a line a sentence"
    dump = Dump.named("clipper_markdown_01", style, ".md")

    def page(text: Text) -> list[layout.Item]:
        head = ["---", layout.Title('title: "{}"'), f"author: {authors(text)}", "---", ""]
        body = layout.Body(render=layout.markdown, wrapper=mail.sentence_lines)
        return [*head, body]

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


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A Mailman digest of a users' list: the list's opening lines and topics, then each
    message under a rule with its headers, the post at 72; the digest's end line."""
    dump = Dump.named("email_digest_01", "Mailman digest: Send submissions, topics, headers")
    idents = share(t, dump.name)
    dump.matter(
        f"Send {LIST} mailing list submissions to",
        f"\t{LIST}@lists.example.org",
        "",
        "Today's Topics:",
        "",
        *(f"   {n}. {t[i].title} ({authors(t[i])})" for n, i in enumerate(idents, 1)),
    )

    def head(number: int, text: Text) -> list[layout.Item]:
        return [
            f"Message: {number}",
            f"Date: {stamp(text)}",
            f"From: {authors(text)} <{LIST}@lists.example.org>",
            layout.Title("Subject: [delta] {}"),
            f"Message-ID: <{layout.id_day(text):%Y%m%d}.{number}@{SITE}>",
        ]

    layout.message_digest(dump, t, idents, head, layout.Body(wrapper=mail.wrapped(72)), "-" * 70)
    dump.matter(f"End of {LIST} Digest, Vol 6, Issue 2", "*" * 36)
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """One mail passing on three posts as replies do: each under its `Subject:` line and the
    client's `On …, Delta Chat wrote:` line, the text quoted under `> ` at 72."""
    dump = Dump.named("email_digest_02", "Posts passed on quoted: Subject:, On … wrote:, > at 72")
    dump.matter("Hey,", "", "the three posts I mentioned, quoted below.")
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        when = layout.id_day(text)
        wrote = f"{when:%a}, {when:%b} {when.day}, {when:%Y} at 6:40 PM Delta Chat <news@{SITE}>"
        items = [
            layout.Title("Subject: {}"),
            "",
            f"On {wrote} wrote:",
            "",
            layout.Body(wrapper=mail.quoted(mail.wrapped(72))),
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A privacy newsletter's issue: numbered headlines over the day, the opening paragraph at
    68 and a `Read more:` line, under the letter's header and over its footer."""
    dump = Dump.named("email_digest_03", "Newsletter: 1. headline, day, lead at 68, Read more:")
    dump.matter(
        "PRIVATE MESSAGING WEEKLY — Issue 41",
        "",
        "Four reads from the Delta Chat blog this week.",
    )
    for number, ident in enumerate(share(t, dump.name), 1):
        text = t[ident]
        dump.gap(2)
        items = [
            layout.Title(f"{number}. {{}}"),
            day(text),
            "",
            layout.Body(wrapper=mail.wrapped(68)),
        ]
        layout.lay_out(dump, layout.opening(text, 1), [*items, "", f"Read more: {text.url}"])
    dump.gap(2)
    dump.matter("You are receiving this because you subscribed. Unsubscribe: reply STOP.")
    return dump


def email_digest_04(t: dict[str, Text]) -> Dump:
    """The blog's feed sent by a feed-to-mail tool, a mail an item: `From:`, `Subject:`,
    `Date:`, `URL:` and the post at 78."""
    dump = Dump.named("email_digest_04", "Feed to mail: [Delta Chat] Subject, URL:, body at 78")
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap(2)
        items = [
            f"From: {BLOG} <user@feeds.example.invalid>",
            layout.Title("Subject: [Delta Chat] {}"),
            f"Date: {stamp(text)}",
            f"URL: {text.url}",
            "",
            layout.Body(wrapper=mail.wrapped(78)),
        ]
        layout.lay_out(dump, text, items)
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """The blog's pages copied whole: the menu, headline, day and authors, the post, the
    comments' lines, the footer."""
    dump = Dump.named("foreign_web_01", "delta.chat pages: menu, byline, comments, footer")
    head: list[layout.Item] = [*MENU, "", layout.Title(), layout.ABOVE, ""]
    foot: list[layout.Item] = ["", *COMMENTS, "", *FOOTER]
    pages = [(i, [*head, layout.Body(around=1), *foot]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """The blog's pages copied from a reader view: the site, the headline, the authors, the
    reading time, the post."""
    dump = Dump.named("foreign_web_02", "Reader view copies: site, headline, authors, minutes")

    def page(text: Text) -> list[layout.Item]:
        minutes = layout.reading_minutes(text)
        head = [SITE, layout.Title(), authors(text), f"{minutes}–{minutes + 2} minutes"]
        return [*head, "", layout.Body()]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """The blog's pages saved as text by a browser, which wraps at 72: the window's title (`…
    - Delta Chat`), the menu, the headline, the byline, the post, the footer's first line and
    copyright."""
    dump = Dump.named("foreign_web_03", "Pages saved as text at 72: window title, menu, footer")

    def page(text: Text) -> list[layout.Item]:
        head = [f"{text.title} - Delta Chat", "", *MENU, "", layout.Title(), layout.ABOVE, ""]
        body = layout.Body(around=1, wrapper=mail.wrapped(72))
        return [*head, body, "", FOOTER[0], FOOTER[-1]]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 3)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest intertitled posts with every short line two blank lines apart, as wide as
    the gap between them, under the byline."""
    dump = Dump.named("long_intertitles_01", "Long posts under the byline, short lines spaced")
    items = [(i, byline(t[i])) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Long posts mailed at 72, intertitles in capitals, under the byline."""
    dump = Dump.named("long_intertitles_02", "Long posts at 72, intertitles in capitals")
    body = layout.Body(wrapper=mail.wrapped(72))
    pages = [(i, [layout.Title(), layout.ABOVE, "", "", body]) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Delta Chat Blog, body unwrapped", BLOG, 30, "MESSAGING", authors
    ),
    blog_exports.Copyrighted(
        "LexisNexis export: copyright Delta Chat, at 74",
        TEAM,
        (SITE, 34),
        ("SECTION: TECHNOLOGY",),
        "DOCUMENT-TYPE: Blog",
        74,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Delta Chat Blog",
        ("=secure-messaging", "Friday, June 5, 2026 4:15:00 PM CEST", "359402931"),
        ('"Delta Chat" AND (encryption OR release)', f"Sources: {SITE}"),
        (SITE, TEAM, BLOG),
    ),
    blog_exports.Factiva("Factiva display: Delta Chat Blog, DLTCHT", BLOG, "DLTCHT", TEAM, 4),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts mailed at 70, a paragraph in three re-flowed into one line, each signed under
    `-- ` with its authors' names."""
    dump = Dump.named("trailers_01", "Mailed posts at 70, some re-flowed, signed under '-- '")
    body = layout.Body(wrapper=mail.reflowed(70, 3))
    items = [(i, ("-- ", authors(t[i]))) for i in share(t, dump.name)]
    return layout.closed_by(dump, t, items, 2, body=body)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts reposted by other sites, their credit set flush under the last paragraph."""
    dump = Dump.named("trailers_02", "Reposted posts closed flush by a credit line")
    closing = (
        "Source: delta.chat/en/blog (GPLv3+)",
        "Originally published on the Delta Chat blog.",
        "(via delta.chat)",
    )
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    body = layout.Body(wrapper=mail.wrapped(74))
    return layout.closed_by(dump, t, items, 2, blank=False, body=body)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Posts sent on from phones at 64 columns, each closed a blank line down by the app's own
    line."""
    dump = Dump.named("trailers_03", "Posts sent from phones at 64, closed by the app")
    closing = ("Sent with Delta Chat", "Sent from my Fairphone", "Sent from Proton Mail Android")
    body = layout.Body(wrapper=mail.wrapped(64))
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Forty-first fresh half (tuning, mailed posts): sources and licences

Written, like this file, by `python -m bench.fresh41_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh41_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: its dumps, gold and misses may be read, shown and tuned on
([README.md](../README.md)). It holds posts in the shapes the weakest second-look halves lose
most bodies in (digests, texts closed by trailers, pages with their site's chrome, mail), in all
eight shapes; its second look is fresh39.

Every headline, intertitle, caption, body paragraph and byline is real published text, taken by
code (not by hand) from the source of delta.chat, the Delta Chat messenger's site, as
github.com/deltachat/deltachat-pages holds it (at c76948e, August 2026): every post of its blog
under _posts/ of at most 2,000 words once its code is left out (87 of 90, 2017 to 2026, 33 to
1,852 words, 48 with intertitles): releases, the protocol's security work, gatherings, the
project's news. The Markdown is read as fresh29's posts are (bench/fresh29_texts.py): links and
emphasis as their words, headings as intertitles (their anchors left out), an image's
alternative text as its caption, list items as paragraphs; code blocks, HTML images, frames,
style sheets and rules left out, a paragraph's lines joined (the authors write a line per
phrase). The byline is the one the page prints under the headline (_layouts/default.html). The
web pages carry the site's own chrome (_layouts/default.html, _includes/footer-languages.html,
subscribe-to-feed-links.html, comments.html, _data/lang/en.yaml). Written by the builder: the
wrapping (bench/mail_layout.py), the order of the posts, and everything around the texts in the
other shapes (digest, forward, newsletter and feed headers, signatures, phone apps' closing
lines, reposts' credits, export headers, cover pages and field lines, a reader view's lines,
clipping lines).

Licence: the repository's README: "Licensed GPLv3+, see the LICENSE file for details"; its
LICENSE is the GNU General Public License version 3, whose text is beside the halves as
[../licences/GPL-3.0.txt](../licences/GPL-3.0.txt). Credit: the Delta Chat contributors
(delta.chat; each post's authors are named in its byline). Changes: the words are unchanged;
Markdown and HTML markup removed as the page renders it, code, images, frames and style sheets
left out, lines joined into paragraphs and wrapped again; intertitles in capitals where a style
sheet sets them so, Markdown markers added back in the clippings. The dumps are shared under the
same licence. Doubts: a messenger project's blog, not a newspaper; English only; some release
posts are lists of changes, and a few early posts carry the same text in German and Russian
under their own intertitles.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH41, SOURCES_HEAD)
"""The forty-first fresh half, tuning: the Delta Chat blog's posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
