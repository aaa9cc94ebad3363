"""Entity label metadata for the UI: a description and highlight colours per label.

A static table for the 18 OntoNotes labels the English models use, so the UI can
draw a legend before (or without) spaCy being imported. The light-theme colours are
displaCy's; the dark-theme ones keep each hue but are darkened to one luminance, so
light text on them stays readable (contrast above 4.5:1) and every highlight stands
out from a dark background alike.
"""

from __future__ import annotations

import sys
import warnings
import zlib
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LabelStyle:
    """How a label is explained and highlighted; colours are hex backgrounds.

    `dark` is meant under light text on a dark theme, `light` under dark text on a
    light theme.
    """

    label: str
    description: str
    dark: str
    light: str


_KNOWN: dict[str, tuple[str, str, str]] = {
    "PERSON": ("People, including fictional", "#4d39c4", "#aa9cfc"),
    "NORP": ("Nationalities or religious or political groups", "#7230a6", "#c887fb"),
    "FAC": ("Buildings, airports, highways, bridges, etc.", "#2f585b", "#9cc9cc"),
    "ORG": ("Companies, agencies, institutions, etc.", "#1b5b5b", "#7aecec"),
    "GPE": ("Countries, cities, states", "#6a4d1f", "#feca74"),
    "LOC": ("Non-GPE locations, mountain ranges, bodies of water", "#7e4225", "#ff9561"),
    "PRODUCT": ("Objects, vehicles, foods, etc. (not services)", "#255e1b", "#bfeeb7"),
    "EVENT": ("Named hurricanes, battles, wars, sports events, etc.", "#5d521b", "#ffeb80"),
    "WORK_OF_ART": ("Titles of books, songs, etc.", "#792e9d", "#f0d0ff"),
    "LAW": ("Named documents made into laws.", "#952b3e", "#ff8197"),
    "LANGUAGE": ("Any named language", "#952b3e", "#ff8197"),
    "DATE": ("Absolute or relative dates or periods", "#2a5a4f", "#bfe1d9"),
    "TIME": ("Times smaller than a day", "#2a5a4f", "#bfe1d9"),
    "PERCENT": ('Percentage, including "%"', "#50552e", "#e4e7d2"),
    "MONEY": ("Monetary values, including unit", "#50552e", "#e4e7d2"),
    "QUANTITY": ("Measurements, as of weight or distance", "#50552e", "#e4e7d2"),
    "ORDINAL": ('"first", "second", etc.', "#50552e", "#e4e7d2"),
    "CARDINAL": ("Numerals that do not fall under another type", "#50552e", "#e4e7d2"),
}
"""label -> (description as `spacy.explain` gives it, dark background, light background)."""

_SPARE: tuple[tuple[str, str], ...] = (
    ("#5c4a6e", "#dcd0ea"),
    ("#3f5a2e", "#cfe6bf"),
    ("#6b3f57", "#f2c9de"),
    ("#2e4f6b", "#c4dcf2"),
    ("#65542a", "#eedfb5"),
    ("#3b5b52", "#c6e5dc"),
)
"""(dark, light) pairs for labels outside the table, picked by a stable hash of the name."""


def label_style(label: str) -> LabelStyle:
    """The description and colours of `label`; unknown labels get a stable spare colour."""
    known = _KNOWN.get(label)
    if known is not None:
        return LabelStyle(label, *known)
    dark, light = _SPARE[zlib.crc32(label.encode("utf-8")) % len(_SPARE)]
    return LabelStyle(label, _explain(label), dark, light)


def known_labels() -> tuple[str, ...]:
    """The labels of the static table, in legend order (names, places, things, numbers)."""
    return tuple(_KNOWN)


def _explain(label: str) -> str:
    """`spacy.explain` when spaCy is already loaded (never imported just for this)."""
    spacy = sys.modules.get("spacy")
    if spacy is None:
        return label
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W118: "not found in glossary" is the expected case
        explained = spacy.explain(label)
    return explained or label
