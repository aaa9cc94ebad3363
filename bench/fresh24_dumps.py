"""The twenty-fourth fresh half, a second-look one: `python -m bench.fresh24_dumps` writes it and
its gold.

fresh23 gave the rules and models short news in Italian to tune on; this is its second look, in
another Romance language, from another country and body: the French posts of the blog of the
Canadian Digital Service (Service numérique canadien, SNC; digital.canada.ca, read in the
public repository cds-snc/digital-canada-ca, MIT), a source no earlier half used: launches,
calls for candidates, partnerships, service announcements and team notes, 319 to 946 words, many
cut by intertitles and lists. tests/fixtures/dumps/real/fresh24/texts.txt holds them; this
pastes them in the eight shapes with Canadian French chrome in the manner of tools and sites no
earlier builder imitates (a text file between `■ ■ ■` rules, releases `POUR DIFFUSION
IMMÉDIATE` closed by `Fin du communiqué`, a PDF copy with its page marks, notes with an `[!info]`
callout, clippings with `titre:`/`lien:`/`enregistré le:` keys, a newsletter forwarded from
Outlook in French, an `INFOLETTRE` with `Dans ce numéro`, a Sympa digest, a federal page with
its `Date de modification :`, a Québec news site's and a tech blog's pages, LexisNexis and Nexis
Uni exports of French text, a Factiva display, Canadian French trailers). Everything around the
texts is written here. It is a second-look half: only its aggregate rows may be read
(tests/fixtures/dumps/real/README.md).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.database_exports import (
    copyrighted_records,
    factiva_display,
    lexis_documents,
    lexis_record,
    nexis_uni_delivery,
)
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    Body,
    Item,
    Title,
    capitalised_pages,
    closed_by_keys,
    dated,
    dated_pages,
    id_day,
    ids_of,
    lay_out,
    lay_out_pages,
    linked_pages,
    list_digest,
    markdown,
    opening,
    own_date,
    reading_minutes,
    ruled_pages,
    spaced_articles,
)

FRESH24 = REAL / "fresh24"
TEXTS = FRESH24 / "texts.txt"

BLOG = "numerique.canada.ca"
"""The blog's French address, as pages and trailers name it."""


def _iso_day(text: Text) -> str:
    """`2021-02-01`, the day as Canada's federal pages print it."""
    return f"{id_day(text):%Y-%m-%d}"


def _said_day(text: Text) -> str:
    """`1er février 2021`: the day as French prose writes it, the first of a month `1er`."""
    day = own_date(text)
    return "1er" + day[1:] if day.startswith("1 ") else day


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Posts kept in a text file: the headline, `Publié le <day>` under it, the body, and a
    `■ ■ ■` line between posts."""
    dump = Dump("classic_01", "classic", "French text file: Publié le 1er …, ■ ■ ■ between posts")
    keys = ("fr-lancement-du-s", "fr-ce-sont-les-ge", "fr-pourquoi-canad", "fr-concevoir-pour")
    pages = [
        (ident, [Title(), f"Publié le {_said_day(t[ident])}", "", Body()])
        for ident in ids_of(t, *keys)
    ]
    return ruled_pages(dump, t, pages, "■ ■ ■")


def classic_02(t: dict[str, Text]) -> Dump:
    """Releases as a newswire sends them: `POUR DIFFUSION IMMÉDIATE`, the headline, an `OTTAWA,
    le <day> /` line, the body wrapped at 76 columns, and `Fin du communiqué` a blank line
    under it, two blank lines between releases."""
    dump = Dump(
        "classic_02",
        "classic",
        "French releases: POUR DIFFUSION IMMÉDIATE, OTTAWA, le … /, at 76, Fin du communiqué",
    )
    keys = ("fr-recherche-diri", "fr-le-snc-accueil", "fr-aidons-les-can")
    pages = []
    for ident in ids_of(t, *keys):
        dateline = f"OTTAWA, le {_said_day(t[ident])} /"
        items = ["POUR DIFFUSION IMMÉDIATE", Title(), dateline, "", Body(wrap=76), ""]
        pages.append((ident, [*items, "Fin du communiqué"]))
    return lay_out_pages(dump, t, pages, 2)


def classic_03(t: dict[str, Text]) -> Dump:
    """Posts copied out of a PDF print: the headline in capitals, a `Page n de 3` mark where
    the print turned a page (after the third and the seventh paragraphs), two blank lines
    between posts."""
    dump = Dump(
        "classic_03", "classic", "French PDF copy: headlines in capitals, Page n de 3 marks"
    )
    pages = []
    for ident in ids_of(t, "fr-embauche-au-sn", "fr-remettre-en-qu", "fr-dircc-au-snc"):
        marks = ((3, ("Page 2 de 3",)), (7, ("Page 3 de 3",)))
        pages.append((ident, [Title(upper=True), "", Body(inserts=marks)]))
    return lay_out_pages(dump, t, pages, 2)


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Clippings with French front-matter keys whose `titre:` is the only headline, `lien:`
    and `enregistré le:` after it, then the body with `##` intertitles, two blank lines
    between clippings."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "French clippings: front matter titre/lien/enregistré le, no H1, ##",
        suffix=".md",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        saved = f"enregistré le: 2026-09-1{number} 08:0{number}"
        return [
            "---",
            Title("titre: {}"),
            f"lien: {text.url}",
            saved,
            "---",
            "",
            Body(render=markdown),
        ]

    idents = ids_of(t, "fr-voir-grand-com", "fr-choisir-nos-pr", "fr-le-recrutement")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Notes in one Markdown file: a `# Title`, an `> [!info]` callout naming the blog and the
    day, the body with `##` intertitles, two blank lines between notes."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "French Markdown notes: # Title, > [!info] callout with source and day, ##",
        suffix=".md",
    )
    keys = ("fr-notre-partenar", "fr-la-meilleure-a", "fr-comment-nous-a", "fr-etes-vous-notr")
    pages = []
    for ident in ids_of(t, *keys):
        callout = ["> [!info] Source", f"> {BLOG} — {own_date(t[ident])}"]
        pages.append((ident, [Title("# {}"), "", *callout, "", Body(render=markdown)]))
    return lay_out_pages(dump, t, pages, 2)


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A digest forwarded from Outlook in French: the note, the `De :`/`Envoyé :`/`À :`/
    `Objet : TR:` block, then each item under a `—— Rubrique ——` label with the headline, the
    opening paragraph and a `Lire la suite :` link."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Digest forwarded from Outlook (fr): Envoyé :, Objet : TR:, —— Rubrique ——, Lire la suite",
    )
    dump.matter(
        "Pour info, le troisième texte rejoint notre projet.",
        "",
        "De : Veille numérique <veille@numerique-public.example.ca>",
        "Envoyé : 12 mars 2019 08:47",
        "À : equipe-services@example.ca",
        "Objet : TR: Veille du numérique public — semaine 11",
    )
    items = (
        ("—— Langues officielles ——", "fr-parler-numeriq"),
        ("—— Fonction publique ——", "fr-nous-sommes-to"),
        ("—— Pratiques ——", "fr-codage-collect"),
        ("—— Diversité ——", "fr-a-la-rescherch"),
    )
    for label, key in items:
        text = t[ids_of(t, key)[0]]
        dump.gap(2)
        lay_out(dump, opening(text, 1), [label, Title(), "", Body(), f"Lire la suite : {text.url}"])
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A newsletter's plain-text part: `INFOLETTRE | Édition de mars 2019`, `Dans ce numéro`
    with the headlines, then each item's headline, its day, the first two paragraphs and an
    `[En savoir plus]` line, and the footer's links."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Newsletter (fr): INFOLETTRE | Édition, Dans ce numéro, [En savoir plus], Se désabonner",
    )
    idents = ids_of(t, "fr-deplacer-le-co", "fr-se-rencontrer", "fr-on-sen-sort-av")
    idents += ids_of(t, "fr-nous-aimons-le")
    contents = [f"• {t[ident].title}" for ident in idents]
    dump.matter("INFOLETTRE | Édition de mai 2019", "", "Dans ce numéro", *contents)
    for ident in idents:
        text = t[ident]
        dump.gap(2)
        lay_out(dump, opening(text, 2), [Title(), own_date(text), "", Body(), "[En savoir plus]"])
    dump.gap(2)
    dump.matter("Se désabonner | Gérer vos préférences | Voir dans le navigateur")
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A Sympa list's digest: `Sommaire du jour :` with numbered subjects, then each message
    under a rule with `Date :` and `De :` and the headline as its `Objet :`, the first two
    paragraphs, and the digest's closing line."""
    dump = Dump(
        "email_digest_03",
        "email_digest",
        "Sympa digest (fr): Sommaire du jour, Date :, De :, Objet : headline",
    )
    keys = ("fr-former-une-equ", "fr-developper-la", "fr-innover-a-la-f", "fr-conge-civique")
    idents = ids_of(t, *keys)
    subjects = [f"  {number}) {t[ident].title}" for number, ident in enumerate(idents, 1)]
    dump.matter("Liste gouv-num : sommaire du 1er août 2019", "", "Sommaire du jour :", *subjects)

    def head(number: int, text: Text) -> list[str]:
        return [f"Date : {_iso_day(text)}", "De : redaction@numerique.example.ca"]

    list_digest(dump, t, idents, head, "Objet : {}", "=" * 48)
    dump.matter("Fin du sommaire de gouv-num")
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """A federal site's pages: the `Accueil > Blogue > Nouvelles` trail, the headline, the
    body, the `Signaler un problème` button and `Date de modification :` with the day in
    figures."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Federal pages (fr): Accueil > Blogue >, Signaler un problème, Date de modification :",
    )
    keys = ("fr-obtenir-les-no", "fr-gc-notificatio", "fr-on-vous-presen", "fr-demystifier-le")
    pages = []
    for ident in ids_of(t, *keys):
        text = t[ident]
        closing = ["Signaler un problème ou une erreur sur cette page", "Date de modification :"]
        page = ["Accueil > Blogue > Nouvelles", Title(), "", Body(), "", *closing, _iso_day(text)]
        pages.append((ident, page))
    return lay_out_pages(dump, t, pages, 3)


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """A Québec news site's pages: `Actualités › Techno`, the headline, the publication and
    update lines with their hours, an `À lire aussi :` line after the second paragraph and
    the share line."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Québec news pages: Actualités › Techno, Publié le … à 9 h 12, Mis à jour, À lire aussi",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        day = own_date(text)
        return [
            "Actualités › Techno",
            Title(),
            f"Publié le {day} à {number + 8} h 1{number}",
            f"Mis à jour le {day} à {number + 11} h 0{number}",
            "",
            Body(inserts=((2, (f"À lire aussi : {other.title}",)),)),
            "",
            "Partager sur Facebook · Partager par courriel · Copier le lien",
        ]

    idents = ids_of(t, "fr-a-la-recherche", "fr-b-travailler-d", "fr-faire-equipe-p")
    idents += ids_of(t, "fr-lexique")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """A tech blog's pages: `BLOGUE`, the headline, `par La rédaction · N min de lecture`, the
    body, `Mots-clés :` and the comment count."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Tech blog pages (fr): BLOGUE, par La rédaction · N min de lecture, Mots-clés",
    )

    def page(number: int, text: Text, other: Text) -> Sequence[Item]:
        minutes = f"par La rédaction · {reading_minutes(text)} min de lecture"
        tags = "Mots-clés : gouvernement numérique, services publics"
        return ["BLOGUE", Title(), minutes, "", Body(), "", tags, f"Commentaires ({number})"]

    idents = ids_of(t, "fr-retrospective", "fr-dans-le-monde", "fr-faire-confianc")
    return lay_out_pages(dump, t, linked_pages(t, idents, page), 2)


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis export of the blog's French posts: `SECTION: BLOGUE` and a byline, the
    body unwrapped, `LANGUAGE: FRENCH` and `PUBLICATION-TYPE: Blogue`."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis export of French posts: SECTION: BLOGUE, PUBLICATION-TYPE: Blogue",
    )
    lines = lexis_record(
        "Service numérique canadien : Blogue",
        14,
        ["SECTION: BLOGUE", "BYLINE: Équipe du SNC"],
        "PUBLICATION-TYPE: Blogue",
    )
    keys = ("fr-strategie-en-m", "fr-chers-collegue", "fr-20190108-de-la-concepti")
    docs = ids_of(t, *keys, "fr-le-point-sur-n")
    return lexis_documents(dump, t, docs, lines, None, 0)


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """LexisNexis records of the French posts under `Copyright <year> Gouvernement du Canada`,
    the body wrapped at 72 and `GRAPHIC: Illustration` last."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "LexisNexis export (fr), Copyright … Gouvernement du Canada, wrapped at 72",
    )
    docs = ids_of(t, "fr-lacunes-lingui", "fr-creer-des-serv", "fr-etre-tout-orei")
    fields = ["SECTION: NOUVELLES; Pg. 4"]
    source = (BLOG, 26)
    holder = "Gouvernement du Canada"
    return copyrighted_records(dump, t, docs, holder, source, fields, "GRAPHIC: Illustration", 72)


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """Nexis Uni's delivery of four posts found by the service's French name and narrowed to
    French, under its cover page."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni delivery (fr): job cover, Narrowed by: Language: French, End of Document",
    )
    keys = ("fr-circonscrire-u", "fr-20181129-de-la-concepti", "fr-liberer-le-tal")
    docs = ids_of(t, *keys, "fr-attirer-et-rec")
    job = ("=veille-snc", "Friday, May 8, 2026 2:41:00 PM EDT", "518447203")
    search = ('"Service numérique canadien"', "Language: French")
    document = (BLOG, "Gouvernement du Canada", "Équipe du SNC")
    return nexis_uni_delivery(dump, t, docs, job, search, document)


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """Factiva's display of three posts under the code CDSBLG, each with its word count, day,
    language and a copyright line over the body."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva display (fr): words, date, CDSBLG, French, Document accession number",
    )
    docs = ids_of(t, "fr-faire-une-bonn", "fr-la-securite-ce", "fr-remue-meninges")
    source = "Service numérique canadien - Blogue"
    return factiva_display(dump, t, docs, source, "CDSBLG", "Gouvernement du Canada.")


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Posts whose intertitles, list items and one-line paragraphs stand two blank lines
    apart, as the posts do, under a `SNC · <day>` line."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "French posts, intertitles and list items two blanks apart as posts are",
    )
    idents = ids_of(t, "fr-reporter-un-re", "fr-reduire-le-ris", "fr-elaborer-un-pl")
    return spaced_articles(dump, t, dated(t, idents, "SNC · {}"), 70)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Pages copied with `Service numérique canadien, <day>` under the headline, intertitles
    and pages two blank lines apart."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "French pages with a dated line, intertitles and pages two blanks apart",
    )
    keys = ("fr-precher-par-le", "fr-developper-un", "fr-courtes-et-fre", "fr-langage-inclus")
    pages = dated_pages(t, ids_of(t, *keys), "Service numérique canadien, {}")
    return lay_out_pages(dump, t, pages, 2)


def long_intertitles_03(t: dict[str, Text]) -> Dump:
    """Pages of a site that prints intertitles in capitals, `Blogue — <day>` under the
    headline, intertitles and pages two blank lines apart."""
    dump = Dump(
        "long_intertitles_03",
        "long_intertitles",
        "French pages, intertitles in capitals two blanks apart, Blogue — date",
    )
    idents = ids_of(t, "fr-laccord-parfai", "fr-colocalisation", "fr-batir-une-comm")
    lines = dated(t, idents, "Blogue — {}")
    return capitalised_pages(
        dump, t, [(ident, [Title(), line, "", "", Body()]) for ident, line in lines], 2
    )


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """Posts as other sites repost them, each closed a blank line under the body: the
    service's initials, a `Source :` line, a first-published note, a translation note and a
    team sign-off."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "French posts closed by (SNC), Source :, a first-published note, Traduit de l'anglais",
    )
    trailers = (
        ("fr-evaluer-les-be", "(SNC)"),
        ("fr-etre-un-etudia", "Source : Service numérique canadien"),
        ("fr-pouvez-vous-en", f"Ce billet a d'abord paru sur {BLOG}."),
        ("fr-lancement-du-s", "Traduit de l'anglais."),
        ("fr-concevoir-pour", "— L'équipe du SNC"),
    )
    return closed_by_keys(dump, t, trailers, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Posts whose closing line sits right under the last paragraph: a reposting note, a
    bracketed source, a `Dernière mise à jour :` line and the service's sign-off."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "French posts closed flush: Republié avec permission, [Source : …], Dernière mise à jour",
    )
    (updated,) = ids_of(t, "fr-nous-aimons-le")
    trailers = (
        ("fr-juste-assez-de", "Republié avec la permission du Service numérique canadien."),
        ("fr-demystifier-le", f"[Source : {BLOG}]"),
        (updated, "Dernière mise à jour : " + _iso_day(t[updated])),
        ("fr-aidons-les-can", "Le Service numérique canadien"),
    )
    return closed_by_keys(dump, t, trailers, 2, blank=False)


SOURCES_HEAD = """# Twenty-fourth fresh half (second look): sources and licences

Written by `python -m bench.fresh24_dumps`, with this file, from [texts.txt](texts.txt). A
**second-look** half: only its aggregate rows may be read (`python -m bench.split_quality
--half fresh24`); `--show` leaves it out, and it is never tuned on and never trained on
([README.md](../README.md)). It is fresh23's second look: short and mid-length news of a public
body in a Romance language, from another country, another body and another language.

Every headline, intertitle and body paragraph is real published text, taken by code (not by
hand) from the Markdown source of the post named below: a French post of the blog of the
Canadian Digital Service (Service numérique canadien, SNC), 2017 to 2022, read in
github.com/cds-snc/digital-canada-ca, `content/fr/blog/posts/`, at the commit in each address.
A body is the whole post: every paragraph, heading (any level is an intertitle) and list item
(a paragraph of its own), in order; images, HTML, shortcodes and the front matter are removed,
links keep their words, emphasis and backslash escapes are removed, a paragraph's lines are
joined by a space, no-break spaces are spaces. Posts of fewer than 200 or more than 950 words,
test posts, posts with code, tables, embeds or escaped entities, and a second post of the same
title were left out. Everything around the texts is written by the builder and taken from no
source: text-file rules, release labels, datelines and end lines, PDF page marks, front matter,
callouts, mail headers, notes, labels, contents lists, `Lire la suite` and `En savoir plus`
lines and footers of the digests; trails, publication and update lines, reading times, share,
tag, comment, report and modification lines and "read also" lines (titles of other posts in
the set) of the pages; export headers, cover pages and field lines; trailers. Dates in the
chrome come from the day the post gives, which its id holds.

Licence: the repository is licensed under the MIT licence ("Copyright (c) 2019 Canadian
Digital Service"; LICENSE: permission to use, copy, modify, merge, publish and distribute,
subject to including the copyright and permission notice, which this file does). Doubts: a
licence written for software, like fresh17's F-Droid posts (the site's own terms were not found
in the repository); one source and one language (no Spanish or Portuguese source of short news
under an open licence, unused by an earlier half, was found in the time); the posts are a
government team's blog, news and announcements mixed with notes on practice, longer than
fresh23's (median about 750 words against 234), many translated from English; some posts
appear in two dumps (trailers); the addresses are the repository's files.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH24, SOURCES_HEAD)
"""The twenty-fourth fresh half, a second look: the Canadian Digital Service's French posts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
