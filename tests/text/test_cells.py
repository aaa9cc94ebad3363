"""Columns measured in cells: wide scripts must not push the columns after them."""

from __future__ import annotations

import pytest
import rich.cells
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.text.cells import column, count_spacing_marks, fit
from tests.drawn import drawn_cells


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


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("தமிழ்நாடு", 8),  # vowel signs beside their letter: a cell each; the virama none
        ("हिन्दी", 5),
        ("ที่สำคัญ", 5),  # Thai marks stack: none
        ("e\u0301te\u0301", 3),
        ("👨\u200d👩\u200d👧", 2),
        ("مَرْحَبًا", 5),
        ("中文", 4),
    ],
)
def test_rich_counts_the_cells_a_terminal_draws(text: str, cells: int) -> None:
    assert count_spacing_marks()  # conftest did it already; once more changes nothing
    assert cell_len(text) == cells == drawn_cells(text)


def test_a_tamil_title_is_cut_and_padded_as_drawn() -> None:
    title = "தமிழ்நாடு அரசு புதிய கல்விக் கொள்கை"
    assert drawn_cells(column(title, 20)) == 20
    assert drawn_cells(fit(title, 20)) == 20 and fit(title, 20).endswith("…")


def test_a_rich_laid_out_otherwise_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(rich.cells, "load_cell_table")
    assert not count_spacing_marks()
