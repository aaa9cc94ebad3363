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
