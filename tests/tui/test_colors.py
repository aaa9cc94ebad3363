"""Entity text stays readable on its label colour, and labels stay apart, in both themes.

Distinctness is checked on the escape sequences Textual writes (`Strip.render_ansi`,
what its driver sends) for a 256-colour and a 16-colour terminal.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.color import Color, ColorSystem
from rich.style import Style
from textual.strip import Strip

from reader.nlp import label_style
from reader.tui.presenters.colors import contrast, entity_style, readable_on
from reader.tui.widgets.article_view import ArticleView
from tests.tui.helpers import make_app, settle, style_of

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


MOST_FREQUENT = ("PERSON", "ORG", "GPE", "NORP", "DATE", "CARDINAL", "MONEY", "LOC")
"""The eight labels news text has most of: all must differ in 256 colours."""
NAMES = ("PERSON", "ORG", "GPE", "NORP", "LOC")
NUMBERS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL")
THEME_BACKGROUNDS = {True: "#121212", False: "#e0e0e0"}
"""textual-dark's and textual-light's background: no highlight may vanish into them."""


def emitted_background(style: Style, system: ColorSystem) -> str:
    """The background part of the SGR sequence Textual writes for `style` on `system`."""
    codes = Strip.render_ansi(style, system).split(";")
    if system == ColorSystem.EIGHT_BIT:
        at = codes.index("48")
        return ";".join(codes[at : at + 3])
    return next(code for code in codes if code[:1] in "41" and len(code) in (2, 3))


def _background_of(label: str, dark: bool, system: ColorSystem) -> str:
    return emitted_background(entity_style(label, dark), system)


@pytest.mark.parametrize("dark", [True, False])
def test_all_labels_differ_in_256_colours_and_never_match_the_background(dark: bool) -> None:
    emitted = {label: _background_of(label, dark, ColorSystem.EIGHT_BIT) for label in SPACY_LABELS}
    assert len(set(emitted.values())) == len(SPACY_LABELS)
    theme = emitted_background(Style(bgcolor=THEME_BACKGROUNDS[dark]), ColorSystem.EIGHT_BIT)
    assert theme not in emitted.values()
    assert len({emitted[label] for label in MOST_FREQUENT}) == len(MOST_FREQUENT)


@pytest.mark.parametrize("dark", [True, False])
def test_in_16_colours_names_differ_and_never_share_with_numbers(dark: bool) -> None:
    emitted = {label: _background_of(label, dark, ColorSystem.STANDARD) for label in SPACY_LABELS}
    names = {label: emitted[label] for label in NAMES}
    assert len(set(names.values())) == len(NAMES)
    numbers = {emitted[label] for label in NUMBERS}
    others = {emitted[label] for label in SPACY_LABELS if label not in NUMBERS}
    assert not numbers & others
    theme = emitted_background(Style(bgcolor=THEME_BACKGROUNDS[dark]), ColorSystem.STANDARD)
    assert theme not in emitted.values()


def test_true_colour_equals_what_256_colours_show() -> None:
    """Every label colour is a point of the 256-colour cube: no terminal shifts a hue."""
    for label in SPACY_LABELS:
        for colour in (label_style(label).dark, label_style(label).light):
            parsed = Color.parse(colour)
            cube = parsed.downgrade(ColorSystem.EIGHT_BIT)
            assert cube.get_truecolor() == parsed.get_truecolor(), (label, colour)


ON_SCREEN = {
    "Pyongyang": "GPE",
    "KCNA": "ORG",
    "Friday": "DATE",
    "Vladimir Putin": "PERSON",
    "Russian": "NORP",
}
"""Entities of the seed article's first screen (the fake service's gazetteer labels)."""


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_article_view_emits_one_background_per_label(theme: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        await settle(pilot)
        view = app.query_one(ArticleView)
        for system in (ColorSystem.EIGHT_BIT, ColorSystem.STANDARD):
            emitted = {text: emitted_background(style_of(view, text), system) for text in ON_SCREEN}
            dark = app.current_theme.dark
            assert emitted == {
                text: _background_of(label, dark, system) for text, label in ON_SCREEN.items()
            }
            if system == ColorSystem.EIGHT_BIT:
                assert len(set(emitted.values())) == len(ON_SCREEN)
