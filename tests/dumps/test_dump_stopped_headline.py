"""A headline set with a full stop, one short sentence under a trailer that closed the guide
above ("(opensource.guide)") and a wider gap than paragraphs have, over its first intertitle,
opens the next guide (fresh18 trailers_01 ran "Buenas Prácticas para Mantenedores de Código."
into the guide above). The near miss: the same line under a paragraph, with no trailer
between, is the text's."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_GUIDES = {
    "es": (
        "Felicitaciones por abrir tu primer proyecto. Sea cual sea el resultado, trabajar en "
        "público siempre es un regalo para la comunidad.",
        "Buenas Prácticas para Mantenedores de Código.",
        "¿Qué significa ser un mantenedor de código?",
        "Si tu trabajo es mantener un proyecto de código abierto que mucha gente usa, "
        "probablemente te hayas dado cuenta de que programas menos y respondes más issues.",
    ),
    "en": (
        "Congratulations on open sourcing your first project. No matter the outcome, working in "
        "public is always a gift to the community.",
        "Best Practices for Maintainers.",
        "What does it mean to be a maintainer?",
        "If you maintain an open source project that a lot of people use, you may have noticed "
        "you're coding less and responding to issues more.",
    ),
}


def _guides(language: str, trailer: str) -> str:
    """A guide's last paragraphs, `trailer` under them, and the next guide's headline with a
    stop, its first intertitle and paragraphs."""
    closing, headline, intertitle, paragraph = _GUIDES[language]
    return (
        f"Starting an Open Source Project\n\n{closing}\n\n{closing}\n\n{trailer}\n"
        f"{headline}\n\n{intertitle}\n\n\n{paragraph}\n\n{paragraph}\n"
    )


@pytest.mark.parametrize("language", sorted(_GUIDES))
def test_a_headline_with_a_stop_under_a_trailer_opens_the_next_guide(language: str) -> None:
    closing, headline, intertitle, paragraph = _GUIDES[language]
    first, second = split_text(_guides(language, "(opensource.guide)\n\n"))
    assert first.body == f"{closing}\n\n{closing}"
    assert (second.title, second.body) == (
        headline,
        f"{intertitle}\n\n{paragraph}\n\n{paragraph}",
    )


@pytest.mark.parametrize("language", sorted(_GUIDES))
def test_the_same_line_under_a_paragraph_is_the_texts(language: str) -> None:
    (article,) = split_text(_guides(language, ""))
    assert _GUIDES[language][1] in article.body
