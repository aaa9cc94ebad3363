"""Every `reader.toml` setting is checked when the workspace opens: a bad one is one
line naming the key and what it takes, whichever command runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.workspace import SETTINGS, Workspace, WorkspaceError
from tests.conftest import ROOT


def _config(tmp_path: Path, text: str) -> Path:
    (tmp_path / "reader.toml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('read_dwell_seconds = "soon"', "read_dwell_seconds must be a number of seconds"),
        ("read_dwell_seconds = -1", "read_dwell_seconds must be a number of seconds"),
        ("read_dwell_seconds = true", "read_dwell_seconds must be a number of seconds"),
        ("read_dwell_seconds = nan", "read_dwell_seconds must be a number of seconds"),
        ("read_dwell_seconds = [1]", "read_dwell_seconds must be a number of seconds"),
        ("model = 3", "model must be a spaCy pipeline name"),
        ('model = ""', "model must be a spaCy pipeline name"),
        ('keymap = "n"', "keymap must be a table"),
        ("read_dwel_seconds = 2", "unknown setting 'read_dwel_seconds'"),
        ("[dwell]\nseconds = 2", "unknown setting 'dwell'"),
        ("advance = 3", "advance must be true or false"),
        ('triage_whole_story = "maybe"', "triage_whole_story must be true or false"),
    ],
)
def test_a_bad_setting_is_one_line_naming_the_key_and_what_it_takes(
    tmp_path: Path, line: str, message: str
) -> None:
    with pytest.raises(WorkspaceError, match=message) as error:
        Workspace.open(_config(tmp_path, line + "\n"))
    assert "\n" not in str(error.value)
    assert str(tmp_path / "reader.toml") in str(error.value)


@pytest.mark.parametrize(
    "text",
    [
        "read_dwell_seconds = 0",
        "read_dwell_seconds = 2.5",
        'read_dwell_seconds = "3"',
        "read_dwell_seconds = false",
        'read_dwell_seconds = "never"',
        'model = "en_core_web_sm"',
        '[keymap]\nquit = "ctrl+q"',
        "advance = false",
        'triage_whole_story = "off"',
    ],
)
def test_good_settings_pass(tmp_path: Path, text: str) -> None:
    assert Workspace.open(_config(tmp_path, text + "\n")).config


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"`{key}" in readme or f"[{key}]" in readme for key in SETTINGS)


def test_every_command_refuses_a_bad_setting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = _config(tmp_path, 'read_dwell_seconds = "soon"\n')
    assert main(["stats", "--workspace", str(workspace)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1
    assert "read_dwell_seconds must be a number of seconds (0 or more) or false, not 'soon'" in err
