"""The command line each browser tab runs: the TUI on the same workspace, store and dumps."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from reader.serving.access import ServeError
from reader.serving.command import tab_command
from reader.workspace import Workspace


def test_a_tab_opens_the_tui_on_the_same_workspace_store_and_dumps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a b.txt").write_text("A title\n\nA body.\n", encoding="utf-8")
    workspace = Workspace.open(Path("my work"), Path("other store.json"))
    argv = shlex.split(tab_command(workspace, [Path("seeds/a b.txt")], model="en_core_web_sm"))
    assert argv[:4] == [sys.executable, "-m", "reader", "open"]
    assert argv[argv.index("--workspace") + 1] == str(tmp_path / "my work")
    assert argv[argv.index("--db") + 1] == str(tmp_path / "other store.json")
    assert argv[argv.index("--model") + 1] == "en_core_web_sm"
    assert argv[-2:] == ["--", str(tmp_path / "seeds" / "a b.txt")]


def test_a_hostile_path_stays_one_argument(tmp_path: Path) -> None:
    odd = tmp_path / "x; echo hi $(id) `id` 'q\".txt"
    odd.write_text("A title\n\nA body.\n", encoding="utf-8")
    argv = shlex.split(tab_command(Workspace.open(tmp_path), [odd]))
    assert argv[-1] == str(odd)
    assert "--db" not in argv and "--model" not in argv


def test_a_path_that_does_not_exist_is_refused_before_any_tab(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match=r"no such dump file or folder: .*gone\.txt"):
        tab_command(Workspace.open(tmp_path), [tmp_path / "gone.txt"])
