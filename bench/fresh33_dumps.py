"""The thirty-third fresh half, a tuning one of template documents: `python -m
bench.fresh33_dumps` writes it and its gold.

Session 25's rules that read what a dump repeats (a site's furniture, template lines, page starts)
were suspected of taking a template document's own repeated intertitles and short lines for a
site's menu or footer: the sealed fresh19 (one standard's pages, each repeating the same
intertitles) fell when they landed. This half is open text of that kind to read and tune on.
tests/fixtures/dumps/real/fresh33/texts.txt (written by `python -m bench.fresh33_texts` from
clones of the manual's repositories) holds function pages of the PHP manual in English, French,
Spanish, German, Brazilian Portuguese and Italian, under CC BY 3.0: every page prints the same
intertitles in its language (`Description`, `Parameters`, `Return Values`, `Changelog`,
`Examples`, `See Also`), the same short lines (`The above example will output:`) and the same
table head (`Version | Description`). The web pages are pasted as php.net prints a manual page
(the site's web-php templates: the navigation bar, `Change language:`, the versions and
`name — purpose` lines, the `Found A Problem?` block, the user notes' head and the footer, in
the strings of the site's ui_translation files); the other shapes' chrome (a newsletter, a list's
digest, a user group's letter, clippings, exports, reposts' closing lines) is written here.
"""

from __future__ import annotations

import sys

from bench import database_exports as export
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH33 = REAL / "fresh33"
TEXTS = FRESH33 / "texts.txt"

NAVIGATION = ("Downloads", "Documentation", "Get Involved", "Help", "PHP 8.5", "Search docs")
"""The navigation bar of the site's header (include/layout.inc, include/header.inc)."""
LANGUAGES = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "pt": "Brazilian Portuguese",
}
"""The language chooser's name of each language (include/languages.inc)."""
UI = {
    "en": (
        "Change language",
        "Found A Problem?",
        "Learn How To Improve This Page • Submit a Pull Request • Report a Bug",
        "＋add a note",
        "User Contributed Notes",
        "There are no user contributed notes for this page.",
    ),
    "pt": (
        "Selecione a língua",
        "Melhore Esta Página",
        "Aprenda Como Melhorar Esta Página • Envie uma Solicitação de Modificação • Reporte um "
        "Problema",
        "＋adicionar nota",
        "Notas de Usuários",
        "Não há notas de usuários para esta página.",
    ),
}
"""The manual page's own strings (include/ui_translation/<language>.ini; a language whose file
leaves them empty falls back to English, as the site's autogen does)."""
FOOTER = (
    "Copyright © 2001-2026 The PHP Documentation Group",
    "My PHP.net",
    "Contact",
    "Other PHP.net sites",
    "Privacy policy",
)
"""The footer a manual page prints (include/footer.inc)."""
SITE = "php.net"


def named(t: dict[str, Text], *keys: str) -> tuple[str, ...]:
    """The texts' ids from `language:function` keys (`fr:str_contains`): an id holds the
    language, a day and the function's name, and the dumps name a page by the two."""
    found = []
    for key in keys:
        language, name = key.split(":")
        matches = [i for i in t if i[:2] == language and i.split("-", 2)[2] == name]
        assert len(matches) == 1, key
        found.append(matches[0])
    return tuple(found)


def ui(text: Text) -> tuple[str, ...]:
    """The manual page's strings in the page's language."""
    return UI.get(text.language, UI["en"])


def purpose(text: Text) -> str:
    """The `name — purpose` line the page prints under the versions."""
    return text.above[1]


def page_head(text: Text) -> list[layout.Item]:
    """The page's top as php.net prints it: the name, the versions, `name — purpose`."""
    return [layout.Title(), layout.ABOVE, "", layout.Body()]


def chooser(text: Text) -> list[str]:
    """The language chooser over the page: its label and the page's language."""
    return [f"{ui(text)[0]}: {LANGUAGES[text.language]}", ""]


def contribute(text: Text) -> list[str]:
    """The blocks under the page: `Found A Problem?` with its links, and the user notes'
    head with the line a page with no notes prints."""
    found, links, add, notes, none = ui(text)[1:]
    return [found, links, "", add, notes, none]


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """English manual pages copied whole: the navigation, the language chooser, the page, the
    contribution and notes blocks and the footer."""
    dump = Dump.named("foreign_web_01", "php.net pages whole: navigation, notes, footer")
    idents = named(t, "en:array_chunk", "en:array_combine", "en:array_flip")
    pages = [
        (i, [*NAVIGATION, "", *chooser(t[i]), *page_head(t[i]), "", *contribute(t[i]), "", *FOOTER])
        for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Brazilian Portuguese pages copied whole, the page's strings in Portuguese."""
    dump = Dump.named("foreign_web_02", "php.net pages in pt_BR: Selecione a língua, Notas")
    idents = named(t, "pt:basename", "pt:copy", "pt:fclose", "pt:rename")
    pages = [
        (i, [*NAVIGATION, "", *chooser(t[i]), *page_head(t[i]), "", *contribute(t[i]), "", *FOOTER])
        for i in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """French pages copied from the language chooser to the `Found A Problem?` block."""
    dump = Dump.named("foreign_web_03", "php.net pages in French: chooser to Found A Problem?")
    idents = named(t, "fr:str_contains", "fr:str_starts_with", "fr:ucfirst")
    pages = [(i, [*chooser(t[i]), *page_head(t[i]), "", *contribute(t[i])[:2]]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """Spanish pages copied from the name to the footer."""
    dump = Dump.named("foreign_web_04", "php.net pages in Spanish: name to footer")
    idents = named(t, "es:abs", "es:ceil", "es:floor")
    pages = [(i, [*page_head(t[i]), "", *contribute(t[i]), "", *FOOTER]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 3)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """German pages clipped as Markdown: a `# ` name, the versions and purpose as a quote,
    the source line, `##` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Clippings: # name, > purpose, Quelle:, ##", ".md")
    idents = named(t, "de:checkdate", "de:gmdate", "de:time")
    body = layout.Body(render=layout.markdown)

    def page(text: Text) -> list[layout.Item]:
        quoted = [f"> {line}" for line in text.above]
        return [layout.Title("# {}"), "", *quoted, "", f"Quelle: {text.url}", "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in idents], 3)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Italian pages saved by a web clipper: front matter with the title, source and tags,
    then a `# ` name and `##` intertitles."""
    dump = Dump.named(
        "clipper_markdown_02", "Web clipper: --- title/source/tags ---, # name", ".md"
    )
    idents = named(t, "it:floatval", "it:is_numeric", "it:strval")
    body = layout.Body(render=layout.markdown)

    def page(text: Text) -> list[layout.Item]:
        fields = [f"source: {text.url}", "tags: [php, manuale]"]
        return [*layout.titled_front_matter(text, True, fields), purpose(text), "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in idents], 1)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A newsletter's `Function of the week` items: the name, its purpose, the synopsis and
    the description's opening paragraph, and a `Read the manual:` line."""
    dump = Dump.named("email_digest_01", "Newsletter: Function of the week, Read the manual:")
    dump.matter("PHP Weekly Notes", "Four functions worth knowing", "")
    idents = named(t, "en:array_key_exists", "en:array_pad", "en:array_reverse", "en:array_sum")
    for ident in idents:
        text = t[ident]
        dump.gap(2)
        items = ["FUNCTION OF THE WEEK", layout.Title(), purpose(text), "", layout.Body()]
        items += ["", f"Read the manual: {text.url}"]
        layout.lay_out(dump, layout.opening(text, 2), items)
    dump.gap(2)
    dump.matter("You get this letter because you subscribed to PHP Weekly Notes. Unsubscribe.")
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A French list's digest: `Sujets du jour :`, then each message under a rule with its
    number, sender, date and subject and its first two paragraphs."""
    dump = Dump.named("email_digest_02", "Digest de liste : Sujets du jour, Message : N")
    idents = named(t, "fr:strrev", "fr:str_repeat", "fr:nl2br", "fr:lcfirst")
    dump.matter(
        "Envoyez vos messages pour la liste php-fr à php-fr@lists.example.org",
        "",
        "Sujets du jour :",
        "",
        *(f"   {n}. {t[i].title} (fonction du jour)" for n, i in enumerate(idents, 1)),
    )

    def head(number: int, text: Text) -> list[str]:
        return [f"Message : {number}", "De : Fonction du jour <fdj@lists.example.org>"]

    layout.list_digest(dump, t, idents, head, "Objet : {}", "-" * 54)
    dump.matter("Fin du digest php-fr, Vol 12, Numéro 3")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A Spanish user group's letter: numbered items with a `php.net, date` line, the opening
    paragraph and an `Enlace:` line."""
    dump = Dump.named("email_digest_03", "Carta del grupo: 1) nombre, php.net, Enlace:")
    idents = named(t, "es:intdiv", "es:fdiv", "es:fmod", "es:hypot")
    dump.matter("Hola a todos:", "", "cuatro funciones matemáticas para la reunión del jueves:")
    layout.numbered_digest(dump, t, idents, "{}) ", f"{SITE}, {{}}", "Enlace: ")
    dump.gap(2)
    dump.matter("¡Nos vemos el jueves!", "El grupo de usuarios de PHP")
    return dump


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """English pages pasted as plain text: the name, its purpose line, the body."""
    dump = Dump.named("classic_01", "Manual pages as text: name, name — purpose, body")
    idents = named(t, "en:array_search", "en:array_slice", "en:in_array")
    pages = [(i, [layout.Title(), purpose(t[i]), "", layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Portuguese pages one after another, the name and the body, one blank line."""
    dump = Dump.named("classic_02", "Manual pages in pt_BR: name, body, one blank line")
    idents = named(t, "pt:chmod", "pt:touch", "pt:unlink", "pt:rmdir")
    return layout.in_a_row(dump, t, idents, 1)


def classic_03(t: dict[str, Text]) -> Dump:
    """Italian pages kept in a text file between `----` rules, each under its versions."""
    dump = Dump.named("classic_03", "Manual pages in Italian between ---- rules")
    idents = named(t, "it:is_array", "it:is_bool", "it:is_null", "it:is_string")
    pages = [(i, [t[i].above[0], layout.Title(), "", layout.Body()]) for i in idents]
    return layout.ruled_pages(dump, t, pages, "----")


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of German pages: each record's rule, source, date, headline,
    `SECTION: REFERENCE`, `LENGTH:`, the body unwrapped, `LOAD-DATE:` and `LANGUAGE:`."""
    dump = Dump.named("lexisnexis_01", "LexisNexis export: SECTION: REFERENCE, unwrapped")
    lines = export.lexis_record(
        "PHP-Handbuch", 30, ["SECTION: REFERENCE"], "PUBLICATION-TYPE: Web Publication"
    )
    docs = named(t, "de:microtime", "de:gettimeofday", "de:timezone_version_get")
    return export.lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """LexisNexis records opening on `Copyright <year> The PHP Documentation Group`, the body
    wrapped at 70."""
    dump = Dump.named("lexisnexis_02", "LexisNexis export: copyright PHP Documentation Group, 70")
    docs = named(t, "fr:strlen", "fr:bin2hex", "fr:md5")
    return export.copyrighted_records(
        dump,
        t,
        docs,
        "The PHP Documentation Group",
        ("Manuel PHP", 34),
        ["SECTION: RÉFÉRENCE; Pg. 1"],
        "DOCUMENT-TYPE: Reference",
        70,
    )


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni delivery of three Spanish pages under the job's cover."""
    dump = Dump.named("nexis_factiva_01_nexisuni", "Nexis Uni delivery: Manual de PHP")
    docs = named(t, "es:max", "es:min", "es:round")
    return export.nexis_uni_delivery(
        dump,
        t,
        docs,
        ("=biblioteca", "Thursday, March 5, 2026 2:14:00 PM EST", "351207665"),
        ("PHP AND función", "Sources: php.net"),
        ("php.net", "The PHP Documentation Group", lambda text: "PHP Documentation Group"),
    )


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of three Portuguese pages under the source code PHPMAN."""
    dump = Dump.named("nexis_factiva_02_factiva", "Factiva display: Manual do PHP, PHPMAN")
    docs = named(t, "pt:fgets", "pt:fwrite", "pt:tempnam")
    return export.factiva_display(
        dump, t, docs, "Manual do PHP", "PHPMAN", "The PHP Documentation Group", 4
    )


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """English pages with every short line two blank lines apart, as wide as the gap between
    pages, under the purpose line."""
    dump = Dump.named("long_intertitles_01", "Manual pages under purpose lines, short lines spaced")
    idents = named(t, "en:array_fill", "en:array_unique", "en:shuffle")
    return layout.spaced_articles(dump, t, [(i, purpose(t[i])) for i in idents], 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """German pages from a copy that sets intertitles in capitals, under `php.net · date`."""
    dump = Dump.named("long_intertitles_02", "Manual pages in German, intertitles in capitals")
    idents = named(t, "de:getdate", "de:localtime", "de:idate")
    pages = [
        (ident, [layout.Title(), line, "", "", layout.Body()])
        for ident, line in layout.dated(t, idents, f"{SITE} · {{}}")
    ]
    return layout.capitalised_pages(dump, t, pages, 2)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Italian pages as a course site reposts them, a blank line and a closing line each."""
    dump = Dump.named("trailers_01", "Reposted Italian pages closed by Fonte:, (dal manuale …)")
    trailers = (
        ("it:intval", "Fonte: php.net/manual/it"),
        ("it:serialize", "(dal manuale PHP, CC BY 3.0)"),
        ("it:var_dump", "— The PHP Documentation Group"),
        ("it:settype", "Ripubblicato da www.php.net sotto licenza CC BY 3.0"),
    )
    return layout.closed_by_keys(dump, t, trailers, 2, named=named)


def trailers_02(t: dict[str, Text]) -> Dump:
    """French pages whose reposting site set its credit flush under the last paragraph."""
    dump = Dump.named("trailers_02", "Reposted French pages closed flush by Source : …")
    closing = (
        ("fr:explode", "Source : manuel PHP, php.net"),
        ("fr:implode", "[php.net]"),
        ("fr:trim", "Lire la suite sur www.php.net/manual/fr/"),
        ("fr:str_pad", "Cette page a d'abord paru dans le manuel PHP."),
    )
    return layout.closed_by_keys(dump, t, closing, 2, blank=False, named=named)


SOURCES_HEAD = """# Thirty-third fresh half (tuning): sources and licences

Written, like this file, by `python -m bench.fresh33_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh33_texts FOLDER` writes from clones of the repositories named below. A
**tuning** half of template documents: it may be read, shown and tuned on
([README.md](../README.md)). It was built so that the rules that read what a dump repeats are
judged on open text whose every article repeats the same intertitles and short lines.

Every headline, intertitle, paragraph, version line and purpose line is real published text,
taken by code (not by hand) from the sources of the PHP manual (php.net/manual), the PHP
Documentation Group's DocBook files in the public repositories github.com/php/doc-en, doc-fr,
doc-es, doc-de, doc-pt_br and doc-it, with the entities doc-base and each language define (the
commits are in texts.txt's head): the function pages of one extension per language (English
arrays, French strings, Spanish maths, German dates, Brazilian Portuguese files, Italian
variables) with at least three intertitles and 30 to 700 words, and no `<xref>` (a link whose
words only the site's renderer writes). A page is read as php.net prints it: the synopsis as one
line, each section's title (an entity the language's repository defines) as an intertitle,
paragraphs, parameters' names and descriptions, list items and examples' titles each a
paragraph, a table's row as one line with its cells ` | ` apart; code and its output left out.
The headline is the function's name; the versions (doc-en's versions.xml) and `name — purpose`
are the lines the page prints over the text. An id's day is the day the language's repository
last changed the page. The web pages carry php.net's own chrome, from the site's templates in
github.com/php/web-php (include/layout.inc's navigation, include/header.inc's `Search docs`,
include/languages.inc's language names, include/shared-manual.inc and
include/ui_translation/*.ini's strings, include/footer.inc's footer). Written by the builder:
the order of the pages and of their chrome lines as a copy from a browser gives them, and
everything around the texts in the other shapes (a newsletter, a list's digest, a user group's
letter, clippings' lines, export headers, cover pages and field lines, reposts' closing lines).

Licence: the manual is under the Creative Commons Attribution 3.0 License or later (doc-base's
LICENSE: "Copyright © 1997 - 2017 by the PHP Documentation Group. This material may be
distributed only subject to the terms and conditions set forth in the Creative Commons
Attribution 3.0 License or later"). Credit: the PHP Documentation Group and the translators each
language's bookinfo.xml names. Changes: none to the words; DocBook markup removed as the page
renders it, code, program output and images left out, a table's cells joined with ` | `,
intertitles in capitals where a style sheet sets them so, Markdown markers added back in the
clippings. The dumps are shared under CC BY 3.0 with that attribution. Doubts: reference pages,
not news; the site's renderer (PhD) adds words this reading does not (`Example #1` before an
example's title, `Note:` before a note, each `See Also` function's purpose after its name);
French, Spanish, German, Portuguese and Italian pages are translations of English ones (of other
functions than the English pages taken); short pages, most under 300 words.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH33, SOURCES_HEAD)
"""The thirty-third fresh half, a tuning half of template documents: the PHP manual's pages."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
