"""A footer's words (`footer_words.unsubscribes`) read in the line lowered give the answer of the
pattern ignoring case (`footer_words.UNSUBSCRIBE`) on every line of every open real half, every
generated dump and a bench dump, on any text made of the pattern's letters in any case,
and for every code point `cues.lowers_plainly` lets through: a line read otherwise fails
here, with the line."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from reader.dumps.cues import FOLDS_ODDLY, lowers_plainly
from reader.dumps.footer_words import UNSUBSCRIBE, UNSUBSCRIBE_WORDS, unsubscribes
from tests.dumps.test_line_features import every_line

_LETTERS = frozenset(char for char in re.sub(r"\\.", "", UNSUBSCRIBE_WORDS) if char.isalpha())
_DOTLESS_BESIDE_I = "[ıi]"
"""The one place the words hold a dotless ı: beside the i a pattern ignoring case reads it
as (and reads i as ı), so lowered or not, the class takes the same characters."""
_WORD = re.compile(r"\w")


def test_the_words_are_written_in_lower_case() -> None:
    assert UNSUBSCRIBE_WORDS.lower() == UNSUBSCRIBE_WORDS


def test_lowered_words_are_the_pattern_s_answer_on_every_line() -> None:
    lines = every_line()
    answers = [bool(UNSUBSCRIBE.search(line)) for line in lines]
    assert sum(answers) > 10
    for line, answer in zip(lines, answers, strict=True):
        assert unsubscribes(line) == answer, line


_PIECES = st.sampled_from(
    [
        "Unsubscribe",
        "UNSUBSCRIBE",
        "Désinscrire",
        "DÉSABONNER",
        "Abmelden",
        "ZREZYGNOWAĆ z subskrypcji",
        "Zarządzaj SUBSKRYPCJĄ",
        "ODHLÁSIT odběr",
        "Abonelikten ÇIK",
        "abonelikten çİk",
        "You’re receiving this",
        "YOU'RE A FREE SUBSCRIBER",
        "Newsletter AUSTRAGEN",
        "erhältst diese",
        " ",
        "\n",
        "ſ",
        "K",
        "ı",
        "İ",
    ]
)
_CASED = st.text(alphabet=sorted(_LETTERS | {c.upper() for c in _LETTERS} | set(FOLDS_ODDLY)))


@given(st.lists(st.one_of(_PIECES, _CASED), max_size=8).map("".join))
def test_lowered_words_are_the_pattern_s_answer_on_any_casing(text: str) -> None:
    assert unsubscribes(text) == bool(UNSUBSCRIBE.search(text))


def test_lowering_reads_every_plain_character_as_the_pattern_ignoring_case_does() -> None:
    """Where `lowers_plainly` lets a character through, it is lowered to one character, a
    word character where it was one, and the pattern ignoring case reads it as one of the
    footer words' letters exactly when it lowers to that letter."""
    assert "ı" not in UNSUBSCRIBE_WORDS.replace(_DOTLESS_BESIDE_I, "")
    letters = _LETTERS - {"ı"}
    plain = "".join(
        chr(point)
        for point in range(sys.maxunicode + 1)
        if not 0xD800 <= point < 0xE000 and lowers_plainly(chr(point))
    )
    lowered = plain.lower()
    assert len(lowered) == len(plain)
    assert [m.start() for m in _WORD.finditer(plain)] == [
        m.start() for m in _WORD.finditer(lowered)
    ]
    ignoring = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    read = {m.start() for m in ignoring.finditer(plain)}
    assert read == {at for at, char in enumerate(lowered) if char in letters}
    for at in read:
        char = plain[at]
        as_letters = {a for a in letters if re.fullmatch(re.escape(a), char, re.IGNORECASE)}
        assert as_letters == {lowered[at]}, char
