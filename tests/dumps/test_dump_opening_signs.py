"""A title that opens with a control character (a bell, an escape sequence, a NUL: noise
a terminal or a bad copy leaves) still starts its article.

Found by odd16 (session 16), handed to split16, who owns the rules: `roles._shape` reads
a title's first character to judge whether it can be a headline, and a control character
is neither a capital, a digit nor an opener, so the line is no headline and its article
is welded to the one above (1 article where 2 are meant). Escape sequences, C0 and C1
controls and DEL at the start of a title all did it; at the end or in the middle, none.
A title opening with an emoji or a symbol (a newsletter's "🔥 Breaking: …") was welded
the same way, by the same test of its first character. shape17 (session 17) reads past
them (`openings.past_dressing`); a list whose items open with the same symbol, an arrow
pointing to a link and a boxed label are still no headlines.
"""

from __future__ import annotations

import pytest

from reader.dumps.load import split_text
from reader.dumps.openings import past_dressing
from tests.dumps.two_articles import (
    FIRST_ARTICLE,
    FIRST_TITLE,
    articles_with_second,
    titles_with_second,
)

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


@pytest.mark.parametrize("sign", OPENING_SIGNS.values(), ids=list(OPENING_SIGNS))
def test_a_title_opening_with_an_emoji_starts_its_article(sign: str) -> None:
    assert titles_with_second(f"{sign}Flood hits the old town", source="signs.txt") == [
        FIRST_TITLE,
        f"{sign}Flood hits the old town",
    ]


SIGNED = {
    "French": (
        "🔥 Incendie dans une usine près de Lyon",
        "Un incendie s'est déclaré mardi soir dans une usine chimique. "
        "Aucun blessé n'est à déplorer selon les pompiers.",
    ),
    "German": (
        "⚡ Stromausfall legt Berliner Osten lahm",
        "Ein Stromausfall hat am Montag mehrere Bezirke getroffen. "
        "Der Netzbetreiber sucht nach der Ursache.",
    ),
    "Russian": (
        "🚨 Наводнение в старом городе",
        "Сильный дождь затопил несколько улиц старого города. Жителей эвакуировали.",
    ),
    "Arabic": (
        "📢 فيضانات في المدينة القديمة",
        "غمرت الأمطار الغزيرة عدة شوارع في المدينة القديمة. وتم إجلاء السكان.",
    ),
}


@pytest.mark.parametrize(("title", "body"), SIGNED.values(), ids=list(SIGNED))
def test_a_title_opening_with_an_emoji_starts_its_article_in_any_language(
    title: str, body: str
) -> None:
    assert articles_with_second(title, body, "signs.txt")[1:] == [(title, body)]


LISTS = {
    "emoji": "🔹",
    "check": "✅",
    "star": "★",
    "pointing hand": "👉",
    "arrow": "➡️",
}


@pytest.mark.parametrize("together", [True, False], ids=["block", "spaced"])
@pytest.mark.parametrize("sign", LISTS.values(), ids=list(LISTS))
def test_a_list_whose_items_open_with_a_symbol_stays_in_its_article(
    sign: str, together: bool
) -> None:
    """The near miss: the same items, each headline-shaped past its symbol, are a list of
    the article's, not a run of headlines."""
    items = [
        f"{sign} Lower fees for small shops in the centre",
        f"{sign} New bus lanes on the ring road",
        f"{sign} More money for the public library",
    ]
    dump = (
        f"{FIRST_ARTICLE[:-2]}The plan includes:\n\n"
        + ("\n" if together else "\n\n").join(items)
        + "\n\nThe mayor said work would begin in March. The opposition voted against.\n"
    )
    (article,) = split_text(dump, "list.txt", "utf-8")
    assert article.title == FIRST_TITLE
    assert all(item in article.body for item in items)
    assert article.body.endswith("The opposition voted against.")


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("\x1b[1;31mFlood hits", "Flood hits"),
        ("\x1b]0;title\x1b\\Flood hits", "Flood hits"),
        ("\x9b2JFlood hits", "Flood hits"),
        ("\x00\x07 🔥 Flood hits", "Flood hits"),
        ("👨\u200d👩\u200d👧 Family day", "Family day"),
        ("▼続きを読む https://example.org/", "▼続きを読む https://example.org/"),
        ("■ セキュリティ", "■ セキュリティ"),
        ("→ Read more", "→ Read more"),
        ("+5% for the index", "+5% for the index"),
        ("$3bn deal signed", "$3bn deal signed"),
    ],
)
def test_what_is_read_past_at_a_line_s_head(written: str, words: str) -> None:
    """Escape sequences, controls, emoji and symbols are read past; an arrow or a box (a
    link's pointer, a label's mark), a sign or a currency symbol is where words begin."""
    assert past_dressing(written) == words
