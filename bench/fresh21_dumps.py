"""The twenty-first fresh half, a tuning one: `python -m bench.fresh21_dumps` writes it and its
gold.

The sealed news half fresh20 showed the learned models, trained mostly on long documents,
losing bodies on short news; whoever tunes the rules and the models needs short news they may
read. tests/fixtures/dumps/real/fresh21/texts.txt holds the news items and press releases of
the Open Knowledge Foundation Deutschland (okfn.de, CC BY 3.0 DE), a source no earlier half
used: calls, announcements, statements, rankings and event notes, most of them a few hundred
words, some cut by intertitles or lists, in German with five of the site's English posts. This
pastes them in the eight shapes with chrome in the manner of tools and sites no earlier builder
imitates (a reading list, press-release wire copy closed by `-- Ende --`, Setext headlines,
read-later front matter with a `description:`, quoted source notes, a German webmail forward
with bracketed labels, an English civic-tech digest, a list digest with its table of contents
and `Betreff:` lines, an NGO's, a regional paper's and a tech portal's pages, LexisNexis with a
document type, a wrapped LexisNexis record under its copyright line, a Nexis Uni delivery
narrowed to German and English, a Factiva display, German press-office trailers). Everything
around the texts is written here. It is a tuning half: its dumps, gold and misses may be read
and tuned on (tests/fixtures/dumps/real/README.md).
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
    CAPTIONS,
    Body,
    Item,
    Title,
    by_keys,
    capitalised_pages,
    closed_by_keys,
    dated,
    dated_pages,
    digest_items,
    ended,
    id_day,
    ids_of,
    lay_out_pages,
    linked_pages,
    list_digest,
    markdown,
    numbered_digest,
    own_date,
    reading_minutes,
    ruled_pages,
    spaced_articles,
)

FRESH21 = REAL / "fresh21"
TEXTS = FRESH21 / "texts.txt"

PTF_2020 = "de-20200206-prototype-fund"
PTF_HARDWARE = "de-20220119-prototype-fund"
PTF_APRIL = "de-20220414-prototype-fund"
"""Three texts whose ids end alike: named by the day too, so `ids_of` tells them apart."""


def _german_day(text: Text) -> str:
    """`06.07.2023`, the post's day in figures as German pages and mail clients print it."""
    return f"{id_day(text):%d.%m.%Y}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """News items copied into a reading list one by one: the headline, an `okfn.de | date`
    line, the body, three blank lines between items."""
    dump = Dump("classic_01", "classic", "German reading list: headline, okfn.de | date, 3 blanks")
    idents = ids_of(t, "de-frontex-rechnun", "de-okf-vorstandswe", "de-save-the-date-f")
    idents += ids_of(t, "de-oer-strategie-k")
    pages = [(ident, [Title(), f"okfn.de | {own_date(t[ident])}", "", Body()]) for ident in idents]
    return lay_out_pages(dump, t, pages, 3)


def classic_02(t: dict[str, Text]) -> Dump:
    """Press releases as a distribution service sends them out: a `PRESSEMITTEILUNG` label
    over the headline, the body wrapped at 68 columns, each closed by `-- Ende --`."""
    dump = Dump(
        "classic_02",
        "classic",
        "German press releases: PRESSEMITTEILUNG, at 68 columns, -- Ende --",
    )
    idents = ids_of(t, "de-transparenzrank", "de-gruendung-f5", "de-prototypefund-v")
    pages = [(ident, ["PRESSEMITTEILUNG", Title(), "", Body(wrap=68)]) for ident in idents]
    return ended(dump, t, pages, "-- Ende --")


def classic_03(t: dict[str, Text]) -> Dump:
    """A plain-text file whose headlines are underlined with `=` as long as they are (Setext),
    the body a blank line under the rule, two blank lines between items."""
    dump = Dump("classic_03", "classic", "German text file, headlines underlined with = (Setext)")
    idents = ids_of(t, PTF_2020, "de-nkws", "de-start-der-umwelt", "de-jugend-hackt-la")
    pages = [(ident, [Title(), "=" * len(t[ident].title), "", Body()]) for ident in idents]
    return lay_out_pages(dump, t, pages, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Read-later notes saved as Markdown: YAML front matter whose quoted `title:` is the only
    headline, `source:`, `saved:`, `tags:` and the standfirst as `description:` where the page
    has one, then the body with `##` intertitles."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "Read-later Markdown (de, en): front matter title/source/saved/tags/description, no H1",
        suffix=".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        described = [f'description: "{caption}"' for caption in text.captions]
        return [
            "---",
            Title('title: "{}"'),
            f"source: {text.url}",
            f"saved: 2026-11-1{number}T08:3{number}:00+01:00",
            "tags: [okf, nachrichten]",
            *described,
            "---",
            "",
            Body(render=markdown),
        ]

    idents = ids_of(t, PTF_APRIL, "de-right-to-repair", "en-ospo")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes kept in one Markdown file: a `# Title`, quoted `Quelle:` and `Gespeichert:` lines,
    the body with `##` intertitles, and a `---` rule between notes."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "German Markdown notes: # Title, > Quelle: / > Gespeichert:, ##, --- between notes",
        suffix=".md",
    )
    idents = ids_of(t, "de-zur-abschaltung", "de-10-jahre-fragde", "de-opendataranking")
    pages = [
        (
            ident,
            [
                Title("# {}"),
                "",
                f"> Quelle: okfn.de, {own_date(t[ident])}",
                f"> Gespeichert: {_german_day(t[ident])}",
                "",
                Body(render=markdown),
            ],
        )
        for ident in idents
    ]
    return ruled_pages(dump, t, pages, "---")


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A German weekly review forwarded from a webmail: `---------- Weitergeleitete Nachricht
    ---------` and its header lines, bracketed labels, an `okfn.de, date` line, the opening
    paragraph, `Zum Beitrag:` links and the footer."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Weekly review forwarded from a webmail (de): Weitergeleitete Nachricht, [LABEL]",
    )
    dump.matter(
        "Schau mal, Punkt 2 betrifft uns.",
        "",
        "---------- Weitergeleitete Nachricht ---------",
        "Von: Zivilgesellschaft digital <post@zivilgesellschaft-digital.example.de>",
        "Date: Fr., 3. Sept. 2021 um 08:15 Uhr",
        "Subject: Wochenrückblick: Offenheit, Bildung, Reparatur",
        "To: <team@verein.example.de>",
        "",
        "Hallo zusammen,",
        "hier die Meldungen der Woche:",
    )
    items = (
        ("[BILDUNG]", "de-bundespolitik-e"),
        ("[REPARATUR]", "de-okf-unterstuetzt"),
        ("[OPEN HARDWARE]", "de-das-war-das-for"),
        ("[FÖRDERUNG]", "de-kickoff-open-ha"),
    )
    digest_items(dump, t, by_keys(t, items), "okfn.de, {}", "Zum Beitrag: ")
    dump.gap(2)
    dump.matter(
        "Du erhältst diese Mail, weil du den Wochenrückblick abonniert hast.",
        "Abmelden: https://zivilgesellschaft-digital.example.de/abmelden",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """An English civic-tech digest by mail: its header, a greeting, items numbered `1)` with a
    source line, the opening paragraph and `Read on:` links, and the footer."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Civic-tech weekly (en): numbered 1) items, source line, Read on:, unsubscribe",
    )
    dump.matter(
        "From: Civic Tech Weekly <digest@civictech-weekly.example.org>",
        "To: subscribers@civictech-weekly.example.org",
        "Date: Mon, 25 Mar 2019 06:00:00 +0000",
        "Subject: Civic Tech Weekly #112: news from Germany",
        "",
        "Hello everyone,",
        "this week, four pieces from the Open Knowledge Foundation Germany.",
    )
    idents = ids_of(
        t, "en-offenegesetze", "en-germany-finally", "en-openschufa-live", "en-zensurheberrech"
    )
    numbered_digest(dump, t, idents, "{}) ", "Open Knowledge Foundation Germany, {}", "Read on: ")
    dump.gap(2)
    dump.matter(
        "You are receiving this because you subscribed at civictech-weekly.example.org.",
        "Unsubscribe: https://civictech-weekly.example.org/unsubscribe",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A German mailing list's digest: its number, the table of contents, then each message
    under a rule with `Nachricht:`, `Datum:` and `Von:` lines, the headline as its `Betreff:`,
    the first two paragraphs, and the digest's end line."""
    dump = Dump(
        "email_digest_03",
        "email_digest",
        "Mailing-list digest (de): Themen dieser Ausgabe, Nachricht: N, Betreff: headline",
    )
    idents = ids_of(t, "de-ptf-runde-13", "de-konferenz-beyond", PTF_HARDWARE)
    idents += ids_of(t, "de-triffdieokfaufd")
    dump.matter(
        "okf-news Digest, Ausgabe 38",
        "",
        "Themen dieser Ausgabe:",
        *(f"{number}. {t[ident].title}" for number, ident in enumerate(idents, 1)),
    )

    def head(number: int, text: Text) -> list[str]:
        return [f"Nachricht: {number}", f"Datum: {_german_day(text)}", "Von: Redaktion OKF DE"]

    list_digest(dump, t, idents, head, "Betreff: {}", "-" * 70)
    dump.matter("Ende der Digest-Ausgabe okf-news, Ausgabe 38")
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """An NGO's news pages: the `Start › Blog › Aktuelles` trail, the headline and standfirst,
    `Von Redaktion · date · N Min. Lesezeit`, the body, the share line and the keywords."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "NGO news pages (de): Start › Blog ›, Von Redaktion · Min. Lesezeit, Schlagwörter:",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Start › Blog › Aktuelles",
            Title(),
            CAPTIONS,
            f"Von Redaktion · {own_date(text)} · {reading_minutes(text)} Min. Lesezeit",
            "",
            Body(),
            "",
            "Teilen: Mastodon · Bluesky · E-Mail · Link kopieren",
            "Schlagwörter: Transparenz, Offene Daten, Zivilgesellschaft",
        ]

    idents = ids_of(t, "de-transparenzrank", "de-open-data-knowl", "de-dateninstitut-w")
    idents += ids_of(t, "de-mehr-transparen")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A regional paper's pages: the `Lokales › Berlin › Netzpolitik` trail, the headline, the
    `Stand:` line, a `Lesen Sie auch:` line inside the body, the comment count and share line."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Regional paper pages (de): Lokales › Berlin, Stand: … Uhr, Lesen Sie auch:, Kommentare",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Lokales › Berlin › Netzpolitik",
            Title(),
            CAPTIONS,
            f"Stand: {_german_day(text)}, 1{number}:2{number} Uhr",
            "",
            Body(inserts=((2, (f"Lesen Sie auch: {other.title}",)),)),
            "",
            f"Kommentare ({number + 2})",
            "Artikel teilen",
        ]

    idents = ids_of(t, "de-frontex-rechnun", "de-okf-beim-rc3", "de-bilanz-digitalb")
    idents += ids_of(t, "de-abschluss-foe")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A tech portal's news pages: the `NEWS` label, the headline and standfirst, the date and
    minutes, an `Anzeige` line after the first paragraph and a `Mehr zum Thema:` line."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Tech portal pages (de): NEWS, date | N Min., Anzeige, Mehr zum Thema:",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "NEWS",
            Title(),
            CAPTIONS,
            f"{own_date(text)} | {reading_minutes(text)} Min.",
            "",
            Body(inserts=((1, ("Anzeige",)),)),
            "",
            f"Mehr zum Thema: {other.title}",
        ]

    idents = ids_of(t, "de-ptf-runde-zehn", "de-right-to-repair", "de-newprototypefun")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of the blog: each record's rule, source, date, headline, `SECTION:`,
    `BYLINE:` and `LENGTH:`, the body unwrapped, then `LOAD-DATE:`, `LANGUAGE:`, `DOCUMENT-TYPE:
    Press Release` and `PUBLICATION-TYPE: Web Blog`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export of a blog (de, en): BYLINE, DOCUMENT-TYPE: Press Release",
    )
    lines = lexis_record(
        "Open Knowledge Foundation Deutschland: Blog",
        16,
        ["SECTION: BLOG", "BYLINE: Redaktion OKF DE"],
        "DOCUMENT-TYPE: Press Release",
        "PUBLICATION-TYPE: Web Blog",
    )
    docs = ids_of(t, "de-gruendung-f5", "de-nkws", "en-zensurheberrech", "de-opendataranking")
    return lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """A LexisNexis export whose records open with the copyright line over the source, the body
    wrapped at 70 columns, and `GRAPHIC: Photo` after the closing fields."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis export, copyright line over the source, wrapped at 70, GRAPHIC: Photo",
    )

    docs = ids_of(t, "de-10-jahre-fragde", "de-forum-open-educ", "en-offenegesetze")
    docs += ids_of(t, "de-save-the-date-f")
    holder = "Open Knowledge Foundation Deutschland e.V."
    fields = ["SECTION: NEWS; Pg. 1"]
    return copyrighted_records(dump, t, docs, holder, ("okfn.de", 28), fields, "GRAPHIC: Photo", 70)


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery narrowed to German and English under its job cover."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery (de, en): job cover, Narrowed by: Language, End of Document",
    )
    docs = ids_of(t, "de-zur-abschaltung", "de-ptf-bewerbungsp", "en-ospo", "de-okf-vorstandswe")
    job = ("=okf-presseschau", "Monday, March 9, 2026 9:05:00 AM CET", "301977214")
    search = ('"Open Knowledge Foundation"', "Language: German; English")
    document = ("okfn.de", "Open Knowledge Foundation Deutschland e.V.", "Redaktion")
    return nexis_uni_delivery(dump, t, docs, job, search, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva display of the blog: headline, words, date, source and code, language,
    copyright, the body and the accession number."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display (de, en): words, date, OKFDEB, language, Document accession number",
    )
    docs = ids_of(
        t, "de-open-data-knowl", "de-start-der-umwelt", "en-germany-finally", "de-oer-strategie-k"
    )
    source = "Open Knowledge Foundation Deutschland Blog"
    return factiva_display(dump, t, docs, source, "OKFDEB", "OKF DE. CC BY 3.0 DE.")


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """News items with every short line (an intertitle, a list item, a one-line paragraph) set
    off by two blank lines, the gap that also parts the items, an `okfn.de · date` line under
    each headline."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "German news, short lines and list items two blanks apart as items are",
    )
    idents = ids_of(t, "de-forum-open-educ", "de-ptf-runde-13", "de-okf-beim-rc3")
    idents += ids_of(t, "de-mehr-transparen")
    return spaced_articles(dump, t, dated(t, idents, "okfn.de · {}"), 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """News pages copied with their standfirst and an `OKF DE — date` line under the headline,
    paragraphs one blank line apart, intertitles and pages two."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "News pages (de, en) with byline date, intertitles and pages two blanks apart",
    )
    idents = ids_of(t, "de-dateninstitut-w", "en-ospo", "de-10-jahre-fragde")
    idents += ids_of(t, "de-ptf-bewerbungsp")
    return lay_out_pages(dump, t, dated_pages(t, idents, "OKF DE — {}", [CAPTIONS]), 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """News pages copied from a site whose style sheet sets intertitles in capitals, an
    `Aktuelles | date` line (`News | date` in English) under each headline, intertitles and
    pages two blank lines apart."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "News pages (de, en), intertitles in capitals two blanks apart, Aktuelles | date",
    )
    idents = ids_of(t, "en-germany-finally", "de-newprototypefun", "de-right-to-repair")
    forms = {"de": "Aktuelles | {}", "en": "News | {}"}
    pages = [(ident, [Title(), line, "", "", Body()]) for ident, line in dated(t, idents, forms)]
    return capitalised_pages(dump, t, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """News items republished by other sites, each closed a blank line under the body by a desk
    mark, a source line, a credit in parentheses or a licence line."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "German and English news closed by (okf/red), Quelle:, (Text: …) and a licence line",
    )
    trailers = (
        ("de-bundespolitik-e", "(okf/red)"),
        ("de-konferenz-beyond", "Quelle: Open Knowledge Foundation Deutschland"),
        ("en-openschufa-live", "(Text: OKF DE press office)"),
        ("de-jugend-hackt-la", "Lizenz: CC BY 3.0 DE – okfn.de"),
        (PTF_2020, "(pf/okf)"),
    )
    return closed_by_keys(dump, t, trailers, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """News items with their trailers set flush under the last paragraph: a press office's
    sign-off, an editor's line, a bracketed source and a last-updated line."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "German news closed flush: — Pressestelle, Text:, [Quelle: …], Zuletzt aktualisiert",
    )
    last = ids_of(t, "de-triffdieokfaufd")[0]
    trailers = (
        ("de-prototypefund-v", "— Pressestelle der OKF DE"),
        ("de-das-war-das-for", "Text: Redaktion okfn.de"),
        ("de-bilanz-digitalb", "[Quelle: okfn.de]"),
        ("de-triffdieokfaufd", f"Zuletzt aktualisiert: {_german_day(t[last])}"),
    )
    return closed_by_keys(dump, t, trailers, 2, blank=False)


SOURCES_HEAD = """# Twenty-first fresh half (tuning): sources and licences

Built by `python -m bench.fresh21_dumps` from [texts.txt](texts.txt); this file too. This is a
**tuning** half: its dumps, gold and `--show` misses may be read and tuned on
([README.md](../README.md)). It was built because the sealed news half fresh20 showed the
learned models losing bodies on short news; it is short and mid-length news from a source no
earlier half used, in a language mix fresh20 does not have (German, some English).

Every headline, standfirst, intertitle and body paragraph is real published text, copied
verbatim from the Markdown source of the post named below (whitespace aside): a news item or
press release of the Open Knowledge Foundation Deutschland e.V. (okfn.de), 2017 to 2024, read
in github.com/okfde/okfn.de, `content/blog/`, at the commit in each address (posts marked
`published: false` there, drafts, and posts built around images or embeds were left out). A
body is the whole post: every paragraph and heading (any level is an intertitle), in order; an
italic lead the page prints under its headline is kept as the post's standfirst (meta, not
body); a list item is a paragraph of its own; a bold line stays a paragraph, as the page prints
it; images, HTML, embeds and the site's shortcodes are removed, links keep their words and
emphasis and backslash escapes are removed; one closing heading that only repeats a link
(`www.OpenDataRanking.de`) is left out. The English items are posts the site published in
English. Everything around the texts is written by the builder and taken from no source:
reading-list, press-release and Setext layouts, front matter and note lines, mail headers,
greetings, labels, contents lists, source and `Zum Beitrag`/`Read on` lines and footers of the
digests; trails, bylines, dates and times, reading times, share, keyword, comment, advert and
"read also" lines (titles of other posts in the set) of the pages; export headers, cover pages
and field lines; trailers. Dates in the chrome come from the day the post gives, which its id
holds.

Licence: the site's footer (`layouts/partials/footer.html`) says that, unless otherwise stated,
the contents of the website are licensed under Creative Commons Attribution 3.0 Germany (CC BY
3.0 DE, https://creativecommons.org/licenses/by/3.0/de/). The dumps are shared under CC BY 3.0
DE (attribution: Open Knowledge Foundation Deutschland e.V., okfn.de, and each post's address,
below; changes: markup, images and embeds removed as said above, intertitles upper-cased in one
dump, bodies wrapped in two, chrome and trailers added). Doubts: one source, and an
organisation's own news rather than a newsroom's: the items are press releases, calls and
statements as the foundation wrote them; Code for Germany (fresh12, sealed) is a network the
same foundation runs, but its blog is another site with other authors, and no post of it is
here; a few posts end on a link's words or a press contact's lines, as published; the
addresses are the repository's files, the site's own addresses being built from front matter
that does not always say them.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH21, SOURCES_HEAD)
"""The twenty-first fresh half, for tuning: the Open Knowledge Foundation Deutschland's news,
short and mid-length, in German and English."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
