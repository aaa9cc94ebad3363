"""On/off settings in reader.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library.switches import switch
from reader.workspace import Workspace, WorkspaceError


def _workspace(tmp_path: Path, text: str) -> Workspace:
    (tmp_path / "reader.toml").write_text(text, encoding="utf-8")
    return Workspace.open(tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", True),
        ("advance = false\n", False),
        ("advance = true\n", True),
        ('advance = "off"\n', False),
        ('advance = " Yes"\n', True),
    ],
)
def test_switches_read_true_false_and_default(tmp_path: Path, text: str, expected: bool) -> None:
    assert switch(_workspace(tmp_path, text), "advance", True) is expected


def test_a_value_that_is_no_switch_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="advance must be true or false"):
        _workspace(tmp_path, "advance = 3\n")
