"""Speech stays in the body whatever the field model says: an interview's turns ("Maria
Lopes: Thank you.") and a quotation after its speaker ('The mayor said: "No."') open with a
label and a colon, as a reading time or a photo credit does, and the shipped model took
them for such chrome when they closed an article."""

from __future__ import annotations

import pytest

from reader.dumps.field_model import FieldModel, using
from reader.dumps.load import split_text
from reader.dumps.start_model import StartModel
from tests.dumps.test_field_model import FIRST, HEADLINE, RULES, SECOND

QUESTION = "Reporter: How long will the repairs take, and who is going to pay for all the work?"
ANSWER = "Maria Lopes: About a year, and the state pays for it, as it has for every bridge here."
INTERVIEW = f"{HEADLINE}\n\n{QUESTION}\n\n{ANSWER}\n\n"
SURE_OF_META = FieldModel(
    {f: StartModel({"chars -30": 20.0} if f == "meta" else {}, -10.0, 0.0) for f in RULES.fields},
    0.9,
)
"""A model sure that every short line (30 characters or fewer) belongs in meta."""


@pytest.mark.parametrize(
    "text",
    [
        INTERVIEW + "Maria Lopes: Thank you.\n",
        INTERVIEW + "Reporter: Thank you.\n",
        f"{HEADLINE}\n\nQ: {QUESTION[10:]}\n\nA: {ANSWER[13:]}\n\nQ: When?\n\nA: In May.\n",
        f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nShe said: « Jamais. »\n",
        f'{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nThe mayor said: "No."\n',
        f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n\nHer answer: yes.\n",
    ],
    ids=[
        "the interviewee's turn",
        "the interviewer's",
        "an answer",
        "guillemets",
        "quotation marks",
        "a sentence carried on after its colon",
    ],
)
@pytest.mark.parametrize("model", [SURE_OF_META, None], ids=["sure of meta", "shipped"])
def test_a_last_turn_of_speech_stays_in_the_body(text: str, model: FieldModel | None) -> None:
    with using(None):
        (by_rules,) = split_text(text)
    last = text.rstrip("\n").rsplit("\n", 1)[1]
    assert by_rules.body.endswith(last)
    if model is None:
        (article,) = split_text(text)
    else:
        with using(model):
            (article,) = split_text(text)
    assert article.to_dict() == by_rules.to_dict()


def test_a_label_the_article_does_not_speak_with_is_still_the_models() -> None:
    """A reading time under an interview is no turn: its label opens no other body line."""
    text = INTERVIEW + "Reading time: 3 min.\n"
    with using(SURE_OF_META):
        (article,) = split_text(text)
    assert article.body.endswith(ANSWER)
    assert "Reading time: 3 min." in article.meta["chrome"]
