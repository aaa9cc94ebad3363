"""The forty-fifth fresh half, sealed, of news in Portuguese, Italian, French and English:
`python -m bench.fresh45_dumps` writes it and its gold.

The sealed halves hold Portuguese, Italian and French least; this half is one more blind judge
in those languages and some English, from sources no earlier half used.
tests/fixtures/dumps/real/fresh45/texts.txt (written by `python -m bench.fresh45_texts` from
clones of the three sites' repositories) holds Buteco Open Source's news posts in Brazilian
Portuguese (butecopensource.com.br, a community blog on free software, 2014 to 2016, CC BY-SA
4.0), WEEE Open's blog posts in Italian (weeeopen.polito.it, the Politecnico di Torino's
student team that mends old computers, 2016 to 2021, CC BY-SA 4.0) and Exodus Privacy's blog
posts in French and English (exodus-privacy.eu.org, a French association that audits Android
apps' trackers, 2018 to 2024, AGPL-3.0). Their web pages carry each site's own chrome (the
Minimal Mistakes theme's Brazilian strings of butecopensource.com.br, the PHP templates of
weeeopen.polito.it, the Hugo theme and French menu of exodus-privacy.eu.org); everything else
around the texts (a notes app's notes, an RSS reader's copies, a chat client's copied messages,
an outliner's and a workspace's exports, a newsletter's plain-text part, a mail client's
forwards, a group's digest, a terminal browser's dump, a word processor's text, phone, repost
and credit closings, export headers and fields) is written here, in the text's language, and
the wrapping is done by bench/mail_layout.py. It is sealed: nobody but the lead runs the
splitter on it, at the end (tests/fixtures/dumps/real/README.md); its builder checks its gold
with the gold tests only.
"""

from __future__ import annotations

import hashlib
import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH45 = REAL / "fresh45"
TEXTS = FRESH45 / "texts.txt"
BUTECO = "Buteco Open Source"
WEEE = "WEEE Open"
EXODUS = "Exodus Privacy"

BUTECO_HEAD = ("Alternar menu", "Buteco Open Source", "Home", "Anuncie", "Colabore", "Podcast")
"""The masthead of every butecopensource.com.br page (_data/navigation.yml's main menu)."""
BUTECO_FOOT = (
    "Compartilhe",
    "Twitter Facebook LinkedIn",
    "Anterior Próxima",
    "Talvez você também goste",
    "Seguir: Twitter Telegram Youtube Facebook Linkedin GitHub Feed",
    "© 2020 Buteco Open Source. Desenvolvido com Jekyll & Minimal Mistakes.",
)
"""The foot of every post page: the theme's Brazilian strings (_data/ui-text.yml's pt-BR) and
the footer (_includes/footer.html, _data/navigation.yml's social links)."""
WEEE_HEAD = (
    "WEEE Open",
    "Blog",
    "Podcast",
    "Il progetto",
    "Entra nel team",
    "Chi siamo",
    "Contatti",
)
"""The menu over every weeeopen.polito.it page (templates/base.php)."""
WEEE_FOOT = (
    "Copyleft ©, sito e contenuto distribuiti con licenza Creative Commons Attribuzione -"
    " Condividi allo stesso modo 4.0 Internazionale. Codice sorgente.",
    "Seguici su Facebook: WEEE Open",
)
"""The footer of every weeeopen.polito.it page (templates/base.php)."""
EXODUS_HEAD = ("Exodus Privacy", "Quoi", "Qui", "Contribuer", "Blog", "FAQ")
"""The navigation bar over every French exodus-privacy.eu.org page (the theme's header, the
French menu of config.toml)."""
EXODUS_FOOT = ("2025 - Exodus Privacy - Association française à but non-lucratif - Code Source",)
"""The footer of every French exodus-privacy.eu.org page (the theme's footer: the year, the
French copyright of config.toml, the repository's link)."""
PORTUGUESE_MONTHS = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
).split()
ITALIAN_MONTHS = (
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
).split()
ITALIAN_WEEKDAYS = ("lun", "mar", "mer", "gio", "ven", "sab", "dom")
FRENCH_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()

SIZES = {
    "classic_01": ("pt", 4),
    "classic_02": ("it", 4),
    "classic_03": ("pt", 3),
    "clipper_markdown_01": ("pt", 3),
    "clipper_markdown_02": ("fr", 4),
    "email_digest_01": ("pt", 4),
    "email_digest_02": ("it", 3),
    "email_digest_03": ("pt", 3),
    "foreign_web_01": ("pt", 3),
    "foreign_web_02": ("it", 3),
    "foreign_web_03": ("fr", 4),
    "lexisnexis_01": ("pt", 3),
    "lexisnexis_02": ("it", 4),
    "nexis_factiva_01_nexisuni": ("pt", 3),
    "nexis_factiva_02_factiva": ("en", 3),
    "trailers_01": ("pt", 4),
    "trailers_02": ("it", 3),
    "trailers_03": ("en", 4),
}
"""Each dump of those shapes, the language of its texts and how many it holds, dealt out in
the order `shuffled` gives."""
LONG = {"long_intertitles_01": ("en", 3), "long_intertitles_02": ("fr", 3)}
"""The long-text dumps, dealt the longest English and French texts with intertitles (Exodus
Privacy's posts have most of the half's intertitles)."""


LEFT_OUT = frozenset({"it-20201024-linux-day-2020"})
"""Texts no dump holds: this one's headline, `Linux Day 2020`, heads one of fresh32's texts too
(the Italian Linux Society's), and no headline may stand in two halves."""


def shuffled(t: dict[str, Text]) -> dict[str, Text]:
    """The texts in an order nobody chose, by their ids' SHA-256 (dealt in the order of their
    files, one dump would hold nothing but one month's news), less `LEFT_OUT`."""
    kept = sorted(set(t) - LEFT_OUT, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    return {i: t[i] for i in kept}


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds; no text twice, each dump in one language."""
    return mail.dealt_in_pools(shuffled(t), lambda text: text.language, SIZES, LONG, name)


TEAMS = {"pt": BUTECO, "it": "Team WEEE Open", "fr": EXODUS, "en": EXODUS}
"""Who writes where a text's source names no author, by language."""


def author(text: Text) -> str:
    """The author the text's source names, or the site's team where it names none."""
    named = text.above[1] if len(text.above) > 1 else ""
    return named.removeprefix("por ") or TEAMS[text.language]


def numeric(text: Text) -> str:
    """The day as Brazilian and Italian forms write it: `23/07/2015`."""
    return f"{layout.id_day(text):%d/%m/%Y}"


def long_day(text: Text) -> str:
    """The day written out in the text's language: `23 de julho de 2015`, `6 ottobre 2017`,
    `15 mars 2022`."""
    day = layout.id_day(text)
    if text.language == "pt":
        return f"{day.day} de {PORTUGUESE_MONTHS[day.month - 1]} de {day.year}"
    months = ITALIAN_MONTHS if text.language == "it" else FRENCH_MONTHS
    return f"{day.day} {months[day.month - 1]} {day.year}"


def site(text: Text) -> str:
    """The site's host: `butecopensource.com.br`, `weeeopen.polito.it`."""
    return text.url.split("/")[2]


def bullet(kind: str, line: str) -> str:
    """A block as an outliner's page exported as Markdown writes it: every paragraph a `- `
    bullet, an intertitle a `## ` heading."""
    return f"## {line}" if kind == "subhead" else f"- {line}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Notes kept in Simplenote and exported, one text file a note, put one after another: a
    note's first line is its title, then the text pasted a line a paragraph, and the `Fonte:`
    line its writer added at the end."""
    dump = Dump.named("classic_01", "Simplenote notes: title first line, Fonte: at the end")
    pages = [
        (i, [layout.Title(), "", layout.Body(), "", f"Fonte: {t[i].url}"])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts copied from an RSS reader's item view (Liferea) into one text file: the headline,
    the feed and the day, the text at 72, a row of dashes between items."""
    dump = Dump.named("classic_02", "RSS reader copies: headline, feed line, text at 72, ----")
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap()
            dump.separator("-" * 40)
            dump.gap()
        when = f"{WEEE} — {text.above[0]}"
        items = [layout.Title(), when, "", layout.Body(wrapper=mail.wrapped(72))]
        layout.lay_out(dump, text, items)
    return dump


def classic_03(t: dict[str, Text]) -> Dump:
    """The blog's Telegram channel's messages copied from Telegram Desktop, each under the
    channel's name and the message's time in brackets, its text the headline, the post and its
    link, a blank line between messages."""
    dump = Dump.named("classic_03", "Telegram Desktop copy: Channel, [dd.mm.yy HH:MM]")
    pages = [
        (
            i,
            [
                f"{BUTECO}, [{layout.id_day(t[i]):%d.%m.%y} 08:39]",
                layout.Title(),
                "",
                layout.Body(),
                "",
                t[i].url,
            ],
        )
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 1)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Pages of a Logseq graph in Portuguese: `title::`, `source::`, `tags::` properties, then
    every paragraph a `- ` block and every intertitle a `## ` heading."""
    dump = Dump.named(
        "clipper_markdown_01", "Logseq pages: title:: source:: tags::, - blocks", ".md"
    )

    def page(text: Text) -> list[layout.Item]:
        fields = [f"source:: {text.url}", "tags:: software-livre, notícias", ""]
        return [layout.Title("title:: {}"), *fields, layout.Body(around=1, render=bullet)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Pages exported from a Notion workspace in French as Markdown: the `# ` headline, the
    page's properties as `Key: value` lines (`Créé le`, `URL`, `Étiquettes`), `## `
    intertitles."""
    dump = Dump.named(
        "clipper_markdown_02", "Notion export: # H1, Créé le:/URL:/Étiquettes:", ".md"
    )

    def page(text: Text) -> list[layout.Item]:
        fields = [f"Créé le: {long_day(text)} 10:00", f"URL: {text.url}", "Étiquettes: vie privée"]
        body = layout.Body(render=layout.markdown)
        return [layout.Title("# {}"), "", *fields, "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A newsletter's plain-text part in Portuguese as a mailing service (MailerLite) sends
    it: a greeting, each post's headline between rows of `*`, its day, its first two
    paragraphs at 70 and a `Leia mais:` link, the unsubscribe footer."""
    dump = Dump.named("email_digest_01", "Newsletter text part: *** headline ***, Leia mais:")
    dump.matter(
        "Boletim do Buteco · edição 12",
        "Ver no navegador: https://butecopensource.com.br/boletim/12",
        "",
        "Olá!",
        "Estas foram as notícias da semana no Buteco:",
    )
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap()
        dump.separator("*" * 50)
        items = [layout.Title(), "*" * 50, numeric(text), "", layout.Body(wrapper=mail.wrapped(70))]
        layout.lay_out(dump, layout.opening(text, 2), [*items, "", f"Leia mais: {text.url}"])
    dump.gap(2)
    dump.matter(
        "Você recebeu este e-mail porque se inscreveu no boletim do Buteco Open Source.",
        "Cancelar inscrição: https://butecopensource.com.br/boletim/sair",
    )
    return dump


def evolution_day(text: Text) -> str:
    """The day as Evolution in Italian dates a forwarded message: `ven, 06 ott 2017 19:00:00
    +0200`."""
    day = layout.id_day(text)
    zone = "+0200" if 4 <= day.month <= 10 else "+0100"
    month = ITALIAN_MONTHS[day.month - 1][:3]
    return f"{ITALIAN_WEEKDAYS[day.weekday()]}, {day:%d} {month} {day.year} 19:00:00 {zone}"


def email_digest_02(t: dict[str, Text]) -> Dump:
    """Posts forwarded inline from Evolution in Italian, each under its `Messaggio inoltrato`
    rule and `Da:`, `A:`, `Oggetto:`, `Data:` lines, the text at 76."""
    dump = Dump.named("email_digest_02", "Evolution forwards: Messaggio inoltrato, Oggetto:")
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap(2)
        items = [
            "-------- Messaggio inoltrato --------",
            "Da: Team WEEE Open <weeeopen@polito.it>",
            "A: soci@lists.weeeopen.it",
            layout.Title("Oggetto: {}"),
            f"Data: {evolution_day(text)}",
            "",
            layout.Body(wrapper=mail.wrapped(76)),
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A mailing list's digest in Portuguese as Google Groups sends it: its summary, the
    topics listed, then each message under its topic's headline, sender and day, the text at
    72, the group's footer."""
    dump = Dump.named("email_digest_03", "Groups digest: Resumo, Tópico, De:, text at 72")
    idents = share(t, dump.name)
    dump.matter(
        "Grupo: buteco-leitores@googlegroups.com",
        f"Resumo de tópicos - {len(idents)} atualizações em {len(idents)} tópicos",
        "",
    )
    for ident in idents:
        dump.matter(f"  {t[ident].title} - 1 atualização")
    for ident in idents:
        text = t[ident]
        dump.gap()
        dump.separator("=" * 60)
        items = [
            layout.Title("Tópico: {}"),
            "=" * 60,
            f"De: {author(text)}",
            f"Data: {numeric(text)}",
            "",
            layout.Body(wrapper=mail.wrapped(72)),
        ]
        layout.lay_out(dump, text, items)
    dump.gap()
    dump.matter(
        "Você está recebendo esta mensagem porque se inscreveu no grupo buteco-leitores.",
        "Para cancelar a inscrição, envie um e-mail para",
        "buteco-leitores+unsubscribe@googlegroups.com.",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """butecopensource.com.br's post pages copied whole: the masthead, the headline, the
    reading time, the text, the day and author, the theme's foot."""
    dump = Dump.named("foreign_web_01", "butecopensource.com.br pages: minuto(s) de leitura")

    def page(text: Text) -> list[layout.Item]:
        read = f"{layout.reading_minutes(text)} minuto(s) de leitura"
        under = [f"Por {author(text)}", f"Atualizado em: {long_day(text)}"]
        return [*BUTECO_HEAD, "", layout.Title(), read, "", layout.Body(), "", *under, *BUTECO_FOOT]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """weeeopen.polito.it's post pages copied whole: the menu, the headline, the day the
    template prints, the text, the links to the next and previous posts, the footer."""
    dump = Dump.named("foreign_web_02", "weeeopen.polito.it pages: menu, day, Copyleft footer")
    idents = share(t, dump.name)
    pages = []
    for number, ident in enumerate(idents):
        around = [f"Successivo: {t[other].title}" for other in idents[number + 1 : number + 2]]
        around += [f"Precedente: {t[other].title}" for other in idents[max(0, number - 1) : number]]
        head = [*WEEE_HEAD, "", layout.Title(), layout.ABOVE, "", layout.Body(), ""]
        pages.append((ident, [*head, *around, "", *WEEE_FOOT]))
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """exodus-privacy.eu.org's French post pages copied whole: the navigation bar, the
    headline, the text, the footer."""
    dump = Dump.named("foreign_web_03", "exodus-privacy.eu.org pages: Quoi Qui Contribuer, footer")
    pages = [
        (i, [*EXODUS_HEAD, "", layout.Title(), "", layout.Body(), "", *EXODUS_FOOT])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest English posts with intertitles as a terminal browser dumps a page (`w3m
    -dump`): the headline, the day, the text at 80, one blank line around every
    intertitle."""
    dump = Dump.named("long_intertitles_01", "Terminal browser dump at 80")
    body = layout.Body(around=1, wrapper=mail.wrapped(80))
    pages = [(i, [layout.Title(), layout.ABOVE, "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 3)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """The longest French posts with intertitles saved by a word processor as plain text
    (Microsoft Word's `Texte brut`): a paragraph a line, no blank line between paragraphs, the
    headline and the day, two empty paragraphs between posts."""
    dump = Dump.named("long_intertitles_02", "Word's plain text: a line a paragraph, no gaps")
    pages = [
        (i, [layout.Title(), long_day(t[i]), layout.Body(between=0, around=0)])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Buteco Open Source, body unwrapped",
        BUTECO,
        28,
        "NOTÍCIAS",
        author,
        kind="PUBLICATION-TYPE: Web Blog",
    ),
    blog_exports.Copyrighted(
        "LexisNexis export: CC BY-SA posts of WEEE Open, at 76",
        "WEEE Open, Politecnico di Torino",
        ("weeeopen.polito.it", 30),
        ("SECTION: BLOG",),
        "DOCUMENT-TYPE: Notizia",
        76,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Buteco Open Source",
        ("=software-livre", "Tuesday, May 12, 2026 10:17:00 AM BRT", "527193048"),
        ("software livre AND (lançamento OR evento)", f"Sources: {BUTECO}"),
        (BUTECO, BUTECO, "Equipe Buteco Open Source"),
    ),
    blog_exports.Factiva("Factiva display: Exodus Privacy, EXODPR", EXODUS, "EXODPR", EXODUS, 7),
)
"""The half's LexisNexis export and Nexis Uni delivery of the Portuguese posts, its LexisNexis
records of the Italian ones and its Factiva display of the English ones, in the words each
source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts sent on from phones at 60 columns, each closed a blank line down by the
    Brazilian mail app's own line."""
    dump = Dump.named("trailers_01", "Posts sent from phones at 60, closed by the app's line")
    closing = (
        "Enviado do meu iPhone",
        "Enviado do meu smartphone Samsung Galaxy.",
        "Enviado do Email para Windows 10",
        "Obter o Outlook para Android",
    )
    body = layout.Body(wrapper=mail.wrapped(60))
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts reprinted by Italian sites, each closed flush under its last paragraph by the
    reprint's credit."""
    dump = Dump.named("trailers_02", "Reprinted posts closed flush by an Italian credit line")
    closing = (
        "Fonte: weeeopen.polito.it (CC BY-SA 4.0)",
        "(a cura del Team WEEE Open, Politecnico di Torino)",
        "— Articolo originale sul blog di WEEE Open",
    )
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, blank=False)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Posts passed on by other sites in English, each closed a blank line down by the credit
    lines a reposting site adds."""
    dump = Dump.named("trailers_03", "Reposts closed by Originally published / Via")
    closing = (
        ("Originally published by Exodus Privacy.",),
        ("Via exodus-privacy.eu.org", "Licence: GNU AGPL v3"),
        ("(Republished with thanks to the Exodus Privacy team.)",),
        ("Source: Exodus Privacy blog",),
    )
    items = list(zip(share(t, dump.name), closing, strict=True))
    return layout.closed_by(dump, t, items, 2, body=layout.Body(wrapper=mail.wrapped(74)))


SOURCES_HEAD = """# Forty-fifth fresh half (sealed, news in four languages): sources, licences

Written, like this file, by `python -m bench.fresh45_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh45_texts BUTECO WEEE EXODUS` writes from clones of the three repositories
named below. A **sealed** half: only the lead runs the splitter on it, at the end of a session;
it is never read, shown, tuned or trained on ([README.md](../README.md)). It holds news in
Brazilian Portuguese, Italian, French and English, in all eight shapes, each dump in one
language.

Every headline, intertitle and body paragraph is real published text, taken by code (not by
hand) from the sources of three sites, none used by an earlier half:

- **Buteco Open Source** (butecopensource.com.br), a Brazilian community blog on free software
  written by its readers, whose posts the site keeps as Jekyll posts under _posts/ (most of them
  imported from its WordPress, their HTML kept), as
  github.com/ButecoOpenSource/ButecoOpenSource.github.io holds it (at dcff000, August 2020):
  every post filed under `Notícias` or `Eventos` in Portuguese of 40 to 1,500 words with no
  code in it (90 of the 2014 to 2016 posts: releases of distributions and programs, events,
  projects' news); its tips and tutorials are left out. Licence: the README ("Os artigos estão
  sob a licença Creative Commons Attribution-ShareAlike 4.0 International License") and the
  theme's footer (_includes/footer.html), which links every page to CC BY-SA 4.0. Credit: Buteco
  Open Source and each post's author as _data/authors.yml names them (`por …` in texts.txt; the
  day and that line are the front matter's, written by the builder, not the page's print).
- **WEEE Open** (weeeopen.polito.it), the student team of the Politecnico di Torino that
  mends old computers and gives them away, whose blog posts the site keeps under input/blog/ as
  Markdown or HTML under `Key: value` lines, as github.com/WEEE-Open/WEEEbsite holds it (at
  8f20582, March 2021): every post in Italian of 40 to 1,500 words with no code in it (29 of
  the 2016 to 2021 posts: donations of mended computers, courses, Linux Days, restart parties,
  the lab, talks); its drafts (`.wip`), its English pages and the posts with code are left out,
  and so is `Linux Day 2020`, whose headline heads a fresh32 text too. Licence: the README
  ("Template e contenuto del sito, salvo diverse indicazioni, rilasciato sotto licenza Creative
  Commons Attribuzione - Condividi allo stesso modo 4.0 Internazionale") and every page's footer
  (templates/base.php). Credit: Team WEEE Open. The day over a text is the one the post
  template prints (`printDate`, `j %b Y` in Italian: `6 ott 2017`).
- **Exodus Privacy** (exodus-privacy.eu.org), a French association that audits the trackers
  and permissions of Android apps, whose blog posts the site keeps as Hugo Markdown under
  content/post/, most of them in French and in English, as github.com/Exodus-Privacy/website
  holds it (at 05a6528, July 2025): every post of 40 to 1,500 words with no code in it, each
  story once, in the language its name's SHA-256 picks where it stands in both (14 in French,
  13 in English, 2018 to 2024: the association's meetings and accounts, its studies of apps'
  trackers, its talks, its birthdays); drafts are left out. Licence: the repository's README
  and LICENSE, the GNU Affero General Public License version 3, whose text is in
  [../licences/AGPL-3.0.txt](../licences/AGPL-3.0.txt), as the licence asks of every copy.
  Credit: Exodus Privacy. The day over a text (`15 Mar, 2022`) is the one the theme's post
  list prints with a post (data/Formats.yaml, in English on French pages too).

The HTML and Markdown are read as the pages print them (bench/fresh45_texts.py): headings as
intertitles, list items and paragraphs as paragraphs, emphasis and links as their words; images,
code, media, shortcodes and comments left out, a paragraph's lines joined. The web pages of
foreign_web_01 to foreign_web_03 carry each site's own chrome (butecopensource.com.br's
masthead, the theme's Brazilian strings and footer, its copyright line's year the builder's;
weeeopen.polito.it's menu, next and previous links and footer; exodus-privacy.eu.org's French
navigation bar and footer, its year the builder's). Written by the builder: the wrapping
(bench/mail_layout.py), the order of the texts (by their ids' SHA-256), and everything around
them in the other shapes. Manners copied from real tools: Simplenote's notes (the first line a
title), Telegram Desktop's copy of messages (`Name, [dd.mm.yy HH:MM]`), Logseq's pages
(`key:: value` properties, `- ` blocks), Notion's Markdown export (`# ` headline, property
lines), Evolution's Italian forward (`-------- Messaggio inoltrato --------`, `Da:`, `A:`,
`Oggetto:`, `Data:`), Word's plain text (a line a paragraph), phones' Brazilian mail closings,
LexisNexis, Nexis Uni and Factiva exports. Invented in their details: the RSS reader's copies,
the newsletter's and the group digest's layout and words, the terminal browser's layout, the
`Fonte:` line, the reposts' credits, Notion's French property names.
Changes (the licences ask that they be indicated): the words are unchanged; HTML and Markdown
markup removed as the pages render it, lines joined into paragraphs and wrapped again, Markdown
and outline markers added back in the notes. The dumps of Buteco's and WEEE Open's texts are
shared under CC BY-SA 4.0, those of Exodus Privacy's under the AGPL-3.0, with the credits
above. Doubts: a community blog's news, a student team's and an association's posts, not a
newspaper's; many Portuguese posts are short release notices alike in layout; the Portuguese
and Italian posts have few intertitles, so the long-intertitle dumps are French and English;
Exodus Privacy's French and English posts are mostly translations of each other (each story
is taken once); a licence built for software (the AGPL) is a looser fit for prose than CC BY.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH45, SOURCES_HEAD)
"""The forty-fifth fresh half, sealed: Buteco Open Source's news, WEEE Open's posts and Exodus
Privacy's posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
