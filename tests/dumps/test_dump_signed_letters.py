"""A post that closes as a letter does, a valediction and the writer's name under its last
paragraph ("Till next time," / "Juliane"), keeps them in its body: they are the text's own
close, not a desk's trailer (fresh14 lexisnexis_01 dropped both as one). The near miss: a
desk code under the last paragraph is still dropped, under a signature too. A valediction
signed on its own line, or a farewell closed by an exclamation mark over the name, closes a
post too (fresh14 classic_01, fresh23 long_intertitles_02)."""

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


_FAREWELLS = {
    "it": (
        "Premio per la migliore tesi sul software libero",
        "ILS — 12 ottobre 2021",
        "Assegneremo il premio nei giorni successivi al Linux Day. La giuria sarà composta da "
        "soci della sezione locale e da docenti dell'università, che leggeranno ogni tesi.",
        "Grazie, saluti e buon Linux Day!",
        "Gianna Papi, reference della Sezione Locale ILS di Firenze",
        "Quattro chiacchiere con Federico Terzi",
        "ILS — 11 gennaio 2022",
        "Abbiamo fatto qualche domanda a Federico Terzi, autore di un programma libero per "
        "scrivere più in fretta che usano migliaia di persone in tutto il mondo.",
    ),
    "en": (
        "A prize for the best thesis on free software",
        "ILS — 12 October 2021",
        "We will award the prize in the days after Linux Day. The jury will be made up of "
        "members of the local chapter and of teachers at the university, who read every thesis.",
        "Thanks, see you at Linux Day!",
        "Jane Doe, lead of the local chapter in Florence",
        "A chat with Federico Terzi",
        "ILS — 11 January 2022",
        "We asked a few questions of Federico Terzi, who wrote a free program to type faster "
        "that thousands of people use all over the world.",
    ),
}


def _farewell_dump(language: str, close: str) -> tuple[str, str, str, str]:
    title, date, paragraph, _, name, next_title, next_date, other = _FAREWELLS[language]
    text = (
        f"{title}\n{date}\n\n{paragraph}\n\n{paragraph}\n\n{close}\n\n{name}\n\n\n"
        f"{next_title}\n{next_date}\n\n{other}\n\n{other}\n"
    )
    return text, paragraph, name, next_title


@pytest.mark.parametrize("language", sorted(_FAREWELLS))
def test_the_name_under_a_farewell_signs_the_post(language: str) -> None:
    """A farewell closed by an exclamation mark, its first word before a comma ("Grazie,
    saluti e buon Linux Day!"), is a valediction: the name under it signs the post and stays
    in its body, though a wider gap parts it from the next headline (fresh23
    long_intertitles_02 put it in the credits)."""
    close = _FAREWELLS[language][3]
    text, paragraph, name, next_title = _farewell_dump(language, close)
    first, second = split_text(text)
    assert first.body == f"{paragraph}\n\n{paragraph}\n\n{close}\n\n{name}"
    assert second.title == next_title


@pytest.mark.parametrize("language", sorted(_FAREWELLS))
def test_the_same_name_under_a_paragraph_is_the_credits(language: str) -> None:
    """The near miss: under a last paragraph, not a farewell, the same short line hanging
    over the wider gap is the post's credits, kept out of its body."""
    text, paragraph, name, _ = _farewell_dump(language, _FAREWELLS[language][2])
    first, _ = split_text(text)
    assert first.body == f"{paragraph}\n\n{paragraph}\n\n{paragraph}"
    assert name in first.meta.values()
