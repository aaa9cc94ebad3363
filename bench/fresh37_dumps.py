"""The thirty-seventh fresh half, a second look at mailed plain text: `python -m
bench.fresh37_dumps` writes it and its gold.

fresh38 (Gentoo's news items) is the tuning half of text as mail clients and list archives
send it; this is its second look, from another source and in other tools' manners.
tests/fixtures/dumps/real/fresh37/texts.txt (written by `python -m bench.fresh37_texts` from a
clone of golang/website) holds the Go blog's posts of 2010 to 2025 that hold no code, under
CC BY 4.0: releases, anniversaries, conferences, surveys, proposals, the project's news. Its web
pages carry the blog's own chrome (_content/blog/default.tmpl, site.tmpl, menus.yaml: the
`Why Go` `Learn` `Docs` `Packages` `Community` menu, `The Go Blog`, the authors and the day
under the headline, `Next article:`, `Previous article:`, `Blog Index`, the footer's menus and
its `Copyright` `Terms of Service` `Privacy Policy` `Report an Issue` row, the cookie notice);
its clippings include the posts' Markdown files in the repository's manner, front matter over a
line per sentence (the builder's breaks, where the authors broke theirs by hand). Everything
else around the texts (mail headers, an mbox's `From ` lines, a list's footer, a newsletter, a
reply's attribution, a text browser's dump, export headers and fields, closing lines) is written
here, and the wrapping is done by bench/mail_layout.py. Only its
aggregates may be read (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH37 = REAL / "fresh37"
TEXTS = FRESH37 / "texts.txt"
BLOG = "The Go Blog"
SITE = "go.dev"
GROUP = "golang-nuts"

MENU = ("Why Go", "Learn", "Docs", "Packages", "Community")
"""The site's header menu (_content/menus.yaml, `main`)."""
FOOTER = (
    "Why Go",
    "Use Cases",
    "Case Studies",
    "Get Started",
    "Playground",
    "Tour",
    "Stack Overflow",
    "Help",
    "Packages",
    "Standard Library",
    "About Go Packages",
    "About",
    "Download",
    "Blog",
    "Issue Tracker",
    "Release Notes",
    "Brand Guidelines",
    "Code of Conduct",
    "Connect",
    "Copyright",
    "Terms of Service",
    "Privacy Policy",
    "Report an Issue",
)
"""The footer (_content/site.tmpl and menus.yaml's `footer`): its menus, then its last row."""
COOKIES = (
    "go.dev uses cookies from Google to deliver and enhance the quality of its services and to "
    "analyze traffic. Learn more."
)
"""The cookie notice under the footer (_content/site.tmpl)."""
GROUPS_FOOTER = (
    "--",
    f'You received this message because you are subscribed to the Google Groups "{GROUP}" group.',
    "To unsubscribe from this group and stop receiving emails from it, send an email to "
    f"{GROUP}+unsubscribe@googlegroups.com.",
)
"""The lines a Google Group sets under every message it sends."""

SIZES = {
    "classic_01": 4,
    "classic_02": 4,
    "classic_03": 4,
    "clipper_markdown_01": 3,
    "clipper_markdown_02": 3,
    "email_digest_01": 4,
    "email_digest_02": 4,
    "email_digest_03": 3,
    "email_digest_04": 3,
    "foreign_web_01": 4,
    "foreign_web_02": 3,
    "lexisnexis_01": 3,
    "lexisnexis_02": 3,
    "nexis_factiva_01_nexisuni": 4,
    "nexis_factiva_02_factiva": 3,
    "trailers_01": 4,
    "trailers_02": 4,
    "trailers_03": 4,
}
"""How many posts each dump of those shapes holds, dealt out in the posts' order."""
LONG = {"long_intertitles_01": 3, "long_intertitles_02": 3}
"""The long-text dumps, dealt the longest posts with intertitles, longest first."""


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the posts dump `name` holds: the longest intertitled posts for the long-text
    dumps, the others dealt in order; no post twice."""
    titled = [i for i in t if any(kind == "subhead" for kind, _ in t[i].blocks)]
    longest = sorted(titled, key=lambda i: (-t[i].words(), i))[: sum(LONG.values())]
    if name in LONG:
        return mail.dealt(longest, LONG, name)
    return mail.dealt([i for i in t if i not in longest], SIZES, name)


def day(text: Text) -> str:
    """The post's day as the page prints it, `28 March 2012`."""
    return text.above[-1]


def by(text: Text) -> str:
    """The post's authors as the page prints them, or the blog's name where it names none."""
    return text.above[0] if len(text.above) > 1 else BLOG


def stamp(text: Text) -> str:
    """The post's day as a mail's `Date:` header writes it."""
    return f"{layout.id_day(text):%a, %d %b %Y} 09:00:00 -0700"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts saved from mail sent `format=flowed` at 72: each soft break a trailing space,
    the headline, the authors and the day over the text."""
    dump = Dump.named("classic_01", "Posts from a flowed mail at 72: headline, authors, day")
    body = layout.Body(wrapper=mail.flowed(72))
    pages = [(i, [layout.Title(), layout.ABOVE, "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """A text file of posts pasted from wherever they were read: a web copy with a line per
    paragraph, the Markdown source with a line per sentence, a reply combed at 68 over 76, a
    text browser's dump at 80."""
    dump = Dump.named("classic_02", "Posts pasted from web, source, mail and a text browser")
    styles = (
        layout.Body(),
        layout.Body(wrapper=mail.sentence_lines),
        layout.Body(wrapper=mail.combed(76, 68)),
        layout.Body(wrapper=mail.wrapped(80)),
    )
    idents = share(t, dump.name)
    pages = [
        (i, [layout.Title(), day(t[i]), "", body]) for i, body in zip(idents, styles, strict=True)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_03(t: dict[str, Text]) -> Dump:
    """Pages dumped by a text browser (`lynx -dump`): the headline flush left, the authors,
    the day and the paragraphs set in by three spaces and wrapped at 74, the page's links
    listed as `References` at the end."""
    dump = Dump.named("classic_03", "lynx -dump of blog pages: text set in, References")
    body = layout.Body(wrapper=mail.indented(mail.wrapped(74)))

    def page(text: Text) -> list[layout.Item]:
        return [f"   {BLOG}", layout.Title(), "", f"   {by(text)}", f"   {day(text)}", "", body]

    idents = share(t, dump.name)
    for number, ident in enumerate(idents):
        if number:
            dump.gap(2)
        text = t[ident]
        index = layout.lay_out(dump, text, page(text))
        dump.gap()
        for line in ("References", f"   1. https://{SITE}/blog/", f"   2. {text.url}"):
            dump.meta(index, line)
    return dump


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A list's archive saved as an mbox: each message under its `From ` line and headers,
    the post flowed at 72, the group's footer under it."""
    dump = Dump.named("email_digest_01", "mbox of a Google Group: From_ lines, flowed, footer")
    for number, ident in enumerate(share(t, dump.name)):
        text = t[ident]
        if number:
            dump.gap()
        sent = layout.id_day(text)
        envelope = f"From {GROUP}@googlegroups.com {sent:%a %b %d} 16:00:00 {sent:%Y}"
        items = [
            envelope,
            f"From: {by(text)} via {GROUP} <{GROUP}@googlegroups.com>",
            f"Date: {stamp(text)}",
            layout.Title("Subject: [go-nuts] {}"),
            "Content-Type: text/plain; charset=UTF-8; format=flowed",
            "",
            layout.Body(wrapper=mail.flowed(72)),
            "",
            *GROUPS_FOOTER,
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A Go meetup's newsletter: `■` headlines, a `go.dev/blog · day` line, the opening
    paragraph wrapped at 70 and a `Read:` line."""
    dump = Dump.named("email_digest_02", "Meetup newsletter: ■ headline, lead at 70, Read:")
    dump.matter("GO MEETUP NEWSLETTER · No. 41", "", "Hi gophers, what the Go blog said lately:")
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        items = [layout.Title("■ {}"), f"{SITE}/blog · {day(text)}", ""]
        body = layout.Body(wrapper=mail.wrapped(70))
        layout.lay_out(dump, layout.opening(text, 1), [*items, body, "", f"Read: {text.url}"])
    dump.gap(2)
    dump.matter("See you on Thursday!", "-- the organisers")
    return dump


def _replied(dump: Dump, text: Text) -> None:
    """A reply quoting a post whole: `Re:` subject, the attribution line, the post under `> `
    at 72, its paragraphs parted by a bare `>` line as mail clients quote them."""
    index = dump.start(text)
    dump.meta(index, "From: Sam Ortega <sam@example.net>")
    dump.title(index, f"Subject: Re: {text.title}")
    dump.gap()
    dump.meta(index, f"On {stamp(text)}, {by(text)} wrote:")
    quote = mail.quoted(mail.wrapped(72))
    for number, (_, paragraph) in enumerate(text.blocks):
        if number:
            dump.put(">", index, "body")
        for line in quote(paragraph):
            dump.put(line, index, "body")


def email_digest_03(t: dict[str, Text]) -> Dump:
    """Replies that quote a post whole under `> ` (bare `>` lines between its paragraphs),
    saved one after another from a mail client."""
    dump = Dump.named("email_digest_03", "Replies quoting posts whole: On … wrote:, > and >")
    for number, ident in enumerate(share(t, dump.name)):
        if number:
            dump.gap(2)
        _replied(dump, t[ident])
    return dump


def email_digest_04(t: dict[str, Text]) -> Dump:
    """A friend's mail passing on three posts under `* * *` rules, each pasted another way:
    flowed at 72, quoted under `> ` at 66, copied from the page with a line per paragraph."""
    dump = Dump.named("email_digest_04", "Mail passing on posts: flowed, quoted, unwrapped")
    dump.matter(
        "From: Ines Baptista <ines@example.org>",
        "To: study-group@example.org",
        "Subject: three Go blog posts for Thursday",
        "",
        "Hello all, below are the three posts we said we'd read.",
    )
    styles = (
        layout.Body(wrapper=mail.flowed(72)),
        layout.Body(wrapper=mail.quoted(mail.wrapped(66))),
        layout.Body(),
    )
    for ident, body in zip(share(t, dump.name), styles, strict=True):
        text = t[ident]
        dump.gap(2)
        dump.separator("* * *")
        dump.gap()
        layout.lay_out(dump, text, [layout.Title(), f"{by(text)} · {day(text)}", "", body])
    dump.gap(2)
    dump.matter("Ines")
    return dump


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts reposted by mail at 72, combed at 60 by the next client, a closing line a blank
    line under each."""
    dump = Dump.named("trailers_01", "Reposted posts, combed 72/60, closed by a source line")
    closing = (
        f"(from {BLOG}, {SITE}/blog)",
        "Source: go.dev/blog (CC BY 4.0)",
        "-- forwarded from the Go blog feed",
        "[Reposted with attribution under CC BY 4.0]",
    )
    body = layout.Body(wrapper=mail.combed(72, 60))
    pages = [
        (i, [layout.Title(), "", body, "", line])
        for i, line in zip(share(t, dump.name), closing, strict=True)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts as a Google Group sent them, flowed at 72, the group's footer set flush under the
    last paragraph."""
    dump = Dump.named("trailers_02", "Group mails: flowed at 72, the group's footer flush")
    body = layout.Body(wrapper=mail.flowed(72))
    pages = [
        (i, [layout.Title(), f"{by(t[i])}, {day(t[i])}", "", body, *GROUPS_FOOTER])
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Posts from a list's archive at 72, some paragraphs re-flowed long, each signed under
    `-- ` with its authors' names."""
    dump = Dump.named("trailers_03", "Archived mails at 72, re-flowed paragraphs, -- and authors")
    body = layout.Body(wrapper=mail.reflowed(72, 3))
    pages = [(i, [layout.Title(), "", body, "", "-- ", by(t[i])]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest intertitled posts with every short line two blank lines apart, as wide as
    the gap between them, under the day."""
    dump = Dump.named("long_intertitles_01", "Long posts under the day, short lines spaced")
    items = [(i, day(t[i])) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Long posts mailed at 72, intertitles in capitals, under the authors and the day."""
    dump = Dump.named("long_intertitles_02", "Long posts at 72, intertitles in capitals")
    body = layout.Body(wrapper=mail.wrapped(72))
    pages = [(i, [layout.Title(), layout.ABOVE, "", "", body]) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis("LexisNexis export: The Go Blog, body unwrapped", BLOG, 31, "BLOG", by),
    blog_exports.Copyrighted(
        "LexisNexis export: copyright The Go Authors, at 70",
        "The Go Authors",
        (SITE, 36),
        ("SECTION: TECHNOLOGY",),
        "DOCUMENT-TYPE: Blog",
        70,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: The Go Blog",
        ("=lang-research", "Monday, June 1, 2026 3:40:00 PM EDT", "358802114"),
        ('"Go" AND (release OR gopher)', f"Sources: {SITE}"),
        (SITE, "The Go Authors", BLOG),
    ),
    blog_exports.Factiva("Factiva display: The Go Blog, GOBLOG", BLOG, "GOBLOG", "Go Authors", 3),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# foreign_web -----------------------------------------------------------------------


def _neighbours(titles: Sequence[str], number: int) -> list[str]:
    """The `Next article:` and `Previous article:` lines a post's page prints."""
    return [
        f"Next article: {titles[(number + 1) % len(titles)]}",
        f"Previous article: {titles[number - 1]}",
        "Blog Index",
    ]


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """The blog's pages copied whole: menu, `The Go Blog`, headline, authors and day, body,
    the next and previous articles, the footer and the cookie notice."""
    dump = Dump.named(
        "foreign_web_01", "go.dev blog pages: menu, authors, day, Next article, footer"
    )
    idents = share(t, dump.name)
    titles = [t[i].title for i in idents]
    pages = [
        (
            ident,
            [
                *MENU,
                "",
                BLOG,
                layout.Title(),
                layout.ABOVE,
                "",
                layout.Body(),
                "",
                *_neighbours(titles, number),
                "",
                *FOOTER,
                COOKIES,
                "Okay",
            ],
        )
        for number, ident in enumerate(idents)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """The blog's pages dumped by `w3m -dump`: `The Go Blog`, headline, authors, day, the body
    wrapped at 80, the next and previous articles."""
    dump = Dump.named("foreign_web_02", "w3m dump of go.dev blog pages at 80, Next article")
    idents = share(t, dump.name)
    titles = [t[i].title for i in idents]
    body = layout.Body(wrapper=mail.wrapped(80))
    pages = [
        (ident, [BLOG, "", layout.Title(), "", layout.ABOVE, "", body, "", *_neighbours(titles, n)])
        for n, ident in enumerate(idents)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """The posts as Markdown files in the repository's manner: front matter (title, date, `by:`
    list), `##` intertitles and a line per sentence (the builder's breaks)."""
    dump = Dump.named(
        "clipper_markdown_01", "The blog's Markdown files: front matter, line per sentence", ".md"
    )

    def page(text: Text) -> list[layout.Item]:
        names = text.above[0].split(" and ") if len(text.above) > 1 else []
        fields = [f"date: {layout.id_day(text):%Y-%m-%d}", "by:", *(f"- {n}" for n in names)]
        head = layout.titled_front_matter(text, False, fields)
        return [*head, layout.Body(wrapper=mail.sentence_lines, render=layout.markdown)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Clippings with front matter (source, clipped), a `# ` headline and the body wrapped at
    80, as editors that hard-wrap Markdown save it."""
    dump = Dump.named("clipper_markdown_02", "Clippings: front matter, # H1, body at 80", ".md")

    def page(text: Text) -> list[layout.Item]:
        fields = [f"source: {text.url}", f"author: {by(text)}", "clipped: 2026-05-30"]
        head = layout.titled_front_matter(text, True, fields)
        return [*head, layout.Body(wrapper=mail.wrapped(80), render=layout.markdown)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 1)


SOURCES_HEAD = """# Thirty-seventh fresh half (second look, mailed plain text): sources and licences

Written, like this file, by `python -m bench.fresh37_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh37_texts CLONE` writes from a clone of the repository named below. A
**second-look** half: only its aggregates (the `all` and per-shape rows) may be read; it is
never shown, tuned or trained on ([README.md](../README.md)). It is fresh38's second look:
text as mail clients, list archives and text browsers leave it (flowed mail with its trailing
spaces, an mbox, quoted replies with bare `>` lines, combs of a second client's re-wrap,
`lynx -dump` and `w3m -dump` copies, Markdown files with a line per sentence), in all eight
shapes.

Every headline, intertitle, body paragraph and the authors and day printed under a headline are
real published text, taken by code (not by hand) from the source of go.dev, the Go project's
site, as github.com/golang/website holds it (at b02076a, August 2026): every post of the Go
blog under _content/blog/ that holds no code (no indented or fenced block, no directive that
prints a program) and has at most 1,500 words (111 of 337, 2010 to 2025, 18 to 1,374 words,
41 with intertitles): releases, anniversaries, conferences, surveys, proposals, the project's
news. The Markdown is read as fresh31's news items are (bench/fresh31_texts.py, after
fresh29's): links and emphasis as their words, headings as intertitles, list items as
paragraphs, images and the site's other directives left out, entities as the characters they
stand for. The web pages carry the site's own chrome (_content/blog/default.tmpl, site.tmpl,
menus.yaml). Written by the builder: the wrapping (bench/mail_layout.py), the order of the
posts, and everything around the texts in the other shapes (mail and mbox headers, a list's
footer in the form Google Groups prints, a newsletter, replies' attribution lines, a text
browser's references, export headers, cover pages and field lines, clipping lines, closing
lines).

Licence: the site's content is under the Creative Commons Attribution 4.0 International
licence (_content/copyright.md: "Except as noted, the contents of this site are licensed under
the Creative Commons Attribution 4.0 License, and code is licensed under a BSD license").
Credit: The Go Authors (go.dev/blog; each post's authors are named over its text). Changes
(CC BY asks that they be indicated): none to the words; Markdown and HTML markup removed as the
page renders it, images and directives left out, lines joined into paragraphs and wrapped
again; intertitles in capitals where a style sheet sets them so, Markdown markers added back
in the clippings. Doubts: a programming language's blog, not a newspaper; English only; posts
without code only, so the essays and announcements, not the tutorials.

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH37, SOURCES_HEAD)
"""The thirty-seventh fresh half, a second look at mailed plain text: the Go blog's posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
