"""A long document that opens with an intertitle right under its headline keeps it, and
its headline, and is not cut at its other intertitles.

fresh18 (session 19, shape19): the Open Source Guides open every guide with an intertitle
under the headline and its lead, set as the guide's other intertitles are (two blank lines
under it where paragraphs have one). The assembler took that first intertitle for a dek
(`meta.summary`), a label (`meta.label`) or, under a headline of three words, for the
headline under a kicker; and the splitter cut the guide at its later intertitles whenever
the section's first sentence took up one of their words. What tells, in any language:

- A short line set as the article's intertitles are (as wide a gap under it as under a
  headline-shaped line between its paragraphs further down, wider than the paragraphs')
  opens the body (`assemble._first_intertitle`); a dek has no intertitle set like it.
- Where the dump's first headline has its next line no further under it than paragraphs
  are apart (`Layout.open_start`), a line a wider gap sets off from its text is set as
  intertitles are, unless its lead repeats every word of it (an interview's "Interview
  with Mario Furlan" over "… an interview with Mario Furlan").
- A line cannot close, as its credits, an article that has no text yet; and an ad's label
  ("Anzeige", "PUBLICITÉ") is no headline's lead: ads stand anywhere in a page.

Near misses that must not change: a dek over an article without intertitles stays meta, and
a kicker over a headline there stays the section; a second article set as intertitles are,
its lead repeating its headline, still starts.
"""

from __future__ import annotations

import pytest

from bench.train_splitter import RULES
from reader.dumps.boundaries import _lead
from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text
from reader.dumps.roles import classify
from reader.dumps.start_model import using

GUIDES = {
    "en": (
        "Building Welcoming Communities",
        "Setting your project up for success",
        (
            "You've launched your project, you're spreading the word, and people are checking "
            "it out. Awesome! Now, how do you get them to stick around for a while?",
            "A welcoming community is an investment into your project's future and reputation. "
            "If your project is just starting to see its first contributions, start early.",
            "Answer the first questions quickly and kindly, even when the answer is short. "
            "People remember how their first issue was handled, and they tell their friends.",
        ),
        "Make people feel welcome",
        (
            "Helping people feel welcome starts long before anyone writes a line of code for "
            "you. Think of someone who finds your project through a search on a slow afternoon.",
            "They need to learn what the project does, how to use it and how they might help. "
            "A good README answers the first two, and a contributing guide the third one.",
            "Keep both short, and link them from the top of the page where people land. Long "
            "documents are read by few, and the rest leave before they find the right link.",
        ),
        "Document everything in the open",
        "When you start a new project, it can feel natural to keep your work private. But "
        "open source projects thrive when you document your process in public for others.",
    ),
    "de": (
        "Ihr Verhaltenskodex",
        "Warum brauche ich einen Verhaltenskodex?",
        (
            "Ein Verhaltenskodex ist ein Dokument, das die Erwartungen an das Verhalten der "
            "Teilnehmenden eines Projekts festlegt. Er hilft, ein freundliches Umfeld zu schaffen.",
            "Verhaltenskodizes schützen nicht nur Ihre Teilnehmenden, sondern auch Sie selbst. "
            "Wer ein Projekt betreut, wird sonst schnell müde von den immer gleichen Konflikten.",
            "Ein solches Dokument ersetzt kein Gespräch, aber es gibt allen einen gemeinsamen "
            "Ausgangspunkt. Darauf kann man sich berufen, wenn es einmal schwierig wird.",
        ),
        "Einen Verhaltenskodex aufstellen",
        (
            "Versuchen Sie, einen Verhaltenskodex so früh wie möglich aufzustellen, am besten "
            "schon dann, wenn Sie Ihr Projekt zum ersten Mal öffentlich vorstellen und teilen.",
            "Zusätzlich zu Ihren Erwartungen beschreibt er, wo er gilt und an wen er sich richtet. "
            "Auch was bei einem Verstoß geschieht, sollte darin in einfachen Worten stehen.",
            "Viele Projekte übernehmen eine bekannte Vorlage und passen sie nur wenig an. Das "
            "spart Zeit, und neue Mitwirkende erkennen den Text oft schon von anderswo wieder.",
        ),
        "Den Kodex wirklich durchsetzen",
        "Sie sollten erklären, wie der Kodex durchgesetzt wird, bevor es zu einem Verstoß "
        "kommt. Dafür gibt es mehrere Gründe, die wir hier der Reihe nach erläutern wollen.",
    ),
    "es": (
        "Métricas de código abierto",
        "Por qué medir cualquier cosa",
        (
            "Los datos, cuando se usan con sensatez, pueden ayudarte a tomar mejores decisiones "
            "como mantenedor de un proyecto. Con más información, entiendes mejor a tu comunidad.",
            "Las métricas no cuentan toda la historia, pero sí muestran tendencias que de otro "
            "modo pasarían inadvertidas. Conviene revisarlas con calma una vez al mes, sin prisa.",
            "Tampoco hace falta medirlo todo desde el primer día de vida del proyecto. Empieza "
            "por dos o tres cifras sencillas y añade otras cuando te hagan falta de verdad.",
        ),
        "Descubrimiento de tu proyecto",
        (
            "El descubrimiento empieza por saber si alguien encuentra tu proyecto. Si nadie lo "
            "encuentra, no importa lo bueno que sea el código ni lo amable que sea la comunidad.",
            "Las visitas a la página y los clones del repositorio dicen mucho de esa primera "
            "llegada. Compara las cifras de cada mes para ver si tus anuncios tienen efecto.",
            "Fíjate también en las páginas desde las que llega la gente a tu repositorio. Un "
            "enlace en un foro conocido puede traer más visitas que meses de anuncios propios.",
        ),
        "Uso del proyecto en la práctica",
        "Saber cuánta gente usa tu proyecto es más difícil de lo que parece. Las descargas de "
        "paquetes dan una primera idea, aunque cuentan también las máquinas de integración.",
    ),
    "fr": (
        "Leadership et gouvernance",
        "Comprendre la gouvernance de votre projet",
        (
            "Votre projet grandit, les gens sont impliqués et vous êtes déterminé à continuer. À "
            "ce stade, vous vous demandez peut-être comment intégrer les contributeurs réguliers.",
            "La gouvernance n'a pas besoin d'être compliquée au début, mais elle doit être écrite. "
            "Un document court suffit souvent pour dire qui décide et comment les choses avancent.",
            "Relisez ce document chaque année avec les personnes qui contribuent le plus. Ce "
            "qui convenait à trois personnes ne convient plus forcément à trente, loin de là.",
        ),
        "Exemples de rôles dans un projet",
        (
            "De nombreux projets suivent une structure similaire pour les rôles des contributeurs "
            "et leur reconnaissance. Ce que ces rôles signifient dépend pourtant de chaque projet.",
            "Les responsables ont souvent le droit de fusionner les demandes, tandis que les "
            "relecteurs donnent leur avis. Les contributeurs ponctuels, eux, apportent le reste.",
            "Certains projets ajoutent un comité pour les questions de conduite ou de sécurité. "
            "Ses membres sont alors nommés dans un fichier que tout le monde peut consulter.",
        ),
        "Formaliser les rôles de direction",
        "Formaliser vos rôles de direction aide les gens à se sentir reconnus et montre aux "
        "autres à qui s'adresser. Un simple fichier dans le dépôt peut suffire pour commencer.",
    ),
}


def _guide(language: str, gap_over_text: str = "\n\n\n") -> tuple[str, tuple[str, ...]]:
    """A guide as the fresh18 dumps paste them: its headline, one blank line, its first
    intertitle, then each intertitle `gap_over_text` over its section's text and two blank
    lines over each later intertitle; paragraphs one blank line apart."""
    title, opener, first, second, middle, third, last = GUIDES[language]
    sections = (
        (opener, "\n\n".join(first)),
        (second, "\n\n".join(middle)),
        (third, last),
    )
    body = "\n\n\n".join(f"{head}{gap_over_text}{text}" for head, text in sections)
    return f"{title}\n\n{body}\n", (title, opener, second, third)


@pytest.mark.parametrize("language", sorted(GUIDES))
def test_a_guide_opening_with_an_intertitle_keeps_it_and_its_headline(language: str) -> None:
    dump, (title, opener, second, third) = _guide(language)
    (article,) = split_text(dump, f"guide_{language}.txt", "utf-8")
    assert article.title == title
    assert article.body.startswith(opener)
    subheads = [
        article.body[start:end] for start, end, kind in article.ranges() if kind == "subheading"
    ]
    assert subheads == [opener, second, third]
    assert "section" not in article.meta and "summary" not in article.meta


PAGE = """Startseite › Ratgeber › Open Source

{title}
Erfahren Sie mehr über Verhaltenskodizes und wie Sie einen für Ihr Projekt wählen.
Von Redaktion | 9. März 2018 | Lesezeit: 12 Min.

{opener}


{p1}


{second}

Anzeige

{p3}

{p4}


{third}


{p5}
"""


def test_a_page_s_opening_intertitle_stays_in_the_body() -> None:
    title, opener, (p1, *_), _, (p3, p4, _), third, p5 = GUIDES["de"]
    second = "Was genau regelt ein Verhaltenskodex?"
    dump = PAGE.format(
        title=title, opener=opener, p1=p1, second=second, p3=p3, p4=p4, third=third, p5=p5
    )
    (article,) = split_text(dump, "page_de.txt", "utf-8")
    assert article.title == title
    assert article.body.startswith(opener)
    assert second in article.body and p5 in article.body
    assert article.meta["summary"].startswith("Erfahren Sie mehr")


@pytest.mark.parametrize(
    ("under", "led"), [("Anzeige", False), ("Von Redaktion | 9. März 2018", True)]
)
def test_the_gap_and_the_lead_are_each_one_feature(under: str, led: bool) -> None:
    """The intertitle's verdict is strong by its wide gap alone, which the start model reads
    as "gap score 3"; "strong lead" says only what a lead under it adds. It was "strong",
    the gap counted twice, and a refit started an article at this page's second intertitle."""
    title, opener, (p1, *_), _, (p3, p4, _), third, p5 = GUIDES["de"]
    second = "Was genau regelt ein Verhaltenskodex?"
    dump = PAGE.format(
        title=title, opener=opener, p1=p1, second=second, p3=p3, p4=p4, third=third, p5=p5
    ).replace("\nAnzeige\n", f"\n{under}\n")
    kept: list[tuple[int, list[str]]] = []
    with using(RULES, kept):
        split_text(dump, "page_de.txt", "utf-8")
    lines = dump.splitlines()
    (names,) = [names for number, names in kept if lines[number] == second]
    assert "gap score 3" in names
    assert ("strong lead" in names) is led


@pytest.mark.parametrize(
    ("under", "evidence"),
    [
        ("Anzeige", 0),
        ("PUBLICITÉ", 0),
        ("Advertisement", 0),
        ("Von Redaktion | 9. März 2018", 3),  # the near miss: a byline is a headline's lead
        ("Par la rédaction, le 2 juin 2018", 3),
    ],
)
def test_an_ad_s_label_is_no_headline_s_lead(under: str, evidence: int) -> None:
    """Pages set ads anywhere, under an intertitle too: their label says nothing of a
    headline over it, as a byline or a date line does (`boundaries._lead`'s evidence)."""
    text = f"Was genau regelt ein Verhaltenskodex?\n\n{under}\n\n{GUIDES['de'][2][0]}\n"
    facts = [classify(line) for line in logical_lines(text)]
    assert _lead(facts, 0)[1] == evidence


RECORD = """{title}
3,167 words
8 June 2018
Open Source Guides
French
Copyright 2018 GitHub, Inc. and contributors. CC BY 4.0.

{opener}


{first}

{p2}


{second}


{p3}
"""


def test_an_export_record_s_opening_intertitle_over_a_short_paragraph_is_its_body() -> None:
    """The first paragraph under the intertitle is short enough for a headline's shape:
    the intertitle over it, with no text above, closes no article as its credits."""
    title, opener, (_, p2, _), second, (p3, *_), *_ = GUIDES["fr"]
    first = "Votre projet grandit, les gens sont impliqués. Et maintenant, que faire ?"
    dump = RECORD.format(title=title, opener=opener, first=first, p2=p2, second=second, p3=p3)
    (article,) = split_text(dump, "record_fr.txt", "utf-8")
    assert article.title == title
    assert article.body.startswith(f"{opener}\n\n{first}")
    assert "credits" not in article.meta


@pytest.mark.parametrize("language", sorted(GUIDES))
def test_a_dek_over_an_article_without_intertitles_stays_the_dek(language: str) -> None:
    """The near miss: the same lines without the later intertitles; the line under the
    headline is set like no intertitle of its article, so it stays the headline's dek (or,
    under a headline of three words, the headline under a kicker)."""
    title, opener, first, _, middle, _, last = GUIDES[language]
    text = "\n\n".join((*first, *middle, last))
    (article,) = split_text(f"{title}\n\n{opener}\n\n\n{text}\n", f"dek_{language}.txt", "utf-8")
    assert article.body.startswith(first[0])
    assert opener in (article.title, article.meta.get("summary"))


INTERVIEW = (
    "Interview with Mario Furlan",
    "We present an interview with Mario Furlan, journalist, teacher and trainer, who "
    "founded a volunteer group in Milan many years ago and still leads it today.",
    "When did you first come across the encyclopedia, and why did you start to edit it? "
    "I was looking for a source on a question my students had asked me in class.",
)


def test_a_second_article_set_as_intertitles_are_starts_when_its_lead_repeats_it() -> None:
    """The near miss: in a dump whose first headline is set unlike its intertitles, an
    article set as they are still starts when its lead repeats every word of its headline
    (tune's long_intertitles_01)."""
    dump, (title, *_) = _guide("en")
    headline, lead, more = INTERVIEW
    dump = f"{dump}\n\n{headline}\n\n\n{lead}\n\n{more}\n"
    first, second = split_text(dump, "interview.txt", "utf-8")
    assert first.title == title
    assert second.title == headline
    assert second.body.startswith(lead)
