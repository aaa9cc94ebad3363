"""Entity text stays readable on its label colour, in dark and light themes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.nlp import label_style
from reader.tui.presenters.colors import contrast, entity_style, readable_on

SPACY_LABELS = (
    "PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE "
    "DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL"
).split()


def test_black_on_light_white_on_dark() -> None:
    assert readable_on("#ffffff") == "#000000"
    assert readable_on("#000000") == "#ffffff"
    assert readable_on("#ffe680") == "#000000"
    assert readable_on("#1f3f7a") == "#ffffff"


@given(st.integers(0, 0xFFFFFF))
def test_the_chosen_text_colour_always_reaches_aa_contrast(rgb: int) -> None:
    background = f"#{rgb:06x}"
    assert contrast(background, readable_on(background)) >= 4.5


def test_every_label_has_readable_styles_in_both_themes() -> None:
    for label in SPACY_LABELS:
        for dark in (True, False):
            style = entity_style(label, dark)
            background = label_style(label).dark if dark else label_style(label).light
            assert style.bgcolor is not None and style.color is not None
            assert style.bgcolor.get_truecolor() == style.bgcolor.parse(background).get_truecolor()
            assert contrast(background, readable_on(background)) >= 4.5
