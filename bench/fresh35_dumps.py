"""The thirty-fifth fresh half, a tuning one of short news: `python -m bench.fresh35_dumps` writes
it and its gold.

The sealed fresh20 (an Italian ministry's short news) is the splitter's weakest sealed half
and few tuning texts are short news with their own site's chrome.
tests/fixtures/dumps/real/fresh35/texts.txt (written by `python -m bench.fresh35_texts` from a
clone of the site's repository) holds the announcements of the NixOS project, nixos.org/blog,
2004 to 2026, under CC BY-SA 4.0: releases, papers accepted, sprints and conferences, the
foundation's news, elections, open letters; most of one paragraph. The site's own pages are
pasted as its Astro components print them (components/Header.astro, Footer.astro and the
menus under content/menus, pages/blog and components/pages/blog): the `Explore`, `Download`,
`Learn`, … menu, the headline, `Published on Sun Oct 16 2005`, the body, the footer's four
menus, its copyright and licence lines, the blog's `Newsletters`, `Announcements` and `Stories`
menu and its list of entries, each with its excerpt and `...`, and the feed's name `NixOS News`.
Every such string is the site's; the other shapes' chrome (a feed reader's mail, a list's digest,
a user group's letter, exports, clippings, reposts' closing lines) is written here. It may be
read, shown and tuned on (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys

from bench import database_exports as export
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH35 = REAL / "fresh35"
TEXTS = FRESH35 / "texts.txt"

MENU = ("Explore", "Download", "Learn", "Governance", "Community", "Blog", "Donate")
"""The site's header menu (content/menus/header.yaml)."""
FOOTER = (
    "The Project",
    "Channel Status",
    "Packages search",
    "Options search",
    "Reproducible Builds Status",
    "Security",
    "Branding",
    "Surveys",
    "Summer of Nix",
    "Devices",
    "Get in Touch",
    "Forum",
    "Matrix Chat",
    "Commercial support",
    "Contribute",
    "Contributing Guide",
    "Donate",
    "Become a Sponsor",
    "Stay up to Date",
    "Blog",
    "Research & Publications",
    "NixOS Weekly (Archive)",
    "Copyright © 2026 NixOS contributors",
    "CC-BY-SA-4.0",
)
"""The footer (components/Footer.astro, content/menus/footer.yaml): its four menus, then the
copyright and licence lines."""
BLOG_MENU = ("Blog", "Newsletters", "Announcements", "Stories")
"""The blog's header and its menu (pages/blog.astro, content/menus/blog.yaml)."""
FEED = "NixOS News"
"""The title of the blog's feed (pages/blog/feed.xml.js)."""
SITE = "nixos.org"


def published(text: Text) -> str:
    """The line the page prints under the headline: `Published on Sun Oct 16 2005`."""
    return text.above[0]


def day(text: Text) -> str:
    """The announcement's day as `2005-10-16`."""
    return f"{layout.id_day(text):%Y-%m-%d}"


def page_head(text: Text) -> list[layout.Item]:
    """The page's top: the headline and the `Published on` line."""
    return [layout.Title(), published(text), ""]


def list_entry(text: Text) -> list[str]:
    """An entry of the blog's list (BlogListEntry.astro): headline, `Published on` line, the
    excerpt (the opening paragraph) and `...`."""
    return [text.title, published(text), text.blocks[0][1] + "..."]


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Announcements copied whole: the menu, headline, `Published on`, body and footer."""
    dump = Dump.named("foreign_web_01", "NixOS blog pages: menu, Published on, footer")
    idents = layout.ids_from(t, "en-20230531", "en-20140509", "en-20181004", "en-20250310")
    pages = [(i, [*MENU, "", *page_head(t[i]), layout.Body(), "", *FOOTER]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Announcements copied from the headline down to the end of the body."""
    dump = Dump.named("foreign_web_02", "NixOS blog pages: headline, Published on, body")
    idents = layout.ids_from(t, "en-20220301", "en-20240713", "en-20210720", "en-20080314")
    pages = [(i, [*page_head(t[i]), layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """The blog's list copied (its menu, each entry's headline, date and excerpt), then three
    announcements' pages under the menu."""
    dump = Dump.named("foreign_web_03", "NixOS blog list with excerpts, then pages with menu")
    listed = layout.ids_from(t, "en-20191009", "en-20190410", "en-20181006")
    dump.matter(*MENU, "", *BLOG_MENU, "")
    for ident in listed:
        dump.matter(*list_entry(t[ident]), "")
    dump.gap()
    idents = layout.ids_from(t, "en-20241105", "en-20220223", "en-20150809")
    pages = [(i, [*MENU, "", *page_head(t[i]), layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """Announcements copied from the headline to the end of the page: body and footer."""
    dump = Dump.named("foreign_web_04", "NixOS blog pages: Published on, body, footer")
    idents = layout.ids_from(t, "en-20120818", "en-20111128", "en-20091225")
    pages = [(i, [*page_head(t[i]), layout.Body(), "", *FOOTER]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 3)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Web clippings with YAML front matter (title, source, published, tags), a `# `
    headline and `##` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Clippings: front matter, # headline, ##", ".md")
    idents = layout.ids_from(t, "en-20221201", "en-20090205", "en-20070405")

    def page(text: Text) -> list[layout.Item]:
        fields = [f"source: {text.url}", f"published: {day(text)}", "tags:", "  - nixos"]
        head = layout.titled_front_matter(text, True, fields)
        return [*head, layout.Body(render=layout.markdown)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in idents], 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Clippings saved as Markdown: a `# ` headline, an italic source line, `##` intertitles."""
    dump = Dump.named("clipper_markdown_02", "Clippings: # H1, *nixos.org · date*, ##", ".md")
    idents = layout.ids_from(t, "en-20220126", "en-20081009", "en-20100918-issre")
    body = layout.Body(render=layout.markdown)
    pages = [(i, [layout.Title("# {}"), f"*{SITE} · {day(t[i])}*", "", body]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 3)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A feed reader's daily mail of the blog's feed: each new announcement's headline, date,
    opening paragraph and a `View article:` line."""
    dump = Dump.named("email_digest_01", "Feed reader mail: NixOS News, View article:")
    dump.matter(f"Subject: 5 new items in {FEED}", "", FEED, f"https://{SITE}/blog/feed.xml")
    idents = layout.ids_from(
        t, "en-20231129", "en-20220421", "en-20210602", "en-20130221", "en-20080716"
    )
    for ident in idents:
        text = t[ident]
        dump.gap(2)
        items = [layout.Title(), day(text), "", layout.Body(), "", f"View article: {text.url}"]
        layout.lay_out(dump, layout.opening(text, 1), items)
    dump.gap(2)
    dump.matter(f"You are receiving this because you follow {FEED}. Unsubscribe.")
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A mailing list's digest: `Today's Topics:` with numbered subjects, then each message
    under a rule with its number, `Date:`, `From:` and `Subject:` lines and the first two
    paragraphs."""
    dump = Dump.named("email_digest_02", "List digest: Today's Topics:, Message: N, Subject:")
    idents = layout.ids_from(t, "en-20240916", "en-20220314", "en-20070922", "en-20120624")
    dump.matter(
        "Send nix-users mailing list submissions to nix-users@lists.example.org",
        "",
        "Today's Topics:",
        "",
        *(f"   {n}. {t[i].title} (NixOS News)" for n, i in enumerate(idents, 1)),
    )

    def head(number: int, text: Text) -> list[str]:
        sent = ["From: NixOS News <news@lists.example.org>", f"Date: {day(text)}"]
        return [f"Message: {number}", *sent]

    layout.list_digest(dump, t, idents, head, "Subject: {}", "_" * 46)
    dump.matter("End of nix-users Digest, Vol 41, Issue 9")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A user group's letter: numbered items with a `nixos.org, date` line, the opening
    paragraph and a `More:` line."""
    dump = Dump.named("email_digest_03", "User group letter: 1) headline, nixos.org, More:")
    idents = layout.ids_from(t, "en-20241130", "en-20090507", "en-20071010", "en-20131201")
    dump.matter("Hi everyone,", "", "news from the Nix world before our next meetup:")
    layout.numbered_digest(dump, t, idents, "{}) ", f"{SITE}, {{}}", "More: ")
    dump.gap(2)
    dump.matter("Happy hacking,", "the Nix user group")
    return dump


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Announcements pasted as plain text: the headline, the `Published on` line, the body."""
    dump = Dump.named("classic_01", "NixOS news as text: headline, Published on, body")
    idents = layout.ids_from(t, "en-20240531", "en-20050317", "en-20070223-new", "en-20150903")
    pages = [(i, [layout.Title(), published(t[i]), "", layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Announcements one after another, a headline and the body, one blank line."""
    dump = Dump.named("classic_02", "NixOS news: headline, body, one blank line")
    idents = layout.ids_from(
        t, "en-20250523", "en-20050822", "en-20080131", "en-20080206", "en-20170618"
    )
    return layout.in_a_row(dump, t, idents, 1)


def classic_03(t: dict[str, Text]) -> Dump:
    """Announcements kept in a text file between `~~~` rules, each under its date."""
    dump = Dump.named("classic_03", "NixOS news between ~~~ rules, dated")
    idents = layout.ids_from(t, "en-20130326", "en-20070502", "en-20080505", "en-20180521")
    pages = [(i, [day(t[i]), layout.Title(), "", layout.Body()]) for i in idents]
    return layout.ruled_pages(dump, t, pages, "~~~")


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export: each record's rule, source, date, headline, `SECTION:`,
    `LENGTH:`, the body unwrapped, `LOAD-DATE:` and `LANGUAGE:`."""
    dump = Dump.named("lexisnexis_01", "LexisNexis export: NixOS News, body unwrapped")

    def lines(text: Text) -> export.LexisRecord:
        fields = ["SECTION: ANNOUNCEMENTS", f"LENGTH: {export.word_count(text)} words"]
        closing = export.lexis_closing(text, "PUBLICATION-TYPE: Web Publication")
        return export.lexis_source(text, FEED, 30), fields, closing

    docs = layout.ids_from(t, "en-20201027", "en-20050828", "en-20091205")
    return export.lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """LexisNexis records opening on `Copyright <year> NixOS contributors`, the body wrapped at
    76."""
    dump = Dump.named("lexisnexis_02", "LexisNexis export: copyright NixOS contributors, at 76")
    docs = layout.ids_from(t, "en-20210601", "en-20051016", "en-20120611")
    return export.copyrighted_records(
        dump,
        t,
        docs,
        "NixOS contributors",
        (SITE, 34),
        ["SECTION: NEWS"],
        "DOCUMENT-TYPE: News",
        76,
    )


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery of four announcements under the job's cover."""
    dump = Dump.named("nexis_factiva_01_nexisuni", "Nexis Uni delivery: NixOS News")
    docs = layout.ids_from(t, "en-20211130", "en-20070608", "en-20100917", "en-20131110")
    return export.nexis_uni_delivery(
        dump,
        t,
        docs,
        ("=news-desk", "Friday, May 8, 2026 11:02:00 AM CEST", "353014872"),
        ("NixOS AND (release OR foundation)", f"Sources: {SITE}"),
        (SITE, "NixOS contributors", "NixOS News"),
    )


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of three announcements under the source code NIXOSN."""
    dump = Dump.named("nexis_factiva_02_factiva", "Factiva display: NixOS News, NIXOSN")
    docs = layout.ids_from(t, "en-20251130", "en-20140302", "en-20161003")
    return export.factiva_display(dump, t, docs, FEED, "NIXOSN", "NixOS contributors", 3)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The intertitled announcements with every short line two blank lines apart, as wide as
    the gap between them, under the `Published on` line."""
    dump = Dump.named("long_intertitles_01", "NixOS news under Published on, short lines spaced")
    idents = layout.ids_from(t, "en-20250428", "en-20220404", "en-20220530")
    return layout.spaced_articles(dump, t, [(i, published(t[i])) for i in idents], 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Copies of pages that set intertitles in capitals, under `nixos.org · date`."""
    dump = Dump.named("long_intertitles_02", "NixOS news, intertitles in capitals, site · date")
    idents = layout.ids_from(t, "en-20260530", "en-20260112", "en-20260710")
    pages = [
        (ident, [layout.Title(), line, "", "", layout.Body()])
        for ident, line in layout.dated(t, idents, f"{SITE} · {{}}")
    ]
    return layout.capitalised_pages(dump, t, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Announcements as other sites repost them, a blank line and then one closing line."""
    dump = Dump.named("trailers_01", "Reposted NixOS news closed by Source:, (via …), —")
    trailers = (
        ("en-20150130", "Source: nixos.org/blog"),
        ("en-20140530-nixos", "(via NixOS News)"),
        ("en-20130703", "— NixOS contributors"),
        ("en-20090122", "Reposted from nixos.org under CC BY-SA 4.0"),
    )
    return layout.closed_by_keys(dump, t, trailers, 2, named=layout.ids_from)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Announcements whose reposting site set its credit flush under the last paragraph."""
    dump = Dump.named("trailers_02", "Reposted NixOS news closed flush by Originally posted …")
    closing = (
        ("en-20160501", "Originally posted on nixos.org"),
        ("en-20170331", "[nixos.org]"),
        ("en-20171002", "Read more at nixos.org/blog"),
        ("en-20180404", "This announcement first appeared on the NixOS blog."),
    )
    return layout.closed_by_keys(dump, t, closing, 2, blank=False, named=layout.ids_from)


SOURCES_HEAD = """# Thirty-fifth fresh half (tuning, short news): sources and licences

Written, like this file, by `python -m bench.fresh35_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh35_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: it may be read, shown (`--show`) and tuned on ([README.md](../README.md)). It
is short news with its site's own chrome, in all eight shapes, the kind of text the sealed
fresh20 (an Italian ministry's short news) holds and few tuning halves do.

Every headline, intertitle, body paragraph and `Published on` line is real published text, taken
by code (not by hand) from the source of nixos.org, the NixOS project's site, as
github.com/NixOS/nixos-homepage holds it (at b92a661, August 2026): every announcement under
core/src/content/blog/announcements/ (128 of 130, 2004 to 2026, 4 to 919 words, half of them
under 40: releases of Nix, NixOS and NixOps, papers accepted, sprints and conferences, the
foundation, elections), save one that writes a table of contributors as a paragraph per cell and
an open letter an earlier half holds as its first publisher printed it. The Markdown is read as
fresh31's news items are (bench/fresh31_texts.py, after fresh29's): links and emphasis as their
words, headings as intertitles, list items as paragraphs; images (whose alternative text the
page does not print), code blocks, tables and reference links' definitions left out, entities as
the characters they stand for. The `Published on` line is the one the page prints under the
headline (core/src/lib/utils.js, createBlogSubheader: the day as JavaScript's toDateString
writes it).
The web pages carry the site's own chrome (components/Header.astro and Footer.astro,
content/menus/header.yaml, footer.yaml and blog.yaml, pages/blog.astro,
components/pages/blog/BlogListEntry.astro, pages/blog/feed.xml.js). Written by the builder: the
order of the pages and of their chrome lines as a copy from a browser gives them, a blog list
entry's excerpt as the opening paragraph (the site's createExcerpt takes the first eight lines of
the rendered body), and everything around the texts in the other shapes (a feed reader's mail, a
list's digest, a user group's letter, export headers, cover pages and field lines, clipping
lines, reposts' closing lines).

Licence: the site's content is under Creative Commons Attribution-ShareAlike 4.0 International
(the repository's README: "The content of the website is licensed under the Creative Commons
Attribution Share Alike 4.0 International license"; the footer: "Copyright © NixOS
contributors", CC-BY-SA-4.0). Credit: NixOS contributors (nixos.org). Changes (CC BY-SA asks
that they be indicated): none to the words; Markdown and HTML markup removed as the page renders
it, images, code blocks, tables and link definitions left out, lines joined into paragraphs;
intertitles in capitals where a style sheet sets them so, Markdown markers added back in the
clippings. The dumps are shared under CC BY-SA 4.0, keeping that attribution. Doubts: a software
project's announcements, not a newspaper; English only (the issue's target languages had no
open, unused source of short news whose licence could be checked in the time: ruby-lang.org's
news state no licence, decidim.org's legal notice reserves its rights, codefor.de is fresh12's);
many items are one paragraph, and the release notices repeat one another's sentences; the
address's last part is the front matter's id, or the file's name after its day (the site's
router slugifies it, which may differ in case or dots).

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH35, SOURCES_HEAD)
"""The thirty-fifth fresh half, a tuning half of short news in all eight shapes: the NixOS
project's announcements."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
