"""A title that opens with a control character (a bell, an escape sequence, a NUL: noise
a terminal or a bad copy leaves) still starts its article.

Found by odd16 (session 16), handed to split16, who owns the rules: `roles._shape` reads
a title's first character to judge whether it can be a headline, and a control character
is neither a capital, a digit nor an opener, so the line is no headline and its article
is welded to the one above (1 article where 2 are meant). Escape sequences, C0 and C1
controls and DEL at the start of a title all do it; at the end or in the middle, none.
A title opening with an emoji or a symbol (a newsletter's "🔥 Breaking: …") is welded
the same way, by the same test of its first character. When the rules are fixed these
tests pass, and their strict `xfail` must go.
"""

from __future__ import annotations

import pytest

from tests.dumps.two_articles import FIRST_TITLE, titles_with_second

OPENING_SIGNS = {
    "fire": "🔥 ",
    "family (ZWJ)": "👨\u200d👩\u200d👧 ",
    "heart (VS16)": "❤️ ",
    "flag": "🇫🇷 ",
    "star": "★ ",
}
OPENING_NOISE = {
    "bell": "\x07",
    "nul": "\x00",
    "csi colour": "\x1b[31m",
    "osc title": "\x1b]0;pwned\x07",
    "c1 csi": "\x9b31m",
    "delete": "\x7f",
}


@pytest.mark.xfail(
    strict=True, reason="split16: roles._shape reads the control as the title's first letter"
)
@pytest.mark.parametrize("noise", OPENING_NOISE.values(), ids=list(OPENING_NOISE))
def test_a_title_opening_with_a_control_character_starts_its_article(noise: str) -> None:
    assert titles_with_second(f"{noise}Flood hits the old town", source="noise.txt") == [
        FIRST_TITLE,
        f"{noise}Flood hits the old town",  # the title as written: no character lost
    ]


@pytest.mark.parametrize("noise", OPENING_NOISE.values(), ids=list(OPENING_NOISE))
def test_a_control_character_inside_a_title_changes_nothing(noise: str) -> None:
    assert titles_with_second(f"Flood hits{noise} the old town", source="noise.txt") == [
        FIRST_TITLE,
        f"Flood hits{noise} the old town",
    ]


@pytest.mark.xfail(
    strict=True, reason="split16: roles._shape reads the sign as the title's first letter"
)
@pytest.mark.parametrize("sign", OPENING_SIGNS.values(), ids=list(OPENING_SIGNS))
def test_a_title_opening_with_an_emoji_starts_its_article(sign: str) -> None:
    assert titles_with_second(f"{sign}Flood hits the old town", source="signs.txt") == [
        FIRST_TITLE,
        f"{sign}Flood hits the old town",
    ]
