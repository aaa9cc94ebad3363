"""The forty-sixth fresh half, tuning, of a public service's news: `python -m
bench.fresh46_dumps` writes it and its gold.

The tuning halves' weakest shapes are plain copies, web pages and trailers; their newest texts
were French and Italian public bodies' short items. This half gives the tuning helpers English
news of a public service from a source no earlier half used:
tests/fixtures/dumps/real/fresh46/texts.txt (written by `python -m bench.fresh46_texts` from a
clone of the site's repository) holds the posts of the Let's Encrypt blog, the free certificate
authority's (ISRG's), 2014 to 2026, under the Mozilla Public License 2.0: launches, milestones,
incidents, root changes, funding, many with intertitles. Its first web pages carry the blog's
own chrome (the site's Hugo theme: menu, the `Blog` trail, the post hero's `By … · day` line,
the footer's addresses); everything else around the texts (a feed-to-mail digest, a LISTSERV
digest, a colleague's round-up mail, a hosting company's reposts, a planet aggregator's page,
an operations log, a shared document, note and reference-manager exports, agency-style and
phone closings, export headers and fields) is written here in the manner of tools no earlier
builder imitated, and the wrapping is done by bench/mail_layout.py. It is a tuning half: its
dumps, gold and misses may be read and tuned on.
"""

from __future__ import annotations

import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH46 = REAL / "fresh46"
TEXTS = FRESH46 / "texts.txt"
BLOG = "Let's Encrypt Blog"
ISRG = "Internet Security Research Group"

SITE_HEAD = ("Let's Encrypt", "Get Help", "Blog", "Donate", "About Us", "")
"""The blog's site's name and menu over every page (config/_default/menu.en.toml)."""
SITE_FOOT = (
    "Support a more secure and privacy-respecting Web.",
    "Donate Now",
    "Send all mail or inquiries to:",
    "PO Box 18666",
    "Minneapolis, MN 55418-0666",
    "USA",
    "Legal Address",
    "548 Market St, PMB 77519",
    "San Francisco, CA 94104-5401",
    "USA",
)
"""The site's footer as its theme prints it (i18n/en.toml's words, partials/footer.html's
addresses)."""
HOST_HEAD = ("Northwind Hosting Blog", "Products   Pricing   Docs   Blog   Log in", "")
"""A hosting company's blog header, written for the half."""
HOST_FOOT = (
    "Share this post: Twitter · LinkedIn · Email",
    "",
    "© 2026 Northwind Hosting, Inc. · Privacy · Terms",
)
"""The same blog's footer, written for the half."""

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
    posts of every year from 2014 to 2026, not the first years' only."""
    idents = list(t)
    return {ident: t[ident] for ident in idents[::2] + idents[1::2]}


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds; no text twice."""
    return mail.dealt_in_pools(spread(t), lambda text: text.language, SIZES, LONG, name)


def author(text: Text) -> str:
    """The post's author as the page's line under the headline names them (`Josh Aas, ISRG
    Executive Director`), or the blog's team where it names none."""
    line = text.above[0]
    return line.removeprefix("By ").split(" · ")[0] if line.startswith("By ") else "ISRG"


def stamp(text: Text) -> str:
    """The day as an operations log stamps it (`[2015-11-12]`)."""
    return f"[{layout.id_day(text):%Y-%m-%d}]"


def mail_day(text: Text) -> str:
    """The day as a mail header writes it (`Thu, 12 Nov 2015`)."""
    return f"{layout.id_day(text):%a, %d %b %Y}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts pasted into a team's shared document: the headline, a `Source:` and a
    `Retrieved:` line, the text a paragraph a line."""
    dump = Dump.named("classic_01", "Shared document: headline, Source: and Retrieved: lines")

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(), f"Source: {text.url}", "Retrieved: 2026-03-02", "", layout.Body()]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Entries of an operations log kept in plain text: a `[YYYY-MM-DD]` stamp over each
    headline, the text at 78."""
    dump = Dump.named("classic_02", "Operations log: [YYYY-MM-DD] stamp over the headline, at 78")
    body = layout.Body(wrapper=mail.wrapped(78))
    pages = [(i, [stamp(t[i]), layout.Title(), "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts copied from the blog into a text editor: the headline, the page's line under it
    (`By … · day`), the text, three blank lines between posts."""
    dump = Dump.named("classic_03", "Copied posts: headline, By … · day, three blanks between")
    pages = [(i, [layout.Title(), layout.ABOVE, "", layout.Body()]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 3)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Bookmarks exported as Markdown by an object-based note app: front matter (`name`,
    `type`, `source`, `created`), a `# ` headline, `##` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Bookmark export: name/type/source/created", ".md")

    def page(text: Text) -> list[layout.Item]:
        created = f"created: {layout.id_day(text):%Y-%m-%d}T08:00:00Z"
        fields = ["type: Bookmark", f"source: {text.url}", created]
        head = ["---", f'name: "{text.title}"', *fields, "---"]
        body = layout.Body(render=layout.markdown)
        return [*head, "", layout.Title("# {}"), "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Items of a reference manager exported as Markdown notes: a `# ` headline, the item's
    fields a line each (`Item Type:`, `Author:`, `Date:`, `URL:`), `###` intertitles."""
    dump = Dump.named("clipper_markdown_02", "Reference manager notes: # title, field lines", ".md")

    def page(text: Text) -> list[layout.Item]:
        fields = ["Item Type: Blog Post", f"Author: {author(text)}"]
        fields += [f"Date: {layout.english_date(text)}", f"URL: {text.url}"]
        body = layout.Body(render=layout.headings("###"))
        return [layout.Title("# {}"), "", *fields, "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A feed-to-mail service's digest: its subject and sender, each post between rows of
    `=` with its byline, text at 72 and a `Read in browser:` link, the service's footer."""
    dump = Dump.named("email_digest_01", "Feed-to-mail digest: ==== rows, Read in browser:")
    idents = share(t, dump.name)
    dump.matter(
        f"Subject: [{BLOG}] {len(idents)} new posts",
        "From: Feed Digest <digest@feeds.example.net>",
    )
    for ident in idents:
        text = t[ident]
        dump.gap()
        dump.separator("=" * 60)
        dump.gap()
        body = layout.Body(wrapper=mail.wrapped(72))
        items = [layout.Title(), layout.ABOVE, "", body, "", f"Read in browser: {text.url}"]
        layout.lay_out(dump, text, items)
    dump.gap()
    dump.separator("=" * 60)
    dump.gap()
    dump.matter(
        "You are receiving this digest because you follow https://letsencrypt.org/feed.xml.",
        "Unsubscribe: https://feeds.example.net/u/8842",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A LISTSERV digest: `There are n messages in this issue.`, `Topics of the day:`, each
    message's `Date:`, `From:` and `Subject:` lines over its text at 72 between dashed rows,
    the `End of … Digest` line."""
    dump = Dump.named("email_digest_02", "LISTSERV digest: Topics of the day, Subject: lines")
    idents = share(t, dump.name)
    dump.matter(f"There are {len(idents)} messages in this issue.", "", "Topics of the day:", "")
    dump.matter(*(f"  {n}. {t[i].title}" for n, i in enumerate(idents, 1)))
    rule = "-" * 70
    for ident in idents:
        text = t[ident]
        dump.gap()
        dump.separator(rule)
        dump.gap()
        items = [
            f"Date:    {mail_day(text)} 09:14:02 -0800",
            "From:    ISRG Announcements <announce@lists.example.org>",
            layout.Title("Subject: {}"),
            "",
            layout.Body(wrapper=mail.wrapped(72)),
        ]
        layout.lay_out(dump, text, items)
    dump.gap()
    dump.separator(rule)
    dump.gap()
    dump.matter("End of PKI-NEWS Digest - 1 Mar 2026 to 2 Mar 2026 (#2026-61)", "*" * 44)
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A colleague's round-up mail: a greeting, each post under `» ` and its headline with
    its byline, the text at 76, a signature."""
    dump = Dump.named("email_digest_03", "Round-up mail: greeting, » headlines, signature")
    dump.matter("Hi all,", "", "A few posts from the Let's Encrypt blog worth reading this week:")
    body = layout.Body(wrapper=mail.wrapped(76))
    for ident in share(t, dump.name):
        dump.gap(2)
        layout.lay_out(dump, t[ident], [layout.Title("» {}"), layout.ABOVE, "", body])
    dump.gap(2)
    dump.matter("Cheers,", "Dana", "", "-- ", "Dana Whitlock | Platform Security")
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Posts copied from the blog's own pages: the site's name and menu, the `Blog` trail,
    the headline and the post hero's `By … · day` line, the text, the footer."""
    dump = Dump.named("foreign_web_01", "The blog's pages: menu, Blog trail, By … · day, footer")

    def page(text: Text) -> list[layout.Item]:
        head = [*SITE_HEAD, "Blog", layout.Title(), layout.ABOVE, ""]
        return [*head, layout.Body(), "", *SITE_FOOT]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Posts reposted on a hosting company's blog: its header and menu, a trail, the
    headline, a `Reposted from` line with a reading time, the text, share and footer lines."""
    dump = Dump.named("foreign_web_02", "Host's reposts: trail, Reposted from … · n min read")

    def page(text: Text) -> list[layout.Item]:
        line = f"Reposted from letsencrypt.org · {layout.reading_minutes(text)} min read"
        head = [*HOST_HEAD, "Blog › Security › Certificates", layout.Title(), line, ""]
        return [*head, layout.Body(), "", *HOST_FOOT]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A planet aggregator's page: its name, each entry under the feed's name with its
    headline, its text and Planet's `by … at …` line under it."""
    dump = Dump.named("foreign_web_03", "Planet page: feed name over each entry, by … at …")
    dump.matter("Planet Web PKI", "")

    def page(text: Text) -> list[layout.Item]:
        posted = f"by {author(text)} at {layout.english_date(text)} 12:00 AM"
        return [BLOG, layout.Title(), "", layout.Body(), "", posted]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest posts with intertitles, every short line two blank lines apart, as wide
    as the gap between them, under the day."""
    dump = Dump.named("long_intertitles_01", "Long posts under the day, short lines spaced")
    items = [(i, layout.english_date(t[i])) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Posts mailed at 76 under their byline and two blank lines, intertitles in capitals."""
    dump = Dump.named("long_intertitles_02", "Posts at 76 under the byline, two blanks under it")
    body = layout.Body(wrapper=mail.wrapped(76))
    pages = [(i, [layout.Title(), layout.ABOVE, "", "", body]) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Let's Encrypt Blog, body unwrapped",
        BLOG,
        30,
        "INTERNET SECURITY",
        byline=author,
    ),
    blog_exports.Copyrighted(
        "LexisNexis records: ISRG posts, at 74",
        ISRG,
        (BLOG, 34),
        ("SECTION: PUBLIC KEY INFRASTRUCTURE",),
        "DOCUMENT-TYPE: Blog post",
        74,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Let's Encrypt Blog",
        ("=isrg-blog", "Monday, March 9, 2026 4:41:00 PM EST", "402771215"),
        ('"certificate authority" AND HTTPS', f"Sources: {BLOG}"),
        (BLOG, ISRG, "ISRG"),
    ),
    blog_exports.Factiva("Factiva display: Let's Encrypt Blog, LETENC", BLOG, "LETENC", "ISRG", 7),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts republished by a newsletter, each closed a blank line down by where it first
    appeared and under which licence."""
    dump = Dump.named("trailers_01", "Republished posts closed by where they first appeared")
    closing = (
        ("This post originally appeared on the Let's Encrypt blog.", "(MPL-2.0)"),
        ("— Let's Encrypt / ISRG",),
        ("Source: letsencrypt.org",),
    )
    items = list(zip(share(t, dump.name), closing, strict=True))
    return layout.closed_by(dump, t, items, 2, body=layout.Body(wrapper=mail.wrapped(74)))


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts sent out as press notices, each closed flush by a notice's end line."""
    dump = Dump.named("trailers_02", "Press notices closed flush by -ENDS- and the like")
    closing = ("-ENDS-", "(ISRG press office)", "Issued by ISRG, San Francisco")
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, blank=False)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Posts sent on from phones at 58 columns, each closed a blank line down by the mail
    app's own line."""
    dump = Dump.named("trailers_03", "Posts sent from phones at 58, closed by the app")
    closing = ("Sent with Spark", "Get BlueMail for Android", "Sent with Tuta")
    body = layout.Body(wrapper=mail.wrapped(58))
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Forty-sixth fresh half (tuning, a public service's news): sources, licence

Written, like this file, by `python -m bench.fresh46_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh46_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: its dumps, gold and misses may be read, shown and tuned on
([README.md](../README.md)). It holds a public service's news, in English, in all eight shapes.

Every headline, intertitle, caption and body paragraph is real published text, taken by code
(not by hand) from the source of a public service's blog:

- **The Let's Encrypt blog** (letsencrypt.org/blog), the free, automated certificate
  authority run by the Internet Security Research Group (ISRG), a California public benefit
  corporation: its posts of November 2014 to 2026 (launches, milestones, incidents and
  revocations, root and chain changes, funding, annual reports), as github.com/letsencrypt/website
  keeps them under content/en/post/ (one Markdown file a post; at b89871e, August 2026), a
  source no earlier half used. A text is a post of 60 to 1,800 printed words (115 posts); the
  line under its headline is the one the site's theme prints there (`By Josh Aas, ISRG
  Executive Director · November 12, 2015`). Licence: the repository's LICENSE.txt, the Mozilla
  Public License 2.0; no other licence is given for the prose. Source: ISRG, each post's address
  below.

The Markdown is read as fresh41's is (bench/fresh46_texts.py): links and emphasis as their
words, headings as intertitles, list items as paragraphs, images' alternative text as captions;
HTML, code, media and Hugo shortcodes left out, a paragraph's lines joined. The web pages of
foreign_web_01 carry the blog's own chrome (the site's menu, the `Blog` trail, the post hero's
byline and day, the footer's words and addresses). Copied from real tools: a LISTSERV digest's
layout (`There are n messages in this issue.`, `Topics of the day:`, `Date:`/`From:`/`Subject:`
lines, `End of … Digest` over a row of `*`), a planet aggregator's entries (the feed's name
over each, Planet's `by … at …` line under it), a reference manager's note fields (`Item Type:`,
`Author:`, `Date:`, `URL:`) and the phone mail apps' default closings (`Sent with Spark`, `Get
BlueMail for Android`, `Sent with Tuta`). Invented for the half: a feed-to-mail digest's rows
and `Read in browser:` links, a colleague's round-up mail, a hosting company's reposts (`Reposted
from letsencrypt.org · n min read`, share and footer lines), a shared document's `Source:` and
`Retrieved:` lines, an operations log's `[YYYY-MM-DD]` stamps, a note app's bookmark front matter
(`name`, `type`, `source`, `created`), republishing and press-notice closings (`-ENDS-`). Written
by the builder besides: the wrapping (bench/mail_layout.py), the order of the texts, export
headers, cover pages and field lines. Changes: the words are unchanged; Markdown removed as the
page renders it, lines joined into paragraphs and wrapped again, intertitles in capitals where a
page sets them so, Markdown markers added in the notes. The dumps are shared under the Mozilla
Public License 2.0, like their texts. Doubts: one language, English (no openly licensed news in
Spanish, German, Portuguese, Italian or French unused by an earlier half was found in a
repository a clone here could take, in the time: the Ruby site's translated news names no
licence for its prose, Qubes OS's posts none either, Let's Encrypt's own translations hold no
posts); one source, a certificate authority's blog, more technical than a newsroom's; the MPL
is a software licence, a looser fit for prose than CC BY.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH46, SOURCES_HEAD)
"""The forty-sixth fresh half, tuning: the Let's Encrypt blog's posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
