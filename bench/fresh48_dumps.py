"""The forty-eighth fresh half, tuning, of a public body's news in Dutch: `python -m
bench.fresh48_dumps` writes it and its gold.

The splitter reads new sources badly, and the tuning halves hold next to no Dutch and few
bodies that are not prose. This half gives the tuning helpers both, from a source no earlier
half used: tests/fixtures/dumps/real/fresh48/texts.txt (written by `python -m
bench.fresh48_texts` from a clone of the site's repository) holds the posts of the blog of
developer.overheid.nl, the Dutch government's developer portal, 2023 to 2026, under the
European Union Public Licence 1.2: meetups, standards, registers, interviews, many with
intertitles, lists, tables and code, which the dumps keep as the page prints them (a list's
items and a table's rows line under line). Its first web pages carry the site's own chrome (the
Docusaurus theme's menu as its config names it, the `Laatste posts` sidebar's title, the
footer's headings); everything else around the texts (a Gmail forward of a newsletter in Dutch,
a forum's mailed summary, Thunderbird forwards, a fortune-style clipping file, a team chat's
copies, the blog's own Markdown sources, Bear notes, an aggregator's and a social network's
reposts, Dutch phone, press and republishing closings, export headers and fields) is written
here in the manner of tools and habits no earlier builder imitated, and the wrapping is done by
bench/mail_layout.py. It is a tuning half: its dumps, gold and misses may be read and tuned on.
"""

from __future__ import annotations

import re
import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh48_texts import dutch_date
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH48 = REAL / "fresh48"
TEXTS = FRESH48 / "texts.txt"
BLOG = "developer.overheid.nl Blog"
OWNER = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"

_LISTED = re.compile(r"^(?:- |\d+[.)] )")


def together(before: str, after: str) -> bool:
    """Whether two blocks are items of one list or rows of one table, which the page prints
    line under line."""
    items = bool(_LISTED.match(before)) and bool(_LISTED.match(after))
    return items or (before.startswith("| ") and after.startswith("| "))


PRINTED = layout.Body(together=together)
"""The body as the page prints it: paragraphs a blank line apart, lists and tables tight."""

SITE_HEAD = (
    "developer.overheid.nl",
    "Kennisbank   API's   Repositories   Communities   Blog   Open Data   Geodata",
    "",
)
"""The site's name and its menu's labels (docusaurus.config.ts's navbar)."""
SITE_FOOT = (
    "Mede mogelijk gemaakt door:",
    "Registers",
    "API's toevoegen",
    "Repositories toevoegen",
    "Community",
    "Slack   GitHub   Mastodon   LinkedIn",
    "Overig",
    "Bijdragen",
)
"""The footer's headings and links as the config names them."""

SIZES = {
    "classic_01": ("nl", 3),
    "classic_02": ("nl", 4),
    "classic_03": ("nl", 3),
    "clipper_markdown_01": ("nl", 3),
    "clipper_markdown_02": ("nl", 3),
    "email_digest_01": ("nl", 4),
    "email_digest_02": ("nl", 3),
    "email_digest_03": ("nl", 3),
    "foreign_web_01": ("nl", 4),
    "foreign_web_02": ("nl", 3),
    "foreign_web_03": ("nl", 3),
    "lexisnexis_01": ("nl", 3),
    "lexisnexis_02": ("nl", 3),
    "nexis_factiva_01_nexisuni": ("nl", 3),
    "nexis_factiva_02_factiva": ("nl", 3),
    "trailers_01": ("nl", 3),
    "trailers_02": ("nl", 3),
    "trailers_03": ("nl", 3),
    "long_intertitles_02": ("nl", 4),
}
"""Each dump of those shapes, the language of its texts and how many it holds, dealt out in
the spread order (`spread`)."""
LONG = {"long_intertitles_01": ("nl", 2)}
"""The long-text dump, dealt the longest texts with intertitles."""


def spread(t: dict[str, Text]) -> dict[str, Text]:
    """The texts every other one first, then the rest: dealt in that order, the dumps hold
    posts of every year, not the first years' only."""
    idents = list(t)
    return {ident: t[ident] for ident in idents[::2] + idents[1::2]}


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds; no text twice."""
    return mail.dealt_in_pools(spread(t), lambda text: text.language, SIZES, LONG, name)


def author(text: Text) -> str:
    """The post's authors as the page names them, or the portal's team where it names none."""
    return text.above[1] if len(text.above) > 1 else "Team developer.overheid.nl"


def dag(text: Text) -> str:
    """The post's day as the blog writes it (`26 maart 2025`)."""
    return dutch_date(layout.id_day(text))


def numeric(text: Text) -> str:
    """The day as Dutch mail and chat apps write it (`26-03-2025`)."""
    return f"{layout.id_day(text):%d-%m-%Y}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts copied into a municipality's intranet news: the headline, a `Gepubliceerd op`
    line naming the site and day, the text as printed."""
    dump = Dump.named("classic_01", "Intranet copies: headline, Gepubliceerd op … · day")

    def page(text: Text) -> list[layout.Item]:
        line = f"Gepubliceerd op developer.overheid.nl · {dag(text)}"
        return [layout.Title(), line, "", PRINTED]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """A clipping file kept as a fortune(6) file: each post between lines of `%`, the
    headline, the text wrapped at 72."""
    dump = Dump.named("classic_02", "Fortune-style clipping file: posts between % lines, at 72")
    body = layout.Body(wrapper=mail.wrapped(72), together=together)
    for number, ident in enumerate(share(t, dump.name)):
        if number:
            dump.separator("%")
        layout.lay_out(dump, t[ident], [layout.Title(), "", body])
    dump.separator("%")
    return dump


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts pasted in a team chat, copied out again: the sender and time over each, the
    headline, the text, a reaction line under it."""
    dump = Dump.named("classic_03", "Team chat copies: sender and time, headline, reactions")
    senders = ("Ellen de Vries", "Sanne Bakker", "Ruben Janssen")

    def page(text: Text, sender: str) -> list[layout.Item]:
        said = f"{sender}  {numeric(text)} 09:12"
        return [said, layout.Title(), "", PRINTED, "", "👍 3   💬 1 antwoord"]

    idents = share(t, dump.name)
    pages = [(i, page(t[i], s)) for i, s in zip(idents, senders, strict=True)]
    return layout.lay_out_pages(dump, t, pages, 1)


# clipper_markdown ------------------------------------------------------------------


def source_markdown(kind: str, line: str) -> str:
    """A block as the blog's Markdown source writes it: an intertitle a `##` heading."""
    return f"## {line}" if kind == "subhead" else line


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """The blog's own Markdown sources pasted one after another, as Docusaurus keeps a post:
    front matter with `authors:` and `tags:`, a `# ` headline, `##` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Docusaurus sources: authors/tags, # title", ".md")
    body = layout.Body(render=source_markdown, together=together)

    def page(text: Text) -> list[layout.Item]:
        slug = text.url.rsplit("/", 1)[1]
        head = ["---", f"authors: [{author(text)}]", f"slug: {slug}", "tags: [blog]", "---"]
        return [*head, "", layout.Title("# {}"), "", body]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes exported from Bear as Markdown: a `# ` headline, a line of `#tags` (nested with
    `/`), `##` intertitles, the address last."""
    dump = Dump.named("clipper_markdown_02", "Bear notes: # title, #tag/line, source last", ".md")
    body = layout.Body(render=layout.markdown, together=together)

    def page(text: Text) -> list[layout.Item]:
        tags = "#leesmap/overheid #api"
        return [layout.Title("# {}"), tags, "", body, "", f"[Bron]({text.url})"]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 3)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A newsletter forwarded from Gmail in Dutch: the forward's header lines, the
    newsletter's greeting, each post under a row of `—` with its day and a `Lees op de
    website:` link, the newsletter's footer."""
    dump = Dump.named("email_digest_01", "Gmail forward, Dutch: newsletter, Lees op de website:")
    idents = share(t, dump.name)
    dump.matter(
        "---------- Doorgestuurd bericht ---------",
        "Van: developer.overheid.nl <nieuwsbrief@developer.overheid.example>",
        "Date: di 7 jul 2026 om 08:30",
        f"Subject: Nieuwsbrief developer.overheid.nl: {len(idents)} nieuwe blogs",
        "To: <team-api@gemeente.example>",
        "",
        "Beste lezer,",
        "",
        "Dit zijn de nieuwste blogs van developer.overheid.nl.",
    )
    for ident in idents:
        text = t[ident]
        dump.gap()
        dump.separator("—" * 40)
        dump.gap()
        body = layout.Body(wrapper=mail.wrapped(70), together=together)
        items = [layout.Title(), dag(text), "", body, "", f"Lees op de website: {text.url}"]
        layout.lay_out(dump, text, items)
    dump.gap()
    dump.separator("—" * 40)
    dump.gap()
    dump.matter(
        "Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op developer.overheid.nl.",
        "Afmelden: https://developer.overheid.example/nieuwsbrief/afmelden",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A forum's mailed summary: its greeting, `Populaire onderwerpen`, each post under its
    category in brackets with its author, the whole post, a `Lees verder` link, the footer."""
    dump = Dump.named("email_digest_02", "Forum summary mail: [Category] headline, Lees verder")
    dump.matter(
        "Samenvatting van Overheid Developers Forum",
        "Sinds je laatste bezoek",
        "",
        "Populaire onderwerpen",
    )
    body = layout.Body(wrapper=mail.wrapped(76), together=together)
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        items = [
            "[Blog]",
            layout.Title(),
            f"{author(text)} · {numeric(text)}",
            "",
            body,
            "",
            f"Lees verder: {text.url}",
        ]
        layout.lay_out(dump, text, items)
    dump.gap(2)
    dump.matter(
        "Je ontvangt dit omdat je de samenvatting hebt aangezet. Klik hier om je af te melden.",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A colleague's mail passing on posts under Thunderbird's Dutch forward header each
    (`-------- Doorgestuurd bericht --------`, `Onderwerp:`, `Datum:`, `Van:`, `Aan:`)."""
    dump = Dump.named("email_digest_03", "Thunderbird forwards in Dutch: Onderwerp:/Datum:/Van:")
    dump.matter("Hoi allemaal,", "", "Hieronder drie blogs die ik de moeite waard vond.")
    body = layout.Body(wrapper=mail.wrapped(72), together=together)
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        dump.separator("-------- Doorgestuurd bericht --------")
        items = [
            layout.Title("Onderwerp: \t{}"),
            f"Datum: \t{numeric(text)} 10:02",
            "Van: \tdeveloper.overheid.nl <blog@developer.overheid.example>",
            "Aan: \tteam-api@gemeente.example",
            "",
            "",
            body,
        ]
        layout.lay_out(dump, text, items)
    dump.gap(2)
    dump.matter("Groet,", "Ruben", "", "-- ", "Ruben Janssen | Team Integratie | Gemeente")
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Posts copied from the blog's own pages: the site's name and menu, the sidebar's
    `Laatste posts`, the headline, the day and the authors, the text, the footer."""
    dump = Dump.named("foreign_web_01", "The blog's pages: menu, Laatste posts, day, footer")

    def page(text: Text) -> list[layout.Item]:
        head = [*SITE_HEAD, "Laatste posts", "", layout.Title(), layout.ABOVE, ""]
        return [*head, PRINTED, "", *SITE_FOOT]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Posts on a government news aggregator's page: its name, a `Bron:` line and a reading
    time over each, the text, a `Meer van deze bron` line under it."""
    dump = Dump.named("foreign_web_02", "Aggregator: Bron: … · Leestijd n min, Meer van deze bron")
    dump.matter("Overheidsnieuws.example — Digitale overheid", "")

    def page(text: Text) -> list[layout.Item]:
        minutes = layout.reading_minutes(text)
        line = f"Bron: developer.overheid.nl · {dag(text)} · Leestijd {minutes} min"
        return [layout.Title(), line, "", PRINTED, "", "Meer van deze bron ›"]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Posts reshared as articles on a professional network: the author, their role, the
    day, the headline, the text, the reactions line."""
    dump = Dump.named("foreign_web_03", "Network articles: author, role, day, reactions line")

    def page(text: Text) -> list[layout.Item]:
        head = [author(text), "Ontwikkelaar bij de overheid", f"Gepubliceerd op {dag(text)}", ""]
        return [
            *head,
            layout.Title(),
            "",
            PRINTED,
            "",
            "Interessant · Reageren · Delen",
            "12 reacties",
        ]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest posts with intertitles, every short line two blank lines apart, as wide
    as the gap between them, under the day."""
    dump = Dump.named("long_intertitles_01", "Long posts under the Dutch day, short lines spaced")
    items = [(i, dag(t[i])) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Posts saved as plain text at 74 under `Door` and the authors, intertitles in capitals
    with two blank lines around them."""
    dump = Dump.named("long_intertitles_02", "Posts at 74 under Door …, capital intertitles")
    body = layout.Body(wrapper=mail.wrapped(74), together=together)

    def page(text: Text) -> list[layout.Item]:
        return [layout.Title(), f"Door {author(text)}", "", "", body]

    pages = [(i, page(t[i])) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 3)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: developer.overheid.nl Blog, body unwrapped",
        BLOG,
        24,
        "DIGITALE OVERHEID",
        byline=author,
        kind="PUBLICATION-TYPE: Government Blog",
    ),
    blog_exports.Copyrighted(
        "LexisNexis records: the ministry's posts, at 76",
        OWNER,
        (BLOG, 28),
        ("SECTION: API'S EN STANDAARDEN",),
        "DOCUMENT-TYPE: Blogbericht",
        76,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: developer.overheid.nl Blog",
        ("=don-blog", "Tuesday, July 7, 2026 10:12:00 AM CEST", "518230077"),
        ("API AND overheid", f"Sources: {BLOG}"),
        (BLOG, OWNER, "developer.overheid.nl"),
    ),
    blog_exports.Factiva(
        "Factiva display: developer.overheid.nl Blog, DEVOVH", BLOG, "DEVOVH", OWNER, 3
    ),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts sent on from phones in Dutch, each closed a blank line down by the phone's or
    mail app's own line."""
    dump = Dump.named("trailers_01", "Posts sent from Dutch phones, closed by the app's line")
    closing = (
        "Verzonden vanaf mijn iPhone",
        "Verzonden vanaf mijn Samsung Galaxy-smartphone.",
        "Outlook voor Android downloaden",
    )
    body = layout.Body(wrapper=mail.wrapped(60), together=together)
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts sent out as Dutch press notices, each closed flush by the end mark and a `Noot
    voor de redactie` under it."""
    dump = Dump.named("trailers_02", "Press notices: Einde bericht, Noot voor de redactie")
    note = "Noot voor de redactie, niet voor publicatie: vragen aan het team van de portal."
    closing = (("Einde bericht", note), ("-- einde --", note), ("###", note))
    items = list(zip(share(t, dump.name), closing, strict=True))
    return layout.closed_by(dump, t, items, 3, blank=False, body=PRINTED)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Posts republished in a newsletter, each closed a blank line down by its author's credit
    in italics and where it first appeared, under which licence."""
    dump = Dump.named("trailers_03", "Republished: *Tekst: …*, Eerder verschenen op …")
    idents = share(t, dump.name)
    items = [
        (i, (f"*Tekst: {author(t[i])}*", "Eerder verschenen op developer.overheid.nl (EUPL-1.2)."))
        for i in idents
    ]
    body = layout.Body(wrapper=mail.wrapped(74), together=together)
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Forty-eighth fresh half (tuning, a public body's Dutch news): sources, licence

Written, like this file, by `python -m bench.fresh48_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh48_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: its dumps, gold and misses may be read, shown and tuned on
([README.md](../README.md)). It holds a public body's news, in Dutch, in all eight shapes.

Every headline, intertitle, caption and body block is real published text, taken by code (not
by hand) from the source of a public body's blog:

- **The developer.overheid.nl blog** (developer.overheid.nl/blog), the Dutch government's
  developer portal, run for the Ministry of the Interior and Kingdom Relations (Binnenlandse
  Zaken): its posts of September 2023 to August 2026 (meetups, API standards, registers,
  awards, interviews, open source, event-driven architecture, GraphQL), as
  github.com/developer-overheid-nl/don-site keeps them under blog/YYYY/MM/ (one Markdown file
  a post; at 79f70e6, August 2026), a source no earlier half used. A text is a post of 60 to
  3,000 printed words (68 posts); the lines under its headline are its day as the page writes
  it (`26 maart 2025`) and its authors' names (blog/authors.yml). Licence: the repository's
  REUSE.toml puts every file (`**`) under the European Union Public Licence 1.2
  (LICENSES/EUPL-1.2.txt), but fonts and team photographs; no other licence is given for the
  prose. Source: developer.overheid.nl, each post's address below.

The Markdown is read by bench/fresh48_texts.py: links and emphasis as their words, headings as
intertitles, images' alternative text as captions, an admonition's title as a line; a list
item, a table row (its cells between `|`, the rule row left out) and a code block's line each
a block, kept as the page prints them; HTML, MDX imports and comments left out. The dumps print
a list's items and a table's rows line under line (a code block's lines stay a blank line
apart, as separate blocks). The web pages of foreign_web_01 carry the site's own chrome (the
menu's labels and the footer's headings as docusaurus.config.ts names them, the blog sidebar's
`Laatste posts`, the day and authors under the headline). Copied from real tools and habits:
Gmail's Dutch forward header (`---------- Doorgestuurd bericht ---------`, `Van:`, `Date:`,
`Subject:`, `To:`), Thunderbird's Dutch forward header (`-------- Doorgestuurd bericht
--------`, `Onderwerp:`, `Datum:`, `Van:`, `Aan:` with a tab), a fortune(6) file's `%` lines,
the blog's own Docusaurus front matter (`authors:`, `slug:`, `tags:`), Bear's `#tag/sub` lines,
the Dutch default closings of phones and mail apps (`Verzonden vanaf mijn iPhone`, `Verzonden
vanaf mijn Samsung Galaxy-smartphone.`, `Outlook voor Android downloaden`) and the Dutch press
release's `Noot voor de redactie`. Invented for the half: the newsletter's greeting, rows and
`Lees op de website:` links, a forum's summary mail (`[Blog]`, `Lees verder:`), a colleague's
greeting and signature, an intranet's `Gepubliceerd op` line, a team chat's sender lines and
reactions, an aggregator's `Bron: … · Leestijd` and `Meer van deze bron` lines, a professional
network's author, role and reactions lines, `Door` bylines, press end marks and republishing
credits. Written by the builder besides: the wrapping (bench/mail_layout.py), the order of the
texts, export headers, cover pages and field lines. Changes: the words are unchanged; Markdown
removed as the page renders it, lines joined into paragraphs and wrapped again, list marks
written `- ` for every bullet, intertitles in capitals where a page sets them so, Markdown
markers added in the notes. The dumps are shared under the European Union Public Licence 1.2,
like their texts. Doubts: one source, the portal's engineers' blog, more technical than a
newsroom's; the EUPL is a software licence, a looser fit for prose than CC BY; code blocks lose
their indentation (texts.txt holds a block a line).

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH48, SOURCES_HEAD)
"""The forty-eighth fresh half, tuning: the developer.overheid.nl blog's posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
