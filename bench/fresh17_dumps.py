"""The seventeenth fresh half, a second-look half: `python -m bench.fresh17_dumps` writes it
and its gold.

fresh16 gave the splitter's owners the four shapes the sealed halves still lose (trailers,
pages copied with their chrome, plain-text email digests, foreign web pages) to tune on; this
half is the same mix from other sources, to see whether what they tune carries:
tests/fixtures/dumps/real/fresh17/texts.txt holds whole posts of the F-Droid blog (English)
and whole articles of the French government's design and accessibility team, DesignGouv
(French), two sources no earlier half used. This pastes them in those four shapes with chrome
in the manner of sites, mail clients and wires fresh16 does not imitate. Everything around
the texts is written here. The half may be read in aggregate only (its `all` and per-shape
rows), never per article, and is never tuned on; its ratchet floors are what main's splitter
scored the one time it was read (tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    Body,
    Item,
    Title,
    closed_by,
    dek,
    digest_items,
    english_date,
    id_day,
    lay_out,
    lay_out_pages,
    linked_pages,
    local_date,
    numeric_date,
    opening,
    reading_minutes,
)

FRESH17 = REAL / "fresh17"
TEXTS = FRESH17 / "texts.txt"

_FRENCH_MONTHS = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
"""French months as news sites abbreviate them in date lines."""


def _short_french_day(text: Text) -> str:
    """`24 nov. 2022`, the post's day as French news sites print it in a date line."""
    day = id_day(text)
    return f"{day.day} {_FRENCH_MONTHS[day.month - 1]} {day.year}"


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts copied from the project's own news pages: the site's menu over each headline, a
    `Posted on … by …` line under it, and the page's `Improve this page` footer."""
    dump = Dump(
        "classic_01",
        "classic",
        "Project news pages copied whole: menu, Posted on … by, Improve this page footer",
    )
    idents = ("en-20170703f", "en-20190505f", "en-20220205f")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            "Browse  Docs  News  Forum  Donate  Download",
            "",
            Title(),
            f"Posted on {day:%d %b %Y} by the F-Droid team",
            "",
            Body(),
            "",
            "Improve this page  ·  Translate  ·  RSS",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def classic_02(t: dict[str, Text]) -> Dump:
    """Posts copied from a Linux news site's pages: a `Home » Android` trail, the author and
    reading time, an `Advertisement` line inside the body, a share line and the next post."""
    dump = Dump(
        "classic_02",
        "classic",
        "Linux news pages: Home » trail, Written by · minute read, Advertisement, Next article",
    )
    idents = ("en-20221123f", "en-20230308f", "en-20240723f")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Home » Android » Free Software",
            Title(),
            f"Written by Staff · {english_date(text)} · {reading_minutes(text)} minute read",
            "",
            Body(inserts=((2, ("Advertisement",)),)),
            "",
            "Share this article: Mastodon | Reddit | Hacker News | Email",
            f"Next article: {other.title}",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts republished as articles on a professional network and copied from there: the
    publisher's name and `Published` date under the headline, `+ Follow`, the body, then the
    reaction buttons one a line and the sign-in prompt."""
    dump = Dump(
        "classic_03",
        "classic",
        "Professional-network articles: Published …, + Follow, Like/Celebrate/Comment lines",
    )
    idents = ("en-20220722f", "en-20230320f", "en-20240524f")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            Title(),
            "F-Droid",
            f"Published {day:%b} {day.day}, {day.year}",
            "+ Follow",
            "",
            Body(),
            "",
            "Like",
            "Celebrate",
            "Support",
            "Comment",
            "Share",
            "To view or add a comment, sign in",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def classic_04(t: dict[str, Text]) -> Dump:
    """Posts copied from a self-hosted blog's pages with one blank line everywhere: `Sign in`
    and `Subscribe`, the headline, the day and reading time, the body and the sign-up box."""
    dump = Dump(
        "classic_04",
        "classic",
        "Self-hosted blog pages, one blank line everywhere: date — N min read, Sign up box",
    )
    idents = ("en-20190111f", "en-20200109f", "en-20240206f")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            "Sign in  Subscribe",
            "",
            Title(),
            "",
            f"{day:%b} {day.day}, {day.year} — {reading_minutes(text)} min read",
            "",
            Body(around=1),
            "",
            "Sign up for more like this.",
            "",
            "Enter your email  Subscribe",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 1)


def classic_05(t: dict[str, Text]) -> Dump:
    """Posts reblogged on a hosted blog and copied from its pages: `Posted on … by admin`, the
    categories, the body, and the `Share this:`, `Like this:`, `Related` and reply lines."""
    dump = Dump(
        "classic_05",
        "classic",
        "Reblog pages: Posted on … by admin, Categories:, Share this:, Like this:, Related",
    )
    idents = ("en-20190716f", "en-20230715f", "en-20241213f")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        return [
            Title(),
            f"Posted on {day.day} {day:%B %Y} by admin",
            "Categories: Android, Free Software, Privacy",
            "",
            Body(),
            "",
            "Share this:",
            "Mastodon",
            "Email",
            "Like this:",
            "Like Loading...",
            "Related",
            other.title,
            "Leave a Reply",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A plain-text privacy newsletter saved from a mail client: `Subject:`/`From:`/`Date:`/
    `To:`/`Reply-To:`, a greeting, `■` labels in capitals, a publication line under each
    headline, the opening paragraph, `Read more: URL` and the unsubscribe footer."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Privacy newsletter saved as text: ■ CAPS labels, publication line, Read more",
    )
    dump.matter(
        "Subject: Privacy Matters #64: audits, panic buttons and tracker databases",
        "From: Privacy Matters <newsletter@privacymatters.example.org>",
        "Date: Wed, 18 Dec 2024 07:02:11 -0500",
        "To: you@example.net",
        "Reply-To: editors@privacymatters.example.org",
        "",
        "Good morning!",
        "Here is what the app-store world wrote about privacy and security.",
    )
    items = (
        ("■ SECURITY", "en-20180120f"),
        ("■ SAFETY", "en-20190615f"),
        ("■ RESEARCH", "en-20200304f"),
        ("■ TRACKERS", "en-20210222fb"),
        ("■ INSTALLS", "en-20241211f"),
    )
    digest_items(dump, t, items, "F-Droid News — {}", "Read more: ")
    dump.gap(2)
    dump.matter(
        "You are receiving Privacy Matters because you opted in at privacymatters.example.org.",
        "Update your preferences or unsubscribe: https://privacymatters.example.org/u/3f9a",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A newsletter forwarded from Outlook: `From:`/`Sent:`/`To:`/`Subject:` under an
    `-----Original Message-----` line, bracketed labels in capitals, two opening paragraphs a
    post, `Read more: <URL>` and the list footer."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Newsletter forwarded from Outlook: Original Message, [ LABEL ], Read more: <URL>",
    )
    dump.matter(
        "Worth a look before Thursday's meeting.",
        "",
        "-----Original Message-----",
        "From: Mobile Freedom Weekly <weekly@mobilefreedom.example.com>",
        "Sent: Tuesday, October 1, 2024 6:45 AM",
        "To: it-staff@example.org",
        "Subject: Mobile Freedom Weekly: forums, bus factors and faster builds",
        "",
        "Dear readers,",
        "six stories from the free software app world.",
    )
    items = (
        ("[ COMMUNITY ]", "en-20170220fb"),
        ("[ INFRASTRUCTURE ]", "en-20190706f"),
        ("[ FUNDING ]", "en-20200720f"),
        ("[ PERFORMANCE ]", "en-20220920f"),
        ("[ REPRODUCIBILITY ]", "en-20230115f"),
        ("[ SECURITY ]", "en-20240930f"),
    )
    for label, ident in items:
        text = t[ident]
        dump.gap(2)
        more = f"Read more: <{text.url}>"
        lay_out(dump, opening(text, 2), [label, "", Title(), "", Body(), "", more])
    dump.gap(2)
    dump.matter(
        "Mobile Freedom Weekly · Unsubscribe https://mobilefreedom.example.com/leave",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A French newsletter: `Objet :`/`De :`/`Date :`/`À :`, a greeting, section labels in
    capitals, headlines (three ending in `?`), a publication line, the opening paragraph,
    `Lire la suite :` links and the footer to unsubscribe."""
    dump = Dump(
        "email_digest_03",
        "email_digest",
        "French newsletter (fr): Objet/De/Date/À, CAPS labels, ?-headlines, Lire la suite",
    )
    dump.matter(
        "Objet : La lettre de l’accessibilité n° 31 – audits, visioconférences et RGAA",
        "De : La lettre de l’accessibilité <lettre@accessibilite.example.fr>",
        "Date : lundi 9 mars 2026 à 09:30",
        "À : abonnes@accessibilite.example.fr",
        "",
        "Bonjour à toutes et à tous,",
        "voici notre sélection du mois.",
    )
    items = (
        ("OUTILS", "fr-20221124d"),
        ("BONNES PRATIQUES", "fr-20230605d"),
        ("TÉMOIGNAGES", "fr-20230612d"),
        ("NORMES", "fr-20230411d"),
        ("RÉGLEMENTATION", "fr-20260302d"),
    )
    digest_items(dump, t, items, "DesignGouv, {}", "Lire la suite : ")
    dump.gap(2)
    dump.matter(
        "Vous recevez ce message car vous êtes inscrit·e à La lettre de l’accessibilité.",
        "Se désinscrire : https://accessibilite.example.fr/desinscription",
    )
    return dump


def email_digest_04(t: dict[str, Text]) -> Dump:
    """A French digest forwarded from Thunderbird in French: `-------- Message transféré
    --------` and its `Sujet :`/`Date :`/`De :`/`Pour :` lines, an `Au sommaire` list, `▶`
    labels, the opening paragraph, `En savoir plus :` links and the footer."""
    dump = Dump(
        "email_digest_04",
        "email_digest",
        "French digest forwarded from Thunderbird (fr): Au sommaire, ▶ labels, En savoir plus",
    )
    items = (
        ("▶ LOGICIEL LIBRE", "fr-20211105d"),
        ("▶ RGAA", "fr-20220719d"),
        ("▶ DÉMARCHES", "fr-20230711d"),
        ("▶ RECHERCHE UTILISATEUR", "fr-20240725d"),
        ("▶ EUROPE", "fr-20250731d"),
    )
    dump.matter(
        "-------- Message transféré --------",
        "Sujet : [Veille] Numérique public : la sélection de la semaine",
        "Date : Fri, 1 Aug 2025 17:20:05 +0200",
        "De : Veille numérique <veille@numerique-public.example.fr>",
        "Pour : equipe-produit@example.fr",
        "",
        "Au sommaire :",
        *(f"• {t[ident].title}" for _, ident in items),
        "",
        "Bonjour,",
    )
    digest_items(dump, t, items, "Publié par DesignGouv le {}", "En savoir plus : ")
    dump.gap(2)
    dump.matter(
        "Vous recevez cette lettre parce que vous êtes abonné à la veille numérique.",
        "Désinscription : https://numerique-public.example.fr/veille/desinscription",
    )
    return dump


def email_digest_05(t: dict[str, Text]) -> Dump:
    """A weekly roundup's plain part with numbered items: `From:`/`Date:`/`Subject:`, a
    greeting, each headline numbered under a `##` label line, the opening paragraph and a
    `Read more: URL` line, rules of dashes between items and the footer."""
    dump = Dump(
        "email_digest_05",
        "email_digest",
        "Weekly roundup: ## LABEL, numbered headlines, dashed rules, Read more",
    )
    dump.matter(
        "From: App Store Watch <roundup@appstorewatch.example.net>",
        "Date: Sat, 3 May 2025 10:00:00 +0000",
        "Subject: Roundup: update channels, pinning, repo formats and a client overhaul",
        "",
        "Hi everyone,",
    )
    items = (
        ("## UPDATES", "en-20191202f"),
        ("## PACKAGING", "en-20211015f"),
        ("## REPOSITORIES", "en-20230301f"),
        ("## CLIENT", "en-20240516f"),
        ("## FUNDING", "en-20250429f"),
    )
    for number, (label, ident) in enumerate(items, 1):
        text = t[ident]
        dump.gap()
        dump.separator("-" * 40)
        dump.gap()
        more = f"Read more: {text.url}"
        lay_out(dump, opening(text, 1), [label, Title(f"{number}. {{}}"), "", Body(), "", more])
    dump.gap()
    dump.separator("-" * 40)
    dump.gap()
    dump.matter(
        "App Store Watch is written by volunteers. Unsubscribe at any time:",
        "https://appstorewatch.example.net/unsubscribe",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A French ministry's news pages: an `Accueil > Actualités` trail, the headline, the
    `Publié le` and `Mis à jour le` lines, a reading time, the share line, the body with an
    `À lire aussi :` line, and the tags."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "French ministry pages (fr): Accueil > Actualités, Publié le, Mis à jour le, À lire aussi",
    )
    idents = ("fr-20230706d", "fr-20231220d", "fr-20250710d", "fr-20240429d")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = local_date(id_day(text), "fr")
        return [
            "Accueil > Actualités > Accessibilité numérique",
            Title(),
            f"Publié le {day}",
            f"Mis à jour le {day}",
            f"Temps de lecture : {reading_minutes(text)} minutes",
            "Partager la page : Facebook X LinkedIn Courriel Copier le lien",
            "",
            Body(inserts=((2, (f"À lire aussi : {other.title}",)),)),
            "",
            "Étiquettes : accessibilité, RGAA, services publics",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A French regional paper's pages: a section label in capitals, the headline and a dek,
    a `Par la rédaction – Le … à 10h15 – Modifié le …` line, a view counter, the body, a `Sur
    le même sujet` list and `Réagir`."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "French regional paper pages (fr): CAPS section, dek, Par la rédaction – Le … à, vues",
    )
    idents = ("fr-20241128d", "fr-20250403d", "fr-20250212d")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = numeric_date(text)
        rest = [t[ident].title for ident in idents if ident != text.id]
        return [
            "NUMÉRIQUE",
            Title(),
            *dek(text),
            f"Par la rédaction – Le {day} à 10h1{number} – Modifié le {day} à 18h0{number}",
            f"{1_245 + number * 97:,} vues".replace(",", " "),
            "",
            Body(),
            "",
            "Sur le même sujet",
            *rest,
            "Réagir",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A French tech-news site's pages: a `Numérique / Services publics` trail, the headline,
    a short date and time, a reading time and comment count, the body, a `Lire aussi` list and
    the newsletter prompt."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "French tech-news pages (fr): trail, 24 nov. 2022 à 10:15, Lecture : N min, Lire aussi",
    )
    idents = ("fr-20230926d", "fr-20210820d", "fr-20220314d", "fr-20231018d")

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        return [
            "Numérique / Services publics",
            "",
            Title(),
            f"{_short_french_day(text)} à 10:1{number}",
            f"Lecture : {reading_minutes(text)} min · Commentaires ({number + 1})",
            "",
            Body(),
            "",
            "Lire aussi",
            other.title,
            "Abonnez-vous à notre newsletter",
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_04(t: dict[str, Text]) -> Dump:
    """A Belgian French-language site's pages: the section over the headline, a `Mis en ligne
    le jeudi … à 10h15` line, `Écouter l'article`, the body, `Partager` and a `Plus d'articles`
    list of the other headlines."""
    dump = Dump(
        "foreign_web_04",
        "foreign_web",
        "Belgian French pages (fr): Société, Mis en ligne le jeudi … à, Écouter l'article",
    )
    idents = ("fr-20260310d", "fr-20230515d", "fr-20210321d")
    weekdays = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = id_day(text)
        when = f"{weekdays[day.weekday()]} {local_date(day, 'fr')}"
        rest = [t[ident].title for ident in idents if ident != text.id]
        return [
            "Société",
            Title(),
            f"Mis en ligne le {when} à 10h{15 + number}",
            "Écouter l'article",
            "",
            Body(),
            "",
            "Partager",
            "Plus d'articles",
            *rest,
        ]

    return lay_out_pages(dump, t, linked_pages(t, idents, page), 3)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """English posts redistributed by a news service, each closed a blank line under the body
    by a credit in parentheses, a `(Reporting by …)` line, a creation timestamp or a desk
    sign-off."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "English posts closed by (F-Droid), (Reporting by …), Created: ISO time, — desk",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("en-20170404f", ("(F-Droid)",)),
        ("en-20180124f", ("(Reporting by the F-Droid team; Editing by the technology desk)",)),
        ("en-20190326f", (f"Created: {id_day(t['en-20190326f']):%Y-%m-%d}T09:41:17Z",)),
        ("en-20191029f", ("— Free Software Desk",)),
    ]
    return closed_by(dump, t, items, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """English posts with their trailers set flush under the last paragraph: an author line
    in capitals, an italic republication note, a `(Writing by …)` line, a licence line."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "English posts closed flush: CAPS author, _republished_ note, (Writing by …), licence",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("en-20180302f", ("AUTHOR: F-DROID CORE TEAM",)),
        ("en-20190701f", ("_Republished from f-droid.org under the AGPL-3.0_",)),
        ("en-20221130f", ("(Writing by the F-Droid client team; Editing by the apps desk)",)),
        ("en-20241004f", ("Licence: GNU AGPL v3 or later",)),
    ]
    return closed_by(dump, t, items, 2, blank=False)


def trailers_03(t: dict[str, Text]) -> Dump:
    """English posts one blank line apart, each closed flush by its trailer right above the
    next headline: a `-30-` end mark, a dateline sign-off, an italic byline, `###`."""
    dump = Dump(
        "trailers_03",
        "trailers",
        "English posts one blank apart, trailers flush above the next headline: -30-, ###",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("en-20171214f", ("-30-",)),
        ("en-20200203f", (f"BERLIN, {english_date(t['en-20200203f'])} (F-Droid News)",)),
        ("en-20230616f", ("*By the F-Droid web team*",)),
        ("en-20250205f", ("###",)),
    ]
    return closed_by(dump, t, items, 1, blank=False)


def trailers_04(t: dict[str, Text]) -> Dump:
    """French articles with their trailers set flush under the last paragraph: a source in
    parentheses, a desk line, an author line in capitals, a creation-date line."""
    dump = Dump(
        "trailers_04",
        "trailers",
        "French articles closed flush (fr): (Source : …), Rédaction, CAPS author, Créé le",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("fr-20210623d", ("(Source : DINUM)",)),
        ("fr-20211006d", ("Rédaction : pôle Design des services numériques",)),
        ("fr-20221116d", ("PAR L’ÉQUIPE DESIGNGOUV",)),
        ("fr-20250213d", (f"Article créé le {numeric_date(t['fr-20250213d'])} à 10:15",)),
    ]
    return closed_by(dump, t, items, 2, blank=False)


def trailers_05(t: dict[str, Text]) -> Dump:
    """French articles each closed a blank line under the body: a credit in parentheses, an
    italic licence note, a `Mis en ligne le` line, a press-office sign-off."""
    dump = Dump(
        "trailers_05",
        "trailers",
        "French articles closed by (Avec …), *Licence Ouverte*, Mis en ligne le, — Service",
    )
    items: list[tuple[str, Sequence[str]]] = [
        ("fr-20220429d", ("(Avec la DINUM)",)),
        ("fr-20231218d", ("*Texte publié sous Licence Ouverte 2.0*",)),
        ("fr-20251216d", (f"Mis en ligne le {numeric_date(t['fr-20251216d'])}",)),
        ("fr-20210813d", ("— Service de presse",)),
    ]
    return closed_by(dump, t, items, 2)


SOURCES_HEAD = """# Seventeenth fresh half (second look): sources and licences

Built by `python -m bench.fresh17_dumps` from [texts.txt](texts.txt); this file too. This is a
**second-look** half: it is never tuned on, never read per article, and only its aggregates
(the `all` and per-shape rows of `python -m bench.split_quality`) may be read
([README.md](../README.md)). It holds the mix of fresh16, the tuning half built with it
(trailers, pages copied with their chrome, plain-text email digests, foreign web pages), from
two sources no earlier half used, so that what is tuned on fresh16 can be checked on text
nobody tuned on.

Every headline and body paragraph is real published text, copied verbatim from the source of
the post named below (whitespace aside, a no-break space read as a space): a post of the
F-Droid blog (f-droid.org/en/…; read in github.com/f-droid/fdroid-website, `_posts/`, at its
snapshot of 8 May 2025, commit ab4533fee26952176c6a19851a5fdd108b415aad), or an article of
DesignGouv, the design and accessibility team of the French government's digital directorate
(DINUM) (design.numerique.gouv.fr/articles/…; read in github.com/DISIC/design.numerique.gouv.fr,
`content/articles/`, at its snapshot of 29 June 2026, commit
69d0cd9a84bf4012c66c4598b530d95192bbd288). A body is the whole post: every paragraph and
heading (any level, Markdown or HTML, is an intertitle), in order; a list item, a
blockquote's text or a line ended by a hard break (`<br>` too) is a paragraph of its own;
links, link definitions, emphasis, images, figures, footnote marks, HTML tags and comments,
Liquid tags, tables and code blocks are removed (and a heading left with nothing under it is
dropped); HTML entities are read as the characters they stand for. Posts with code blocks or
with HTML or a nested image link left in their headline or text are left out, and of the
DesignGouv articles sharing one headline (its training announcements) none is used.
Everything around the texts is written by the builder and taken from no source: mail headers,
greetings, contents lists, section labels, publication lines, `Read more` lines and footers of
the digests; menus, trails, bylines, dates, reading times, advertisement, share, reaction,
follow, sign-up, category, related and reply lines of the copied pages; French trails, deks
(the lead's first sentence again), publication and update lines in French formats, view and
comment counters, "read also" lines and lists (titles of other articles in the set); and the
trailers (credits in parentheses, `(Reporting by …)`, creation timestamps, author lines in
capitals or italics, datelines, `-30-`, `###`, desk and press-office sign-offs), in the
shapes real outlets print them. Dates in the chrome come from the post's own date, which its
id holds.

Licences: the F-Droid website's repository is licensed under the GNU Affero General Public
License, version 3 or later (its README: "you can redistribute and/or modify it under the
terms of the GNU Affero General Public License … either version 3 of the License, or (at
your option) any later version"; LICENSE holds the licence's text, copied beside these
halves as [../licences/AGPL-3.0.txt](../licences/AGPL-3.0.txt), as the licence asks of every
copy); the texts are used here under that licence, with attribution to each post's address
below. DesignGouv's repository
(LICENSE.md): "les contenus de ce dépôt sont publiés sous licence Ouverte 2.0" (Etalab's
Licence Ouverte / Open Licence 2.0, which allows reuse and redistribution with the source
named), © DINUM. Changes: markup removed as said above, chrome and trailers added around the
texts. Doubts: the English texts are one project's announcements and statements; the French
texts are one government team's notices and guides, several of them long runs of short list
items; a licence built for software (the AGPL) is a looser fit for prose than CC BY.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH17, SOURCES_HEAD)
"""The seventeenth fresh half, a second look: F-Droid blog posts in English and DesignGouv
articles in French, pasted as fresh16 is, with other chrome."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
