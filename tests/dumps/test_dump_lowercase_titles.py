"""A headline that opens with a lower-case brand or particle ("iPhone 14 adds …", "eBay
cuts …", "de Gaulle airport …") still starts its article.

Found by journey16 (session 16) walking `reader duplicates` on wire copy, handed to
split16, who owns the rules: `roles._shape` wants a title's first letter to be a capital,
a digit or an opener, so such a line is no headline; its article is welded to the one
above (1 article where 2 are meant), the headline goes to `meta.chrome` and a byline
under it joins the first article's. shape17 (session 17): such a name opens a headline
(`openings.opens_with_name`) when the line has a headline's words after it; a line opened
in lower case under a sentence left unfinished goes on with it, a byline's "di" or "von"
and code's camelCase open no headline, nor does a site's lower-case name alone.
"""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text
from reader.dumps.openings import opens_with_name
from tests.dumps.two_articles import (
    FIRST_TITLE,
    articles_with_second,
    titles_with_second,
)

TITLES = {
    "iPhone": "iPhone 14 adds emergency satellite texts",
    "eBay": "eBay cuts fees for small sellers",
    "de Gaulle": "de Gaulle airport reopens after strike",
}
LEADS = {"no byline": "", "byline": "By Mark Gurman\n\n"}


@pytest.mark.parametrize("lead", LEADS.values(), ids=list(LEADS))
@pytest.mark.parametrize("title", TITLES.values(), ids=list(TITLES))
def test_a_title_opening_in_lower_case_starts_its_article(title: str, lead: str) -> None:
    assert titles_with_second(title, lead, "brands.txt") == [FIRST_TITLE, title]


def test_the_same_title_opening_with_a_capital_starts_its_article() -> None:
    """The shape the xfails above differ from by their first letter alone."""
    title = "Apple iPhone 14 adds emergency satellite texts"
    assert titles_with_second(title, source="brands.txt") == [FIRST_TITLE, title]


NAMED = {
    "German": (
        "iPhone 16 kommt ohne Ladekabel in den Handel",
        "Apple liefert das neue Telefon ohne Netzteil aus. Händler rechnen mit Kritik.",
    ),
    "Spanish": (
        "eBay recorta las comisiones de los pequeños vendedores",
        "La plataforma anunció el martes una rebaja de sus tarifas. "
        "Los comerciantes celebraron la medida.",
    ),
    "French": (
        "de Gaulle : l'aéroport rouvre après la grève",
        "Les vols ont repris mercredi matin à Roissy. Les syndicats ont levé leur préavis.",
    ),
    "Dutch": (
        "van Gogh Museum opent een nieuwe zaal",
        "Het museum in Amsterdam toont vanaf zaterdag vroege tekeningen. "
        "De zaal is gratis toegankelijk.",
    ),
}


@pytest.mark.parametrize(("title", "body"), NAMED.values(), ids=list(NAMED))
def test_a_title_opening_in_lower_case_starts_its_article_in_any_language(
    title: str, body: str
) -> None:
    assert articles_with_second(title, body, "brands.txt")[1:] == [(title, body)]


CONTINUED = {
    "Spanish": (
        "El ayuntamiento aprueba el presupuesto",
        "El ayuntamiento aprobó el martes el presupuesto para el próximo año con el apoyo",
        "de Podemos y del Partido Socialista en una sesión que duró cinco horas",
        "La oposición votó en contra. El alcalde dijo que las obras empezarán en marzo.",
    ),
    "English": (
        "Council approves the new budget",
        "The council approved the budget on Tuesday after a long debate with help from",
        "eBay and two other firms that will pay for the new market hall",
        "Members voted nine to two. Work begins in March.",
    ),
    "French": (
        "Le conseil adopte le budget",
        "Le conseil municipal a adopté mardi le budget de la ville malgré l'opposition",
        "de Marine Dupont et des élus écologistes réunis en séance extraordinaire",
        "Le vote a duré trois heures. Les travaux commenceront en mars.",
    ),
}


@pytest.mark.parametrize("lines", CONTINUED.values(), ids=list(CONTINUED))
def test_a_line_going_on_with_an_unfinished_sentence_is_no_title(lines: tuple[str, ...]) -> None:
    """The near miss: a paragraph broken in two by a blank line, its second half opened by
    a name in lower case, stays in its article's body (as on main, before the names)."""
    (article,) = split_text("\n\n".join(lines) + "\n", "continued.txt", "utf-8")
    assert article.title == lines[0]
    assert all(line in article.body for line in lines[1:])


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("iPhone 14 adds emergency satellite texts", True),
        ("mRNA vaccines reach rural clinics", True),
        ("de la Cruz wins the mayoral race", True),
        ("van der Bellen signs the new law", True),
        ("and the council said it would pay", False),
        ("de la ville et de ses environs", False),
        ("di Redazione — 12 novembre 2009 ore 10:30", False),
        ("von Jana Berg und Karl Wein", False),
        ("el Gobierno aprobó la reforma ayer", False),
        ("useState returns the current state", False),
        ("elDiario.es", False),
        ("iPad Air", False),
    ],
)
def test_which_names_in_lower_case_open_a_headline(line: str, named: bool) -> None:
    assert opens_with_name(line) is named
