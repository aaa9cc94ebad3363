"""The twenty-third fresh half, a tuning one: `python -m bench.fresh23_dumps` writes it and its
gold.

The sealed news half fresh20 (short Italian news) is stuck while the rules and models rise on
the tuning halves, none of which holds short Italian news. tests/fixtures/dumps/real/fresh23/
texts.txt holds the news items of Italian Linux Society (linux.it, CC0 1.0), a source no earlier
half used: announcements, appeals, reports, agreements, campaigns and yearly reviews of a
national association, most of them two to five paragraphs, a few cut by lists or intertitles,
all in Italian. This pastes them in the eight shapes with Italian chrome in the manner of tools
and sites no earlier builder imitates (a reading list with `◇ ◇ ◇` rules, press releases with a
place and date line closed by `— fine comunicato —`, thread-numbered notes, clippings with
Italian front-matter keys, Markdown notes with an italic source line and `___` rules, a
newsletter forwarded from a webmail in Italian, a Mailman digest in Italian, a weekly with `In
questo numero:`, an association's, a local paper's and a tech portal's pages, LexisNexis and
Nexis Uni exports of Italian text, a Factiva display, Italian desk and source trailers).
Everything around the texts is written here. It is a tuning half: its dumps, gold and misses
may be read and tuned on (tests/fixtures/dumps/real/README.md).
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
    dek,
    digest_items,
    ended,
    ids_of,
    lay_out_pages,
    linked_pages,
    list_digest,
    markdown,
    numbered_digest,
    numeric_date,
    own_date,
    reading_minutes,
    ruled_pages,
    spaced_articles,
)

FRESH23 = REAL / "fresh23"
TEXTS = FRESH23 / "texts.txt"

SITE = "linux.it"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """News items copied into a reading list: the headline, a `di Redazione ILS | date` line,
    the body, and a `◇ ◇ ◇` rule between items."""
    dump = Dump("classic_01", "classic", "Italian reading list: di Redazione ILS | date, ◇ ◇ ◇")
    idents = ids_of(t, "it-di-nuovo-onlin", "it-congresso-aip", "it-lug-manuale-op")
    idents += ids_of(t, "it-beni-culturali")
    byline = "di Redazione ILS | {}"
    pages = [
        (ident, [Title(), byline.format(numeric_date(t[ident])), "", Body()]) for ident in idents
    ]
    return ruled_pages(dump, t, pages, "◇ ◇ ◇")


def classic_02(t: dict[str, Text]) -> Dump:
    """Press releases as a distribution service sends them out: `COMUNICATO STAMPA` over the
    headline, a `Savona, date –` line, the body wrapped at 72 columns, each closed by
    `— fine comunicato —`."""
    dump = Dump(
        "classic_02",
        "classic",
        "Italian press releases: COMUNICATO STAMPA, Savona, date, at 72, — fine comunicato —",
    )
    idents = ids_of(t, "it-linux-foundati", "it-20200914-protocollo-con", "it-sostegno-commo")
    pages = [
        (
            ident,
            ["COMUNICATO STAMPA", Title(), f"Savona, {own_date(t[ident])} –", "", Body(wrap=72)],
        )
        for ident in idents
    ]
    return ended(dump, t, pages, "— fine comunicato —")


def classic_03(t: dict[str, Text]) -> Dump:
    """Notes pasted from a thread, each numbered `[n/4]` over its headline, the body a blank
    line under it, two blank lines between notes."""
    dump = Dump("classic_03", "classic", "Italian thread notes: [n/4] over each headline")
    idents = ids_of(t, "it-chi-usa-linux", "it-voglia-di-soft", "it-https", "it-esc-2018")
    pages = [
        (ident, [f"[{number}/{len(idents)}]", Title(), "", Body()])
        for number, ident in enumerate(idents, 1)
    ]
    return lay_out_pages(dump, t, pages, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Clippings saved as Markdown with Italian front-matter keys: `titolo:` (the only
    headline), `fonte:`, `salvato_il:` and `etichette:`, then the body with `##` intertitles."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "Italian clippings: front matter titolo/fonte/salvato_il/etichette, no H1",
        suffix=".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "---",
            Title('titolo: "{}"'),
            f"fonte: {text.url}",
            f"salvato_il: 2026-10-0{number + 1} 21:1{number}",
            "etichette: [software-libero, associazioni]",
            "---",
            "",
            Body(render=markdown),
        ]

    idents = ids_of(t, "it-cookie-law-a-m", "it-20211012-storia-della-c", "it-forum-linux")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes kept in one Markdown file: a `# Title`, an italic `*Fonte: linux.it — date*`
    line, the body, and a `___` rule between notes."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "Italian Markdown notes: # Title, *Fonte: linux.it — date*, ___ between notes",
        suffix=".md",
    )
    idents = ids_of(t, "it-20160318-report-linux-d", "it-unitux", "it-help-desk")
    idents += ids_of(t, "it-con-linux-puoi")
    pages = [
        (
            ident,
            [
                Title("# {}"),
                "",
                f"*Fonte: {SITE} — {own_date(t[ident])}*",
                "",
                Body(render=markdown),
            ],
        )
        for ident in idents
    ]
    return ruled_pages(dump, t, pages, "___")


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """An Italian newsletter forwarded from a webmail in Italian: `---------- Messaggio
    inoltrato ---------` and its `Da:`/`Data:`/`Oggetto:`/`A:` lines, `▶` labels, a `linux.it,
    date` line, the opening paragraph, `Leggi tutto:` links and the footer."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Newsletter forwarded from a webmail (it): Messaggio inoltrato, ▶ LABEL, Leggi tutto:",
    )
    dump.matter(
        "Guarda il secondo punto, potrebbe interessare anche a noi.",
        "",
        "---------- Messaggio inoltrato ---------",
        "Da: Notizie Libere <notizie@software-libero.example.it>",
        "Data: ven 9 ott 2020 alle ore 07:30",
        "Oggetto: Le notizie della settimana",
        "A: <soci@lug.example.it>",
        "",
        "Ciao a tutti,",
        "ecco le notizie di questa settimana.",
    )
    items = (
        ("▶ SCUOLA", "it-un-ostacolo-in"),
        ("▶ DIRITTI", "it-20141017-diritto-al-rim"),
        ("▶ COMUNITÀ", "it-il-nuovo-plane"),
        ("▶ EVENTI", "it-linux-presenta"),
    )
    digest_items(dump, t, by_keys(t, items), f"{SITE}, {{}}", "Leggi tutto: ")
    dump.gap(2)
    dump.matter(
        "Ricevi questa email perché sei iscritto alla newsletter di Notizie Libere.",
        "Per cancellarti: https://software-libero.example.it/disiscriviti",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A mailing list's digest in Italian: the list's address lines, `Argomenti del giorno:`
    with numbered subjects, then each message under a rule with `Messaggio: N`, `Data:`, `Da:`
    and the headline as its `Oggetto:`, the first two paragraphs, and the digest's end line."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Mailing-list digest (it): Argomenti del giorno, Messaggio: N, Oggetto: headline",
    )
    idents = ids_of(t, "it-20150223-diritto-al-rim", "it-distribuzioni", "it-quattro-anni-d")
    idents += ids_of(t, "it-segnala-i-sist")
    dump.matter(
        "Invia le richieste di iscrizione alla lista lug-notizie a",
        "\tlug-notizie-request@lists.example.it",
        "",
        "Argomenti del giorno:",
        *(f"   {number}. {t[ident].title} (Redazione)" for number, ident in enumerate(idents, 1)),
    )

    def head(number: int, text: Text) -> list[str]:
        return [f"Messaggio: {number}", f"Data: {numeric_date(text)}", "Da: Redazione ILS"]

    list_digest(dump, t, idents, head, "Oggetto: {}", "-" * 62)
    dump.matter("Fine del Digest di lug-notizie, Volume 12, Numero 4")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A weekly by mail: its header, `In questo numero:` with the headlines, then items numbered
    `N.` with a source line, the opening paragraph and `Leggi l'articolo →` links, and the
    footer."""
    dump = Dump(
        "email_digest_03",
        "email_digest",
        "Weekly by mail (it): In questo numero:, N. items, source line, Leggi l'articolo →",
    )
    idents = ids_of(t, "it-il-catalogo-de", "it-radio-attivi", "it-linuxsi-reload")
    idents += ids_of(t, "it-opendataday202")
    dump.matter(
        "From: Settimanale Open <redazione@settimanale-open.example.it>",
        "To: lettori@settimanale-open.example.it",
        "Date: Mon, 7 Mar 2022 06:00:00 +0100",
        "Subject: Settimanale Open n. 214",
        "",
        "In questo numero:",
        *(f"- {t[ident].title}" for ident in idents),
    )
    numbered_digest(dump, t, idents, "{}. ", "Italian Linux Society, {}", "Leggi l'articolo → ")
    dump.gap(2)
    dump.matter(
        "Hai ricevuto questa email perché sei iscritto al Settimanale Open.",
        "Gestisci l'iscrizione: https://settimanale-open.example.it/iscrizione",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """An association's news pages: the `Home › Notizie › Comunicati` trail, the headline and
    a dek, `Pubblicato il date · Lettura N min`, the body, the share line and the tags."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Association news pages (it): Home › Notizie ›, Pubblicato il, Condividi:, Tag:",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Home › Notizie › Comunicati",
            Title(),
            *dek(text),
            f"Pubblicato il {own_date(text)} · Lettura {reading_minutes(text)} min",
            "",
            Body(),
            "",
            "Condividi: Facebook | X | Telegram | WhatsApp | Email",
            "Tag: software libero, associazioni, scuola",
        ]

    idents = ids_of(t, "it-20140926-la-libera-scuo", "it-libero-softwar", "it-appello-per-i")
    idents += ids_of(t, "it-20210202-protocollo-con")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A local paper's pages: the `Cronaca › Savona › Tecnologia` trail, the headline, `di
    Redazione | date ore hh:mm`, a `LEGGI ANCHE:` line inside the body, `© RIPRODUZIONE
    RISERVATA` and the comment count."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Local paper pages (it): Cronaca › Savona, di Redazione | ore, LEGGI ANCHE:, ©",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Cronaca › Savona › Tecnologia",
            Title(),
            f"di Redazione | {numeric_date(text)} ore 1{number}:4{number}",
            "",
            Body(inserts=((2, (f"LEGGI ANCHE: {other.title}",)),)),
            "",
            "© RIPRODUZIONE RISERVATA",
            f"Commenti ({number + 1})",
        ]

    idents = ids_of(t, "it-linux-preinsta", "it-innovazione-li", "it-la-nostra-lett")
    idents += ids_of(t, "it-uno-per-tutti")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A tech portal's pages: the `NOTIZIE | OPEN SOURCE` label, the headline, the date with
    an `Aggiornato il` note, a `Pubblicità` line after the first paragraph and a `Potrebbe
    interessarti anche:` line."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Tech portal pages (it): NOTIZIE | OPEN SOURCE, Aggiornato il, Pubblicità, Potrebbe …",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "NOTIZIE | OPEN SOURCE",
            Title(),
            f"{own_date(text)} · Aggiornato il {own_date(text)}",
            "",
            Body(inserts=((1, ("Pubblicità",)),)),
            "",
            f"Potrebbe interessarti anche: {other.title}",
        ]

    idents = ids_of(t, "it-servizi-linux", "it-fosdem-extende", "it-caccia-al-bug")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of the association's news: each record's rule, source, date,
    headline, `SECTION:`, `BYLINE:` and `LENGTH:`, the body unwrapped, then `LOAD-DATE:`,
    `LANGUAGE: ITALIAN`, `DOCUMENT-TYPE: Comunicato` and `PUBLICATION-TYPE: Sito web`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export of Italian news: BYLINE, DOCUMENT-TYPE: Comunicato",
    )
    lines = lexis_record(
        "Italian Linux Society: Notizie",
        18,
        ["SECTION: NOTIZIE", "BYLINE: Redazione ILS"],
        "DOCUMENT-TYPE: Comunicato",
        "PUBLICATION-TYPE: Sito web",
    )
    docs = ids_of(t, "it-lindice-delle", "it-mergeit-2023", "it-scuola-linux-i")
    docs += ids_of(t, "it-assemblea-ils")
    return lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """LexisNexis records of Italian text, each opening on `Copyright <year> Italian Linux
    Society` over the source, the body hard-wrapped at 70, `GRAPHIC: Foto` last."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis export (it), copyright line over the source, wrapped at 70, GRAPHIC: Foto",
    )
    docs = ids_of(t, "it-occhio-alla-co", "it-pillole-di-wii", "it-vetrine-linuxs")
    holder = "Italian Linux Society"
    fields = ["SECTION: ASSOCIAZIONI; Pg. 2"]
    return copyrighted_records(dump, t, docs, holder, (SITE, 30), fields, "GRAPHIC: Foto", 70)


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """Nexis Uni's delivery of four items found by the association's name, narrowed to
    Italian, under the job's cover page."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery (it): job cover, Narrowed by: Language: Italian, End of Document",
    )
    docs = ids_of(t, "it-software-liber", "it-dillo-con-uno", "it-eventi-planet")
    docs += ids_of(t, "it-20210830-sezioni-locali")
    job = ("=rassegna-ils", "Tuesday, April 14, 2026 10:12:00 AM CEST", "412056318")
    search = ('"Italian Linux Society"', "Language: Italian")
    document = (SITE, "Italian Linux Society", "Redazione")
    return nexis_uni_delivery(dump, t, docs, job, search, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of the association's items under its own source code, ILSNEW, with
    the word count, date, language and a CC0 copyright line over each body."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display (it): words, date, ILSNEW, Italian, Document accession number",
    )
    docs = ids_of(t, "it-work-in-progre", "it-20160203-european-softw", "it-1-per-100-cowo")
    source = "Italian Linux Society News"
    return factiva_display(dump, t, docs, source, "ILSNEW", "Italian Linux Society. CC0 1.0.")


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Items whose lists and one-line paragraphs stand between two blank lines each, as the
    items themselves do, under a `linux.it · date` line: the thank-you list, the conference
    report, the yearly review."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "Italian news, short lines and list items two blanks apart as items are",
    )
    idents = ids_of(t, "it-20201101-linux-day-2020", "it-report-lugconf", "it-2022-con-ils")
    return spaced_articles(dump, t, dated(t, idents, f"{SITE} · {{}}"), 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Pages copied from the site with `ILS — date` under the headline: one blank line between
    paragraphs, two around a list's short items and between pages."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "Italian news pages with a dated line, intertitles and pages two blanks apart",
    )
    idents = ids_of(t, "it-premio-jacopo", "it-quattro-chiacc", "it-lugconf-2018")
    idents += ids_of(t, "it-2015-con-ils")
    return lay_out_pages(dump, t, dated_pages(t, idents, "ILS — {}", [CAPTIONS]), 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Copies of a site that prints its intertitles in capitals, under `Notizie | date`: the
    long items with lists (a conference programme, a year's review, a complaint)."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "Italian news pages, intertitles in capitals two blanks apart, Notizie | date",
    )
    idents = ids_of(t, "it-mergeit-2021", "it-2021-con-ils", "it-formati-digita")
    pages = [
        (ident, [Title(), line, "", "", Body()]) for ident, line in dated(t, idents, "Notizie | {}")
    ]
    return capitalised_pages(dump, t, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Items as aggregators and local sites repost them, a blank line and then one closing
    line under each: the desk's `(red.)`, `Fonte:`, a credit in brackets, the licence."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "Italian news closed by (red.), Fonte:, (A cura di …) and a licence line",
    )
    trailers = (
        ("it-aspettando-il", "(red.)"),
        ("it-9-domande-per", "Fonte: Italian Linux Society"),
        ("it-20131105-didattica-aper", "(A cura dell'ufficio stampa ILS)"),
        ("it-campus-party-i", "Licenza: CC0 1.0 – linux.it"),
        ("it-un-contributo", "(ils/red)"),
    )
    return closed_by_keys(dump, t, trailers, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Items whose closing line follows the last paragraph with no blank line: the press
    office, `Testo:`, `[Fonte: …]` and the day of the last update, in figures."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "Italian news closed flush: — Ufficio stampa, Testo:, [Fonte: …], Ultimo aggiornamento",
    )
    (updated,) = ids_of(t, "it-restiamoacasa")
    trailers = (
        ("it-linux-day-2013", "— Ufficio stampa Italian Linux Society"),
        ("it-document-freed", "Testo: Redazione linux.it"),
        ("it-20191030-sezioni-locali", "[Fonte: linux.it]"),
        (updated, "Ultimo aggiornamento: " + numeric_date(t[updated])),
    )
    return closed_by_keys(dump, t, trailers, 2, blank=False)


SOURCES_HEAD = """# Twenty-third fresh half (tuning): sources and licences

Written, like this file, by `python -m bench.fresh23_dumps` from [texts.txt](texts.txt). A
**tuning** half: anyone may read its dumps, gold and `--show` misses and tune on them
([README.md](../README.md)). It was built because the sealed news half fresh20 (short Italian
news) did not move while the rules and models rose on the tuning halves, none of which held
short Italian news; it is short and mid-length news in Italian from a source no earlier half
used.

Every headline, intertitle and body paragraph is real published text, taken by code (not by
hand) from the Markdown source of the post named below: a news item of Italian Linux Society
(ILS, the national association for Linux and free software), 2013 to 2023, as kept in
github.com/fatualux/linux.it, `posts/`, at the commit in each address (a copy, made for the
site's move to a new generator, of the posts of ils.org and linux.it). A body is the whole
post: every paragraph, heading (any level is an intertitle) and list item (a paragraph of its
own), in order; images, HTML, comments and the teaser mark are removed, links keep their
words, emphasis and backslash escapes are removed, a paragraph's lines are joined by a space.
Posts of fewer than 120 or more than 950 words, posts with code or tables, and posts about the
government's innovation plans (whose ministry's news are the sealed fresh20) were left out.
Everything around the texts is written by the builder and taken from no source: reading-list,
press-release and thread layouts, front matter and note lines, mail headers, greetings,
labels, contents lists, source and `Leggi tutto` lines and footers of the digests; trails,
bylines, dates and times, reading times, share, tag, comment, advert and "read also" lines
(titles of other posts in the set) of the pages; export headers, cover pages and field lines;
trailers. Dates in the chrome come from the day the post gives, which its id holds.

Licence: the repository's README says "Salvo ove diversamente indicato tutti i contenuti sono
rilasciati in pubblico dominio, Creative Commons Zero" (https://creativecommons.org/
publicdomain/zero/1.0/), with logos as the only exception, and the site's footer carries the
same CC0 mark. The dumps are shared under CC0 1.0 too. Doubts: one source and one language (no
Spanish, Portuguese or French: none of the candidates found in the time had an open licence
and short news); an association's own news rather than a newsroom's, some posts in the first
person plural; headlines in the site's title case; the addresses are the copy's files, the
site's own addresses having changed since.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH23, SOURCES_HEAD)
"""The twenty-third fresh half, for tuning: Italian Linux Society's news, short and
mid-length, in Italian."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
