"""Untrusted text made safe for a terminal, one character for one."""

from __future__ import annotations

import pytest

from reader.text.safe import visible, visible_line

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"


@pytest.mark.parametrize(
    "text",
    [
        f"Council {RLO}approves{PDF} budget",  # an override, closed
        f"Council {RLO}approves budget",  # left open: the rest of the line reversed
        f"{RLI}مرحبا{PDI} world",  # an isolate
        "\u202a\u202b\u202d\u2066\u2068 every other embedding and isolate",
    ],
)
def test_explicit_bidi_controls_are_shown_not_obeyed(text: str) -> None:
    for shown in (visible(text), visible_line(text)):
        assert len(shown) == len(text)  # offsets hold
        assert not any("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" for c in shown)
        assert "\ufffd" in shown


def test_right_to_left_text_and_its_marks_are_kept() -> None:
    text = "مرحبا\u200f بالعالم \u200eשלום עולם\u061c 2025"
    assert visible(text) == text
