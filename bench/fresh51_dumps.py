"""The fifty-first fresh half, sealed at birth, of a language project's news: `python -m
bench.fresh51_dumps` writes it and its gold.

The splitter reads new sources badly (the last halves 22% to 73% at their first reading), so
the work on it needs a judge it has never met. This half is one, from a source no earlier half
used: tests/fixtures/dumps/real/fresh51/texts.txt (written by `python -m bench.fresh51_texts`
from a clone of the site's repository) holds the Nim programming language's blog posts of 2009
to 2025 under Creative Commons Attribution 3.0: release announcements with their changelogs
and code, surveys with their tables, the community showcase, essays and event news, which the
dumps keep as the page prints them (a list's items and a table's rows line under line). Its
first web pages carry the site's own chrome (its navigation as _config.yml names it, the post
layout's day and author, the footer's licence lines); everything else around the texts (a
Kindle clippings file, a notes file with arrow headlines, an archive kept through `fmt`, the
site's Jekyll sources, Pandoc title blocks, an RSS-to-mail service, ProtonMail and Alpine
forwards, a link aggregator's and a developer network's pages, syndication, share and
signature closings, export headers and fields) is written here in manners no open half's
builder imitates, and the wrapping is done by bench/mail_layout.py. It is sealed: nobody but
the lead splits or scores it, once, at a session's end.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh48_dumps import together
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH51 = REAL / "fresh51"
TEXTS = FRESH51 / "texts.txt"
BLOG = "Nim Blog"
OWNER = "The Nim Programming Language"

PRINTED = layout.Body(together=together)
"""The body as the page prints it: paragraphs a blank line apart, lists and tables tight."""

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
    "long_intertitles_02": ("en", 3),
}
"""Each dump of those shapes, the language of its texts and how many it holds, dealt out in
the spread order (`spread`)."""
LONG = {"long_intertitles_01": ("en", 3)}
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
    """The post's author as the page names it, or the project's team where it names none."""
    return text.above[1] if len(text.above) > 1 else "The Nim Team"


def pages(
    dump: Dump, t: dict[str, Text], page: Callable[[Text], list[layout.Item]], gap: int
) -> Dump:
    """The dump's texts laid out one after another by `page`, `gap` blank lines apart."""
    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], gap)


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts highlighted on a Kindle, as its `My Clippings.txt` keeps them: the headline and
    author in brackets, the highlight's location and day, the text, a row of `=` after each."""
    dump = Dump.named("classic_01", "Kindle My Clippings.txt: Title (Author), - Your Highlight")
    for ident in share(t, dump.name):
        text = t[ident]
        added = f"{layout.id_day(text):%A, %d %B %Y} 10:02:11"
        where = f"- Your Highlight on Location 1-{text.words() // 12 + 1} | Added on {added}"
        layout.lay_out(dump, text, [layout.Title(f"{{}} ({author(text)})"), where, "", PRINTED])
        dump.separator("==========")
    return dump


def classic_02(t: dict[str, Text]) -> Dump:
    """A notes file kept in a text editor: each post under an `==> ` headline, its text
    wrapped at 66, a line of `-` between posts."""
    dump = Dump.named("classic_02", "Editor notes: ==> headline, text at 66, --- rules")
    body = layout.Body(wrapper=mail.wrapped(66), together=together)
    for number, ident in enumerate(share(t, dump.name)):
        if number:
            dump.gap()
            dump.separator("-" * 66)
            dump.gap()
        layout.lay_out(dump, t[ident], [layout.Title("==> {}"), "", body])
    return dump


def classic_03(t: dict[str, Text]) -> Dump:
    """An archive of posts kept through `fmt -w 72` under `Title:`, `Date:` and `Source:`
    header lines, two blank lines between posts."""
    dump = Dump.named("classic_03", "fmt archive: Title:/Date:/Source: over text at 72")
    body = layout.Body(wrapper=mail.wrapped(72), together=together)

    def page(text: Text) -> list[layout.Item]:
        when = f"Date: {layout.id_day(text):%Y-%m-%d}"
        return [layout.Title("Title: {}"), when, f"Source: {text.url}", "", body]

    return pages(dump, t, page, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """The site's own Jekyll sources pasted one after another: front matter with `title:` and
    `author:`, the body's Markdown with `#` intertitles."""
    dump = Dump.named("clipper_markdown_01", "The site's Jekyll sources: title/author", ".md")
    body = layout.Body(render=layout.headings("#"), together=together)

    def page(text: Text) -> list[layout.Item]:
        head = ["---", layout.Title('title: "{}"'), f"author: {author(text)}", "---"]
        return [*head, "", body]

    return pages(dump, t, page, 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Posts saved as Pandoc Markdown with a title block (`% title`, `% author`, `% date`),
    `##` intertitles."""
    dump = Dump.named("clipper_markdown_02", "Pandoc title blocks: % title / % author", ".md")
    body = layout.Body(render=layout.markdown, together=together)

    def page(text: Text) -> list[layout.Item]:
        when = f"% {layout.id_day(text):%B %-d, %Y}"
        return [layout.Title("% {}"), f"% {author(text)}", when, "", body]

    return pages(dump, t, page, 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """The blog's feed mailed by an RSS-to-email service: its header, each post under its
    headline with `by` and the author, a `Read more:` link, the service's footer."""
    dump = Dump.named("email_digest_01", "RSS-to-mail digest: headline, by …, Read more:")
    idents = share(t, dump.name)
    dump.matter("Nim Blog: " + f"{len(idents)} new items", "", "View in your browser")
    body = layout.Body(wrapper=mail.wrapped(70), together=together)
    for ident in idents:
        text = t[ident]
        dump.gap(2)
        items = [layout.Title(), f"by {author(text)}", "", body, "", f"Read more: {text.url}"]
        layout.lay_out(dump, text, items)
    dump.gap(2)
    dump.matter(
        "You are receiving this email because you subscribed to this feed.",
        "Unsubscribe from this feed | Manage your subscriptions",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A colleague passing posts on as ProtonMail forwards (`------- Forwarded Message
    -------`, `From:`, `Date:`, `Subject:`, `To:`)."""
    dump = Dump.named("email_digest_02", "ProtonMail forwards: ------- Forwarded Message -------")
    dump.matter("Hi team,", "", "the Nim posts I mentioned on the call, below.")
    body = layout.Body(wrapper=mail.wrapped(72), together=together)
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        dump.separator("------- Forwarded Message -------")
        when = f"Date: On {layout.id_day(text):%A, %B %-d, %Y} at 10:00 AM"
        items = [
            "From: Nim Blog <blog@nim-lang.example>",
            when,
            layout.Title("Subject: {}"),
            "To: team@lists.example",
            "",
            "",
            body,
        ]
        layout.lay_out(dump, text, items)
    dump.gap(2)
    dump.matter("Cheers,", "Sam")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """Posts forwarded one after another from Alpine (`---------- Forwarded message
    ----------`, `Date:`, `From:`, `To:`, `Subject:`)."""
    dump = Dump.named("email_digest_03", "Alpine forwards: Date:/From:/To:/Subject:")
    body = layout.Body(wrapper=mail.wrapped(72), together=together)
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap(2)
        dump.separator("---------- Forwarded message ----------")
        items = [
            f"Date: {layout.id_day(text):%a, %d %b %Y} 09:14:02",
            "From: Nim Blog <blog@nim-lang.example>",
            "To: reading-group@lists.example",
            layout.Title("Subject: {}"),
            "",
            body,
        ]
        layout.lay_out(dump, text, items)
    return dump


# foreign_web -----------------------------------------------------------------------


NAVIGATION = "Blog   Features   Download   Documentation   Forum   Donate"
"""The site's navigation, as its _config.yml names it."""
FOOTER = (
    "Unless otherwise stated, the content of this page is licensed under the Creative Commons "
    "Attribution 3.0 license.",
    "Code displayed on this website is MIT licensed.",
    "This website is available on GitHub and contributions are welcome.",
)
"""The footer's licence and repository lines (_includes/footer.html)."""


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Posts copied from the site's own pages: its navigation, the headline, the day and the
    author the post layout prints, the text, the footer's lines."""
    dump = Dump.named("foreign_web_01", "The site's pages: navigation, day, author, footer")

    def page(text: Text) -> list[layout.Item]:
        return [NAVIGATION, "", layout.Title(), layout.ABOVE, "", PRINTED, "", *FOOTER]

    return pages(dump, t, page, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Posts on a link aggregator's item pages: the headline and the site in brackets, the
    points and comments line, the post's text pasted under it."""
    dump = Dump.named("foreign_web_02", "Aggregator item pages: (nim-lang.org), points line")

    def page(text: Text) -> list[layout.Item]:
        line = "212 points by zevv 5 hours ago | hide | past | favorite | 87 comments"
        return [layout.Title("{} (nim-lang.org)"), line, "", PRINTED, "", "add comment"]

    return pages(dump, t, page, 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Posts reposted on a developer network: the author and `Posted on` day, the headline,
    the tags, the text, the reactions and comments lines."""
    dump = Dump.named("foreign_web_03", "Developer network reposts: Posted on, #tags, Top comments")

    def page(text: Text) -> list[layout.Item]:
        posted = f"Posted on {layout.id_day(text):%b %-d, %Y}"
        head = [author(text), posted, "", layout.Title(), "#nim #programming #release", ""]
        return [*head, PRINTED, "", "Top comments (0)", "Subscribe"]

    return pages(dump, t, page, 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest posts with intertitles, every short line two blank lines apart, as wide as
    the gap between them, under the day."""
    dump = Dump.named("long_intertitles_01", "Long posts under the day, short lines spaced")
    items = [(i, t[i].above[0]) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Posts saved as plain text at 76 under `By` and the author, intertitles in capitals with
    two blank lines around them."""
    dump = Dump.named("long_intertitles_02", "Posts at 76 under By …, capital intertitles")
    body = layout.Body(wrapper=mail.wrapped(76), together=together)

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(), f"By {author(text)}", "", "", body]

    pages_ = [(i, page(t[i])) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages_, 3)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Nim Blog, body unwrapped",
        BLOG,
        30,
        "PROGRAMMING LANGUAGES",
        byline=author,
        kind="PUBLICATION-TYPE: Web Blog",
    ),
    blog_exports.Copyrighted(
        "LexisNexis records: the Nim project's posts, at 74",
        OWNER,
        (BLOG, 31),
        ("SECTION: RELEASES AND COMMUNITY",),
        "DOCUMENT-TYPE: Blog Post",
        74,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Nim Blog",
        ("=nim-blog", "Monday, November 3, 2025 4:20:00 PM EST", "713300541"),
        ("Nim AND release", f"Sources: {BLOG}"),
        (BLOG, OWNER, "nim-lang.org"),
    ),
    blog_exports.Factiva("Factiva display: Nim Blog, NIMBLG", BLOG, "NIMBLG", OWNER, 4),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts syndicated by a programming news site, each closed a blank line down by its
    syndication note and the licence."""
    dump = Dump.named("trailers_01", "Syndicated: This post first appeared on …, CC BY 3.0")
    closing = (
        "This post first appeared on the Nim blog (nim-lang.org).",
        "Republished under CC BY 3.0.",
    )
    body = layout.Body(wrapper=mail.wrapped(72), together=together)
    items = [(i, closing) for i in share(t, dump.name)]
    return layout.closed_by(dump, t, items, 2, body=body)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts shared from a feed reader, each closed flush by the reader's share line."""
    dump = Dump.named("trailers_02", "Feed reader shares: Shared from …, flush")
    closing = (("Shared from NetNewsWire",), ("Shared via Feedbin",), ("Sent from Reeder.",))
    items = list(zip(share(t, dump.name), closing, strict=True))
    return layout.closed_by(dump, t, items, 3, blank=False, body=PRINTED)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Posts mailed on by a maintainer, each closed a blank line down by a signature after
    the `-- ` line."""
    dump = Dump.named("trailers_03", "Mailed on: -- signature with name and project")
    closing = ("-- ", "Alex Rivera", "Maintainer, nimble-packages mirror")
    body = layout.Body(wrapper=mail.wrapped(68), together=together)
    items = [(i, closing) for i in share(t, dump.name)]
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Fifty-first fresh half (sealed at birth, a language project's news): sources

Written, like this file, by `python -m bench.fresh51_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh51_texts CLONE` writes from a clone of the repository named below. A
**sealed** half, sealed at birth: in `SPLITS` and `SEALED` from the commit that first adds it;
nobody but the lead splits or scores it ([README.md](../README.md)). It holds a programming
language project's news, in English, in all eight shapes.

Every headline, intertitle, caption and body block is real published text, taken by code (not
by hand) from the source of the project's site:

- **The Nim blog** (nim-lang.org/blog), the Nim programming language's news, December 2009 to
  2025: release announcements with their changelogs, install steps and code, community
  surveys with their tables, the monthly showcase of community projects, essays and event
  news, as github.com/nim-lang/website keeps them under jekyll/_posts/ (one Markdown file a
  post; at d9d89c1, October 2025), a source no earlier half used. A text is a post of 60 to
  3,000 printed words (131 posts; one post kept as AsciiDoc is left out); the lines under its
  headline are its day as the post layout prints it (`date_to_long_string`, `21 November
  2022`) and its author. Licence: the repository's LICENSE.md is Creative Commons
  Attribution 3.0 Unported, and the site's footer says the content of its pages is under it
  unless otherwise stated (code displayed on the site under MIT). Source: nim-lang.org, each
  post's address below (as the site's permalink rule, `/blog/:year/:month/:day/:title.html`,
  makes it).

The Markdown is read by fresh48's reader (bench/fresh48_texts.py): links and emphasis as their
words, headings of any level as intertitles, images' alternative text as captions, a list
item, a table row (its cells between `|`) and a code block's line each a block, kept as the
page prints them; an angle bracket in inline code kept (bench/fresh50_texts.py). The dumps
print a list's items and a table's rows line under line. The web pages of foreign_web_01 carry
the site's own chrome: its navigation (_config.yml), the day and author the post layout prints
and the footer's licence and repository lines (_includes/footer.html). Copied from real tools
and habits: a Kindle's `My Clippings.txt` (`Title (Author)`, `- Your Highlight on Location … |
Added on …`, `==========`), the site's own Jekyll front matter (`title:`, `author:`), a Pandoc
title block (`% title`, `% author`, `% date`), ProtonMail's forward header (`------- Forwarded
Message -------`), Alpine's (`---------- Forwarded message ----------`), a link aggregator's
item line (`points by … | hide | past | favorite | … comments`), a developer network's
`Posted on` and `Top comments` lines, feed readers' share lines and a `-- ` signature.
Invented for the half: the notes file's `==> ` headlines and rules, the archive's `Title:`,
`Date:` and `Source:` lines, the RSS-to-mail service's header and footer, the forwards'
greeting, addresses and signature, the aggregator's counts and user, the reposts' tags, the
syndication note, the maintainer's signature, export headers, cover pages and field lines.
Written by the builder besides: the wrapping (bench/mail_layout.py) and the order of the texts.
Changes: the words are unchanged; Markdown removed as the page renders it, lines joined into
paragraphs and wrapped again, intertitles in capitals where a page sets them so, Markdown
markers added in the notes. The dumps are shared under Creative Commons Attribution 3.0, like
their texts. Doubts: one source, a language's project blog, more technical than a newsroom's,
in English only; many posts are release notes alike in headline and layout; code blocks lose
their indentation (texts.txt holds a block a line); a few lines keep Markdown or HTML the reader
does not read (counted by pattern when the half was built, never read).

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH51, SOURCES_HEAD)
"""The fifty-first fresh half, sealed at birth: the Nim blog's posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
