"""Columns measured in cells: wide scripts must not push the columns after them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.text.cells import column, fit


def test_fit_cuts_with_an_ellipsis_by_cells() -> None:
    assert fit("abcdef", 4) == "abc…"
    assert fit("漢字漢字", 5) == "漢字…"
    assert fit("abc", 3) == "abc"
    assert fit("abc", 0) == ""


def test_a_column_pads_wide_titles_by_cells_not_code_points() -> None:
    assert column("漢字", 6) == "漢字  "
    assert column("ab", 6) == "ab    "
    assert column("漢字漢字", 5) == "漢字…"


@given(st.text(alphabet=st.sampled_from(list("ab é漢字ｶ")), max_size=40), st.integers(1, 30))
def test_a_column_is_always_its_width(text: str, width: int) -> None:
    assert cell_len(column(text, width)) == width
