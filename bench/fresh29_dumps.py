"""The twenty-ninth fresh half, a tuning one: `python -m bench.fresh29_dumps` writes it and its
gold.

On text never tuned on, foreign web pages are the splitter's weakest shape, and the tuning text
of that shape was too uniform (issue 13). This half gives it the pages of a site whose chrome no
earlier half imitates, printed from that site's own templates and strings:
tests/fixtures/dumps/real/fresh29/texts.txt (written by `python -m bench.fresh29_texts` from a
clone of the site's repository) holds the blog and news posts of R-Ladies Global in Spanish,
French and Portuguese and its news in English, under CC BY 4.0. The foreign posts are pasted as
copies of the site's pages as its Hugo theme (themes/hugo-rladies in the same repository) lays
them out: the menu in the page's language, the date in the theme's English form over the
headline, the `Autor`/`Authors` and `Etiquetas` headings with the names and tags under them, the
captions of the figures, the theme's `This post was last edited on 16 febrero 2019.` line with
the month from the site's own month names, `Anterior`/`Siguiente` with the titles of the
neighbouring posts, the `Latest posts` card of another post (day, month and year, `Translations`,
its title, authors, first sentence, tags and `Read more`), the `Translations` links
(`Leer en español`, `Lire en français`) and the footer's `Contacto`, `Sígueme`, code of conduct
and `Idiomas` blocks. Every such string is the theme's or its i18n files' (es, fr, pt: the site
leaves many of them in English); the English news is pasted as the repository's own Markdown
files (their front matter and headings) and as plain copies.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH29 = REAL / "fresh29"
TEXTS = FRESH29 / "texts.txt"

STRINGS = {
    "es": {
        "menu": ("Eventos", "Chapters", "Directorio", "Blog", "Actividades", "Sobre nosotros"),
        "author": "Autor",
        "tags": "Etiquetas",
        "prev": "Anterior",
        "next": "Siguiente",
        "contact": "Contacto",
        "follow": "Sígueme",
        "conduct": "Código de Conducta",
        "conduct_text": "R-Ladies se dedica a proporcionar una experiencia libre de acoso para "
        "todos. Desde R-Ladies no toleramos el acoso de los participantes en ninguna de las "
        "formas posibles. Lea nuestro código de conducta",
        "languages": "Idiomas",
        "name": "Español",
        "read_in": "Leer en español",
    },
    "fr": {
        "menu": ("Events", "Chapters", "Directory", "Blog", "Activities", "About"),
        "author": "Auteur",
        "tags": "Tags",
        "prev": "Prec",
        "next": "Suiv",
        "contact": "Contact",
        "follow": "Follow us",
        "conduct": "Code of Conduct",
        "conduct_text": "R-Ladies is dedicated to providing a harassment-free experience for "
        "everyone. We do not tolerate harassment of participants in any form. Read our Code of "
        "Conduct",
        "languages": "Langage",
        "name": "Français",
        "read_in": "Lire en français",
    },
    "pt": {
        "menu": ("Events", "Chapters", "Directory", "Blog", "Activities", "About"),
        "author": "Autor",
        "tags": "Tags",
        "prev": "Prévio",
        "next": "Seguinte",
        "contact": "Contato",
        "follow": "Siga-me",
        "conduct": "Código de Conducta",
        "conduct_text": "R-Ladies tem como objetivo proporcionar uma experiência livre de "
        "assédio para todos. Não toleramos nenhuma forma de assédio aos participantes. Leia "
        "nosso código de conduta",
        "languages": "Línguas",
        "name": "Português",
        "read_in": "Leia em português",
    },
}
"""The theme's strings as the site's i18n files give them in each language (menu entries,
headings, pagination, footer) and the language's name and `read in` link."""

MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split(),
    "pt": "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro "
    "Dezembro".split(),
}
"""The site's month names (data/months), capitalised in Portuguese as the site writes them."""


def authors(text: Text) -> list[str]:
    """The post's authors as its front matter names them."""
    return text.above[0].split(", ")


def tags(text: Text) -> list[str]:
    """The post's tags."""
    return text.above[1].split(" · ") if len(text.above) > 1 else []


def site_date(text: Text) -> str:
    """`16 febrero 2019`: the day as the theme's cards and last-edit line print it, the
    month from the site's names."""
    day = layout.id_day(text)
    return f"{day.day} {MONTHS[text.language][day.month - 1]} {day.year}"


def header(text: Text) -> list[layout.Item]:
    """The post's header as post/single.html prints it: the date in the theme's English form,
    the headline, `Autor` (the site's `Authors` where there are several) with a name a line,
    the tags heading with a tag a line."""
    words = STRINGS[text.language]
    names = authors(text)
    heading = words["author"] if len(names) == 1 else "Authors"
    head: list[layout.Item] = [layout.english_date(text), layout.Title(), heading, *names]
    return [*head, words["tags"], *tags(text)] if tags(text) else head


def pagination(text: Text, earlier: Text, later: Text) -> list[str]:
    """The last-edit line and the links to the neighbouring posts under the text."""
    words = STRINGS[text.language]
    edited = f"This post was last edited on {site_date(text)}."
    return [edited, words["prev"], earlier.title, words["next"], later.title]


def footer(language: str) -> list[str]:
    """The site's footer as the theme prints it in the page's language."""
    words = STRINGS[language]
    contact = [words["contact"], "info[at]rladies[dot]org", "Donate to R-Ladies"]
    return [*contact, "Donate via PayPal", words["follow"], words["conduct"],
            words["conduct_text"], words["languages"], words["name"]]  # fmt: skip


def card(text: Text) -> list[str]:
    """Another post's card as post/summary.html prints it: day, `Translations`, headline,
    authors, first sentence, tags and `Read more`."""
    summary = layout.dek(text) or [text.blocks[0][1]]
    return [site_date(text), "Translations", text.title, ", ".join(authors(text)), *summary,
            *tags(text), "Read more"]  # fmt: skip


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Spanish posts copied whole from the site: the menu, the theme's header, the captions,
    the body and its credits, the last-edit line, `Anterior`/`Siguiente` and the footer."""
    dump = Dump.named("foreign_web_01", "R-Ladies posts (es): menu, Autor/Etiquetas, footer")
    idents = layout.ids_of(t, "es-rladiesnetwork", "es-iwdtwitter-2019", "es-video-2019")
    idents += layout.ids_of(t, "es-cotonout-mentoring")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        earlier = t[idents[number - 1]]
        menu = STRINGS["es"]["menu"]
        body = [*layout.captioned(text), layout.Body(), "", layout.BELOW]
        return [*menu, "", *header(text), "", *body, "", *pagination(text, earlier, other),
                "", *footer("es")]  # fmt: skip

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """French and Portuguese posts copied from the site, each with its language's strings:
    the header, the body and its credits, the last-edit line and the pagination, no menu nor
    footer."""
    dump = Dump.named("foreign_web_02", "R-Ladies posts (fr, pt): Auteur/Tags, Prec/Suiv")
    idents = layout.ids_of(t, "fr-blm", "fr-cotonout-mentoring", "pt-sao-paulo")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        earlier = t[idents[number - 1]]
        body = [*layout.captioned(text), layout.Body(), "", layout.BELOW]
        return [*header(text), "", *body, "", *pagination(text, earlier, other)]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Posts in three languages copied with the `Latest posts` block under them: another
    post's card (its day, `Translations`, headline, authors, first sentence, tags, `Read
    more`)."""
    dump = Dump.named("foreign_web_03", "R-Ladies posts (es, pt, fr) + Latest posts card")
    idents = layout.ids_of(t, "es-spanishmetameetup", "es-blm", "pt-blm")
    idents += layout.ids_of(t, "fr-cotonout-mentoring")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        body = [*layout.captioned(text), layout.Body(), "", layout.BELOW]
        return [*header(text), "", *body, "", "Latest posts", *card(other)]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """The joint statement's translations copied from the news section: the menu, the
    header, the body and its translator's credit, the `Translations` links to the other
    languages the page offers (`Read in English`, `Leia em português`) and the footer."""
    dump = Dump.named("foreign_web_04", "R-Ladies news (es, pt, fr): Translations, Read in …")
    idents = layout.ids_of(t, "pt-blm", "es-blm", "fr-blm")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        links = ["Read in English"] + [
            STRINGS[language]["read_in"] for language in STRINGS if language != text.language
        ]
        head = [*STRINGS[text.language]["menu"], "", *header(text), ""]
        body = [layout.Body(), "", layout.BELOW, ""]
        return [*head, *body, "Translations", *links, "", *footer(text.language)]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 1)


def foreign_web_05(t: dict[str, Text]) -> Dump:
    """Posts copied from the page's reading view: the headline first, then the theme's
    date, the authors and tags, the body flush under one blank line and the credit under it,
    the last-edit line last."""
    dump = Dump.named("foreign_web_05", "R-Ladies posts (es, pt), headline over the date")
    idents = layout.ids_of(t, "es-cotonout-mentoring", "es-rladiesnetwork", "pt-sao-paulo")
    idents += layout.ids_of(t, "es-spanishmetameetup")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        date, title, *rest = header(text)
        body = [layout.Body(), layout.BELOW]
        return [title, date, *rest, "", *body, f"This post was last edited on {site_date(text)}."]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


def foreign_web_06(t: dict[str, Text]) -> Dump:
    """Posts copied with the card of the next post in the same language above each (as the
    blog's list prints it), then the post itself with its date, title and authors."""
    dump = Dump.named("foreign_web_06", "R-Ladies blog (es, fr): card over each post")
    idents = layout.ids_of(t, "es-iwdtwitter-2019", "es-video-2019", "fr-blm")

    def page(number: int, text: Text, other: Text) -> Sequence[layout.Item]:
        return [*header(text), "", layout.Body(), "", layout.BELOW, "", *card(other)]

    return layout.lay_out_pages(dump, t, layout.linked_pages(t, idents, page), 2)


# clipper_markdown ------------------------------------------------------------------


def _front_matter(text: Text, heading: bool) -> list[layout.Item]:
    """The post's Markdown file as the repository keeps it: `title:`, `author:` with a
    `- name:` a line, `date:`, `tags:` with a `- ` a line, `slug:`."""
    names = [f"  - name: {name}" for name in authors(text)]
    listed = [f"  - {tag}" for tag in tags(text)]
    day = f"{layout.id_day(text):%Y-%m-%d}"
    fields = ["author:", *names, f'date: "{day}"', "tags:", *listed, f"slug: {text.id[12:]}"]
    return layout.titled_front_matter(text, heading, fields)


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """The English news as the repository's Markdown files: front matter, the body with
    `##` intertitles."""
    dump = Dump.named("clipper_markdown_01", "Hugo content files (en): front matter, ##", ".md")
    idents = layout.ids_of(t, "en-gdq-departure", "en-reduced-service-note")
    idents += layout.ids_of(t, "en-mastodon-meet-the-r-ladies")
    body = layout.Body(render=layout.markdown)
    pages = [(i, [*_front_matter(t[i], False), body]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """The English news as Markdown files with a `# ` headline under the front matter and
    the credits under the body."""
    dump = Dump.named("clipper_markdown_02", "Hugo content files (en): front matter, # H1", ".md")
    idents = layout.ids_of(t, "en-posit-cloud", "en-abstract-review-relaunch", "en-0124-relaunch")
    body = layout.Body(render=layout.markdown)
    pages = [(i, [*_front_matter(t[i], True), body, "", layout.BELOW]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """English news pasted as plain text: the headline, the theme's date, the body."""
    dump = Dump.named("classic_01", "R-Ladies news (en): headline, date, body")
    idents = layout.ids_of(t, "en-global-leadership-team-transition", "en-abstract-review")
    idents += layout.ids_of(t, "en-new-r-ladies-website")
    pages = [(i, [layout.Title(), layout.english_date(t[i]), "", layout.Body()]) for i in idents]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """English news one after another, a headline and the body, one blank line apart."""
    dump = Dump.named("classic_02", "R-Ladies news (en): headline, body, one blank line")
    idents = layout.ids_of(t, "en-announcement", "en-datacamp-third-party-review")
    idents += layout.ids_of(t, "en-global-team-recruiting")
    return layout.in_a_row(dump, t, idents, 1)


SOURCES_HEAD = """# Twenty-ninth fresh half (tuning): sources and licences

Written, like this file, by `python -m bench.fresh29_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh29_texts CLONE` writes from a clone of the repository named below. A
**tuning** half: read it freely ([README.md](../README.md)).

Every headline, intertitle, body paragraph, caption and credit is real published text, taken by
code (not by hand) from the repository of the R-Ladies Global site,
github.com/rladies/rladies.github.io (at a2679af): every blog and news post it translates into
Spanish, French or Portuguese (ten: six in Spanish, two in French, two in Portuguese; the three
translations it marks `translated: no` hold English and are left out) and every news post in
English (eighteen). The Markdown is read as the site renders it: links and emphasis as their
words, headings as intertitles, an image's alternative text as the caption the theme prints
under the figure, list items and quotes as paragraphs, the authors', translators' and
`English version` lines that close a post as its credits; code blocks, tables, embedded tweets
and shortcodes are left out (the page does not print them as prose). The chrome of the foreign
pages is the site's: its theme's layouts (post/single.html, post/summary.html,
partials/post/i18n.html, partials/footer/footer.html, menu.html) and strings (i18n/es.yaml,
fr.yaml, pt.yaml, data/months, data/read_in_lang.yaml), with the post's date, authors and tags
from its front matter; the Markdown files of the clipper dumps carry the repository's own front
matter keys. Written by the builder: the order of the pages and of their chrome lines as a copy
from a browser gives them, the last-edit day (the post's date, where the site prints its last
commit's), and the plain copies of the classic dumps.

Licence: the site's content is under Creative Commons Attribution 4.0 International (its
LICENCE.md). Credit: R-Ladies Global and the authors and translators each post names. Changes
(CC BY asks that they be indicated): none to the words; Markdown and HTML markup removed as the
page renders it, code blocks, tables, tweets and shortcodes left out, lines joined into
paragraphs; Markdown markers added back in the clipper dumps. The dumps are shared under CC BY
4.0, keeping that attribution. Doubts: an organisation's blog and news, not a newspaper (posts
of a community, some long, some first-person); ten foreign texts, each pasted two or three times
in dumps of three or four; three of them one statement in three languages (pasted together in
one dump, as the news section's translations); the site's production build now leaves the
translations out, so the addresses given are the repository's files.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH29, SOURCES_HEAD)
"""The twenty-ninth fresh half: R-Ladies Global's translated posts with its own chrome."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
