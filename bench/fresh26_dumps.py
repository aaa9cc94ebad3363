"""The twenty-sixth fresh half, a second-look one: `python -m bench.fresh26_dumps` writes it and
its gold.

fresh25 gave the splitter short Spanish text to tune on (HealthCare.gov's pages); this is its
second look, short and mid-length Spanish text of the same kind from another body, never tuned
on. tests/fixtures/dumps/real/fresh26/texts.txt (written by `python -m bench.fresh26_texts` from
a clone of the public repository) holds the pages of USAGov en Español, the Spanish guide the
General Services Administration keeps to the services of the United States government, as GSA
archived them in June 2023: how to vote, pay taxes, travel, complain, find help after a
disaster, most of them cut by intertitles and lists. This pastes them in the eight shapes with
Spanish chrome in the manner of tools and sites no earlier builder imitates (notes between `= =
= = =` rules, wire copy with upper-cased headlines closed by `(FIN)`, numbered clippings,
Obsidian notes with a `# ` heading under their front matter, Markdown notes with a linked
source line, a newsletter forwarded from Outlook in Spanish, a Google Groups digest in Spanish,
a citizens' bulletin with `Índice:`, a government portal's, a Mexican paper's and a Spanish
paper's pages, LexisNexis and Nexis Uni exports of Spanish text, a Factiva display, Spanish
credit and review trailers). Everything around the texts is written here. It is a second-look
half: only its aggregate rows may be read (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import database_exports as export
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH26 = REAL / "fresh26"
TEXTS = FRESH26 / "texts.txt"

SITE = "USAGov en Español"


def _keys(t: dict[str, Text], *slugs: str) -> tuple[str, ...]:
    """The ids of the pages named by their folder names."""
    return layout.ids_of(t, *(f"es-{slug}" for slug in slugs))


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Pages saved into one text file: the headline, a `Guardado de GobiernoUSA.gov el date`
    line, the body, and a `= = = = =` rule between pages."""
    dump = Dump.named("classic_01", "Spanish notes: Guardado de … el date, = = = = =")
    idents = _keys(t, "tipos-impuestos", "ramas-del-gobierno", "revisar-retencion-impuestos")
    idents += _keys(t, "telecomunicaciones")
    saved = {i: f"Guardado de GobiernoUSA.gov el {layout.numeric_date(t[i])}" for i in idents}
    pages = [(i, [layout.Title(), saved[i], "", layout.Body()]) for i in idents]
    return layout.ruled_pages(dump, t, pages, "= = = = =")


def classic_02(t: dict[str, Text]) -> Dump:
    """Wire copy: the headline in capitals, a `WASHINGTON, date (USAGov).-` line, the body
    wrapped at 68 columns, each story closed by `(FIN)`."""
    dump = Dump.named("classic_02", "Spanish wire: HEADLINE, WASHINGTON, date (USAGov).-, (FIN)")
    idents = _keys(t, "dinero-sin-reclamar", "crear-ley-federal")
    idents += _keys(t, "obligatorio-votar-partido-en-registro-electoral")
    wire = layout.Body(wrap=68)
    pages = [
        (i, [layout.Title(upper=True), f"WASHINGTON, {layout.own_date(t[i])} (USAGov).-", wire])
        for i in idents
    ]
    return layout.ended(dump, t, pages, "(FIN)")


def classic_03(t: dict[str, Text]) -> Dump:
    """Clippings numbered `Recorte n.º N` over their headlines, two blank lines apart."""
    dump = Dump.named("classic_03", "Spanish clippings numbered Recorte n.º N over each headline")
    idents = _keys(t, "resolver-disputas-irs", "como-obtener-tarjeta-registro-electoral")
    idents += _keys(t, "covid-cheque-de-estimulo-economico", "quejas-atencion-gobierno")
    numbered = [
        (i, [f"Recorte n.º {n}", layout.Title(), "", layout.Body()])
        for n, i in enumerate(idents, 1)
    ]
    return layout.lay_out_pages(dump, t, numbered, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Obsidian notes: front matter with `title:`, `creado:`, `enlace:` and `etiquetas:`, then
    the headline again as a `# ` heading (the title), the body with `##` intertitles."""
    dump = Dump.named(
        "clipper_markdown_01", "Obsidian notes (es): title/creado/enlace, # H1", ".md"
    )
    idents = _keys(t, "deportacion", "recursos-educativos", "seguridad-en-internet")

    def note(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        fields = [f"creado: 2026-09-2{number}", f"enlace: {text.url}", "etiquetas: [trámites]"]
        return [
            *layout.titled_front_matter(text, True, fields),
            layout.Body(render=layout.markdown),
        ]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, note), 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Markdown notes: a `# Title`, a `Tomado de [USAGov en Español](address) · date` line, the
    body, and a `***` rule between notes."""
    dump = Dump.named(
        "clipper_markdown_02", "Spanish Markdown notes: # Title, Tomado de […](…)", ".md"
    )
    idents = _keys(t, "violencia-domestica-y-maltrato-de-menores", "covid-ayuda-para-negocios")
    idents += _keys(t, "temas-de-salud", "ayuda-con-impuestos")
    taken = {i: f"Tomado de [{SITE}]({t[i].url}) · {layout.own_date(t[i])}" for i in idents}
    body = layout.Body(render=layout.markdown)
    return layout.ruled_pages(
        dump, t, [(i, [layout.Title("# {}"), taken[i], "", body]) for i in idents], "***"
    )


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A bulletin forwarded from Outlook in Spanish: `-----Mensaje original-----` with `De:`,
    `Enviado el:`, `Para:` and `Asunto: RV:`, items under `»` labels with a source line, the
    opening paragraph and `Más información:`, and the bulletin's footer."""
    dump = Dump.named("email_digest_01", "Outlook forward (es): Mensaje original, RV:, » LABEL")
    dump.matter(
        "Para la reunión del jueves, por si les sirve.",
        "Saludos, Marta",
        "",
        "-----Mensaje original-----",
        "De: Boletín GobiernoUSA <boletin@gobiernousa.example.gov>",
        "Enviado el: martes, 6 de junio de 2023 9:12",
        "Para: Marta Ruiz <mruiz@centrocomunitario.example.org>",
        "Asunto: RV: Novedades para usted",
    )
    labels = ("» SALUD", "» VIAJES", "» EDUCACIÓN", "» REGISTRO")
    slugs = ("covid-vacunas-sintomas-pruebas", "covid-viajes-pasaportes-visas")
    slugs += ("recursos-educativos", "cambie-registro-electoral")
    items = list(zip(labels, _keys(t, *slugs), strict=True))
    layout.digest_items(dump, t, items, f"{SITE} · {{}}", "Más información: ")
    dump.gap(2)
    dump.matter("Para dejar de recibir este boletín, responda con la palabra BAJA.")
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A Google Groups digest in Spanish: `Resumen de temas`, each topic with its update count,
    then each message under a rule of `=`, `Tema:` the headline, its first two paragraphs, and
    the group's footer."""
    dump = Dump.named("email_digest_02", "Google Groups digest (es): Resumen de temas, Tema:")
    idents = _keys(t, "servicio-militar", "elegir-candidatos", "documento-para-votar")
    idents += _keys(t, "elecciones-estatales-locales")
    topics = [f"   {t[i].title} - 1 actualización" for i in idents]
    dump.matter("Resumen de temas - 4 actualizaciones en 4 temas", "", *topics)

    def posted(number: int, text: Text) -> list[str]:
        return [f"Publicado por: equipo.usagov ({layout.own_date(text)})"]

    layout.list_digest(dump, t, idents, posted, "Tema: {}", "=" * 48)
    dump.matter("Ha recibido este resumen porque está suscrito al grupo «tramites-ciudadanos».")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A citizens' bulletin: `Índice:` with the headlines, then items marked `▸ N/4` with a
    source line, the opening paragraph and `Lea la nota completa:` links between `~` rules."""
    dump = Dump.named("email_digest_03", "Citizens' bulletin (es): Índice:, ▸ N/4, ~ rules")
    idents = _keys(t, "viajes-dentro-estados-unidos", "declaracion-impuestos")
    idents += _keys(t, "covid-estafas-fraudes", "quejas-servicios")
    dump.matter(
        "BOLETÍN CIUDADANO · junio de 2023", "", "Índice:", *(f"- {t[i].title}" for i in idents)
    )
    layout.numbered_digest(
        dump, t, idents, "▸ {}/4 ", f"{SITE} · {{}}", "Lea la nota completa: ", "~" * 30
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A government portal's pages: the `Inicio » Trámites` trail, the headline, the body, then
    `¿Le fue útil esta página?` and the `Última actualización:` line under it."""
    dump = Dump.named("foreign_web_01", "Portal pages (es): Inicio » …, ¿Le fue útil …?, Última …")
    idents = _keys(t, "telemercadeo-correo-basura", "formularios-impuestos", "votacion-ausente")

    def portal(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        useful = [
            "¿Le fue útil esta página?  Sí  No",
            f"Última actualización: {layout.own_date(text)}",
        ]
        return ["Inicio » Trámites", layout.Title(), "", layout.Body(), "", *useful]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, portal), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A Mexican paper's pages: the `Nacional` section, the headline, `Redacción / Agencias`,
    `Ciudad de México / date hh:mm hrs`, a `Nota relacionada:` line inside the body and the
    `Síguenos en Google News` line."""
    dump = Dump.named(
        "foreign_web_02", "Mexican paper pages: Ciudad de México / hrs, Nota relacionada:"
    )
    idents = _keys(t, "presupuesto", "empleo-capacitacion-laboral", "como-empezar-negocio")
    idents += _keys(t, "compra-vivienda")

    def paper(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        when = f"Ciudad de México / {layout.numeric_date(text)} 0{number + 7}:1{number} hrs"
        related = layout.Body(inserts=((3, (f"Nota relacionada: {other.title}",)),))
        return [
            "Nacional",
            layout.Title(),
            "Redacción / Agencias",
            when,
            "",
            related,
            "",
            "Síguenos en Google News",
        ]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, paper), 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A Spanish paper's pages: `Actualidad · Estados Unidos`, the headline, `Madrid |
    Actualizado: date - hh:mm`, a `Continúa leyendo` label after the first block, then `Más
    información` over another page's headline and `Ver comentarios`."""
    dump = Dump.named(
        "foreign_web_03", "Spanish paper pages: Madrid | Actualizado:, Más información"
    )
    idents = _keys(t, "seguros-personales", "inmigrantes-noresidentes", "recuperacion")

    def diario(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        stamp = f"Madrid | Actualizado: {layout.numeric_date(text)} - 1{number}:0{number}"
        more = ["Más información", f"· {other.title}", "Ver comentarios"]
        body = layout.Body(inserts=((1, ("Continúa leyendo",)),))
        return ["Actualidad · Estados Unidos", layout.Title(), stamp, "", body, "", *more]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, diario), 3)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of the guide's pages: `SECTION:`, `BYLINE:` and `LENGTH:` over
    each body, `LANGUAGE: SPANISH`, `DOCUMENT-TYPE: Guía` and `PUBLICATION-TYPE: Sitio web del
    Gobierno` under it."""
    dump = Dump.named("lexisnexis_01", "LexisNexis export (es): BYLINE, DOCUMENT-TYPE: Guía")
    fields = ["SECTION: TRÁMITES Y SERVICIOS", "BYLINE: Equipo de USAGov en Español"]
    more = ("DOCUMENT-TYPE: Guía", "PUBLICATION-TYPE: Sitio web del Gobierno")
    docs = _keys(t, "presidente", "viajes-al-exterior", "derechos-y-discriminacion-laboral")
    return export.lexis_documents(
        dump, t, docs, export.lexis_record(SITE, 14, fields, *more), None, 0
    )


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """LexisNexis records opening on `Copyright <year> General Services Administration`, the
    body hard-wrapped at 66, `GRAPHIC: Ilustración` last."""
    dump = Dump.named("lexisnexis_02", "LexisNexis export (es): Copyright … GSA, at 66, GRAPHIC")
    docs = _keys(t, "impuestos-pequenos-negocios", "credito", "ayuda-areas-declaradas-desastre")
    holder = "General Services Administration"
    closing = "GRAPHIC: Ilustración"
    return export.copyrighted_records(
        dump, t, docs, holder, (SITE, 26), ["SECTION: GOBIERNO; Pg. 1"], closing, 66
    )


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """Nexis Uni's delivery of four pages found by the guide's name, narrowed to Spanish."""
    dump = Dump.named("nexis_factiva_01_nexisuni", "Nexis Uni delivery (es): Language: Spanish")
    docs = _keys(t, "tipos-impuestos", "covid-ayuda-para-negocios", "servicio-militar")
    docs += _keys(t, "votacion-ausente")
    job = ("=guia-usagov", "Friday, June 9, 2023 4:05:00 PM EDT", "608114527")
    found = (f'"{SITE}"', "Language: Spanish")
    return export.nexis_uni_delivery(dump, t, docs, job, found, (SITE, SITE, "Equipo editorial"))


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of the guide's pages under its source code, USAGES."""
    dump = Dump.named("nexis_factiva_02_factiva", "Factiva display (es): USAGES, Spanish")
    docs = _keys(t, "dinero-sin-reclamar", "deportacion", "declaracion-impuestos")
    return export.factiva_display(dump, t, docs, SITE, "USAGES", "Dominio público. GSA.")


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Long pages whose list items and short lines stand two blank lines apart, as pages do,
    under a `USAGov en Español — date` line."""
    dump = Dump.named("long_intertitles_01", "Spanish long pages, short lines two blanks apart")
    idents = _keys(t, "compra-vivienda", "seguros-personales", "presidente")
    return layout.spaced_articles(dump, t, layout.dated(t, idents, f"{SITE} — {{}}"), 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Long pages under a `Revisado: date` line, one blank line between paragraphs, two around
    intertitles and between pages."""
    dump = Dump.named("long_intertitles_02", "Spanish long pages under Revisado: date")
    idents = _keys(t, "formularios-impuestos", "empleo-capacitacion-laboral", "viajes-al-exterior")
    return layout.lay_out_pages(dump, t, layout.dated_pages(t, idents, "Revisado: {}"), 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Long pages from a copy that sets intertitles in capitals, under `Trámites | date`."""
    dump = Dump.named("long_intertitles_03", "Spanish long pages, intertitles in capitals")
    idents = _keys(t, "recuperacion", "impuestos-pequenos-negocios", "telemercadeo-correo-basura")
    dated = layout.dated(t, idents, "Trámites | {}")
    return layout.capitalised_pages(
        dump, t, [(i, [layout.Title(), line, "", "", layout.Body()]) for i, line in dated], 2
    )


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Pages reposted with one closing line a blank line under each: a credit, the source's
    address, `(Agencias)` and a disclaimer."""
    dump = Dump.named("trailers_01", "Spanish pages closed by a credit, Fuente:, (Agencias)")
    idents = _keys(t, "ramas-del-gobierno", "resolver-disputas-irs", "crear-ley-federal")
    idents += _keys(t, "temas-de-salud")
    credit, source = "(Con información de USAGov en Español)", "Fuente: usa.gov/espanol"
    notice = "Esta información no constituye asesoría legal ni médica."
    lines = ((credit,), (source,), ("(Agencias)",), (notice,))
    return layout.closed_by(dump, t, list(zip(idents, lines, strict=True)), 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Pages whose closing line follows the last paragraph with no blank line: the team's
    sign-off, `Tomado de:`, the day of the review in brackets, `Redacción:`."""
    dump = Dump.named("trailers_02", "Spanish pages closed flush: Equipo, Tomado de:, [Revisado …]")
    (reviewed,) = _keys(t, "quejas-atencion-gobierno")
    trailers = (
        ("es-revisar-retencion-impuestos", "— Equipo de USAGov en Español"),
        ("es-covid-cheque-de-estimulo-economico", "Tomado de: GobiernoUSA.gov"),
        (reviewed, f"[Revisado el {layout.numeric_date(t[reviewed])}]"),
        ("es-elegir-candidatos", "Redacción: GSA"),
    )
    return layout.closed_by_keys(dump, t, trailers, 2, blank=False)


SOURCES_HEAD = """# Twenty-sixth fresh half (second look): sources and licences

Written, like this file, by `python -m bench.fresh26_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh26_texts CLONE` writes from a clone of the repository named below. A
**second-look** half: only its aggregate rows (`python -m bench.split_quality --half fresh26`)
may be read; `--show` leaves it out, and it is never tuned on or trained on
([README.md](../README.md)). It is fresh25's twin: short and mid-length Spanish text of the same
kind (a United States government guide's pages) from another body.

Every headline, intertitle and body paragraph is real published text, taken by code (not by
hand) from the HTML of the page named below: the pages of USAGov en Español (usa.gov/espanol),
the Spanish guide to the services of the United States government that the General Services
Administration (GSA) runs, as GSA archived the site in github.com/usagov/usagov-archive-2023
(June 2023), `espanol/<page>/index.html`, at the commit in each address. A text is the page's
`<h1>` headline and its articles: each `<h2>` or `<h3>` an intertitle, each paragraph and list
item a paragraph of its own, in order; tags removed, a line break a space, entities decoded.
Pages of fewer than 100 or more than 1,300 words, pages with fewer than three paragraphs or
more than twice as many list items (the topic indexes), pages about the site itself and the
agency and state directories were left out: 45 pages are kept. Everything around the texts is
written by the builder and taken from no source: note files, wire lines and end marks, clipping
numbers, front matter and note lines, mail headers, greetings, labels, contents lists, source
and `Más información` lines and footers of the digests; trails, bylines, dates and times,
feedback, related, advert and comment lines (titles of other pages in the set) of the pages;
export headers, cover pages and field lines; trailers. Dates in the chrome come from the day in
the text's id: the page's own `Última actualización:` day, or, for a page without one, the day
the archive added it.

Licence: works of the United States government, which the copyright law leaves in the public
domain (17 U.S.C. 105); the site says so of itself: "USAGov en Español ... forma parte de
USA.gov ... Ambos sitios web son de dominio público" (espanol/enlace-su-sitio in the same
archive), and its page on government works says most government writing is copyright-free.
The dumps are in the public domain too. Doubts: a government's guide more than news, like
fresh25, whose kind it shares by design; one country's usage; the pages link a great deal, and
a paragraph is sometimes one line pointing to another page; some pages open on an intertitle.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH26, SOURCES_HEAD)
"""The twenty-sixth fresh half, a second look: USAGov en Español's pages, short and
mid-length."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
