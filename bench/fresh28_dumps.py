"""The twenty-eighth fresh half, a second-look one: `python -m bench.fresh28_dumps` writes it and
its gold.

fresh27 gave the splitter agency news in Portuguese and Spanish to tune on (Agência Brasil's
pages of 2016 before 24 November); this is its second look, from the same public scrape's later
pages, which nobody tunes on. tests/fixtures/dumps/real/fresh28/texts.txt (written by `python -m
bench.fresh28_texts` from a clone of the scrape's repository) holds Agência Brasil's news from 24
November to 29 December 2016, in Portuguese and from its Spanish edition, under CC BY 3.0 BR:
the Chapecoense air crash and its aftermath, Brazil's aid to Haiti, the president's and the
courts' words, health, culture, with the date lines, bylines, captions and credits its pages
printed. This pastes them in the eight shapes with Portuguese and Spanish chrome in the manner
of tools and sites neither fresh27's builder nor an earlier one imitates (a press review with
`Veículo: | Editoria: | Data:` lines and `// ` rules, the agency's wire in Portuguese with a
`BRASÍLIA, 12 DEZ (ABr) -` line closed by `//`, a Telegram channel's export, clippings with
Spanish front-matter keys under a `# ` headline, a read-later app's Markdown with linked
headlines and `####` intertitles, a bulletin forwarded from Zimbra in Portuguese with `→` labels,
a groups.io digest in Spanish, a university press office's weekly, a Brazilian portal's, a
Latin American paper's and a Portuguese site's pages, LexisNexis exports of Portuguese and
Spanish text, a Nexis Uni delivery with a dateline field, a Factiva display, Brazilian desk
trailers, the agency's credits flush under the text). Everything around the texts but the
agency's own lines is written here. Only its aggregate rows may be read: `--show` leaves it out,
it is never tuned on and never trained on (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import database_exports as export
from bench import page_layout as layout
from bench.agencia_brasil import AGENCY, HOLDER, byline, clock, writer
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH28 = REAL / "fresh28"
TEXTS = FRESH28 / "texts.txt"

MONTHS = "JAN FEV MAR ABR MAI JUN JUL AGO SET OUT NOV DEZ".split()
"""The month as the agency's wire abbreviates it in a dateline."""


def _short_date(text: Text) -> str:
    """`12.12.16`, the day as a chat app's export prints it."""
    return f"{layout.id_day(text):%d.%m.%y}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """A press office's review of the day kept as one text file: `Veículo: Agência Brasil |
    Editoria: … | Data: …` over each headline, the body, and a `// ` rule between items."""
    dump = Dump.named("classic_01", "Portuguese press review: Veículo: | Editoria: | Data:, //")
    desks = {
        "pt-adocao-no-pais": "Cultura",
        "pt-descriminalizacao-do-aborto": "Cultura",
        "pt-invistam-no-brasil": "Política",
    }
    idents = layout.ids_of(t, *desks)
    pages = [
        (ident, [f"Veículo: {AGENCY} | Editoria: {desk} | Data: {layout.numeric_date(t[ident])}"])
        for ident, desk in zip(idents, desks.values(), strict=True)
    ]
    items = [(ident, [*head, layout.Title(), "", layout.Body()]) for ident, head in pages]
    return layout.ruled_pages(dump, t, items, "------- // -------")


def classic_02(t: dict[str, Text]) -> Dump:
    """The agency's wire in Portuguese: the headline in capitals, a `BRASÍLIA, 12 DEZ (ABr) -`
    line, the body wrapped at 72, each story closed by `//`."""
    dump = Dump.named(
        "classic_02", "Portuguese wire: HEADLINE, BRASÍLIA, 12 DEZ (ABr) -, at 72, //"
    )
    idents = layout.ids_of(t, "pt-comecam-voltar-ao-brasil", "pt-combate-pobreza-no-brasil")
    idents += layout.ids_of(t, "pt-caminho-do-brasil")

    def dateline(text: Text) -> str:
        day = layout.id_day(text)
        return f"BRASÍLIA, {day.day} {MONTHS[day.month - 1]} (ABr) -"

    wire = layout.Body(wrap=72)
    pages = [(i, [layout.Title(upper=True), dateline(t[i]), "", wire]) for i in idents]
    return layout.ended(dump, t, pages, "//")


def classic_03(t: dict[str, Text]) -> Dump:
    """A news channel's posts exported from Telegram as text: `Agência Brasil, [12.12.16
    14:40]` over each post, the headline as its first line, the body under it."""
    dump = Dump.named("classic_03", "Telegram export (pt): Agência Brasil, [dd.mm.yy hh:mm]")
    idents = layout.ids_of(t, "pt-vacinas-ao-haiti", "pt-diz-gilmar-mendes")
    idents += layout.ids_of(t, "pt-retornam-ao-brasil")
    pages = [
        (i, [f"{AGENCY}, [{_short_date(t[i])} {clock(t[i])}]", layout.Title(), layout.Body()])
        for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 1)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Clippings saved as Markdown with Spanish front-matter keys: `titular:`, `firma:` (the
    page's byline), `fecha:` and `enlace:`, then a `# ` headline, the captions as quotes and
    the body with `##` intertitles."""
    dump = Dump.named(
        "clipper_markdown_01",
        "Spanish clippings: titular/firma/fecha/enlace, # H1, > captions",
        ".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        fields = [f"firma: {byline(text)}", f"fecha: {text.above[0]}", f"enlace: {text.url}"]
        quoted = [f"> {caption}" for caption in text.captions]
        head = ["---", f"titular: {text.title}", *fields, "---", "", layout.Title("# {}"), ""]
        return [*head, *quoted, "", layout.Body(render=layout.markdown)]

    idents = layout.ids_of(t, "es-produccion-de-medicamentos", "es-secretaria-de-gobierno")
    idents += layout.ids_of(t, "es-acelerar-investigaciones")
    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """A read-later app's Markdown export: each headline a `## [headline](address)` link, an
    italic `*Salvo em date · Agência Brasil*` line, the body with `####` intertitles."""
    dump = Dump.named(
        "clipper_markdown_02", "Read-later export (pt): ## [headline](url), *Salvo em*, ####", ".md"
    )
    idents = layout.ids_of(t, "pt-retornam-ao-brasil", "pt-comecam-voltar-ao-brasil")
    idents += layout.ids_of(t, "pt-funcionarios-medellin")
    body = layout.Body(render=layout.headings("####"))
    pages = [
        (i, [layout.Title(f"## [{{}}]({t[i].url})"), f"*Salvo em 30/12/2016 · {AGENCY}*", "", body])
        for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A union's bulletin forwarded from Zimbra in Portuguese: `----- Mensagem encaminhada
    -----` and its `De:`/`Para:`/`Enviadas:`/`Assunto: Fwd:` lines, `→ SECTION` labels, a
    `Agência Brasil, date` line, the opening paragraph, `Acesse:` links and the footer."""
    dump = Dump.named(
        "email_digest_01", "Zimbra forward (pt): Mensagem encaminhada, → LABEL, Acesse:"
    )
    dump.matter(
        "Pessoal, vejam o informativo abaixo.",
        "",
        "----- Mensagem encaminhada -----",
        "De: Informativo Sindical <informativo@sindicato.example.org.br>",
        "Para: diretoria@sindicato.example.org.br",
        "Enviadas: Terça-feira, 13 de dezembro de 2016 9:05:12",
        "Assunto: Fwd: Informativo semanal nº 212",
        "",
        "Companheiras e companheiros,",
        "o resumo da semana está abaixo.",
    )
    items = (
        ("→ POLÍTICA", "pt-paralisem-o-brasil"),
        ("→ ECONOMIA", "pt-combate-pobreza-no-brasil"),
        ("→ ECONOMIA", "pt-invistam-no-brasil"),
        ("→ SOCIEDADE", "pt-descriminalizacao-do-aborto"),
    )
    layout.digest_items(dump, t, layout.by_keys(t, items), f"{AGENCY}, {{}}", "Acesse: ")
    dump.gap(2)
    dump.matter(
        "Informativo Sindical — para deixar de receber, responda com SAIR.",
        "Rua Exemplo, 100 - Centro - São Paulo/SP",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A groups.io digest in Spanish: the group's header, `Temas de este resumen:` with `#N`
    subjects, then each message under a rule with its `#N` subject, `De:` and `Fecha:` lines
    and first two paragraphs, and the group's footer."""
    dump = Dump.named("email_digest_02", "groups.io digest (es): Temas de este resumen:, #N, De:")
    idents = layout.ids_of(t, "es-acelerar-investigaciones", "es-vacunas-haiti")
    idents += layout.ids_of(t, "es-secretaria-de-gobierno")
    dump.matter(
        "brasil-hoy@groups.example.io",
        "Resumen n.º 418",
        "",
        "Temas de este resumen:",
        *(f"#{n} {t[ident].title}" for n, ident in enumerate(idents, 1)),
    )
    for number, ident in enumerate(idents, 1):
        text = t[ident]
        dump.gap()
        dump.separator("_" * 40)
        dump.gap()
        sent = [f"De: {writer(text)}", f"Fecha: {text.above[0]}"]
        items = [f"#{number}", layout.Title(), *sent, "", layout.Body()]
        layout.lay_out(dump, layout.opening(text, 2), items)
    dump.gap()
    dump.separator("_" * 40)
    dump.matter(
        "Mensajes del grupo brasil-hoy. Para salir: brasil-hoy+unsubscribe@groups.example.io"
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A university press office's weekly by mail: its header, `Confira nesta semana:` with
    `✔` headlines, then each item with a `Agência Brasil · date` line, its opening paragraph
    and `Saiba mais:`, a blank-line gap between items and the office's footer."""
    dump = Dump.named(
        "email_digest_03", "University weekly (pt): Confira nesta semana:, ✔, Saiba mais:"
    )
    idents = layout.ids_of(t, "pt-vacina-para-haiti", "pt-caminho-do-brasil")
    idents += layout.ids_of(t, "pt-diz-gilmar-mendes", "pt-imaterial-do-brasil")
    dump.matter(
        "Assunto: Semana em Notícias — Assessoria de Imprensa",
        "",
        "Semana em Notícias nº 48",
        "Confira nesta semana:",
        *(f"✔ {t[ident].title}" for ident in idents),
    )
    layout.numbered_digest(dump, t, idents, "", f"{AGENCY} · {{}}", "Saiba mais: ")
    dump.gap(2)
    dump.matter("Assessoria de Imprensa — este boletim é enviado às sextas-feiras.")
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A Brazilian news portal's copies: `Home > Política > Nacional`, the headline, a dek,
    the page's date line and byline, its captions, `Continua depois da publicidade` after the
    first paragraph, `Assuntos:` and the WhatsApp line."""
    dump = Dump.named("foreign_web_01", "Portal pages (pt): Home > …, own lines, Continua depois …")
    idents = layout.ids_of(t, "pt-paralisem-o-brasil", "pt-diz-gilmar-mendes")
    idents += layout.ids_of(t, "pt-invistam-no-brasil")
    body = layout.Body(inserts=((1, ("Continua depois da publicidade",)),))

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        head = ["Home > Política > Nacional", layout.Title(), *layout.dek(text), layout.ABOVE]
        foot = ["Assuntos: Michel Temer, Brasília", "Receba as notícias do dia no WhatsApp"]
        return [*head, "", *layout.captioned(text), body, "", *foot]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A Latin American paper's copies of the agency's Spanish service: `Internacional ·
    Brasil`, the headline, `Por Agência Brasil | date`, the captions, the body, the
    translator's credit, `Más noticias de Brasil` with another headline and the newsletter
    line."""
    dump = Dump.named("foreign_web_02", "Paper pages (es): Internacional · Brasil, Por … |, Más …")
    idents = layout.ids_of(t, "es-acelerar-investigaciones", "es-produccion-de-medicamentos")
    idents += layout.ids_of(t, "es-vacunas-haiti")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        posted = f"Por {AGENCY} | {layout.own_date(text)}"
        head = ["Internacional · Brasil", layout.Title(), posted, "", *layout.captioned(text)]
        more = ["Más noticias de Brasil", other.title, "Suscríbete a nuestro boletín"]
        return [*head, layout.Body(), "", layout.BELOW, "", *more]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A Portuguese site's copies: `Mundo > Brasil`, the headline, `Agência Brasil | 13 dez
    2016, 16:49`, `Partilhar`, the body, `Comentários (0)` and `Artigos relacionados`."""
    dump = Dump.named("foreign_web_03", "Portuguese site pages (pt-PT): Mundo > Brasil, Partilhar")
    idents = layout.ids_of(t, "pt-comecam-voltar-ao-brasil", "pt-imaterial-do-brasil")
    idents += layout.ids_of(t, "pt-caminho-do-brasil", "pt-adocao-no-pais")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        day = layout.id_day(text)
        stamp = f"{AGENCY} | {day.day} {MONTHS[day.month - 1].lower()} {day.year}, {clock(text)}"
        head = ["Mundo > Brasil", layout.Title(), stamp, "Partilhar", ""]
        return [*head, layout.Body(), "", "Comentários (0)", "Artigos relacionados", other.title]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 3)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """LexisNexis records of the agency's Portuguese news, each opening on `Copyright <year>
    Empresa Brasil de Comunicação (EBC)` over the source, with `DATELINE: Brasília` and the
    body wrapped at 70, `DOCUMENT-TYPE: Notícia` last."""
    dump = Dump.named("lexisnexis_01", "LexisNexis export (pt): copyright EBC, DATELINE, at 70")
    docs = layout.ids_of(t, "pt-retornam-ao-brasil", "pt-funcionarios-medellin")
    docs += layout.ids_of(t, "pt-adocao-no-pais")
    fields = ["SECTION: GERAL; Pg. 1", "DATELINE: Brasília"]
    source = (AGENCY, 30)
    return export.copyrighted_records(
        dump, t, docs, HOLDER, source, fields, "DOCUMENT-TYPE: Notícia", 70
    )


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of the Spanish service: each record's rule, source, date, headline,
    `SECTION: INTERNACIONAL`, the reporter under `BYLINE:`, `LENGTH:`, the body unwrapped,
    `LOAD-DATE:`, `LANGUAGE: SPANISH` and `PUBLICATION-TYPE: Servicio de noticias`."""
    dump = Dump.named(
        "lexisnexis_02", "LexisNexis export (es): BYLINE: reporter, Servicio de noticias"
    )

    def lines(text: Text) -> export.LexisRecord:
        length = f"LENGTH: {export.word_count(text)} words"
        fields = ["SECTION: INTERNACIONAL", f"BYLINE: {writer(text)}", length]
        closing = export.lexis_closing(text, "PUBLICATION-TYPE: Servicio de noticias")
        return export.lexis_source(text, f"{AGENCY} (en español)", 26), fields, closing

    docs = layout.ids_of(t, "es-secretaria-de-gobierno", "es-produccion-de-medicamentos")
    docs += layout.ids_of(t, "es-vacunas-haiti")
    return export.lexis_documents(dump, t, docs, lines, None, 0)


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """Nexis Uni's delivery of four of the agency's pages under the job's cover, each with its
    reporter under `Byline:` and a `Dateline: Brasília` field."""
    dump = Dump.named("nexis_factiva_01_nexisuni", "Nexis Uni delivery (pt): Byline:, Dateline:")
    docs = layout.ids_of(t, "pt-combate-pobreza-no-brasil", "pt-vacina-para-haiti")
    docs += layout.ids_of(t, "pt-descriminalizacao-do-aborto", "pt-imaterial-do-brasil")
    export.nexis_uni_cover(
        dump,
        t,
        docs,
        [
            "User Name: =biblioteca-unb",
            "Date and Time: Monday, April 13, 2026 10:22:00 AM BRT",
            "Job Number: 327045118",
            "",
        ],
        ["", "Search Terms: Agência Brasil AND dezembro", "Search Type: Boolean"],
    )

    def document(text: Text) -> Sequence[layout.Item]:
        day = layout.id_day(text)
        head = [AGENCY, export.lexis_date(day), f"Copyright {day.year} {HOLDER}"]
        fields = [f"Length: {export.word_count(text)} words", f"Byline: {writer(text)}"]
        fields.append("Dateline: Brasília")
        return export.nexis_uni_document(head, fields, f"{day:%B} {day.day}, {day.year}")

    return export.nexis_uni_pages(dump, t, docs, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of the agency's Portuguese pages under the source code AGBRPT, with
    the publisher's line over each body."""
    dump = Dump.named("nexis_factiva_02_factiva", "Factiva display (pt): AGBRPT, EBC line")
    docs = layout.ids_of(t, "pt-invistam-no-brasil", "pt-vacinas-ao-haiti")
    docs += layout.ids_of(t, "pt-funcionarios-medellin")
    return export.factiva_display(dump, t, docs, f"{AGENCY} (Portuguese)", "AGBRPT", HOLDER, 4)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The intertitled pages with every short line two blank lines apart, as wide as the gap
    between pages, under the page's byline."""
    dump = Dump.named("long_intertitles_01", "Portuguese news under bylines, short lines spaced")
    idents = layout.ids_of(t, "pt-retornam-ao-brasil", "pt-funcionarios-medellin")
    idents += layout.ids_of(t, "pt-comecam-voltar-ao-brasil")
    return layout.spaced_articles(dump, t, [(i, byline(t[i])) for i in idents], 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Copies of a site that sets intertitles in capitals, under `Agência Brasil · date`: the
    Spanish pages with intertitles and a long Portuguese one."""
    dump = Dump.named(
        "long_intertitles_02", "News (es, pt), intertitles in capitals, source · date"
    )
    idents = layout.ids_of(t, "es-produccion-de-medicamentos", "es-secretaria-de-gobierno")
    idents += layout.ids_of(t, "pt-imaterial-do-brasil")
    pages = [
        (ident, [layout.Title(), line, "", "", layout.Body()])
        for ident, line in layout.dated(t, idents, f"{AGENCY} · {{}}")
    ]
    return layout.capitalised_pages(dump, t, pages, 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Pages copied with their date line and byline under the headline and the captions under
    those: one blank line between paragraphs, two around intertitles and between pages."""
    dump = Dump.named("long_intertitles_03", "News (es, pt) under own lines and captions")
    idents = layout.ids_of(t, "es-produccion-de-medicamentos", "pt-paralisem-o-brasil")
    idents += layout.ids_of(t, "pt-invistam-no-brasil")
    pages = [
        (i, [layout.Title(), layout.ABOVE, layout.CAPTIONS, "", layout.Body()]) for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Portuguese news as sites repost them, a blank line and then one closing line under
    each: the agency's report, a source in parentheses, the newsroom, the editor's line."""
    dump = Dump.named("trailers_01", "Portuguese news closed by Reportagem:, (Com …), Edição:")
    trailers = (
        ("pt-adocao-no-pais", "Reportagem: Agência Brasil"),
        ("pt-descriminalizacao-do-aborto", "(Com informações da TV Brasil)"),
        ("pt-vacina-para-haiti", "— Redação Agência Brasil"),
        ("pt-caminho-do-brasil", "Edição: Redação"),
    )
    return layout.closed_by_keys(dump, t, trailers, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """News whose credits the page printed follow the last paragraph with no blank line (a
    translator's, a collaborator's), then the reposting site's line."""
    dump = Dump.named(
        "trailers_02", "News (es, pt) closed flush by Traducción:, *Colaborou, a site"
    )
    closing = (
        ("es-acelerar-investigaciones", "Servicio en español de Agência Brasil"),
        ("es-vacunas-haiti", "(ABr)"),
        ("es-secretaria-de-gobierno", "Agência Brasil – CC BY 3.0 BR"),
        ("pt-retornam-ao-brasil", "Fonte: Agência Brasil"),
    )
    idents = layout.ids_of(t, *(key for key, _ in closing))
    pages = [
        (ident, [layout.Title(), "", layout.Body(), layout.BELOW, line])
        for ident, (_, line) in zip(idents, closing, strict=True)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


SOURCES_HEAD = """# Twenty-eighth fresh half (second look): sources and licences

Written, like this file, by `python -m bench.fresh28_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh28_texts CLONE` writes from a clone of the repository named below. A
**second-look** half: only its aggregate rows (`python -m bench.split_quality --half fresh28`)
may be read; `--show` leaves it out, and nobody tunes or trains on it
([README.md](../README.md)). It is fresh27's twin: agency news in Portuguese and Spanish from
the same source, the pages fresh27 does not hold.

Every headline, intertitle, body paragraph, caption, date line, byline and credit is real
published text, taken by code (not by hand) from a public scrape: the USC Lab on Non-Democratic
Politics scraped the news pages of Agência Brasil, the Brazilian public news agency (EBC), of
2016 found by the word `brasil` and kept a sample in
github.com/LabOnNonDemocraticPolitics/AgenciaBrasil (`abs2016_utf-8_short.txt`, at 987dc11).
This half holds the sample's pages published from 24 November 2016 on, 17 of them (the earlier
ones are fresh27's); a page with no byline is left out (its author, and so its licence, unsaid),
as are the agency's notices about itself. The text is taken as fresh27's is
(bench/agencia_brasil.py): the scrape's blocks in order, a paragraph a line, runs of spaces made
one; a block closed by a photo credit or a time stamp, or repeating the opening of the next
block, is a caption (the scrape glued each caption to its credit, and the captions are kept
so); a line of six words or fewer, or ten without a closing mark, is an intertitle;
`*Colaborou …` and `Traducción: …` lines are credits. The page's date line, byline, captions and
credits are printed where the page printed them in the dumps that copy its pages; everything
else around the texts is written by the builder and taken from no source: press-review, wire,
chat-export and read-later layouts, front matter, mail headers, greetings, labels, contents
lists, source and link lines and footers of the digests; trails, deks (the lead's first
sentence again), dates and times in other forms, advert, subject, share, comment and "read
also" lines (titles of other pages in the set); export headers, cover pages and field lines;
trailers. Dates in the chrome come from the page's date line.

Licence: Agência Brasil published its text under Creative Commons Attribution 3.0 Brazil (CC BY
3.0 BR) in 2016, save what it marked otherwise and what it reproduced from other sources; the
photos are not taken, only the captions the agency wrote, whose credits name the photographers
and agencies. Credit: Agência Brasil / Empresa Brasil de Comunicação (EBC), and the reporters
and translators the pages name. Changes (CC BY asks that they be indicated): none to the words;
the scrape's blocks split at their line breaks, runs of spaces made one; headlines upper-cased
and lines wrapped in wire copy, intertitles in capitals where a style sheet sets them so,
Markdown markers added in the clippings and exports. The dumps are shared under CC BY 3.0 BR,
keeping that attribution. Doubts: fresh27's source and kind, tuned on, so a second look at new
pages of a known source rather than at a new source; a small half (17 texts, each pasted two to
five times in dumps of three or four); five weeks' news, several on one story (the
Chapecoense crash, the aid to Haiti, in Portuguese and in Spanish, never in one dump); every
headline holds the word `Brasil` (the scrape searched for it).

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH28, SOURCES_HEAD)
"""The twenty-eighth fresh half, fresh27's second look: Agência Brasil's later news of 2016."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
