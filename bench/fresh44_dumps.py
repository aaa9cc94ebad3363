"""The forty-fourth fresh half, sealed, of associations' short news in German and Spanish:
`python -m bench.fresh44_dumps` writes it and its gold.

The splitting issue names articles in French, Spanish, German, Portuguese and Italian, and the
sealed halves hold mostly English; this half is one more blind judge, in two of those languages,
from sources no earlier half used. tests/fixtures/dumps/real/fresh44/texts.txt (written by
`python -m bench.fresh44_texts` from clones of the two sites' repositories) holds UbuCon
Germany's news in German (ubucon.de, Ubuntu Deutschland e.V., 2011 to 2017, CC BY-SA 3.0) and
Interferencias' posts in Spanish (interferencias.tech, an association in Granada, 2016 to 2018,
CC BY-SA 4.0). Their web pages carry each site's own chrome (the Pelican theme `verein` of
ubucon.de, the Jekyll HPSTR theme of interferencias.tech); everything else around the texts (an
RSS reader's saved articles, a word processor's plain-text export, an e-book converter's text,
an editor's notes and a pad's pages, a desktop mail client's forwards, two newsletters' plain-text
parts, a blog planet, a document converter's plain text, the posts' source files, phone,
repost and press closings, export headers and fields) is written here, in the text's language,
in the manner of tools no earlier builder imitated, and the wrapping is done by
bench/mail_layout.py. It is sealed: nobody but the lead runs the splitter on it, at the end
(tests/fixtures/dumps/real/README.md); its builder checks its gold with the gold tests only.
"""

from __future__ import annotations

import hashlib
import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH44 = REAL / "fresh44"
TEXTS = FRESH44 / "texts.txt"
UBUCON = "Ubucon Deutschland"
VEREIN = "ubuntu Deutschland e.V."
INTERFERENCIAS = "Interferencias"

UBUCON_HEAD = ("Zum Inhalt springen", "Archiv")
"""The skip link and the menu over every ubucon.de page (themes/verein, base.html)."""
UBUCON_FOOT = (
    "CC BY-SA UbuCon Team, 2017",
    "twitter",
    "YouTube",
    "RSS-Feed",
    "Kontakt",
    "Impressum",
    "Datenschutzerklärung",
    "ubuntu Deutschland e.V.",
    "Zum Seitenbeginn springen",
)
"""The footer of every ubucon.de page (base.html: the licence line, `SOCIAL`, the links)."""
INTERFERENCIAS_HEAD = (
    "Menú",
    "Inicio",
    "Nosotros",
    "JASYP '18",
    "Unirme",
    "Grupos",
    "Enlaces",
    "Agenda Almaina",
    "RSS",
)
"""The menu over every interferencias.tech page (_includes/navigation, _data/navigation.yml)."""
INTERFERENCIAS_FOOT = (
    "© 2018 Interferencias. Sitio web generado con Jekyll basándose en HPSTR Theme.",
    "Contenido publicado bajo licencia CC BY-SA 4.0 salvo recursos en los que explícitamente"
    " se indique lo contrario.",
)
"""The footer of every interferencias.tech page (_includes/footer)."""
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
GERMAN_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)

SIZES = {
    "classic_01": ("de", 4),
    "classic_02": ("de", 4),
    "classic_03": ("es", 3),
    "clipper_markdown_01": ("es", 3),
    "clipper_markdown_02": ("de", 3),
    "email_digest_01": ("de", 3),
    "email_digest_02": ("de", 4),
    "email_digest_03": ("es", 3),
    "foreign_web_01": ("de", 3),
    "foreign_web_02": ("es", 3),
    "foreign_web_03": ("de", 4),
    "lexisnexis_01": ("de", 3),
    "lexisnexis_02": ("de", 3),
    "nexis_factiva_01_nexisuni": ("de", 3),
    "nexis_factiva_02_factiva": ("es", 3),
    "trailers_01": ("de", 4),
    "trailers_02": ("es", 3),
    "trailers_03": ("de", 3),
    "long_intertitles_02": ("de", 3),
}
"""Each dump of those shapes, the language of its texts and how many it holds, dealt out in
the order `shuffled` gives."""
LONG = {"long_intertitles_01": ("de", 3)}
"""The long-text dump, dealt the longest German texts with intertitles."""


def shuffled(t: dict[str, Text]) -> dict[str, Text]:
    """The texts in an order nobody chose, by their ids' SHA-256: dealt in the order of their
    files, one dump would hold nothing but the minutes of 2013's meetings."""
    return {i: t[i] for i in sorted(t, key=lambda i: hashlib.sha256(i.encode()).hexdigest())}


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds; no text twice, each dump in one language."""
    return mail.dealt_in_pools(shuffled(t), lambda text: text.language, SIZES, LONG, name)


def page_day(text: Text) -> str:
    """The day as the text's site prints it over the text (`So, 5. Mai 2013`, `14 de enero
    de 2017`)."""
    return text.above[0]


def author(text: Text) -> str:
    """The author the site names over the text, or the team that writes where it names
    none."""
    named = text.above[1] if len(text.above) > 1 else ""
    given = named.removeprefix("von ").removeprefix("ESCRITO POR ")
    return given or ("UbuCon Team" if text.language == "de" else INTERFERENCIAS)


def numeric(text: Text) -> str:
    """The day as German forms write it: `05.05.2013`."""
    return f"{layout.id_day(text):%d.%m.%Y}"


def summer(text: Text) -> bool:
    """Whether the text's day falls in central European summer time (April to October)."""
    return 4 <= layout.id_day(text).month <= 10


def kmail_day(text: Text) -> str:
    """The day as a German KMail dates a forwarded message: `Sonntag, 5. Mai 2013, 19:03:00
    CEST`."""
    day = layout.id_day(text)
    zone = "CEST" if summer(text) else "CET"
    when = f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]}"
    return f"{when} {day.year}, 19:03:00 {zone}"


def newsboat_day(text: Text) -> str:
    """The day as Newsboat in German writes it into a saved article (`%a, %d %b %Y %T`):
    `So, 05 Mai 2013 12:00:00`."""
    day = layout.id_day(text)
    weekday = GERMAN_WEEKDAYS[day.weekday()][:2]
    return f"{weekday}, {day:%d} {GERMAN_MONTHS[day.month - 1][:3]} {day.year} 12:00:00"


def first_indented(width: int, margin: str) -> mail.Wrapper:
    """Lines wrapped at `width` whose first is set in by `margin`, as an e-book converter
    writes a paragraph with its first line indented."""
    wrap = mail.wrapped(width)

    def indent(paragraph: str) -> list[str]:
        lines = wrap(paragraph)
        return [margin + lines[0], *lines[1:]]

    return indent


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Articles saved from Newsboat, the console feed reader, in German and the saved files
    put one after another: `Titel:`, `Autor:`, `Datum:` and `Link:` lines, a blank line, the
    text as the reader renders it at 78."""
    dump = Dump.named("classic_01", "Newsboat saved articles: Titel/Autor/Datum/Link, text at 78")

    def page(text: Text) -> list[layout.Item]:
        fields = [f"Autor: {author(text)}", f"Datum: {newsboat_day(text)}", f"Link: {text.url}"]
        return [layout.Title("Titel: {}"), *fields, "", layout.Body(wrapper=mail.wrapped(78))]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 1)


def classic_02(t: dict[str, Text]) -> Dump:
    """The organisers' circular saved by LibreOffice Writer as plain text: a paragraph a
    line and no blank line between paragraphs (Writer spaces them by their style), the
    headline, a `Veröffentlicht am … von …` line, an empty paragraph between articles."""
    dump = Dump.named("classic_02", "Writer's .txt export: a line a paragraph, no blank lines")

    def page(text: Text) -> list[layout.Item]:
        line = f"Veröffentlicht am {numeric(text)} von {author(text)}"
        return [layout.Title(), line, layout.Body(between=0, around=0)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 1)


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts turned into plain text by an e-book converter from a feed's e-book: the
    headline in capitals, the day and author, paragraphs at 68 with their first line set in,
    three blank lines between chapters."""
    dump = Dump.named("classic_03", "E-book converted to text: CAPITAL headline, indented lines")

    def page(text: Text) -> list[layout.Item]:
        body = layout.Body(wrapper=first_indented(68, "    "))
        return [layout.Title(upper=True), f"{page_day(text)} | {author(text)}", "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 3)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Notes kept in a Markdown editor (Typora) in Spanish: front matter with the title, day,
    author and the editor's `typora-copy-images-to` key, a `# ` headline, a `Fuente:` link,
    `## ` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Editor notes: typora front matter, # H1", ".md")

    def page(text: Text) -> list[layout.Item]:
        fields = [f"title: {text.title}", f"fecha: {page_day(text)}", f"autor: {author(text)}"]
        head = ["---", *fields, "typora-copy-images-to: ./imagenes", "---", ""]
        source = f"Fuente: [{INTERFERENCIAS}]({text.url})"
        body = layout.Body(render=layout.markdown)
        return [*head, layout.Title("# {}"), "", source, "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes of a collaborative Markdown pad (HedgeDoc): front matter (`title`, `tags`,
    `lang: de-DE`), a `# ` headline, the source quoted under it, `## ` intertitles."""
    dump = Dump.named("clipper_markdown_02", "Pad notes: front matter, # H1, > Quelle", ".md")

    def page(text: Text) -> list[layout.Item]:
        head = ["---", f"title: {text.title}", "tags: ubucon, verein", "lang: de-DE", "---", ""]
        source = f"> Quelle: {text.url} ({numeric(text)})"
        body = layout.Body(render=layout.markdown)
        return [*head, layout.Title("# {}"), "", source, "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """Items forwarded from KMail in German, each inline under its `Weitergeleitete
    Nachricht` rule and `Betreff:`, `Datum:`, `Von:`, `An:` lines, the text at 78, closed by
    KMail's rule of dashes."""
    dump = Dump.named("email_digest_01", "KMail forwards: Weitergeleitete Nachricht, Betreff")
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap(2)
        items = [
            "----------  Weitergeleitete Nachricht  ----------",
            "",
            layout.Title("Betreff: {}"),
            f"Datum: {kmail_day(text)}",
            f"Von: {author(text)} <orga@ubucon.de>",
            "An: ubucon-helfer@lists.ubuntu-de.org",
            "",
            layout.Body(wrapper=mail.wrapped(78)),
            "-----------------------------------------",
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A newsletter's plain-text part as a German newsletter service (CleverReach) sends it:
    the issue and an online link, a greeting, each item's headline in capitals, day and two
    opening paragraphs at 70 with `» Weiterlesen:` between rows of `=`, the unsubscribe
    footer."""
    dump = Dump.named("email_digest_02", "Newsletter text part: CAPITALS, » Weiterlesen:, ====")
    dump.matter(
        "Ubucon-Newsletter · Ausgabe 3",
        "Wird dieser Newsletter nicht richtig angezeigt? Online ansehen: https://ubucon.de/nl/3",
        "",
        "Liebe Freundinnen und Freunde der Ubucon,",
        "hier sind die Neuigkeiten aus dem Orga-Team:",
    )
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap()
        dump.separator("=" * 60)
        dump.gap()
        items = [layout.Title(upper=True), numeric(text), "", layout.Body(wrapper=mail.wrapped(70))]
        layout.lay_out(dump, layout.opening(text, 2), [*items, "", f"» Weiterlesen: {text.url}"])
    dump.gap()
    dump.separator("=" * 60)
    dump.gap()
    dump.matter(
        "Sie erhalten diesen Newsletter, weil Sie sich auf ubucon.de dafür angemeldet haben.",
        "Abmelden: https://ubucon.de/nl/abmelden · Impressum: https://ubucon.de/impressum",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A bulletin's plain-text part in Spanish as a self-hosted list manager (listmonk)
    sends it: a greeting, each post under a numbered `— n —` line, its headline, day and
    author, the text at 72 and a `Leer en la web:` line, the unsubscribe footer."""
    dump = Dump.named("email_digest_03", "Bulletin text part: — n —, headline, Leer en la web:")
    dump.matter(
        "Boletín de Interferencias · n.º 7",
        "",
        "¡Hola!",
        "Te enviamos las últimas entradas de nuestra web:",
    )
    for number, ident in enumerate(share(t, dump.name), 1):
        text = t[ident]
        dump.gap(2)
        dump.separator(f"— {number} —")
        dump.gap()
        items = [
            layout.Title(),
            f"{page_day(text)} · {author(text)}",
            "",
            layout.Body(wrapper=mail.wrapped(72)),
            "",
            f"Leer en la web: {text.url}",
        ]
        layout.lay_out(dump, text, items)
    dump.gap(2)
    dump.matter(
        "Recibes este correo porque te suscribiste al boletín de Interferencias.",
        "Darse de baja: https://listas.interferencias.tech/subscription/baja",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """ubucon.de's pages copied whole: the skip link and menu, the headline, the day and `von`
    line, the text, the footer's licence line and links."""
    dump = Dump.named("foreign_web_01", "ubucon.de pages: Zum Inhalt springen, von, CC BY-SA")
    pages = [
        (i, [*UBUCON_HEAD, "", layout.Title(), layout.ABOVE, "", layout.Body(), "", *UBUCON_FOOT])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """interferencias.tech's pages copied whole: the menu, the headline, the day and `ESCRITO
    POR` lines, the text, the footer."""
    dump = Dump.named("foreign_web_02", "interferencias.tech pages: Menú, ESCRITO POR, footer")
    foot = ["", *INTERFERENCIAS_FOOT]
    pages = [
        (i, [*INTERFERENCIAS_HEAD, "", layout.Title(), layout.ABOVE, "", layout.Body(), *foot])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A blog planet's page in German, which prints its members' posts whole: its name and
    motto, then each post under its feed's name, the headline, `am … um … Uhr`, the text and a
    link to the original, the planet's footer."""
    dump = Dump.named("foreign_web_03", "Blog planet page: feed name, am … Uhr, Zum Original")
    dump.matter("Planet ubuntu-de", "Neues aus den deutschsprachigen Ubuntu-Blogs")
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        when = f"am {numeric(text)} um 19:03 Uhr"
        items = [UBUCON, layout.Title(), when, "", layout.Body(), "", "Zum Originalartikel →"]
        layout.lay_out(dump, text, items)
    dump.gap(2)
    dump.matter(
        "Planet ubuntu-de sammelt Beiträge aus Blogs der Community.",
        "Die Beiträge gehören ihren Autorinnen und Autoren.",
    )
    return dump


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest German items with intertitles, turned into plain text by a document
    converter (`pandoc -t plain`): the headline, the day, the text at 72, one blank line
    around every intertitle."""
    dump = Dump.named("long_intertitles_01", "Document converter's plain text at 72")
    body = layout.Body(around=1, wrapper=mail.wrapped(72))
    pages = [(i, [layout.Title(), numeric(t[i]), "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 3)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Items as the site's repository keeps their sources: Pelican's `Title:`, `Date:`,
    `Author:` and `Slug:` lines, a blank line, the text at 72 with `## ` intertitles."""
    dump = Dump.named("long_intertitles_02", "Pelican sources: Title:/Date:/Author:, ## at 72")

    def page(text: Text) -> list[layout.Item]:
        slug = text.url.rstrip("/").rsplit("/", 1)[1]
        fields = [f"Date: {layout.id_day(text):%Y-%m-%d} 19:03", f"Author: {author(text)}"]
        body = layout.Body(wrapper=mail.wrapped(72), render=layout.markdown)
        return [layout.Title("Title: {}"), *fields, f"Slug: {slug}", "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Ubucon Deutschland, body unwrapped",
        UBUCON,
        28,
        "VERANSTALTUNGEN",
        author,
        kind="PUBLICATION-TYPE: Web Publication",
    ),
    blog_exports.Copyrighted(
        "LexisNexis export: CC BY-SA items of ubuntu Deutschland e.V., at 76",
        VEREIN,
        ("ubucon.de", 32),
        ("SECTION: KONFERENZ",),
        "DOCUMENT-TYPE: Vereinsmitteilung",
        76,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Ubucon Deutschland",
        ("=ubuntu-konferenz", "Thursday, April 16, 2026 3:41:00 PM CEST", "418830214"),
        ("Ubucon AND (Anmeldung OR Programm)", f"Sources: {UBUCON}"),
        (UBUCON, VEREIN, "UbuCon Team"),
    ),
    blog_exports.Factiva(
        "Factiva display: Interferencias, INTRFR", INTERFERENCIAS, "INTRFR", INTERFERENCIAS, 5
    ),
)
"""The half's LexisNexis export and records and Nexis Uni delivery of the German items, and
Factiva's display of the Spanish posts, in the words each source is named by
(bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Items sent on from phones at 60 columns, each closed a blank line down by the German
    mail app's own line."""
    dump = Dump.named("trailers_01", "Items sent from phones at 60, closed by the app's line")
    closing = (
        "Diese Nachricht wurde von meinem Android-Mobiltelefon mit K-9 Mail gesendet.",
        "Von meinem iPad gesendet",
        "Gesendet mit der Telekom Mail App",
        "Von meinem Huawei-Telefon gesendet",
    )
    body = layout.Body(wrapper=mail.wrapped(60))
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts reposted by other Spanish sites, each closed flush under its last paragraph by
    the repost's credit."""
    dump = Dump.named("trailers_02", "Reposted posts closed flush by a Spanish credit line")
    closing = (
        "— Publicado originalmente en interferencias.tech (CC BY-SA 4.0)",
        "Vía @Inter_ferencias",
        "(Texto: Interferencias, Granada)",
    )
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, blank=False)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Items passed on as an association's press notices, each closed a blank line down by
    the contact or end lines a press office adds."""
    dump = Dump.named("trailers_03", "Press notices closed by Pressekontakt / Ende der Meldung")
    closing = (
        ("Pressekontakt: presse@ubucon.de",),
        ("Quelle: ubucon.de (CC BY-SA)", "Rückfragen bitte an das Orga-Team: orga@ubucon.de"),
        ("– Ende der Meldung –",),
    )
    items = list(zip(share(t, dump.name), closing, strict=True))
    return layout.closed_by(dump, t, items, 2, body=layout.Body(wrapper=mail.wrapped(74)))


SOURCES_HEAD = """# Forty-fourth fresh half (sealed, associations' news): sources and licences

Written, like this file, by `python -m bench.fresh44_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh44_texts UBUCON INTERFERENCIAS` writes from clones of the two repositories
named below. A **sealed** half: only the lead runs the splitter on it, at the end of a session;
it is never read, shown, tuned or trained on ([README.md](../README.md)). It holds short news of
two associations, in German and in Spanish, in all eight shapes, each dump in one language.

Every headline, intertitle and body paragraph is real published text, taken by code (not by
hand) from the sources of two associations' sites, neither used by an earlier half:

- **UbuCon Germany** (ubucon.de), the yearly conference of Ubuntu Deutschland e.V. (the German
  Ubuntu association), whose news the site keeps as Pelican Markdown under content/<year>/, as
  github.com/ubuntu-Deutschland-eV/ubucon.de holds it (at 2dd3541, December 2023): every item
  in German of 40 to 1,500 words (86 of the 2011 to 2017 items: calls for papers and for places,
  registration, programmes, raffles, the organisers' meetings' minutes, the conferences in
  Leipzig, Berlin, Heidelberg, Katlenburg, Berlin again, Essen and Wolfsburg, a cancellation);
  its English items are left out. Licence: the theme's base template
  (themes/verein/templates/base.html) prints under every page `CC BY-SA` (linking to Creative
  Commons Attribution-ShareAlike 3.0) and `UbuCon Team`. Credit: UbuCon Team, Ubuntu Deutschland
  e.V. (each item's author as its page names him, `von …`). The day and the `von` line over a
  text are the ones the article template prints (`DEFAULT_DATE_FORMAT`, `%a, %-d. %B %Y` in
  German).
- **Interferencias** (interferencias.tech), an association in Granada on privacy, anonymity
  and digital rights, whose posts the site keeps as Jekyll Markdown under _posts/, as
  github.com/Interferencias/interferencias.github.io holds it (at 271b23e, December 2018): every
  post in Spanish of 40 to 1,500 words, save one whose formulae the page typesets (21 of the
  2016 to 2018 posts: its meetings, talks and workshops, essays on privacy, censorship and
  surveillance); its English and Japanese posts and its theme's sample posts are left out.
  Licence: the site's footer (_includes/footer): "Contenido publicado bajo licencia CC BY-SA 4.0
  salvo recursos en los que explícitamente se indique lo contrario". Credit: Interferencias
  (each post's author as its page names them, `ESCRITO POR …`, from _data/authors.yml). The day
  and that line are the ones the post layout prints under the headline (_includes/date,
  _includes/publishing).

The Markdown is read as the sites print it (bench/fresh44_texts.py): links and emphasis as
their words, headings (`#` or underlined) as intertitles, list items as paragraphs; images,
their size attributes, code, media and HTML left out, a paragraph's lines joined. The web pages
of foreign_web_01 and foreign_web_02 carry each site's own chrome (ubucon.de's skip link, menu
and footer; interferencias.tech's menu and footer). Written by the builder: the wrapping
(bench/mail_layout.py), the order of the texts (by their ids' SHA-256), and everything around
them in the other shapes (an RSS reader's saved articles, a word processor's plain-text export,
an e-book converter's text, a Markdown editor's and a pad's notes, KMail's forwards, two
newsletters' plain-text parts, a blog planet's page, a document converter's plain text, the
items' source files, phone, repost and press closings, export headers, cover pages and field
lines).
Changes (both licences ask that they be indicated): the words are unchanged; Markdown and HTML
markup removed as the pages render it, lines joined into paragraphs and wrapped again, headlines
in capitals in the newsletter's and the e-book's copies, Markdown markers added back in the
notes. The dumps are shared under CC BY-SA 4.0 (the German items' CC BY-SA 3.0 allows a later
version of the licence), with the credits above. Doubts: associations' news, not a newspaper's:
a conference's notices and an association's meeting reports, talks and essays, some with a
closing invitation or a list of links kept as published (body); fifteen German items are
minutes of the organisers' meetings, alike in headline and layout; two German items share a
headline (`Anmeldung zu LPI-Prüfungen ab sofort möglich`, 2014 and 2015); few Spanish posts
have intertitles.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH44, SOURCES_HEAD)
"""The forty-fourth fresh half, sealed: UbuCon Germany's news and Interferencias' posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
