"""Short news pasted one item under another, each a headline over a paragraph, one blank
line everywhere: the words of each brief are few, but they are all there is, and where two
whole briefs share none they are two articles (review20 pasted four such and got one). The
sections of one article under its intertitles, as short, go on with the same words."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_BRIEFS = {
    "en": (
        (
            "Council approves new budget",
            "The city council approved the new budget on Monday"
            " after a long debate, officials said.",
        ),
        (
            "Local team wins the final",
            "The local team won the cup final on Sunday, beating"
            " the champions 2-1, the league said.",
        ),
        (
            "Storm closes the harbour",
            "A storm closed the harbour on Tuesday and ferries were"
            " cancelled, the port authority said.",
        ),
        (
            "Bakers go on strike",
            "Bakers across the region went on strike on Wednesday over rising costs, a union said.",
        ),
    ),
    "it": (
        (
            "Il Comune approva il bilancio",
            "Il consiglio comunale ha approvato lunedì il nuovo"
            " bilancio dopo un lungo dibattito, riferiscono fonti comunali.",
        ),
        (
            "La squadra locale vince la finale",
            "La squadra cittadina ha vinto domenica la finale"
            " di coppa, battendo i campioni per due a uno.",
        ),
        (
            "Una tempesta chiude il porto",
            "Martedì una tempesta ha chiuso il porto e tutti i"
            " traghetti sono stati cancellati, informa l'autorità portuale.",
        ),
    ),
    "de": (
        (
            "Stadtrat beschließt Haushalt",
            "Der Stadtrat hat am Montag nach langer Debatte den"
            " neuen Haushalt beschlossen, teilte die Verwaltung mit.",
        ),
        (
            "Heimverein gewinnt das Finale",
            "Die heimische Mannschaft gewann am Sonntag das"
            " Pokalfinale gegen den Meister mit zwei zu eins Toren.",
        ),
        (
            "Sturm schließt den Hafen",
            "Ein Sturm hat am Dienstag den Hafen geschlossen, alle"
            " Fähren fielen aus, berichtet die Hafenbehörde.",
        ),
    ),
}


@pytest.mark.parametrize("language", sorted(_BRIEFS))
def test_briefs_one_blank_line_apart_are_articles(language: str) -> None:
    briefs = _BRIEFS[language]
    text = "\n\n".join(f"{title}\n\n{body}" for title, body in briefs) + "\n"
    assert [(a.title, a.body) for a in split_text(text)] == list(briefs)


def test_an_articles_short_sections_under_intertitles_stay_in_it() -> None:
    """The near miss: one article, two short sections under its intertitles, each going on
    with the article's words."""
    text = (
        "Council approves new budget\n\n"
        "The city council approved the new budget on Monday after a long debate, officials"
        " said.\n\nSchools get more money\n\n"
        "The council budget gives schools more money for teachers, the council said.\n\n"
        "Roads wait another year\n\n"
        "The council budget leaves road repairs for another year, council officials said.\n"
    )
    (article,) = split_text(text)
    assert article.title == "Council approves new budget"
