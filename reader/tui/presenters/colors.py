"""Entity highlight colours: a label's background per theme, and a text colour that reads on it."""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color
from rich.style import Style

_BLACK = "#000000"
_WHITE = "#ffffff"


def _luminance(hex_colour: str) -> float:
    """WCAG relative luminance of an `#rrggbb` colour."""
    triplet = Color.parse(hex_colour).get_truecolor()

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in triplet)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(background: str) -> str:
    """Black or white, whichever contrasts more with `background`."""
    return _BLACK if contrast(background, _BLACK) >= contrast(background, _WHITE) else _WHITE


@lru_cache(maxsize=256)
def entity_style(label: str, dark: bool) -> Style:
    """How an entity of `label` is drawn on a dark or a light theme. The labels' glossary is
    imported at the first entity drawn: the first frame draws none (its module and its
    dataclass cost that frame some 5 M instructions)."""
    from reader.nlp.glossary import label_style

    style = label_style(label)
    background = style.dark if dark else style.light
    return Style(bgcolor=background, color=readable_on(background))


def foreground(style: Style) -> Style:
    """A widget's full component style minus its background, to draw over other backgrounds.

    Textual's partial component styles cannot resolve semi-transparent colours such as
    `$text-muted` (they come out white); full styles blend them against the real
    background, and dropping that background lets them sit on a cursor or a highlight.
    """
    return Style(
        color=style.color,
        bold=style.bold,
        dim=style.dim,
        italic=style.italic,
        underline=style.underline,
        strike=style.strike,
        reverse=style.reverse,
    )
