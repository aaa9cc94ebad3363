"""The fiftieth fresh half, tuning, of a project's newsletter in five languages: `python -m
bench.fresh50_dumps` writes it and its gold.

The splitter reads new sources badly, and its tuning halves hold few bodies that are mostly
intertitles over link lists, and little Italian or Portuguese. This half gives the tuning helpers
both, from a source no earlier half used: tests/fixtures/dumps/real/fresh50/texts.txt (written
by `python -m bench.fresh50_texts` from a clone of the site's repository) holds the XMPP
Newsletter of 2022 to 2026 as its volunteers translated it into German, French, Italian, Spanish
and Brazilian Portuguese, under CC BY-SA 4.0: monthly issues of events, articles, software
releases and the standards' progress, each a run of intertitles over lists, which the dumps keep
as the page prints them (a list's items line under line). The German and Italian web pages carry
the site's own chrome (its menu, and its theme's strings as their translations name them);
everything else around the texts (a press review file, a word processor's plain text, a chat
export, Notion and Dendron notes, an mbox, a list's digest, a Yahoo Mail forward, a user group's
reposts, export headers and fields, closings) is written here in manners no open half's builder
imitates, and the wrapping is done by bench/mail_layout.py. It is a tuning half: its dumps, gold
and misses may be read and tuned on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh48_dumps import together
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH50 = REAL / "fresh50"
TEXTS = FRESH50 / "texts.txt"
PROJECT = "XMPP Newsletter"
OWNER = "XMPP Standards Foundation"

PRINTED = layout.Body(together=together)
"""The body as the page prints it: paragraphs a blank line apart, lists and tables tight."""

SIZES = {
    "classic_01": ("de", 3),
    "email_digest_01": ("de", 4),
    "foreign_web_01": ("de", 3),
    "lexisnexis_01": ("de", 3),
    "trailers_01": ("de", 3),
    "classic_02": ("fr", 3),
    "email_digest_02": ("fr", 3),
    "foreign_web_02": ("fr", 3),
    "nexis_factiva_02_factiva": ("fr", 3),
    "trailers_02": ("fr", 2),
    "foreign_web_03": ("it", 4),
    "clipper_markdown_02": ("it", 4),
    "lexisnexis_02": ("it", 3),
    "nexis_factiva_01_nexisuni": ("it", 3),
    "trailers_03": ("it", 3),
    "classic_03": ("es", 4),
    "clipper_markdown_01": ("es", 3),
    "email_digest_03": ("pt", 3),
}
"""Each dump of those shapes, the language of its texts and how many it holds, dealt out in
the spread order (`spread`)."""
LONG = {"long_intertitles_01": ("de", 3), "long_intertitles_02": ("fr", 3)}
"""The long-text dumps, dealt the longest texts with intertitles of their language."""


def spread(t: dict[str, Text]) -> dict[str, Text]:
    """The texts every other one first, then the rest: dealt in that order, the dumps hold
    issues of every year, not the first years' only."""
    idents = list(t)
    return {ident: t[ident] for ident in idents[::2] + idents[1::2]}


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds; no text twice."""
    return mail.dealt_in_pools(spread(t), lambda text: text.language, SIZES, LONG, name)


def day(text: Text) -> str:
    """The issue's day as the text's language writes it (`10. Juni 2025`)."""
    return layout.local_date(layout.id_day(text), text.language)


def numeric(text: Text) -> str:
    """The day as chat and mail apps write it (`17/06/2017`)."""
    return f"{layout.id_day(text):%d/%m/%Y}"


def pages(
    dump: Dump, t: dict[str, Text], page: Callable[[Text], list[layout.Item]], gap: int
) -> Dump:
    """The dump's texts laid out one after another by `page`, `gap` blank lines apart."""
    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], gap)


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """A communications office's press review (`Pressespiegel`) kept as text: a page line
    over each item, the headline, a `Quelle:` line, the text wrapped at 76."""
    dump = Dump.named("classic_01", "Pressespiegel: page line, headline, Quelle: …, at 76")
    body = layout.Body(wrapper=mail.wrapped(76), together=together)
    for number, ident in enumerate(share(t, dump.name)):
        if number:
            dump.gap(2)
        text = t[ident]
        dump.separator(f"Pressespiegel IT · Seite {number + 1}")
        dump.gap()
        source = f"Quelle: xmpp.org, {numeric(text)}"
        layout.lay_out(dump, text, [layout.Title(), source, "", body])
    return dump


def classic_02(t: dict[str, Text]) -> Dump:
    """Issues pasted into a word processor and saved as plain text: each paragraph, list
    item and intertitle one line, no blank line between them, two between issues."""
    dump = Dump.named("classic_02", "Word processor saved as plain text: a paragraph a line")
    body = layout.Body(between=0, around=0)
    return pages(dump, t, lambda text: [layout.Title(), body], 2)


def classic_03(t: dict[str, Text]) -> Dump:
    """Issues pasted in a group chat and exported by WhatsApp on Android: the first line
    of each message behind its day, time and sender, the message's other lines bare."""
    dump = Dump.named("classic_03", "WhatsApp export: 17/6/17 22:10 - Ana: headline, lines")
    senders = ("Ana López", "Javier Ruiz", "Marta Gil", "Lucía Martín")
    body = layout.Body(between=0, around=0, together=together)

    def page(text: Text, sender: str) -> list[layout.Item]:
        when = f"{layout.id_day(text):%-d/%-m/%y}, 22:10"
        return [layout.Title(f"{when} - {sender}: {{}}"), body]

    idents = share(t, dump.name)
    items = [(i, page(t[i], s)) for i, s in zip(idents, senders, strict=True)]
    return layout.lay_out_pages(dump, t, items, 0)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Pages exported from Notion as Markdown: a `# ` headline, the page's properties a line
    each (`Creado:`, `Etiquetas:`, `URL:`), `##` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Notion export: # title, property lines", ".md")
    body = layout.Body(render=layout.markdown, together=together)

    def page(text: Text) -> list[layout.Item]:
        made = f"Creado: {layout.id_day(text):%d/%m/%Y} 10:00"
        return [layout.Title("# {}"), "", made, "Etiquetas: xmpp", f"URL: {text.url}", "", body]

    return pages(dump, t, page, 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes of a Dendron vault: front matter with `id:`, `title:`, `desc:`, `updated:` and
    `created:` (milliseconds), no headline over the body, `##` intertitles."""
    dump = Dump.named("clipper_markdown_02", "Dendron notes: id/title/desc/updated", ".md")
    body = layout.Body(render=layout.markdown, together=together)

    def page(text: Text) -> list[layout.Item]:
        stamp = int(layout.id_day(text).timestamp() * 1000)
        head = ["---", f"id: xmpp{text.id[3:11]}", layout.Title("title: '{}'")]
        tail = ["desc: ''", f"updated: {stamp}", f"created: {stamp}", "---"]
        return [*head, *tail, "", body]

    return pages(dump, t, page, 1)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A German list's copies of the issues saved as an mbox: each mail's `From ` line and
    headers, the issue wrapped at 72."""
    dump = Dump.named("email_digest_01", "mbox of a German list: From lines, headers")
    body = layout.Body(wrapper=mail.wrapped(72), together=together)
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        when = layout.id_day(text)
        if number:
            dump.gap()
        dump.separator(f"From newsletter@xmpp.example {when:%a %b %d} 20:14:07 {when:%Y}")
        items = [
            "From: XMPP Newsletter <newsletter@xmpp.example>",
            "To: newsletter-de@lists.xmpp.example",
            layout.Title("Subject: {}"),
            f"Date: {when:%a, %d %b %Y} 20:14:07 +0200",
            f"Message-ID: <{text.id}@lists.xmpp.example>",
            "List-Id: <newsletter-de.lists.xmpp.example>",
            "",
            body,
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A French user group's list digest as Sympa sends it: the digest's header and its
    contents, each message under a line of dashes with its `Date:`, `De :` and `Objet :`."""
    dump = Dump.named("email_digest_02", "Sympa digest in French: Sommaire, Objet :, De :")
    idents = share(t, dump.name)
    dump.matter(
        "Liste de diffusion annonces-xmpp@lug.example",
        "",
        f"Digest annonces-xmpp, {len(idents)} messages",
        "",
        "Sommaire :",
    )
    for number, ident in enumerate(idents, 1):
        dump.matter(f"  {number}. {t[ident].title}")
    body = layout.Body(wrapper=mail.wrapped(72), together=together)
    for ident in idents:
        text = t[ident]
        dump.gap()
        dump.separator("-" * 30)
        items = [
            f"Date: {numeric(text)}",
            "De : Équipe de traduction <traduction@lug.example>",
            layout.Title("Objet : {}"),
            "",
            body,
        ]
        layout.lay_out(dump, text, items)
    dump.gap()
    dump.separator("-" * 30)
    dump.matter("Fin du digest annonces-xmpp")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A colleague's mail passing issues on as Yahoo Mail forwards in Portuguese (`-----
    Mensagem encaminhada -----`, `De:`, `Para:`, `Enviado:`, `Assunto:`)."""
    dump = Dump.named("email_digest_03", "Yahoo Mail forwards in Portuguese: Assunto:")
    dump.matter("Oi pessoal,", "", "Seguem as newsletters do XMPP que comentei na reunião.")
    body = layout.Body(wrapper=mail.wrapped(72), together=together)
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        dump.separator("----- Mensagem encaminhada -----")
        items = [
            "De: XMPP Newsletter <newsletter@xmpp.example>",
            "Para: lista-usuarios@grupo.example",
            f"Enviado: {day(text)} 21:03",
            layout.Title("Assunto: {}"),
            "",
            body,
        ]
        layout.lay_out(dump, text, items)
    dump.gap(2)
    dump.matter("Abraços,", "Paulo")
    return dump


# foreign_web -----------------------------------------------------------------------


MENU = "About   Uses   Software   Specifications   Community   Getting Started   News   Jobs"
"""The site's main menu, as config/_default/menus.json names it (in English on every page)."""
HINT_DE = (
    "Die Übersetzung dieses Artikels wurde von Freiwilligen geleistet. Sie kann daher trotz "
    "aller Bemühungen in ihrer Bedeutung stellenweise vom Original abweichen."
)
"""The German pages' note on a translation (the theme's i18n/de.yaml, `translationHint`)."""
HINT_IT = (
    "Questo articolo è stato tradotto da volontari. Pur facendo del loro meglio, la traduzione "
    "potrebbe non essere accurata."
)
"""The Italian pages' note on a translation (i18n/it.yaml, `translationHint`)."""


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Issues copied from the site's German pages: its menu, the headline, the posted line,
    the note on the translation, the text, the pager (`← Letzter Post`, `Nächster Post →`)."""
    dump = Dump.named("foreign_web_01", "The site's German pages: menu, posted line, pager")

    def page(text: Text) -> list[layout.Item]:
        head = [MENU, "", layout.Title(), layout.ABOVE, HINT_DE, ""]
        return [*head, PRINTED, "", "← Letzter Post", "Nächster Post →"]

    return pages(dump, t, page, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Issues reposted on a French user group's site: `Publié le … par …`, the text, a
    `Lire la lettre sur xmpp.org` link and the comments count."""
    dump = Dump.named("foreign_web_02", "User group reposts: Publié le … par …, commentaires")
    dump.matter("Groupe d'utilisateurs Linux — Actualités", "")

    def page(text: Text) -> list[layout.Item]:
        line = f"Publié le {day(text)} par la rédaction"
        under = ["Lire la lettre sur xmpp.org", "0 commentaire"]
        return [layout.Title(), line, "", PRINTED, "", *under]

    return pages(dump, t, page, 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Issues copied from the site's Italian pages: its menu, the headline, the posted line,
    the note on the translation, the text, the pager (`← Articolo precedente`)."""
    dump = Dump.named("foreign_web_03", "The site's Italian pages: menu, posted line, pager")

    def page(text: Text) -> list[layout.Item]:
        head = [MENU, "", layout.Title(), layout.ABOVE, HINT_IT, ""]
        return [*head, PRINTED, "", "← Articolo precedente", "Articolo successivo →"]

    return pages(dump, t, page, 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest German issues, every short line two blank lines apart, as wide as the
    gap between them, under the day."""
    dump = Dump.named("long_intertitles_01", "Long German issues under the day, short lines")
    items = [(i, day(t[i])) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """The longest French issues saved as text at 78, intertitles in capitals with two
    blank lines around them, under `Lettre du` and the day."""
    dump = Dump.named("long_intertitles_02", "French issues at 78, capital intertitles")
    body = layout.Body(wrapper=mail.wrapped(78), together=together)

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(), f"Lettre du {day(text)}", "", "", body]

    items = [(i, page(t[i])) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, items, 3)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: the XMPP Newsletter in German, body unwrapped",
        PROJECT,
        22,
        "FREIE SOFTWARE",
        kind="PUBLICATION-TYPE: Newsletter",
    ),
    blog_exports.Copyrighted(
        "LexisNexis records: the newsletter in Italian, at 72",
        OWNER,
        (PROJECT, 26),
        ("SECTION: NOTIZIE",),
        "DOCUMENT-TYPE: Newsletter",
        72,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: the XMPP Newsletter in Italian",
        ("=xmpp-it", "Tuesday, March 10, 2026 9:40:00 AM CET", "604418232"),
        ("XMPP AND newsletter", f"Sources: {PROJECT}"),
        (PROJECT, OWNER, "XSF Communication Team"),
    ),
    blog_exports.Factiva(
        "Factiva display: the XMPP Newsletter in French, XMPPNL", PROJECT, "XMPPNL", OWNER, 2
    ),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Issues reposted in a German forum, each closed a blank line down by its source line
    and the licence the issue gives."""
    dump = Dump.named("trailers_01", "Forum reposts: Quelle: … / Lizenz: CC BY-SA 4.0")
    closing = ("Quelle: xmpp.org (Newsletter)", "Lizenz: CC BY-SA 4.0")
    items = [(i, closing) for i in share(t, dump.name)]
    body = layout.Body(wrapper=mail.wrapped(74), together=together)
    return layout.closed_by(dump, t, items, 2, body=body)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Issues in a French user group's newsletter, each closed flush by the translators'
    credit and a `Fin de la lettre` mark."""
    dump = Dump.named("trailers_02", "Newsletter: Traduction : …, Fin de la lettre")
    closing = ("Traduction : les bénévoles de la communauté XMPP francophone", "Fin de la lettre")
    items = [(i, closing) for i in share(t, dump.name)]
    return layout.closed_by(dump, t, items, 3, blank=False, body=PRINTED)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Issues republished by an Italian user group, each closed a blank line down by its
    republishing credit and the licence, in italics."""
    dump = Dump.named("trailers_03", "Republished: *Ripubblicato da …*, *Licenza: …*")
    closing = ("*Ripubblicato dal gruppo utenti Linux*", "*Licenza: CC BY-SA 4.0*")
    items = [(i, closing) for i in share(t, dump.name)]
    body = layout.Body(wrapper=mail.wrapped(70), together=together)
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Fiftieth fresh half (tuning, a project's newsletter in five languages): sources

Written, like this file, by `python -m bench.fresh50_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh50_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: its dumps, gold and misses may be read, shown and tuned on
([README.md](../README.md)). It holds a standards body's monthly newsletter in German, French,
Italian, Spanish and Brazilian Portuguese, in all eight shapes.

Every headline, intertitle, caption and body block is real published text, taken by code (not
by hand) from the source of the site that publishes it:

- **The XMPP Newsletter** (xmpp.org, the XMPP Standards Foundation's site), the monthly
  newsletter of the XMPP community as its volunteers translated it into German, French,
  Italian, Spanish and Brazilian Portuguese, February 2022 to March 2026 (events, talks,
  articles, client, server and library releases, the extensions' progress through the
  standards process, calls for help), and the one blog post translated with it (January 2021,
  on instant messaging), as github.com/xsf/xmpp.org keeps them under content/blog/
  (one Markdown file a translation, beside the English; at 8b59616, August 2026), a source no
  earlier half used. Every translation taken (73) is a text; the line under its headline is
  the one the site's theme prints there (its `postedOnDate` string and `dateFormat` layout in
  themes/xmpp.org/i18n/, the month named in the language). Licence: each issue closes on its
  own licence section, `This newsletter is published under CC BY-SA license` in its language,
  linking Creative Commons Attribution-ShareAlike 4.0 (the blog post: `This blog post is
  published under CC BY-SA 4.0 license`); the site names no other licence for its prose.
  Source: xmpp.org, each issue's address below (as the site's permalink rule,
  `/:year/:month/:title/` under the language, makes it; not checked page by page).

The Markdown is read by fresh48's reader (bench/fresh48_texts.py): links and emphasis as their
words, headings as intertitles, images' alternative text as captions (a Hugo `figure`
shortcode read as the image it prints, its caption its words; other shortcodes left out), a
list item, a table row and a code line each a block, kept as the page prints them; an angle
bracket in inline code kept (`<body>`). The dumps print a list's items line under line. The web
pages of foreign_web_01 and foreign_web_03 carry the site's own chrome: its main menu
(config/_default/menus.json, English on every page), the posted line, the theme's note on a
translation and its pager's labels as themes/xmpp.org/i18n/de.yaml and it.yaml word them.
Copied from real tools and habits: an mbox's `From ` lines and headers, a word processor's
plain-text save (a paragraph a line), WhatsApp's Android chat export (`17/6/25, 22:10 - Name: `),
Notion's Markdown export (a `# ` title over property lines), Dendron's front matter (`id`,
`title`, `desc`, `updated`, `created`), Sympa's digest (`Sommaire`) and Yahoo Mail's
Portuguese forward header (`----- Mensagem encaminhada -----`). Invented for the half: the
press review's page and `Quelle:` lines, the chat's senders, the notes' properties, the lists'
names, digest and senders, the forwards' greeting and signature, the user group's `Publié le
… par la rédaction` and comments lines, `Lettre du` lines, the forum's source and licence
lines, the translators' credit and end mark, the Italian group's republishing credit, export
headers, cover pages and field lines. Written by the builder besides: the wrapping
(bench/mail_layout.py) and the order of the texts. Changes: the words are unchanged; Markdown
removed as the page renders it, lines joined into paragraphs and wrapped again, intertitles in
capitals where a page sets them so, Markdown markers added in the notes. The dumps are shared
under CC BY-SA 4.0, like their texts. Doubts: one source, a newsletter whose issues share
their sections and closing paragraphs month after month; most translated issues keep the
English headline (`The XMPP Newsletter August 2024`), so several texts of one month share a
headline across languages; few paragraphs of prose between the lists; 73 texts only, so ten
are not in a dump.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH50, SOURCES_HEAD)
"""The fiftieth fresh half, tuning: the XMPP Newsletter's translations."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
