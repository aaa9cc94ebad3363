"""The twentieth fresh half, a sealed one: `python -m bench.fresh20_dumps` writes it and its
gold.

The sealed halves before it are mostly long documents (guides, standards, long posts), but the
splitting issue's target is every style, news first: this half is short and mid-length news.
tests/fixtures/dumps/real/fresh20/texts.txt holds the news items of the Italian Minister for
Technological Innovation and Digitalisation (innovazione.gov.it, CC BY 3.0 IT), a source no
earlier half used, from December 2019 to November 2020: announcements, calls, hearings,
letters, ministerial meetings, most of them a few hundred words with a standfirst, some cut by
an intertitle or a list, in Italian with six of their English versions. This pastes them in the
eight shapes with chrome in the manner of tools and sites no earlier builder imitates (a feed
reader's saved articles, a read-later app's copy, an outliner's page properties, a notes
export, mutt and Roundcube forwards, an Italian LexisNexis and Factiva, LexisNexis indexing,
a Nexis Uni classification block, Italian regional, public-administration and tech pages).
Everything around the texts is written here. The half is sealed: nobody runs the splitter on
it, its builder included, until the lead reads it (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime

from bench.database_exports import (
    LexisRecord,
    factiva_id,
    lexis_date,
    lexis_documents,
    lexis_record,
    nexis_uni_cover,
    nexis_uni_document,
    nexis_uni_pages,
    word_count,
)
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    CAPTIONS,
    MONTHS,
    Body,
    Item,
    Title,
    by_keys,
    capital_intertitles,
    closed,
    closed_by,
    dated,
    dated_pages,
    digest_items,
    english_date,
    headings,
    id_day,
    ids_of,
    lay_out_pages,
    linked_pages,
    markdown,
    numbered_digest,
    numeric_date,
    own_date,
    reading_minutes,
    spaced_articles,
    written_date,
)

FRESH20 = REAL / "fresh20"
TEXTS = FRESH20 / "texts.txt"

WEEKDAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
"""Weekday names as Italian exports print them."""


def _short_day(text: Text) -> str:
    """`24 gen 2020`, the day as an Italian app abbreviates it."""
    return written_date(id_day(text), [month[:3] for month in MONTHS["it"]])


def _italian_weekday(day: datetime) -> str:
    """`venerdì 24 gennaio 2020`, a day with its weekday as Italian exports print it."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS['it'][day.month - 1]} {day.year}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """A feed reader's saved articles pasted into one file: `Title:`, `Author:`, `Date:` and
    `Link:` over each body, the body wrapped at 72 columns, two blank lines between articles."""
    dump = Dump(
        "classic_01", "classic", "Feed reader's saved articles: Title:, Author:, Date:, Link:"
    )
    idents = ids_of(t, "it-presentazion", "it-una-chiamata", "it-costituito-f", "it-ministri-dig")
    pages = [
        (
            ident,
            [
                Title("Title: {}"),
                "Author: innovazione.gov.it",
                f"Date: {id_day(t[ident]):%a, %d %b %Y} 1{number}:00:00 +0100",
                f"Link: {t[ident].url}",
                "",
                Body(wrap=72),
            ],
        )
        for number, ident in enumerate(idents)
    ]
    return lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """News items copied one by one from a read-later app's share menu: the headline, the site
    and its abbreviated Italian date, the body, and the address last."""
    dump = Dump(
        "classic_02",
        "classic",
        "Read-later app copies (it): headline, site — 24 gen 2020, body, link",
    )
    idents = ids_of(t, "it-nuovo-dirett", "it-impatto-econ", "it-intervento-m")
    pages = [
        (
            ident,
            [Title(), f"innovazione.gov.it — {_short_day(t[ident])}", "", Body(), "", t[ident].url],
        )
        for ident in idents
    ]
    return lay_out_pages(dump, t, pages, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Pages clipped into an outliner: `title::`, `source::`, `saved::` and `tags::` page
    properties, no heading, the standfirst as a quote and `##` intertitles."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "Outliner pages (it, en): title:: source:: saved:: tags:: properties, > standfirst, ##",
        suffix=".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            Title("title:: {}"),
            f"source:: {text.url}",
            f"saved:: [[2026-11-2{number + 2}]]",
            "tags:: innovazione, notizie",
            "",
            f"> {text.captions[0]}",
            "",
            Body(render=markdown),
        ]

    idents = ids_of(t, "it-una-nuova-ro", "it-nasce-un-gru", "en-app-immuni-a")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes exported as Markdown from a phone's notes app: a `# Title`, the `Creata il … alle`
    line, the standfirst in italics and `###` intertitles."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "Notes app export (it): # Title, Creata il … alle, *standfirst*, ### intertitles",
        suffix=".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        created = f"Creata il {own_date(text)} alle 09:4{number}"
        return [
            Title("# {}"),
            "",
            created,
            "",
            f"*{text.captions[0]}*",
            "",
            Body(render=headings("###")),
        ]

    idents = ids_of(t, "it-un-avviso-di", "it-odio-online", "it-decreto-semp")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """An Italian press review forwarded from a terminal mail client: `----- Forwarded message
    from … -----` and its header lines, `■` labels, a source line, the opening paragraph,
    `Continua:` links and the client's end mark."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Press review forwarded from a terminal mail client (it): Forwarded message from, ■ LABELS",
    )
    dump.matter(
        "Ti giro la rassegna di oggi, c'è anche il fondo.",
        "",
        "----- Forwarded message from Rassegna Digitale <rassegna@digitale-oggi.example.it> -----",
        "",
        "Date: Tue, 6 Oct 2020 07:30:12 +0200",
        "From: Rassegna Digitale <rassegna@digitale-oggi.example.it>",
        "To: redazione@example.it",
        "Subject: [Rassegna] Innovazione e PA, le notizie della settimana",
        "",
        "Buongiorno,",
        "ecco le notizie scelte per voi questa settimana.",
    )
    items = (
        ("■ STARTUP", "it-startup-e-in"),
        ("■ APP", "it-source-code"),
        ("■ DATI", "it-big-data-ai"),
    )
    digest_items(dump, t, by_keys(t, items), "innovazione.gov.it, {}", "Continua: ")
    dump.gap(2)
    dump.matter("----- End forwarded message -----")
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A weekly newsletter forwarded from a webmail in Italian: `-------- Messaggio originale
    --------` with `Oggetto:`/`Data:`/`Mittente:`/`Destinatario:`, numbered headlines, a
    `Fonte:` line, the opening paragraph, `Leggi tutto:` links and the footer."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Newsletter forwarded from a webmail (it): Messaggio originale, numbered items, Fonte:",
    )
    dump.matter(
        "-------- Messaggio originale --------",
        "Oggetto: Digitale PA – la settimana n. 46",
        "Data: 2020-11-13 08:00",
        "Mittente: Digitale PA <settimanale@digitale-pa.example.it>",
        "Destinatario: uffici@comune.example.it",
        "",
        "Care lettrici e cari lettori,",
        "le notizie della settimana, in breve.",
    )
    idents = ids_of(t, "it-madeit-un-br", "it-un-indagine", "it-news-gruppo", "it-recovery-fun")
    numbered_digest(dump, t, idents, "{}. ", "Fonte: innovazione.gov.it ({})", "Leggi tutto: ")
    dump.gap(2)
    dump.matter(
        "Ricevi questa newsletter perché sei iscritto a Digitale PA.",
        "Gestisci l'iscrizione: https://digitale-pa.example.it/iscrizione",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """An English policy brief forwarded from a groupware webmail: `----- Forwarded Message
    -----` with `From:`/`To:`/`Sent:`/`Subject:`, `ITALY |` labels, a source line in the text's
    language, the opening paragraph and `Read the item:` links."""
    dump = Dump(
        "email_digest_03",
        "email_digest",
        "Policy brief forwarded from a groupware webmail (en, it): Forwarded Message, ITALY |",
    )
    dump.matter(
        "----- Forwarded Message -----",
        "From: EU Digital Brief <brief@eu-digital-brief.example.eu>",
        "To: policy-team@example.eu",
        "Sent: Friday, 30 October 2020 09:00:04",
        "Subject: EU Digital Brief: Italy this season",
        "",
        "Dear colleagues,",
        "four items from Rome, two of them in English.",
    )
    items = (
        ("ITALY | STRATEGY", "en-stati-genera"),
        ("ITALY | AI", "it-news-joint-s"),
        ("ITALY | OPINION", "en-0829-letter-from"),
        ("ITALY | DRONES", "it-leonardo-dro"),
    )
    lines = {"en": "From innovazione.gov.it, {}", "it": "Da innovazione.gov.it, {}"}
    for label, ident in by_keys(t, items):
        line = lines[t[ident].language]
        digest_items(dump, t, [(label, ident)], line, "Read the item: ")
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A regional daily's pages: a `Cronaca › Tecnologia` trail, the headline and standfirst,
    `di Redazione Web | date - time`, `Commenta`, a `Leggi anche ›` line inside the body, the
    update line and the comment count."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Regional daily pages (it): Cronaca › Tecnologia, di Redazione Web |, Leggi anche ›",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Cronaca › Tecnologia",
            Title(),
            CAPTIONS,
            f"di Redazione Web | {own_date(text)} - 10:1{number}",
            "Commenta",
            "",
            Body(inserts=((2, (f"Leggi anche › {other.title}",)),)),
            "",
            f"Aggiornato il {numeric_date(text)} alle 18:3{number}",
            f"Commenti ({number + 3})",
        ]

    idents = ids_of(t, "it-inizia-la-co", "it-contro-il-co", "it-g7-covid19", "it-cobul-da-nov")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A public administration's news pages in the national design kit's layout: the `Home /
    Notizie / Comunicati` trail, the headline and standfirst, `Data di pubblicazione:`,
    `Argomenti:`, the body, `Ultimo aggiornamento:`, the share line and the page's feedback
    question."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Public administration news pages (it): Data di pubblicazione, Argomenti, feedback",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Home / Notizie / Comunicati",
            Title(),
            CAPTIONS,
            f"Data di pubblicazione: {numeric_date(text)}",
            "Argomenti: Innovazione, Pubblica amministrazione",
            "",
            Body(),
            "",
            f"Ultimo aggiornamento: {numeric_date(text)}, 1{number}:05",
            "Condividi su: Facebook Twitter LinkedIn WhatsApp",
            "Quanto sono chiare le informazioni su questa pagina?",
        ]

    idents = ids_of(t, "it-inizia-la-ri", "it-cobul-sblocc", "it-smart-mobili", "it-didattica-a")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A tech magazine's pages: the `TECH` section, the headline and standfirst, the date with
    its reading time, a `Sponsorizzato` line inside the body, the newsletter prompt and a
    `Potrebbe interessarti:` line."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Tech magazine pages (it): TECH, min di lettura, Sponsorizzato, Potrebbe interessarti:",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "TECH",
            Title(),
            CAPTIONS,
            f"{own_date(text)} · {reading_minutes(text)} min di lettura",
            "",
            Body(inserts=((2, ("Sponsorizzato",)),)),
            "",
            "Ti è piaciuto questo articolo? Iscriviti alla newsletter",
            f"Potrebbe interessarti: {other.title}",
        ]

    idents = ids_of(t, "it-un-protocoll", "it-l-italia-ent", "it-priorita-dig", "it-ottenere-bon")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """An English EU-affairs site's pages: the `Digital Policy` section, the headline and
    standfirst, `By Newsroom staff`, the published and updated dates, the body, `Share this
    article` and a `Related` list."""
    dump = Dump(
        "foreign_web_04",
        "foreign_web",
        "EU-affairs site pages (en): Digital Policy, By Newsroom staff, Published, Related",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Digital Policy",
            Title(),
            CAPTIONS,
            "By Newsroom staff",
            f"Published {english_date(text)} | Updated {english_date(text)}",
            "",
            Body(),
            "",
            "Share this article",
            "Related",
            other.title,
        ]

    idents = ids_of(t, "en-letter-from", "en-minister-pis", "en-tele-medicin")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export from its Italian interface: `Documento N di M` centred, the source
    and the day with its weekday, the headline, `SEZIONE:` and `LUNGHEZZA: … parole`, the body
    unwrapped, and `DATA DI CARICAMENTO:`, `LINGUA:` and `TIPO DI PUBBLICAZIONE:`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export, Italian interface: Documento N di M, LUNGHEZZA: … parole, LINGUA",
    )

    def lines(text: Text) -> LexisRecord:
        header = [f"{'':24}innovazione.gov.it", f"{'':20}{_italian_weekday(id_day(text))}"]
        fields = ["SEZIONE: NOTIZIE", f"LUNGHEZZA: {word_count(text)} parole"]
        trailer = [
            f"DATA DI CARICAMENTO: {numeric_date(text)}",
            "LINGUA: ITALIANO",
            "TIPO DI PUBBLICAZIONE: Sito web",
        ]
        return header, fields, trailer

    docs = ids_of(t, "it-io-l-app-dei", "it-posticipata", "it-immuni-audiz", "it-0626-ministro-ha")
    return lexis_documents(dump, t, docs, lines, None, 0, "Documento {} di {}")


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """A LexisNexis export with its indexing: each document's rule, source, date, headline and
    fields, the body wrapped at 74 columns, then `LOAD-DATE:`, `LANGUAGE:` and the `SUBJECT:`,
    `ORGANIZATION:` and `GEOGRAPHIC:` terms with their relevance in percent."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis export with indexing: SUBJECT (92%), ORGANIZATION, GEOGRAPHIC, wrapped at 74",
    )
    lines = lexis_record(
        "innovazione.gov.it",
        24,
        ["BYLINE: Redazione", "SECTION: NEWS"],
        "PUBLICATION-TYPE: Web Publication",
        "SUBJECT: GOVERNMENT & PUBLIC ADMINISTRATION (92%); TECHNOLOGY (90%); "
        "DIGITAL TRANSFORMATION (77%)",
        "ORGANIZATION: MINISTRY FOR TECHNOLOGICAL INNOVATION & DIGITALISATION (94%)",
        "GEOGRAPHIC: ROME, ITALY (79%); ITALY (96%)",
    )
    docs = ids_of(t, "it-bando-smart", "it-news-task-fo", "it-lettera-dell", "it-lettera-pisa")
    return lexis_documents(dump, t, docs, lines, 74, 0)


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery whose documents keep their `Classification` block (`Language:`,
    `Publication-Type:`, `Subject:`) above `Load-Date:`, under the job's cover."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery (it): job cover, Body, Classification block, End of Document",
    )
    docs = ids_of(
        t, "it-covid-19-l-a", "it-0616-telemedicina", "it-lettera-mini", "it-0709-ministro-ha"
    )
    nexis_uni_cover(
        dump,
        t,
        docs,
        [
            "User Name: =biblioteca-digitale",
            "Date and Time: Thursday, November 12, 2026 11:20:00 AM CET",
            "Job Number: 272050913",
            "",
        ],
        ["", "Search Terms: Pisano AND (innovazione OR digitale)", "Search Type: Natural Language"],
    )
    classification = [
        "Classification",
        "",
        "Language: ITALIAN; ITALIAN",
        "",
        "Publication-Type: Web Publication",
        "",
        "Subject: GOVERNMENT BODIES & OFFICES (91%); DIGITAL GOVERNMENT (88%)",
        "",
    ]

    def document(text: Text) -> Sequence[Item]:
        day = id_day(text)
        head = [
            "innovazione.gov.it",
            lexis_date(day),
            f"Copyright {day.year} Presidenza del Consiglio dei Ministri",
        ]
        fields = [f"Length: {word_count(text)} words", "Byline: Redazione"]
        return nexis_uni_document(head, fields, english_date(text), classification)

    return nexis_uni_pages(dump, t, docs, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva display in its Italian interface: the headline, `… parole`, the day in
    Italian, the source and its code, `Italiano`, the copyright line, the body and `Documento
    …` under it."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display, Italian interface: parole, Italian dates, Italiano, Documento",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            Title(),
            f"{word_count(text)} parole",
            own_date(text),
            "innovazione.gov.it",
            "INNOVIT",
            "Italiano",
            f"Copyright {day.year} Presidenza del Consiglio dei Ministri. CC BY 3.0 IT.",
            "",
            Body(),
            "",
            f"Documento {factiva_id('INNOVIT', day, number + 1)}",
        ]

    docs = ids_of(t, "it-covid-19-e-i", "it-app-immuni-d", "it-replica-mini", "it-stati-genera")
    return lay_out_pages(dump, t, linked_pages(t, docs, page), 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """News items with every short line (an intertitle, a list item, a one-line paragraph) set
    off by two blank lines, the gap that also parts the items, and an `innovazione.gov.it ·
    date` line under each headline."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "Italian news, short lines and list items two blanks apart as items are",
    )
    idents = ids_of(
        t, "it-anpr-40-mili", "it-0310-coronavirus", "it-continuano-i", "it-spid-nuova-m"
    )
    return spaced_articles(dump, t, dated(t, idents, "innovazione.gov.it · {}"), 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """News pages copied with their standfirst and a `Redazione — date` line under the
    headline, paragraphs and list items one blank line apart, intertitles and pages two."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "Italian news pages with standfirst and byline, intertitles and pages two blanks apart",
    )
    idents = ids_of(t, "it-un-punto-di", "it-task-force-d", "it-oltre-150-so", "it-chi-odia-pag")
    pages = dated_pages(t, idents, "Redazione — {}", [CAPTIONS])
    return lay_out_pages(dump, t, pages, 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """News pages copied from a site whose style sheet sets intertitles in capitals, a
    `Notizie | date` line under each headline, intertitles and pages two blank lines apart."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "Italian news pages, intertitles in capitals two blanks apart, Notizie | date",
    )
    idents = ids_of(
        t, "it-0323-telemedicina", "it-nasce-la-tas", "it-vicini-conne", "it-strategia-na"
    )
    capitals = {ident: capital_intertitles(t[ident]) for ident in idents}
    return lay_out_pages(dump, capitals, dated_pages(t, idents, "Notizie | {}"), 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """News items republished by other sites, each closed a blank line under the body by a
    desk mark, a source line or a licence line."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "Italian news closed by (red.), Fonte: …, (Com/Red) and a licence line",
    )
    trailers = (
        ("it-solidariet-d", "(red.)"),
        ("it-app-immuni-r", "Fonte: Ministro per l'innovazione tecnologica e la digitalizzazione"),
        ("it-1111-ministra-pis", "(Com/Red)"),
        ("it-0227-coronavirus", "Licenza: CC BY 3.0 IT – innovazione.gov.it"),
    )
    idents = ids_of(t, *(key for key, _ in trailers))
    return closed(dump, t, [(i, line) for i, (_, line) in zip(idents, trailers, strict=True)], 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """News items with their trailers set flush under the last paragraph: a press office's
    sign-off, an editor's line, a bracketed source and a last-modified line."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "Italian news closed flush: — Ufficio stampa, A cura di, [Fonte: …], Ultima modifica",
    )
    keys = ("it-1002-ministra-pis", "it-parlare-via", "it-spid-protago", "it-mise-mur-e-m")
    idents = ids_of(t, *keys)
    lines = (
        "— Ufficio stampa del Ministro",
        "A cura della Redazione Notizie",
        "[Fonte: innovazione.gov.it]",
        f"Ultima modifica: {numeric_date(t[idents[3]])}",
    )
    items = [(ident, (line,)) for ident, line in zip(idents, lines, strict=True)]
    return closed_by(dump, t, items, 2, blank=False)


SOURCES_HEAD = """# Twentieth fresh half (sealed): sources and licences

Built by `python -m bench.fresh20_dumps` from [texts.txt](texts.txt); this file too. This is a
**sealed** half: nobody runs the splitter on it, its builder included; only the lead reads it,
aggregates only, once per splitter at the end of a session ([README.md](../README.md)). The
sealed halves before it are mostly long documents; this one is short and mid-length news, the
first style of the splitting issue's target, from a source no earlier half used.

Every headline, standfirst, intertitle and body paragraph is real published text, copied
verbatim from the Markdown source of the news item named below (whitespace aside): a news item
of the Italian Minister for Technological Innovation and Digitalisation (innovazione.gov.it,
the site of the Department for Digital Transformation of the Presidency of the Council of
Ministers), December 2019 to November 2020, read in
github.com/teamdigitale/innovazione.gov.it-site, `_posts/`, at commit
8b9c9df8b041c663e8742d54b397944d04d57b25 (23 November 2020, the last that holds them there). A
body is the whole item: every paragraph and heading (any level is an intertitle), in order; the
italic standfirst the page prints under the headline is kept as the item's standfirst (meta,
not body; some pages print it as a dek); a list item or a blockquote's paragraph is a paragraph
of its own; images, HTML, the site generator's attribute lists and the photo credits under
images are removed, links keep their words and emphasis is removed. The English items are the
site's own English versions of six Italian ones (never two of one item in a dump). Everything
around the texts is written by the builder and taken from no source: feed reader and read-later
headers, outliner properties, note lines, mail headers, greetings, labels, source lines,
`Continua`/`Leggi tutto`/`Read the item` lines and footers of the digests; trails, bylines,
dates and times, update, comment, share, sponsored, newsletter and feedback lines, "read also"
lines (titles of other items in the set) of the pages; export headers, cover pages, field,
indexing and classification lines; trailers. Dates in the chrome come from the day in the
post's file name, which its id holds.

Licence: the site's footer (`_data/t.yml` at that commit) gives as its legal notes (`Note
Legali`) the Presidency of the Council of Ministers' governo.it/note-legali, which says that,
unless otherwise stated, all content published on the website is made available under Creative
Commons Attribution 3.0 Italy (CC BY 3.0 IT,
https://creativecommons.org/licenses/by/3.0/it/legalcode); besides, Italian public bodies'
content published without a licence is open by default under art. 52 of the Codice
dell'amministrazione digitale (D.Lgs. 82/2005), read as CC BY 4.0 by the national guidelines.
The dumps are shared under CC BY 3.0 IT (attribution: Ministro per l'innovazione tecnologica e
la digitalizzazione, innovazione.gov.it, and each item's address, below; changes: markup and
images removed as said above, intertitles upper-cased in one dump, bodies wrapped in two,
chrome and trailers added). Doubts: one source, and a ministry's own news rather than a
newsroom's: the items are press releases and notices as the ministry wrote them; the legal
notes the footer links to are written for governo.it, and the site adopts them by that link;
developers.italia.it (fresh12) belongs to the same Department, but is another site with other
authors; some items end on a link's words ("Leggi l'intervento completo"), as published.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH20, SOURCES_HEAD)
"""The twentieth fresh half, sealed: the Italian innovation ministry's news, short and
mid-length, in Italian and English."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
