"""The twenty-seventh fresh half, a tuning one: `python -m bench.fresh27_dumps` writes it and its
gold.

The sealed news halves score far below the tuning halves, and no tuning half held news in
Portuguese as a news agency publishes it. tests/fixtures/dumps/real/fresh27/texts.txt (written
by `python -m bench.fresh27_texts` from a clone of a public scrape) holds news of Agência Brasil,
the Brazilian public news agency, in Portuguese and from its Spanish edition, published in 2016
under CC BY 3.0 BR, a source no earlier half used so (six of its articles of other years were
read in earlier halves, none of these): politics, health, economy, culture, sport, most of two
to ten paragraphs, some cut by intertitles, with the chrome the agency printed around them, its date
line (`17/11/2016 14h41`), byline (`Paula Laboissière – Repórter da Agência Brasil`), captions
glued to their photo credits and translators' credits (`Traducción: Lucas Magdiel`). This pastes
them in the eight shapes with Portuguese and Spanish chrome in the manner of tools and sites no
earlier builder imitates (a ministry's press clipping with `▬` rules, the agency's Spanish
service as wire copy closed by `(FIN DE LA NOTA)`, a chat export with `[date time] Redação:`
lines, clippings with Portuguese front-matter keys and the real byline, notes with `###`
intertitles, a clipping forwarded from Outlook in Portuguese with `»` labels, a feed's digest
by mail, an embassy's bulletin in Spanish with a `Sumario`, the agency's own pages in Portuguese
and in Spanish, a regional portal's republished copies, LexisNexis exports of Portuguese and
Spanish text, a Nexis Uni delivery narrowed to Portuguese, a Factiva display, the agency's
credits and Brazilian desk trailers). Everything around the texts but the agency's own lines is
written here. It is a tuning half: its dumps, gold and misses may be read and tuned on
(tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import database_exports as export
from bench import page_layout as layout
from bench.agencia_brasil import AGENCY, HOLDER, byline, clock, writer
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH27 = REAL / "fresh27"
TEXTS = FRESH27 / "texts.txt"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """A ministry's press clipping kept as one text file: `CLIPPING | Agência Brasil | date`
    over each headline, the page's byline, the body, and a `▬▬▬` rule between items."""
    dump = Dump.named("classic_01", "Portuguese press clipping: CLIPPING | source | date, ▬ rules")
    idents = layout.ids_of(t, "pt-aluminio-de-bebidas", "pt-origem-diz-ibge")
    idents += layout.ids_of(t, "pt-sancoes-ao-ira", "pt-hoje-em-brasilia")
    pages = [
        (
            i,
            [
                f"CLIPPING | {AGENCY} | {layout.numeric_date(t[i])}",
                layout.Title(),
                byline(t[i]),
                "",
                layout.Body(),
            ],
        )
        for i in idents
    ]
    return layout.ruled_pages(dump, t, pages, "▬" * 24)


def classic_02(t: dict[str, Text]) -> Dump:
    """The agency's Spanish service as a paper's desk receives it: the headline in capitals, a
    `Brasilia, date (Agência Brasil).-` line, the body wrapped at 68, `(FIN DE LA NOTA)`."""
    dump = Dump.named(
        "classic_02", "Spanish wire: HEADLINE, Brasilia, date (Agência Brasil).-, at 68, FIN"
    )
    idents = layout.ids_of(t, "es-camara-de-diputados", "es-enviados-haiti")
    idents += layout.ids_of(t, "es-transcurrieron-en-paz", "es-enriquecimiento-de-uranio")
    wire = layout.Body(wrap=68)
    pages = [
        (
            i,
            [
                layout.Title(upper=True),
                f"Brasilia, {layout.own_date(t[i])} ({AGENCY}).-",
                "",
                wire,
            ],
        )
        for i in idents
    ]
    return layout.ended(dump, t, pages, "(FIN DE LA NOTA)")


def classic_03(t: dict[str, Text]) -> Dump:
    """News pasted from a chat export: each headline on the line of its message's `[date
    time] Redação:` stamp, the body under it, one blank line between messages."""
    dump = Dump.named("classic_03", "Chat export (pt): [dd/mm/yyyy hh:mm] Redação: headline")
    idents = layout.ids_of(t, "pt-eleicao-de-trump", "pt-mulheres-do-que-homens")
    idents += layout.ids_of(t, "pt-handebol-masculino", "pt-perde-no-badminton")
    pages = [
        (
            i,
            [
                layout.Title(f"[{layout.numeric_date(t[i])} {clock(t[i])}] Redação: {{}}"),
                layout.Body(),
            ],
        )
        for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 1)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Clippings saved as Markdown with Portuguese front-matter keys: `título:` (the only
    headline), `autor:` (the page's byline), `publicado:`, `fonte:` and `tags:`, then the
    captions and the body with `##` intertitles."""
    dump = Dump.named(
        "clipper_markdown_01", "Portuguese clippings: título/autor/publicado/fonte, no H1", ".md"
    )

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        fields = [
            f"autor: {byline(text)}",
            f"publicado: {text.above[0]}",
            f"fonte: {text.url}",
        ]
        head = ["---", layout.Title('título: "{}"'), *fields, "tags: [agência-brasil]", "---"]
        return [*head, "", *layout.captioned(text), layout.Body(render=layout.markdown)]

    idents = layout.ids_of(t, "pt-zika-diz-ministro", "pt-97-no-brasil-diz-ibge")
    idents += layout.ids_of(t, "pt-sinais-de-melhoria")
    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes kept in one Markdown file: a `# Title`, an italic `*Agência Brasil — date line*`
    line, the body with `###` intertitles, and a `---` rule between notes."""
    dump = Dump.named(
        "clipper_markdown_02", "Notes (es, pt): # Title, *Agência Brasil — date*, ###, ---", ".md"
    )
    idents = layout.ids_of(t, "es-vicegobernador-de-goias", "es-festival-de-brasilia")
    idents += layout.ids_of(t, "pt-desde-setembro", "es-repercute-en-brasil")
    body = layout.Body(render=layout.headings("###"))
    pages = [
        (i, [layout.Title("# {}"), "", f"*{AGENCY} — {t[i].above[0]}*", "", body]) for i in idents
    ]
    return layout.ruled_pages(dump, t, pages, "---")


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A press office's clipping forwarded from Outlook in Portuguese: `De:`/`Enviado:`/
    `Para:`/`Assunto: ENC:`, a greeting, `» SECTION` labels, each item's date line and byline,
    its opening paragraph, a `Continue lendo:` link, and the signature."""
    dump = Dump.named(
        "email_digest_01", "Outlook forward (pt): Assunto: ENC:, » LABEL, Continue lendo:"
    )
    dump.matter(
        "Bom dia a todos, segue o clipping de ontem.",
        "",
        "De: Assessoria de Comunicação <ascom@saude.example.gov.br>",
        "Enviado: terça-feira, 15 de novembro de 2016 08:12",
        "Para: Equipe Técnica <equipe@saude.example.gov.br>",
        "Assunto: ENC: Clipping Saúde e Justiça - 14/11/2016",
        "",
        "Prezados,",
        "seguem as matérias selecionadas de ontem.",
    )
    items = (
        ("» JUSTIÇA", "pt-desde-setembro"),
        ("» SAÚDE", "pt-aumentar-no-brasil"),
        ("» SAÚDE", "pt-mulheres-do-que-homens"),
        ("» DIREITOS HUMANOS", "pt-chacina-no-brasil"),
    )
    for label, ident in layout.by_keys(t, items):
        text = t[ident]
        dump.gap(2)
        line = f"{text.above[0]} · {byline(text)}"
        items_of = [
            label,
            layout.Title(),
            line,
            "",
            layout.Body(),
            "",
            f"Continue lendo: {text.url}",
        ]
        layout.lay_out(dump, layout.opening(text, 1), items_of)
    dump.gap(2)
    dump.matter(
        "Atenciosamente,",
        "Assessoria de Comunicação",
        "Esta mensagem pode conter informação confidencial.",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A news feed's digest by mail: the feed's name and day, then each item's headline, a
    `Publicado: date line` line, the opening paragraph and `Leia a matéria completa »` with
    its address, a `—` rule between items, and the service's footer."""
    dump = Dump.named("email_digest_02", "Feed digest by mail (pt): Publicado:, Leia a matéria »")
    dump.matter(
        "Subject: Agência Brasil - Últimas notícias (4 novos itens)",
        "From: Alertas de Feed <alertas@feeds.example.net>",
        "",
        "Agência Brasil - Últimas notícias",
        "Resumo de 28/10/2016",
    )
    idents = layout.ids_of(t, "pt-cresce-no-brasil", "pt-aluminio-de-bebidas")
    idents += layout.ids_of(t, "pt-diz-perita-do-mnpct", "pt-taxas-de-juros")
    for ident in idents:
        text = t[ident]
        dump.gap()
        dump.separator("—")
        dump.gap()
        more = f"Leia a matéria completa » {text.url}"
        items = [layout.Title(), f"Publicado: {text.above[0]}", "", layout.Body(), "", more]
        layout.lay_out(dump, layout.opening(text, 1), items)
    dump.gap(2)
    dump.matter(
        "Você recebe este e-mail porque assinou o feed da Agência Brasil.",
        "Cancelar assinatura: https://feeds.example.net/cancelar?f=agbr",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """An embassy's press bulletin in Spanish: its title and number, a `Sumario` of numbered
    headlines, then items `N |` with a `Fuente:` line, two paragraphs and `Nota completa:`."""
    dump = Dump.named("email_digest_03", "Embassy bulletin (es): Sumario, N | headline, Fuente:")
    idents = layout.ids_of(t, "es-exito-donald-trump", "es-trump-en-brasil")
    idents += layout.ids_of(t, "es-camara-de-diputados", "es-enviados-haiti")
    dump.matter(
        "Embajada de Brasil — Boletín informativo n.º 37",
        "Sección de Prensa y Cultura",
        "",
        "Sumario",
        *(f"{n}. {t[ident].title}" for n, ident in enumerate(idents, 1)),
    )
    for number, ident in enumerate(idents, 1):
        text = t[ident]
        dump.gap(2)
        source = f"Fuente: {AGENCY} (servicio en español), {layout.numeric_date(text)}"
        items = [
            layout.Title(f"{number} | {{}}"),
            source,
            "",
            layout.Body(),
            "",
            f"Nota completa: {text.url}",
        ]
        layout.lay_out(dump, layout.opening(text, 2), items)
    dump.gap(2)
    dump.matter("Para dejar de recibir este boletín, responda con la palabra BAJA.")
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """The agency's own pages in Portuguese: the `Agência Brasil › Section` trail, the
    headline, the date line and byline as the page printed them, its captions, the body, the
    tags and the print and mail links."""
    dump = Dump.named(
        "foreign_web_01", "Agency pages (pt): Agência Brasil › Geral, own lines, Tags:"
    )
    tags = {
        "pt-zika-diz-ministro": "saúde, zika, vacina",
        "pt-eleicao-de-trump": "economia, dólar, bolsa",
        "pt-hoje-em-brasilia": "cultura, museu, Brasília",
        "pt-cadastros-dificultam": "adoção, direitos humanos",
    }
    idents = layout.ids_of(t, *tags)

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        words = tags[next(key for key in tags if text.id.endswith(key[3:]))]
        head = [f"{AGENCY} › Geral", layout.Title(), layout.ABOVE, "", *layout.captioned(text)]
        return [
            *head,
            layout.Body(),
            "",
            f"Tags: {words}",
            "Versão para impressão | Enviar por e-mail",
        ]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 3)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """The agency's Spanish edition: `Agência Brasil en español › Política`, the headline, the
    page's date line and byline, its captions, the body, the translator's credit, `Etiquetas:`
    and the share line."""
    dump = Dump.named("foreign_web_02", "Agency pages (es): en español ›, own lines, Traducción:")
    idents = layout.ids_of(t, "es-camara-de-diputados", "es-vicegobernador-de-goias")
    idents += layout.ids_of(t, "es-transcurrieron-en-paz", "es-repercute-en-brasil")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        head = [
            f"{AGENCY} en español › Política",
            layout.Title(),
            layout.ABOVE,
            layout.CAPTIONS,
        ]
        foot = ["Etiquetas: Brasil, política", "Compartir: Facebook · Twitter · Google+"]
        return [*head, "", layout.Body(), "", layout.BELOW, "", *foot]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A regional portal's copies of the agency's news: `Início / Brasil`, the headline, a dek,
    `Por Agência Brasil | Publicado em date às hh:mm`, `Ouvir esta notícia`, a `PUBLICIDADE`
    line after the second paragraph, `Fonte: Agência Brasil` and `LEIA TAMBÉM`."""
    dump = Dump.named("foreign_web_03", "Regional portal (pt): Por Agência Brasil |, PUBLICIDADE")
    idents = layout.ids_of(t, "pt-origem-diz-ibge", "pt-chacina-no-brasil")
    idents += layout.ids_of(t, "pt-97-no-brasil-diz-ibge", "pt-cresce-no-brasil")
    body = layout.Body(inserts=((2, ("PUBLICIDADE",)),))

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        posted = f"Por {AGENCY} | Publicado em {layout.numeric_date(text)} às {clock(text)}"
        head = ["Início / Brasil", layout.Title(), *layout.dek(text), posted, "Ouvir esta notícia"]
        return [*head, "", body, "", f"Fonte: {AGENCY}", "", "LEIA TAMBÉM", other.title]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 3)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of the agency's Portuguese news: each record's rule, source, date,
    headline, `SECTION: NOTÍCIAS`, the reporter under `BYLINE:`, `LENGTH:`, the body, then
    `LOAD-DATE:`, `LANGUAGE: PORTUGUESE` and `PUBLICATION-TYPE: Agência de notícias`."""
    dump = Dump.named(
        "lexisnexis_01", "LexisNexis export (pt): BYLINE: reporter, Agência de notícias"
    )

    def lines(text: Text) -> export.LexisRecord:
        fields = [
            "SECTION: NOTÍCIAS",
            f"BYLINE: {writer(text)}",
            f"LENGTH: {export.word_count(text)} words",
        ]
        closing = export.lexis_closing(text, "PUBLICATION-TYPE: Agência de notícias")
        return export.lexis_source(text, AGENCY, 30), fields, closing

    docs = layout.ids_of(t, "pt-sancoes-ao-ira", "pt-diz-perita-do-mnpct", "pt-taxas-de-juros")
    return export.lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """LexisNexis records of the Spanish service, each opening on `Copyright <year> Empresa
    Brasil de Comunicação (EBC)` over the source, `DATELINE: Brasilia`, the body wrapped at 72,
    `GRAPHIC: Foto Agência Brasil` last."""
    dump = Dump.named("lexisnexis_02", "LexisNexis export (es): copyright EBC, DATELINE, at 72")
    docs = layout.ids_of(t, "es-exito-donald-trump", "es-trump-en-brasil")
    docs += layout.ids_of(t, "es-festival-de-brasilia", "es-enriquecimiento-de-uranio")
    fields = ["SECTION: INTERNACIONAL", "DATELINE: Brasilia"]
    source = (f"{AGENCY} - Español", 25)
    return export.copyrighted_records(
        dump, t, docs, HOLDER, source, fields, f"GRAPHIC: Foto {AGENCY}", 72
    )


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """Nexis Uni's delivery of four of the agency's pages found by its name, narrowed to
    Portuguese, under the job's cover page, each with its reporter under `Byline:`."""
    dump = Dump.named(
        "nexis_factiva_01_nexisuni", "Nexis Uni delivery (pt): job cover, Language: Portuguese"
    )
    docs = layout.ids_of(t, "pt-aumentar-no-brasil", "pt-cadastros-dificultam")
    docs += layout.ids_of(t, "pt-sinais-de-melhoria", "pt-handebol-masculino")
    export.nexis_uni_cover(
        dump,
        t,
        docs,
        [
            "User Name: =pesquisa-ufsc",
            "Date and Time: Thursday, March 5, 2026 4:10:00 PM BRT",
            "Job Number: 318660412",
            "",
        ],
        [
            "",
            f'Search Terms: "{AGENCY}"',
            "Search Type: Terms and Connectors",
            "Narrowed by: Language: Portuguese",
        ],
    )
    export.nexis_uni_documents(dump, t, docs, AGENCY, HOLDER, writer)
    return dump


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of the agency's pages under its source code, AGBRAS, in Portuguese
    and Spanish, with a licence line over each body."""
    dump = Dump.named("nexis_factiva_02_factiva", "Factiva display (pt, es): AGBRAS, CC BY line")
    docs = layout.ids_of(t, "pt-perde-no-badminton", "pt-aluminio-de-bebidas")
    docs += layout.ids_of(t, "es-trump-en-brasil", "es-enviados-haiti")
    return export.factiva_display(dump, t, docs, AGENCY, "AGBRAS", f"{HOLDER}. CC BY 3.0 BR.")


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The long intertitled pages with every short line two blank lines apart, as wide as the
    gap between pages, under the page's own date line."""
    dump = Dump.named("long_intertitles_01", "Portuguese news, short lines two blanks apart")
    idents = layout.ids_of(t, "pt-desde-setembro", "pt-aumentar-no-brasil")
    idents += layout.ids_of(t, "pt-cadastros-dificultam")
    return layout.spaced_articles(dump, t, [(i, t[i].above[0]) for i in idents], 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Copies of a site that sets intertitles in capitals, under `Brasília | date`: the
    intertitled news on health and the economy."""
    dump = Dump.named("long_intertitles_02", "Portuguese news, intertitles in capitals, Brasília |")
    idents = layout.ids_of(t, "pt-zika-diz-ministro", "pt-mulheres-do-que-homens")
    idents += layout.ids_of(t, "pt-97-no-brasil-diz-ibge", "pt-sinais-de-melhoria")
    pages = [
        (ident, [layout.Title(), line, "", "", layout.Body()])
        for ident, line in layout.dated(t, idents, "Brasília | {}")
    ]
    return layout.capitalised_pages(dump, t, pages, 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Pages copied with the date line and byline under the headline: one blank line between
    paragraphs, two around intertitles and between pages."""
    dump = Dump.named("long_intertitles_03", "Portuguese news under own lines, two blanks apart")
    idents = layout.ids_of(t, "pt-sinais-de-melhoria", "pt-cadastros-dificultam")
    idents += layout.ids_of(t, "pt-diz-perita-do-mnpct", "pt-taxas-de-juros")
    pages = [(i, [layout.Title(), layout.ABOVE, "", layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """The Spanish service's pages as papers repost them, the translator's credit the page
    printed a blank line under each, then the paper's own closing line."""
    dump = Dump.named("trailers_01", "Spanish news closed by Traducción:, then a paper's line")
    closing = (
        ("es-vicegobernador-de-goias", "(Agência Brasil)"),
        ("es-festival-de-brasilia", "Fuente: Agência Brasil – EBC"),
        ("es-transcurrieron-en-paz", "Publicado bajo licencia CC BY 3.0 BR"),
        ("es-repercute-en-brasil", "(ab/red)"),
        ("es-exito-donald-trump", "Con información de Agência Brasil"),
    )
    pages = [
        (ident, [layout.Title(), "", layout.Body(), "", layout.BELOW, line])
        for ident, (_, line) in zip(
            layout.ids_of(t, *(key for key, _ in closing)), closing, strict=True
        )
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Portuguese news whose closing line follows the last paragraph with no blank line: the
    agency's credit, a source note, the licence and a desk's initials."""
    dump = Dump.named(
        "trailers_02", "Portuguese news closed flush: credit, Fonte:, licence, initials"
    )
    trailers = (
        ("pt-sancoes-ao-ira", "— Agência Brasil/EBC"),
        ("pt-origem-diz-ibge", "Fonte: IBGE, via Agência Brasil"),
        ("pt-hoje-em-brasilia", "Conteúdo publicado sob licença CC BY 3.0 BR."),
        ("pt-eleicao-de-trump", "(ab/mr)"),
    )
    return layout.closed_by_keys(dump, t, trailers, 2, blank=False)


SOURCES_HEAD = """# Twenty-seventh fresh half (tuning): sources and licences

Written, like this file, by `python -m bench.fresh27_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh27_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: anyone may read its dumps, gold and `--show` misses and tune on them
([README.md](../README.md)). It was built because the sealed news halves score far below the
tuning halves and no tuning half held news in Portuguese as a news agency publishes it: it is
news of Agência Brasil, the Brazilian public news agency, in Portuguese and from its Spanish
edition.

Every headline, intertitle, body paragraph, caption, date line, byline and credit is real
published text, taken by code (not by hand) from a public scrape: the USC Lab on Non-Democratic
Politics scraped the agency's news pages of 2016 found by the word `brasil` and kept a sample in
github.com/LabOnNonDemocraticPolitics/AgenciaBrasil (`abs2016_utf-8_short.txt`, at 987dc11).
This half holds the sample's pages published before 24 November 2016 (the later ones are the
twenty-eighth half's, its second look); the agency's notices about itself (corrections, outages)
and one page written by another agency (Lusa) are left out: 27 of the sample's 55 pages. A body
is the page's text blocks in order, a paragraph a line, runs of spaces made one; a block closed
by a photo credit or a time stamp, or repeating the opening of the next block, is a caption; a
line of six words or fewer, or ten without a closing mark, is an intertitle; `*Colaborou …` and
`Traducción: …` lines are credits. The scrape glued each caption to its photo credit (`…Michael
GuigoReuters/Marko Djurica/Direitos Reservados`); the captions are kept so. The page's date line
(`17/11/2016 14h41`), byline and credits are printed where the page printed them in the dumps
that copy the agency's own pages; everything else around the texts is written by the builder and
taken from no source: clipping, wire, chat and note layouts, front matter, mail headers,
greetings, labels, contents lists, source and `Continue lendo` lines and footers of the digests;
trails, deks (the lead's first sentence again), dates and times in other forms, tags, share,
print, advert and "read also" lines (titles of other pages in the set) of the pages; export
headers, cover pages and field lines; trailers. Dates in the chrome come from the page's date
line.

Licence: Agência Brasil published its text under Creative Commons Attribution 3.0 Brazil (CC BY
3.0 BR) in 2016, save what it marked otherwise and what it reproduced from other sources (one
such page, Lusa's, is left out; the photos are not taken, only the captions the agency wrote,
whose credits name the photographers and agencies). Credit: Agência Brasil / Empresa Brasil de
Comunicação (EBC), and the reporters and translators the pages name. Changes (CC BY asks that
they be indicated): none to the words; the scrape's blocks split at their line breaks, runs of
spaces made one; headlines upper-cased and lines wrapped in wire copy, intertitles in capitals
where a style sheet sets them so, Markdown markers added in the clippings and notes. The dumps
are shared under CC BY 3.0 BR, keeping that attribution. Doubts: one agency's style and one
year; every headline holds the word `Brasil` (the scrape searched for it); the Spanish pages are
the agency's translations of Portuguese pages (each credits its translator), whose originals the
sample mostly does not hold; captions glued to credits as the scrape left them; a sample, not
every page of those days.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH27, SOURCES_HEAD)
"""The twenty-seventh fresh half, for tuning: Agência Brasil's news of 2016 in Portuguese and
Spanish, with the chrome its pages printed."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
