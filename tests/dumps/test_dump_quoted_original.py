"""A translated article quotes a source in its original language and goes on in its own:
the intertitle after the quotation, in the article's language, opens no article (fresh18
long_intertitles_01 was cut at "Lassen Sie andere ihre eigenen Lösungen bauen" under an
English quotation: the text just above was English, the text below German, which read as a
change of language). A change counts against the article's own language, not only
the last lines above."""

from __future__ import annotations

import pytest

from reader.dumps.boundaries import _language_changes
from reader.dumps.lines import logical_lines
from reader.dumps.roles import Classifier

_ARTICLES = {
    "de": (
        "Gute Maintainer-Praxis",
        [
            "Wenn Sie sich aus Ihrem Projekt zurückziehen müssen, ist es keine Schande, jemand "
            "anders zu bitten, die Arbeit für Sie zu übernehmen und weiterzuführen.",
            "Wenn andere Leute von Ihrer Projektrichtung begeistert sind, gewähren Sie ihnen die "
            "Rechte oder übergeben Sie formell die Kontrolle an eine andere Person.",
            "Ich habe eine Wiki-Seite geschrieben, die beschreibt, was ich wollte und warum ich "
            "es wollte, und die anderen haben sie gelesen und danach gehandelt.",
        ],
        "Lassen Sie andere ihre eigenen Lösungen bauen",
        "Wenn jemand eine Idee hat, die nicht zu Ihrer Vision passt, können Sie ihn bitten, "
        "an einem eigenen Projekt zu arbeiten, und auf dieses dann verweisen.",
    ),
    "it": (
        "Buone pratiche per i maintainer",
        [
            "Se devi allontanarti dal tuo progetto, non è una vergogna chiedere a qualcun altro "
            "di prendere il tuo posto e di portare avanti il lavoro per te.",
            "Se altre persone sono entusiaste della direzione del progetto, concedi loro i "
            "permessi oppure passa formalmente il controllo a un'altra persona.",
            "Ho scritto una pagina del wiki che descrive quello che volevo e perché lo volevo, e "
            "gli altri l'hanno letta e si sono regolati di conseguenza.",
        ],
        "Lascia che gli altri costruiscano le loro soluzioni",
        "Se qualcuno ha un'idea che non rientra nella tua visione, puoi chiedergli di lavorare "
        "a un progetto tutto suo, e poi rimandare a quello nella documentazione.",
    ),
}
_QUOTE = (
    "I wrote a wiki page describing what I wanted and why I wanted it. For some reason it came "
    "as a surprise to me that the maintainers started working to make it happen, and that they "
    "did it the way I would have done it myself. It was not perfect, but it was a lot closer "
    "to what I wrote down than anything I had hoped for when I stepped back from the project "
    "and handed it over to the people who had been using it every day."
)


def _change_at(text: str, line: str) -> bool:
    facts = list(map(Classifier(), logical_lines(text)))
    i = next(at for at, fact in enumerate(facts) if fact.line.text == line)
    return _language_changes(facts, 0, i, i + 1)


@pytest.mark.parametrize("language", sorted(_ARTICLES))
def test_an_intertitle_after_a_quotation_in_another_language_changes_no_language(
    language: str,
) -> None:
    title, paragraphs, intertitle, after = _ARTICLES[language]
    text = "\n\n".join([title, *paragraphs, _QUOTE]) + f"\n\n\n{intertitle}\n\n{after}\n"
    assert not _change_at(text, intertitle)


def test_an_article_in_another_language_under_an_english_one_changes_it() -> None:
    """The near miss: an English article, then a German one; the language changes for good."""
    title, paragraphs, _, _ = _ARTICLES["de"]
    english = "Good maintainer practice\n\n" + _QUOTE + "\n\n" + _QUOTE.replace("wiki", "short")
    text = f"{english}\n\n\n{title}\n\n" + "\n\n".join(paragraphs) + "\n"
    assert _change_at(text, title)
