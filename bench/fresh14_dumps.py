"""The fourteenth fresh half, a tuning half: `python -m bench.fresh14_dumps` writes it and its
gold.

The sealed halves showed one shape costing the most bodies (long articles whose intertitles,
short unpunctuated lines, are set off by two blank lines, the gap that also parts articles),
and no half the splitter may be tuned on showed it failing. This half is text to tune that on:
tests/fixtures/dumps/real/fresh14/texts.txt holds whole published posts of The Carpentries'
blog (CC BY 4.0), most of them 600 to 2,800 words with several intertitles of their own (Title
Case, sentence case, in capitals, ending in `?` or `:`, numbered), in English, Spanish and
German, and short posts to sit between them. This pastes them in the ways people paste long
articles: two blank lines around every short line and between posts, one blank line
everywhere, rules between posts, a dek under the headline, intertitles set in capitals by a
page's style sheet, Markdown `##` in clippings, trailers under the last paragraph; and in the
other weak shapes (Spanish and German web pages with their chrome, LexisNexis, Nexis Uni and
Factiva exports, digests). Everything around the texts is written here. Unlike fresh9 to
fresh13 the half is open: its misses may be read and tuned on, and its ratchet floors are what
main's splitter scored when it landed (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.database_exports import (
    factiva_display,
    lexis_documents,
    lexis_record,
    nexis_uni_delivery,
    print_request,
)
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    CAPTIONS,
    Body,
    Item,
    Title,
    blank_lined,
    capital_intertitles,
    closed_by,
    dated,
    english_date,
    id_day,
    labelled_items,
    lay_out,
    lay_out_pages,
    lead,
    lead_sentence,
    linked_pages,
    local_date,
    markdown,
    reading_minutes,
    ruled,
    spaced_articles,
    titled_front_matter,
)

FRESH14 = REAL / "fresh14"
TEXTS = FRESH14 / "texts.txt"


def _local_day(text: Text, language: str) -> str:
    """The post's day as a page in `language` writes it, whatever the text's own language."""
    return local_date(id_day(text), language)


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts saved as one text file with one blank line everywhere: under the headline,
    between paragraphs, around intertitles and between posts; a short post among them."""
    dump = Dump("classic_01", "classic", "Long posts, one blank line everywhere, a short post")
    return blank_lined(dump, t, ("en-20190505", "en-20160113", "en-20200424", "en-20210422"))


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts pasted into a text file with a `* * *` rule between them, paragraphs one blank
    line apart and intertitles two."""
    dump = Dump("classic_02", "classic", "Long posts, * * * rules, intertitles two blanks apart")
    idents = ("en-20200130", "en-20210526", "en-20170222", "en-20171108")
    return ruled(dump, t, idents, "* * *")


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Posts clipped as Markdown with `title`, `source`, `published`, `created`, `description`
    and `tags` in the front matter and no heading under it, the lead's first sentence again as
    a `>` dek, and `##` intertitles."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "Web clippings: title/source/published/created/description/tags, > dek, ## intertitles",
        suffix=".md",
    )
    idents = ("en-20220928", "en-20220505", "en-20250301")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        dek = lead_sentence(text)
        fields = [
            f"source: {text.url}",
            f"published: {id_day(text):%Y-%m-%d}",
            f"created: 2026-11-0{number + 2}",
            f'description: "{dek}"',
            "tags:",
            "  - clippings",
        ]
        items = titled_front_matter(text, False, fields)
        return [*items, f"> {dek}", "", Body(around=1, render=markdown)]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Posts saved as Markdown files with `title` and `url` in the front matter, a `# Title`
    under it, an italic byline, and `##` intertitles; a short post among them."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "Saved Markdown: title/url front matter, # H1, italic byline, ## intertitles",
        suffix=".md",
    )
    idents = ("en-20191202", "en-20200330", "en-20160424", "en-20230314")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        items = titled_front_matter(text, True, [f"url: {text.url}"])
        byline = f"*The Carpentries, {english_date(text)}*"
        return [*items, byline, "", Body(around=1, render=markdown)]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 1)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A community newsletter forwarded from Gmail: the forward's header, a greeting, section
    labels in capitals, each post's first two paragraphs, `Read more:` links and the
    unsubscribe footer."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Newsletter forwarded from Gmail: CAPS labels, two-paragraph leads, Read more",
    )
    dump.matter(
        "---------- Forwarded message ---------",
        "From: Research Computing Roundup <roundup@rc-roundup.example.org>",
        "Date: Mon, Aug 3, 2020 at 9:02 AM",
        "Subject: Roundup #118: curriculum, CarpentryCon and a new community lead",
        "To: <hpc-users@lists.example.edu>",
        "",
        "Hi all,",
        "a few reads from the teaching community this month.",
    )
    items = (
        ("CURRICULUM", "en-20180731"),
        ("INSTRUCTOR TRAINING", "en-20181203"),
        ("EVENTS", "en-20190731"),
        ("COMMUNITY", "en-20200406"),
        ("MAINTAINERS", "en-20200721"),
    )
    labelled_items(dump, t, items, "Read more:", paragraphs=2)
    dump.gap(2)
    dump.matter(
        "You are receiving this because you subscribed to Research Computing Roundup.",
        "Unsubscribe: https://rc-roundup.example.org/unsubscribe",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A mailing list's weekly digest: `Subject:`/`From:`/`Date:`, the list's table of
    contents, each post's first paragraph under its headline with a `Continue reading` link,
    dashed rules between items, and the list footer."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Mailing-list digest: contents, first paragraph, Continue reading, dashed rules",
    )
    idents = ("en-20210401", "en-20211109", "en-20220519", "en-20230131", "en-20230117")
    dump.matter(
        "Subject: teaching-digest Digest, Vol 42, Issue 5",
        "From: teaching-digest-request@lists.example.edu",
        "Date: Wed, 1 Feb 2023 12:00:04 +0000",
        "",
        "Today's Topics:",
        "",
    )
    for number, ident in enumerate(idents, 1):
        dump.matter(f"   {number}. {t[ident].title}")
    for ident in idents:
        text = t[ident]
        dump.gap()
        dump.separator("-" * 70)
        dump.gap()
        quoted = [Title(), "", Body(), "", f"Continue reading: {text.url}"]
        lay_out(dump, lead(text, 1), quoted)
    dump.gap()
    dump.separator("-" * 70)
    dump.gap()
    dump.matter(
        "_______________________________________________",
        "teaching-digest mailing list",
        "https://lists.example.edu/mailman/listinfo/teaching-digest",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A Spanish university library's news pages: an `Inicio › Noticias › Formación` trail,
    the headline, a `Publicado el … · Lectura: N min` line, the body with a `Te puede
    interesar:` line inside it, the share line and the tags."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Spanish library news pages (es): Inicio › trails, Publicado el · Lectura, Te puede",
    )
    idents = ("es-20220916", "es-20180312", "es-20190122", "es-20211115")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Inicio › Noticias › Formación",
            Title(),
            f"Publicado el {_local_day(text, 'es')} · Lectura: {reading_minutes(text)} min",
            "",
            Body(inserts=((3, (f"Te puede interesar: {other.title}",)),)),
            "",
            "Compartir en: Facebook · X · LinkedIn · Correo electrónico",
            "Etiquetas: formación, comunidad, software libre",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A German research-computing centre's news pages, which carry the community's posts in
    German and in English: the section label, the headline, a `Veröffentlicht am … | Lesezeit`
    line, the captions, the body, `Teilen:` and a `Das könnte Sie auch interessieren` list."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "German research-computing news pages (de, en): Veröffentlicht am | Lesezeit, Teilen",
    )
    idents = ("de-20220916", "en-20230216", "en-20230428", "en-20230506")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Aktuelles | Lehre",
            Title(),
            f"Veröffentlicht am {_local_day(text, 'de')} | Lesezeit: {reading_minutes(text)} Min.",
            CAPTIONS,
            "",
            Body(),
            "",
            "Teilen: E-Mail | Mastodon | LinkedIn",
            "Das könnte Sie auch interessieren",
            f"› {other.title}",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export: `N of M DOCUMENTS` centred, the source, the date, the headline,
    `BYLINE:`, `SECTION:` and `LENGTH:`, the body unwrapped, `LOAD-DATE:` and `LANGUAGE:`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export: N of M DOCUMENTS, BYLINE, SECTION, LENGTH, body unwrapped",
    )
    lines = lexis_record("The Carpentries Blog", 24, ["BYLINE: The Carpentries", "SECTION: BLOG"])
    docs = ("en-20170817", "en-20171130", "en-20171106")
    return lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """A LexisNexis print request: its header, then each document with its rule, the source,
    the date, the headline, the field lines, the body wrapped at 72 columns and the closing
    fields with `PUBLICATION-TYPE:`."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis print request: header, fields, body wrapped at 72, PUBLICATION-TYPE",
    )
    print_request(
        dump,
        "Time of Request: Tuesday, November 3, 2026  10:41:12 EST",
        "Send To: LIBRARY, RESEARCH SERVICES",
        "Terms: (carpentries AND (workshop OR election OR lesson))",
        "Source: Web Publications",
    )
    lines = lexis_record(
        "The Carpentries Blog", 24, ["SECTION: NEWS"], "PUBLICATION-TYPE: Web Publication"
    )
    docs = ("en-20190805", "en-20201129", "en-20231016")
    return lexis_documents(dump, t, docs, lines, 72, 3)


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery: the job cover with its numbered headlines and search lines, then
    each document with its source, date, `Length:`, `Byline:`, `Body`, `Load-Date:` and `End
    of Document`."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery: job cover, numbered headlines, Body, End of Document",
    )
    docs = ("en-20241022", "en-20230315", "en-20260430")
    job = ("=libstaff", "Tuesday, November 3, 2026 10:14:00 AM EST", "266104871")
    search = ('"The Carpentries" AND trainer', "Content Type: News; Language: English")
    document = ("The Carpentries Blog", "The Carpentries. CC BY 4.0", "The Carpentries")
    return nexis_uni_delivery(dump, t, docs, job, search, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva display: the headline, the word count, the date, the source and its code, the
    language and the copyright line, the body, and `Document …` under it."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display: headline, words, date, source, code, language, Document id",
    )
    docs = ("en-20181207", "en-20210114", "en-20220519")
    rights = "The Carpentries. Licensed CC BY 4.0."
    return factiva_display(dump, t, docs, "The Carpentries Blog", "CARPBL", rights, first=0)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Long posts with numbered and question intertitles, every short line (an intertitle, a
    one-line paragraph, a list item) set off by two blank lines, the gap that also parts the
    posts, a `The Carpentries · date` line under each headline; a short post among them."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "Long posts, short lines two blanks apart as posts are, numbered and ? intertitles",
    )
    idents = ("en-20160420", "en-20191021", "en-20230612", "en-20230926")
    items = [(ident, f"The Carpentries · {english_date(t[ident])}") for ident in idents]
    return spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Long posts copied from their pages with the dek (the lead's first sentence) under the
    headline, paragraphs one blank line apart, intertitles and posts two apart; a short post
    among them."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "Long posts with a dek, paragraphs one blank apart, intertitles and posts two apart",
    )
    idents = ("en-20230213", "en-20160106", "en-20190527", "en-20201215")
    pages = [(ident, [Title(), lead_sentence(t[ident]), "", "", Body()]) for ident in idents]
    return lay_out_pages(dump, t, pages, 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Long posts copied from a page whose style sheet sets intertitles in capitals (so the
    copy holds them so), a `By The Carpentries | date` line under each headline, intertitles
    and posts two blank lines apart; a short post among them."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "Long posts, intertitles in capitals two blanks apart as posts are, By … | date",
    )
    idents = ("en-20180801", "en-20160404", "en-20160317", "en-20211122", "en-20190708")
    capitals = {ident: capital_intertitles(t[ident]) for ident in idents}
    pages = [
        (ident, [Title(), f"By The Carpentries | {english_date(t[ident])}", "", "", Body()])
        for ident in idents
    ]
    return lay_out_pages(dump, capitals, pages, 2)


def long_intertitles_04(t: dict[str, Text]) -> Dump:
    """English and Spanish posts whose intertitles end in `:` or `!` or are in capitals, each
    short line two blank lines from the text around it, a date line under each headline in
    the post's language, two blank lines between posts."""
    dump = Dump(
        "long_intertitles_04",
        "long_intertitles",
        "English and Spanish posts, short lines two blanks apart, intertitles ending in : or !",
    )
    idents = ("en-20180118", "es-20180312", "en-20221207", "es-20211115")
    forms = {"es": "Publicado el {}", "en": "Posted on {}"}
    return spaced_articles(dump, t, dated(t, idents, forms), 70)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts republished by a newsletter's site, closed a blank line under the body by a
    credit in parentheses, a `(Reporting by …)` line, a creation-date line or a licence
    line; a short post among them."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "Posts closed by (The Carpentries), (Reporting by …), Created … lines, licence lines",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("en-20180718", ("(The Carpentries)",)),
        ("en-20180828", ("(Reporting by The Carpentries staff; editing by the blog team)",)),
        ("en-20180731", (f"Created {id_day(t['en-20180731']):%d/%m/%Y} 09:00",)),
        ("en-20181203", ("Source: The Carpentries blog, CC BY 4.0",)),
    ]
    return closed_by(dump, t, items, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts with paragraphs one blank line apart and their trailers set flush under the
    last paragraph: an author line in capitals, an italic credit, a posting line; a short
    post among them."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "Posts closed flush by a CAPS author line, an italic credit, a Posted in … line",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("en-20210401", ("BY THE CARPENTRIES CORE TEAM",)),
        ("en-20160623", ("*Republished from The Carpentries blog under CC BY 4.0*",)),
        (
            "en-20211109",
            (f"Posted in Community | {english_date(t['en-20211109'])} | Leave a comment",),
        ),
        ("en-20230131", ("— The Carpentries",)),
    ]
    return closed_by(dump, t, items, 2, blank=False)


SOURCES_HEAD = """# Fourteenth fresh half (tuning): sources and licences

Built by `python -m bench.fresh14_dumps` from [texts.txt](texts.txt); this file too. This is a
**tuning** half: the splitter's owners may read its dumps, gold and misses and tune on them
([README.md](../README.md)). It was built because the sealed halves' costliest shape, long
articles whose intertitles are set off by two blank lines (the gap between articles), never
failed on any half open for tuning; most of its articles are long, with several intertitles
of their own, pasted in the ways people paste long articles. Its source is one no earlier half
used.

Every headline, intertitle and body paragraph is real published text, copied verbatim from the
Markdown source of the post named below (whitespace aside): a post of the blog of The
Carpentries (carpentries.org/blog), read in github.com/carpentries/carpentries.org,
`content/posts/<year>/<month>/<name>.md`, at its snapshot of 21 August 2026. A body is the
whole post: every paragraph and heading (any level is an intertitle), in order; a list item or
a blockquote's text is a paragraph of its own; links, link definitions, footnote marks and
footnotes, emphasis, images, HTML (embedded tweets among it), Jekyll includes, Hugo shortcodes
(a `param` one is read as the address the site's parameters give), tables, code blocks and
paragraphs that are only a link (language switches) are removed, and Markdown escapes (`\\*`,
`\\#`) read as the characters they escape. The English posts that are translations of the
Spanish and German ones are left out. Everything around the texts is written by the builder and
taken from no source: mail headers, greetings, footers, section labels, bylines, publication
and date lines, reading times, breadcrumbs, share lines, "read also" lines (titles of other
articles in the set), export headers, cover pages and field lines, front matter, trailers; a
dek repeats the lead's first sentence, as sites and clippers do, and one dump sets the
intertitles in capitals as a page's style sheet shows them. Dates in the chrome come from the
post's own `date`, which its id holds; a post's address is rebuilt from its file's year, month
and name as the site's links give it (`https://carpentries.org/blog/<year>/<month>/<name>/`).

Licence: the site's license page (content/license/_index.md): "Unless specified otherwise, the
text content of this website is licensed Creative Commons Attribution 4.0 International
License" (https://creativecommons.org/licenses/by/4.0/); no post used here says otherwise. The
dumps keep that notice here and are shared under the same terms (CC BY 4.0; attribution: The
Carpentries and each post's address, below; changes: markup removed as said above, intertitles
upper-cased in one dump, paragraphs wrapped in one export). Doubts: one source, one
community's voice (announcements, calls, elections, reports, guides), far from agency news;
only five texts are not English (four Spanish, one German), and the Spanish and German posts
of 16 September 2022 are one call for candidates in two languages (both kept, in different
dumps); some posts open with "This post originally appeared on …" or close with a list, a
greeting or a signature, which is body as published; some intertitles are long questions, and
candidates' names stand as intertitles in the election posts, as published.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH14, SOURCES_HEAD)
"""The fourteenth fresh half, open for tuning: The Carpentries' blog posts, whole, with their
intertitles, in English, Spanish and German."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
