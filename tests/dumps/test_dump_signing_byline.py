"""A byline set right under a guide's last paragraph, with the next guide's headline under a
wider gap, signs the text above off: it is no lead of the intertitle over that paragraph,
which stays in its guide (fresh18 trailers_02 opened a story at "Community is the ❤️ of open
source", the paragraph under it taken for a dek over "WRITTEN BY THE OPEN SOURCE GUIDES
CONTRIBUTORS"). The near miss: a dek right under its headline, a byline right under the dek,
is still the lead, whatever intertitle follows."""

from __future__ import annotations

import pytest

from reader.dumps.lines import logical_lines
from reader.dumps.load import split_text
from reader.dumps.roles import classify, dek_followed_by_lead

_GUIDES = {
    "en": (
        "Building Welcoming Communities",
        "Setting your project up for success",
        "You've launched your project, you're spreading the word, and people are checking it "
        "out. Awesome! Now, how do you get them to stick around?",
        "Community is the heart of open source",
        "Healthy, thriving communities fuel the thousands of hours poured into open source "
        "every week. Many contributors point to other people as the reason for working on it.",
        "WRITTEN BY THE OPEN SOURCE GUIDES CONTRIBUTORS",
        "Security Best Practices for your Project",
        "Bugs and new features aside, a project's longevity hinges not only on its usefulness "
        "but also on the trust it earns from its users.",
    ),
    "es": (
        "Construyendo comunidades acogedoras",
        "Preparando tu proyecto para el éxito",
        "Lanzaste tu proyecto, estás corriendo la voz y la gente lo está mirando. ¡Genial! "
        "Ahora, ¿cómo haces para que se queden?",
        "La comunidad es el corazón del código abierto",
        "Las comunidades sanas y prósperas alimentan las miles de horas que se dedican al código "
        "abierto cada semana. Muchos dicen que otras personas son la razón por la que colaboran.",
        "ESCRITO POR LOS COLABORADORES DE LAS GUÍAS DE CÓDIGO ABIERTO",
        "Buenas prácticas de seguridad para tu proyecto",
        "Más allá de los errores y las nuevas funciones, la vida de un proyecto depende no solo "
        "de su utilidad sino también de la confianza que se gana entre sus usuarios.",
    ),
}


def _paragraph_over_byline(dump: str, paragraph: str) -> bool:
    """What `dek_followed_by_lead` says of the paragraph's line in the dump."""
    facts = [classify(line) for line in logical_lines(dump)]
    (at,) = [i for i, fact in enumerate(facts) if fact.line.text == paragraph]
    return dek_followed_by_lead(facts, at)


@pytest.mark.parametrize("language", sorted(_GUIDES))
def test_a_byline_under_the_last_paragraph_signs_the_guide_above(language: str) -> None:
    title, first_section, text, last_section, last, signed, next_title, next_text = _GUIDES[
        language
    ]
    dump = (
        f"{title}\n\n{first_section}\n\n\n{text}\n\n{text}\n\n\n{last_section}\n\n\n{last}\n"
        f"{signed}\n\n\n{next_title}\n\n{next_text}\n\n{next_text}\n"
    )
    assert not _paragraph_over_byline(dump, last)
    first, second = split_text(dump)
    assert first.body.endswith(f"{last_section}\n\n{last}")
    assert (second.title, second.body) == (next_title, f"{next_text}\n\n{next_text}")


@pytest.mark.parametrize("language", sorted(_GUIDES))
def test_a_dek_with_its_byline_under_a_headline_is_still_the_lead(language: str) -> None:
    title, first_section, text, _, last, signed, _, _ = _GUIDES[language]
    dump = f"{title}\n{last}\n{signed}\n\n{first_section}\n\n\n{text}\n\n{text}\n"
    assert _paragraph_over_byline(dump, last)
    (article,) = split_text(dump)
    assert article.meta["summary"].startswith(last)
    assert article.meta["byline"]
