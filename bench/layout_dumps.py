"""Tune dumps in the layouts of real tools: `python -m bench.layout_dumps` writes them.

The articles are those of tests/fixtures/dumps/real/tune/texts.txt (real published text,
Wikinews CC BY 2.5 and Global Voices CC BY 3.0, in no other half). This pastes them as
the tools people export and clip news with lay them out, written from those tools'
documentation rather than from any dump: Factiva documents with their two- and
three-letter field codes (HD, BY, WC, PD, ET, SN, SC, LA, CY, LP, TD, CO, IN, NS, RE,
IPD, PUB, AN), code over value or code beside it; a Nexis Uni export made in its Dutch
interface; MarkDownload, Obsidian Web Clipper and Joplin notes with their own front
matter; newsletters pasted from Outlook with their link marks (`Read more<https://…>`)
in English and Dutch; Dutch and Spanish news pages. Everything around the articles is
written here.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence

from bench.fresh_dumps import Dump, Half, Text, builders_in
from bench.tune_dumps import CAPTION, TITLE, TUNE, _chrome, _page, _trailed

TEXTS = TUNE / "texts.txt"


def _factiva_codes(
    dump: Dump, text: Text, fields: Sequence[tuple[str, str]], beside: bool, lead: int = 2
) -> None:
    """One Factiva document in field codes: each code over its value (or beside it, after
    a tab), the lead paragraphs under LP, the rest under TD, the indexing codes after."""
    index = dump.start(text)
    put = (lambda code, value: dump.meta(index, f"{code}\t{value}")) if beside else None
    for code, value in fields:
        if code == "HD":
            if beside:
                dump.title(index, f"HD\t{text.title}")
            else:
                dump.meta(index, "HD")
                dump.title(index, text.title)
        elif code in ("LP", "TD"):
            blocks = text.blocks[:lead] if code == "LP" else text.blocks[lead:]
            if not blocks:
                continue
            dump.meta(index, code)
            dump.body(index, dataclasses.replace(text, blocks=blocks))
        elif put is not None:
            put(code, value)
        else:
            dump.meta(index, code)
            dump.meta(index, value)
    dump.gap(2)


def nexis_factiva_09_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva export in field codes, each code on a line over its value."""
    dump = Dump(
        "nexis_factiva_09_factiva", "nexis_factiva", "Factiva field codes, each over its value"
    )
    docs = [
        (
            "gvpt-nyusi",
            [
                ("HD", ""),
                ("BY", "Dércio Tsandzana"),
                ("WC", "190 palavras"),
                ("PD", "12 May 2017"),
                ("ET", "10:21"),
                ("SN", "Global Voices em Português"),
                ("SC", "GLVPT"),
                ("LA", "Portuguese"),
                ("CY", "Copyright 2017 Global Voices. CC BY 3.0."),
                ("LP", ""),
                ("TD", ""),
                ("CO", "fcbook : Facebook Inc."),
                ("NS", "gpol : Domestic Politics | gcat : Political/General News"),
                ("RE", "mozam : Mozambique | africaz : Africa"),
                ("IPD", "Política"),
                ("PUB", "Global Voices"),
                ("AN", "Document GLVPT00020170512ed5c0001a"),
            ],
        ),
        (
            "frwn-44373",
            [
                ("SE", "Économie"),
                ("HD", ""),
                ("WC", "214 mots"),
                ("PD", "26 June 2012"),
                ("SN", "Wikinews"),
                ("SC", "WIKNWS"),
                ("LA", "French"),
                ("CY", "(c) 2012 Wikinews contributors, CC BY 2.5"),
                ("LP", ""),
                ("TD", ""),
                ("IN", "ibnk : Banking | i81402 : Commercial Banking"),
                ("NS", "c174 : Corporate Credit Ratings | ccat : Corporate/Industrial News"),
                ("RE", "spain : Spain | eurz : Europe"),
                ("PUB", "Wikimedia Foundation"),
                ("AN", "Document WIKNWS0020120626e86q0002l"),
            ],
        ),
        (
            "gven-bogota-cinema",
            [
                ("HD", ""),
                ("BY", "By Global Voices"),
                ("WC", "92 words"),
                ("PD", "29 April 2014"),
                ("ET", "16:40"),
                ("SN", "Global Voices Online"),
                ("SC", "GLVOIC"),
                ("LA", "English"),
                ("CY", "© 2014 Global Voices. Some rights reserved."),
                ("LP", ""),
                ("TD", ""),
                ("NS", "gfilm : Cinema | gent : Arts/Entertainment"),
                ("RE", "colomb : Colombia | lamz : Latin America"),
                ("IPD", "Film festivals"),
                ("PUB", "Global Voices"),
                ("AN", "Document GLVOIC0020140429ea4t0005m"),
            ],
        ),
    ]
    for ident, fields in docs:
        _factiva_codes(dump, t[ident], fields, beside=False)
    return dump


def nexis_factiva_10_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva export in field codes, each code beside its value after a tab, under a
    search summary."""
    dump = Dump(
        "nexis_factiva_10_factiva", "nexis_factiva", "Factiva field codes beside their values"
    )
    dump.matter(
        "Factiva",
        "Search Summary",
        "Text\tglobal voices and (moçambique or kabul or raffineurs)",
        "Date\tAll Dates",
        "Source\tAll Sources",
        "Language\tAll Languages",
        "Results Found\t3",
        "Timestamp\t3 December 2026 10:14",
    )
    dump.gap(2)
    docs = [
        (
            "frwn-44290",
            [
                ("HD", ""),
                ("WC", "301 mots"),
                ("PD", "22 June 2012"),
                ("ET", "07:40"),
                ("SN", "Wikinews"),
                ("SC", "WIKNWS"),
                ("LA", "French"),
                ("CY", "(c) 2012 Wikinews contributors"),
                ("LP", ""),
                ("TD", ""),
                ("NS", "gvio : Military Action | gcat : Political/General News"),
                ("RE", "afgh : Afghanistan | asiaz : Asia"),
                ("IPD", "Afghanistan"),
                ("AN", "Document WIKNWS0020120622e86m0001d"),
            ],
        ),
        (
            "gvpt-mz-lgbt",
            [
                ("HD", ""),
                ("BY", "Dércio Tsandzana"),
                ("WC", "240 palavras"),
                ("PD", "29 June 2015"),
                ("SN", "Global Voices em Português"),
                ("SC", "GLVPT"),
                ("LA", "Portuguese"),
                ("CY", "Copyright 2015 Global Voices"),
                ("LP", ""),
                ("TD", ""),
                ("NS", "ghum : Human Rights | gcat : Political/General News"),
                ("RE", "mozam : Mozambique"),
                ("PUB", "Global Voices"),
                ("AN", "Document GLVPT00020150629eb6t0003b"),
            ],
        ),
        (
            "frwn-44974",
            [
                ("HD", ""),
                ("WC", "257 mots"),
                ("PD", "21 August 2012"),
                ("SN", "Wikinews"),
                ("SC", "WIKNWS"),
                ("LA", "French"),
                ("CY", "(c) 2012 Wikinews contributors"),
                ("LP", ""),
                ("TD", ""),
                ("IN", "i14001 : Petroleum Refining"),
                ("NS", "c13 : Regulation/Government Policy"),
                ("RE", "fra : France"),
                ("AN", "Document WIKNWS0020120821e88l0003x"),
            ],
        ),
    ]
    for ident, fields in docs:
        _factiva_codes(dump, t[ident], fields, beside=True, lead=1)
    return dump


def nexis_factiva_11_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni export made in its Dutch interface: cover page and field labels in
    Dutch, the documents in French, German and Italian."""
    dump = Dump(
        "nexis_factiva_11_nexisuni", "nexis_factiva", "Nexis Uni, Dutch interface: Dutch labels"
    )
    docs = ["frwn-44586", "t2t-7", "gvit-catalogna"]
    dump.matter(
        "Gebruikersnaam: = Onderzoeksbureau",
        "Datum en tijd: = dinsdag 3 december 2026 10:14:00 CET",
        "Opdrachtnummer: = 220914733",
        "",
        "Documenten (3)",
    )
    for number, ident in enumerate(docs, 1):
        dump.matter(f"{number}. {t[ident].title}")
        dump.matter("Client/Matter: -None-")
    dump.matter(
        "Zoektermen: Mouss Diouf OR Leiharbeit OR Catalogna",
        "Zoektype: Natuurlijke taal",
        "Verfijnen: Talen: Frans, Duits, Italiaans",
    )
    dump.gap(2)
    leads = {
        "frwn-44586": [
            "Wikinews (Frans)",
            "20 juli 2012 vrijdag",
            "",
            "Copyright 2012 Wikinews",
            "",
            "Sectie: CULTUUR",
            "Lengte: 139 woorden",
            "Taal: FRANS",
        ],
        "t2t-7": [
            "Wikinews (Duits)",
            "12 maart 2015 donderdag",
            "",
            "Sectie: ECONOMIE; Blz. 4",
            "Lengte: 402 woorden",
            "Byline: Wikinews-redactie",
        ],
        "gvit-catalogna": [
            "Global Voices in italiano",
            "27 september 2017 woensdag",
            "",
            "Copyright 2017 Global Voices",
            "",
            "Lengte: 325 woorden",
            "Taal: ITALIAANS",
        ],
    }
    loaded = {
        "frwn-44586": "21 juli 2012",
        "t2t-7": "13 maart 2015",
        "gvit-catalogna": "28 september 2017",
    }
    for ident in docs:
        index = dump.start(t[ident])
        _chrome(dump, index, t[ident], [TITLE, "", *leads[ident], "", "Body"])
        dump.gap()
        dump.body(index, t[ident])
        dump.gap()
        _chrome(
            dump,
            index,
            t[ident],
            [f"Laaddatum: {loaded[ident]}", "", "Einde document"],
        )
        dump.gap(2)
    return dump


def _clip(dump: Dump, text: Text, front: Sequence[str], head: Sequence[str]) -> None:
    """One clipped note: front matter (its `title:` line where TITLE stands), the lines
    under it (TITLE there puts the `# ` heading), then the article."""
    index = dump.start(text)
    dump.meta(index, "---")
    for line in front:
        if line == TITLE and TITLE in head:
            dump.meta(index, "title: " + _quoted(text.title))
        elif line == TITLE:
            dump.title(index, "title: " + _quoted(text.title))
        else:
            dump.meta(index, line)
    dump.meta(index, "---")
    dump.gap()
    for line in head:
        if line == TITLE:
            dump.title(index, "# " + text.title)
        elif line == "---":
            dump.separator(line)
        elif line:
            dump.meta(index, line)
        else:
            dump.gap()
    dump.gap()
    dump.body(index, text, render=_markdown)
    dump.gap()


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '\\"') + '"'


def _markdown(kind: str, text: str) -> str:
    return "## " + text if kind == "subhead" else text


def clipper_markdown_06(t: dict[str, Text]) -> Dump:
    """MarkDownload notes: its default front matter, the `# ` title, the excerpt quoted
    under `> ## Excerpt`, a rule, then the article."""
    dump = Dump(
        "clipper_markdown_06",
        "clipper_markdown",
        "MarkDownload: created/source front matter, quoted excerpt, rule",
        ".md",
    )
    for ident, created, author in (
        ("gvfr-cameroun", "2026-12-03T09:12:44 (UTC +01:00)", "Global Voices en Français"),
        ("frwn-44974", "2026-12-03T09:14:02 (UTC +01:00)", ""),
        ("gvde-peru-fahrrad", "2026-12-03T09:15:37 (UTC +01:00)", "Global Voices"),
    ):
        text = t[ident]
        excerpt = text.blocks[0][1].split(". ")[0].rstrip(".") + "."
        _clip(
            dump,
            text,
            [
                f"created: {created}",
                "tags: []",
                f"source: {text.url}",
                f"author: {author}",
            ],
            [TITLE, "", "> ## Excerpt", f"> {excerpt}", "", "---"],
        )
    return dump


def clipper_markdown_07(t: dict[str, Text]) -> Dump:
    """Obsidian Web Clipper notes: its default properties (title, source, author as a
    list of links, published, created, description, tags), no heading, the article."""
    dump = Dump(
        "clipper_markdown_07",
        "clipper_markdown",
        "Obsidian Web Clipper: default properties, no heading",
        ".md",
    )
    for ident, author, published in (
        ("gves-lectores-feb2018", "Global Voices", "2018-03-04"),
        ("gvit-padua", "Global Voices in italiano", "2009-11-18"),
        ("t2t-3", "Wikinews", "2015-04-01"),
    ):
        text = t[ident]
        description = text.blocks[0][1][:150].rsplit(" ", 1)[0] + "…"
        _clip(
            dump,
            text,
            [
                TITLE,
                f'source: "{text.url}"',
                "author:",
                f'  - "[[{author}]]"',
                f"published: {published}",
                "created: 2026-12-03",
                f"description: {_quoted(description)}",
                "tags:",
                '  - "clippings"',
            ],
            [],
        )
    return dump


def clipper_markdown_08(t: dict[str, Text]) -> Dump:
    """Joplin notes exported as Markdown with front matter (title, updated, created,
    source, author, tags), the web clipper's `# ` title repeated under it."""
    dump = Dump(
        "clipper_markdown_08",
        "clipper_markdown",
        "Joplin export: title/updated/created/source front matter, repeated heading",
        ".md",
    )
    for ident, heading in (("gvde-tibet", True), ("frwn-44290", False), ("gvfr-dilip-kumar", True)):
        text = t[ident]
        _clip(
            dump,
            text,
            [
                TITLE,
                "updated: 2026-12-03 09:20:11Z",
                "created: 2026-12-03 09:20:11Z",
                f"source: {text.url}",
                "tags:",
                "  - presse",
                "  - international",
            ],
            [TITLE] if heading else [],
        )
    return dump


def _outlook_item(dump: Dump, text: Text, before: Sequence[str], more: str) -> None:
    """A newsletter item: its first two paragraphs, as newsletters quote an article."""
    text = dataclasses.replace(text, blocks=[b for b in text.blocks if b[0] == "body"][:2])
    index = dump.start(text)
    _chrome(dump, index, text, before)
    dump.gap()
    dump.body(index, text)
    dump.gap()
    dump.meta(index, more)
    dump.gap()


def email_digest_11(t: dict[str, Text]) -> Dump:
    """An English newsletter pasted from Outlook: an external-mail banner, "View in
    browser<…>", link marks glued to their words, image alt texts in brackets."""
    dump = Dump(
        "email_digest_11", "email_digest", "Outlook newsletter: banner, links glued to words"
    )
    dump.matter(
        "From: World Desk Weekly <weekly@worlddesk.example>",
        "Sent: Monday, March 5, 2018 7:02 AM",
        "To: Reader <reader@example.org>",
        "Subject: World Desk Weekly: readers, refineries and Mozambique",
        "",
        "CAUTION: This email originated from outside of the organization. Do not click links"
        " or open attachments unless you recognize the sender.",
        "",
        "View this email in your browser<https://worlddesk.example/weekly/2018-03-05>",
        "",
        "[World Desk Weekly]<https://worlddesk.example/>",
        "",
        "Good morning! Three stories our editors picked for you this week.",
    )
    dump.gap()
    items = [
        ("MEDIA", "gves-lectores-feb2018", "https://es.globalvoices.org/2018/03/04/"),
        ("ENERGY", "frwn-44974", "https://fr.wikinews.org/wiki/"),
        ("AFRICA", "gvpt-nyusi", "https://pt.globalvoices.org/"),
    ]
    for label, ident, url in items:
        _outlook_item(dump, t[ident], [label, TITLE], f"Read more<{url}>")
        dump.separator("________________________________")
        dump.gap()
    dump.matter(
        "You received this email because you signed up for World Desk Weekly.",
        "Unsubscribe<https://worlddesk.example/unsubscribe> | Update your preferences"
        "<https://worlddesk.example/preferences>",
        "World Desk, 1 Example Street, London",
    )
    return dump


def email_digest_12(t: dict[str, Text]) -> Dump:
    """A Dutch newsletter pasted from Outlook: a Dutch header, "Lees verder<…>" links,
    a Dutch footer."""
    dump = Dump(
        "email_digest_12", "email_digest", "Dutch Outlook newsletter: Dutch header and links"
    )
    dump.matter(
        "Van: Wereldbrief <nieuwsbrief@wereldbrief.example>",
        "Verzonden: donderdag 12 maart 2015 07:30",
        "Aan: lezer@example.nl",
        "Onderwerp: De Wereldbrief van donderdag",
        "",
        "Bekijk deze e-mail in uw browser<https://wereldbrief.example/web>",
        "",
        "Goedemorgen,",
        "Dit zijn de verhalen van vandaag.",
    )
    dump.gap()
    items = [
        ("ECONOMIE", "t2t-7", "https://de.wikinews.org/"),
        ("CULTUUR", "gvfr-dilip-kumar", "https://fr.globalvoices.org/"),
        ("WERELD", "gvde-venezuela-spannungen", "https://de.globalvoices.org/"),
    ]
    for label, ident, url in items:
        _outlook_item(dump, t[ident], [label, "", TITLE], f"Lees verder<{url}>")
    dump.matter(
        "Met vriendelijke groet,",
        "De redactie van de Wereldbrief",
        "",
        "U ontvangt deze e-mail omdat u zich heeft aangemeld voor de Wereldbrief.",
        "Afmelden<https://wereldbrief.example/afmelden>",
    )
    return dump


def foreign_web_18(t: dict[str, Text]) -> Dump:
    """Dutch news pages: "U bent hier" trails, "Door" bylines, Dutch dates, reading
    times, "Lees ook" lists, share and reaction rows."""
    dump = Dump("foreign_web_18", "foreign_web", "Dutch news pages: trails, bylines, dates")
    _page(
        dump,
        t["gvde-workeer"],
        [
            "U bent hier: Home › Nieuws › Buitenland",
            "",
            TITLE,
            "",
            "Door Sanne de Vries",
            "Gepubliceerd: 12 februari 2016 10:21",
            "Leestijd: 3 minuten",
            "",
            CAPTION,
        ],
        [
            "Deel dit artikel",
            "Facebook | Twitter | LinkedIn",
            "",
            "Lees ook",
            "Peru: Fahrradfahren zur Rettung des Kulturerbes",
            "",
            "Reacties (4)",
        ],
    )
    _page(
        dump,
        t["gvfr-kazakhstan"],
        [
            "Buitenland",
            TITLE,
            "Door onze redactie",
            "7 juli 2021, 09:12 · Bijgewerkt 7 juli 2021, 11:30",
        ],
        [
            "Meer over dit onderwerp",
            "Depuis Cuba, par VPN",
            "",
            "Advertentie",
            "",
            "Terug naar boven",
        ],
    )
    _page(
        dump,
        t["gvit-10-tattiche"],
        [
            "Home / Tech / Internet",
            "",
            TITLE,
            "",
            "Laatst bijgewerkt op 24 november 2009 om 16:40",
            "Foto: ANP",
        ],
        [
            "Tags: mensenrechten, activisme",
            "",
            "Gerelateerde artikelen",
            "Schrijf je in voor de nieuwsbrief",
        ],
    )
    return dump


def foreign_web_19(t: dict[str, Text]) -> Dump:
    """Spanish and Portuguese news pages: kickers under the headline, "Por" bylines with
    places, local dates with weekdays, "Lea también" and "Leia também" lines inline."""
    dump = Dump(
        "foreign_web_19", "foreign_web", "Spanish and Portuguese pages: kickers, inline read-also"
    )
    _page(
        dump,
        t["gves-lectores-feb2018"],
        [
            "Cultura",
            "",
            TITLE,
            "",
            "Por Ana Pérez | Madrid",
            "Domingo, 4 de marzo de 2018 - 10:32 h",
            "Tiempo de lectura: 2 min",
        ],
        [
            "Lea también: Homossexualidade vai deixar de ser crime em Moçambique",
            "",
            "Comentarios (3)",
            "Archivado en: Medios, Internet",
        ],
    )
    _page(
        dump,
        t["gvpt-nyusi"],
        [
            "Política",
            "",
            TITLE,
            "",
            "Por Redação, em Maputo",
            "Sexta-feira, 12 de maio de 2017, 10h21",
            "Atualizado em 12/05/2017, 14h05",
        ],
        [
            "Leia também: O que faziam os leitores do Global Voices?",
            "",
            "Compartilhe esta notícia",
            "WhatsApp | Facebook | Twitter",
        ],
    )
    return dump


def foreign_web_20(t: dict[str, Text]) -> Dump:
    """Pages in the manner of a translated blog, a news agency and a government site:
    "Escrito por … traducido por …", a place line over the first paragraph, "Publicado
    em … - 10:32", a "Nieuwsbericht | date | time" line, edition notes at the foot."""
    dump = Dump(
        "foreign_web_20", "foreign_web", "blog, agency and government pages: credits, place lines"
    )
    _page(
        dump,
        t["gves-lectores-feb2018"],
        [
            TITLE,
            "Escrito por Equipo de Global Voices, traducido por Ana Pérez",
            "Publicado el 4 marzo 2018 10:32 GMT",
        ],
        ["Categorías: Medios, Internet", "", "Ver artículo original"],
    )
    _page(
        dump,
        t["gvpt-mz-lgbt"],
        [
            "Direitos Humanos",
            "",
            TITLE,
            "",
            "Por Redação - Repórter da Agência",
            "Publicado em 29/06/2015 - 10:32",
            "",
            "Maputo",
        ],
        ["Edição: Ana Souza", "", "Tags: Moçambique, direitos"],
    )
    _page(
        dump,
        t["gvfr-roms"],
        [
            "Home > Actueel > Nieuws",
            "",
            TITLE,
            "",
            "Nieuwsbericht | 02-07-2021 | 10:21",
        ],
        ["Bron: Global Voices", "", "Delen", "Facebook | Twitter | LinkedIn | E-mail"],
    )
    return dump


def trailers_12(t: dict[str, Text]) -> Dump:
    """Articles closed by Dutch, Portuguese and English notes: a source, a translator, a
    trainee's supervisor, an editor, a press release's end mark, a first-published note."""
    dump = Dump("trailers_12", "trailers", "Dutch, Portuguese and English closing notes, ###")
    _trailed(dump, t["gvde-workeer"], ["Bron: ANP", "Vertaald door Sanne de Vries"])
    _trailed(dump, t["gvpt-nyusi"], ["*Estagiária sob supervisão de Ana Souza"])
    _trailed(dump, t["gven-bogota-cinema"], ["Edited by the Latin America desk", "###"])
    _trailed(dump, t["gvfr-dilip-kumar"], ["Dit artikel verscheen eerder op Global Voices."])
    _trailed(dump, t["gvit-padua"], ["Met medewerking van Global Voices in italiano"])
    return dump


def _with_intertitles(text: Text, titles: dict[int, str]) -> Text:
    """The text with an intertitle of ours before each paragraph numbered in `titles`."""
    blocks = []
    for number, block in enumerate(text.blocks):
        if number in titles:
            blocks.append(("subhead", titles[number]))
        blocks.append(block)
    return dataclasses.replace(text, blocks=blocks)


def long_intertitles_06(t: dict[str, Text]) -> Dump:
    """A Portuguese and an English article whose intertitles (ours) stand between two blank
    lines above and below, the gap between the articles."""
    dump = Dump(
        "long_intertitles_06", "long_intertitles", "Portuguese and English, framed intertitles"
    )
    for ident, titles in (
        ("gvpt-nyusi", {2: "Uma grave crise económica", 3: "Só elogios nas respostas"}),
        ("gven-galilea-app", {3: "Support on Twitter", 6: "Demo Day in Trento"}),
    ):
        text = _with_intertitles(t[ident], titles)
        index = dump.start(text)
        dump.title(index, text.title)
        dump.gap()
        dump.body(index, text, around_subheads=2)
        dump.gap(2)
    return dump


def email_digest_13(t: dict[str, Text]) -> Dump:
    """A newsletter pasted from Outlook whose headlines are links (`Headline<https://…>`),
    each under a section label, with no separators between the items."""
    dump = Dump(
        "email_digest_13", "email_digest", "Outlook newsletter: linked headlines, no separators"
    )
    dump.matter(
        "From: Voices Weekly <weekly@voices.example>",
        "Sent: Friday, May 12, 2017 8:00 AM",
        "To: reader@example.org",
        "Subject: This week: Mozambique, Bogotá and Padua",
        "",
        "[Voices Weekly]<https://voices.example/>",
        "",
        "Hi there,",
        "Here are the stories we read this week.",
    )
    dump.gap()
    for label, ident in (
        ("AFRICA", "gvpt-nyusi"),
        ("LATIN AMERICA", "gven-bogota-cinema"),
        ("TECHNOLOGY", "gvit-padua"),
    ):
        text = dataclasses.replace(
            t[ident], blocks=[b for b in t[ident].blocks if b[0] == "body"][:1]
        )
        index = dump.start(text)
        dump.meta(index, label)
        dump.title(index, f"{text.title}<{text.url}>")
        dump.gap()
        dump.body(index, text)
        dump.gap()
    dump.matter(
        "You are receiving this because you subscribed to Voices Weekly.",
        "Unsubscribe<https://voices.example/unsubscribe>",
    )
    return dump


def clipper_markdown_09(t: dict[str, Text]) -> Dump:
    """Obsidian Web Clipper notes whose `title` property is the page's title, the site's
    name after the headline, while the note's `# ` heading is the headline alone."""
    dump = Dump(
        "clipper_markdown_09",
        "clipper_markdown",
        "Obsidian Web Clipper: page titles with the site's name, headline headings",
        ".md",
    )
    for ident, site in (
        ("gvfr-cuba-vpn", "Global Voices en Français"),
        ("frwn-44586", "Wikinews"),
        ("gves-lectores-feb2018", "Global Voices en Español"),
    ):
        text = t[ident]
        _clip(
            dump,
            text,
            [
                "title: " + _quoted(f"{text.title} | {site}"),
                f'source: "{text.url}"',
                "author:",
                f'  - "[[{site}]]"',
                "created: 2026-12-03",
                "tags:",
                '  - "clippings"',
            ],
            [TITLE],
        )
    return dump


def trailers_13(t: dict[str, Text]) -> Dump:
    """Articles closed by creation-date lines and photo and collaboration credits in Dutch,
    Portuguese, Spanish and English."""
    dump = Dump("trailers_13", "trailers", "creation dates, photo and collaboration credits")
    _trailed(dump, t["t2t-7"], ["Beeld: ANP", "Aangemaakt op 12 maart 2015"])
    _trailed(dump, t["gvpt-mz-lgbt"], ["Colaborou Ana Souza", "Criado em 29/06/2015 10:32"])
    _trailed(dump, t["gven-galilea-app"], ["Created on July 10, 2014"])
    _trailed(dump, t["gves-lectores-feb2018"], ["Creado el 4 de marzo de 2018"])
    return dump


HALF = Half(builders_in(globals()), TEXTS, TUNE)
"""Tune dumps in the layouts of tools and exports, from the tune texts."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
