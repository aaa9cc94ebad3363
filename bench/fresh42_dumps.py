"""The forty-second fresh half, tuning, of public bodies' short and middling news:
`python -m bench.fresh42_dumps` writes it and its gold.

The sealed halves the splitter reads worst hold an Italian ministry's short news, Italian PA
news and one standard's template pages; the tuning halves held little news of public bodies as
their offices publish it, pass it on and file it. This half gives the tuning helpers that text,
from sources no earlier half used: tests/fixtures/dumps/real/fresh42/texts.txt (written by
`python -m bench.fresh42_texts` from clones of the two sites) holds Designers Italia's news (the
Italian Department for Digital Transformation, 2020 to 2025, CC BY 4.0) and cloud.gov's news
(the US General Services Administration, 2016 to 2025, public domain). Their web pages carry
each site's own chrome (Designers Italia: src/data/header.yaml, footer.yaml, skiplinks.yaml and
the news pages' hero; cloud.gov: _includes/header.html, footer.html, identifier.html and
_layouts/post.html). Everything else around the texts (mail, forward and newsletter headers,
office closings, phone apps' lines, notes, export headers and fields) is written here, in each
text's language, and the wrapping is done by bench/mail_layout.py. It is a tuning half: its
dumps, gold and misses may be read and tuned on.
"""

from __future__ import annotations

import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH42 = REAL / "fresh42"
TEXTS = FRESH42 / "texts.txt"
DESIGNERS = "Designers Italia"
DEPARTMENT = "Dipartimento per la trasformazione digitale"
CLOUDGOV = "cloud.gov"
GSA = "U.S. General Services Administration"

SKIPLINKS = ("Vai al menu", "Vai al contenuto", "Vai al piede")
"""The Designers Italia page's skip links (src/data/skiplinks.yaml)."""
MENU = ("Designers Italia", "Progetto", "Normativa", "Modelli", "Design system", "Cerca nel sito")
"""The Designers Italia page's header and main menu (src/data/header.yaml)."""
TRAIL = ("Ti trovi in", "Notizie", "Notizia")
"""The trail and the tag over a news page's headline (the news pages' `kangaroo` and hero)."""
FOOTER = (
    "Seguici su",
    "Medium",
    "Twitter",
    "Community",
    "Forum Italia",
    "Slack",
    "GitHub",
    "Docs Italia",
    "Mailing list",
    "Iscriviti",
    "Dipartimento per la trasformazione digitale",
    "AGID Agenzia Italiana per il Digitale",
    "Contatti",
    "Privacy policy",
    "Gestione cookie",
    "Note legali",
    "Dichiarazione di accessibilità",
)
"""The Designers Italia page's footer (src/data/footer.yaml)."""
BANNER = (
    "Skip to main content",
    "An official website of the United States government",
    "Here’s how you know",
)
"""The top of every cloud.gov page (_includes/header.html)."""
NAV = ("cloud.gov", "Why cloud.gov?", "Docs", "News", "Knowledge base", "Pages", "Contact")
"""cloud.gov's name and menu (_config.yml's navigation)."""
CLOUD_FOOTER = (
    "Get in touch",
    "Customer support",
    "Business inquiries",
    "Join our team",
    "For developers",
    "Repositories",
    "Free developer sandbox",
    "cloud.gov status",
    "Policies",
    "Vulnerability disclosure policy",
    "Open source policy",
    "support@cloud.gov",
    "cloud.gov",
    "An official website of the U.S. General Services Administration",
)
"""cloud.gov's footer and agency identifier (_includes/footer.html, identifier.html)."""

SIZES = {
    "classic_01": ("it", 4),
    "classic_02": ("en", 3),
    "classic_03": ("it", 3),
    "clipper_markdown_01": ("it", 3),
    "clipper_markdown_02": ("en", 3),
    "email_digest_01": ("it", 4),
    "email_digest_02": ("en", 3),
    "email_digest_03": ("it", 3),
    "email_digest_04": ("en", 3),
    "foreign_web_01": ("it", 3),
    "foreign_web_02": ("en", 3),
    "foreign_web_03": ("it", 3),
    "lexisnexis_01": ("it", 3),
    "lexisnexis_02": ("en", 3),
    "nexis_factiva_01_nexisuni": ("it", 3),
    "nexis_factiva_02_factiva": ("en", 3),
    "trailers_01": ("it", 3),
    "trailers_02": ("en", 3),
    "trailers_03": ("it", 3),
}
"""Each dump of those shapes, the language of its texts and how many it holds, dealt out in
the texts' order."""
LONG = {"long_intertitles_01": ("it", 3), "long_intertitles_02": ("en", 3)}
"""The long-text dumps, dealt the longest texts with intertitles of their language."""


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds; no text twice."""
    return mail.dealt_in_pools(t, lambda text: text.language, SIZES, LONG, name)


def subtitle(text: Text) -> str:
    """The line a Designers Italia news page prints under its headline."""
    return text.above[0]


def minutes(text: Text) -> str:
    """The reading time a Designers Italia news page prints (`2 minuti`)."""
    return text.above[1]


def day(text: Text) -> str:
    """The day as the page prints it: `27 aprile 2021`, or cloud.gov's `April 25, 2022`."""
    if text.language == "it":
        return text.above[2]
    return f"{layout.id_day(text):%B %d, %Y}"


def topics(text: Text) -> tuple[str, ...]:
    """The topics a Designers Italia news page lists under `Parliamo di`, if any."""
    return text.above[3:]


def italian_stamp(text: Text) -> str:
    """The day as an Italian mail client writes it in a forward's header."""
    when = layout.id_day(text)
    weekdays = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
    return f"{weekdays[when.weekday()]} {day(text)} 09:12:05"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """News kept in a text file a paragraph a line, each under its headline and the page's
    day and reading time, between rows of middle dots."""
    dump = Dump.named("classic_01", "Italian news a paragraph a line between · · · rows")
    pages = [
        (i, [layout.Title(), f"{day(t[i])} · {minutes(t[i])}", "", layout.Body()])
        for i in share(t, dump.name)
    ]
    return layout.ruled_pages(dump, t, pages, "· · · · · · · · · ·")


def classic_02(t: dict[str, Text]) -> Dump:
    """Notices set as an agency's wire copy: the headline in capitals, the day, the text at
    66, two blank lines apart."""
    dump = Dump.named("classic_02", "Wire copy: CAPITAL headline, day, body at 66")
    body = layout.Body(wrapper=mail.wrapped(66))
    pages = [(i, [layout.Title(upper=True), day(t[i]), "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_03(t: dict[str, Text]) -> Dump:
    """News pasted into a notes app that underlines a headline with `=`, the subtitle under
    it, the text at 80 with a paragraph in three re-flowed."""
    dump = Dump.named("classic_03", "Notes: headline over ====, subtitle, body at 80")

    def page(text: Text) -> list[layout.Item]:
        rule = "=" * min(len(text.title), 80)
        body = layout.Body(wrapper=mail.reflowed(80, 3))
        return [layout.Title(), rule, subtitle(text), "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 3)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Pages clipped by a Markdown clipper with Italian field names: front matter (`titolo`,
    `fonte`, `data`, `lettura`), a `# ` headline, the subtitle as a `> ` dek, `## `
    intertitles."""
    dump = Dump.named("clipper_markdown_01", "Clippings: titolo/fonte/data, # H1, > dek", ".md")

    def page(text: Text) -> list[layout.Item]:
        fields = [f"fonte: {text.url}", f"data: {layout.id_day(text):%Y-%m-%d}"]
        head = ["---", f'titolo: "{text.title}"', *fields, f"lettura: {minutes(text)}", "---"]
        dek = [f"> {subtitle(text)}", ""]
        body = layout.Body(render=layout.markdown)
        return [*head, "", layout.Title("# {}"), "", *dek, body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Posts saved as Markdown by a read-it-later app: a `## ` headline, an italic line with
    the site and day, `### ` intertitles, a `[Original](…)` line under the text."""
    dump = Dump.named("clipper_markdown_02", "Read-later export: ## title, *site · day*", ".md")

    def page(text: Text) -> list[layout.Item]:
        body = layout.Body(render=layout.headings("###"))
        return [
            layout.Title("## {}"),
            "",
            f"*{CLOUDGOV} · {day(text)}*",
            "",
            body,
            "",
            f"[Original]({text.url})",
        ]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 3)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A public office's newsletter in Italian: numbered headlines over the day, the opening
    paragraph at 70 and a `Continua a leggere:` line, under the letter's header and over its
    footer."""
    dump = Dump.named("email_digest_01", "Italian newsletter: 1) headline, day, lead, Continua")
    dump.matter(
        "PA DIGITALE IN BREVE — Numero 17",
        "Le notizie della settimana per chi progetta servizi pubblici",
        "",
        "Buongiorno,",
        "ecco le novità di Designers Italia.",
    )
    for number, ident in enumerate(share(t, dump.name), 1):
        text = t[ident]
        dump.gap(2)
        items = [
            layout.Title(f"{number}) {{}}"),
            day(text),
            "",
            layout.Body(wrapper=mail.wrapped(70)),
        ]
        layout.lay_out(
            dump, layout.opening(text, 1), [*items, "", f"Continua a leggere: {text.url}"]
        )
    dump.gap(2)
    dump.matter(
        "Hai ricevuto questa email perché sei iscritto alla newsletter.",
        "Per cancellarti rispondi con oggetto CANCELLAMI.",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """An agency's IT bulletin forwarded from a webmail: the forward's header block, then
    each notice under its own boxed title line, the text at 72."""
    dump = Dump.named("email_digest_02", "Forwarded IT bulletin: notices under [ NOTICE ] lines")
    dump.matter(
        "---------- Forwarded message ---------",
        "From: IT Service Desk <servicedesk@agency.example.gov>",
        "Subject: FW: Platform notices for application owners",
        "",
        "Team — passing these on from our cloud.gov account manager. Please read.",
    )
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        items = [
            "[ NOTICE ]",
            layout.Title(),
            f"Posted {day(text)}",
            "",
            layout.Body(wrapper=mail.wrapped(72)),
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """Italian forwards from a webmail, one after another: `----- Messaggio inoltrato -----`,
    `Da:`, `A:`, `Inviato:`, `Oggetto:` and the news at 76."""
    dump = Dump.named("email_digest_03", "Italian forwards: Messaggio inoltrato, Da/A/Oggetto")
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap(2)
        items = [
            "----- Messaggio inoltrato -----",
            f"Da: {DESIGNERS} <notizie@designers.example.it>",
            "A: ufficio.comunicazione@comune.example.it",
            f"Inviato: {italian_stamp(text)}",
            layout.Title("Oggetto: {}"),
            "",
            layout.Body(wrapper=mail.wrapped(76)),
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_04(t: dict[str, Text]) -> Dump:
    """A feed reader's daily mail: its header, then each post whole under its headline, a
    `source · day` line and over a `View on web:` line, between em-dash rules."""
    dump = Dump.named("email_digest_04", "Feed reader's daily mail: items between —— rules")
    dump.matter("Your daily digest", "3 new items from 1 feed", "")
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap()
        dump.separator("——————————")
        dump.gap()
        items = [
            layout.Title(),
            f"{CLOUDGOV} News · {day(text)}",
            "",
            layout.Body(wrapper=mail.wrapped(78)),
            "",
            f"View on web: {text.url}",
        ]
        layout.lay_out(dump, text, items)
    dump.gap()
    dump.separator("——————————")
    dump.gap()
    dump.matter("Manage your feeds · Unsubscribe")
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Designers Italia's news pages copied whole: skip links, menu, trail and tag, headline,
    subtitle, share button, reading time and day, topics, the text, the footer."""
    dump = Dump.named("foreign_web_01", "designers.italia.it pages: menu, hero, footer")

    def page(text: Text) -> list[layout.Item]:
        hero = [*TRAIL, layout.Title(), subtitle(text), "Condividi"]
        info = ["Tempo di lettura", minutes(text), "Data", day(text)]
        about = ["Parliamo di", *topics(text)] if topics(text) else []
        head = [*SKIPLINKS, *MENU, "", *hero, "", *info, *about, ""]
        return [*head, layout.Body(), "", "Questa pagina è stata utile?", "", *FOOTER]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """cloud.gov's news pages copied whole: the government banner, the menu, the headline and
    day, the post, `Suggest edits`, the footer and the agency's identifier."""
    dump = Dump.named("foreign_web_02", "cloud.gov pages: banner, menu, day, footer")

    def page(text: Text) -> list[layout.Item]:
        head = [*BANNER, "", *NAV, "", layout.Title(), day(text), ""]
        return [*head, layout.Body(), "", "Suggest edits", "", *CLOUD_FOOTER]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Designers Italia's news in a browser's reader view: the site, the headline, the
    subtitle, the reading time, the text."""
    dump = Dump.named("foreign_web_03", "Reader view: site, headline, subtitle, minutes")

    def page(text: Text) -> list[layout.Item]:
        head = [
            "designers.italia.it",
            layout.Title(),
            subtitle(text),
            f"{minutes(text)} di lettura",
        ]
        return [*head, "", layout.Body()]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest intertitled Italian news with every short line two blank lines apart, as
    wide as the gap between them, under the day."""
    dump = Dump.named("long_intertitles_01", "Long Italian news under the day, short lines spaced")
    return layout.spaced_articles(dump, t, [(i, day(t[i])) for i in share(t, dump.name)], 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """The longest intertitled notices mailed at 72, intertitles in capitals, under the day."""
    dump = Dump.named("long_intertitles_02", "Long notices at 72, intertitles in capitals")
    body = layout.Body(wrapper=mail.wrapped(72))
    pages = [(i, [layout.Title(), day(t[i]), "", "", body]) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Designers Italia, body unwrapped",
        DESIGNERS,
        30,
        "PUBBLICA AMMINISTRAZIONE",
        kind="PUBLICATION-TYPE: Government Website",
    ),
    blog_exports.Copyrighted(
        "LexisNexis export: public domain cloud.gov notices, at 74",
        GSA,
        (CLOUDGOV, 34),
        ("SECTION: GOVERNMENT TECHNOLOGY",),
        "DOCUMENT-TYPE: Agency News",
        74,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Designers Italia",
        ("=pa-digitale", "Monday, March 9, 2026 10:05:00 AM CET", "402118557"),
        ('"Designers Italia" AND (comuni OR scuole)', f"Sources: {DESIGNERS}"),
        (DESIGNERS, DEPARTMENT, f"Redazione {DESIGNERS}"),
    ),
    blog_exports.Factiva(
        "Factiva display: cloud.gov News, CLDGOV", "cloud.gov News", "CLDGOV", GSA, 7
    ),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its sources are named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Italian news reposted by a region's press office, each closed a blank line down by its
    source line and the office's name."""
    dump = Dump.named("trailers_01", "Reposted Italian news closed by Fonte: and the office")
    closing = (
        ("Fonte: Designers Italia", "Ufficio stampa"),
        ("(Fonte: designers.italia.it, CC BY 4.0)",),
        ("A cura della redazione di Designers Italia",),
    )
    items = list(zip(share(t, dump.name), closing, strict=True))
    return layout.closed_by(dump, t, items, 2, body=layout.Body(wrapper=mail.wrapped(74)))


def trailers_02(t: dict[str, Text]) -> Dump:
    """Notices posted on an agency's intranet, each closed flush by its contact or credit
    line."""
    dump = Dump.named("trailers_02", "Intranet notices closed flush by a contact line")
    closing = (
        "Questions? Contact support@cloud.gov.",
        "(Source: cloud.gov news, public domain)",
        "-- The cloud.gov team, GSA",
    )
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, blank=False)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Italian news sent on from phones at 60 columns, each closed a blank line down by the
    app's own line."""
    dump = Dump.named("trailers_03", "Italian news sent from phones at 60, closed by the app")
    closing = ("Inviato da iPhone", "Inviato dal mio dispositivo Galaxy", "Inviato da Libero Mail")
    body = layout.Body(wrapper=mail.wrapped(60))
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Forty-second fresh half (tuning, public bodies' news): sources and licences

Written, like this file, by `python -m bench.fresh42_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh42_texts DESIGNERS CLOUDGOV` writes from clones of the two repositories
named below. A **tuning** half: its dumps, gold and misses may be read, shown and tuned on
([README.md](../README.md)). It holds short and middling news of two public bodies, in Italian
and English, in all eight shapes.

Every headline, subtitle, intertitle and body paragraph is real published text, taken by code
(not by hand) from the sources of two public bodies' sites:

- **Designers Italia** (designers.italia.it), the site for public-service design of the
  Presidency of the Council of Ministers' Department for Digital Transformation (Dipartimento
  per la trasformazione digitale): its news pages ("Notizie", November 2020 to January 2025),
  as github.com/italia/designers.italia.it holds them under src/data/content/community/notizie/
  (one YAML file a page), read in its public fork github.com/Fupete/designers.italia.it at
  a4d6fcd (February 2025; the upstream repository is larger than a clone here may be); every
  news page with a reading time over it and 60 to 900 words (50 of 88). Licence: the site's
  legal notes (src/data/content/note-legali.yaml): "i dati, i documenti e le informazioni
  pubblicati sul sito sono rilasciati con licenza CC-BY 4.0". Credit: Presidenza del Consiglio
  dei Ministri – Dipartimento per la trasformazione digitale, Designers Italia (each text's
  address is in texts.txt).
- **cloud.gov**, the US General Services Administration's cloud platform: its news posts (2016
  to 2025), as github.com/cloud-gov/cg-site holds them under _posts/ (at 536b459, April 2025):
  every post of 60 to 900 words but its release notes, sprint reports and layout tests (68 of
  134). Licence: a work of the US government, in the public domain in the United States, and
  dedicated worldwide under CC0 1.0 Universal (the repository's LICENSE.md).

The Markdown is read as fresh29's posts are (bench/fresh29_texts.py): links and emphasis as
their words, headings as intertitles, list items as paragraphs; code, images and HTML left out,
a paragraph's lines joined. The lines over a Designers Italia text (its subtitle, reading time
and day, the topics under `Parliamo di`) are the page's own; cloud.gov's day line is the one
its post layout prints. The web pages carry the sites' own chrome (Designers Italia:
src/data/header.yaml, footer.yaml, skiplinks.yaml, the news pages' hero; cloud.gov:
_includes/header.html, footer.html, identifier.html, _config.yml's menu). Written by the
builder: the wrapping (bench/mail_layout.py), the order of the texts, and everything around
them in the other shapes (newsletter, bulletin and forward headers, a feed reader's mail, press
offices' and intranet closings, phone apps' lines, notes and clippings, export headers, cover
pages and field lines, a reader view's lines). Changes: the words are unchanged; Markdown and
YAML markup removed as the page renders it, lines joined into paragraphs and wrapped again,
headlines in capitals in the wire copy, intertitles in capitals where a page sets them so,
Markdown markers added back in the clippings. The dumps holding Designers Italia's text are
shared under CC BY 4.0, the others under CC0 1.0. Doubts: two languages, not the three the
issue asks for (no openly licensed French, Spanish, German or Portuguese news of a public body
in a repository a clone here could take was found in the time); the Italian news are a design
programme's, not a ministry's press office's, and many announce community calls and courses;
cloud.gov's are an agency's notices to its customers, some lists of changes.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH42, SOURCES_HEAD)
"""The forty-second fresh half, tuning: Designers Italia's and cloud.gov's news."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
