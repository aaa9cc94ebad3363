"""The sixteenth fresh half, a tuning half: `python -m bench.fresh16_dumps` writes it and its
gold.

The sealed halves lose most bodies in four shapes besides long intertitled articles: trailers
under the body (wire sign-offs, credits in parentheses, `(Reporting by …)`, creation-date
lines, author lines in capitals or italics), articles copied from a site's page with its
chrome, plain-text email digests, and web pages in French, Spanish, German, Portuguese or
Italian. No half open for tuning showed them failing on fresh text. This half is that text:
tests/fixtures/dumps/real/fresh16/texts.txt holds whole posts of the OpenTelemetry blog (CC BY
4.0) in English, Spanish and Portuguese, a source no earlier half used, pasted here in those
four shapes only, with chrome in the manner of real outlets, sites, mail clients and wires.
Everything around the texts is written here. The half is open: its dumps and misses may be
read and tuned on, and its ratchet floors are what main's splitter scored when it landed
(tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    Body,
    Item,
    Title,
    closed_by,
    dek,
    digest_items,
    english_date,
    id_day,
    lay_out,
    lay_out_pages,
    linked_pages,
    local_date,
    numeric_date,
    opening,
    reading_minutes,
)

FRESH16 = REAL / "fresh16"
TEXTS = FRESH16 / "texts.txt"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts copied from the blog's own pages, the site's menu and a breadcrumb over each
    headline, a byline and date under it, and the page's feedback lines under the body."""
    dump = Dump(
        "classic_01",
        "classic",
        "Blog pages copied whole: menu, breadcrumb, By … | date, Was this page helpful?",
    )
    idents = ("en-20191106o", "en-20221024o", "en-20230417o")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            "Docs  Ecosystem  Status  Community  Training  Blog",
            f"Blog  /  {day.year}  /  {text.title}",
            "",
            Title(),
            f"By OpenTelemetry Authors | {day:%A, %B %d, %Y}",
            "",
            Body(),
            "",
            "Was this page helpful?",
            "Yes  No",
            f"Last modified {day:%B %d, %Y}",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts copied from a tech news aggregator's pages: the cookie banner, a section trail, a
    reading time and update line, share buttons, the body, a `Related:` line, tags and a
    comment count."""
    dump = Dump(
        "classic_02",
        "classic",
        "Aggregator pages: cookie banner, trail, min read · Updated, Share, Related:, Tags",
    )
    idents = ("en-20221103o", "en-20230929o", "en-20241220o")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "We use cookies to improve your experience on our site. Accept all | Manage",
            "Cloud Native › Observability",
            Title(),
            f"{reading_minutes(text)} min read · Updated {english_date(text)}",
            "Share on X · LinkedIn · Reddit · Email",
            "",
            Body(),
            "",
            f"Related: {other.title}",
            "Tags: OpenTelemetry, observability, open source",
            f"Comments ({number * 3 + 2})",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts republished on a blogging platform and copied from its pages: the author's name
    and `Follow` under the headline, the reading time and day, `Listen` and `Share`, the body,
    then one tag a line and the author's box."""
    dump = Dump(
        "classic_03",
        "classic",
        "Blogging-platform pages: Follow, N min read · date, Listen, Share, tags, Written by",
    )
    idents = ("en-20230210o", "en-20240117o", "en-20240607o")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            Title(),
            "",
            "OpenTelemetry Authors",
            "Follow",
            f"{reading_minutes(text)} min read · {day:%b} {day.day}, {day.year}",
            "Listen",
            "Share",
            "",
            Body(),
            "",
            "Open Source",
            "Observability",
            "Written by OpenTelemetry Authors",
            f"{1_200 + number * 37} Followers",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def classic_04(t: dict[str, Text]) -> Dump:
    """Posts copied from a newsletter platform's archive pages with one blank line everywhere:
    `Subscribe`/`Sign in`, the headline, the publication and day, `Share`, the body, the
    subscribe box and the like and comment buttons."""
    dump = Dump(
        "classic_04",
        "classic",
        "Newsletter archive pages, one blank line everywhere: Subscribe, Share, Restack",
    )
    idents = ("en-20230131o", "en-20230803o", "en-20231021o")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            "Subscribe",
            "Sign in",
            "",
            Title(),
            "",
            "OpenTelemetry in Focus",
            f"{day:%b} {day.day}, {day.year}",
            "Share",
            "",
            Body(around=1),
            "",
            "Thanks for reading! Subscribe for free to receive new posts and support our work.",
            "",
            "Like  Comment  Restack",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 1)


def classic_05(t: dict[str, Text]) -> Dump:
    """Posts cross-posted to a developer community site and copied from its pages: the tags
    over the headline's byline, `Posted on … • Originally published at …`, the body, and the
    comment and follow lines, pages apart by three blank lines."""
    dump = Dump(
        "classic_05",
        "classic",
        "Developer-community pages: #tags, Posted on • Originally published at, Top comments",
    )
    idents = ("en-20250926o", "en-20250819o", "en-20230501o")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            "OpenTelemetry",
            f"Posted on {day:%b} {day.day}, {day.year} • Originally published at opentelemetry.io",
            "",
            Title(),
            "#opentelemetry #observability #opensource #cncf",
            "",
            Body(),
            "",
            "Top comments (0)",
            "Subscribe",
            f"Read next: {other.title}",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A plain-text weekly digest: `Subject:`/`From:`/`Date:`/`To:`, a greeting, section labels
    in capitals, headlines (one ending in `?`), a publication line, the opening paragraph,
    `Read more: URL` and the unsubscribe footer."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Plain-text weekly digest: CAPS labels, headlines with ?, publication line, Read more",
    )
    dump.matter(
        "Subject: Observability Weekly #87: histograms, graduation and APAC sessions",
        "From: Observability Weekly <digest@obsweekly.example.com>",
        "Date: Fri, 17 Jul 2026 06:30:02 +0000",
        "To: reader@example.org",
        "",
        "Hi there,",
        "five reads from the OpenTelemetry blog this week.",
    )
    items = (
        ("EXPLAINERS", "en-20230508o"),
        ("PROJECT NEWS", "en-20260715o"),
        ("COMMUNITY", "en-20221206o"),
        ("EVENTS", "en-20221010o"),
        ("IN PRACTICE", "en-20220817o"),
    )
    digest_items(dump, t, items, "OpenTelemetry Blog, {}", "Read more: ")
    dump.gap(2)
    dump.matter(
        "--",
        "You are receiving this email because you subscribed to Observability Weekly.",
        "Unsubscribe: https://obsweekly.example.com/unsubscribe?u=8c1f2",
        "Observability Weekly, 548 Market St, San Francisco, CA 94104",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A project newsletter forwarded from Gmail: the forward's header, a note from the one
    forwarding it, the newsletter's greeting, `== LABEL ==` sections, two opening paragraphs a
    post, `Read more:` links and a footer with the preferences and unsubscribe links."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Newsletter forwarded from Gmail: == LABEL == sections, two-paragraph leads, Read more",
    )
    dump.matter(
        "FYI, the elections item is the one I mentioned.",
        "",
        "---------- Forwarded message ---------",
        "From: CNCF Community Digest <news@cncf-digest.example.net>",
        "Date: Mon, Apr 7, 2025 at 8:15 AM",
        "Subject: Community Digest: elections, the demo, Contribfest and the JS SDK",
        "To: <platform-team@example.com>",
        "",
        "Hello,",
        "here are the stories our readers opened most this month.",
    )
    items = (
        ("== GOVERNANCE ==", "en-20220915o"),
        ("== DEMO ==", "en-20230421o"),
        ("== EVENTS ==", "en-20231113o"),
        ("== INFRASTRUCTURE ==", "en-20240827o"),
        ("== INSTRUMENTATION ==", "en-20250625o"),
        ("== RELEASES ==", "en-20250326o"),
    )
    digest_items(dump, t, items, "via opentelemetry.io · {}", "Read more: ", paragraphs=2)
    dump.gap(2)
    dump.matter(
        "Manage preferences: https://cncf-digest.example.net/prefs",
        "Unsubscribe from this list: https://cncf-digest.example.net/unsubscribe",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A Spanish newsletter: `Asunto:`/`De:`/`Fecha:`/`Para:`, a greeting, section labels in
    capitals, headlines (one opening with `¿`), a publication line, the opening paragraph,
    `Leer más:` links and the footer to unsubscribe."""
    dump = Dump(
        "email_digest_03",
        "email_digest",
        "Spanish newsletter (es): Asunto/De/Fecha, CAPS labels, ¿headlines?, Leer más",
    )
    dump.matter(
        "Asunto: Boletín de observabilidad n.º 42: nombres, configuración y Prometheus",
        "De: Boletín Observabilidad <boletin@observa.example.es>",
        "Fecha: martes, 26 de mayo de 2026, 8:04",
        "Para: suscriptores@observa.example.es",
        "",
        "¡Hola!",
        "Estas son las lecturas de la quincena.",
    )
    items = (
        ("INVESTIGACIÓN", "es-20250722o"),
        ("BUENAS PRÁCTICAS", "es-20250911o"),
        ("CONVENCIONES", "es-20250827o"),
        ("CONFIGURACIÓN", "es-20251020o"),
        ("NOTICIAS DEL PROYECTO", "es-20260521o"),
    )
    digest_items(dump, t, items, "Blog de OpenTelemetry · {}", "Leer más: ")
    dump.gap(2)
    dump.matter(
        "Recibes este correo porque te suscribiste al Boletín Observabilidad.",
        "Darse de baja: https://observa.example.es/baja",
    )
    return dump


def email_digest_04(t: dict[str, Text]) -> Dump:
    """A Portuguese newsletter: `Assunto:`/`De:`/`Data:`/`Para:`, a greeting, section labels
    in capitals, headlines, the opening paragraph, `Leia mais:` links and the footer to cancel
    the subscription."""
    dump = Dump(
        "email_digest_04",
        "email_digest",
        "Portuguese newsletter (pt): Assunto/De/Data, CAPS labels, Leia mais, descadastro",
    )
    dump.matter(
        "Assunto: Newsletter Observabilidade #19 — convenções, métricas e configuração",
        "De: Observabilidade em Foco <contato@obsemfoco.example.com.br>",
        "Data: qui., 23 de out. de 2025 às 09:12",
        "Para: leitores@obsemfoco.example.com.br",
        "",
        "Olá, pessoal!",
        "Separamos os textos mais lidos do mês.",
    )
    items = (
        ("CONVENÇÕES", "pt-20250827o"),
        ("MÉTRICAS", "pt-20250911o"),
        ("CONFIGURAÇÃO", "pt-20251017o"),
        ("COMUNIDADE", "pt-20250915o"),
        ("LOCALIZAÇÃO", "pt-20240820o"),
    )
    digest_items(dump, t, items, "Blog do OpenTelemetry · {}", "Leia mais: ")
    dump.gap(2)
    dump.matter(
        "Você recebeu este e-mail porque se inscreveu na Observabilidade em Foco.",
        "Para cancelar a inscrição, acesse https://obsemfoco.example.com.br/descadastrar",
    )
    return dump


def email_digest_05(t: dict[str, Text]) -> Dump:
    """A newsletter's plain-text part: `From:`/`Subject:`/`Date:`, an `In this issue:` list of
    the headlines, a greeting, sections in capitals each over two stories (the label over the
    first only), the opening paragraph, an arrow and `Read more:` line, and the footer."""
    dump = Dump(
        "email_digest_05",
        "email_digest",
        "Newsletter plain part: In this issue list, CAPS sections of two stories, → Read more",
    )
    sections = (
        ("GOVERNANCE & COMMUNITY", ("en-20250929o", "en-20251205o")),
        ("SURVEYS", ("en-20250131o", "en-20250217o")),
        ("ROADMAPS", ("en-20250122o", "en-20250512o")),
    )
    dump.matter(
        "From: The Telemetry Letter <hello@telemetryletter.example.io>",
        "Subject: The Telemetry Letter — elections, surveys and the Go and Arrow roadmaps",
        "Date: Thu, 11 Dec 2025 14:00:00 +0100",
        "",
        "In this issue:",
    )
    dump.matter(*(f"- {t[ident].title}" for _, idents in sections for ident in idents))
    dump.matter("", "Good afternoon,", "six posts from the OpenTelemetry blog worth your time.")
    for label, idents in sections:
        for number, ident in enumerate(idents):
            text = t[ident]
            dump.gap(2)
            head: list[Item] = [] if number else [label, ""]
            more = f"→ Read more: {text.url}"
            lay_out(dump, opening(text, 1), [*head, Title(), "", Body(), "", more])
    dump.gap(2)
    dump.matter(
        "———",
        "You're reading The Telemetry Letter because you signed up at telemetryletter.example.io.",
        "Unsubscribe: https://telemetryletter.example.io/unsubscribe",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A Spanish tech portal's pages: a `Portada > Tecnología` trail, the headline, the lead's
    first sentence as a dek, a `Redacción | Madrid | date - time h | Actualizado:` line, a
    reading time, the body with a `Lee también:` line, share, tag and comment lines."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Spanish portal pages (es): Portada > trail, dek, Redacción | Actualizado, Lee también",
    )
    idents = ("es-20250915o", "es-20250811o", "es-20250911o", "es-20260521o")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = numeric_date(text)
        return [
            "Portada > Tecnología > Software libre",
            Title(),
            *dek(text),
            f"Redacción | Madrid | {day} - 10:3{number} h | Actualizado: {day} - 18:0{number} h",
            f"Tiempo de lectura: {reading_minutes(text)} min",
            "",
            Body(inserts=((2, (f"Lee también: {other.title}",)),)),
            "",
            "Compartir en: Facebook | X | LinkedIn | WhatsApp | Correo",
            "Etiquetas: OpenTelemetry, observabilidad, código abierto",
            f"{number + 2} comentarios",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A Latin American paper's technology pages: a section label in capitals over the
    headline, a `Por Redacción · date · N lecturas` line, `Escuchar nota`, the body, and a
    `Notas relacionadas` list of the other headlines."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Latin American paper pages (es): TECNOLOGÍA, Por Redacción · lecturas, relacionadas",
    )
    idents = ("es-20250827o", "es-20250722o", "es-20251020o")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = local_date(id_day(text), "es")
        rest = [t[ident].title for ident in idents if ident != text.id]
        return [
            "TECNOLOGÍA",
            Title(),
            f"Por Redacción · {day} · {1_245 + number * 311:,} lecturas".replace(",", "."),
            "Escuchar nota",
            "",
            Body(),
            "",
            "Notas relacionadas",
            *rest,
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A Brazilian portal's pages: an `Início › Tecnologia` trail, the headline and a dek, a
    `Por Redação | Publicado em … às 10h05 · Atualizado em …` line, a reading time and view
    counter, the body with a `Leia também:` line, share and tag lines."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Brazilian portal pages (pt): Início › trail, dek, Publicado em … às, Leia também",
    )
    idents = ("pt-20250915o", "pt-20250811o", "pt-20250911o", "pt-20260521o")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = numeric_date(text)
        views = f"{2_317 + number * 128:,}".replace(",", ".")
        return [
            "Início › Tecnologia › Software livre",
            Title(),
            *dek(text),
            f"Por Redação | Publicado em {day} às 10h0{number} · Atualizado em {day} às 14h22",
            f"Tempo de leitura: {reading_minutes(text)} min · {views} visualizações",
            "",
            Body(inserts=((3, (f"Leia também: {other.title}",)),)),
            "",
            "Compartilhe: WhatsApp | Facebook | X | LinkedIn",
            "Tags: OpenTelemetry, observabilidade, código aberto",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """A Portuguese news site's pages: the section over the headline, a short date and time, a
    `Redação` byline, the body, a `Leia mais` list of the other headlines and `Ver
    comentários`."""
    dump = Dump(
        "foreign_web_04",
        "foreign_web",
        "Portuguese news pages (pt-PT): section, 20 ago. 2024, 10:05, Redação, Leia mais",
    )
    idents = ("pt-20250827o", "pt-20240820o", "pt-20251017o")
    months = "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split()

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        rest = [t[ident].title for ident in idents if ident != text.id]
        return [
            "Tecnologia",
            Title(),
            f"{day.day} {months[day.month - 1]} {day.year}, 10:0{number + 5}",
            "Redação",
            "",
            Body(),
            "",
            "Leia mais",
            *rest,
            "Ver comentários",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """English posts republished by a wire-style service, each closed a blank line under the
    body by a credit in parentheses, a `(Reporting by …)` line, a creation-date line or a
    desk sign-off."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "English posts closed by (OpenTelemetry Blog), (Reporting by …), Created …, — desk",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("en-20221006o", ("(OpenTelemetry Blog)",)),
        (
            "en-20230202o",
            ("(Reporting by the OpenTelemetry community; Editing by the newsletter desk)",),
        ),
        ("en-20240722o", (f"Created {id_day(t['en-20240722o']):%d/%m/%Y} 16:05 CET",)),
        ("en-20250217o", ("— OTel News Desk",)),
    ]
    return closed_by(dump, t, items, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """English posts with their trailers set flush under the last paragraph: an author line in
    capitals, an italic credit, a `(Reporting by …)` line, a copyright line."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "English posts closed flush by a CAPS author line, *italic credit*, (Reporting by …)",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("en-20220512o", ("BY THE OPENTELEMETRY .NET SIG",)),
        ("en-20230913o", ("*Text: OpenTelemetry Authors, CC BY 4.0*",)),
        (
            "en-20240710o",
            ("(Reporting by the OpenTelemetry blog team; Editing by the events desk)",),
        ),
        ("en-20251112o", ("Copyright © The OpenTelemetry Authors",)),
    ]
    return closed_by(dump, t, items, 2, blank=False)


def trailers_03(t: dict[str, Text]) -> Dump:
    """English posts pasted one blank line apart, each closed flush by its trailer, so that
    the trailer sits right above the next headline: a wire sign-off with its day, a licence
    line, an italic author line, `ENDS`."""
    dump = Dump(
        "trailers_03",
        "trailers",
        "English posts one blank apart, trailers flush above the next headline, ENDS",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("en-20230525o", (f"-- OTel Wire, {english_date(t['en-20230525o'])}",)),
        ("en-20240903o", ("(c) The OpenTelemetry Authors | CC BY 4.0",)),
        ("en-20250930o", ("_Posted by the OpenTelemetry Kotlin SIG_",)),
        ("en-20250529o", ("ENDS",)),
    ]
    return closed_by(dump, t, items, 1, blank=False)


def trailers_04(t: dict[str, Text]) -> Dump:
    """Spanish posts with their trailers set flush under the last paragraph: a source in
    parentheses, a desk line, an author line in capitals, a `Publicado originalmente` line."""
    dump = Dump(
        "trailers_04",
        "trailers",
        "Spanish posts closed flush by (Fuente: …), Redacción/OTel, CAPS author, Publicado",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("es-20250915o", ("(Fuente: blog de OpenTelemetry)",)),
        ("es-20250811o", ("Redacción / OTel",)),
        ("es-20260521o", ("POR EL EQUIPO DE OPENTELEMETRY",)),
        (
            "es-20251020o",
            (f"Publicado originalmente el {numeric_date(t['es-20251020o'])} en opentelemetry.io",),
        ),
    ]
    return closed_by(dump, t, items, 2, blank=False)


def trailers_05(t: dict[str, Text]) -> Dump:
    """Portuguese posts each closed a blank line under the body: a credit in parentheses, an
    italic translation credit, a creation-date line, a desk line in capitals."""
    dump = Dump(
        "trailers_05",
        "trailers",
        "Portuguese posts closed by (Com informações …), *Tradução*, Criado em, REDAÇÃO",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("pt-20240820o", ("(Com informações do blog do OpenTelemetry)",)),
        ("pt-20250811o", ("*Tradução: comunidade de localização pt-BR do OpenTelemetry*",)),
        ("pt-20260521o", (f"Criado em {numeric_date(t['pt-20260521o'])} 09:14",)),
        ("pt-20250915o", ("REDAÇÃO OPENTELEMETRY BRASIL",)),
    ]
    return closed_by(dump, t, items, 2)


SOURCES_HEAD = """# Sixteenth fresh half (tuning): sources and licences

Built by `python -m bench.fresh16_dumps` from [texts.txt](texts.txt); this file too. This is a
**tuning** half: its dumps, gold and `--show` misses may be read and tuned on
([README.md](../README.md)). It holds the four shapes the sealed halves lose most bodies in,
besides long intertitled articles: trailers, articles copied from a site's page with its
chrome, plain-text email digests and foreign web pages (Spanish and Portuguese here), from a
source no earlier half used.

Every headline and body paragraph is real published text, copied verbatim from the Markdown
source of the post named below (whitespace aside): a post of the OpenTelemetry blog
(opentelemetry.io/blog, in English, and its Spanish and Portuguese localizations at /es/blog and
/pt/blog; read in github.com/open-telemetry/opentelemetry.io, `content/en/blog`,
`content/es/blog` and `content/pt/blog`, at its snapshot of 22 August 2026, commit
dd5997c8b9fafbf72ea6b8059ade242d88b8f118). A body is the whole post: every paragraph and
heading (any level is an intertitle), in order; a list item, a blockquote's text or a line
ended by a hard break is a paragraph of its own; links, link definitions, emphasis, images,
footnote marks and footnotes, HTML, HTML comments, Hugo shortcodes, tables and code blocks are
removed (and a heading left with nothing under it is dropped). The English originals of the
Spanish and Portuguese posts are left out. Everything around the texts is written by the
builder and taken from no source: mail headers, greetings, section labels, publication lines,
`Read more` lines and footers of the digests; menus, breadcrumbs, bylines, dates, reading
times, cookie banners, share, tag, comment, follow and feedback lines of the copied pages;
trails, deks (the lead's first sentence again, as sites print one), date and update lines,
view counters and "read also" lines (titles of other articles in the set) of the Spanish and
Portuguese pages; and the trailers (credits in parentheses, `(Reporting by …)`, creation-date
lines, author lines in capitals or italics, desk sign-offs, `ENDS`), in the shapes real outlets
print them. Dates in the chrome come from the post's own date, which its id holds.

Licence: the repository's LICENSE is the Creative Commons Attribution 4.0 International
licence (CC BY 4.0) for the site's content (code samples are under LICENSE-CODE, Apache 2.0,
and none is used here); © the OpenTelemetry Authors. The dumps are shared under the same
terms, with attribution to each post's address below; changes: markup removed as said above,
chrome and trailers added around the texts. Doubts: the posts are one project's announcements,
event notes, surveys and guides, far from agency news; the Spanish and Portuguese texts are
localizations of six English posts (so the two languages share their subjects), and the
naming guides are long runs of short list items.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH16, SOURCES_HEAD)
"""The sixteenth fresh half, for tuning: OpenTelemetry blog posts in English, Spanish and
Portuguese, pasted as trailers, copied pages, email digests and foreign web pages."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
