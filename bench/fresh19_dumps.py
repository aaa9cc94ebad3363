"""The nineteenth fresh half, a sealed one: `python -m bench.fresh19_dumps` writes it and its
gold.

fresh18 gave the splitter's owners long texts in the splitting issue's languages that are cut
by many short lines of their own (intertitles, list items, one-line paragraphs) to tune on;
this half is the same mix from another source no earlier half used, to judge what they tune:
tests/fixtures/dumps/real/fresh19/texts.txt holds the pages of the OWASP Top 10 2021 (CC BY-SA
4.0) in Spanish, French, Italian, Portuguese, German and English, whole: each risk's
overview, description, prevention, attack scenarios, references and list of mapped
weaknesses, and the pages on starting a programme and using the list as a standard. This
pastes them in the eight shapes with chrome in the manner of tools and sites fresh18 does not
imitate. Everything around the texts is written here. The half is sealed: nobody runs the
splitter on it, its builder included, until the lead reads it
(tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.database_exports import (
    factiva_display,
    lexis_closing,
    lexis_documents,
    lexis_record,
    lexis_source,
    nexis_uni_delivery,
    print_request,
    word_count,
)
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    Body,
    Item,
    Title,
    blank_lined,
    by_keys,
    capital_intertitles,
    closed_by_keys,
    dated,
    dated_pages,
    digest_items,
    headings,
    id_day,
    ids_of,
    lay_out_pages,
    linked_pages,
    numbered_digest,
    numeric_date,
    own_date,
    reading_minutes,
    ruled,
    spaced_articles,
    titled_front_matter,
)

FRESH19 = REAL / "fresh19"
TEXTS = FRESH19 / "texts.txt"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Italian pages kept in one text file with one blank line everywhere: under the headline,
    between paragraphs and list items, around intertitles and between pages."""
    dump = Dump(
        "classic_01",
        "classic",
        "Italian pages, one blank line everywhere, list items and intertitles alike",
    )
    return blank_lined(dump, t, ids_of(t, "it-01", "it-05", "it-ab"))


def classic_02(t: dict[str, Text]) -> Dump:
    """English pages pasted into a text file with a `= = =` rule between them, paragraphs and
    list items one blank line apart, intertitles two."""
    dump = Dump("classic_02", "classic", "English pages, = = = rules, intertitles two blanks apart")
    return ruled(dump, t, ids_of(t, "en-02", "en-06", "en-st", "en-09"), "= = =")


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Spanish and Portuguese pages saved by a read-later app as Markdown: `title`, `link`,
    `language`, `date_saved` and `highlights` in the front matter, no heading under it, and
    intertitles as `###` headings."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "Read-later exports (es, pt): title/link/language/date_saved/highlights, ### intertitles",
        suffix=".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        fields = [
            f"link: {text.url}",
            f"language: {text.language}",
            f"date_saved: 2026-10-2{number + 1} 21:0{number}",
            f"highlights: {number}",
        ]
        return [*titled_front_matter(text, False, fields), Body(around=1, render=headings("###"))]

    return lay_out_pages(dump, t, linked_pages(t, ids_of(t, "es-02", "pt-05", "es-11"), page), 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """French and Italian pages saved as Markdown notes: `title` and `url` in the front matter,
    a `# Title` under it, a bold source line, and `##` intertitles."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "Saved notes (fr, it): title/url, # H1, **Source :** line, ## intertitles",
        suffix=".md",
    )
    source = "**Source :** OWASP Top 10 2021"
    pages = [
        (
            ident,
            [
                *titled_front_matter(t[ident], True, [f"url: {t[ident].url}"]),
                source,
                "",
                Body(render=headings("##")),
            ],
        )
        for ident in ids_of(t, "fr-06", "it-07", "fr-ap")
    ]
    return lay_out_pages(dump, t, pages, 1)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A Spanish security bulletin forwarded from a desktop mail client in Spanish: `Inicio del
    mensaje reenviado:` and its `De:`/`Asunto:`/`Fecha:`/`Para:` lines, a greeting, labels
    between dashes, a source line, the opening paragraph, `Leer más →` links and the footer."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Spanish bulletin forwarded (es): Inicio del mensaje reenviado, — LABEL —, Leer más →",
    )
    dump.matter(
        "Para la reunión del martes.",
        "",
        "Inicio del mensaje reenviado:",
        "",
        "De: Boletín Seguro <boletin@seguridad-al-dia.example.es>",
        "Asunto: Boletín n.º 112: controles, diseño y registros",
        "Fecha: 2 de noviembre de 2026, 8:05:33 CET",
        "Para: equipo-desarrollo@example.es",
        "",
        "¡Hola!",
        "Esta semana, cinco lecturas para equipos de desarrollo.",
    )
    items = (
        ("— COMUNIDAD —", "es-ab"),
        ("— ATAQUES —", "es-03"),
        ("— CONFIGURACIÓN —", "es-05"),
        ("— INTEGRIDAD —", "es-08"),
        ("— SERVIDORES —", "es-10"),
    )
    digest_items(dump, t, by_keys(t, items), "OWASP Top 10 · {}", "Leer más → ")
    dump.gap(2)
    dump.matter(
        "Recibes este boletín porque te suscribiste en seguridad-al-dia.example.es.",
        "Darse de baja: https://seguridad-al-dia.example.es/baja",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A Portuguese digest of readings in three languages forwarded from a webmail in
    Portuguese: `Mensagem encaminhada` and its `De:`/`Para:`/`Enviado:`/`Assunto:` lines, `#N`
    items, a source line in the text's language, the opening paragraph, `Ler mais:` links and
    the footer."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Portuguese digest forwarded (pt, fr, de): Mensagem encaminhada, #N items, Ler mais",
    )
    dump.matter(
        "----- Mensagem encaminhada -----",
        "De: Leituras de Segurança <leituras@seguranca-aberta.example.pt>",
        "Para: devs@example.pt",
        "Enviado: quinta-feira, 5 de novembro de 2026 09:12",
        "Assunto: Leituras da semana: dados, criptografia e normas",
        "",
        "Olá a todos,",
        "cinco leituras na língua original.",
    )
    idents = ids_of(t, "pt-02", "fr-04", "de-st", "pt-09", "fr-10")
    numbered_digest(dump, t, idents, "#{} ", "OWASP – {}", "Ler mais: ")
    dump.gap(2)
    dump.matter(
        "Recebeu esta mensagem porque subscreveu as Leituras de Segurança.",
        "Cancelar subscrição: https://seguranca-aberta.example.pt/cancelar",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """An Argentine paper's pages: an `Inicio > Tecnología` trail, the headline, a `Por
    Redacción | Publicado:` line with day and time, `Escuchar nota`, a `Seguí leyendo:` line
    inside the body, and the topics."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Argentine paper pages (es): Inicio > Tecnología, Publicado:, Escuchar nota, Seguí leyendo",
    )
    idents = ids_of(t, "es-06", "es-09", "es-ap")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Inicio > Tecnología > Seguridad informática",
            Title(),
            f"Por Redacción | Publicado: {numeric_date(text)} 11:0{number}",
            "Escuchar nota",
            "",
            Body(inserts=((3, (f"Seguí leyendo: {other.title}",)),)),
            "",
            "Temas: ciberseguridad, software, OWASP",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A Quebec news site's pages: an `Accueil / Techno` trail, the headline, `Publié le … à 10
    h 15` and `Mis à jour à` lines, the body, `Partager :` and an `À lire aussi` list."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Quebec news pages (fr): Accueil / Techno, Publié le … à 10 h 15, Mis à jour à, Partager",
    )
    idents = ids_of(t, "fr-01", "fr-03", "fr-08", "fr-11")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Accueil / Techno / Sécurité",
            Title(),
            f"Publié le {own_date(text)} à 10 h 1{number}",
            f"Mis à jour à 12 h 3{number}",
            "",
            Body(),
            "",
            "Partager : Facebook | X | Courriel",
            "À lire aussi",
            other.title,
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """An Italian national paper's pages: the section, the headline, `di Redazione`, the day
    with its `(modifica il …)` note, `Ascolta l'articolo`, the body and `© RIPRODUZIONE
    RISERVATA` under it."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Italian paper pages (it): di Redazione, (modifica il …), © RIPRODUZIONE RISERVATA",
    )
    idents = ids_of(t, "it-02", "it-04", "it-09", "it-ap")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = own_date(text)
        return [
            "Tecnologia",
            Title(),
            "di Redazione",
            f"{day} (modifica il {day} | 10:1{number})",
            "Ascolta l'articolo",
            "",
            Body(),
            "",
            "© RIPRODUZIONE RISERVATA",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """A Portuguese (Portugal) news site's pages: the section, the headline, `Texto de`,
    `Publicado a … , 10:15`, the body with a `Leia também:` line, `Partilhar` and the comment
    count."""
    dump = Dump(
        "foreign_web_04",
        "foreign_web",
        "Portuguese news pages (pt): Texto de, Publicado a …, Leia também:, Partilhar, Comentários",
    )
    idents = ids_of(t, "pt-03", "pt-07", "pt-11", "pt-ab")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Tecnologia",
            Title(),
            "Texto de Redação",
            f"Publicado a {own_date(text)}, 10:1{number}",
            "",
            Body(inserts=((2, (f"Leia também: {other.title}",)),)),
            "",
            "Partilhar",
            f"Comentários ({number + 1})",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of Spanish and Italian web text: `N of M DOCUMENTS`, a copyright line
    over the source and date, the headline, the field lines, the body unwrapped, and
    `LOAD-DATE:`, `LANGUAGE:`, `PUBLICATION-TYPE:` and `JOURNAL-CODE:`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export (es, it): copyright over source, BYLINE, LENGTH, JOURNAL-CODE",
    )

    def lines(text: Text) -> tuple[list[str], list[str], list[str]]:
        rights = f"{'':18}Copyright {id_day(text).year} OWASP Foundation"
        return (
            [rights, *lexis_source(text, "OWASP Top 10", 28)],
            [
                "BYLINE: OWASP Top 10 team",
                "SECTION: SECURITY STANDARDS",
                f"LENGTH: {word_count(text)} words",
            ],
            lexis_closing(text, "PUBLICATION-TYPE: Web Publication", "JOURNAL-CODE: OWASP"),
        )

    return lexis_documents(dump, t, ids_of(t, "es-10", "it-06", "es-08"), lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """A LexisNexis print request of English and French text: its header, then each document
    with its rule, source, date, headline and fields, the body wrapped at 70 columns and the
    closing fields."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis print request (en, fr): header, body wrapped at 70, LOAD-DATE, LANGUAGE",
    )
    print_request(
        dump,
        "Time of Request: Thursday, November 5, 2026  14:02:11 EST",
        "Send To: SECURITY ENGINEERING, LIBRARY SERVICES",
        'Terms: (OWASP AND ("access control" OR authentication OR AppSec))',
        "Source: Web Publications",
    )
    lines = lexis_record("OWASP Top 10", 28, ["SECTION: STANDARDS"])
    return lexis_documents(dump, t, ids_of(t, "en-01", "fr-07", "en-ap"), lines, 70, 3)


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """Portuguese and Italian pages delivered by Nexis Uni to an application security team
    that searched for the list by name, under the job's cover."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery (pt, it): job cover, numbered headlines, Body, End of Document",
    )
    docs = ids_of(t, "pt-02", "it-10", "pt-09")
    job = ("=appsec-team", "Thursday, November 5, 2026 2:30:00 PM EST", "271904417")
    search = ('"OWASP Top 10"', "Content Type: News; Language: Portuguese, Italian")
    document = ("OWASP Top 10", "OWASP Foundation", "OWASP Top 10 team")
    return nexis_uni_delivery(dump, t, docs, job, search, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva display of English, German and Spanish text: the headline, the word count, the
    date, the source and its code, the language and the copyright line, the body, and
    `Document …` under it."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display (en, de, es): headline, words, date, source, code, language, Document",
    )
    docs = ids_of(t, "en-03", "de-ab", "es-05")
    rights = "OWASP Foundation. CC BY-SA 4.0."
    return factiva_display(dump, t, docs, "OWASP Top 10", "OWASPT", rights)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Spanish pages with every short line (an intertitle, a list item, a reference, a one-line
    paragraph) set off by two blank lines, the gap that also parts the pages, and a `OWASP ·
    date` line under each headline."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "Spanish pages, short lines, list items and references two blanks apart as pages are",
    )
    idents = ids_of(t, "es-01", "es-04", "es-st", "es-07")
    return spaced_articles(dump, t, dated(t, idents, "OWASP · {}"), 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """French pages copied from their site: a `Par l’équipe OWASP Top 10 — date` line under
    the headline, paragraphs and list items one blank line apart, intertitles and pages two."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "French pages with a byline, intertitles and pages two blanks apart",
    )
    idents = ids_of(t, "fr-02", "fr-05", "fr-ab", "fr-09")
    return lay_out_pages(dump, t, dated_pages(t, idents, "Par l’équipe OWASP Top 10 — {}"), 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Italian and Portuguese pages copied from a site whose style sheet sets intertitles in
    capitals, a `OWASP | date` line under each headline, intertitles and pages two blank
    lines apart."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "Italian and Portuguese pages, intertitles in capitals two blanks apart, OWASP | date",
    )
    idents = ids_of(t, "it-03", "pt-06", "it-11", "pt-08")
    capitals = {ident: capital_intertitles(t[ident]) for ident in idents}
    return lay_out_pages(dump, capitals, dated_pages(t, idents, "OWASP | {}"), 2)


def long_intertitles_04(t: dict[str, Text]) -> Dump:
    """Portuguese, German and English pages, each short line two blank lines from the text
    around it, a reading-time line under each headline, two blank lines between pages."""
    dump = Dump(
        "long_intertitles_04",
        "long_intertitles",
        "Portuguese, German and English pages, short lines two blanks apart, reading times",
    )
    idents = ids_of(t, "pt-04", "de-ap", "en-10", "pt-st")
    minutes = {"pt": "min de leitura", "de": "Min. Lesezeit", "en": "min read"}
    items = [
        (ident, f"{reading_minutes(t[ident])} {minutes[t[ident].language]}") for ident in idents
    ]
    return spaced_articles(dump, t, items, 70)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Pages republished by sites in four languages, each closed a blank line under the body by
    a credit or source in parentheses."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "Pages (en, fr, it, pt) closed by (OWASP), (Avec l’OWASP), (Fonte: …), (Tradução: …)",
    )
    trailers = (
        ("en-04", "(OWASP)"),
        ("fr-10", "(Avec l’OWASP)"),
        ("it-st", "(Fonte: OWASP Top 10, CC BY-SA 4.0)"),
        ("pt-ap", "(Tradução: voluntários da OWASP)"),
    )
    return closed_by_keys(dump, t, trailers, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Pages with their trailers set flush under the last paragraph: a sign-off after two
    dashes, a Spanish desk line, a French credit in capitals, an Italian update line."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "Pages (en, es, fr, it) closed flush: -- sign-off, Redacción, CAPS, Ultimo aggiornamento",
    )
    updated = own_date(t[ids_of(t, "it-08")[0]])
    trailers = (
        ("en-05", "-- The OWASP Top 10 team"),
        ("es-03", "Redacción Seguridad Informática"),
        ("fr-st", "TEXTE : PROJET OWASP TOP 10"),
        ("it-08", f"Ultimo aggiornamento: {updated}"),
    )
    return closed_by_keys(dump, t, trailers, 2, blank=False)


SOURCES_HEAD = """# Nineteenth fresh half (sealed): sources and licences

Built by `python -m bench.fresh19_dumps` from [texts.txt](texts.txt); this file too. This is a
**sealed** half: nobody runs the splitter on it, its builder included; only the lead reads it,
aggregates only, once per splitter at the end of a session ([README.md](../README.md)). It
holds the mix of fresh18, the tuning half built with it (long texts in the splitting issue's
languages cut by many short lines of their own, in all eight shapes), from another source no
earlier half used, so that what is tuned on fresh18 is judged on text nobody tuned on.

Every headline, intertitle and body paragraph is real published text, copied verbatim from the
Markdown source of the page named below (whitespace aside): a page of the OWASP Top 10 2021
(owasp.org/Top10, the Open Worldwide Application Security Project's list of the ten most
critical web application security risks, translated by volunteers), read in
github.com/OWASP/Top10, `2021/docs/<language>/`, at commit
66ebc4798d2ca72973967a20264bdeb70dcf0a13 (5 August 2026). A body is the whole page: every
paragraph and heading (any level is an intertitle) but the page's own first heading, which is
its headline (the front matter's `title` where it has one), in order; a list item (a
reference, a mapped weakness) or a blockquote's paragraph is a paragraph of its own; tables
(each risk's factors), code blocks (the attack scenarios' sample code and addresses), images,
HTML comments, the site generator's macros and attribute lists are removed, links keep their
words and emphasis is removed. The German risk pages are left out: their references and
weakness lists are written by the site generator's macros, not in the page. Everything around
the texts is written by the builder and taken from no source: mail headers, greetings,
labels, source lines, `Leer más`/`Ler mais` lines and footers of the digests; trails, bylines,
dates and times, update lines, listen, share, topic, comment and reproduction lines, "read
also" lines (titles of other articles in the set) of the pages; front matter fields; export
headers, cover pages and field lines; trailers. Dates in the chrome come from the day the
page's file entered the repository (the translation's first commit), which its id holds.

Licence: the repository's LICENSE is the text of Creative Commons Attribution-ShareAlike 4.0
International (https://creativecommons.org/licenses/by-sa/4.0/). The dumps are shared under
the same terms (attribution: the OWASP Top 10 2021, © OWASP Foundation and contributors, and
each page's address, below; changes: markup, tables and code removed as said above,
intertitles upper-cased in one dump, paragraphs wrapped in one export, chrome and trailers
added). Doubts: one source, and a standard's pages rather than news: each language's texts
are translations of the same English pages (never two of one page in a dump); the risk pages'
reference and weakness lists are mostly English in every language, as published, and the
Italian risk pages keep their English titles; German has three pages only.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH19, SOURCES_HEAD)
"""The nineteenth fresh half, sealed: the OWASP Top 10 2021 pages, whole, in Spanish, French,
Italian, Portuguese, German and English."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
