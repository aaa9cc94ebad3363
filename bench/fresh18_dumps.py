"""The eighteenth fresh half, a tuning half: `python -m bench.fresh18_dumps` writes it and its
gold.

On every half nobody tuned on, the splitter loses most bodies in one way: a long article split
apart at one of its own short lines (an intertitle, a one-line paragraph, a list item, a
quotation's credit) taken for the next article's headline; and the tuning half that shows it,
fresh14, is English almost only. This half is more such text, in the splitting issue's
languages: tests/fixtures/dumps/real/fresh18/texts.txt holds the Open Source Guides
(opensource.guide, CC BY 4.0), a source no earlier half used, whole, in German, Spanish,
French, Italian, Portuguese and English: long guides that open with an intertitle and are
cut by a dozen more, with lists of one-line items and one-line paragraphs that announce them.
This pastes them in the eight shapes, most of its dumps in the text's own language, with
chrome in the manner of tools and sites no earlier builder imitates. Everything around the
texts is written here. The half is open: its dumps and misses may be read and tuned on, and
its ratchet floors are what main's splitter scored when it landed
(tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.database_exports import (
    factiva_display,
    lexis_documents,
    lexis_record,
    nexis_uni_delivery,
    print_request,
)
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    CAPTIONS,
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
    ids_of,
    lay_out_pages,
    linked_pages,
    markdown,
    numbered_digest,
    numeric_date,
    own_date,
    reading_minutes,
    ruled,
    spaced_articles,
    titled_front_matter,
)

FRESH18 = REAL / "fresh18"
TEXTS = FRESH18 / "texts.txt"

# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Portuguese guides kept in one text file with one blank line everywhere: under the
    headline, between paragraphs and list items, around intertitles and between guides."""
    dump = Dump(
        "classic_01",
        "classic",
        "Portuguese guides, one blank line everywhere, each opening with an intertitle",
    )
    return blank_lined(dump, t, ids_of(t, "pt-bc", "pt-cc", "pt-le"))


def classic_02(t: dict[str, Text]) -> Dump:
    """English guides pasted into a text file with a `• • •` rule between them, paragraphs and
    list items one blank line apart, intertitles two."""
    dump = Dump(
        "classic_02", "classic", "English guides, • • • rules, intertitles two blanks apart"
    )
    return ruled(dump, t, ids_of(t, "en-bp", "en-cc", "en-me", "en-fu"), "• • •")


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """German and Italian guides clipped as Markdown: `title`, `author`, `url`, `lang`,
    `clipped` and a quoted `excerpt` (the site's description) in the front matter, no heading
    under it, and `##` intertitles."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "Clippings (de, it): title/author/url/lang/clipped/excerpt, no H1, ## intertitles",
        suffix=".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        fields = [
            "author: opensource.guide",
            f"url: {text.url}",
            f"lang: {text.language}",
            f"clipped: 2026-11-1{number + 4}T08:3{number}:00+01:00",
            f'excerpt: "{text.captions[0]}"',
        ]
        return [*titled_front_matter(text, False, fields), Body(around=1, render=markdown)]

    return lay_out_pages(dump, t, linked_pages(t, ids_of(t, "de-bc", "it-le", "de-gp"), page), 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Spanish and French guides saved as Markdown notes: `title`, `source` and `tags` in the
    front matter, a `# Title` under it, the description in italics, and `##` intertitles."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "Saved notes (es, fr): title/source/tags, # H1, italic description, ## intertitles",
        suffix=".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        fields = [f"source: {text.url}", "tags: [open-source, guías, lectura]"]
        items = titled_front_matter(text, True, fields)
        return [*items, f"*{text.captions[0]}*", "", Body(render=markdown)]

    return lay_out_pages(dump, t, linked_pages(t, ids_of(t, "es-bc", "fr-fu", "es-le"), page), 1)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A German newsletter forwarded from a webmail in German: `Weitergeleitete Nachricht`
    and its `Betreff:`/`Datum:`/`Von:`/`An:` lines, a greeting, `▸` labels in capitals, a
    source line under each headline, the first two paragraphs after the opening intertitle,
    `Weiterlesen:` links and the footer to unsubscribe."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "German newsletter forwarded (de): Weitergeleitete Nachricht, ▸ LABELS, Weiterlesen",
    )
    dump.matter(
        "Zur Info, für unser Treffen am Donnerstag.",
        "",
        "-------- Weitergeleitete Nachricht --------",
        "Betreff: Offene Werkstatt #27: Reichweite, Recht und Pausen",
        "Datum: Mon, 9 Nov 2026 07:45:12 +0100",
        "Von: Offene Werkstatt <rundbrief@offene-werkstatt.example.de>",
        "An: team-entwicklung@example.de",
        "",
        "Hallo zusammen,",
        "hier sind unsere Lesetipps rund um freie Projekte.",
    )
    items = (
        ("▸ REICHWEITE", "de-fu"),
        ("▸ RECHT", "de-le"),
        ("▸ GESUNDHEIT", "de-mb"),
        ("▸ NEUE PROJEKTE", "de-sp"),
        ("▸ SICHERHEIT (ENGLISCH)", "en-se"),
    )
    digest_items(dump, t, by_keys(t, items), "opensource.guide, {}", "Weiterlesen: ", 2)
    dump.gap(2)
    dump.matter(
        "Sie erhalten diesen Rundbrief, weil Sie sich bei der Offenen Werkstatt angemeldet haben.",
        "Abmelden: https://offene-werkstatt.example.de/abmelden",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """An Italian weekly digest of readings in several languages: `Oggetto:`/`Da:`/`Data:`/
    `A:`, a greeting, numbered headlines with a source line in the text's language, the first
    paragraph after the opening intertitle, `Continua a leggere:` links, `· · ·` rules and
    the footer."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Italian weekly digest (it, es, pt, fr): numbered headlines, Continua a leggere, · · ·",
    )
    dump.matter(
        "Oggetto: Letture della settimana n. 44 – comunità, fondi e governance",
        "Da: Letture Aperte <settimanale@letture-aperte.example.it>",
        "Data: venerdì 6 novembre 2026 08:00",
        "A: iscritti@letture-aperte.example.it",
        "",
        "Ciao a tutti,",
        "ecco le cinque letture scelte questa settimana, in lingua originale.",
    )
    idents = ids_of(t, "it-fu", "es-gp", "pt-sp", "it-lg", "fr-cc")
    line = "opensource.guide – {}"
    numbered_digest(dump, t, idents, "{}) ", line, "Continua a leggere: ", "· · ·")
    dump.matter(
        "Ricevi questa email perché sei iscritto a Letture Aperte.",
        "Per cancellarti: https://letture-aperte.example.it/cancella",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A German computer magazine's guide pages: a `Startseite › Ratgeber` trail, the
    headline, the description as a dek, a `Von … | date | Lesezeit` line, an `Anzeige` line
    inside the body, a `Mehr zum Thema` box and the comment count."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "German magazine guide pages (de): Startseite › trail, dek, Lesezeit, Anzeige",
    )
    idents = ids_of(t, "de-sp", "de-mb", "de-le")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Startseite › Ratgeber › Open Source",
            Title(),
            CAPTIONS,
            f"Von Redaktion | {own_date(text)} | Lesezeit: {reading_minutes(text)} Min.",
            "",
            Body(inserts=((3, ("Anzeige",)),)),
            "",
            "Mehr zum Thema",
            other.title,
            f"Kommentare ({number + 2})",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """An Italian tech site's guide pages: a `Home › Guide` trail, the headline and its
    description, `Pubblicato il` and `Aggiornato il` lines, a reading time, a `Leggi anche:`
    line inside the body, the share line and the tags."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Italian tech guide pages (it): Home › Guide, Pubblicato il, Leggi anche:, Condividi",
    )
    idents = ids_of(t, "it-sp", "it-me", "it-cc", "it-fu")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Home › Guide › Open source",
            Title(),
            CAPTIONS,
            f"Pubblicato il {own_date(text)} alle 10:1{number}",
            f"Aggiornato il {own_date(text)} alle 18:0{number}",
            f"Tempo di lettura: {reading_minutes(text)} minuti",
            "",
            Body(inserts=((2, (f"Leggi anche: {other.title}",)),)),
            "",
            "Condividi: Facebook | X | WhatsApp | Email",
            "Tag: open source, comunità, software libero",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Spanish and Portuguese news sites' pages, each in its text's language: the trail, the
    headline and its description, a desk and dated time line, the body, and an `Archivado
    en:` or `Veja também:` line under it."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Spanish and Portuguese pages (es, pt): Portada / trail, Redação | às, Veja também",
    )
    idents = ids_of(t, "es-se", "pt-mb", "es-fu", "pt-me")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        if text.language == "es":
            head = ["Portada / Tecnología / Software libre", Title(), CAPTIONS]
            when = [f"Redacción · {numeric_date(text)} - 10:1{number} h"]
            tail = ["Archivado en: código abierto, comunidades, seguridad"]
        else:
            head = ["Início » Tecnologia", Title(), CAPTIONS]
            when = [
                f"Por Redação | {numeric_date(text)} às 10h1{number}",
                f"Atualizado em {numeric_date(text)} às 17h4{number}",
            ]
            tail = [f"Veja também: {other.title}"]
        return [*head, *when, "", Body(), "", *tail]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """A French digital-culture site's pages: an `Accueil › Guides` trail, the headline and
    its description, a `Par la rédaction, le … à` line, a reading time, `PUBLICITÉ` inside
    the body, the share prompt and a `Vous aimerez aussi` list."""
    dump = Dump(
        "foreign_web_04",
        "foreign_web",
        "French culture-site pages (fr): Accueil › Guides, Par la rédaction, le … à, PUBLICITÉ",
    )
    idents = ids_of(t, "fr-sp", "fr-gp", "fr-mb", "fr-me")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        rest = [t[ident].title for ident in idents if ident not in (text.id, other.id)]
        return [
            "Accueil › Guides › Logiciel libre",
            "",
            Title(),
            CAPTIONS,
            f"Par la rédaction, le {own_date(text)} à 10h1{number}",
            f"Lecture {reading_minutes(text)} min",
            "",
            Body(inserts=((3, ("PUBLICITÉ",)),)),
            "",
            "Partager cet article",
            "Vous aimerez aussi",
            other.title,
            *rest[:1],
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of German and Italian web text: `N of M DOCUMENTS`, the source and
    date, the headline, `BYLINE:`, `SECTION:` and `LENGTH:`, the body unwrapped, and
    `LOAD-DATE:`, `LANGUAGE:` and `DOCUMENT-TYPE:`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export of German and Italian web text: BYLINE, LENGTH, DOCUMENT-TYPE",
    )
    lines = lexis_record(
        "opensource.guide",
        26,
        ["BYLINE: Open Source Guides", "SECTION: GUIDES"],
        "DOCUMENT-TYPE: Guide",
    )
    return lexis_documents(dump, t, ids_of(t, "de-fu", "it-lg", "it-bp"), lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """A LexisNexis print request of English and French text: its header, then each document
    with its rule, source, date, headline and fields, the body wrapped at 76 columns and the
    closing fields with `GRAPHIC:`."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis print request (en, fr): header, body wrapped at 76, GRAPHIC, LANGUAGE",
    )
    print_request(
        dump,
        "Time of Request: Monday, November 9, 2026  09:12:40 EST",
        "Send To: OPEN SOURCE PROGRAM OFFICE",
        'Terms: ("open source" AND (maintainer OR licence OR license OR conduct))',
        "Source: Web Publications; All English and French Language News",
    )
    lines = lexis_record("opensource.guide", 26, ["SECTION: GUIDES"], "GRAPHIC: Illustration")
    return lexis_documents(dump, t, ids_of(t, "en-gp", "fr-cc", "en-le"), lines, 76, 3)


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """Spanish and Portuguese guides delivered by Nexis Uni to an open source programme
    office's researcher who searched for them in both languages, under the job's cover."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery (es, pt): job cover, numbered headlines, Body, End of Document",
    )
    docs = ids_of(t, "es-cc", "pt-lg", "es-mb")
    job = ("=ospo-research", "Monday, November 9, 2026 9:40:00 AM EST", "271180462")
    search = (
        '"código abierto" OR "código aberto"',
        "Content Type: News; Language: Spanish, Portuguese",
    )
    document = ("opensource.guide", "GitHub. CC BY 4.0", "Open Source Guides")
    return nexis_uni_delivery(dump, t, docs, job, search, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva display of French, Portuguese and Spanish text: the headline, the word count,
    the date, the source and its code, the language and the copyright line, the body, and
    `Document …` under it."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display (fr, pt, es): headline, words, date, source, code, language, Document",
    )
    docs = ids_of(t, "fr-bc", "pt-bp", "es-lg")
    rights = "GitHub, Inc. and contributors. CC BY 4.0."
    return factiva_display(dump, t, docs, "Open Source Guides", "OSGUID", rights)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """German guides with every short line (an intertitle, a list item, a one-line paragraph)
    set off by two blank lines, the gap that also parts the guides, and an `opensource.guide
    · date` line under each headline."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "German guides, short lines and list items two blanks apart as guides are",
    )
    idents = ids_of(t, "de-bp", "de-lg", "de-me", "de-cc")
    return spaced_articles(dump, t, dated(t, idents, "opensource.guide · {}"), 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Italian guides copied from their pages: the description under the headline, a `di …
    — date` line, paragraphs and list items one blank line apart, intertitles and guides
    two."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "Italian guides with description and byline, intertitles and guides two blanks apart",
    )
    idents = ids_of(t, "it-bc", "it-le", "it-mb", "it-se")
    pages = dated_pages(t, idents, "di opensource.guide — {}", [CAPTIONS])
    return lay_out_pages(dump, t, pages, 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Spanish and Portuguese guides copied from a page whose style sheet sets intertitles in
    capitals, a `Por … | date` line under each headline, intertitles and guides two blank
    lines apart."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "Spanish and Portuguese guides, intertitles in capitals two blanks apart, Por … |",
    )
    idents = ids_of(t, "es-sp", "pt-gp", "es-me", "pt-fu")
    capitals = {ident: capital_intertitles(t[ident]) for ident in idents}
    return lay_out_pages(dump, capitals, dated_pages(t, idents, "Por opensource.guide | {}"), 2)


def long_intertitles_04(t: dict[str, Text]) -> Dump:
    """French and English guides, each short line two blank lines from the text around it, a
    `Publié le` or `Published` line under each headline, two blank lines between guides."""
    dump = Dump(
        "long_intertitles_04",
        "long_intertitles",
        "French and English guides, short lines two blanks apart, Publié le / Published",
    )
    idents = ids_of(t, "fr-bp", "en-lg", "fr-le", "en-mb")
    forms = {"fr": "Publié le {}", "en": "Published {}"}
    return spaced_articles(dump, t, dated(t, idents, forms), 70)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Guides republished by sites in four languages, each closed a blank line under the body
    by a credit in parentheses, a translation note or a licence line."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "Guides (en, es, fr, pt) closed by (opensource.guide), translation and licence notes",
    )
    trailers = (
        ("en-sp", "(opensource.guide)"),
        ("es-bp", "(Con información de opensource.guide)"),
        ("fr-lg", "Traduction : communauté d’opensource.guide"),
        ("pt-se", "(Colaboração: comunidade opensource.guide; licença CC BY 4.0)"),
    )
    return closed_by_keys(dump, t, trailers, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Guides with their trailers set flush under the last paragraph: an author line in
    capitals, an italic licence note, a German desk line, an Italian source line."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "Guides (en, de, it) closed flush: CAPS authors, _licence_, Redaktion:, Fonte:",
    )
    trailers = (
        ("en-bc", "WRITTEN BY THE OPEN SOURCE GUIDES CONTRIBUTORS"),
        ("en-se", "_Licensed CC BY 4.0 — opensource.guide_"),
        ("de-cc", "Redaktion: Ratgeber Freie Software"),
        ("it-gp", "Fonte: opensource.guide (CC BY 4.0)"),
    )
    return closed_by_keys(dump, t, trailers, 2, blank=False)


SOURCES_HEAD = """# Eighteenth fresh half (tuning): sources and licences

Built by `python -m bench.fresh18_dumps` from [texts.txt](texts.txt); this file too. This is a
**tuning** half: the splitter's owners may read its dumps, gold and misses and tune on them
([README.md](../README.md)). It was built because the splitter loses most bodies, on every
half nobody tuned on, at an article's own short lines (intertitles, list items, one-line
paragraphs) taken for the next headline, and the tuning half that showed it (fresh14) is
English almost only; this one is in German, Spanish, French, Italian, Portuguese and English.
Its source is one no earlier half used.

Every headline, description, intertitle and body paragraph is real published text, copied
verbatim from the Markdown source of the guide named below (whitespace aside): a guide of the
Open Source Guides (opensource.guide, written by GitHub and the guides' contributors, and
translated by volunteers), read in github.com/github/opensource.guide, `_articles/<name>.md`
and `_articles/<language>/<name>.md`, at commit ebc9678e39b55ff5e5c8801d1960904692188e90 (24
July 2026). A body is the whole guide: every paragraph and heading (any level is an
intertitle), in order; a list item or a blockquote's paragraph is a paragraph of its own; the
pull quotes (HTML `<aside>` blocks beside the text), images, HTML and comments are removed,
links keep their words, emphasis is removed and HTML entities are read as the characters they
stand for. The front matter's `description` is printed where sites print a dek (it is meta,
not body). Everything around the texts is written by the builder and taken from no source: mail
headers, greetings, labels, source lines, `Weiterlesen`/`Continua a leggere` lines and footers
of the digests; trails, bylines, dates and times, reading times, `Anzeige` and `PUBLICITÉ`
lines, "read also" lines and lists (titles of other articles in the set), share, tag, comment
and archive lines of the pages; front matter fields; export headers, cover pages and field
lines; trailers. Dates in the chrome come from the day the guide's file entered the repository
(the translation's first commit), which its id holds; the guides carry no date of their own.

Licence: the repository's README: "Content is released under CC-BY-4.0"; its LICENSE is the
text of Creative Commons Attribution 4.0 International
(https://creativecommons.org/licenses/by/4.0/). The dumps are shared under the same terms
(attribution: the Open Source Guides, © GitHub, Inc. and contributors, and each guide's
address, below; changes: markup removed as said above, intertitles upper-cased in one dump,
paragraphs wrapped in one export, chrome and trailers added). Doubts: one source, and
guides rather than news: each language's texts are translations of the same eleven English
guides, so the half holds the same article up to six times in different languages (never two
in one dump); the guides open with an intertitle straight under the headline; some
translations keep English or Bulgarian sentences and list items as published, and two of
the Spanish titles and one Italian title end with a full stop, as published.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH18, SOURCES_HEAD)
"""The eighteenth fresh half, open for tuning: the Open Source Guides, whole, in German,
Spanish, French, Italian, Portuguese and English."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
