"""The fifteenth fresh half, a second-look half: `python -m bench.fresh15_dumps` writes it and
its gold.

fresh14 gave the splitter's owners long intertitled articles to tune on; this half is the same
mix from other sources, to see whether what they tune carries: tests/fixtures/dumps/real/
fresh15/texts.txt holds whole posts of the Rust blog and Inside Rust (English), of
MetaDocencia's blog (Spanish, one post in Portuguese) and of The Programming Historian's blog
in French, most of them long with their own intertitles (numbered, questions, long quoted
sayings, team names), and short posts to sit between them. This pastes them as fresh14 does,
in every shape, with chrome in the manner of tools and sites fresh14 and fresh13 do not
imitate: a Spanish text file with one blank line everywhere, English wire copy closed by
`ENDS`, Joplin exports, Hugo clippings with an italic dek, an English project newsletter, a
Spanish newsletter forwarded from Thunderbird, Uruguayan newspaper pages, a French university
library's news pages, LexisNexis exports with `HEADLINE:` and `BODY:` fields, a Nexis Uni
delivery in its French interface, a Factiva display with each code before its value, and
trailers set off or flush. Everything around the texts is written here. The half may be read
in aggregate only (its `all` and per-shape rows), never per article, and is never tuned on;
its ratchet floors are what main's splitter scored the one time it was read
(tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.database_exports import (
    documents_rule,
    factiva_id,
    lexis_date,
    nexis_uni_pages,
    word_count,
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
    ended,
    english_date,
    id_day,
    labelled_items,
    lay_out,
    lay_out_pages,
    lead_sentence,
    linked_pages,
    local_date,
    markdown,
    reading_minutes,
    spaced_articles,
    titled_front_matter,
)

FRESH15 = REAL / "fresh15"
TEXTS = FRESH15 / "texts.txt"


_SOURCE = {
    "en": "Rust Blog",
    "es": "MetaDocencia",
    "pt": "MetaDocencia",
    "fr": "Programming Historian en français",
}
"""The name an export gives each text's source, by its language (one source a language)."""


def _local_day(text: Text) -> str:
    """The post's day as a page in its own language writes it."""
    return local_date(id_day(text), text.language)


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Spanish posts saved as one text file with one blank line everywhere: under the
    headline, between paragraphs, around intertitles and between posts."""
    dump = Dump("classic_01", "classic", "Spanish posts, one blank line everywhere")
    idents = ("es-20240424", "es-20241218", "es-20230522", "es-20221203")
    return blank_lined(dump, t, idents)


def classic_02(t: dict[str, Text]) -> Dump:
    """English wire copy: the headline in capitals, the body wrapped at 70 columns, intertitles
    two blank lines apart, `ENDS` under each story; a short item among them."""
    dump = Dump("classic_02", "classic", "English wire copy, CAPS headlines, wrapped at 70, ENDS")
    idents = ("en-20170705", "en-20200318", "en-20180921", "en-20231215")
    pages = [(ident, [Title(upper=True), "", Body(wrap=70)]) for ident in idents]
    return ended(dump, t, pages, "ENDS")


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """English posts exported from Joplin: `title`, `updated`, `created` and `source` in the
    front matter, a `# Title` under it and `##` intertitles."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "Joplin exports: title/updated/created/source, # H1, ## intertitles",
        suffix=".md",
    )
    idents = ("en-20180727", "en-20210318", "en-20230925", "en-20260604")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        fields = [
            f"updated: 2026-10-1{number} 08:4{number}:12Z",
            f"created: {id_day(text):%Y-%m-%d} 17:02:55Z",
            f"source: {text.url}",
        ]
        items = titled_front_matter(text, True, fields)
        return [*items, Body(around=1, render=markdown)]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Spanish posts clipped into a Hugo notebook: `title`, `date`, `lang` and `tags` in the
    front matter and no heading, the lead's first sentence again as an italic dek, and `##`
    intertitles."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "Hugo clippings (es): title/date/lang/tags, no H1, *italic dek*, ## intertitles",
        suffix=".md",
    )
    idents = ("es-20240605", "es-20241108", "es-20240320", "es-20240716")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        fields = [f"date: {id_day(text):%Y-%m-%d}", "lang: es", "tags: [ciencia-abierta, lecturas]"]
        items = titled_front_matter(text, False, fields)
        dek = f"*{lead_sentence(text)}*"
        return [*items, dek, "", Body(around=1, render=markdown)]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 1)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """An English project newsletter: `From:`/`To:`/`Subject:`/`Date:`, a greeting, section
    labels in capitals over each headline, the opening paragraph, `→ Full post:` links and the
    footer."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "English project newsletter: CAPS labels, first paragraph, → Full post, footer",
    )
    dump.matter(
        "From: Systems Programming Weekly <editor@spweekly.example.net>",
        "To: subscribers@spweekly.example.net",
        "Subject: SPW #212: governance, async and a crates.io incident",
        "Date: Thu, 21 Aug 2025 07:45:10 +0000",
        "",
        "Hello readers,",
        "here is what the project wrote about itself lately.",
    )
    items = (
        ("INCIDENTS", "en-20181019"),
        ("FOUNDATION", "en-20201207"),
        ("ASYNC", "en-20210414"),
        ("GOVERNANCE", "en-20230830"),
        ("ELECTIONS", "en-20250820"),
    )
    labelled_items(dump, t, items, "→ Full post:", paragraphs=1)
    dump.gap(2)
    dump.matter(
        "You get this mail because you signed up at spweekly.example.net.",
        "Unsubscribe or change your settings: https://spweekly.example.net/settings",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A Spanish newsletter forwarded from Thunderbird in Spanish: `-------- Mensaje reenviado
    --------` and its `Asunto:`/`Fecha:`/`De:`/`Para:` lines, a greeting, `■` labels in
    capitals, each post's first two paragraphs, `Seguí leyendo:` links and the footer."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Spanish newsletter forwarded from Thunderbird (es): Mensaje reenviado, ■ CAPS labels",
    )
    dump.matter(
        "-------- Mensaje reenviado --------",
        "Asunto: Novedades de la red de docentes, junio de 2026",
        "Fecha: Mon, 15 Jun 2026 09:12:44 -0300",
        "De: Red de Docentes <novedades@reddocentes.example.org.ar>",
        "Para: lista-docentes@reddocentes.example.org.ar",
        "",
        "¡Hola, comunidad!",
        "Les compartimos algunas lecturas del semestre.",
    )
    items = (
        ("■ DEVOLUCIONES", "es-20231103"),
        ("■ COMUNIDADES", "es-20230428"),
        ("■ REPORTE 2020", "es-20210105"),
        ("■ REPORTE 2021", "es-20220119"),
        ("■ CURSOS", "es-20260611"),
    )
    labelled_items(dump, t, items, "Seguí leyendo:", paragraphs=2)
    dump.gap(2)
    dump.matter(
        "Recibís este correo porque te suscribiste a las novedades de la Red de Docentes.",
        "Para darte de baja: https://reddocentes.example.org.ar/baja",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A Uruguayan paper's education pages: a `Portada / Educación` trail, the headline, a
    `Montevideo, … · Actualizado 10:05` line, `Escuchar esta nota`, the body with a `Leé
    también:` line inside it, and a `Temas:` line."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Uruguayan paper pages (es): Portada / Educación, Montevideo … Actualizado, Leé también",
    )
    idents = ("es-20240725", "es-20240820", "es-20241004", "es-20230807")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Portada / Educación",
            Title(),
            f"Montevideo, {_local_day(text)} · Actualizado 10:0{number + 2}",
            "Escuchar esta nota",
            "",
            Body(inserts=((3, (f"Leé también: {other.title}",)),)),
            "",
            "Temas: educación, ciencia abierta, América Latina",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A French university library's news pages: an `Accueil > Actualités > Humanités
    numériques` trail, the headline, `Publié le … – Mis à jour le …`, a reading time, the
    captions, the body with an `À lire aussi :` line, `Partager :` and `Mots-clés :`."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "French library news pages (fr): Accueil > trails, Publié le – Mis à jour, À lire aussi",
    )
    idents = ("fr-20190408", "fr-20190930", "fr-20191230", "fr-20200226")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = _local_day(text)
        return [
            "Accueil > Actualités > Humanités numériques",
            Title(),
            f"Publié le {day} – Mis à jour le {day}",
            f"Temps de lecture : {reading_minutes(text)} min",
            CAPTIONS,
            "",
            Body(inserts=((2, (f"À lire aussi : {other.title}",)),)),
            "",
            "Partager : Courriel | Mastodon | LinkedIn",
            "Mots-clés : humanités numériques, tutoriels, traduction",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


# lexisnexis ------------------------------------------------------------------------


def _lexis_fields(dump: Dump, t: dict[str, Text], docs: Sequence[str], source: str) -> Dump:
    """LexisNexis documents with every part under its field: `N of M DOCUMENTS`, the source,
    the date, `HEADLINE:`, `BYLINE:`, `LENGTH:`, `BODY:` over the body, then `LOAD-DATE:` and
    `LANGUAGE:`."""
    for number, ident in enumerate(docs, 1):
        text = t[ident]
        documents_rule(dump, number, len(docs), 29, 3 if number > 1 else 0)
        lay_out(
            dump,
            text,
            [
                f"{'':26}{source}",
                "",
                f"{'':22}{lexis_date(id_day(text))}",
                "",
                Title("HEADLINE: {}"),
                "",
                f"BYLINE: {source}",
                "",
                f"LENGTH: {word_count(text)} words",
                "",
                "BODY:",
                "",
                Body(),
                "",
                f"LOAD-DATE: {english_date(text)}",
                "",
                f"LANGUAGE: {'SPANISH' if text.language == 'es' else 'ENGLISH'}",
            ],
        )
    return dump


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """English posts in a LexisNexis export that puts every part under its field, the
    headline after `HEADLINE:` and the body under `BODY:`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export: HEADLINE:, BYLINE:, LENGTH:, BODY: over the body, LOAD-DATE",
    )
    return _lexis_fields(dump, t, ("en-20170515", "en-20220420", "en-20250213"), "Rust Blog")


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """Spanish posts in the same LexisNexis layout, its interface in English, under a print
    request's header."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis export of Spanish text: print request, HEADLINE:, BODY:, LANGUAGE: SPANISH",
    )
    dump.matter(
        "Print Request: Selected Documents",
        "Time of Request: Monday, October 5, 2026  16:20:03 EST",
        "Terms: (metadocencia OR ciencia abierta)",
        "Source: Blogs, Spanish Language",
        "",
    )
    docs = ("es-20240205", "es-20241020", "es-20230914b")
    return _lexis_fields(dump, t, docs, "MetaDocencia")


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery in its French interface: the job cover (`Nom d'utilisateur`, date,
    job number, `Documents (3)`, numbered headlines with `Client/Dossier:`), then each document
    with its source, date, `Longueur:`, `Corps`, `Date de chargement:` and `Fin du
    document`."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery, French interface (fr, es): Documents (N), Corps, Fin du document",
    )
    docs = ("fr-20200401", "es-20240724", "es-20230914")
    dump.matter(
        "Nom d'utilisateur: =bu-humanites",
        "Date et heure: lundi 5 octobre 2026 14:02:00 CEST",
        "Numéro de tâche: 271530298",
        "",
        f"Documents ({len(docs)})",
    )
    for number, ident in enumerate(docs, 1):
        dump.matter(f"{number}. {t[ident].title}", "Client/Dossier: -Aucun-")
    dump.matter(
        "",
        "Termes de recherche: humanités numériques OU ciencia abierta",
        "Type de recherche: Langage naturel",
    )

    def document(text: Text) -> Sequence[Item]:
        day = local_date(id_day(text), "fr")
        return [
            Title(),
            _SOURCE[text.language],
            day,
            "",
            f"Longueur: {word_count(text).replace(',', ' ')} mots",
            "",
            "Corps",
            "",
            Body(),
            "",
            f"Date de chargement: {day}",
            "",
            "Fin du document",
        ]

    return nexis_uni_pages(dump, t, docs, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva display with each field code before its value on one line: `HD`, `BY`, `WC`,
    `PD`, `SN`, `SC`, `LA`, the first paragraph after `LP`, the rest after `TD`, and `AN`."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display, code before value: HD, BY, WC, PD, SN, SC, LA, LP, TD, AN",
    )
    docs = ("en-20141120", "en-20230807", "en-20260121")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            Title("HD    {}"),
            "BY    Rust Blog",
            f"WC    {word_count(text)} words",
            f"PD    {day.day} {day:%B %Y}",
            "SN    Rust Blog",
            "SC    RSTBLG",
            "LA    English",
            "",
            "LP",
            "",
            Body(inserts=((1, ("TD",)),)),
            "",
            f"AN    Document {factiva_id('RSTBLG', day, number)}",
        ]

    return lay_out_pages(dump, t, linked_pages(t, docs, page), 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Long English posts with every short line (an intertitle, a one-line paragraph, a list
    item) set off by two blank lines, the gap that also parts the posts, a `Rust Blog · date`
    line under each headline; a short post among them."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "Long English posts, short lines two blanks apart as posts are, Rust Blog · date",
    )
    idents = ("en-20180406", "en-20230829", "en-20200226", "en-20260414")
    items = [(ident, f"Rust Blog · {english_date(t[ident])}") for ident in idents]
    return spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Long English and Portuguese posts copied with the dek under the headline, paragraphs one
    blank line apart, intertitles and posts two apart; a short post among them."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "Long English and Portuguese posts with a dek, intertitles and posts two blanks apart",
    )
    idents = ("en-20260731", "en-20240412", "en-20260504", "pt-20220915")
    pages = [(ident, [Title(), lead_sentence(t[ident]), "", "", Body()]) for ident in idents]
    return lay_out_pages(dump, t, pages, 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Long Spanish posts with numbered and question intertitles, every short line two blank
    lines from the text around it, a `Publicado el` line under each headline."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "Long Spanish posts, short lines two blanks apart as posts are, Publicado el",
    )
    idents = ("es-20241218b", "es-20231215", "es-20201218", "es-20230316")
    items = [(ident, f"Publicado el {_local_day(t[ident])}") for ident in idents]
    return spaced_articles(dump, t, items, 70)


def long_intertitles_04(t: dict[str, Text]) -> Dump:
    """English and Spanish posts copied from pages whose style sheet sets intertitles in
    capitals, a `By … | date` line under each headline, paragraphs one blank line apart,
    intertitles and posts two; a short post among them."""
    dump = Dump(
        "long_intertitles_04",
        "long_intertitles",
        "Long posts (en, es), intertitles in capitals two blanks apart as posts are, By … |",
    )
    idents = ("en-20251210", "en-20201023", "en-20251028", "es-20201019")
    capitals = {ident: capital_intertitles(t[ident]) for ident in idents}
    pages = [
        (ident, [Title(), f"By the editors | {english_date(t[ident])}", "", "", Body()])
        for ident in idents
    ]
    return lay_out_pages(dump, capitals, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """English posts republished by an aggregator, closed a blank line under the body by a
    credit in parentheses, a `(Reporting by …)` line, a `Filed` line or a licence line; a
    short post among them."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "English posts closed by (Rust Blog), (Reporting by …), Filed … UTC, licence lines",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("en-20240514", ("(Rust Blog)",)),
        ("en-20250326", ("(Reporting by the Leadership Council; editing by the blog team)",)),
        ("en-20241216", (f"Filed {id_day(t['en-20241216']):%Y-%m-%d} 14:00 UTC",)),
        ("en-20210504", ("Text: Rust Blog, MIT OR Apache-2.0",)),
    ]
    return closed_by(dump, t, items, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Spanish posts with their trailers set flush under the last paragraph: a desk's
    initials, a source line in parentheses, an author line in capitals, a `Publicado
    originalmente en` line."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "Spanish posts closed flush by MetaDocencia/ag, (Fuente: …), CAPS author, Publicado",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("es-20230725", ("MetaDocencia/ag",)),
        ("es-20240829", ("(Fuente: MetaDocencia, CC BY 4.0)",)),
        ("es-20230413", ("POR EL EQUIPO DE METADOCENCIA",)),
        ("es-20230825", ("Publicado originalmente en metadocencia.org",)),
    ]
    return closed_by(dump, t, items, 2, blank=False)


SOURCES_HEAD = """# Fifteenth fresh half (second look): sources and licences

Built by `python -m bench.fresh15_dumps` from [texts.txt](texts.txt); this file too. This is a
**second-look** half: it is never tuned on, never read per article, and only its aggregates
(the `all` and per-shape rows of `python -m bench.split_quality`) may be read
([README.md](../README.md)). It holds the mix of fresh14, the tuning half built with it (most
articles long, with several intertitles of their own, pasted in the ways long articles are
pasted), from three sources no earlier half used, so that what is tuned on fresh14 can be
checked on text nobody tuned on.

Every headline, intertitle, caption and body paragraph is real published text, copied verbatim
from the Markdown source of the post named below (whitespace aside): a post of the Rust blog
or of its Inside Rust blog (blog.rust-lang.org; read in github.com/rust-lang/blog.rust-lang.org,
`content/`, at its snapshot of 22 August 2026), a post of MetaDocencia's blog
(www.metadocencia.org/post/; read in github.com/MetaDocencia/SitioWeb-NV, `content/post/`, at
its snapshot of 21 August 2026), or a post of The Programming Historian's blog in French
(read in github.com/programminghistorian/jekyll, `_posts/`, at the commit in its address). A
body is the whole post: every paragraph and heading (any level is an intertitle), in order; a
list item, a blockquote's text or a line ended by a hard break is a paragraph of its own;
links, link definitions, emphasis, images, footnote marks and footnotes, HTML, Hugo shortcodes,
tables and code blocks are removed (and a heading left with nothing under it once its table is
removed), and a figure's caption is kept as a caption. Code-heavy Rust posts (more
than one code block) and release announcements are left out; so is MetaDocencia's Spanish post
of 15 November 2021, which The Carpentries published too (fresh14 has it), and the Spanish
twin of its Portuguese post. Everything around the texts is written by the builder and taken
from no source: mail headers, greetings, footers, section labels, bylines, publication and date
lines, reading times, breadcrumbs, share lines, "read also" lines (titles of other articles in
the set), export headers, cover pages and field lines, front matter, trailers; a dek repeats the
lead's first sentence, as sites and clippers do, and one dump sets the intertitles in capitals
as a page's style sheet shows them. Dates in the chrome come from the post's own date, which
its id holds.

Licences: the Rust blog's repository README: "Like everything in Rust, the blog is licensed
MIT/Apache 2.0" (LICENSE-MIT and LICENSE-APACHE; the notices are kept here: Copyright (c) The
Rust Project Developers). MetaDocencia's licence page (content/licencia/index.md): "Los
contenidos de este sitio están bajo licencia Atribución 4.0 Internacional (CC BY 4.0)". The
Programming Historian's footer, as a stored copy of its Spanish pages prints it: "The
Programming Historian en español (ISSN: 2517-5769) se publica con una licencia CC-BY" (linking
to CC BY 4.0), and lessons that reuse its English edition cite "The Programming Historian ISSN
2397-2068, is released under the Creative Commons Attribution license (CC BY 4.0)"; the
French edition (ISSN 2631-9462) is the same journal under the same footer (its French wording
was not read). The dumps keep those notices here and are shared under the same terms,
with attribution to each post's address below; changes: markup removed as said above,
intertitles upper-cased in one dump, paragraphs wrapped in wire copy. Doubts: the French texts
are five, one team's newsletters and notices (the repository was too large to fetch whole, so
they were read file by file), and their addresses are the repository files, since the site's
addresses for posts that share a name could not be checked; the Portuguese text is one long
report (5,106 words); the English texts are one project's governance, survey and incident
posts, far from agency news; some MetaDocencia paragraphs are bold lead-ins (`Algunas
recomendaciones puntuales…:`) kept as body, and one keeps a stray `](/post/)` as published.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH15, SOURCES_HEAD)
"""The fifteenth fresh half, a second look: Rust blog, MetaDocencia and Programming Historian
posts, whole, with their intertitles, in English, Spanish, French and Portuguese."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
