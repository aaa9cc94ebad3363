"""The twenty-second fresh half, a second-look one: `python -m bench.fresh22_dumps` writes it
and its gold.

fresh21 gives the splitter's owners short news to tune on; this half checks that what they
change carries to short news nobody tuned on. tests/fixtures/dumps/real/fresh22/texts.txt holds
news posts of the openSUSE project (news.opensuse.org, CC BY-SA 3.0 by each post's front
matter), a source no earlier half used: announcements, calls for papers, hosts, volunteers and
sponsors, surveys, release-team and conference notes, most of them one to three hundred words,
some cut by intertitles or lists, in English. This pastes them in the eight shapes with chrome
in the manner of tools and sites no earlier builder imitates (a text file of dated items, wire
copy between `= = =` rules, capitalised headlines over permalinks, Markdown with a source table,
front matter with a `headline:` key, a community newsletter with its contents, a feed digest
between dash rules, an Outlook forward numbering its items `#1`, a Linux news site's, a tech
blog's and a forum's pages, LexisNexis with `SECTION: ANNOUNCEMENTS`, a wrapped LexisNexis
record under its copyright line, a Nexis Uni delivery narrowed to the source, a Factiva display,
English desk, source, licence and filing trailers). Everything around the texts is written
here. Only its aggregates may be read (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.database_exports import (
    copyrighted_records,
    factiva_display,
    lexis_documents,
    lexis_record,
    nexis_uni_delivery,
)
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    Body,
    Item,
    Title,
    by_keys,
    capital_intertitles,
    closed_by_keys,
    dated,
    dated_pages,
    digest_items,
    english_date,
    id_day,
    ids_of,
    lay_out,
    lay_out_pages,
    linked_pages,
    markdown,
    opening,
    reading_minutes,
    spaced_articles,
)

FRESH22 = REAL / "fresh22"
TEXTS = FRESH22 / "texts.txt"

HOST_2024 = "en-20231120-opensuse-asia-s"
VENUE_2026 = "en-20260420-opensuse-asia-s"
SPEAKERS_2026 = "en-20260430-opensuse-asia-s"
LO_UPDATE = "en-20200617-opensuse-libreo"
LO_CFP = "en-20200722-opensuse-libreo"
LO_TALKS = "en-20200818-opensuse-libreo"
"""Texts whose ids end alike: named by the day too, so `ids_of` tells them apart."""


def _iso_day(text: Text) -> str:
    """`2021-06-16`, the post's day as feed readers and note apps stamp it."""
    return f"{id_day(text):%Y-%m-%d}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """A text file of news items each opened by its day in brackets over the headline, the
    body a blank line under it, two blank lines between items."""
    dump = Dump("classic_01", "classic", "Text file of dated items: [2021-06-16] over headline")
    idents = ids_of(t, "en-release-team-as", "en-help-promote-op", "en-survey-for-open")
    idents += ids_of(t, "en-bar-holidays")
    pages = [(ident, [f"[{_iso_day(t[ident])}]", Title(), "", Body()]) for ident in idents]
    return lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Wire copy kept in one file: each story between `= = =` rules, the headline, the body
    wrapped at 72 columns."""
    dump = Dump("classic_02", "classic", "Wire copy between = = = rules, wrapped at 72")
    idents = ids_of(t, "en-openSUSE-for-IN", "en-leaps-first-qua", "en-all-opensuse-se")
    idents += ids_of(t, "en-Jitsi-Instance")
    for ident in idents:
        dump.separator("= = =")
        dump.gap()
        lay_out(dump, t[ident], [Title(), "", Body(wrap=72)])
        dump.gap()
    dump.separator("= = =")
    return dump


def classic_03(t: dict[str, Text]) -> Dump:
    """Items printed from a news site's print view: the headline in capitals, the body, and a
    `Permalink:` line, two blank lines between items."""
    dump = Dump("classic_03", "classic", "Print view: HEADLINE IN CAPITALS, body, Permalink:")
    idents = ids_of(t, "en-leap-15.6-annou", "en-os-begins-annua", "en-NPU-arrives-in")
    pages = [
        (ident, [Title(upper=True), "", Body(), "", f"Permalink: {t[ident].url}"])
        for ident in idents
    ]
    return lay_out_pages(dump, t, pages, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Markdown notes with a `# Title`, a two-column table of source and date under it, and the
    body with `##` intertitles, two blank lines between notes."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "Markdown notes: # Title, | Source | Saved | table, ## intertitles",
        suffix=".md",
    )
    idents = ids_of(t, "en-introducing-the", "en-os-leap-release", "en-hospital-to-run")
    table = ["| Source | Saved |", "| --- | --- |"]
    pages = [
        (
            ident,
            [
                Title("# {}"),
                "",
                *table,
                f"| news.opensuse.org | {_iso_day(t[ident])} |",
                "",
                Body(render=markdown),
            ],
        )
        for ident in idents
    ]
    return lay_out_pages(dump, t, pages, 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Clippings whose front matter names the headline `headline:` with `link:`, `captured:` and
    `labels:`, a `# Title` under it and `##` intertitles."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "Clippings: front matter headline/link/captured/labels, # Title, ##",
        suffix=".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "---",
            f'headline: "{text.title}"',
            f"link: {text.url}",
            f"captured: {_iso_day(text)}T1{number}:05:00Z",
            "labels: [opensuse, linux, news]",
            "---",
            "",
            Title("# {}"),
            "",
            Body(render=markdown),
        ]

    idents = ids_of(t, "en-oneAPI-availabl", "en-survey-results", "en-openvino-arrive")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A community newsletter by mail: its header, an `In this issue:` list, items under `>>`
    labels with a source line, the opening paragraph and `Full story:` links, and the footer."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Community newsletter: In this issue:, >> LABELS, Full story:, footer",
    )
    items = (
        (">> COMMUNITY", "en-online-open-hou"),
        (">> EVENTS", "en-participate-in"),
        (">> DESIGN", "en-osas-2026-logo"),
        (">> RELEASES", "en-respin-of-os-le"),
    )
    labelled = by_keys(t, items)
    dump.matter(
        "From: Geeko Weekly <newsletter@geeko-weekly.example.org>",
        "To: readers@geeko-weekly.example.org",
        "Date: Fri, 15 Oct 2021 07:00:00 +0000",
        "Subject: Geeko Weekly, issue 41",
        "",
        "In this issue:",
        *(f"- {t[ident].title}" for _, ident in labelled),
    )
    digest_items(dump, t, labelled, "openSUSE News, {}", "Full story: ")
    dump.gap(2)
    dump.matter(
        "Geeko Weekly is written by volunteers. Reply to this mail to reach us.",
        "Manage your subscription: https://geeko-weekly.example.org/account",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A feed reader's daily digest by mail: each item's headline, the feed and day, the first
    paragraph and an `Open in browser:` link, items between `— — —` rules."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Feed digest by mail: headline, feed | date, Open in browser:, — — — rules",
    )
    dump.matter(
        "Subject: Your daily digest: 4 new items in Linux distributions",
        "From: Feed Digest <noreply@feeddigest.example.com>",
        "",
        "Here is what is new in the feeds you follow.",
    )
    idents = ids_of(t, "en-opensuse-commun", "en-release-team-to", LO_UPDATE)
    idents += ids_of(t, "en-openSUSE-on-Arm")
    for ident in idents:
        text = t[ident]
        dump.gap()
        dump.separator("— — —")
        dump.gap()
        items = [Title(), f"openSUSE News | {english_date(text)}", "", Body()]
        lay_out(dump, opening(text, 1), [*items, "", f"Open in browser: {text.url}"])
    dump.gap()
    dump.separator("— — —")
    dump.gap()
    dump.matter("You get this digest once a day. Change it: https://feeddigest.example.com/")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A newsletter forwarded from Outlook in English: `From:`/`Sent:`/`To:`/`Subject: FW:`,
    items numbered `#1`, each with a source line, the first two paragraphs and a `More:` link."""
    dump = Dump(
        "email_digest_03",
        "email_digest",
        "Newsletter forwarded from Outlook (en): FW:, #1 items, source line, More:",
    )
    dump.matter(
        "FYI, the sponsorship call in #3 might interest the board.",
        "",
        "From: Open Source Digest <digest@osdigest.example.net>",
        "Sent: Monday, July 3, 2023 8:12 AM",
        "To: Board <board@example.org>",
        "Subject: FW: Open Source Digest - distributions roundup",
    )
    idents = ids_of(t, "en-opensuse-develo", "en-ALP-Quality-Eng", "en-20230630-opensuse-asia-2")
    idents += ids_of(t, "en-opensuse-projec")
    for number, ident in enumerate(idents, 1):
        text = t[ident]
        dump.gap(2)
        items = [Title(f"#{number} {{}}"), f"Source: openSUSE News, {english_date(text)}", ""]
        lay_out(dump, opening(text, 2), [*items, Body(), "", f"More: {text.url}"])
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A Linux news site's pages: the `Home » Distributions » openSUSE` trail, the headline,
    `by Staff Writer on date`, the body, tags, the share line and a `Related Posts` title."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Linux news site pages: Home » Distributions », by Staff Writer on, Related Posts",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Home » Distributions » openSUSE",
            Title(),
            f"by Staff Writer on {english_date(text)}",
            "",
            Body(),
            "",
            "Tags: openSUSE, Linux, Community",
            "Share: X · Facebook · Reddit · Email",
            "Related Posts",
            other.title,
        ]

    idents = ids_of(t, "en-cfp-opens-for-o", LO_CFP, "en-opensuse-leap-1", "en-bar-holidays")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A tech blog's pages: the `FOSS NEWS` kicker, the headline, `date · N min read`, an
    `Advertisement` line inside the body and a `Read next:` line."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Tech blog pages: FOSS NEWS, date · N min read, Advertisement, Read next:",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "FOSS NEWS",
            Title(),
            f"{english_date(text)} · {reading_minutes(text)} min read",
            "",
            Body(inserts=((2, ("Advertisement",)),)),
            "",
            f"Read next: {other.title}",
        ]

    idents = ids_of(t, "en-os-con-design-c", LO_TALKS, "en-leaps-first-qua", "en-hospital-to-run")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A forum's announcement threads copied whole: the category, the headline, `Posted` and
    the day, the body, the reply and view counts and the `Reply` button."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Forum announcement threads: Category:, Posted date, N replies · N views, Reply",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Category: News & Announcements",
            Title(),
            f"Posted {english_date(text)}",
            "",
            Body(),
            "",
            f"{number + 4} replies · {(number + 2) * 113} views",
            "Reply",
        ]

    idents = ids_of(t, "en-test-leap-beta", "en-Jitsi-Instance", "en-osas-2026-logo")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of the project's news: the record's rule, source, date, headline,
    `SECTION: ANNOUNCEMENTS` and `LENGTH:`, the body, then `LOAD-DATE:`, `LANGUAGE:` and
    `PUBLICATION-TYPE: Newsletter`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export: SECTION: ANNOUNCEMENTS, PUBLICATION-TYPE: Newsletter",
    )
    lines = lexis_record(
        "openSUSE News", 26, ["SECTION: ANNOUNCEMENTS"], "PUBLICATION-TYPE: Newsletter"
    )
    docs = ids_of(t, VENUE_2026, "en-release-team-as", "en-openvino-arrive", "en-survey-results")
    return lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """A LexisNexis export whose records open with the copyright line over the source, the body
    wrapped at 72 columns, and `DOCUMENT-TYPE: News` after the closing fields."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis export, copyright line over the source, wrapped at 72, DOCUMENT-TYPE: News",
    )

    docs = ids_of(t, "en-find-out-more-a", "en-os-begins-annua", "en-all-opensuse-se")
    docs += ids_of(t, "en-opensuse-develo")
    fields = ["BYLINE: openSUSE Community"]
    source = ("openSUSE News", 26)
    closing = "DOCUMENT-TYPE: News"
    return copyrighted_records(dump, t, docs, "openSUSE contributors", source, fields, closing, 72)


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery narrowed to the source under its job cover."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery: job cover, Narrowed by: Sources, End of Document",
    )
    docs = ids_of(t, HOST_2024, "en-NPU-arrives-in", "en-help-promote-op", "en-ALP-Quality-Eng")
    job = ("=linux-desk", "Wednesday, November 18, 2026 2:40:00 PM CET", "318420077")
    search = ("openSUSE AND (Leap OR Summit OR survey)", "Sources: openSUSE News")
    document = ("openSUSE News", "openSUSE contributors", "openSUSE Community")
    return nexis_uni_delivery(dump, t, docs, job, search, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva display of the project's news: headline, words, date, source and code,
    language, copyright, the body and the accession number."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display: words, date, OPNSUS, English, Document accession number",
    )
    docs = ids_of(t, "en-oneAPI-availabl", "en-leap-15.6-annou", "en-openSUSE-on-Arm")
    docs += ids_of(t, "en-participate-in")
    rights = "openSUSE contributors. CC BY-SA 3.0."
    return factiva_display(dump, t, docs, "openSUSE News", "OPNSUS", rights, first=11)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """News posts with every short line (an intertitle, a list item, a one-line paragraph) set
    off by two blank lines, the gap that also parts the posts, an `openSUSE News · date` line
    under each headline."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "News posts, short lines and list items two blanks apart as posts are",
    )
    idents = ids_of(t, "en-cfp-opens-for-o", "en-cov-os-asia-sum", SPEAKERS_2026)
    idents += ids_of(t, "en-os-asia-summit")
    return spaced_articles(dump, t, dated(t, idents, "openSUSE News · {}"), 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """News pages copied with a `Posted on date` line under the headline, paragraphs one blank
    line apart, intertitles and pages two."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "News pages, Posted on date, intertitles and pages two blanks apart",
    )
    idents = ids_of(t, "en-pre-schedule-op", "en-explaining-diff", "en-introducing-the")
    idents += ids_of(t, "en-recently_soon1")
    return lay_out_pages(dump, t, dated_pages(t, idents, "Posted on {}"), 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """News pages copied from a site whose style sheet sets intertitles in capitals, a `News |
    date` line under each headline, intertitles and pages two blank lines apart."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "News pages, intertitles in capitals two blanks apart, News | date",
    )
    idents = ids_of(t, "en-openSUSE-Asia-2", "en-test-leap-beta", "en-find-out-more-a")
    capitals = {ident: capital_intertitles(t[ident]) for ident in idents}
    return lay_out_pages(dump, capitals, dated_pages(t, idents, "News | {}"), 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """News posts republished by other sites, each closed a blank line under the body by a
    credit in parentheses, a desk sign-off, a source and licence line or an end mark."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "News closed by (Reporting by …), -- openSUSE News, Source: … (CC BY-SA 3.0), -ends-",
    )
    trailers = (
        ("en-openSUSE-for-IN", "(Reporting by openSUSE News staff)"),
        ("en-online-open-hou", "-- openSUSE News"),
        ("en-respin-of-os-le", "Source: news.opensuse.org (CC BY-SA 3.0)"),
        (LO_UPDATE, "Distributed by the openSUSE Project."),
        ("en-opensuse-projec", "-ends-"),
    )
    return closed_by_keys(dump, t, trailers, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """News posts with their trailers set flush under the last paragraph: a category line, a
    filing line, a last-updated line and an editor's line."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "News closed flush: Posted in, Filed under:, Last updated, Editor:",
    )
    last = ids_of(t, "en-os-con-design-c")[0]
    trailers = (
        ("en-opensuse-commun", "Posted in Announcements"),
        ("en-release-team-to", "Filed under: openSUSE, Leap"),
        ("en-opensuse-leap-1", "Editor: openSUSE Community Team"),
        ("en-os-con-design-c", f"Last updated {english_date(t[last])}"),
    )
    return closed_by_keys(dump, t, trailers, 2, blank=False)


SOURCES_HEAD = """# Twenty-second fresh half (second look): sources and licences

Built by `python -m bench.fresh22_dumps` from [texts.txt](texts.txt); this file too. This is a
**second-look** half: only its aggregate rows may be read (`python -m bench.split_quality
--half fresh22`), never an article's split or miss; `--show` leaves it out, and it is never
tuned on or trained on ([README.md](../README.md)). It is fresh21's twin: short news, from
another source no earlier half used, in English (fresh21 is German and English, fresh20
Italian and English).

Every headline, intertitle and body paragraph is real published text, copied verbatim from the
Markdown source of the post named below (whitespace aside): a news post of the openSUSE project
(news.opensuse.org), 2020 to 2026, read in github.com/openSUSE/news-o-o, `_posts/`, at commit
b49d7c96274ad3e86d6664a5545948ba9351da98 (21 August 2026). Only posts whose front matter says
`license: CC-BY-SA-3.0` were taken, and none with a code block, a table or an embed; posts of
package updates (long lists of versions) were left out. A body is the whole post: every
paragraph and heading (any level is an intertitle), in order; a list item or a blockquote's
paragraph is a paragraph of its own; images and HTML are removed, links keep their words, and
emphasis, inline-code marks and backslash escapes are removed. Everything around the texts is
written by the builder and taken from no source: dated-item, wire and print-view layouts, note
tables and front matter, mail headers, contents lists, labels, source, `Full story`, `Open in
browser` and `More` lines and footers of the digests; trails, bylines, dates, reading times,
tags, share, advert, reply and "read next" lines (titles of other posts in the set) of the
pages; export headers, cover pages and field lines; trailers. Dates in the chrome come from the
day the post gives, which its id holds.

Licence: each post's front matter gives it as Creative Commons Attribution-ShareAlike 3.0
(CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/legalcode), the licence the
repository's README tells authors to set. The dumps are shared under CC BY-SA 3.0 (attribution:
the openSUSE project and each post's authors, news.opensuse.org, and each post's address,
below; changes: markup, images and code removed as said above, headlines upper-cased in one
dump and intertitles in another, bodies wrapped in two, chrome and trailers added). Doubts: one
source, in English only (its two posts in Spanish and Portuguese carry an English version in the
same post and were left out), and a project's own news rather than a newsroom's; several posts
are calls of the openSUSE.Asia Summit, alike in purpose though not in wording; the repository's
own LICENSE file is the GPL, written for its code, while each post names its own licence.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH22, SOURCES_HEAD)
"""The twenty-second fresh half, a second look: the openSUSE project's news, short, in
English."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
