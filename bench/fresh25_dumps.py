"""The twenty-fifth fresh half, a tuning one: `python -m bench.fresh25_dumps` writes it and its
gold.

No tuning half held Spanish or Portuguese short texts while the sealed short-news halves stay
low. tests/fixtures/dumps/real/fresh25/texts.txt (written by `python -m bench.fresh25_texts`
from a clone of the public repository) holds the Spanish pages of HealthCare.gov
(CuidadoDeSalud.gov) as the Centers for Medicare & Medicaid Services released them in June
2013, works of the United States government in the public domain, a source no earlier half
used: short explainers under question headlines, most of two to five paragraphs, many cut by
intertitles and lists, and three launch posts. This pastes them in the eight shapes with
Spanish chrome in the manner of tools and sites no earlier builder imitates (a reading list
with `• • •` rules, press releases with a `Washington, D.C.` line closed by `-- FIN --`, notes
numbered `(1 de 4)`, clippings with Spanish front-matter keys, Markdown notes with a bold
source line, a newsletter forwarded from a webmail in Spanish, a mailing list's digest in
Spanish, a weekly with `En este número:`, a health agency's, a Hispanic paper's and a portal's
pages with `Lee también`, `Compartir`, `Publicado el` and `Actualizado el`, LexisNexis and
Nexis Uni exports of Spanish text, a Factiva display, Spanish desk and source trailers).
Everything around the texts is written here. It is a tuning half: its dumps, gold and misses
may be read and tuned on (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import database_exports as export
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH25 = REAL / "fresh25"
TEXTS = FRESH25 / "texts.txt"

SITE = "CuidadoDeSalud.gov"
NOTE_BODY = layout.Body(render=layout.markdown)
ADS = layout.Body(inserts=((1, ("Publicidad",)),))
"""The portal's body, an advert's label under its first paragraph."""
AGENCY_FOOTER = (
    "Compartir: Facebook | X | WhatsApp | Correo electrónico",
    "Etiquetas: seguro médico, Mercado de seguros, cobertura",
)
"""The share and tag lines under each of foreign_web_01's agency pages."""
"""The body as the Markdown clippers and notes write it, `##` before each intertitle."""
LIST_HEAD = (
    "Envíe las solicitudes de suscripción a la lista promotores-salud a",
    "\tpromotores-salud-request@listas.example.org",
    "",
    "Temas del día:",
)
"""The head of email_digest_02's mailing-list digest, over its numbered subjects."""


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Explainers copied into a reading list: the headline, a `Por Redacción CuidadoDeSalud |
    date` line, the body, and a `• • •` rule between items."""
    dump = Dump.named("classic_01", "Spanish reading list: Por Redacción … | date, • • •")
    idents = layout.ids_of(t, "es-free-or-low-cost-care", "es-save-money-on-marketplace-coverage")
    idents += layout.ids_of(t, "es-considered-a-small-business", "es-keep-my-own-doctor")
    byline = "Por Redacción CuidadoDeSalud | {}"
    pages = [
        (ident, [layout.Title(), byline.format(layout.numeric_date(t[ident])), "", layout.Body()])
        for ident in idents
    ]
    return layout.ruled_pages(dump, t, pages, "• • •")


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts sent out as press releases: `COMUNICADO DE PRENSA` over the headline, a
    `Washington, D.C., date —` line, the body wrapped at 72 columns, each closed by `-- FIN
    --`."""
    dump = Dump.named(
        "classic_02", "Spanish releases: COMUNICADO DE PRENSA, Washington, D.C., at 72, -- FIN --"
    )
    idents = layout.ids_of(t, "es-welcome-to-the-new-healthcare-gov")
    idents += layout.ids_of(t, "es-introducing-the-health-insurance-marketplace")
    idents += layout.ids_of(t, "es-10-ways-the-health-care-law-protects-you")
    wire = layout.Body(wrap=72)
    place = {ident: f"Washington, D.C., {layout.own_date(t[ident])} —" for ident in idents}
    pages = [(i, ["COMUNICADO DE PRENSA", layout.Title(), place[i], "", wire]) for i in idents]
    return layout.ended(dump, t, pages, "-- FIN --")


def classic_03(t: dict[str, Text]) -> Dump:
    """Notes pasted from a thread, each numbered `(n de 4)` over its headline, the body a
    blank line under it, two blank lines between notes."""
    dump = Dump.named("classic_03", "Spanish thread notes: (n de 4) over each headline")
    idents = layout.ids_of(
        t, "es-consumer-help-if-i-have-insurance", "es-pre-existing-health-condition"
    )
    idents += layout.ids_of(t, "es-until-age-26", "es-losing-job-based-insurance")
    pages = [
        (ident, [f"({number} de {len(idents)})", layout.Title(), "", layout.Body()])
        for number, ident in enumerate(idents, 1)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Clippings saved as Markdown with Spanish front-matter keys: `titulo:` (the only
    headline), `fuente:`, `guardado:` and `etiquetas:`, then the body with `##` intertitles."""
    dump = Dump.named(
        "clipper_markdown_01", "Spanish clippings: titulo/fuente/guardado/etiquetas, no H1", ".md"
    )

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        saved = f"guardado: 2026-11-1{number} 08:2{number}"
        fields = [f"fuente: {text.url}", saved, "etiquetas: [salud, seguros, ee-uu]"]
        return ["---", layout.Title('titulo: "{}"'), *fields, "---", "", NOTE_BODY]

    idents = layout.ids_of(
        t, "es-different-types-of-health-insurance", "es-why-should-i-have-health-coverage"
    )
    idents += layout.ids_of(t, "es-what-is-the-health-insurance-marketplace")
    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes kept in one Markdown file: a `# Title`, a bold `**Fuente:** CuidadoDeSalud.gov,
    date` line, the body, and a `* * *` rule between notes."""
    dump = Dump.named(
        "clipper_markdown_02",
        "Spanish Markdown notes: # Title, **Fuente:** site, date, * * *",
        ".md",
    )
    idents = layout.ids_of(t, "es-buy-a-catastrophic-plan", "es-whats-the-difference")
    idents += layout.ids_of(t, "es-flexible-spending-account-fsa", "es-find-provider-information")
    source = {ident: f"**Fuente:** {SITE}, {layout.own_date(t[ident])}" for ident in idents}
    pages = [(i, [layout.Title("# {}"), "", source[i], "", NOTE_BODY]) for i in idents]
    return layout.ruled_pages(dump, t, pages, "* * *")


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A Spanish newsletter forwarded from a webmail in Spanish: `---------- Mensaje
    reenviado ---------` and its `De:`/`Fecha:`/`Asunto:`/`Para:` lines, `►` labels, a
    `CuidadoDeSalud.gov, date` line, the opening paragraph, `Leer más:` links and the footer."""
    dump = Dump.named(
        "email_digest_01", "Webmail forward (es): Mensaje reenviado, ► LABEL, Leer más:"
    )
    dump.matter(
        "Te reenvío el boletín; mira el último punto antes de la reunión.",
        "",
        "---------- Mensaje reenviado ---------",
        "De: Boletín Salud Hoy <boletin@saludhoy.example.org>",
        "Fecha: vie, 5 jul 2013 a las 7:45",
        "Asunto: Novedades de la semana",
        "Para: <voluntarios@clinica.example.org>",
        "",
        "Hola:",
        "estas son las novedades de esta semana.",
    )
    items = (
        ("► MERCADO", "es-stay-connected-to-the-marketplace"),
        ("► COBERTURA", "es-what-does-marketplace-health-insurance-cover"),
        ("► AVISOS", "es-stay-up-to-date"),
        ("► EMPLEADORES", "es-offer-health-coverage-to-my-employees"),
    )
    layout.digest_items(dump, t, layout.by_keys(t, items), f"{SITE}, {{}}", "Leer más: ")
    dump.gap(2)
    dump.matter(
        "Recibes este correo porque te suscribiste al boletín Salud Hoy.",
        "Para darte de baja: https://saludhoy.example.org/baja",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A mailing list's digest in Spanish: the list's address lines, `Temas del día:` with
    numbered subjects, then each message under a rule with `Mensaje: N`, `Fecha:`, `De:` and
    the headline as its `Asunto:`, the first two paragraphs, and the digest's end line."""
    dump = Dump.named(
        "email_digest_02", "Mailing-list digest (es): Temas del día, Mensaje: N, Asunto:"
    )
    idents = layout.ids_of(t, "es-read-the-affordable-care-act", "es-agent-or-broker-in-shop")
    idents += layout.ids_of(t, "es-plan-to-get-pregnant", "es-medicare-do-i-need-to-do-anything")
    subjects = [f"   {n}. {t[ident].title} (Redacción)" for n, ident in enumerate(idents, 1)]
    dump.matter(*LIST_HEAD, *subjects)
    layout.list_digest(dump, t, idents, _message_head, "Asunto: {}", "-" * 62)
    dump.matter("Fin del resumen de promotores-salud, volumen 3, número 17")
    return dump


def _message_head(number: int, text: Text) -> list[str]:
    """A digest message's header lines over its subject: its number, day and sender."""
    return [f"Mensaje: {number}", f"Fecha: {layout.numeric_date(text)}", "De: Redacción"]


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A weekly by mail: its header, `En este número:` with the headlines, then items numbered
    `N)` with a source line, the opening paragraph and `Seguir leyendo →` links, and the
    footer."""
    dump = Dump.named(
        "email_digest_03", "Weekly by mail (es): En este número:, N) items, Seguir leyendo →"
    )
    idents = layout.ids_of(
        t, "es-large-business-owners-need-to-know", "es-already-insure-my-employees"
    )
    idents += layout.ids_of(t, "es-am-i-eligible-for-coverage-in-the-marketplace")
    idents += layout.ids_of(t, "es-change-individual-insurance-plans")
    dump.matter(
        "From: Semanario Pyme <redaccion@semanariopyme.example.com>",
        "To: lectores@semanariopyme.example.com",
        "Date: Mon, 8 Jul 2013 06:30:00 -0500",
        "Subject: Semanario Pyme n.º 88",
        "",
        "En este número:",
        *(f"· {t[ident].title}" for ident in idents),
    )
    layout.numbered_digest(dump, t, idents, "{}) ", f"{SITE}, {{}}", "Seguir leyendo → ")
    dump.gap(2)
    dump.matter(
        "Recibiste este correo porque estás suscrito al Semanario Pyme.",
        "Administra tu suscripción: https://semanariopyme.example.com/suscripcion",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A health agency's pages: the `Inicio › Seguro médico › Preguntas` trail, the headline
    and a dek, `Publicado el date · Lectura de N min`, the body, the share line and the tags."""
    dump = Dump.named(
        "foreign_web_01", "Health agency pages (es): Inicio ›, Publicado el, Compartir:"
    )

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        minutes = layout.reading_minutes(text)
        posted = f"Publicado el {layout.own_date(text)} · Lectura de {minutes} min"
        head = ["Inicio › Seguro médico › Preguntas frecuentes", layout.Title(), *layout.dek(text)]
        return [*head, posted, "", layout.Body(), "", *AGENCY_FOOTER]

    idents = layout.ids_of(t, "es-apply-for-marketplace-coverage", "es-do-i-qualify-for-medicaid")
    idents += layout.ids_of(t, "es-affordable-care-act-affect-me", "es-self-employed")
    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A Hispanic paper's pages: the `Comunidad › Salud` trail, the headline, `Por Redacción |
    date - hh:mm`, a `Lee también:` line inside the body, `Derechos reservados` and the comment
    count."""
    dump = Dump.named("foreign_web_02", "Hispanic paper pages (es): Por Redacción |, Lee también:")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        byline = f"Por Redacción | {layout.numeric_date(text)} - 1{number}:2{number}"
        body = layout.Body(inserts=((2, (f"Lee también: {other.title}",)),))
        foot = ["Derechos reservados", f"Comentarios ({number + 2})"]
        return ["Comunidad › Salud", layout.Title(), byline, "", body, "", *foot]

    idents = layout.ids_of(
        t,
        "es-military-veteran-what-do-i-need-to-know-about-the-marketplace",
        "es-alaska-native-what-do-i-need-to-know-about-the-marketplace",
        "es-save-on-out-of-pocket-costs",
        "es-have-job-based-health-insurance",
    )
    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A portal's pages: the `NOTICIAS | SALUD` label, the headline, the date with an
    `Actualizado el` note, a `Publicidad` line after the first paragraph and a `Te puede
    interesar:` line."""
    dump = Dump.named(
        "foreign_web_03", "Portal pages (es): NOTICIAS | SALUD, Actualizado el, Publicidad"
    )

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        day = layout.own_date(text)
        more = f"Te puede interesar: {other.title}"
        return [
            "NOTICIAS | SALUD",
            layout.Title(),
            f"{day} · Actualizado el {day}",
            "",
            ADS,
            "",
            more,
        ]

    idents = layout.ids_of(
        t, "es-ready-to-enroll-in-the-marketplace", "es-what-is-the-shop-marketplace"
    )
    idents += layout.ids_of(t, "es-right-for-my-business")
    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of the site's pages: each record's rule, source, date, headline,
    `SECTION:`, `BYLINE:` and `LENGTH:`, the body unwrapped, then `LOAD-DATE:`, `LANGUAGE:
    SPANISH`, `DOCUMENT-TYPE: Nota informativa` and `PUBLICATION-TYPE: Sitio web`."""
    dump = Dump.named(
        "lexisnexis_01", "LexisNexis export (es): BYLINE, DOCUMENT-TYPE: Nota informativa"
    )
    lines = export.lexis_record(
        "CuidadoDeSalud.gov: Preguntas",
        18,
        ["SECTION: PEQUEÑOS NEGOCIOS", "BYLINE: Redacción CuidadoDeSalud"],
        "DOCUMENT-TYPE: Nota informativa",
        "PUBLICATION-TYPE: Sitio web",
    )
    docs = layout.ids_of(
        t, "es-shared-responsibility-payment", "es-small-business-health-care-tax-credits"
    )
    docs += layout.ids_of(t, "es-employees-sign-up-for-shop", "es-small-businesses-need-to-know")
    return export.lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """LexisNexis records of Spanish text, each opening on `Copyright <year> Centers for
    Medicare & Medicaid Services` over the source, the body hard-wrapped at 70, `GRAPHIC:
    Foto` last."""
    dump = Dump.named(
        "lexisnexis_02", "LexisNexis export (es): copyright over source, at 70, GRAPHIC"
    )
    docs = layout.ids_of(t, "es-get-ready-for-shop", "es-through-the-shop-marketplace")
    docs += layout.ids_of(t, "es-children-eligible-for-chip")
    holder = "Centers for Medicare & Medicaid Services"
    fields = ["SECTION: SEGURO MÉDICO; Pg. 3"]
    return export.copyrighted_records(
        dump, t, docs, holder, (SITE, 30), fields, "GRAPHIC: Foto", 70
    )


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """Nexis Uni's delivery of four pages found by the marketplace's name, narrowed to
    Spanish, under the job's cover page."""
    dump = Dump.named(
        "nexis_factiva_01_nexisuni", "Nexis Uni delivery (es): job cover, Language: Spanish"
    )
    docs = layout.ids_of(t, "es-help-enrolling-in-the-marketplace", "es-save-on-monthly-premiums")
    docs += layout.ids_of(t, "es-starts-before-january-2014", "es-choose-marketplace-insurance")
    job = ("=mercado-seguros", "Wednesday, May 6, 2026 9:40:00 AM EDT", "512077140")
    search = ('"Mercado de Seguros Médicos"', "Language: Spanish")
    document = (SITE, "CuidadoDeSalud.gov", "Redacción")
    return export.nexis_uni_delivery(dump, t, docs, job, search, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of the site's pages under its own source code, CDSGOV, with the word
    count, date, language and a public-domain line over each body."""
    dump = Dump.named(
        "nexis_factiva_02_factiva", "Factiva display (es): CDSGOV, Spanish, accession number"
    )
    docs = layout.ids_of(t, "es-key-dates-do-i-need-to-know", "es-grandfathered-health-plan")
    docs += layout.ids_of(t, "es-coverage-in-2014")
    source = "CuidadoDeSalud.gov"
    return export.factiva_display(dump, t, docs, source, "CDSGOV", "Dominio público. CMS.")


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Pages whose lists and one-line paragraphs stand between two blank lines each, as the
    pages themselves do, under a `CuidadoDeSalud.gov · date` line: the law's timeline, its ten
    protections, the site's welcome."""
    dump = Dump.named(
        "long_intertitles_01", "Spanish pages, short lines and items two blanks apart"
    )
    idents = layout.ids_of(t, "es-timeline-of-the-health-care-law")
    idents += layout.ids_of(t, "es-10-ways-the-health-care-law-protects-you")
    idents += layout.ids_of(t, "es-welcome-to-the-new-healthcare-gov")
    return layout.spaced_articles(dump, t, layout.dated(t, idents, f"{SITE} · {{}}"), 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Pages copied from the site with `Actualizado: date` under the headline: one blank line
    between paragraphs, two around a list's short items and between pages."""
    dump = Dump.named(
        "long_intertitles_02", "Spanish pages under Actualizado:, pages two blanks apart"
    )
    idents = layout.ids_of(t, "es-key-dates-do-i-need-to-know", "es-children-eligible-for-chip")
    idents += layout.ids_of(t, "es-what-is-the-health-insurance-marketplace")
    idents += layout.ids_of(t, "es-choose-marketplace-insurance")
    return layout.lay_out_pages(
        dump, t, layout.dated_pages(t, idents, "Actualizado: {}", [layout.CAPTIONS]), 2
    )


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Copies of a site that prints its intertitles in capitals, under `Seguro médico |
    date`: the long pages with lists (premiums, the 2014 penalty, Medicaid)."""
    dump = Dump.named(
        "long_intertitles_03", "Spanish pages, intertitles in capitals, Seguro médico | date"
    )
    idents = layout.ids_of(t, "es-save-on-monthly-premiums", "es-coverage-in-2014")
    idents += layout.ids_of(t, "es-do-i-qualify-for-medicaid")
    pages = [
        (ident, [layout.Title(), line, "", "", layout.Body()])
        for ident, line in layout.dated(t, idents, "Seguro médico | {}")
    ]
    return layout.capitalised_pages(dump, t, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Pages as community papers and aggregators repost them, a blank line and then one
    closing line under each: the desk's `(Redacción)`, `Fuente:`, a credit in brackets, the
    public-domain line."""
    dump = Dump.named(
        "trailers_01", "Spanish pages closed by (Redacción), Fuente:, a credit, a licence"
    )
    trailers = (
        ("es-keep-my-own-doctor", "(Redacción)"),
        ("es-free-or-low-cost-care", "Fuente: CuidadoDeSalud.gov"),
        ("es-considered-a-small-business", "(Con información de CMS)"),
        ("es-stay-up-to-date", "Dominio público – CuidadoDeSalud.gov"),
        ("es-pre-existing-health-condition", "(cds/red)"),
    )
    return layout.closed_by_keys(dump, t, trailers, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Pages whose closing line follows the last paragraph with no blank line: the press
    office, `Texto:`, `[Fuente: …]` and the day of the last update, in figures."""
    dump = Dump.named(
        "trailers_02", "Spanish pages closed flush: Oficina de prensa, Texto:, [Fuente: …]"
    )
    (updated,) = layout.ids_of(t, "es-consumer-help-if-i-have-insurance")
    trailers = (
        ("es-save-money-on-marketplace-coverage", "— Oficina de prensa de CMS"),
        ("es-until-age-26", "Texto: Redacción CuidadoDeSalud.gov"),
        ("es-what-does-marketplace-health-insurance-cover", "[Fuente: HealthCare.gov]"),
        (updated, "Última actualización: " + layout.numeric_date(t[updated])),
    )
    return layout.closed_by_keys(dump, t, trailers, 2, blank=False)


SOURCES_HEAD = """# Twenty-fifth fresh half (tuning): sources and licences

Written, like this file, by `python -m bench.fresh25_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh25_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: anyone may read its dumps, gold and `--show` misses and tune on them
([README.md](../README.md)). It was built because no tuning half held Spanish or Portuguese
short texts while the sealed short-news halves stayed low; it is short Spanish text from a
source no earlier half used.

Every headline, intertitle and body paragraph is real published text, taken by code (not by
hand) from the Markdown source of the page named below: the Spanish pages of HealthCare.gov
(CuidadoDeSalud.gov), the United States' federal health insurance marketplace, as the Centers
for Medicare & Medicaid Services (CMS) released the site's Jekyll source on 28 June 2013, kept
in github.com/blencorp/HealthCare.gov-Open-Source-Release (a public copy of CMS's release),
`_posts/articles/es/` (explainers under question headlines) and `_posts/blog/es/` (the three
launch posts), at the commit in each address. A body is the whole page: every paragraph,
heading (any level is an intertitle) and list item (a paragraph of its own), in order; front
matter, HTML and Liquid are removed, links keep their words, emphasis is removed, a
paragraph's lines are joined by a space; the source's own typing errors are kept. Pages of
fewer than 80 or more than 950 words and pages with tables, HTML or Liquid were left out: 56
of 63 Spanish pages are kept. Everything around the texts is written by the builder and taken
from no source: reading-list, press-release and thread layouts, front matter and note lines,
mail headers, greetings, labels, contents lists, source and `Leer más` lines and footers of
the digests; trails, bylines, dates and times, reading times, share, tag, comment, advert and
"read also" lines (titles of other pages in the set) of the pages; export headers, cover pages
and field lines; trailers. Dates in the chrome come from the day in the text's id: the day in
the page's file name, or, for the undated explainers (Jekyll names them `0001-02-01-…`), the
day the release added the file, 28 June 2013.

Licence: works of the United States government, which the copyright law leaves in the public
domain (17 U.S.C. 105). USAGov's page on government works (usa.gov/government-works, kept in
github.com/usagov/usagov-archive-2023) says most government writing is copyright-free, save
works of contractors and content used with a rights holder's permission; the release carries
no licence file of its own, and CMS wrote the site's plain-language pages (its contractors
built the code). The dumps are in the public domain too. Doubts: explainers of a
government service more than news, on one subject (health insurance, the law of 2010); one
country's usage (the Spanish of the United States); one day in most dates; the pages are
translations of English pages (never in the same dump as an English one, and the English ones
are not in the set); headlines are questions; the addresses are the copy's files, the site's
own addresses having changed since.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH25, SOURCES_HEAD)
"""The twenty-fifth fresh half, for tuning: HealthCare.gov's Spanish pages, short and
mid-length."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
