"""The thirty-second fresh half, a tuning one: `python -m bench.fresh32_dumps` writes it and its
gold.

The splitter loses most bodies on foreign web pages that carry their own site's chrome, and few
tuning texts are such pages; this half gives it Italian news pages to tune on with the chrome
of their site's own theme. tests/fixtures/dumps/real/fresh32/texts.txt (written by `python -m
bench.fresh32_texts` from a clone of the site's repository) holds the news of Italian Linux
Society (linux.it, CC0 1.0) that fresh23 does not hold: Linux Day reports, campaigns, yearly
reviews, letters, appeals. The site's pages are pasted as its Nikola theme prints them
(themes/ils/templates: base, post and post_header, and conf.py's strings): the site's name
`Linux.it` and `Dal 1994, Linux in Italia`, the menu (`Home`, `L'Associazione`, `Progetti e
attività`, `Iscrizione`, `Contatti`), the headline, `Pubblicato il 2016-10-17`, the body and the
footer's `Informativa Privacy`, `Contribuisci con Git`, `RESTA AGGIORNATO!`, `Amici` and
`Network` blocks; the clipper dumps are the repository's own files, Nikola's metadata comment
over the text. The other shapes' chrome is written here. It is a tuning half: its dumps, gold
and misses may be read and tuned on (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys

from bench import database_exports as export
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH32 = REAL / "fresh32"
TEXTS = FRESH32 / "texts.txt"

SITE = ("Linux.it", "Dal 1994, Linux in Italia")
"""The site's name and description as base.tmpl prints them (conf.py's BLOG_TITLE and
BLOG_DESCRIPTION)."""
MENU = ("Home", "L'Associazione", "Progetti e attività", "Iscrizione", "Contatti")
"""conf.py's NAVIGATION_LINKS as base.tmpl prints them."""
FOOTER = (
    "Informativa Privacy",
    "Contribuisci con Git",
    "RESTA AGGIORNATO!",
    "Amici",
    "Scopri tutte le associazioni e le aziende che hanno aderito a Italian Linux Society.",
    "Network",
)
"""The footer's blocks in base.tmpl."""
HOME = "linux.it"


def posted(text: Text) -> str:
    """The line post_header.tmpl prints under the headline: `Pubblicato il 2016-10-17`."""
    return text.above[0]


def day(text: Text) -> str:
    """The post's day as the site writes it, `2016-10-17`."""
    return posted(text).removeprefix("Pubblicato il ")


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Pages copied whole: the site's name and line, the menu, the headline, `Pubblicato il`,
    the body and the footer."""
    dump = Dump.named("foreign_web_01", "linux.it pages: Linux.it, menu, Pubblicato il, footer")
    idents = layout.ids_from(t, "it-20131126", "it-20161017", "it-20170927")
    pages = [
        (i, [*SITE, *MENU, "", layout.Title(), posted(t[i]), "", layout.Body(), "", *FOOTER])
        for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Pages copied from the headline down to the end of the text."""
    dump = Dump.named("foreign_web_02", "linux.it pages: headline, Pubblicato il, body")
    idents = layout.ids_from(t, "it-20130327", "it-20160519", "it-20191126", "it-20210319")
    pages = [(i, [layout.Title(), posted(t[i]), "", layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Pages copied with the menu over each, the date line under the headline."""
    dump = Dump.named("foreign_web_03", "linux.it pages: menu, headline, Pubblicato il")
    idents = layout.ids_from(t, "it-20170110", "it-20200523", "it-20170420")
    pages = [(i, [*MENU, layout.Title(), posted(t[i]), "", layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 1)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """Pages copied from the headline to the end of the page, the footer under the body."""
    dump = Dump.named("foreign_web_04", "linux.it pages: Pubblicato il, body, footer")
    idents = layout.ids_from(t, "it-20151019", "it-20170207", "it-20181224")
    pages = [(i, [layout.Title(), posted(t[i]), "", layout.Body(), "", *FOOTER]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 3)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """The posts as the repository's files: Nikola's metadata comment (`.. title:`, `..
    slug:`, `.. date:`), then the text."""
    dump = Dump.named("clipper_markdown_01", "Nikola posts: <!-- .. title: .. date: -->", ".md")
    idents = layout.ids_from(t, "it-20161228", "it-20201114", "it-20141117")

    def page(text: Text) -> list[layout.Item]:
        slug = text.id[12:]
        head = ["<!--", layout.Title(".. title: {}"), f".. slug: {slug}"]
        return [*head, f".. date: {day(text)} 00:00:00", "-->", "", layout.Body()]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in idents], 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Clippings saved as Markdown: a `# ` headline and an italic source line."""
    dump = Dump.named("clipper_markdown_02", "Clippings (it): # H1, *linux.it · date*", ".md")
    idents = layout.ids_from(t, "it-20150702", "it-20211229", "it-20210218")
    pages = [
        (i, [layout.Title("# {}"), f"*{HOME} · {day(t[i])}*", "", layout.Body()]) for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 3)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A LUG's newsletter: its greeting, each item's headline, `linux.it, date`, its opening
    paragraph and `Continua su:` with the address."""
    dump = Dump.named("email_digest_01", "LUG newsletter (it): headline, linux.it, Continua su:")
    dump.matter("Oggetto: Notizie dal mondo Linux", "", "Ciao a tutti,", "ecco le novità:")
    idents = layout.ids_from(t, "it-20150507", "it-20161017", "it-20200523", "it-20210319")
    for ident in idents:
        text = t[ident]
        dump.gap(2)
        items = [layout.Title(), f"{HOME}, {day(text)}", "", layout.Body()]
        layout.lay_out(dump, layout.opening(text, 1), [*items, "", f"Continua su: {text.url}"])
    dump.gap(2)
    dump.matter("A presto,", "il direttivo del LUG")
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A list digest: `Sommario:` with numbered subjects, each message under a rule with its
    `Data:`, `Da:` and `Oggetto:` lines and its first two paragraphs."""
    dump = Dump.named("email_digest_02", "List digest (it): Sommario:, Data:, Da:, Oggetto:")
    idents = layout.ids_from(t, "it-20130327", "it-20151019", "it-20191126")
    dump.matter("lug-annunci digest, numero 142", "", "Sommario:", "")
    dump.matter(*(f"{n}. {t[i].title}" for n, i in enumerate(idents, 1)))

    def head(number: int, text: Text) -> list[str]:
        return [f"Data: {day(text)}", "Da: Italian Linux Society <info@linux.example.it>"]

    layout.list_digest(dump, t, idents, head, "Oggetto: {}", "=" * 40)
    dump.matter("Fine del digest lug-annunci, numero 142")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A weekly with numbered items, a `linux.it · date` line, the opening paragraph and a
    `Leggi:` line."""
    dump = Dump.named("email_digest_03", "Weekly (it): N) headline, linux.it · date, Leggi:")
    idents = layout.ids_from(t, "it-20141029", "it-20150726", "it-20170110", "it-20170207")
    dump.matter("Settimanale del software libero", "Questa settimana:")
    layout.numbered_digest(dump, t, idents, "{}) ", f"{HOME} · {{}}", "Leggi: ")
    dump.gap(2)
    dump.matter("Per disiscriverti rispondi a questa mail.")
    return dump


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts pasted as plain text: the headline, the date, the body."""
    dump = Dump.named("classic_01", "linux.it news as text: headline, date, body")
    idents = layout.ids_from(t, "it-20141029", "it-20150507", "it-20171216")
    pages = [(i, [layout.Title(), day(t[i]), "", layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts one after another, a headline and the body, one blank line apart."""
    dump = Dump.named("classic_02", "linux.it news: headline, body, one blank line")
    idents = layout.ids_from(t, "it-20150209", "it-20160619", "it-20150726")
    return layout.in_a_row(dump, t, idents, 1)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of the yearly reviews: source, date, headline, `SECTION:`,
    `LENGTH:`, the body, `LOAD-DATE:` and `LANGUAGE: ITALIAN`."""
    dump = Dump.named("lexisnexis_01", "LexisNexis export (it): SECTION: NOTIZIE, unwrapped")
    docs = layout.ids_from(t, "it-20161228", "it-20171216", "it-20181224")
    lines = export.lexis_record(HOME, 34, ["SECTION: NOTIZIE"], "PUBLICATION-TYPE: Sito web")
    return export.lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """LexisNexis records opening on `Copyright <year> Italian Linux Society`, at 70."""
    dump = Dump.named("lexisnexis_02", "LexisNexis export (it): copyright ILS, at 70")
    docs = layout.ids_from(t, "it-20170927", "it-20150209", "it-20160619")
    holder = "Italian Linux Society"
    fields = ["SECTION: ASSOCIAZIONE; Pg. 1"]
    return export.copyrighted_records(
        dump, t, docs, holder, (HOME, 34), fields, "DOCUMENT-TYPE: Notizia", 70
    )


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery of four posts narrowed to Italian."""
    dump = Dump.named("nexis_factiva_01_nexisuni", "Nexis Uni delivery (it): narrowed to Italian")
    docs = layout.ids_from(t, "it-20150209", "it-20170420", "it-20201114", "it-20150702")
    return export.nexis_uni_delivery(
        dump,
        t,
        docs,
        ("=biblioteca-it", "Friday, March 6, 2026 9:41:00 AM CET", "351899240"),
        ('"Linux Day" OR "software libero"', "Language: Italian"),
        ("linux.it", "Italian Linux Society", "Italian Linux Society"),
    )


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of three posts under the source code LNXIT."""
    dump = Dump.named("nexis_factiva_02_factiva", "Factiva display (it): linux.it, LNXIT")
    docs = layout.ids_from(t, "it-20211229", "it-20141117", "it-20230424")
    return export.factiva_display(dump, t, docs, HOME, "LNXIT", "Italian Linux Society", 3)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The long posts with every short line two blank lines apart, under the date line."""
    dump = Dump.named("long_intertitles_01", "linux.it long posts, short lines spaced")
    idents = layout.ids_from(t, "it-20230424", "it-20210218", "it-20131126")
    return layout.spaced_articles(dump, t, [(i, posted(t[i])) for i in idents], 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Long posts under `linux.it · date`, two blank lines under that line."""
    dump = Dump.named("long_intertitles_02", "linux.it long posts under site · date")
    idents = layout.ids_from(t, "it-20201114", "it-20211229", "it-20141117")
    return layout.lay_out_pages(dump, t, layout.dated_pages(t, idents, f"{HOME} · {{}}"), 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts as other sites repost them, a blank line and then one closing line under each."""
    dump = Dump.named("trailers_01", "Reposted linux.it news closed by Fonte:, (da …), —")
    closing = (
        ("it-20161017", "Fonte: linux.it"),
        ("it-20150726", "(da linux.it, in pubblico dominio)"),
        ("it-20170110", "— Italian Linux Society"),
    )
    return layout.closed_by_keys(dump, t, closing, 2, named=layout.ids_from)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts whose reposting site set its credit flush under the last paragraph."""
    dump = Dump.named("trailers_02", "Reposted linux.it news closed flush by Articolo …")
    closing = (
        ("it-20200523", "Articolo originale su www.linux.it"),
        ("it-20170927", "[linux.it]"),
        ("it-20210319", "Pubblicato da Italian Linux Society con licenza CC0."),
    )
    return layout.closed_by_keys(dump, t, closing, 2, blank=False, named=layout.ids_from)


SOURCES_HEAD = """# Thirty-second fresh half (tuning): sources and licences

Written, like this file, by `python -m bench.fresh32_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh32_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: anyone may read its dumps, gold and `--show` misses and tune on them
([README.md](../README.md)). It was built because the splitter loses most bodies on foreign web
pages that carry their own site's chrome and few tuning texts are such pages: it is Italian news
pasted with the chrome of its site's own theme, in all eight shapes.

Every headline and body paragraph is real published text, taken by code (not by hand) from
github.com/fatualux/linux.it at c7f5740 (the copy of ils.org's and linux.it's posts that fresh23
read): every post under `posts/` that fresh23 does not hold (26 of 113, 2013 to 2023), save the
posts on the government's digital agency or innovation plans (AgID, the innovation ministry, its
three-year plans), whose ministry's news are the sealed fresh20. The HTML of a post is turned
into the blocks it prints (a paragraph, a quote, a list item each a block, a heading an
intertitle), then read as fresh29's Markdown is (bench/fresh29_texts.py): links and emphasis as
their words; images and comments left out; entities as the characters they stand for. The date
line (`Pubblicato il 2016-10-17`) is the one post_header.tmpl prints from the post's metadata.
The foreign web and Nikola-file dumps carry the site's own chrome, from its theme
(themes/ils/templates/base.tmpl, post.tmpl, post_header.tmpl) and conf.py (BLOG_TITLE,
BLOG_DESCRIPTION, NAVIGATION_LINKS, the `yyyy-MM-dd` date); written by the builder: the order of
the pages and of their chrome lines as a copy gives them, and everything around the texts in the
other shapes (a LUG's newsletter, a list digest, a weekly, export headers, cover pages and field
lines, clipping lines, reposts' closing lines).

Licence: the repository's README and LICENSE put the site's content in the public domain under
CC0 1.0 (logos aside), and the site's footer carries the same mark; the dumps are shared under
CC0 1.0 too. Doubts: a source fresh23 already holds (another 26 of its posts, the ones fresh23
left out for their length, code or subject: some short, a few long letters and appeals); an
association's own news rather than a newsroom's; one language; no intertitles.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH32, SOURCES_HEAD)
"""The thirty-second fresh half, a tuning half: Italian Linux Society's other news."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
