"""The thirtieth fresh half, a second-look one: `python -m bench.fresh30_dumps` writes it and
its gold.

fresh29 gave the splitter foreign web pages to tune on, printed from their site's own templates;
this is its second look, from another site in another language, which nobody tunes on.
tests/fixtures/dumps/real/fresh30/texts.txt (written by `python -m bench.fresh30_texts` from a
clone of the site's repository) holds the posts of Italian Laravel News, the crowd blog of the
Italian Laravel community, under CC BY-SA 4.0: tips, tutorials and reports of the community's
conferences. The pages are pasted as the site's Blade layouts lay them out (source/_layouts,
_components and _nav in the same repository): the `{ News }` and `{ Community }` menu, the
headline, `author  •  03 giugno 2019` (the site's Italian date), the category labels, the body,
the `← older` and `newer →` links, `Commenti e valutazioni`, a post's card (labels, headline, the
site's 200-character excerpt, date), the newsletter block and the footer's categories,
copyright and privacy lines. Every such string is the site's; the classic and clipper dumps are
plain copies and the repository's own Markdown files. Only its aggregate rows may be read:
`--show` leaves it out, it is never tuned on and never trained on
(tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH30 = REAL / "fresh30"
TEXTS = FRESH30 / "texts.txt"

MENU = ("{ News }", "{ Community }")
"""The site's menu as _nav/menu.blade.php prints it."""
CATEGORIES = {
    "configuration": "Configuration",
    "contents": "Contenuti",
    "devops": "Devops",
    "events": "Eventi",
    "news": "News",
    "packages": "Pacchetti",
    "php": "PHP",
    "tips": "Tips",
    "tutorials": "Tutorial",
}
"""The categories' titles (source/_categories), as the footer lists them."""
FOOTER = ("© Laravel News Italia 2024.", "Trattamento dei dati e Privacy")
NEWSLETTER = (
    "Iscriviti alla nostra newsletter",
    "Cliccando Invia accetti la nostra Privacy Policy.Una volta iscritto riceverai una email di "
    "conferma.",
    "Indirizzo email *",
)
"""The newsletter block of _components/newsletter-signup.blade.php, as a copy prints it."""


def site_date(text: Text) -> str:
    """`03 giugno 2019`: the post's day as the site's localeDate prints it."""
    day = layout.id_day(text)
    return f"{day:%d} {layout.MONTHS['it'][day.month - 1]} {day.year}"


def byline(text: Text) -> str:
    """The line under the headline: the author, a bullet and the date."""
    return f"{text.above[0]} • {site_date(text)}"


def labels(text: Text, upper: bool) -> list[str]:
    """The post's category labels, one a line, in capitals as the style sheet shows them
    where `upper`."""
    names = text.above[1].split(" · ")
    return [name.upper() for name in names] if upper else names


def excerpt(text: Text) -> str:
    """The card's excerpt as the site's getExcerpt(200) cuts the opening text: at most 200
    characters, cut at a space, and `...`."""
    opening = " ".join(line for kind, line in text.blocks if kind == "body")
    if len(opening) <= 200:
        return opening
    return opening[:200].rsplit(" ", 1)[0] + "..."


def card(text: Text) -> list[str]:
    """A post's card (_components/post-preview-inline): labels, headline, excerpt, date."""
    return [*labels(text, True), text.title, excerpt(text), site_date(text)]


def footer() -> list[str]:
    """The site's footer: the categories, the copyright and the privacy line."""
    return [*CATEGORIES.values(), *FOOTER]


def neighbours(earlier: Text, later: Text) -> list[str]:
    """The links to the older and the newer post under the body."""
    return [f"← {earlier.title}", f"{later.title} →"]


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Posts copied whole: the menu, the headline, the byline, the labels in capitals, the
    body, the older and newer links, `Commenti e valutazioni` and the footer."""
    dump = Dump.named("foreign_web_01", "Laravel News pages (it): menu, • date, LABELS, footer")
    idents = layout.ids_of(t, "it-laravel-day-2019", "it-make-migration", "it-in-hosting")
    idents += layout.ids_of(t, "it-laracon-2022")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        earlier = t[idents[number - 1]]
        head = [*MENU, "", layout.Title(), byline(text), "", *labels(text, True), ""]
        end = [*neighbours(earlier, other), "", "Commenti e valutazioni", "", *footer()]
        return [*head, layout.Body(), "", *end]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Posts copied from the headline down to the comments' heading, the labels as written."""
    dump = Dump.named("foreign_web_02", "Laravel News pages (it): • date, labels, ← / →")
    idents = layout.ids_of(t, "it-laravel-day-2017", "it-di-laravel", "it-su-laravel")
    idents += layout.ids_of(t, "it-con-octane")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        earlier = t[idents[number - 1]]
        head = [layout.Title(), byline(text), *labels(text, False), ""]
        return [*head, layout.Body(), "", *neighbours(earlier, other), "Commenti e valutazioni"]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Posts copied with another post's card under them and the newsletter block."""
    dump = Dump.named("foreign_web_03", "Laravel News pages (it) + a card, newsletter")
    idents = layout.ids_of(t, "it-review-2022", "it-laravel-day-2020", "it-proibita")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        head = [layout.Title(), byline(text), "", *labels(text, True), ""]
        return [*head, layout.Body(), "", *card(other), "", *NEWSLETTER]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """A category's page copied, then each post of it: the category's heading and
    description once, then each post's card over its page (headline, byline, body)."""
    dump = Dump.named("foreign_web_04", "Laravel News category (it): Eventi, cards over pages")
    dump.matter("Eventi", "Novità, Talk e Informazioni.", "")
    idents = layout.ids_of(t, "it-laravel-day-2018", "it-laravel-day-2021", "it-laracon-2022")
    pages = [
        (ident, [*card(t[ident]), "", layout.Title(), byline(t[ident]), "", layout.Body()])
        for ident in idents
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def foreign_web_05(t: dict[str, Text]) -> Dump:
    """Posts copied with the menu over each and the comments' heading under the body, the
    date alone under the headline."""
    dump = Dump.named("foreign_web_05", "Laravel News pages (it): menu, date, Commenti …")
    idents = layout.ids_of(t, "it-nuovo-articolo", "it-su-laravel", "it-in-hosting")
    idents += layout.ids_of(t, "it-laravel-day-2019")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        head = [*MENU, layout.Title(), site_date(text), text.above[0], ""]
        return [*head, layout.Body(), "", "Commenti e valutazioni"]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 1)


# clipper_markdown ------------------------------------------------------------------


def _front_matter(text: Text, heading: bool) -> list[layout.Item]:
    """The post's Markdown file as the repository keeps it: Jigsaw's keys."""
    day = f"{layout.id_day(text):%Y-%m-%d}"
    fields = ["extends: _layouts.post", "section: content", f"date: {day}"]
    fields += [f"categories: [{', '.join(labels(text, False))}]", f"author: {text.above[0]}"]
    return layout.titled_front_matter(text, heading, fields)


def _markdown_files(dump: Dump, t: dict[str, Text], keys: Sequence[str], heading: bool) -> Dump:
    """The posts as Markdown files: the front matter, a `# ` headline under it where
    `heading`, the body with `##` intertitles."""
    body = layout.Body(render=layout.markdown)
    idents = layout.ids_of(t, *keys)
    pages = [(i, [*_front_matter(t[i], heading), body]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2 if heading else 1)


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """The posts as the repository's Markdown files, `##` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Jigsaw posts (it): front matter, ##", ".md")
    keys = ("it-make-migration", "it-con-octane", "it-laravel-day-2021")
    return _markdown_files(dump, t, keys, False)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """The posts as Markdown files with a `# ` headline under the front matter."""
    dump = Dump.named("clipper_markdown_02", "Jigsaw posts (it): front matter, # H1", ".md")
    keys = ("it-proibita", "it-di-laravel", "it-laravel-day-2018")
    return _markdown_files(dump, t, keys, True)


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts pasted as plain text: the headline, the byline, the body."""
    dump = Dump.named("classic_01", "Laravel News (it): headline, byline, body")
    idents = layout.ids_of(t, "it-laravel-day-2020", "it-nuovo-articolo", "it-review-2022")
    pages = [(i, [layout.Title(), byline(t[i]), "", layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts one after another, a headline and the body, one blank line apart."""
    dump = Dump.named("classic_02", "Laravel News (it): headline, body, one blank line")
    idents = layout.ids_of(t, "it-laravel-day-2017", "it-in-hosting", "it-laracon-2022")
    return layout.in_a_row(dump, t, idents, 1)


SOURCES_HEAD = """# Thirtieth fresh half (second look): sources and licences

Written, like this file, by `python -m bench.fresh30_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh30_texts CLONE` writes from a clone of the repository named below. A
**second-look** half: only its aggregate rows (`python -m bench.split_quality --half fresh30`)
may be read; `--show` leaves it out, and nobody tunes or trains on it
([README.md](../README.md)). It is fresh29's second look: foreign web pages with the chrome of
their own site, from another site in another language.

Every headline, intertitle and body paragraph is real published text, taken by code (not by
hand) from the repository of Italian Laravel News, github.com/laravel-news-it/laravel-news.it
(at 809b381): every post under source/_posts/ (fourteen, in Italian, 2017 to 2023: the reports
of the Laravel Day conferences, a Laracon programme and review, tips and tutorials). The Markdown
is read as fresh29's posts are (bench/fresh29_texts.py): links and emphasis as their words,
headings as intertitles, list items as paragraphs; code blocks, tables, embedded videos and
rules left out (the prose around a code block is kept as written, so some paragraphs announce a
block that is not there). The chrome is the site's: its Blade layouts (_layouts/main, post and
category, _components/post-preview-inline and newsletter-signup, _nav/menu), its categories'
titles and descriptions (source/_categories), its date (config.php's localeDate, `d F Y` in
Italian) and its excerpt (getExcerpt, 200 characters); the post's author, date and categories
from its front matter, and the Markdown files of the clipper dumps carry the repository's own
keys. Written by the builder: the order of the pages and of their chrome lines as a copy from a
browser gives them, the footer's year (2024, the repository's last commit), and the plain copies
of the classic dumps.

Licence: the site's content is under Creative Commons Attribution-ShareAlike 4.0 International
(its copyright page, source/copyright.blade.php; the code is MIT). Credit: Italian Laravel News
(laravel-news.it) and the authors each post names. Changes (CC BY-SA asks that they be
indicated): none to the words; Markdown and HTML markup removed as the page renders it, code
blocks, tables, videos and rules left out, lines joined into paragraphs; Markdown markers added
back in the clipper dumps. The dumps are shared under CC BY-SA 4.0, keeping that attribution.
Doubts: a community's tech blog, not a newspaper; fourteen texts, each pasted two or three times;
conference reports that are lists of talks (a talk's title as an intertitle, its abstract,
sometimes in English, as a paragraph, `slide` and `sorgenti` link words as a paragraph).

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH30, SOURCES_HEAD)
"""The thirtieth fresh half, fresh29's second look: Italian Laravel News' posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
