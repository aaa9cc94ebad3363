"""Entity label metadata for the UI: a description and highlight colours per label.

A static table for the 18 OntoNotes labels the English models use, so the UI can
draw a legend before (or without) spaCy being imported. Every colour is a point of
the xterm 256-colour cube, so a 256-colour terminal (tmux's default) shows exactly
the true colour, and all 18 labels stay apart there in both themes. Names are
saturated hues, number-like labels muted greys and pastels of one family; after
the reduction to 16 colours the five name labels news uses most (PERSON, ORG, GPE,
NORP, LOC) still differ, and no name shares a colour with a number. Light-theme
backgrounds take dark text; dark-theme ones white or black text, whichever reads
better (`reader.tui.presenters.colors` picks it), always at a contrast of 4.5:1 or more.
"""

from __future__ import annotations

import sys
import warnings
import zlib
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LabelStyle:
    """How a label is explained and highlighted; colours are hex backgrounds.

    `dark` is for a dark theme (under white or black text), `light` under dark text on
    a light theme.
    """

    label: str
    description: str
    dark: str
    light: str


_KNOWN: dict[str, tuple[str, str, str]] = {
    "PERSON": ("People, including fictional", "#5f5faf", "#8787ff"),
    "NORP": ("Nationalities or religious or political groups", "#870087", "#d787ff"),
    "FAC": ("Buildings, airports, highways, bridges, etc.", "#005faf", "#87d7ff"),
    "ORG": ("Companies, agencies, institutions, etc.", "#008787", "#5fd7d7"),
    "GPE": ("Countries, cities, states", "#005f00", "#87d75f"),
    "LOC": ("Non-GPE locations, mountain ranges, bodies of water", "#875f00", "#ffaf5f"),
    "PRODUCT": ("Objects, vehicles, foods, etc. (not services)", "#5f8700", "#d7d75f"),
    "EVENT": ("Named hurricanes, battles, wars, sports events, etc.", "#af0000", "#ff875f"),
    "WORK_OF_ART": ("Titles of books, songs, etc.", "#5f00af", "#d75fd7"),
    "LAW": ("Named documents made into laws.", "#87005f", "#ff87af"),
    "LANGUAGE": ("Any named language", "#870000", "#ff8787"),
    "DATE": ("Absolute or relative dates or periods", "#5f5f87", "#d7d7af"),
    "TIME": ("Times smaller than a day", "#005f5f", "#d7af87"),
    "PERCENT": ('Percentage, including "%"', "#5f8787", "#afd7af"),
    "MONEY": ("Monetary values, including unit", "#87875f", "#d7afaf"),
    "QUANTITY": ("Measurements, as of weight or distance", "#875f5f", "#afafd7"),
    "ORDINAL": ('"first", "second", etc.', "#875f87", "#d7afd7"),
    "CARDINAL": ("Numerals that do not fall under another type", "#5f875f", "#afd7d7"),
}
"""label -> (description as `spacy.explain` gives it, dark background, light background)."""

_ALIASES = {"PER": "PERSON", "PERS": "PERSON"}
"""Labels other languages' pipelines use for a label of the table (French, Spanish: PER)."""

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
    known = _KNOWN.get(_ALIASES.get(label, label))
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
