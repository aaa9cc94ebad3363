from __future__ import annotations

from pathlib import Path

import pytest

from reader.library.dwell import DEFAULT_DWELL_SECONDS, DwellPolicy, parse_dwell
from reader.workspace import Workspace, WorkspaceError


def test_an_article_is_due_once_after_the_dwell() -> None:
    policy = DwellPolicy(1.5)
    policy.open("a", now=10.0)
    assert policy.remaining(10.5) == pytest.approx(1.0)
    assert policy.due(11.4) is None
    assert policy.due(11.5) == "a"
    assert policy.due(20.0) is None
    assert policy.remaining(20.0) is None


def test_moving_on_before_the_dwell_marks_nothing() -> None:
    policy = DwellPolicy(1.5)
    policy.open("a", now=0.0)
    policy.open("b", now=1.0)
    assert policy.due(2.0) is None
    assert policy.due(2.5) == "b"
    policy.open("c", now=3.0)
    policy.close()
    assert policy.due(10.0) is None
    assert policy.article is None


def test_showing_the_same_article_again_keeps_its_clock() -> None:
    policy = DwellPolicy(1.0)
    policy.open("a", now=0.0)
    policy.open("a", now=0.9)
    assert policy.due(1.0) == "a"


def test_zero_marks_at_once_and_off_never_marks() -> None:
    at_once = DwellPolicy(0.0)
    at_once.open("a", now=5.0)
    assert at_once.due(5.0) == "a"
    never = DwellPolicy(None)
    never.open("a", now=0.0)
    assert never.remaining(100.0) is None and never.due(100.0) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, DEFAULT_DWELL_SECONDS), ("2", 2.0), (" 0.25 ", 0.25), ("0", 0.0), ("False", None)],
)
def test_setting_values(value: str | None, expected: float | None) -> None:
    assert parse_dwell(value) == expected


@pytest.mark.parametrize("value", ["-1", "soon", "nan", "inf", ""])
def test_bad_setting_is_a_one_line_error(value: str) -> None:
    with pytest.raises(WorkspaceError, match="read_dwell_seconds must be"):
        parse_dwell(value)


def test_the_workspace_setting_is_read(tmp_path: Path) -> None:
    (tmp_path / "reader.toml").write_text("read_dwell_seconds = 3\n", encoding="utf-8")
    assert DwellPolicy.from_workspace(Workspace.open(tmp_path)).seconds == 3.0
    (tmp_path / "reader.toml").write_text("read_dwell_seconds = false\n", encoding="utf-8")
    assert DwellPolicy.from_workspace(Workspace.open(tmp_path)).seconds is None
