"""The forty-third fresh half, tuning, of a French public body's short news:
`python -m bench.fresh43_dumps` writes it and its gold.

The splitting issue names articles in French, Spanish, German, Portuguese and Italian; the
newest tuning halves leaned on Italian and English. This half gives the tuning helpers short
French news as a government office writes, sends and files it, from a source no earlier half
used: tests/fixtures/dumps/real/fresh43/texts.txt (written by `python -m bench.fresh43_texts`
from a clone of the newsletter's repository) holds the news items of the Gazette #BlueHats, the
French interministerial digital directorate's (DINUM) newsletter on free software in the
administration, 2019 to 2021, under Licence Ouverte 2.0. Its web pages carry the gazette's own
site's chrome (the Hugo pages of disic.github.io/gazette-bluehats); everything else around the
texts (a mailing list's plain-text issue and digest, forwards from a French mail client, a
wiki's and a note-taking app's pages, an intranet's page, press-office and phone closings,
export headers and fields) is written here, in French, in the manner of tools no earlier
builder imitated, and the wrapping is done by bench/mail_layout.py. It is a tuning half: its
dumps, gold and misses may be read and tuned on.
"""

from __future__ import annotations

import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH43 = REAL / "fresh43"
TEXTS = FRESH43 / "texts.txt"
GAZETTE = "Gazette #BlueHats"
DINUM = "Direction interministérielle du numérique"

SITE_HEAD = ("Gazette #BlueHats", "À propos")
"""The gazette's site's name and menu over every page (its Hugo theme's header)."""
SITE_FOOT = (
    "Twitter",
    "Gazette #BlueHats",
    "© 2021 / Powered by Hugo",
    "Ghostwriter theme By JollyGoodThemes",
    "/ Ported to Hugo By jbub",
)
"""The gazette's site's footer (its Hugo theme's footer)."""
INTRANET_HEAD = (
    "Aller au contenu",
    "Aller à la recherche",
    "PLÉIADE — l'intranet des agents",
    "Accueil",
    "Actualités",
    "Mon espace RH",
    "Annuaire",
    "Outils numériques",
)
"""A ministry intranet's header, written for the half."""
INTRANET_FOOT = (
    "Cette actualité vous a-t-elle été utile ?",
    "Oui",
    "Non",
    "Plan du site",
    "Accessibilité : partiellement conforme",
    "Mentions légales",
    "Contacter la rédaction",
)
"""The same intranet's footer, written for the half."""

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

SIZES = {
    "classic_01": ("fr", 4),
    "classic_02": ("fr", 3),
    "classic_03": ("fr", 3),
    "clipper_markdown_01": ("fr", 3),
    "clipper_markdown_02": ("fr", 3),
    "email_digest_01": ("fr", 5),
    "email_digest_02": ("fr", 3),
    "email_digest_03": ("fr", 4),
    "foreign_web_01": ("fr", 4),
    "foreign_web_02": ("fr", 3),
    "foreign_web_03": ("fr", 3),
    "lexisnexis_01": ("fr", 3),
    "lexisnexis_02": ("fr", 3),
    "nexis_factiva_01_nexisuni": ("fr", 3),
    "nexis_factiva_02_factiva": ("fr", 3),
    "trailers_01": ("fr", 3),
    "trailers_02": ("fr", 3),
    "trailers_03": ("fr", 3),
    "long_intertitles_02": ("fr", 4),
}
"""Each dump of those shapes, the language of its texts and how many it holds, dealt out in
the texts' order."""
LONG = {"long_intertitles_01": ("fr", 2)}
"""The long-text dump, dealt the longest texts with intertitles."""


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds; no text twice."""
    return mail.dealt_in_pools(t, lambda text: text.language, SIZES, LONG, name)


def issue(text: Text) -> str:
    """The gazette's issue the item was sent in (`Gazette #BlueHats n°5`)."""
    return text.above[0]


def day(text: Text) -> str:
    """The day as French pages write it: `5 mai 2020`, `1er avril 2019`."""
    when = layout.id_day(text)
    first = "er" if when.day == 1 else ""
    return f"{when.day}{first} {MONTHS[when.month - 1]} {when.year}"


def numeric(text: Text) -> str:
    """The day as French forms write it: `05/05/2020`."""
    return f"{layout.id_day(text):%d/%m/%Y}"


def long_day(text: Text) -> str:
    """The day with its weekday, as a French mail client dates a message (`mar. 5 mai 2020`)."""
    return f"{WEEKDAYS[layout.id_day(text).weekday()][:3]}. {day(text)}"


def site_day(text: Text) -> str:
    """The day as the gazette's Hugo theme prints it (`Publié Tue 5 May 2020`)."""
    return f"Publié {layout.id_day(text):%a %-d %b %Y}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """News copied from a PDF issue of the letter: each item under a running head with the
    issue and a page number, its headline, the text a paragraph a line."""
    dump = Dump.named("classic_01", "PDF copy: running head and page number over each item")
    pages = []
    for number, ident in enumerate(share(t, dump.name), 2):
        head = f"{issue(t[ident]).upper()} — {day(t[ident])}        page {number}"
        pages.append((ident, [head, "", layout.Title(), "", layout.Body()]))
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Items set as a ministry's press desk dispatches them: the headline in capitals, a
    `Paris, le …` line, the text at 68, `///` between items."""
    dump = Dump.named("classic_02", "Press desk: CAPITAL headline, Paris, le …, /// between")
    body = layout.Body(wrapper=mail.wrapped(68))
    pages = [
        (i, [layout.Title(upper=True), f"Paris, le {day(t[i])}", "", body])
        for i in share(t, dump.name)
    ]
    return layout.ruled_pages(dump, t, pages, "///")


def classic_03(t: dict[str, Text]) -> Dump:
    """Pages of a desktop wiki: the headline between `======` marks, a `Créé le …` line, the
    text at 76 with a paragraph in two re-flowed."""
    dump = Dump.named("classic_03", "Desktop wiki: ====== headline ======, Créé le …")

    def page(text: Text) -> list[layout.Item]:
        when = f"Créé le {long_day(text)}"
        body = layout.Body(wrapper=mail.reflowed(76, 2))
        return [layout.Title("====== {} ======"), when, "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Notes of a Markdown note-taking app with a numeric id: front matter (`title`, `id`,
    `keywords`, `source`), a `# ` headline, the issue as a `> ` line."""
    dump = Dump.named("clipper_markdown_01", "Notes: title/id/keywords/source, # H1", ".md")

    def page(text: Text) -> list[layout.Item]:
        stamp = f"{layout.id_day(text):%Y%m%d}093000"
        fields = [f"id: {stamp}", "keywords: [bluehats, logiciel-libre]", f"source: {text.url}"]
        head = ["---", f'title: "{text.title}"', *fields, "---"]
        body = layout.Body(render=layout.markdown)
        return [*head, "", layout.Title("# {}"), "", f"> {issue(text)}, {day(text)}", "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Pages exported as Markdown from a team wiki: a `# ` headline, its properties a line
    each (`Date :`, `Source :`, `Étiquettes :`), `### ` intertitles."""
    dump = Dump.named("clipper_markdown_02", "Team wiki export: # title, property lines", ".md")

    def page(text: Text) -> list[layout.Item]:
        props = [f"Date : {day(text)}", f"Source : {text.url}", "Étiquettes : veille, libre"]
        body = layout.Body(render=layout.headings("###"))
        return [layout.Title("# {}"), "", *props, "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 3)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """The letter as its mailing list sends it in plain text: the list's header, each item
    under `n/ ` and its headline, the text at 72, between rows of `~`, the list's footer."""
    dump = Dump.named("email_digest_01", "Mailing list issue: n/ headline, ~~~ rows, footer")
    first = t[share(t, dump.name)[0]]
    dump.matter(
        f"[bluehats] {issue(first)}",
        "Liste bluehats@mail.etalab.studio",
        "",
        "Bonjour à toutes et à tous,",
    )
    for number, ident in enumerate(share(t, dump.name), 1):
        dump.gap()
        dump.separator("~" * 40)
        dump.gap()
        items = [layout.Title(f"{number}/ {{}}"), "", layout.Body(wrapper=mail.wrapped(72))]
        layout.lay_out(dump, t[ident], items)
    dump.gap()
    dump.separator("~" * 40)
    dump.gap()
    dump.matter(
        "Pour vous désabonner : sympa@mail.etalab.studio, objet « unsubscribe bluehats ».",
        "Archives de la liste : https://mail.etalab.studio/sympa/arc/bluehats",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """Items forwarded one by one from a desktop mail client in French: `-------- Message
    transféré --------`, `Sujet :`, `Date :`, `De :`, `Pour :`, the text at 74."""
    dump = Dump.named("email_digest_02", "French forwards: Message transféré, Sujet/Date/De")
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap(2)
        items = [
            "-------- Message transféré --------",
            layout.Title("Sujet : {}"),
            f"Date : {long_day(text)} 10:41:07 +0200",
            "De : Mission logiciels libres <opensource@data.gouv.fr>",
            "Pour : dsi-veille@interieur.example.gouv.fr",
            "",
            layout.Body(wrapper=mail.wrapped(74)),
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A mailing list's digest: its numbered contents, then each message under `Message n`,
    `Date :`, `De :`, `Objet :` lines, the text at 70, ending on the digest's last line."""
    dump = Dump.named("email_digest_03", "List digest: Sommaire, Message n, Objet lines")
    idents = share(t, dump.name)
    dump.matter("Digest bluehats, Vol 2, numéro 7", "", "Sommaire :", "")
    dump.matter(*(f"   {n}. {t[i].title}" for n, i in enumerate(idents, 1)))
    for number, ident in enumerate(idents, 1):
        text = t[ident]
        dump.gap()
        dump.separator("----------------------------------------------------------------------")
        dump.gap()
        items = [
            f"Message {number}",
            f"Date : {long_day(text)}",
            "De : DINUM <opensource@data.gouv.fr>",
            layout.Title("Objet : {}"),
            "",
            layout.Body(wrapper=mail.wrapped(70)),
        ]
        layout.lay_out(dump, text, items)
    dump.gap()
    dump.matter("Fin du digest bluehats, Vol 2, numéro 7", "*" * 40)
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Items copied from the gazette's own pages: the site's name and menu, the issue's
    headline, the theme's day and author lines, the item's heading and text, the footer."""
    dump = Dump.named("foreign_web_01", "Gazette's Hugo pages: menu, Publié …, par DINUM, footer")

    def page(text: Text) -> list[layout.Item]:
        head = [*SITE_HEAD, "", issue(text), site_day(text), "par", "DINUM", ""]
        return [*head, layout.Title(), layout.Body(), "", *SITE_FOOT]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Items reposted on a ministry's intranet: its header and menu, a trail, the headline, a
    `Publié le …` line and a share line, the text, the intranet's footer."""
    dump = Dump.named("foreign_web_02", "Intranet pages: trail, Publié le, Partager, footer")

    def page(text: Text) -> list[layout.Item]:
        trail = "Accueil > Actualités > Numérique"
        when = f"Publié le {numeric(text)} · Mis à jour le {numeric(text)}"
        head = [*INTRANET_HEAD, "", trail, layout.Title(), when, "Partager : Courriel | Imprimer"]
        return [*head, "", layout.Body(), "", *INTRANET_FOOT]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Items in a browser's reading mode in French: the site, the headline, the time to read,
    the text."""
    dump = Dump.named("foreign_web_03", "Reading mode: site, headline, n à m minutes")

    def page(text: Text) -> list[layout.Item]:
        least = max(1, text.words() // 230)
        head = ["disic.github.io", layout.Title(), f"{least} à {least + 1} minutes"]
        return [*head, "", layout.Body()]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest items with intertitles, every short line two blank lines apart, as wide
    as the gap between them, under the day."""
    dump = Dump.named("long_intertitles_01", "Long items under the day, short lines spaced")
    return layout.spaced_articles(dump, t, [(i, day(t[i])) for i in share(t, dump.name)], 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Items mailed at 72 under the day and two blank lines, intertitles (where any) in
    capitals."""
    dump = Dump.named("long_intertitles_02", "Items at 72 under the day, two blanks under it")
    body = layout.Body(wrapper=mail.wrapped(72))
    pages = [(i, [layout.Title(), day(t[i]), "", "", body]) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Gazette #BlueHats, body unwrapped",
        GAZETTE,
        30,
        "ADMINISTRATION NUMÉRIQUE",
        kind="PUBLICATION-TYPE: Newsletter",
    ),
    blog_exports.Copyrighted(
        "LexisNexis export: Licence Ouverte items, at 74",
        "DINUM",
        (GAZETTE, 34),
        ("SECTION: LOGICIEL LIBRE",),
        "DOCUMENT-TYPE: Lettre d'information",
        74,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Gazette #BlueHats",
        ("=logiciel-libre", "Tuesday, March 10, 2026 9:12:00 AM CET", "402118902"),
        ('"logiciel libre" AND administration', f"Sources: {GAZETTE}"),
        (GAZETTE, DINUM, "DINUM"),
    ),
    blog_exports.Factiva(
        "Factiva display: Gazette #BlueHats, BLUHAT", GAZETTE, "BLUHAT", "DINUM", 11
    ),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Items reposted by a prefecture's press office, each closed a blank line down by its
    source and licence line and the office's name."""
    dump = Dump.named("trailers_01", "Reposted items closed by Source : … and the office")
    closing = (
        ("Source : Gazette #BlueHats (DINUM), Licence Ouverte 2.0", "Service communication"),
        ("(D'après la gazette #BlueHats)",),
        ("Contact presse : communication@prefecture.example.gouv.fr",),
    )
    items = list(zip(share(t, dump.name), closing, strict=True))
    return layout.closed_by(dump, t, items, 2, body=layout.Body(wrapper=mail.wrapped(74)))


def trailers_02(t: dict[str, Text]) -> Dump:
    """Items pinned on a team's chat, each closed flush by the poster's or channel's line."""
    dump = Dump.named("trailers_02", "Chat posts closed flush by a poster's line")
    closing = (
        "— partagé dans ~veille-libre",
        "(relayé par la mission logiciels libres)",
        "-- Fin du message --",
    )
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, blank=False)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Items sent on from phones at 58 columns, each closed a blank line down by the mail
    app's own line."""
    dump = Dump.named("trailers_03", "Items sent from phones at 58, closed by the app")
    closing = (
        "Envoyé depuis Proton Mail mobile",
        "Envoyé de mon Fairphone",
        "Envoyé avec l'application Mail Orange",
    )
    body = layout.Body(wrapper=mail.wrapped(58))
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Forty-third fresh half (tuning, a French public body's news): sources, licence

Written, like this file, by `python -m bench.fresh43_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh43_texts GAZETTE` writes from a clone of the repository named below. A
**tuning** half: its dumps, gold and misses may be read, shown and tuned on
([README.md](../README.md)). It holds short news of a French public body, in French, in all
eight shapes.

Every headline, intertitle and body paragraph is real published text, taken by code (not by
hand) from the source of a public body's newsletter:

- **Gazette #BlueHats**, the newsletter on free software in, by and for the public
  administration that the French interministerial digital directorate (DINUM, Direction
  interministérielle du numérique, formerly DINSIC) sent every two months: its issues n°0 to
  n°13 (April 2019 to 2021), as github.com/DISIC/gazette-bluehats keeps them under
  content/post/ (one Org file an issue; at 48299ae, November 2021) and publishes them at
  disic.github.io/gazette-bluehats. A text is one of an issue's news items (a heading and the
  prose under it; a top heading with prose of its own takes the headings under it as its
  intertitles); the press reviews, agendas, job offers and sign-offs are left out, as are items
  under 40 or over 700 words and an item an earlier issue printed again (93 items). Licence:
  the repository's LICENSE.txt, Licence Ouverte 2.0 / Open Licence 2.0 (Etalab): free reuse,
  adaptation and commercial use, on condition of naming the source and the date of its last
  update. Source: DINUM, Gazette #BlueHats, each issue's address below, last updated on the day
  of its issue.

The Org markup is read as the site prints it (bench/fresh43_texts.py): links as their words,
emphasis and verbatim marks as their words (`=>>=` as `>>`), list items and quotations as
paragraphs; images, tables and export blocks left out, a paragraph's lines joined. The issue
and day over a text are the gazette's own. The web pages of foreign_web_01 carry the gazette's
site's own chrome (its Hugo theme's header, `Publié …` and `par DINUM` lines and footer).
Written by the builder: the wrapping (bench/mail_layout.py), the order of the texts, and
everything around them in the other shapes (a mailing list's issue and digest, forwards from a
mail client, a PDF copy's running heads, a press desk's `Paris, le` lines, a desktop wiki's and
note apps' pages, a team wiki's export, an intranet's page, a reading mode's lines, press-office,
chat and phone closings, export headers, cover pages and field lines). Changes: the words are
unchanged; Org markup removed as the page renders it, lines joined into paragraphs and wrapped
again, headlines in capitals in the press desk's copy, intertitles in capitals where a page sets
them so, Markdown markers added in the notes. The dumps are shared under Licence Ouverte 2.0.
Doubts: one language, not the three of French, Spanish, German and Portuguese the brief asked
for (no openly licensed Spanish, German or Portuguese news unused by an earlier half was found
in a repository a clone here could take, in the time); one source, a directorate's newsletter
to a community, whose items announce events, calls, releases and reports, some with a closing
`>> Pour en savoir plus` line (body, as printed); few items have intertitles (5 in 2 texts).

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH43, SOURCES_HEAD)
"""The forty-third fresh half, tuning: the Gazette #BlueHats's news items."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
