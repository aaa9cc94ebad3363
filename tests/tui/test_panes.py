"""The list's share of the terminal and the article's measure, without Textual."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.tui.presenters.panes import (
    DEFAULT_MEASURE,
    DEFAULT_SHARE,
    GUTTER,
    MIN_LIST,
    MIN_READING,
    STEP,
    TextFrame,
    list_columns,
    measure_setting,
    saved_share,
    share_for,
    share_setting,
    stepped,
    text_frame,
)
from reader.workspace import Workspace, WorkspaceError


@pytest.mark.parametrize(("width", "columns"), [(80, 27), (120, 40), (200, 67)])
def test_the_list_takes_a_third_of_the_terminal_by_default(width: int, columns: int) -> None:
    assert list_columns(width, DEFAULT_SHARE) == columns


def test_the_list_and_the_article_keep_their_minimums() -> None:
    assert list_columns(200, 0.1) == MIN_LIST
    assert list_columns(80, 0.9) == 80 - MIN_READING
    assert list_columns(40, 0.5) == MIN_LIST


def test_a_key_press_moves_the_divider_by_a_step_and_stops_at_the_bounds() -> None:
    share = stepped(120, DEFAULT_SHARE, 1)
    assert list_columns(120, share) == 40 + STEP
    assert list_columns(120, stepped(120, share, -2)) == 40 - STEP
    assert list_columns(120, stepped(120, 0.1, -1)) == MIN_LIST


def test_the_share_carries_a_chosen_width_to_another_terminal() -> None:
    share = share_for(100, 50)
    assert share == 0.5
    assert list_columns(200, share) == 100
    assert share_for(100, 5) == MIN_LIST / 100
    assert share_for(0, 30) == DEFAULT_SHARE


def test_a_saved_share_that_is_not_one_falls_back() -> None:
    assert saved_share(0.4, DEFAULT_SHARE) == 0.4
    for junk in (None, "0.4", True, 2.0, -1, float("nan")):
        assert saved_share(junk, 0.25) == 0.25


def test_text_wraps_at_the_measure_centred_with_the_gutter_beside_it() -> None:
    assert text_frame(200, 90) == TextFrame((200 - GUTTER - 90) // 2, 90)
    assert text_frame(60, 90) == TextFrame(0, 60 - GUTTER)
    assert text_frame(0, 90) == TextFrame(0, 0)
    assert text_frame(100, 90).left == (100 - GUTTER - 90) // 2 + GUTTER


def test_reader_toml_sets_the_share_and_the_measure(tmp_path: Path) -> None:
    assert share_setting(Workspace.open(tmp_path)) == DEFAULT_SHARE
    assert measure_setting(Workspace.open(tmp_path)) == DEFAULT_MEASURE
    (tmp_path / "reader.toml").write_text("list_share = 0.25\nmeasure = 72\n")
    workspace = Workspace.open(tmp_path)
    assert (share_setting(workspace), measure_setting(workspace)) == (0.25, 72)


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("list_share = 1.5", "list_share must be a share of the terminal from 0.1 to 0.9"),
        ('list_share = "wide"', "list_share must be"),
        ("measure = 10", "measure must be a whole number of columns, 20 or more"),
        ("measure = 90.5", "measure must be"),
        ("measure = true", "measure must be"),
    ],
)
def test_bad_values_in_reader_toml_are_named(tmp_path: Path, line: str, says: str) -> None:
    (tmp_path / "reader.toml").write_text(line + "\n")
    with pytest.raises(WorkspaceError, match=says):
        Workspace.open(tmp_path)
