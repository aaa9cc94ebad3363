"""The fifth fresh held-out half: `python -m bench.fresh5_dumps` writes it and its gold.

tests/fixtures/dumps/real/fresh5/texts.txt holds real published articles that are in no
other half: UK government press releases (Open Government Licence v3.0) and Global Voices
in English, Polish, Russian, Bulgarian and Spanish (CC BY 3.0) from pages and years no
earlier half read. This pastes them in all eight shapes, with chrome written here in the
manner of tools and sites the other builders do not imitate: a Substack post by mail, a
Polish newsletter forwarded from Outlook, a Russian digest saved from Thunderbird, Notion
page exports, Evernote web clips converted by yarle, Polish, Russian, Bulgarian and Spanish
news pages, a LexisNexis Academic export of government news, an older LexisNexis export
with `HEADLINE:` and `BODY:` fields, a Nexis Uni export in English, a Factiva export in
field codes each over its value, and closing lines from UK press offices and Polish,
Russian and English desks. The half was built and committed before the splitter was ever
run on it and is never tuned on: only its aggregate score is read.
"""

from __future__ import annotations

import sys
from datetime import datetime

from bench.database_exports import (
    documents_rule,
    nexis_uni_cover,
    nexis_uni_document,
    word_count,
)
from bench.fresh_dumps import REAL, Dump, Half, Text, builders_in
from bench.page_layout import (
    CAPTIONS,
    Body,
    Item,
    Title,
    closed_by,
    lay_out,
    lay_out_pages,
    spaced_articles,
)

FRESH5 = REAL / "fresh5"
TEXTS = FRESH5 / "texts.txt"

ISSUED = {
    "ukgov-open-licence": ("Cabinet Office", "23 July 2010"),
    "ukgov-music-exports": ("Department for International Trade", "24 January 2018"),
    "ukgov-litigation-funding": ("Department for Business and Trade", "31 August 2023"),
    "ukgov-bishop-birmingham": ("10 Downing Street", "31 August 2023"),
    "ukgov-sizewell": ("Department for Energy Security and Net Zero", "22 January 2024"),
    "ukgov-chung": ("10 Downing Street", "7 December 2009"),
    "ukgov-frontline-first": ("10 Downing Street", "7 December 2009"),
    "ukgov-geospatial": ("Cabinet Office", "2 November 2022"),
    "ukgov-holiday-clubs": ("Department for Education", "22 December 2022"),
    "ukgov-db-pensions": ("Department for Work and Pensions", "23 February 2024"),
    "ukgov-von-der-leyen": ("10 Downing Street", "26 October 2022"),
    "ukgov-veterans": ("Cabinet Office", "24 August 2023"),
    "ukgov-police-dismissals": ("Home Office", "17 October 2022"),
    "ukgov-welsh-apprentices": ("Office of the Secretary of State for Wales", "10 August 2022"),
    "ukgov-lebanon": ("Foreign, Commonwealth & Development Office", "20 October 2023"),
}
"""Who issued each press release and when, as the chrome around them says it."""


def _parsed(date: str) -> datetime:
    """`31 August 2023` as a date, for the weekday and the numeric stamp exports print."""
    return datetime.strptime(date, "%d %B %Y")


def _us_date(date: str) -> str:
    """`31 August 2023` as LexisNexis prints it: `August 31, 2023 Thursday`."""
    day, month, year = date.split()
    return f"{month} {day}, {year} {_parsed(date):%A}"


def _dashes(kind: str, line: str) -> str:
    """A Markdown rendering: a published bullet `•` becomes a `-` list item."""
    return f"- {line[2:]}" if line.startswith("• ") else line


# classic ---------------------------------------------------------------------------


def classic_01(t: dict[str, Text]) -> Dump:
    """Polish briefs kept in a Google Docs file downloaded as plain text: headline, blank,
    paragraphs; the document's horizontal rules come out as a line of underscores."""
    dump = Dump("classic_01", "classic", "Polish notes from Google Docs as .txt, ____ rules")
    for number, ident in enumerate(
        (
            "gvpl-latam-happiest",
            "gvpl-hongkong-police",
            "gvpl-marlon-james",
            "gvpl-tunezja-czytelnicy",
            "gvpl-slowacja-lekarze",
        )
    ):
        if number:
            dump.gap()
            dump.separator("_" * 16)
            dump.gap()
        lay_out(dump, t[ident], [Title(), "", Body()])
    return dump


def classic_02(t: dict[str, Text]) -> Dump:
    """Russian articles copied into a text editor: headline, blank, paragraphs, two blank
    lines between articles; one body quotes a German paragraph."""
    dump = Dump("classic_02", "classic", "Russian copies, two blank lines between articles")
    for number, ident in enumerate(
        (
            "gvru-roskomnadzor",
            "gvru-top14",
            "gvru-eco-moda",
            "gvru-germania-ravnopravie",
            "gvru-ukraina-1942",
        )
    ):
        if number:
            dump.gap(2)
        lay_out(dump, t[ident], [Title(), "", Body()])
    return dump


def classic_03(t: dict[str, Text]) -> Dump:
    """English press releases as a wire archive: headline in capitals, paragraphs wrapped
    at 68 columns and indented by two spaces, three blank lines between stories."""
    dump = Dump(
        "classic_03",
        "classic",
        "English releases as wire copy: CAPS headlines, wrapped at 68, indented, 3 blanks",
    )
    for number, ident in enumerate(
        ("ukgov-chung", "ukgov-frontline-first", "ukgov-bishop-birmingham", "ukgov-von-der-leyen")
    ):
        if number:
            dump.gap(3)
        lay_out(
            dump,
            t[ident],
            [Title(upper=True), "", Body(wrap=66, render=lambda kind, line: line)],
        )
        _indent_body(dump, len(dump.articles) - 1)
    return dump


def _indent_body(dump: Dump, index: int) -> None:
    """Indents the body lines of one article by two spaces, as wire archives print them."""
    for number, place in enumerate(dump.places):
        if place == (index, "body"):
            dump.lines[number] = "  " + dump.lines[number]


# clipper_markdown ------------------------------------------------------------------


def clipper_markdown_01(t: dict[str, Text]) -> Dump:
    """Notion pages exported as Markdown and pasted together: an H1, the page's properties
    as `Key: value` lines, the clipped page, an image with its caption in italics."""
    dump = Dump(
        "clipper_markdown_01",
        "clipper_markdown",
        "Notion exports (pl, bg): H1, Created/Tags/URL property lines, image and caption",
        suffix=".md",
    )
    items = (
        ("gvpl-ten-years", "October 27, 2014 9:12 AM", "Global Voices, historia"),
        ("gvbg-makedonia-moda", "August 3, 2012 6:40 PM", "мода, Македония"),
        ("gvpl-maroko-amina", "March 16, 2012 8:05 AM", "Maroko, prawa kobiet"),
        ("gvpl-brazylia-wiezienia", "March 16, 2012 8:11 AM", "Brazylia, więzienia"),
    )
    for number, (ident, created, tags) in enumerate(items):
        text = t[ident]
        if number:
            dump.gap(2)
        slug = "%20".join(text.title.split()[:3])
        images: list[Item] = []
        if text.captions:
            images = [f"![Untitled]({slug}/Untitled.png)", "", f"*{text.captions[0]}*", ""]
        lay_out(
            dump,
            text,
            [
                Title("# {}"),
                "",
                f"Created: {created}",
                "Status: Do przeczytania" if text.language == "pl" else "Status: За четене",
                f"Tags: {tags}",
                f"URL: {text.url}",
                "",
                *images,
                Body(render=_dashes),
            ],
        )
    return dump


def clipper_markdown_02(t: dict[str, Text]) -> Dump:
    """Evernote web clips converted to Markdown by yarle with its metadata block at the
    end of each note: an H1, the clipped text with `-` bullets, then indented `Created
    at:`, `Updated at:`, `Source:` and `Tagged:` lines."""
    dump = Dump(
        "clipper_markdown_02",
        "clipper_markdown",
        "Evernote clips via yarle (en): H1, bullets, Created at/Source/Tagged lines at the end",
        suffix=".md",
    )
    items = (
        ("ukgov-police-dismissals", "2022-10-17T16:02:11+01:00"),
        ("ukgov-music-exports", "2018-01-25T09:40:27+00:00"),
        ("ukgov-lebanon", "2023-10-21T08:15:49+01:00"),
    )
    for number, (ident, created) in enumerate(items):
        text = t[ident]
        if number:
            dump.gap(2)
        lay_out(
            dump,
            text,
            [
                Title("# {}"),
                "",
                Body(render=_dashes),
                "",
                f"    Created at: {created}",
                f"    Updated at: {created}",
                f"    Source: {text.url}",
                "    Tagged: #press-release #gov-uk",
            ],
        )
    return dump


# email_digest ----------------------------------------------------------------------


def email_digest_01(t: dict[str, Text]) -> Dump:
    """A Substack post received by mail and saved as text: `From:`/`Subject:` header, a
    `View this post on the web` line, a greeting, country labels in capitals over the
    headlines, `Read more: URL` links, Substack's footer with its address and the
    unsubscribe link."""
    dump = Dump(
        "email_digest_01",
        "email_digest",
        "Substack post by mail (en): View on the web, CAPS labels, Read more, address footer",
    )
    dump.matter(
        "From: The Eastern Desk <easterndesk@substack.com>",
        "Date: Sun, 12 Nov 2023 at 16:04",
        "Subject: From the archive: Ukraine and Russia online, 2007-2012",
        "To: m.kowalczyk@example.org",
        "",
        "View this post on the web at https://easterndesk.substack.com/p/this-week-on-the-runet",
        "",
        "Hi all,",
        "six pieces from the archive on the region, with links to the full posts.",
    )
    items = (
        ("UKRAINE", "gven-ukraine-far-right"),
        ("RUSSIA", "gven-coordinating-council"),
        ("RUSSIA", "gven-moscow-literati"),
        ("UKRAINE", "gven-harm-reduction"),
        ("UKRAINE", "gven-language-issue"),
        ("RUSSIA", "gven-putins-plan"),
    )
    for label, ident in items:
        text = t[ident]
        dump.gap(2)
        lay_out(dump, text, [label, "", Title(), "", Body(), "", f"Read more: {text.url}"])
    dump.gap(2)
    dump.matter(
        "Thanks for reading The Eastern Desk! Subscribe for free to receive new posts.",
        "",
        "© 2023 The Eastern Desk",
        "548 Market Street PMB 72296, San Francisco, CA 94104",
        "Unsubscribe https://substack.com/redirect/2/eyJlIjoiaHR0cHM6Ly9lYXN0ZXJuZGVzayJ9",
    )
    return dump


def email_digest_02(t: dict[str, Text]) -> Dump:
    """A Polish newsletter forwarded from Outlook: the forwarder's note and signature, an
    `Od:`/`Wysłane:`/`Do:`/`Temat:` block, a greeting, headlines under `■` markers,
    `Czytaj więcej:` links, a footer with the unsubscribe line."""
    dump = Dump(
        "email_digest_02",
        "email_digest",
        "Polish newsletter forwarded from Outlook: Od/Wysłane/Temat, Czytaj więcej, footer",
    )
    dump.matter(
        "Cześć Ola,",
        "przesyłam wczorajszy newsletter, o którym rozmawiałyśmy.",
        "",
        "Pozdrawiam",
        "Kasia",
        "",
        "________________________________",
        "Od: Głosy Świata <newsletter@glosyswiata.example.pl>",
        "Wysłane: czwartek, 15 marca 2012 07:30",
        "Do: k.nowak@example.pl",
        "Temat: Przegląd tygodnia: Tunezja, Maroko, Brazylia",
        "",
        "Dzień dobry,",
        "oto najciekawsze teksty mijającego tygodnia.",
    )
    for ident in (
        "gvpl-tunezja-czytelnicy",
        "gvpl-maroko-amina",
        "gvpl-brazylia-wiezienia",
        "gvpl-slowacja-lekarze",
        "gvpl-marlon-james",
    ):
        text = t[ident]
        dump.gap()
        lay_out(dump, text, [Title("■ {}"), Body(), f"Czytaj więcej: {text.url}"])
    dump.gap()
    dump.matter(
        "Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Głosy Świata.",
        "Aby zrezygnować z subskrypcji, kliknij tutaj: "
        "https://glosyswiata.example.pl/newsletter/wypisz?u=5c1e",
    )
    return dump


def email_digest_03(t: dict[str, Text]) -> Dump:
    """A Russian digest saved from Thunderbird as text: `Тема:`/`Дата:`/`От:`/`Кому:`
    header, a greeting, section labels in capitals, headlines (one a question),
    `Читать далее:` links between dashed rules, a footer with the unsubscribe link."""
    dump = Dump(
        "email_digest_03",
        "email_digest",
        "Russian digest from Thunderbird: Тема/От header, CAPS sections, Читать далее",
    )
    dump.matter(
        "Тема: Дайджест недели: Роскомнадзор, Ливан, экологичная мода",
        "Дата: Mon, 15 Sep 2014 09:00:12 +0400",
        "От: Голоса мира <digest@golosa-mira.example.ru>",
        "Кому: reader@example.ru",
        "",
        "Здравствуйте!",
        "Собрали для вас самое интересное за неделю.",
    )
    items = (
        ("РОССИЯ", "gvru-roskomnadzor"),
        ("БЛИЖНИЙ ВОСТОК", "gvru-livan"),
        ("ОБЩЕСТВО", "gvru-eco-moda"),
        ("ИСТОРИЯ", "gvru-ukraina-1942"),
        ("ЕВРОПА", "gvru-germania-ravnopravie"),
    )
    for label, ident in items:
        text = t[ident]
        dump.gap()
        dump.separator("-" * 40)
        dump.gap()
        lay_out(dump, text, [label, Title(), "", Body(), "", f"Читать далее: {text.url}"])
    dump.gap()
    dump.separator("-" * 40)
    dump.gap()
    dump.matter(
        "Вы получили это письмо, потому что подписаны на рассылку «Голоса мира».",
        "Отписаться от рассылки: https://golosa-mira.example.ru/unsubscribe?id=77f0",
    )
    return dump


# foreign_web -----------------------------------------------------------------------


def foreign_web_01(t: dict[str, Text]) -> Dump:
    """Polish news pages: `Strona główna » Świat` trails, `Autor: Redakcja | date` lines,
    reading times, a photo caption with `Fot.`, `Udostępnij:` lines, `Czytaj także:`
    lists, comment counters."""
    dump = Dump(
        "foreign_web_01",
        "foreign_web",
        "Polish news pages: Strona główna » Świat, Autor/date, Czytaj także, Komentarze",
    )
    return lay_out_pages(
        dump,
        t,
        [
            (
                "gvpl-latam-happiest",
                [
                    "Strona główna » Świat » Ameryka Łacińska",
                    "",
                    Title(),
                    "",
                    "Autor: Redakcja | 20.03.2015, 10:24",
                    "Czas czytania: 2 min",
                    "",
                    Body(),
                    "",
                    "Udostępnij: Facebook Twitter E-mail",
                    "",
                    "Czytaj także:",
                    t["gvpl-brazylia-wiezienia"].title,
                    t["gvpl-hongkong-police"].title,
                ],
            ),
            (
                "gvpl-hongkong-police",
                [
                    "ŚWIAT",
                    Title(),
                    "15.10.2014, 08:51 | aktualizacja: 15.10.2014, 12:03",
                    "",
                    Body(),
                    "",
                    "Komentarze (12)",
                ],
            ),
            (
                "gvpl-ten-years",
                [
                    "Strona główna » Media » Internet",
                    "",
                    Title(),
                    "",
                    "Autor: Redakcja | 27.10.2014, 09:00",
                    "",
                    CAPTIONS,
                    "",
                    Body(),
                    "",
                    "Udostępnij: Facebook Twitter E-mail",
                    "Komentarze (0)",
                ],
            ),
            (
                "gvpl-maroko-amina",
                [
                    "Strona główna » Świat » Afryka",
                    Title(),
                    "Autor: Redakcja | 16.03.2012, 07:45",
                    "Czas czytania: 1 min",
                    "",
                    Body(),
                    "",
                    "Czytaj także:",
                    t["gvpl-tunezja-czytelnicy"].title,
                ],
            ),
        ],
        2,
    )


def foreign_web_02(t: dict[str, Text]) -> Dump:
    """Russian news pages: `Главная / Мир / Европа` trails, date and time lines, view
    counters, captions, `Поделиться:` lines, `Читайте также:` lists, tag lines."""
    dump = Dump(
        "foreign_web_02",
        "foreign_web",
        "Russian news pages: Главная / Мир trails, Просмотров, Поделиться, Читайте также",
    )
    return lay_out_pages(
        dump,
        t,
        [
            (
                "gvru-ukraina-1942",
                [
                    "Главная / Мир / Европа",
                    "",
                    Title(),
                    "",
                    "12 января 2014, 14:05",
                    "Просмотров: 1 204",
                    "",
                    CAPTIONS,
                    "",
                    Body(),
                    "",
                    "Поделиться: ВКонтакте Одноклассники Telegram",
                    "",
                    "Читайте также:",
                    t["gvru-top14"].title,
                ],
            ),
            (
                "gvru-germania-ravnopravie",
                [
                    "Главная / Мир / Европа",
                    Title(),
                    "5 марта 2015, 11:30 · обновлено 5 марта 2015, 16:42",
                    "",
                    Body(),
                    "",
                    "Теги: Германия, равноправие, реклама",
                    "Просмотров: 587",
                ],
            ),
            (
                "gvru-top7-2015",
                [
                    "ОБЩЕСТВО",
                    "",
                    Title(),
                    "",
                    "29.12.2015 | Редакция",
                    "",
                    CAPTIONS,
                    "",
                    Body(),
                    "",
                    "Поделиться: ВКонтакте Одноклассники Telegram",
                ],
            ),
            (
                "gvru-roskomnadzor",
                [
                    "Главная / Россия / Интернет",
                    Title(),
                    "10 сентября 2014, 09:17",
                    "Время чтения: 1 мин.",
                    "",
                    Body(),
                    "",
                    "Читайте также:",
                    t["gvru-top14"].title,
                    t["gvru-eco-moda"].title,
                ],
            ),
            (
                "gvru-top14",
                [
                    "ОБЩЕСТВО",
                    Title(),
                    "29.12.2014 | Редакция",
                    "Просмотров: 2 311",
                    "",
                    CAPTIONS,
                    "",
                    Body(),
                    "",
                    "Комментарии (3)",
                ],
            ),
        ],
        2,
    )


def foreign_web_03(t: dict[str, Text]) -> Dump:
    """Bulgarian and Spanish news pages: `Начало › Свят` and `Inicio > Internacional`
    trails, `Публикувано:`/`Прочетено:` lines, `Por Redacción` bylines, reading times,
    share lines, `Lee también:` lists, a caption in each Bulgarian page."""
    dump = Dump(
        "foreign_web_03",
        "foreign_web",
        "Bulgarian and Spanish pages: Начало › Свят, Прочетено, Por Redacción, Lee también",
    )
    return lay_out_pages(
        dump,
        t,
        [
            (
                "gvbg-makedonia-moda",
                [
                    "Начало › Свят › Балкани",
                    "",
                    Title(),
                    "",
                    "Публикувано: 14.08.2012 | Прочетено: 312 пъти",
                    "",
                    "Млада жена с крава",
                    CAPTIONS,
                    "",
                    Body(),
                    "",
                    "Сподели: Facebook Twitter",
                ],
            ),
            (
                "gves-eurovision",
                [
                    "Inicio > Internacional > Rusia",
                    Title(),
                    "Por Redacción | 22 de mayo de 2013",
                    "Tiempo de lectura: 1 min",
                    "",
                    Body(),
                    "",
                    "Compartir en: Facebook Twitter WhatsApp",
                    "",
                    "Lee también:",
                    t["gves-levada"].title,
                ],
            ),
            (
                "gvbg-irak",
                [
                    "Начало › Свят › Близкия изток",
                    Title(),
                    "Публикувано: 12.08.2012 | Прочетено: 198 пъти",
                    "",
                    Body(),
                    "",
                    "Още по темата:",
                    t["gvbg-makedonia-moda"].title,
                ],
            ),
            (
                "gves-levada",
                [
                    "INTERNACIONAL",
                    "",
                    Title(),
                    "",
                    "Por Redacción | 21 de mayo de 2013 - 18:40 h",
                    "",
                    Body(),
                    "",
                    "Compartir en: Facebook Twitter WhatsApp",
                    "Comentarios (2)",
                ],
            ),
        ],
        2,
    )


# lexisnexis ------------------------------------------------------------------------


def lexisnexis_01(t: dict[str, Text]) -> Dump:
    """A LexisNexis Academic export of UK government news: a `Search Terms:`/`Source:`/
    `Date/Time:` header, centred `N of M DOCUMENTS` lines, the publication, a US date line
    and a copyright line over the headline, `SECTION:`/`LENGTH:` fields, the body and the
    `LOAD-DATE:`, `LANGUAGE:`, `PUBLICATION-TYPE:` and `DOCUMENT-TYPE:` trailer."""
    dump = Dump(
        "lexisnexis_01",
        "lexisnexis",
        "LexisNexis Academic, UK government news: Search Terms header, DOCUMENT-TYPE",
    )
    docs = (
        "ukgov-litigation-funding",
        "ukgov-bishop-birmingham",
        "ukgov-veterans",
        "ukgov-sizewell",
        "ukgov-geospatial",
    )
    dump.matter(
        'Search Terms: "press release" AND (minister OR secretary OR department)',
        "Source: UK Government News",
        "Project ID: None",
        "Date/Time: Monday, February 5, 2024  11:02 AM EST",
    )
    for number, ident in enumerate(docs, 1):
        text = t[ident]
        office, date = ISSUED[ident]
        items: list[Item] = []
        for line in (
            f"{'':24}UK Government News",
            f"{'':22}{_us_date(date)}",
            f"{'':17}Copyright {date.split()[-1]} Crown Copyright",
        ):
            items += [line, ""]
        items += [
            Title(),
            "",
            f"SECTION: {office.upper()}",
            "",
            f"LENGTH: {word_count(text)} words",
        ]
        items += ["", "", Body(), "", ""]
        items += [f"LOAD-DATE: {_us_date(date).rsplit(' ', 1)[0]}", "", "LANGUAGE: ENGLISH", ""]
        items += ["PUBLICATION-TYPE: Newswire", "", "DOCUMENT-TYPE: Press Release"]
        documents_rule(dump, number, len(docs), 29, 3)
        lay_out(dump, text, items)
    return dump


def lexisnexis_02(t: dict[str, Text]) -> Dump:
    """An older LexisNexis export of Global Voices in English, Polish and Russian: the
    headline in a `HEADLINE:` field under `SECTION:` and `LENGTH:`, a `BYLINE:`, the body
    after `BODY:` wrapped at 72 columns, `LOAD-DATE:` and `LANGUAGE:` after it."""
    dump = Dump(
        "lexisnexis_02",
        "lexisnexis",
        "Older LexisNexis: HEADLINE: and BODY: fields, en/pl/ru sources, wrapped at 72",
    )
    docs = (
        ("gven-poland-flyers", "Global Voices Online", "November 15, 2008 Saturday"),
        ("gven-poland-obama", "Global Voices Online", "November 7, 2008 Friday"),
        ("gvpl-ten-years", "Global Voices po polsku", "October 27, 2014 Monday"),
        ("gvru-top14", "Global Voices po-russki", "December 29, 2014 Monday"),
        ("gvru-top7-2015", "Global Voices po-russki", "December 29, 2015 Tuesday"),
    )
    names = {"en": "ENGLISH", "pl": "POLISH", "ru": "RUSSIAN"}
    dump.matter(
        "Copyright 2016 LexisNexis, a division of Reed Elsevier Inc. All Rights Reserved.",
        "Terms and Conditions    Privacy Policy",
        "",
        "Your search: Global Voices AND (Poland OR Russia)",
    )
    for number, (ident, publication, date) in enumerate(docs, 1):
        text = t[ident]
        documents_rule(dump, number, len(docs), 29, 2)
        lay_out(
            dump,
            text,
            [
                f"{'':22}{publication}",
                "",
                f"{'':20}{date}",
                "",
                "SECTION: BLOGS",
                "",
                f"LENGTH: {word_count(text)} words",
                "",
                Title("HEADLINE: {}"),
                "",
                "BYLINE: Global Voices",
                "",
                "BODY:",
                "",
                Body(wrap=72),
                "",
                f"LOAD-DATE: {date.rsplit(' ', 1)[0]}",
                "",
                f"LANGUAGE: {names[text.language]}",
            ],
        )
    return dump


# nexis_factiva ---------------------------------------------------------------------


def nexis_factiva_01_nexisuni(t: dict[str, Text]) -> Dump:
    """A Nexis Uni export in English: a cover page (`User Name:`, `Date and Time:`, `Job
    Number:`, the numbered document list with `Client/Matter:`, `Search Terms:`, `Narrowed
    by:` with its content type and sources), then each document with its publication,
    date, `Length:`, `Byline:`, `Body`, `Load-Date:` and `End of Document`."""
    dump = Dump(
        "nexis_factiva_01_nexisuni",
        "nexis_factiva",
        "Nexis Uni, English: cover page with Narrowed by, Length, Byline, Body, End of Document",
    )
    docs = (
        "ukgov-holiday-clubs",
        "ukgov-db-pensions",
        "ukgov-welsh-apprentices",
        "ukgov-music-exports",
    )
    nexis_uni_cover(
        dump,
        t,
        docs,
        [
            "User Name: = Library Reading Room",
            "Date and Time: = 2024-03-04",
            "Job Number: = 217703914",
            "",
        ],
        [
            "Search Terms: press release AND (funding OR apprentices)",
            "Search Type: Terms and Connectors",
            "Narrowed by:",
            "Content Type Narrowed by",
            "News Sources: UK Government News",
        ],
    )
    for ident in docs:
        text = t[ident]
        office, date = ISSUED[ident]
        dump.gap()
        dump.lines.append("\f")
        dump.places.append(None)
        dump.gap()
        lay_out(
            dump,
            text,
            nexis_uni_document(
                [
                    "",
                    "UK Government News",
                    _us_date(date),
                    "",
                    f"Copyright {date.split()[-1]} Crown Copyright",
                ],
                [f"Length: {text.words()} words", f"Byline: {office}"],
                _us_date(date).rsplit(" ", 1)[0],
            ),
        )
    return dump


def nexis_factiva_02_factiva(t: dict[str, Text]) -> Dump:
    """A Factiva export in field codes, each code alone on its line over its value (`HD`,
    `WC`, `PD`, `SN`, `SC`, `LA`, `CY`, `LP`, `TD`, `AN`): Spanish, Bulgarian and Polish
    sources, the lead paragraph under `LP` and the rest under `TD`."""
    dump = Dump(
        "nexis_factiva_02_factiva",
        "nexis_factiva",
        "Factiva field codes each over its value (es, bg, pl): HD, WC, PD, SN, LP, TD, AN",
    )
    docs = (
        ("gves-eurovision", "22 May 2013", "Global Voices en Español", "GVOIES", "Spanish"),
        ("gves-levada", "21 May 2013", "Global Voices en Español", "GVOIES", "Spanish"),
        ("gvbg-irak", "12 August 2012", "Global Voices на български", "GVOIBG", "Bulgarian"),
        ("gvpl-slowacja-lekarze", "14 March 2012", "Global Voices po polsku", "GVOIPL", "Polish"),
        ("gvpl-hongkong-police", "15 October 2014", "Global Voices po polsku", "GVOIPL", "Polish"),
    )
    for number, (ident, date, source, code, language) in enumerate(docs):
        text = t[ident]
        day = _parsed(date)
        accession = f"{code}00{day:%Y%m%d}e{'5c8d9'[number]}{'mlcde'[number]}0000{'abcde'[number]}"
        if number:
            dump.gap(2)
        items: list[Item] = ["HD", Title(), "", "WC", f"{word_count(text)} words", "", "PD", date]
        items += ["", "SN", source, "", "SC", code, "", "LA", language, "", "CY"]
        items += [f"(c) {day:%Y} Global Voices. CC BY 3.0.", "", "LP"]
        lead = Body()
        if len(text.blocks) > 1:
            lead = Body(inserts=((1, ("TD",)),))
        items += [lead, "", "AN", f"Document {accession}"]
        lay_out(dump, text, items)
    return dump


# long_intertitles ------------------------------------------------------------------


def long_intertitles_01(t: dict[str, Text]) -> Dump:
    """Long English press releases copied from the web: headline, the issuing office and
    date, then the body whose one-line paragraphs (`… said:`, a list's lead-in) stand
    between two blank lines, the gap that also parts the articles."""
    dump = Dump(
        "long_intertitles_01",
        "long_intertitles",
        "Long en releases: one-line paragraphs set off by two blanks, like articles",
    )
    idents = (
        "ukgov-police-dismissals",
        "ukgov-open-licence",
        "ukgov-lebanon",
        "ukgov-holiday-clubs",
    )
    items = [(ident, "Press release · {} · {}".format(*ISSUED[ident])) for ident in idents]
    return spaced_articles(dump, t, items)


def long_intertitles_02(t: dict[str, Text]) -> Dump:
    """Long Polish, Russian and English articles with quoted paragraphs (one in German),
    one-line paragraphs set off by two blank lines and a source line under each
    headline; two blank lines between articles."""
    dump = Dump(
        "long_intertitles_02",
        "long_intertitles",
        "Long pl/ru/en articles: quoted paragraphs, one-line paragraphs, two blanks",
    )
    items = (
        ("gvpl-ten-years", "Global Voices po polsku · 27 października 2014"),
        ("gvru-top14", "Global Voices по-русски · 29 декабря 2014"),
        ("gvpl-latam-happiest", "Global Voices po polsku · 20 marca 2015"),
        ("gvru-germania-ravnopravie", "Global Voices по-русски · 5 марта 2015"),
        ("ukgov-chung", "10 Downing Street · 7 December 2009"),
    )
    return spaced_articles(dump, t, items)


# trailers --------------------------------------------------------------------------


def trailers_01(t: dict[str, Text]) -> Dump:
    """UK press releases closed as press offices close them: `ENDS`, a `Published …`
    line, a `From:` line, `Crown copyright`, a `Press Office` contact line."""
    dump = Dump(
        "trailers_01",
        "trailers",
        "UK releases closed by ENDS, Published, From:, Crown copyright, Press Office lines",
    )
    items = (
        ("ukgov-frontline-first", ["ENDS"]),
        ("ukgov-sizewell", ["Published 22 January 2024"]),
        ("ukgov-von-der-leyen", ["From: Prime Minister's Office, 10 Downing Street"]),
        ("ukgov-veterans", ["ENDS", "Press Office, Office for Veterans' Affairs"]),
        ("ukgov-litigation-funding", ["© Crown copyright 2023"]),
    )
    return closed_by(dump, t, items, 2)


def trailers_02(t: dict[str, Text]) -> Dump:
    """Polish and Bulgarian briefs closed by `(red.)`, `Tłum. …`, an `Opr.` initials line,
    a `Źródło:` line, an author line in capitals and `(по материали на …)`."""
    dump = Dump(
        "trailers_02",
        "trailers",
        "Polish and Bulgarian briefs closed by (red.), Tłum., Opr., Źródło, CAPS author",
    )
    items = (
        ("gvpl-hongkong-police", ["(red.)"]),
        ("gvpl-marlon-james", ["Tłum. z angielskiego: redakcja"]),
        ("gvpl-brazylia-wiezienia", ["Opr. KW"]),
        ("gvpl-tunezja-czytelnicy", ["Źródło: Global Voices po polsku"]),
        ("gvbg-makedonia-moda", ["(по материали на Global Voices)"]),
        ("gvpl-slowacja-lekarze", ["AUTOR: DZIAŁ ZAGRANICZNY"]),
    )
    return closed_by(dump, t, items, 2, blank=False)


def trailers_03(t: dict[str, Text]) -> Dump:
    """Russian and English briefs closed by `Перевод: …`, a `Материал опубликован` date
    line, `(Reporting by …)` and `(Editing by …)` credits, a sign-off in italics."""
    dump = Dump(
        "trailers_03",
        "trailers",
        "ru/en briefs closed by Перевод, Материал опубликован, (Reporting by …), italics",
    )
    items = (
        ("gvru-livan", ["Перевод: редакция «Голоса мира»"]),
        ("gven-armenia-funeral", ["(Reporting by the Caucasus desk; editing by M. Petrosyan)"]),
        ("gvru-eco-moda", ["Материал опубликован 3 марта 2015 года"]),
        ("gven-caucasus-journalists", ["_Compiled by our Caucasus desk._"]),
        ("gven-kazakhstan-lives", ["(Editing by the Central Asia desk)"]),
        ("gven-kazakhstan-energy", ["-- Central Asia desk, September 13, 2007"]),
    )
    return closed_by(dump, t, items, 3)


SOURCES_HEAD = """# Fifth fresh held-out dumps: sources and licences

Built by `python -m bench.fresh5_dumps` from [texts.txt](texts.txt); this file too. The
dumps were written and committed before the splitter was ever run on them, scored once,
and are never tuned on, never shown by `--show`; only their aggregate score is read.

Every headline, caption and body paragraph is real published text, copied verbatim
(whitespace aside) from the page named below; a body read on a listing page, an archive
page, a print page or a page reprinting it is the paragraphs that page printed, cut at a
paragraph end (the Global Voices texts are mostly the briefs or leads their archive pages
print). Left out: a note printed before a body ("[Все ссылки ведут на материалы на
английском и испанском языках]", "Если не указано иное, …"), an embedded tweet, the
English original of a caption printed beside its translation, a print page's link-note
number ("[1]"), and a press release's summary line above its body. Everything around the
articles (mail headers, greetings, forward notes, section labels, publication and date
lines, issuing offices and dates, bylines, trails, counters, share lines, "read also"
lists that reuse titles of other articles in the set, property lines, metadata blocks,
image lines, export headers, cover pages, field lines and codes, accession numbers,
trailers) is written by the builder and taken from no source.

Where each text was read: the Cabinet Office release on its page at cabinetoffice.gov.uk;
the other UK government press releases on ukpol.co.uk and pulse.assent1.com, which
reprint GOV.UK press releases in full with their issuing department and date; every
Global Voices text on the Global Voices page named in its row.

Licences: UK government press releases, Crown copyright, Open Government Licence v3.0
(contains public sector information licensed under the Open Government Licence v3.0);
Global Voices CC BY 3.0 (© the authors and translators of Global Voices). Changes (both
licences ask that they be indicated): none to the words; HTML removed, paragraphs kept as
published, Markdown markers added in the clipper dumps, headlines upper-cased and lines
wrapped in some dumps. The dumps are shared under CC BY 4.0, keeping the sources'
attribution.

"""


HALF = Half(builders_in(globals()), TEXTS, FRESH5, SOURCES_HEAD)
"""The fifth fresh half: UK government press releases and Global Voices in five languages."""


if __name__ == "__main__":
    raise SystemExit(HALF.main(sys.argv[1:]))
