"""Which text folds by case alone, so search can read it as lowered UTF-8."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.text.folding import (
    STRAIGHTENED_UTF8,
    fold,
    fold_query,
    folds_by_case,
    folds_to_lower,
    to_ascii,
)

_STRAIGHTENED = {curly.decode(): straight.decode() for curly, straight in STRAIGHTENED_UTF8}


@given(
    st.text(
        alphabet=st.sampled_from(
            "aZ0 _\x00\n-'\"\u2018\u2019\u201c\u201d\u2014\u2016\u00e9\u00df\u0130\u2026"
        ),
        max_size=30,
    )
)
def test_text_that_folds_by_case_folds_to_its_lower_case_straightened(text: str) -> None:
    straightened = "".join(_STRAIGHTENED.get(char, char) for char in text)
    folded, mapping = fold(text)
    if folds_by_case(text):
        assert (folded, mapping) == (straightened.lower(), None)
        assert folded.isascii()
    else:
        assert any(not char.isascii() and char not in _STRAIGHTENED for char in text)


def test_every_curly_form_is_three_bytes_from_one_lead() -> None:
    assert {curly[:2] for curly, _ in STRAIGHTENED_UTF8} == {b"\xe2\x80"}
    assert {len(curly) for curly, _ in STRAIGHTENED_UTF8} == {3}
    assert {straight for _, straight in STRAIGHTENED_UTF8} == {b"'", b'"', b"-"}


@given(st.text(alphabet=st.sampled_from("aZ0 .\t\n\x1c\x0b\u00a0\u00e9\u2019\u0130"), max_size=20))
def test_a_query_that_folds_to_lower_is_its_lower_case(text: str) -> None:
    if folds_to_lower(text):
        assert fold_query(text) == text.lower()
    else:  # what it says no to: a space to collapse, or more than ASCII letters to lower
        assert fold_query(text) != text.lower() or not text.isascii() or not text.isprintable()


def test_plain_titles_fold_to_lower_and_spaced_ones_do_not() -> None:
    assert folds_to_lower("Hegseth Insists Strikes Were Legal, Says Pentagon")
    assert not folds_to_lower(" Leading space") and not folds_to_lower("Two  spaces")
    assert not folds_to_lower("Tab\tinside") and not folds_to_lower("Élan") and folds_to_lower("")


@pytest.mark.parametrize(
    ("text", "ascii_form"),
    [("Août", "Aout"), ("ﬁnal", "final"), ("Straße", "Strae"), ("日本 news", " news"), ("", "")],
)
def test_to_ascii_takes_accents_off_and_leaves_out_what_has_no_ascii_form(
    text: str, ascii_form: str
) -> None:
    assert to_ascii(text) == ascii_form


@given(st.text(max_size=30))
def test_to_ascii_is_the_nfkd_idiom_dates_and_brat_each_wrote(text: str) -> None:
    """dates._plain and brat.slug folded by this idiom, each its own copy, before to_ascii."""
    assert to_ascii(text) == unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
