"""The thirty-ninth fresh half, a second look, of template pages and posts with their site's
chrome: `python -m bench.fresh39_dumps` writes it and its gold.

fresh40 (the Moneropedia in four languages, tuning) holds template documents and foreign pages
with their own site's chrome; this half holds the same kinds from another source, to judge the
work tuned there: tests/fixtures/dumps/real/fresh39/texts.txt (written by `python -m
bench.fresh39_texts` from a clone of entrepreneur-interet-general/site-eig) holds the site of
the French government's Entrepreneurs d'intérêt général programme under the Licence Ouverte
2.0: the blog's posts in French and English (event reports, calls, reviews, workshops) and a
page per challenge, which the layout prints under the same lines for every challenge (its
description, `Administration de rattachement :`, `Année et durée :`). Its web pages carry the
site's own chrome (_includes/header.html and footer.html, _data/nav.yml and nav-en.yml,
_data/traductions.yml, _includes/share-bar.html: the menu, the post's day and author, the share
links, the footer's links). Everything else around the texts (mail and digest headers,
newsletters, closing lines, signatures, export headers and fields, clipping lines) is written
here, and the wrapping is done by bench/mail_layout.py. It is a second look: only its
aggregates may be read; it is never shown, tuned or trained on.
"""

from __future__ import annotations

import sys

from bench import blog_exports
from bench import mail_layout as mail
from bench import page_layout as layout
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in

FRESH39 = REAL / "fresh39"
TEXTS = FRESH39 / "texts.txt"
SITE = "entrepreneur-interet-general.etalab.gouv.fr"
PROGRAMME = "Entrepreneurs d'intérêt général"
PUBLISHER = "Etalab"

MENU = {
    "fr": (
        "Menu",
        "Programme",
        "Présentation du programme",
        "Offre d'accompagnement",
        "Réalisations",
        "F.A.Q. Entrepreneur",
        "F.A.Q. Administration",
        "Défis",
        "Communauté",
        "Blog",
        "Participer",
        "Je suis un candidat",
        "Je suis une administration",
    ),
    "en": (
        "Menu",
        "Program",
        "Program presentation",
        "Coaching provision",
        "Achievements",
        "F.A.Q. Entrepreneur",
        "F.A.Q. Administration",
        "Challenges",
        "Community",
        "Blog",
        "Participate",
        "I am an applicant",
        "I am an administration",
    ),
}
"""The site's menu (_includes/header.html over _data/nav.yml and nav-en.yml)."""
FOOTER = {
    "fr": (
        "Flux RSS du blog",
        "Inscription liste de diffusion",
        "etalab.gouv.fr",
        "data.gouv.fr",
        "beta.gouv.fr",
        "numerique.gouv.fr",
        "gouvernement.fr",
        "legifrance.gouv.fr",
        "service-public.fr",
        "Conditions générales d'utilisation",
        "Plan du site",
        "Accessibilité : partiellement conforme",
        "Nous contacter",
        "Espace presse",
    ),
    "en": (
        "Blog RSS feeds",
        "Distribution list subscription",
        "etalab.gouv.fr",
        "data.gouv.fr",
        "beta.gouv.fr",
        "numerique.gouv.fr",
        "gouvernement.fr",
        "legifrance.gouv.fr",
        "service-public.fr",
        "Terms and conditions of use",
        "Site map",
        "Accessibility statement",
        "Contact us",
        "Press space",
    ),
}
"""The footer (_includes/footer.html, its words from _data/traductions.yml)."""
SHARE = {"fr": ("Twitter", "Courriel"), "en": ("Twitter", "Email")}
"""The share bar over and under a post (_includes/share-bar.html)."""

SIZES = {
    "classic_01": ("defi", 4),
    "classic_02": ("post", 3),
    "classic_03": ("post", 3),
    "clipper_markdown_01": ("post", 3),
    "clipper_markdown_02": ("defi", 3),
    "email_digest_01": ("post", 4),
    "email_digest_02": ("defi", 3),
    "email_digest_03": ("post", 3),
    "email_digest_04": ("en", 3),
    "foreign_web_01": ("defi", 3),
    "foreign_web_02": ("post", 3),
    "foreign_web_03": ("en", 3),
    "foreign_web_04": ("defi", 3),
    "lexisnexis_01": ("post", 3),
    "lexisnexis_02": ("defi", 3),
    "nexis_factiva_01_nexisuni": ("post", 3),
    "nexis_factiva_02_factiva": ("defi", 3),
    "trailers_01": ("post", 3),
    "trailers_02": ("defi", 3),
    "trailers_03": ("en", 3),
}
"""Each dump of those shapes: its pool (French posts, English posts, challenge pages) and how
many texts it holds, dealt out in the texts' order."""
LONG = {"long_intertitles_01": ("post", 3), "long_intertitles_02": ("post", 3)}
"""The long-text dumps: the longest French posts with intertitles."""


def pool(text: Text) -> str:
    """A text's pool: `defi` for a challenge page, `en` for an English post, `post` for a
    French one."""
    if "/defis/" in text.url:
        return "defi"
    return "en" if text.language == "en" else "post"


def share(t: dict[str, Text], name: str) -> tuple[str, ...]:
    """The ids of the texts dump `name` holds, all of its pool; no text twice."""
    return mail.dealt_in_pools(t, pool, SIZES, LONG, name)


def dateline(text: Text) -> str:
    """The day the page prints, `27 février 2018`, without the author."""
    return text.above[0].split(" / ")[0]


def author(text: Text) -> str:
    """A post's author as its page names them, or the programme's team for a challenge."""
    if pool(text) == "defi":
        return "L'équipe EIG"
    return text.above[0].split(" / ", 1)[1].split(" ", 1)[1]


def stamp(text: Text) -> str:
    """The text's day as a mail's `Date:` header writes it."""
    return f"{layout.id_day(text):%a, %d %b %Y} 10:05:00 +0100"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Challenge pages copied into a text file: the headline, the lines the page prints under
    it, the text, two blank lines apart."""
    dump = Dump.named("classic_01", "Challenge pages in a text file, their lines under the title")
    pages = [(i, [layout.Title(), layout.ABOVE, "", layout.Body()]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts kept in a text file between `———` lines, wrapped at 74, each under its headline
    and day."""
    dump = Dump.named("classic_02", "Posts between ——— lines, wrapped at 74, under the day")
    body = layout.Body(wrapper=mail.wrapped(74))
    pages = [(i, [layout.Title(), dateline(t[i]), "", body]) for i in share(t, dump.name)]
    return layout.ruled_pages(dump, t, pages, "———")


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts saved from mail at 72, a paragraph in three re-flowed into one line, under the
    headline and the page's day and author line."""
    dump = Dump.named("classic_03", "Posts from mail at 72, some re-flowed, day and author")
    body = layout.Body(wrapper=mail.reflowed(72, 3))
    pages = [(i, [layout.Title(), layout.ABOVE, "", body]) for i in share(t, dump.name)]
    return layout.lay_out_pages(dump, t, pages, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Posts as the repository's Jekyll files: front matter (author, layout, title), a
    paragraph a line, `####` intertitles."""
    style = "Jekyll post files: front matter, #### intertitles"
    dump = Dump.named("clipper_markdown_01", style, ".md")

    def page(text: Text) -> list[layout.Item]:
        head = ["---", f"author: {author(text)}", "layout: post", layout.Title("title: {}")]
        return [*head, "---", "", layout.Body(render=layout.headings("####"))]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 1)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Challenge pages clipped to Markdown: a `# ` headline, the description as a `> ` dek, a
    `Source :` line, the text."""
    dump = Dump.named("clipper_markdown_02", "Clipped challenges: # H1, > dek, Source :", ".md")

    def page(text: Text) -> list[layout.Item]:
        head = [layout.Title("# {}"), "", f"> {text.above[0]}", "", f"Source : {text.url}", ""]
        return [*head, layout.Body(render=layout.markdown)]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """The programme's newsletter: each item's headline, day, opening paragraphs at 72 and a
    `Lire la suite :` line, under the letter's greeting."""
    dump = Dump.named("email_digest_01", "EIG newsletter: headline, day, lead at 72, Lire la suite")
    dump.matter(
        "De : Programme EIG <eig@etalab.example.gouv.fr>",
        "Objet : La lettre des EIG",
        "",
        "Bonjour à toutes et à tous,",
        "",
        "voici les dernières nouvelles du programme.",
    )
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        items = [layout.Title(), dateline(text), "", layout.Body(wrapper=mail.wrapped(72))]
        layout.lay_out(dump, layout.opening(text, 2), [*items, "", f"Lire la suite : {text.url}"])
    dump.gap(2)
    dump.matter("Vous recevez ce message car vous êtes inscrit·e à la liste de diffusion EIG.")
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A list's digest of challenge pages: its topics, then each message under a rule with
    its headers, the page at 70."""
    dump = Dump.named("email_digest_02", "List digest of challenges: Sujets du jour, headers")
    idents = share(t, dump.name)
    dump.matter(
        "Digest eig-communaute, Vol 3, Parution 12",
        "",
        "Sujets du jour :",
        "",
        *(f"   {n}. {t[i].title}" for n, i in enumerate(idents, 1)),
    )

    def head(number: int, text: Text) -> list[layout.Item]:
        return [
            f"Message : {number}",
            f"Date : {stamp(text)}",
            "De : Programme EIG <eig@etalab.example.gouv.fr>",
            layout.Title("Objet : {}"),
        ]

    layout.message_digest(dump, t, idents, head, layout.Body(wrapper=mail.wrapped(70)), "-" * 70)
    dump.matter("Fin de Digest eig-communaute, Vol 3, Parution 12")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """Posts forwarded from a webmail in French: each under `---------- Message transféré
    ---------` and its `De :`, `Date :`, `Objet :` lines, the text quoted under `> `."""
    dump = Dump.named("email_digest_03", "French forwards: Message transféré, > quoted at 68")
    dump.matter("Salut,", "", "je te transfère trois articles du blog des EIG.")
    for ident in share(t, dump.name):
        text = t[ident]
        dump.gap(2)
        items = [
            "---------- Message transféré ---------",
            f"De : {author(text)}",
            f"Date : {stamp(text)}",
            layout.Title("Objet : {}"),
            "",
            layout.Body(wrapper=mail.quoted(mail.wrapped(68))),
        ]
        layout.lay_out(dump, text, items)
    return dump


def email_digest_04(t: dict[str, Text]) -> Dump:
    """A newsletter of the English posts: numbered headlines, the author, the opening
    paragraphs at 70, an arrow to the post."""
    dump = Dump.named("email_digest_04", "English letter: 1. headline, author, lead at 70, →")
    dump.matter("Hi all,", "", "three reads from the French public interest entrepreneurs:")
    for number, ident in enumerate(share(t, dump.name), 1):
        text = t[ident]
        dump.gap(2)
        body = layout.Body(wrapper=mail.wrapped(70))
        items = [
            layout.Title(f"{number}. {{}}"),
            f"by {author(text)}",
            "",
            body,
            "",
            f"→ {text.url}",
        ]
        layout.lay_out(dump, layout.opening(text, 2), items)
    dump.gap(2)
    dump.matter("Best,", "Marc")
    return dump


# foreign_web -----------------------------------------------------------------------


def _challenge_pages(dump: Dump, t: dict[str, Text]) -> Dump:
    """Challenge pages copied whole: the menu, the headline and the lines the layout prints
    under it, the text, the footer."""
    pages = [
        (
            i,
            [
                *MENU["fr"],
                "",
                layout.Title(),
                layout.ABOVE,
                "",
                layout.Body(around=1),
                "",
                *FOOTER["fr"],
            ],
        )
        for i in share(t, dump.name)
    ]
    return layout.lay_out_pages(dump, t, pages, 2)


def _post_pages(dump: Dump, t: dict[str, Text]) -> Dump:
    """Posts copied whole in their language: the menu, the headline, the day and author, the
    share bar over and under the text, the footer."""

    def page(text: Text) -> list[layout.Item]:
        lang = text.language
        head = [*MENU[lang], "", layout.Title(), layout.ABOVE, *SHARE[lang], ""]
        return [
            *head,
            *layout.captioned(text),
            layout.Body(around=1),
            "",
            *SHARE[lang],
            *FOOTER[lang],
        ]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """The site's challenge pages copied whole."""
    return _challenge_pages(Dump.named("foreign_web_01", "EIG challenge pages: menu, footer"), t)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """The site's French posts copied whole."""
    return _post_pages(Dump.named("foreign_web_02", "EIG blog pages: menu, share bar, footer"), t)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """The site's English posts copied whole."""
    return _post_pages(Dump.named("foreign_web_03", "EIG English blog pages: menu, footer"), t)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """Challenge pages copied from a reader view: the site's address, the headline, the
    description, the reading time, the text."""
    dump = Dump.named("foreign_web_04", "Reader view of challenges: site, headline, minutes")

    def page(text: Text) -> list[layout.Item]:
        minutes = layout.reading_minutes(text)
        head = [SITE, layout.Title(), text.above[0], f"{minutes} min de lecture"]
        return [*head, "", layout.Body()]

    return layout.lay_out_pages(dump, t, [(i, page(t[i])) for i in share(t, dump.name)], 2)


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """The longest posts with every short line two blank lines apart, as wide as the gap
    between them, under the day and author."""
    dump = Dump.named("long_intertitles_01", "Long posts under day and author, short lines spaced")
    items = [(i, t[i].above[0]) for i in share(t, dump.name)]
    return layout.spaced_articles(dump, t, items, 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Long posts at 72, intertitles in capitals, two blank lines under the day."""
    dump = Dump.named("long_intertitles_02", "Long posts at 72, intertitles in capitals")
    body = layout.Body(wrapper=mail.wrapped(72))
    pages = [(i, [layout.Title(), dateline(t[i]), "", "", body]) for i in share(t, dump.name)]
    return layout.capitalised_pages(dump, t, pages, 2)


# exports ---------------------------------------------------------------------------


EXPORTS = blog_exports.Exports(
    share,
    blog_exports.Lexis(
        "LexisNexis export: EIG blog, body unwrapped",
        f"{PROGRAMME} (blog)",
        22,
        "ADMINISTRATION",
        author,
    ),
    blog_exports.Copyrighted(
        "LexisNexis export: copyright Etalab, challenges at 76",
        PUBLISHER,
        (SITE, 20),
        ("SECTION: DÉFIS",),
        "DOCUMENT-TYPE: Web Page",
        76,
    ),
    blog_exports.NexisUni(
        "Nexis Uni delivery: EIG blog",
        ("=etat-numerique", "Thursday, June 4, 2026 9:20:00 AM CEST", "359318806"),
        ('"intérêt général" AND (défi OR administration)', f"Sources: {SITE}"),
        (SITE, PUBLISHER, "Programme EIG"),
    ),
    blog_exports.Factiva(
        "Factiva display: EIG challenges, EIGETL", PROGRAMME, "EIGETL", PUBLISHER, 2
    ),
)
"""The half's LexisNexis export and records, Nexis Uni delivery and Factiva display, in the
words its source is named by (bench/blog_exports.py writes them alike for every blog half)."""


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts reposted by other sites, their credit set flush under the last paragraph."""
    dump = Dump.named("trailers_01", "Reposted posts closed flush by a credit line")
    closing = (
        f"Source : {SITE} (Licence Ouverte 2.0)",
        "Article initialement publié sur le blog des EIG.",
        "(via etalab.gouv.fr)",
    )
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, blank=False)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Challenge pages mailed at 72, each signed under `-- ` by the programme's team."""
    dump = Dump.named("trailers_02", "Challenges mailed at 72, signed under '-- '")
    body = layout.Body(wrapper=mail.wrapped(72))
    sign = ("-- ", "L'équipe du programme EIG, Etalab")
    return layout.closed_by(dump, t, [(i, sign) for i in share(t, dump.name)], 2, body=body)


def trailers_03(t: dict[str, Text]) -> Dump:
    """English posts sent from phones at 64 columns, each closed a blank line down by the
    app's own line."""
    dump = Dump.named("trailers_03", "English posts from phones at 64, closed by the app")
    closing = ("Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for iOS")
    body = layout.Body(wrapper=mail.wrapped(64))
    items = [(i, (line,)) for i, line in zip(share(t, dump.name), closing, strict=True)]
    return layout.closed_by(dump, t, items, 2, body=body)


SOURCES_HEAD = """# Thirty-ninth fresh half (second look, template pages): sources and licences

Written, like this file, by `python -m bench.fresh39_dumps` from [texts.txt](texts.txt), which
`python -m bench.fresh39_texts CLONE` writes from a clone of the repository named below. A
**second-look** half: only its aggregates (the `all` and per-shape rows) may be read; it is
never shown, tuned or trained on ([README.md](../README.md)). It judges the work tuned on
fresh40 (template documents in four languages, foreign pages with their site's chrome) on
another source, in all eight shapes.

Every headline, intertitle, caption, body paragraph and line printed over a text is real
published text, taken by code (not by hand) from the source of
entrepreneur-interet-general.etalab.gouv.fr, the site of the French government's Entrepreneurs
d'intérêt général programme run by Etalab, as github.com/entrepreneur-interet-general/site-eig
holds it (at bc2afe5, September 2022): every published post of its blog (50 in French, 11 in
English, 2018 to 2021; median 974 words) and every challenge page (71, 2017 to 2020; median 307
words), 39 to 2,413 words. The Markdown is read as fresh29's posts are
(bench/fresh29_texts.py): links and emphasis as their words, headings as intertitles, an
image's alternative text as its caption, list items as paragraphs; frames and rules left out,
and a closing heading over a frame or over figures the layout prints from data left out with
them. The lines over a text are the ones its page prints: a post's day and author
(_layouts/post.html), a challenge's description, administration and promotion
(_layouts/defi.html, from _data/defis.yml). The web pages carry the site's own chrome
(_includes/header.html, footer.html, share-bar.html, _data/nav.yml, nav-en.yml,
traductions.yml). Written by the builder: the wrapping (bench/mail_layout.py), the order of the
texts, and everything around them in the other shapes (newsletter, digest and forward headers,
signatures, phone apps' closing lines, reposts' credits, export headers, cover pages and field
lines, a reader view's lines, clipping lines).

Licence: Licence Ouverte 2.0 (Etalab), the repository's LICENSE.md, which allows reuse,
adaptation and redistribution, commercial or not, on condition of attribution. Attribution:
Etalab, programme Entrepreneurs d'intérêt général (entrepreneur-interet-general.etalab.gouv.fr),
the repository's state of 5 September 2022 (its last update). Changes: the words are unchanged;
Markdown, HTML and Liquid markup removed as the page renders it, frames, images and rules left
out, lines joined into paragraphs and wrapped again, intertitles in capitals where a style sheet
sets them so, Markdown markers added back in the clippings. Doubts: a government programme's
site, not a newspaper; French almost only (11 English posts); the challenge pages are short
and many open the same way; the ids' days are the file names' (the challenge pages' are their
year's first day).

"""


HALF = Half(builders_in(globals()) + EXPORTS.builders(), TEXTS, FRESH39, SOURCES_HEAD)
"""The thirty-ninth fresh half, a second look: the EIG programme's posts and challenge pages."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
