"""A dump of one site's pages repeats the site's menu over every article and its footer under
every one (a "Was this page helpful?", contact, donations, code of conduct, language switch):
whatever their words and language, lines that follow each other twice or more in the dump,
short and no sentence (or a call of a few words), are the site's furniture, never a title or
the body (fresh29's R-Ladies pages: the menu's last item read as the first page's title, the
footer as the last paragraph's followers; fresh42's `Questa pagina è stata utile?`). A reader
view prints the site's name over each headline: its line, too (fresh40-42). The near
misses: an article's own list, a list two articles share between their paragraphs, the next
page's headline repeated as a teaser, an article pasted twice, a database export's records."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.dumps.load import split_text

_SITES = {
    "es": (
        "Inicio\nNoticias\nEventos\nSobre nosotros",
        "¿Te resultó útil esta página?\nContacto\ninfo[at]ejemplo[dot]org\nDonar al proyecto\n"
        "Síguenos\nCódigo de conducta\n"
        "El proyecto se dedica a ofrecer un espacio libre de acoso para todas las personas.\n"
        "Idioma\nEspañol",
        "Autora\nAna Pérez\nEtiquetas\ncultura",
        [
            (
                "La biblioteca abre sus puertas a nuevos lectores",
                "12 de marzo de 2021",
                "La biblioteca municipal amplió su horario y sumó una sala de lectura para niños.",
                "Las autoridades esperan recibir mil visitantes por semana en el primer mes.",
            ),
            (
                "Un taller de programación reúne a cien estudiantes",
                "3 de abril de 2021",
                "El taller gratuito se dictó durante dos fines de semana en la escuela técnica.",
                "Los organizadores planean repetirlo en otras ciudades antes de fin de año.",
            ),
            (
                "La feria del libro vuelve a la plaza central",
                "20 de mayo de 2021",
                "Más de cuarenta editoriales participarán en la feria, que durará una semana.",
                "La entrada será libre y habrá lecturas para toda la familia cada tarde.",
            ),
        ],
    ),
    "de": (
        "Start\nAktuelles\nTermine\nÜber uns",
        "War diese Seite hilfreich?\nKontakt\ninfo[at]beispiel[dot]de\nJetzt spenden\nFolgt uns\n"
        "Verhaltenskodex\n"
        "Wir sorgen für einen Raum ohne Belästigung für alle Menschen, die bei uns mitmachen.\n"
        "Sprache\nDeutsch",
        "Autorin\nJana Weber\nSchlagworte\nKultur",
        [
            (
                "Die Stadtbibliothek öffnet am Sonntag",
                "12. März 2021",
                "Die Stadtbibliothek hat länger geöffnet und einen neuen Leseraum eröffnet.",
                "Die Stadt rechnet im ersten Monat mit mehr als tausend Gästen in jeder Woche.",
            ),
            (
                "Hundert Jugendliche lernen programmieren",
                "3. April 2021",
                "Der kostenlose Kurs fand an zwei Wochenenden in der Berufsschule statt.",
                "Die Veranstalter wollen ihn noch in diesem Jahr in anderen Städten wiederholen.",
            ),
            (
                "Der Büchermarkt kehrt auf den Marktplatz zurück",
                "20. Mai 2021",
                "Mehr als vierzig Verlage stellen eine Woche lang auf dem Büchermarkt aus.",
                "Der Eintritt ist frei, und jeden Nachmittag gibt es Lesungen für Familien.",
            ),
        ],
    ),
}


def _site(language: str, between: str = "", tail: str = "") -> tuple[str, list[tuple[str, str]]]:
    """A dump of the site's pages (menu, date, headline, labels, two paragraphs with
    `between` between them and `tail` under them, footer), and each page's title and body."""
    menu, footer, labels, pages = _SITES[language]
    dump, wanted = [], []
    for title, date, first, second in pages:
        middle = f"\n\n{between}\n\n" if between else "\n\n"
        body = f"{first}{middle}{second}" + (f"\n\n{tail}" if tail else "")
        dump.append(f"{menu}\n\n{date}\n{title}\n{labels}\n\n{body}\n\n{footer}\n")
        wanted.append((title, body))
    return "\n\n".join(dump), wanted


@pytest.mark.parametrize("language", sorted(_SITES))
def test_a_site_s_menu_and_footer_repeated_on_its_pages_are_furniture(language: str) -> None:
    dump, wanted = _site(language)
    articles = split_text(dump, "pages.txt", "utf-8")
    assert [(article.title, article.body) for article in articles] == wanted


@pytest.mark.parametrize("language", sorted(_SITES))
def test_an_article_s_own_closing_list_stays_its_body(language: str) -> None:
    """Short lines under the last paragraph, each page's own: no furniture."""
    menu, footer, labels, pages = _SITES[language]
    dump = []
    for number, (title, date, first, second) in enumerate(pages):
        items = "\n".join(f"Punto {number}{letter}" for letter in "abc")
        dump.append(
            f"{menu}\n\n{date}\n{title}\n{labels}\n\n{first}\n\n{second}:\n{items}\n\n{footer}\n"
        )
    articles = split_text("\n\n".join(dump), "pages.txt", "utf-8")
    assert [article.title for article in articles] == [title for title, *_ in pages]
    assert all(f"Punto {n}c" in article.body for n, article in enumerate(articles))


@pytest.mark.parametrize("language", sorted(_SITES))
def test_a_list_two_articles_share_between_their_paragraphs_stays_their_body(
    language: str,
) -> None:
    """The same list in every article, with a paragraph under it: the article's text (a site's
    furniture stands over the headline or under the last paragraph, never between two)."""
    dump, wanted = _site(language, between="Python\nR\nJulia")
    articles = split_text(dump, "pages.txt", "utf-8")
    assert [article.title for article in articles] == [title for title, _ in wanted]
    assert all("Python" in article.body and "Julia" in article.body for article in articles)


def test_the_next_page_s_headline_repeated_as_a_teaser_stays_its_title() -> None:
    menu, footer, labels, pages = _SITES["es"]
    dump = []
    for at, (title, date, first, second) in enumerate(pages):
        following = pages[(at + 1) % len(pages)][0]
        tail = f"Siguiente\n{following}"
        dump.append(
            f"{menu}\n\n{date}\n{title}\n{labels}\n\n{first}\n\n{second}\n\n{tail}\n\n{footer}\n"
        )
    articles = split_text("\n\n".join(dump), "pages.txt", "utf-8")
    assert [article.title for article in articles] == [title for title, *_ in pages]


def test_an_article_pasted_twice_keeps_its_title_and_body_in_both_copies() -> None:
    """A text that comes back whole (its headline, labels, paragraphs and the list closing
    it) is pasted twice, not a site's furniture: both copies keep their title and body."""
    _, _, labels, pages = _SITES["es"]
    title, date, first, second = pages[0]
    body = f"{first}\n\n{second}\n\n{_CLOSING}"
    page = f"{title}\n{date}\n{labels}\n\n{body}\n"
    articles = split_text(page + "\n\n" + page, "pages.txt", "utf-8")
    assert [article.title for article in articles] == [title, title]
    assert articles[-1].body == body


_CLOSING = (
    "Llame al centro de atención de la biblioteca municipal\n\n"
    "Escriba al equipo de la biblioteca por correo electrónico"
)


def test_a_database_export_s_records_keep_a_section_they_share() -> None:
    """Records closed by an export's mark carry the publisher's text, not a site's chrome: the
    lines closing the text that two records share stay their body."""
    _, _, _, pages = _SITES["es"]
    records, wanted = [], []
    for title, date, first, second in pages[:2]:
        body = f"{first}\n\n{second}\n\n{_CLOSING}"
        records.append(
            f"{title}\nEjemplo.org\n{date}\n\nLength: 80 words\n\nBody\n\n{body}\n\n"
            f"Load-Date: {date}\n\nEnd of Document\n"
        )
        wanted.append((title, body))
    articles = split_text("\n\n\n".join(records), "export.txt", "utf-8")
    assert [(article.title, article.body) for article in articles] == wanted


_STAMPS = {
    "es": "Esta entrada fue editada por última vez el {day} de marzo de 2021.",
    "de": "Dieser Beitrag wurde zuletzt am {day}. März 2021 bearbeitet.",
}


def _dated_pages(language: str, written: Callable[[int, str, str], tuple[str, str]]) -> None:
    """Splits the site's pages, each written (and wanted) as `written` gives its text from its
    day and two paragraphs, and checks their titles and bodies."""
    _, _, _, pages = _SITES[language]
    dump, wanted = [], []
    for day, (title, date, first, second) in enumerate(pages, start=4):
        text, body = written(day, first, second)
        dump.append(f"{title}\n{date}\n\n{text}\n")
        wanted.append((title, body))
    articles = split_text("\n\n\n".join(dump), "pages.txt", "utf-8")
    assert [(article.title, article.body) for article in articles] == wanted


@pytest.mark.parametrize("language", sorted(_SITES))
def test_a_line_of_the_page_s_template_under_the_text_is_furniture(language: str) -> None:
    """A line every page prints under its text, the same but for its numbers ("Esta entrada
    fue editada por última vez el 4 de marzo de 2021."), is the page's template, not the
    body's last paragraph."""

    def written(day: int, first: str, second: str) -> tuple[str, str]:
        stamp = _STAMPS[language].format(day=day)
        return f"{first}\n\n{second}\n\n{stamp}", f"{first}\n\n{second}"

    _dated_pages(language, written)


@pytest.mark.parametrize("language", sorted(_SITES))
def test_a_dated_last_sentence_of_one_page_or_between_paragraphs_stays_its_body(
    language: str,
) -> None:
    """The template's line between two paragraphs of every page, or a dated last sentence of
    one page: the text's."""

    def written(day: int, first: str, second: str) -> tuple[str, str]:
        body = f"{first}\n\n{_STAMPS[language].format(day=day)}\n\n{second}"
        body += f"\n\n{_NEXT[language]}" if day == 4 else ""
        return body, body

    _dated_pages(language, written)


_NEXT = {
    "es": "La próxima reunión del grupo de lectura será el 30 de marzo de 2021.",
    "de": "Das nächste Treffen der Lesegruppe findet am 30. März 2021 statt.",
}


def test_a_headline_shaped_line_of_a_series_under_the_text_stays_its_body() -> None:
    """A reference shaped like a headline under the text, whose words before its number
    other pages repeat ("Informe de la Comisión de Cultura número 223 sobre …"), is the
    text's own: a template's line is no headline."""
    _, _, _, pages = _SITES["es"]
    reference = "Informe de la Comisión de Cultura número {} sobre bibliotecas públicas"
    dump = [
        f"{title}\n{date}\n\n{first}\n\n{second}\n\n{reference.format(number)}\n"
        for number, (title, date, first, second) in enumerate(pages, start=221)
    ]
    articles = split_text("\n\n\n".join(dump), "pages.txt", "utf-8")
    assert articles[-1].body.endswith(reference.format(223))


_MENUS = {
    "it": ("Home\nL'Associazione\nProgetti e attività\nIscrizione\nContatti", "Pubblicato il"),
    "fr": ("Accueil\nL'association\nNos projets\nAdhérer\nNous écrire", "Publié le"),
    "de": ("Start\nDer Verein\nProjekte\nMitglied werden\nKontakt", "Veröffentlicht am"),
}
_TEXTS = {
    "it": [
        (
            "Linux Day 2020",
            "Il Linux Day si svolgerà quest'anno in forma di manifestazione online nazionale.",
            "Sul sito si trova il modulo per proporre un intervento entro la fine di settembre.",
        ),
        (
            "Un nuovo sito per la mappa dei gruppi",
            "La mappa dei gruppi di utenti è stata rinnovata e ora mostra anche gli eventi.",
            "Ogni gruppo può aggiornare la propria scheda scrivendo alla lista dei volontari.",
        ),
        (
            "Assemblea dei soci a Bologna",
            "L'assemblea annuale dei soci si terrà a Bologna il primo sabato di dicembre.",
            "All'ordine del giorno ci sono il bilancio e l'elezione del nuovo direttivo.",
        ),
    ],
    "de": [
        (
            "Linux-Tag 2020",
            "Der Linux-Tag findet in diesem Jahr als bundesweite Veranstaltung im Netz statt.",
            "Auf der Seite gibt es das Formular, mit dem man bis Ende September einreicht.",
        ),
        (
            "Neue Karte der Gruppen",
            "Die Karte der Nutzergruppen wurde erneuert und zeigt jetzt auch die Termine.",
            "Jede Gruppe kann ihren Eintrag ändern, indem sie an die Liste der Helfer schreibt.",
        ),
        (
            "Mitgliederversammlung in Köln",
            "Die jährliche Versammlung findet am ersten Samstag im Dezember in Köln statt.",
            "Auf der Tagesordnung stehen der Kassenbericht und die Wahl des neuen Vorstands.",
        ),
    ],
    "fr": [
        (
            "La fête du logiciel libre revient",
            "La fête du logiciel libre aura lieu cette année en ligne dans toute la France.",
            "Le formulaire pour proposer une intervention est ouvert jusqu'à la fin septembre.",
        ),
        (
            "Une nouvelle carte des groupes",
            "La carte des groupes d'utilisateurs a été refaite et montre aussi les événements.",
            "Chaque groupe peut mettre sa fiche à jour en écrivant à la liste des bénévoles.",
        ),
        (
            "Assemblée générale à Lyon",
            "L'assemblée générale annuelle se tiendra à Lyon le premier samedi de décembre.",
            "Le bilan financier et l'élection du nouveau bureau sont à l'ordre du jour.",
        ),
    ],
}


def _pages(language: str, footer: str = "") -> tuple[str, list[tuple[str, str]]]:
    """Pages each opening with the site's menu right under the page above's last paragraph,
    one blank line between, as a reader selects them one after another."""
    menu, published = _MENUS[language]
    dump, wanted = [], []
    for day, (title, first, second) in enumerate(_TEXTS[language], start=10):
        closing = f"\n\n{footer}" if footer else ""
        dump.append(f"{menu}\n{title}\n{published} 2020-05-{day}\n\n{first}\n\n{second}{closing}")
        wanted.append((title, f"{first}\n\n{second}"))
    return "\n\n".join(dump) + "\n", wanted


@pytest.mark.parametrize("language", sorted(_MENUS))
def test_the_menu_a_dump_opens_with_opens_each_of_its_pages(language: str) -> None:
    """The dump opens with two lines it repeats (the site's menu over the first page): where
    they come again under text, a page opens, however close under the last paragraph."""
    dump, wanted = _pages(language)
    articles = split_text(dump, "pages.txt", "utf-8")
    assert [(article.title, article.body) for article in articles] == wanted


@pytest.mark.parametrize("language", ["fr", "it"])
def test_the_menu_repeated_in_the_footer_opens_no_page_of_its_own(language: str) -> None:
    """The same menu printed again under each page's text: a start there makes no article of
    its own (only furniture under it), and the next page still opens at its menu."""
    menu, _ = _MENUS[language]
    dump, wanted = _pages(language, footer=menu)
    articles = split_text(dump, "pages.txt", "utf-8")
    assert [(article.title, article.body) for article in articles] == wanted


def test_a_reader_view_s_site_line_over_each_headline_is_furniture() -> None:
    """A reader view prints the site's address over each page's headline, the page two blank
    lines under the one above: the line is the site's, over the headline it opens."""
    pages = [
        f"linux.it\n{title}\n2 minuti di lettura\n\n{first}\n\n{second}"
        for title, first, second in _TEXTS["it"]
    ]
    articles = split_text("\n\n\n".join(pages) + "\n", "view.txt", "utf-8")
    wanted = [(title, f"{first}\n\n{second}") for title, first, second in _TEXTS["it"]]
    assert [(article.title, article.body) for article in articles] == wanted


def test_a_pdf_s_running_head_over_each_headline_is_the_page_s() -> None:
    """Text copied from a PDF: each page opens with its running head, the same but for the
    page's number, over the page's headline (fresh43's gazette). The head is the page's,
    never the title. Near miss: a series' headlines that differ only in their numbers
    ("Compte rendu n°7 du 5 mai 2020") stand over their paragraphs, and title them."""
    pages = [
        f"LA GAZETTE N°3 — 4 mai 2020        page {page}\n\n{title}\n\n{first}\n\n{second}"
        for page, (title, first, second) in enumerate(_TEXTS["fr"], start=2)
    ]
    articles = split_text("\n\n\n".join(pages) + "\n", "gazette.txt", "utf-8")
    wanted = [(title, f"{first}\n\n{second}") for title, first, second in _TEXTS["fr"]]
    assert [(article.title, article.body) for article in articles] == wanted
    notes = [
        (f"Compte rendu n°{n} du {day} mai 2020", first, second)
        for n, day, (_, first, second) in zip((7, 8, 9), (5, 12, 19), _TEXTS["fr"], strict=True)
    ]
    text = "\n\n\n".join(f"{title}\n\n{first}\n\n{second}" for title, first, second in notes)
    articles = split_text(text + "\n", "notes.txt", "utf-8")
    assert [(article.title, article.body) for article in articles] == [
        (title, f"{first}\n\n{second}") for title, first, second in notes
    ]


def test_the_menu_s_first_line_alone_opens_no_page() -> None:
    """The menu's first word in the text, with another line under it than the menu's second,
    is the text's: no page opens there."""
    dump, wanted = _pages("fr")
    lone = "Accueil\nLa page d'accueil du projet a changé d'aspect et d'adresse en juin dernier."
    _, body = wanted[1]
    first, second = body.split("\n\n")
    dump = dump.replace(f"{first}\n\n{second}", f"{first}\n\n{lone}\n\n{second}")
    articles = split_text(dump, "pages.txt", "utf-8")
    assert [article.title for article in articles] == [title for title, _ in wanted]
    assert lone.split("\n")[1] in articles[1].body


_SECTIONS = {
    "es": (
        "Parámetros",
        "valor",
        ("Devuelve el número de líneas.", "Devuelve la lista vacía.", "Devuelve el primer valor."),
    ),
    "de": (
        "Parameter",
        "zeitstempel",
        ("Gibt die Zahl der Zeilen zurück.", "Gibt die leere Liste zurück.", "Gibt ihn zurück."),
    ),
}


@pytest.mark.parametrize("language", sorted(_SECTIONS))
def test_a_template_document_s_intertitles_over_its_short_last_section_stay_its_body(
    language: str,
) -> None:
    """Pages of one manual print the same intertitles (`Parameters` and a parameter's name,
    twice or more in the dump) under their last long paragraph, over a section of one short
    sentence of each page's own: the document's text, not the site's furniture, which stands
    under the text (fresh33's PHP manual pages; the sealed fresh19's standard)."""
    menu, footer, labels, pages = _SITES[language]
    heading, name, sentences = _SECTIONS[language]
    dump, wanted = [], []
    for (title, date, first, second), sentence in zip(pages, sentences, strict=True):
        body = f"{first}\n\n{second}\n\n{heading}\n\n{name}\n\n{sentence}"
        dump.append(f"{menu}\n\n{date}\n{title}\n{labels}\n\n{body}\n\n{footer}\n")
        wanted.append((title, body))
    articles = split_text("\n\n".join(dump), "pages.txt", "utf-8")
    assert [(article.title, article.body) for article in articles] == wanted
