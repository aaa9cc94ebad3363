"""The app's close leaves the jsonl export's tokens to be made only when annotations changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import Store
from reader.subcommands import tokens_ahead
from reader.tui import launch
from reader.workspace import Workspace


@pytest.mark.parametrize(("annotating", "left"), [(True, 1), (False, 0)])
def test_a_session_leaves_the_tokens_to_be_made_only_when_its_annotations_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, annotating: bool, left: int
) -> None:
    workspace = Workspace.open(tmp_path)
    started: list[Workspace] = []
    monkeypatch.setattr(tokens_ahead, "leave_behind", started.append)
    monkeypatch.setattr(launch, "is_whole_process", lambda: True)
    rest = launch.Rest(workspace, [], None, None)  # type: ignore[arg-type]
    rest.store = Store(workspace.store_path)
    rest.store.set_state("0123456789abcdef", "kept")
    if annotating:
        rest.store.add_annotation("0123456789abcdef", "Some body text.", 0, 4, tags=["key"])
    rest.close()
    launch._tokens_ahead(workspace, rest)
    assert started == [workspace] * left
