"""A list of short lines that a paragraph announces by its colon ("Alcuni esempi
includono:") holds items of the article, not headlines: long guides set their lists so,
each item a line of its own as close to the next as paragraphs are. An article that a
dump cuts off at a quotation's colon still ends there when the next one opens under a
wider gap."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_LISTS = {
    "en": (
        "Writing your contributing guidelines",
        "A contributing file tells your audience how to take part in your project, and what"
        " you expect of them before they open an issue or send a change. For example, you"
        " might include information on:",
        (
            "How to file a bug report (try using issue templates)",
            "How to suggest a new feature",
            "How to set up the environment and run the tests",
        ),
        "In addition to technical details, a contributing file is a chance to say what kind"
        " of contributions you are looking for, and how the maintainers like to be reached.",
    ),
    "it": (
        "Offrire versioni a pagamento",
        "Alcune aziende che sostengono un progetto open source vendono il supporto"
        " commerciale, le opzioni di hosting o le funzionalità aggiuntive, e finanziano così"
        " il lavoro di chi lo mantiene. Alcuni esempi includono:",
        (
            "Sidekiq offre versioni a pagamento per ulteriore supporto",
            "Travis CI offre versioni a pagamento del suo prodotto",
            "Ghost offre un servizio gestito a pagamento",
        ),
        "Alcuni progetti popolari, come npm e Docker, raccolgono persino capitali di rischio"
        " per la crescita della loro attività.",
    ),
    "de": (
        "Reichweite messen",
        "Wenn die Nutzung im Vergleich zu den Besuchen gering ist, gibt es zwei mögliche"
        " Gründe. Entweder:",
        (
            "Ihr Projekt überzeugt sein Publikum nicht, oder",
            "Sie ziehen das falsche Publikum an",
        ),
        "Wenn Ihr Projekt zum Beispiel auf der Startseite eines großen Forums landet, kommen"
        " viele Besucher, die es nur kurz ansehen.",
    ),
    "es": (
        "Sé proactivo",
        "Para reducir el volumen de las contribuciones no deseadas, explica en tu guía cómo"
        " funciona el proyecto. Si recibes demasiadas contribuciones de baja calidad, exige"
        " que los colaboradores hagan un poco de trabajo de antemano, por ejemplo:",
        (
            "Llenar una plantilla o checklist para issues o PRs",
            "Abrir una issue antes de presentar un PR",
            "Leer la guía de contribución del proyecto",
        ),
        "Si no siguen tus reglas, cierra la issue inmediatamente y remítelos a tu"
        " documentación, sin disculparte por ello.",
    ),
}
"""Per language: an intertitle, the paragraph announcing a list, its items, the paragraph
after it (from the Open Source Guides' way of setting lists, reworded)."""
_SECTIONS = {
    "en": (
        (
            "What open source means",
            "When a project is open source, anybody is free to use,"
            " study, modify and distribute it for any purpose. These permissions are enforced"
            " through an open source license, which the project states in a file of its own.",
        ),
        (
            "Why people open source their work",
            "Open sourcing a project lets others learn from"
            " it and improve it, and people who use it can audit the code and fix what bothers"
            " them, instead of waiting for the authors to do it.",
        ),
        (
            "Does open source mean free of charge",
            "One of the main draws of open source is that"
            " it does not cost money. Free of charge is a by-product of the value it brings, not"
            " its aim, and many companies pay for the work.",
        ),
    ),
    "it": (
        (
            "Cosa significa open source",
            "Quando un progetto è open source, chiunque è libero di"
            " usarlo, studiarlo, modificarlo e distribuirlo per qualsiasi scopo. Questi permessi"
            " sono garantiti da una licenza open source, che il progetto dichiara in un file.",
        ),
        (
            "Perché le persone aprono il loro lavoro",
            "Aprire un progetto permette ad altri di"
            " imparare da esso e di migliorarlo, e chi lo usa può verificare il codice e"
            " correggere ciò che non va, invece di aspettare gli autori.",
        ),
        (
            "Open source significa gratis",
            "Una delle maggiori attrattive dell'open source è che"
            " non costa denaro. Essere gratuito è un effetto secondario del suo valore, non il"
            " suo scopo, e molte aziende pagano per il lavoro.",
        ),
    ),
    "de": (
        (
            "Was Open Source bedeutet",
            "Wenn ein Projekt Open Source ist, darf jeder es für jeden Zweck nutzen, untersuchen,"
            " verändern und weitergeben. Eine Open-Source-Lizenz sichert diese Rechte, die das"
            " Projekt in einer eigenen Datei nennt.",
        ),
        (
            "Warum Menschen ihre Arbeit öffnen",
            "Ein offenes Projekt lässt andere daraus lernen und es verbessern, und wer es nutzt,"
            " kann den Code prüfen und beheben, was ihn stört, statt auf die Autoren zu warten.",
        ),
        (
            "Heißt Open Source kostenlos",
            "Einer der größten Reize von Open Source ist, dass es kein Geld kostet. Kostenlos zu"
            " sein ist eine Folge seines Werts, nicht sein Ziel, und viele Unternehmen bezahlen"
            " die Arbeit.",
        ),
    ),
    "es": (
        (
            "Qué significa código abierto",
            "Cuando un proyecto es de código abierto, cualquiera"
            " puede usarlo, estudiarlo, modificarlo y distribuirlo con cualquier propósito. Estos"
            " permisos se hacen cumplir mediante una licencia de código abierto.",
        ),
        (
            "Por qué la gente abre su trabajo",
            "Abrir un proyecto permite que otros aprendan de"
            " él y lo mejoren, y quienes lo usan pueden auditar el código y arreglar lo que les"
            " molesta, en vez de esperar a los autores.",
        ),
        (
            "Significa código abierto gratis",
            "Uno de los mayores atractivos del código abierto"
            " es que no cuesta dinero. Ser gratuito es un efecto secundario de su valor, no su"
            " objetivo, y muchas empresas pagan por el trabajo.",
        ),
    ),
}
"""Per language: the guide's sections above the one with the list."""
_OPENING = "The council voted on Tuesday to build four new cycle lanes through the town centre."


def _guide(language: str, title: str) -> str:
    """A guide set as long guides are pasted: intertitles between two blank lines, its
    paragraphs and a list's items one blank line apart."""
    text = title + "\n\n"
    for head, paragraph in _SECTIONS[language]:
        text += f"{head}\n\n\n{paragraph}\n\n\n"
    head, announcing, items, after = _LISTS[language]
    return text + f"{head}\n\n\n" + "\n\n".join([announcing, *items, after]) + "\n"


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Starting an Open Source Project"),
        ("it", "Avviare un progetto open source"),
        ("de", "Ein Open-Source-Projekt starten"),
        ("es", "Iniciar un proyecto de código abierto"),
    ],
)
def test_the_items_of_an_announced_list_stay_in_the_article(language: str, title: str) -> None:
    """Long guides are where such lists stand, under intertitles of their own."""
    _, announcing, items, after = _LISTS[language]
    articles = split_text(_guide(language, title))
    (holding,) = [article for article in articles if announcing in article.body]
    assert all(item in holding.body for item in items)
    assert holding.body.endswith(after)
    assert not any(article.title in items for article in articles)


@pytest.mark.parametrize(
    ("quoted", "title", "body"),
    [
        (
            "The minister answered the critics in a short statement, which read:",
            "Library to stay open on Sundays",
            "The library will open on Sundays from next month, the council said on Monday.",
        ),
        (
            "Die Ministerin antwortete den Kritikern in einer kurzen Erklärung, die lautete:",
            "Bibliothek öffnet auch sonntags",
            "Die Bibliothek öffnet ab dem nächsten Monat auch sonntags, teilte die Stadt mit.",
        ),
    ],
)
def test_an_article_cut_off_at_a_colon_ends_there(quoted: str, title: str, body: str) -> None:
    """The near miss: the dump cut an article off at a quotation's colon; the next one opens
    under a wider gap, with running text under its headline."""
    text = (
        f"Council approves four new cycle lanes\n\n{_OPENING}\n\n{quoted}\n\n\n{title}\n\n{body}\n"
    )
    first, second = split_text(text)
    assert first.body.endswith(quoted)
    assert (second.title, second.body) == (title, body)
