"""The thirty-eighth fresh half, a tuning one of news mailed as hard-wrapped plain text:
`python -m bench.fresh38_dumps` writes it and its gold.

No half held text as mail clients and list archives send it: paragraphs hard-wrapped at 60 to
80 columns, some lines re-flowed longer or broken again by a second client, quoted under `> `,
headers over the text and signatures under it, and dumps mixing those with copies from the web.
tests/fixtures/dumps/real/fresh38/texts.txt (written by `python -m bench.fresh38_texts` from a
clone of gentoo/gentoo-news) holds Gentoo's news items of 2019 to 2026 in English, Polish and
Russian, under CC BY-SA 4.0: plain text the project mails to its users (`eselect news`) and its
announcement list, each under its `Title:`, `Author:`, `Posted:`, `Revision:` header lines.
The header lines are the items' own; everything else around the texts (mail and digest headers,
archive pages, signatures, export fields, clipping lines, web pages in Polish and Russian) is
written here, and the wrapping is done by bench/mail_layout.py. It may be read, shown and tuned
on (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH38 = REAL / "fresh38"
TEXTS = FRESH38 / "texts.txt"
LIST = "gentoo-announce"
FEED = "Gentoo News"
SITE = "www.gentoo.org"

SIZES = {
    "classic_01": 4,
    "classic_02": 4,
    "classic_03": 5,
    "email_digest_01": 4,
    "email_digest_02": 3,
    "email_digest_03": 5,
    "email_digest_04": 3,
    "trailers_01": 4,
    "trailers_02": 4,
    "trailers_03": 4,
    "lexisnexis_01": 3,
    "lexisnexis_02": 3,
    "nexis_factiva_01_nexisuni": 4,
    "nexis_factiva_02_factiva": 3,
    "clipper_markdown_01": 3,
    "clipper_markdown_02": 3,
}
"""How many English items each dump of those shapes holds, dealt out in the items' order."""
LONG = {"long_intertitles_01": 3, "long_intertitles_02": 3}
"""The long-text dumps, dealt the longest English items, longest first."""
FOREIGN = {"foreign_web_01": ("pl",) * 4, "foreign_web_02": ("ru", "ru", "ru", "pl")}
"""The web-page dumps: the Polish and Russian translations, in order."""


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the items dump `name` holds: the translations for the web pages, the
    longest English items for the long-text dumps, the others dealt in order; no item twice."""
    foreign = [i for i in t if t[i].language != "en"]
    if name in FOREIGN:
        return mail.dealt(foreign, {k: len(v) for k, v in FOREIGN.items()}, name)
    english = [i for i in t if t[i].language == "en"]
    longest = sorted(english, key=lambda i: (-t[i].words(), i))[: sum(LONG.values())]
    if name in LONG:
        return mail.dealt(longest, LONG, name)
    return mail.dealt([i for i in english if i not in longest], SIZES, name)


def header(text: Text, name: str) -> list[str]:
    """The item's header lines called `name` (`Author`), as written."""
    return [line for line in text.above if line.startswith(name + ": ")]


def posted(text: Text) -> str:
    """The item's day, `2019-05-23`."""
    return header(text, "Posted")[0].split(": ", 1)[1]


def author(text: Text) -> str:
    """The item's first author's name, without the address."""
    return header(text, "Author")[0].split(": ", 1)[1].split(" <")[0]


def name_of(text: Text) -> str:
    """The item's name as `eselect news` lists it: its folder, `2019-05-23-accept_license`."""
    return text.url.rsplit("/", 2)[1]


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """`eselect news read` pasted from a terminal: each item's name, its header fields
    indented in a column, and the body as mailed, wrapped at 72."""
    dump = Dump.named("classic_01", "eselect news read: name, indented fields, body at 72")

    def page(text: Text) -> list[layout.Item]:
        fields = [f"  {line.split(': ', 1)[0]:<26}{line.split(': ', 1)[1]}" for line in text.above]
        head = [name_of(text), layout.Title(f"  {'Title':<26}{{}}"), *fields[:3], ""]
        return [*head, layout.Body(wrapper=mail.wrapped(72))]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """The items' files one after another as `cat` prints them: every header line, a blank
    line, the body wrapped at 72, one blank line between items."""
    dump = Dump.named("classic_02", "News item files cat together: Title:, headers, body at 72")
    pages = [
        (i, [layout.Title("Title: {}"), layout.ABOVE, "", layout.Body(wrapper=mail.wrapped(72))])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 1)


def classic_03(t: dict[str, Text]) -> Dump:
    """A text file of items pasted from wherever they were read: a mail wrapped at 72, a web
    copy with a line per paragraph, a reply re-wrapped at 64 over 72, a mail at 60 with some
    paragraphs re-flowed long, each headline over its date."""
    dump = Dump.named("classic_03", "Items pasted from mail and web: wrapped, unwrapped, combed")
    styles = (
        layout.Body(wrapper=mail.wrapped(72)),
        layout.Body(),
        layout.Body(wrapper=mail.combed(72, 64)),
        layout.Body(wrapper=mail.reflowed(60, 3)),
        layout.Body(wrapper=mail.wrapped(78)),
    )
    idents = share(t, dump.name)
    pages = [
        (i, [layout.Title(), posted(t[i]), "", body])
        for i, body in zip(idents, styles, strict=True)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A Mailman digest of the announcement list: `Today's Topics:`, then each message whole
    under a rule, its `Message:`, `Date:`, `From:` and `Subject:` lines, the body at 72."""
    dump = Dump.named("email_digest_01", "Mailman digest: Today's Topics, messages at 72")
    idents = share(t, dump.name)
    dump.matter(
        f"Send {LIST} mailing list submissions to",
        f"\t{LIST}@lists.gentoo.org",
        "",
        "Today's Topics:",
        "",
        *(f"   {n}. {t[i].title} ({author(t[i])})" for n, i in enumerate(idents, 1)),
    )
    rule = "-" * 70
    for number, ident in enumerate(idents, 1):
        text = t[ident]
        dump.gap()
        dump.separator(rule)
        dump.gap()
        sent = [f"Message: {number}", f"Date: {posted(text)}", f"From: {author(text)}"]
        items = [*sent, layout.Title(f"Subject: [{LIST}] {{}}"), ""]
        layout.lay_out(dump, text, [*items, layout.Body(wrapper=mail.wrapped(72))])
    dump.gap()
    dump.separator(rule)
    dump.gap()
    dump.matter(f"End of {LIST} Digest, Vol 182, Issue 3", "*" * 41)
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A mail forwarding three items, each under its `Forwarded message` block and quoted
    with `> `, the quoted lines re-wrapped at 66 by the forwarding client (the comb)."""
    dump = Dump.named("email_digest_02", "Forward of three items, quoted > and combed")
    dump.matter(
        "From: Kasia Nowak <kasia@example.org>",
        "To: admins@example.org",
        "Subject: Fwd: Gentoo news we need to act on",
        "",
        "Hi all, the three items below touch our build hosts.",
    )
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap()
        sent = ["---------- Forwarded message ---------", f"From: {author(text)}"]
        items = [*sent, f"Date: {posted(text)}", layout.Title("Subject: {}"), ""]
        body = layout.Body(wrapper=mail.quoted(mail.combed(72, 66)))
        layout.lay_out(dump, text, [*items, body])
    dump.gap()
    dump.matter("Kasia")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A weekly letter of a users' group: numbered items with a `Gentoo News, day` line, the
    opening paragraph wrapped at 68 and a `More:` line."""
    dump = Dump.named("email_digest_03", "Users' group letter: 1) headline, lead at 68, More:")
    dump.matter("Hello everyone,", "", "this week's news items from the Gentoo tree:")
    for number, ident in enumerate(share(t, dump.name), 1):
        text = t[ident]
        dump.gap(2)
        items = [layout.Title(f"{number}) {{}}"), f"{FEED}, {posted(text)}", ""]
        body = layout.Body(wrapper=mail.wrapped(68))
        layout.lay_out(dump, layout.opening(text, 1), [*items, body, "", f"More: {text.url}"])
    dump.gap(2)
    dump.matter("See you at the install fest,", "the LUG")
    return dump


def email_digest_04(t: dict[str, Text]) -> Dump:
    """Messages copied from a list archive's pages: the subject, the sender and date lines,
    the body as mailed at 72 with some paragraphs re-flowed long, and the archive's
    `Previous message` and `Next message` lines."""
    dump = Dump.named("email_digest_04", "List archive pages: [list] subject, body, Next message")
    idents = share(t, dump.name)
    for number, ident in enumerate(idents):
        text = t[ident]
        if number:
            dump.gap(2)
        nearby = [t[idents[(number + step) % len(idents)]].title for step in (-1, 1)]
        items = [
            layout.Title(f"[{LIST}] {{}}"),
            f"{author(text)} news at gentoo.org",
            posted(text),
            "",
            layout.Body(wrapper=mail.reflowed(72, 4)),
            "",
            f"Previous message: [{LIST}] {nearby[0]}",
            f"Next message: [{LIST}] {nearby[1]}",
        ]
        layout.lay_out(dump, text, items)
    return dump


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Items as mailed by their authors, each closed by the signature mark `-- ` and the
    author's name under it."""
    dump = Dump.named("trailers_01", "Mailed items closed by '-- ' and the author's name")
    pages = [
        (i, [layout.Title(), "", layout.Body(wrapper=mail.wrapped(72)), "", "-- ", author(t[i])])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Items reposted by a list, the list's footer line set flush under the last paragraph."""
    dump = Dump.named("trailers_02", "Reposted items closed flush by a list footer")
    closing = (
        "Archives: https://archives.gentoo.org/gentoo-announce/",
        "(posted to gentoo-announce)",
        "-- via the Gentoo news feed",
        "Reposted under CC BY-SA 4.0 from gentoo.org",
    )
    pages = [
        (i, [layout.Title(), "", layout.Body(wrapper=mail.wrapped(76)), line])
        for i, line in zip(share(t, dump.name), closing, strict=True)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Items pasted from mail at 64 columns, some paragraphs re-flowed long, each closed a
    blank line down by who posted it and when."""
    dump = Dump.named("trailers_03", "Items at 64, re-flowed paragraphs, Posted by … closing")
    body = layout.Body(wrapper=mail.reflowed(64, 3))
    pages = [
        (i, [layout.Title(), "", body, "", f"Posted by {author(t[i])} on {posted(t[i])}"])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest items with every short line two blank lines apart, as wide as the gap
    between them, under their `Posted:` line."""
    dump = Dump.named("long_intertitles_01", "Long items under Posted:, short lines spaced")
    items = [(i, f"Posted: {posted(t[i])}") for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """The longest items as mailed, wrapped at 72, two blank lines between them and under
    their header lines."""
    dump = Dump.named("long_intertitles_02", "Long items at 72 under their headers")
    body = layout.Body(between=1, wrapper=mail.wrapped(72))
    pages = [(i, [layout.Title("Title: {}"), layout.ABOVE, "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: Gentoo News, body unwrapped",
        FEED,
        30,
        "NEWS ITEMS",
        kind="PUBLICATION-TYPE: Web Publication",
    ),
    blog_exports.Copyrighted(
        "LexisNexis export: copyright Gentoo Authors, at 72",
        "Gentoo Authors",
        (SITE, 34),
        ("SECTION: ANNOUNCEMENTS",),
        "DOCUMENT-TYPE: News",
        72,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: Gentoo News",
        ("=ops-desk", "Tuesday, June 9, 2026 9:14:00 AM CEST", "361227045"),
        ("Gentoo AND (portage OR profile)", f"Sources: {SITE}"),
        (SITE, "Gentoo Authors", FEED),
    ),
    blog_exports.Factiva("Factiva display: Gentoo News, GENTNW", FEED, "GENTNW", "Gentoo", 3),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# foreign_web -----------------------------------------------------------------------

CHROME = {
    "pl": {
        "menu": ("Gentoo Polska", "Start", "Aktualności", "Forum", "Dokumentacja"),
        "posted": "Opublikowano {} · {}",
        "share": "Udostępnij: Facebook | Mastodon | E-mail",
        "more": "Zobacz też",
        "footer": ("© Gentoo Polska · treści na licencji CC BY-SA 4.0", "Polityka prywatności"),
    },
    "ru": {
        "menu": ("Gentoo по-русски", "Главная", "Новости", "Форум", "Документация"),
        "posted": "Опубликовано {} · {}",
        "share": "Поделиться: Telegram | VK | E-mail",
        "more": "Читайте также",
        "footer": ("© Gentoo по-русски · материалы по лицензии CC BY-SA 4.0", "Контакты"),
    },
}
"""A community site's menu, date line, share line, related heading and footer in the page's
language (written here)."""


def _pages(dump: Dump, t: dict[str, Text], idents: Sequence[str]) -> Dump:
    """Community pages copied whole: menu, headline, date and author, body, share line, a
    related item's title and the footer."""

    def page(number: int, text: Text, other: Text) -> list[layout.Item]:
        words = CHROME[text.language]
        head = [
            *words["menu"],
            "",
            layout.Title(),
            words["posted"].format(posted(text), author(text)),
        ]
        tail = [words["share"], "", words["more"], other.title, "", *words["footer"]]
        return [*head, "", layout.Body(), "", *tail]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Polish pages of a community site that translates the items."""
    dump = Dump.named("foreign_web_01", "Polish community pages: menu, Opublikowano, footer")
    return _pages(dump, t, share(t, dump.name))


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Russian pages of a community site, and one Polish page."""
    dump = Dump.named("foreign_web_02", "Russian and Polish community pages: menu, footer")
    return _pages(dump, t, share(t, dump.name))


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Notes with YAML front matter (title, author, posted, source), a `# ` headline and the
    body as the mail's plain text, wrapped at 72."""
    dump = Dump.named("clipper_markdown_01", "Notes: front matter, # headline, body at 72", ".md")

    def page(text: Text) -> list[layout.Item]:
        fields = [f"author: {author(text)}", f"posted: {posted(text)}", f"source: {text.url}"]
        head = layout.titled_front_matter(text, True, fields)
        return [*head, layout.Body(wrapper=mail.wrapped(72))]

    pages = [(i, page(t[i])) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes saved as Markdown with a `# ` headline, an italic source line and the body
    wrapped at 80, as editors that hard-wrap Markdown save it."""
    dump = Dump.named("clipper_markdown_02", "Notes: # H1, *source · day*, body at 80", ".md")
    pages = [
        (
            i,
            [
                layout.Title("# {}"),
                f"*{SITE} · {posted(t[i])}*",
                "",
                layout.Body(wrapper=mail.wrapped(80)),
            ],
        )
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


SOURCES_HEAD = """# Thirty-eighth fresh half (tuning, mailed plain text): sources and licences

Written, like this file, by `python -m bench.fresh38_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh38_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: it may be read, shown (`--show`) and tuned on ([README.md](../README.md)). It
is news as mail clients and list archives send it: hard-wrapped plain text (60 to 80 columns,
some paragraphs re-flowed into one line, some broken again by a second client, some quoted
under `> `), under header lines and over signatures, and dumps mixing those pasting styles
with copies from the web, in all eight shapes.

Every title, body paragraph and header line (`Author:`, `Posted:`, `Revision:`,
`News-Item-Format:`, `Display-If-…:`) is real published text, taken by code (not by hand) from
Gentoo's news items (GLEP 42) as github.com/gentoo/gentoo-news holds them (at 1c2050c, August
2026): every item posted from 2019-05-23 to 2026-06-28 in English (107) and its Polish (5) and
Russian (3) translations (30 to 1,588 words), the changes Gentoo's users are told of by
`eselect news` and the announcement list: profile and toolchain migrations, package
removals, new defaults, service and mirror changes. Each paragraph's source lines are joined
by one space; blocks of indented lines only (commands and settings to type) and of reference
lines only (`[1] https://…`) are left out. Written by the builder: the wrapping
(bench/mail_layout.py: at 60 to 80 columns, combed, re-flowed, quoted), the order of the
items, and everything around the texts (the terminal's, digest's, forward's and archive's
lines, signatures, list footers, export headers, cover pages and field lines, clipping lines,
the Polish and Russian community pages' chrome).

Licence: the repository's README: "All news items committed after 2018-10-21 are licensed
under the Creative Commons Attribution-ShareAlike 4.0 International License"; copyright is
held by the items' authors and translators (named in their `Author:` and `Translator:` lines).
Changes (CC BY-SA asks that they be indicated): none to the words; lines joined into
paragraphs and wrapped again, runs of spaces as one, command and reference blocks left out;
Markdown markers added in the clippings. The dumps are shared under CC BY-SA 4.0, keeping that
attribution. Doubts: a distribution's notices to its users, not a newspaper; English almost
only (eight translations); the items often name packages and paths, and the builder's wrapping
(not the authors' own line breaks) is what the dumps show.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH38, SOURCES_HEAD)
"""The thirty-eighth fresh half, a tuning half of news mailed as hard-wrapped plain text:
Gentoo's news items."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
