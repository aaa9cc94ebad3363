"""The fortieth fresh half, tuning, of template documents in four languages: `python -m
bench.fresh40_dumps` writes it and its gold.

The weakest halves hold template documents (fresh34: Python's PEPs, every one under the same
intertitles) and foreign pages carrying their own site's chrome (fresh30). This half holds
both, from a source no earlier half used: tests/fixtures/dumps/real/fresh40/texts.txt (written
by `python -m bench.fresh40_texts` from a clone of monero-project/monero-site) holds the
entries of getmonero.org's Moneropedia their translators marked translated, in German, French,
Polish and Russian, under the BSD 3-Clause licence; nearly every entry opens on the same
intertitle in its language (`Grundlagen`, `Les Bases`, `Podstawy`, `Основная информация`) and
many go on to a second (`Ausführliche Informationen`, `Informations détaillées`). Its web
pages carry the site's own chrome in the page's language (_includes/header.html and
footer.html, _layouts/moneropedia.html, the strings in _i18n/<language>.yml: the menu, the
`Moneropedia` heading over the entry's name, the `Zurück zum Moneropedia` link, the footer's
columns). Everything else around the texts (mail and digest headers, newsletters, closing
lines, signatures, export headers and fields, clipping lines) is written here, and the
wrapping is done by bench/mail_layout.py. It is a tuning half: its dumps, gold and misses may
be read and tuned on.
"""

from __future__ import annotations

import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH40 = REAL / "fresh40"
TEXTS = FRESH40 / "texts.txt"
SITE = "getmonero.org"
WIKI = "Moneropedia"

CHROME: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "menu": ("Einstieg", "Downloads", "Blog", "Community", "Ressourcen"),
        "back": ("« Zurück zum Moneropedia",),
        "footer": (
            "Ressourcen",
            "Über Monero",
            "Moneropedia",
            "Anleitungen für Entwickler",
            "Anleitungen für Nutzer",
            "Bibliothek",
            "Downloads",
            "Kontaktiere uns",
            "Arbeitsgruppen",
            "Hangouts",
            "Mailingliste",
            "Das Monero-Projekt",
            "Open Alias",
            "Monero Research Lab (MRL)",
            "Pressemappe",
            "Community-Crowdfunding-System",
            "Rechtliches",
            "Quellcode",
            "Sitemap",
            "RSS Feed",
        ),
    },
    "fr": {
        "menu": ("Commencer", "Téléchargements", "Blog", "Communauté", "Ressources"),
        "back": ("« Retour au Moneropedia",),
        "footer": (
            "Ressources",
            "À propos de Monero",
            "Moneropedia",
            "Guides du Développeur",
            "Guides Utilisateur",
            "Bibliothèque",
            "Téléchargements",
            "Nous contacter",
            "Groupes de travail",
            "Rencontres",
            "Liste de diffusion",
            "Le Projet Monero",
            "Open Alias",
            "Laboratoire de Recherche Monero (MRL)",
            "Dossier de presse",
            "Système de financement participatif",
            "Mentions légales",
            "Code source",
            "Sitemap",
            "Flux RSS",
        ),
    },
    "pl": {
        "menu": ("Wstęp", "Pobierz", "Blog", "Społeczność", "Materiały"),
        "back": ("« Wróć do Moneropedii",),
        "footer": (
            "Materiały",
            "O Monero",
            "Moneropedia",
            "Przewodniki dla deweloperów",
            "Przewodniki dla użytkowników",
            "Księgarnia",
            "Pobierz",
            "Dotrzyj do nas",
            "Grupy robocze",
            "Miejsca spotkań",
            "Lista mailingowa",
            "Projekt Monero",
            "Open Alias",
            "Laboratorium Badawcze Monero (MRL)",
            "Materiały prasowe Monero",
            "System finansowania społecznościowego",
            "Prawne",
            "Kod źródłowy",
            "Sitemap",
            "Kanał RSS",
        ),
    },
    "ru": {
        "menu": ("С чего начать", "Загрузки", "Блог", "Сообщество", "Ресурсы"),
        "back": ("« Назад в Moneropedia",),
        "footer": (
            "Ресурсы",
            "О Monero",
            "Moneropedia",
            "Разработчикам",
            "Пользователю",
            "Библиотека",
            "Загрузки",
            "Общение",
            "Рабочие группы",
            "Место встречи",
            "Список рассылки",
            "Проект Monero",
            "Open Alias",
            "Исследовательская Лаборатория Monero (MRL)",
            "Пресс-кит Monero",
            "Система краудфандинга сообщества",
            "Юридическая информация",
            "Исходный код",
            "Sitemap",
            "RRS новостная лента",
        ),
    },
}
"""The site's chrome in each language (_includes/header.html's menu, the entry layout's link
back, _includes/footer.html's columns, their words from _i18n/<language>.yml)."""

SIZES = {
    "classic_01": ("de", 3),
    "classic_02": ("ru", 4),
    "classic_03": ("pl", 3),
    "clipper_markdown_01": ("fr", 3),
    "clipper_markdown_02": ("de", 3),
    "email_digest_01": ("de", 4),
    "email_digest_02": ("fr", 3),
    "email_digest_03": ("ru", 3),
    "email_digest_04": ("pl", 3),
    "foreign_web_01": ("de", 3),
    "foreign_web_02": ("fr", 3),
    "foreign_web_03": ("pl", 3),
    "foreign_web_04": ("ru", 3),
    "lexisnexis_01": ("fr", 3),
    "lexisnexis_02": ("de", 3),
    "nexis_factiva_01_nexisuni": ("pl", 3),
    "nexis_factiva_02_factiva": ("ru", 3),
    "trailers_01": ("de", 3),
    "trailers_02": ("fr", 3),
    "trailers_03": ("ru", 3),
}
"""Each dump of those shapes: the language of its entries and how many it holds, dealt out in
the entries' order."""
LONG = {"long_intertitles_01": ("de", 3), "long_intertitles_02": ("ru", 3)}
"""The long-text dumps: their language and how many of its longest entries they hold."""


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the entries dump `name` holds, all in its language: the longest for the
    long-text dumps, the others dealt in order; no entry twice."""
    return mail.dealt_in_pools(t, lambda text: text.language, SIZES, LONG, name)


def chrome(text: Text, part: str) -> tuple[str, ...]:
    """A part of the site's chrome in the entry's language."""
    return CHROME[text.language][part]


def stamp(text: Text) -> str:
    """The day the translation was added as a mail's `Date:` header writes it."""
    return f"{layout.id_day(text):%a, %d %b %Y} 09:15:00 +0100"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Entries copied into a text file, a line per paragraph, two blank lines apart."""
    dump = Dump.named("classic_01", "German entries, a line per paragraph, two blank lines")
    return layout.in_a_row(dump, t, share(t, dump.name), 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Entries kept in a text file between `* * *` lines, wrapped at 72."""
    dump = Dump.named("classic_02", "Russian entries between * * * lines, wrapped at 72")
    body = layout.Body(wrapper=mail.wrapped(72))
    return layout.ruled(dump, t, share(t, dump.name), "* * *", body)


def classic_03(t: dict[str, Text]) -> Dump:
    """Entries wrapped at 76 as the repository's files wrap them, each under its headline and
    the wiki's name, two blank lines apart."""
    dump = Dump.named("classic_03", "Polish entries at 76 under headline and Moneropedia")
    body = layout.Body(wrapper=mail.wrapped(76))
    pages = [(i, [layout.Title(), WIKI, "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Entries as Markdown files with the translation's front matter (title, language,
    source), `### ` intertitles as the repository writes them."""
    style = "French entry files: front matter, ### intertitles"
    dump = Dump.named("clipper_markdown_01", style, ".md")

    def page(text: Text) -> list[layout.Item]:
        head = ["---", layout.Title("title: {}"), "lang: fr", f"source: {text.url}", "---", ""]
        return [*head, layout.Body(render=layout.headings("###"))]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Pages clipped to Markdown: a `# ` headline, a `Quelle:` line, the body at 80 with
    `## ` intertitles."""
    dump = Dump.named("clipper_markdown_02", "German clippings: # H1, Quelle:, body at 80", ".md")
    body = layout.Body(wrapper=mail.wrapped(80), render=layout.markdown)
    pages = [
        (i, [layout.Title("# {}"), "", f"Quelle: {t[i].url}", "", body])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A German list's digest: its topics, then each message under a rule with its headers,
    the entry at 72; the digest's end line."""
    dump = Dump.named("email_digest_01", "German list digest: Themen, headers, body at 72")
    idents = share(t, dump.name)
    dump.matter(
        "monero-de Sammelnachricht, Band 12, Eintrag 3",
        "",
        "Themen des Tages:",
        "",
        *(f"   {n}. {t[i].title}" for n, i in enumerate(idents, 1)),
    )

    def head(number: int, text: Text) -> list[layout.Item]:
        return [
            f"Nachricht: {number}",
            f"Datum: {stamp(text)}",
            "Von: Moneropedia-Übersetzung <monero-de@lists.example.org>",
            layout.Title("Betreff: {}"),
        ]

    layout.message_digest(dump, t, idents, head, layout.Body(wrapper=mail.wrapped(72)), "-" * 70)
    dump.matter("Ende der monero-de Sammelnachricht, Band 12, Eintrag 3", "*" * 50)
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A French newsletter of the week's terms: each item's headline, its opening paragraphs
    at 70 and a `Lire la suite :` line."""
    dump = Dump.named("email_digest_02", "French newsletter: headline, lead at 70, Lire la suite")
    dump.matter(
        "De : Lettre Monero FR <lettre@monero-fr.example.org>",
        "Objet : Les termes de la semaine",
        "",
        "Bonjour à toutes et à tous,",
        "",
        "voici les définitions de la semaine, tirées du Moneropedia.",
    )
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        items = [layout.Title(), "", layout.Body(wrapper=mail.wrapped(70))]
        layout.lay_out(dump, layout.opening(text, 2), [*items, "", f"Lire la suite : {text.url}"])
    dump.gap(2)
    dump.matter("Pour vous désinscrire, répondez « STOP » à ce message.")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """Entries passed on by mail in Russian: each under a forward's `От:`, `Дата:`, `Тема:`
    lines, the text at 72 with a paragraph in three re-flowed."""
    dump = Dump.named("email_digest_03", "Russian forwards: От:, Дата:, Тема:, body at 72")
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap(2)
        items = [
            "-------- Пересылаемое сообщение --------",
            "От: Moneropedia <wiki@monero-ru.example.org>",
            f"Дата: {stamp(text)}",
            layout.Title("Тема: {}"),
            "",
            layout.Body(wrapper=mail.reflowed(72, 3)),
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_04(t: dict[str, Text]) -> Dump:
    """A Polish study group's letter: numbered headlines, the opening paragraphs quoted under
    `> ` at 66, an arrow to the entry."""
    dump = Dump.named("email_digest_04", "Polish study letter: 1. headline, > lead at 66, →")
    dump.matter("Cześć,", "", "na czwartek trzy hasła z Moneropedii:")
    for number, ident in enumerate(share(t, dump.name), 1):
        text = t[ident]
        dump.gap(2)
        body = layout.Body(wrapper=mail.quoted(mail.wrapped(66)))
        items = [layout.Title(f"{number}. {{}}"), "", body, "", f"→ {text.url}"]
        layout.lay_out(dump, layout.opening(text, 2), items)
    dump.gap(2)
    dump.matter("Pozdrawiam,", "Marta")
    return dump


# foreign_web -----------------------------------------------------------------------


def _site_pages(dump: Dump, t: dict[str, Text]) -> Dump:
    """The wiki's pages copied whole in their language: the menu, the `Moneropedia` heading
    over the entry's name, the entry, the link back, the footer's columns."""
    pages = [
        (
            i,
            [
                *chrome(t[i], "menu"),
                "",
                WIKI,
                layout.Title(),
                "",
                layout.Body(around=1),
                "",
                *chrome(t[i], "back"),
                "",
                *chrome(t[i], "footer"),
            ],
        )
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """The German wiki's pages copied whole."""
    return _site_pages(Dump.named("foreign_web_01", "getmonero.org/de pages: menu, footer"), t)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """The French wiki's pages copied whole."""
    return _site_pages(Dump.named("foreign_web_02", "getmonero.org/fr pages: menu, footer"), t)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """The Polish wiki's pages copied whole."""
    return _site_pages(Dump.named("foreign_web_03", "getmonero.org/pl pages: menu, footer"), t)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """The Russian wiki's pages copied from a reader view: the site's name, the headline, the
    reading time, the entry."""
    dump = Dump.named("foreign_web_04", "Russian reader view: site, headline, minutes")

    def page(text: Text) -> list[layout.Item]:
        minutes = layout.reading_minutes(text)
        return [SITE, layout.Title(), f"{minutes} мин. чтения", "", layout.Body()]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest German entries with every short line two blank lines apart, as wide as
    the gap between them, under the wiki's name."""
    dump = Dump.named("long_intertitles_01", "Long German entries, short lines spaced")
    items = [(i, WIKI) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """The longest Russian entries at 72, intertitles in capitals, two blank lines under the
    headline."""
    dump = Dump.named("long_intertitles_02", "Long Russian entries at 72, capital intertitles")
    body = layout.Body(wrapper=mail.wrapped(72))
    pages = [(i, [layout.Title(), WIKI, "", "", body]) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Moneropedia FR, body unwrapped",
        "Moneropedia (getmonero.org)",
        24,
        "LEXIQUE",
        kind="PUBLICATION-TYPE: Web Publication",
    ),
    blog_exports.Copyrighted(
        "LexisNexis export: copyright The Monero Project, at 76",
        "The Monero Project",
        (SITE, 34),
        ("SECTION: GLOSSAR",),
        "DOCUMENT-TYPE: Wiki",
        76,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Moneropedia PL",
        ("=kryptowaluty", "Tuesday, June 2, 2026 11:05:00 AM CEST", "359220417"),
        ("Monero AND (portfel OR transakcja)", f"Sources: {SITE}"),
        (SITE, "The Monero Project", WIKI),
    ),
    blog_exports.Factiva(
        "Factiva display: Moneropedia RU, MNRPED", WIKI, "MNRPED", "Monero Project", 2
    ),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """German entries reposted by other sites, their credit set flush under the last
    paragraph."""
    dump = Dump.named("trailers_01", "German reposts closed flush by a credit line")
    closing = (
        "Quelle: getmonero.org, Moneropedia (BSD-3-Clause)",
        "Aus dem Moneropedia übernommen.",
        "(via getmonero.org)",
    )
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, blank=False)


def trailers_02(t: dict[str, Text]) -> Dump:
    """French entries mailed at 72, each signed under `-- ` by the translation team."""
    dump = Dump.named("trailers_02", "French entries at 72 signed under '-- '")
    body = layout.Body(wrapper=mail.wrapped(72))
    sign = ("-- ", "L'équipe de traduction francophone de Monero")
    return layout.closed_by(dump, t, [(i, sign) for i in share(t, dump.name)], 2, body=body)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Russian entries sent from phones at 64 columns, each closed a blank line down by the
    app's own line."""
    dump = Dump.named("trailers_03", "Russian entries from phones at 64, closed by the app")
    closing = ("Отправлено с iPhone", "Отправлено из мобильной Почты Mail.ru", "-- Sent from K-9")
    body = layout.Body(wrapper=mail.wrapped(64))
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Fortieth fresh half (tuning, template documents): sources and licences

Written, like this file, by `python -m bench.fresh40_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh40_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: its dumps, gold and misses may be read, shown and tuned on
([README.md](../README.md)). It holds template documents (entries that open on the same
intertitles in their language) in German, French, Polish and Russian, pasted in all eight
shapes; its second look is fresh39.

Every headline, intertitle and body paragraph is real published text, taken by code (not by
hand) from the source of getmonero.org, the Monero project's site, as
github.com/monero-project/monero-site holds it (at db1cb28, July 2026): every entry of the
site's Moneropedia under _i18n/de, fr, pl and ru whose disclaimer line marks it translated
(142 entries: 41 German, 32 French, 31 Polish, 38 Russian; 11 to 892 words). The Markdown is
read as fresh29's posts are (bench/fresh29_texts.py): links and emphasis as their words,
headings as intertitles, list items as paragraphs, rules and Liquid tags left out; `@term`
links as the site's plugin prints them (the term, hyphens as spaces); the headline is the
entry's name in the language's strings file. The web pages carry the site's own chrome in the
page's language (_includes/header.html, footer.html, _layouts/moneropedia.html and the
strings in _i18n/<language>.yml). Written by the builder: the wrapping (bench/mail_layout.py),
the order of the entries, and everything around the texts in the other shapes (digest,
newsletter and forward headers, a study group's letter, signatures, phone apps' closing
lines, reposts' credits, export headers, cover pages and field lines, a reader view's lines,
clipping lines).

Licence: BSD 3-Clause (the repository's LICENSE and README: "This repository is licensed
under the BSD 3-Clause"). Copyright (c) 2014-2025, The Monero Project; the licence's text,
with that notice, is beside the halves as
[../licences/BSD-3-Clause-Monero.txt](../licences/BSD-3-Clause-Monero.txt), as it asks of
every redistribution. The dumps are shared under the same licence. Doubts: an encyclopaedia of
a software project's terms, not news; a few entries marked translated keep English sections
(`Technical Use`) as published; the ids' days are the days the repository added each
translation (the entries carry none), and the addresses are the site's pattern for the
language.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH40, SOURCES_HEAD)
"""The fortieth fresh half, tuning: the Moneropedia's translated entries."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
