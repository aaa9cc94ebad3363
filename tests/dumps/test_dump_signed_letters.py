"""A post that closes as a letter does, a valediction and the writer's name under its last
paragraph ("Till next time," / "Juliane"), keeps them in its body: they are the text's own
close, not a desk's trailer (fresh14 lexisnexis_01 dropped both as one). The near miss: a
desk code under the last paragraph is still dropped, under a signature too."""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text

_LETTERS = {
    "en": (
        "Instructor certification: what comes next",
        "If you need any support, write to us: we are here to help, and we hope to see some "
        "of you soon at the next workshop in Los Angeles.",
        "Till next time,",
        "Juliane",
    ),
    "es": (
        "Certificación de instructores: lo que viene",
        "Si necesitan ayuda, escríbannos: estamos aquí para ayudar, y esperamos ver a muchos "
        "de ustedes pronto en el próximo taller en Montevideo.",
        "Un saludo,",
        "Marta",
    ),
}


@pytest.mark.parametrize("language", sorted(_LETTERS))
def test_a_valediction_and_its_name_stay_in_the_body(language: str) -> None:
    title, paragraph, close, name = _LETTERS[language]
    (article,) = split_text(f"{title}\n\n{paragraph}\n\n{paragraph}\n\n{close}\n\n{name}\n")
    assert article.body == f"{paragraph}\n\n{paragraph}\n\n{close}\n\n{name}"


@pytest.mark.parametrize("language", sorted(_LETTERS))
def test_a_desk_code_under_the_text_is_still_dropped(language: str) -> None:
    title, paragraph, close, name = _LETTERS[language]
    (article,) = split_text(f"{title}\n\n{paragraph}\n\n{paragraph}\n\nkmo/sco/lb\n")
    assert article.body == f"{paragraph}\n\n{paragraph}"
    (signed,) = split_text(
        f"{title}\n\n{paragraph}\n\n{paragraph}\n\n{close}\n\n{name}\n\nkmo/sco/lb\n"
    )
    assert signed.body == f"{paragraph}\n\n{paragraph}\n\n{close}\n\n{name}"


_SIGNED_ON_THE_LINE = {
    "en": (
        "Community discussion sessions: a primer for new hosts",
        "If you would like to host a discussion session sign up here",
        "Have a themed discussion session idea for our series? Please fill in this form",
        "Signed, -- Instructor Development Committee",
        "A new book from Mark Guzdial",
        "Regular readers will know that I am a huge fan of Mark Guzdial, a professor at Georgia "
        "Tech whose group does world-class work on computing education.",
    ),
    "es": (
        "Sesiones de discusión comunitarias: una guía para anfitriones",
        "Si quieres ser anfitrión de una sesión de discusión inscríbete aquí",
        "¿Tienes una idea para una sesión temática? Por favor completa este formulario",
        "Saludos, — el Comité de Desarrollo de Instructores",
        "Un nuevo libro de Mark Guzdial",
        "Quienes nos leen saben que admiro mucho a Mark Guzdial, profesor en Georgia Tech, cuyo "
        "grupo hace un trabajo de primer nivel sobre la enseñanza de la informática.",
    ),
}


@pytest.mark.parametrize("language", sorted(_SIGNED_ON_THE_LINE))
def test_the_lines_over_a_signed_valediction_close_the_post_above(language: str) -> None:
    """A valediction with its signers on its own line after a dash ends the post: the short
    calls to the reader over it are that post's last lines, not a story's headline and dek
    (fresh14 classic_01 opened a story at "If you would like to … sign up here"), and the
    headline under it opens the next post."""
    title, call, form, signed, next_title, other = _SIGNED_ON_THE_LINE[language]
    paragraph = _LETTERS[language][1]
    first, second = split_text(
        f"{title}\n\n{paragraph}\n\n{paragraph}\n\n{call}\n\n{form}\n\n{signed}\n\n"
        f"{next_title}\n\n{other}\n\n{other}\n"
    )
    assert first.body == f"{paragraph}\n\n{paragraph}\n\n{call}\n\n{form}\n\n{signed}"
    assert (second.title, second.body) == (next_title, f"{other}\n\n{other}")


@pytest.mark.parametrize("language", sorted(_SIGNED_ON_THE_LINE))
def test_a_headline_over_a_paragraph_opens_its_post_whatever_signs_it(language: str) -> None:
    """The near miss: a headline with a paragraph under it opens its post though a signed
    valediction closes that post further down."""
    title, _, _, signed, next_title, other = _SIGNED_ON_THE_LINE[language]
    paragraph = _LETTERS[language][1]
    first, second = split_text(
        f"{title}\n\n{paragraph}\n\n{paragraph}\n\n{next_title}\n\n{other}\n\n{signed}\n"
    )
    assert first.body == f"{paragraph}\n\n{paragraph}"
    assert (second.title, second.body) == (next_title, f"{other}\n\n{signed}")
