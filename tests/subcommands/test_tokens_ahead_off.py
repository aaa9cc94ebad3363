"""The tokens made ahead after the app closes (`reader.subcommands.tokens_ahead`) can be
switched off, and are not started where they could not run meekly.

The process had no off switch (a shared machine, a laptop on battery), and needs
`os.nice` and `signal.alarm`, which Windows lacks: there it died at once, a process spent
for nothing. Either way the first `jsonl` export makes the tokens itself.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from types import ModuleType

import pytest

from reader.subcommands import tokens_ahead
from reader.workspace import Workspace


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The argv of each process `leave_behind` starts (none is)."""
    argvs: list[object] = []
    monkeypatch.setattr(tokens_ahead.subprocess, "Popen", lambda argv, **_: argvs.append(argv))
    return argvs


def test_reader_toml_switches_it_off(tmp_path: Path, started: list[object]) -> None:
    for switched in ("false", "true"):
        (tmp_path / "reader.toml").write_text(f"tokens_ahead = {switched}\n", encoding="utf-8")
        tokens_ahead.leave_behind(Workspace.open(tmp_path))
    assert started == [tokens_ahead.command(Workspace.open(tmp_path))]


@pytest.mark.parametrize(("module", "name"), [(os, "nice"), (signal, "alarm")])
def test_where_it_could_not_run_meekly_it_is_not_started(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    started: list[object],
    module: ModuleType,
    name: str,
) -> None:
    monkeypatch.delattr(module, name)
    tokens_ahead.leave_behind(Workspace.open(tmp_path))
    assert started == []
