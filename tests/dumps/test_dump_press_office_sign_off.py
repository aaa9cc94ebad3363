"""A press office signs a release off under its last paragraph with a dash and its name
("— Ufficio stampa Italian Linux Society", "— Press office of the FSFE"): a trailer, meta,
however many words the organisation's name runs to (fresh23 trailers_02 read the Italian
one, five words, as a list item of the body under the rules; only four words were read as a
sign-off). Under the rules alone, as fresh23 showed it: the field model took it out."""

from __future__ import annotations

import pytest

from reader.dumps.lines import Line
from reader.dumps.load import split_text
from reader.dumps.roles import classify

_OPENING = {
    "it": "Sabato scorso si è svolta la tredicesima edizione del Linux Day, che ha visto oltre "
    "cento gruppi locali impegnati in tutta Italia.",
    "en": "Last Saturday the thirteenth Linux Day took place, with more than a hundred local "
    "groups at work all over Italy.",
}
_BODY = {
    "it": "L'appuntamento col Linux Day torna ad ottobre, e nel frattempo invitiamo tutti a "
    "seguire le attività del gruppo locale che si svolgeranno nella propria zona.",
    "en": "Linux Day comes back in October, and meanwhile we invite everyone to follow what "
    "the local group does in their own area over the coming months.",
}


@pytest.mark.parametrize(
    ("language", "sign_off"),
    [
        ("it", "— Ufficio stampa Italian Linux Society"),
        ("en", "— Press office of the Free Software Foundation Europe"),
        ("en", "– Service de presse de la Free Software Foundation Europe"),
        ("it", "— Oficina de prensa de la Free Software Foundation Europe"),
    ],
)
@pytest.mark.usefixtures("rules_alone")
def test_a_press_offices_dashed_sign_off_is_a_trailer(language: str, sign_off: str) -> None:
    body = f"{_OPENING[language]}\n\n{_BODY[language]}"
    (article,) = split_text(f"Linux Day 2013\n\n{body}\n{sign_off}\n")
    assert article.body == body
    assert sign_off.lstrip("—– ") in str(article.meta)


@pytest.mark.parametrize(
    "line",
    [
        "— Ufficio stampa: Mario Rossi, Giulia Bianchi e altri tre colleghi",
        "— Ufficio stampa aperto dal lunedì al venerdì, dalle nove alle diciotto",
    ],
)
def test_a_dashed_item_about_a_press_office_is_no_sign_off(line: str) -> None:
    """The near miss: a list's item naming the office with more after a colon, or a phrase
    that only opens with the words."""
    assert classify(Line(line)).role == "bullet"
