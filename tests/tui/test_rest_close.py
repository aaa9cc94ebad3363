"""What reader says as it ends with changes a full disk would not let it save."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.store import Store, StoreWriteError
from reader.tui.launch import Rest
from reader.tui.presenters.opening import plan_opening
from reader.workspace import Workspace
from tests.conftest import SEED


def test_changes_left_unsaved_as_reader_ends_are_said_not_saved_and_the_rest_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """q pressed twice on a full disk (the second "quits without saving them"): the store's
    last save failed as reader ended, and its error said the changes were "kept in memory
    and saved at the next change or retry", with no next change to come, and the store
    was left open. Now it says they are not in the store, which keeps what was saved."""
    from reader.store import _storage

    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "a.txt")
    workspace = Workspace.open(tmp_path)
    rest = Rest(workspace, [], plan_opening(workspace, []), None)
    rest.store = store = Store(workspace.store_path, root=workspace.root)
    store.set_state("0123456789abcdef", "starred")

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_storage, "write_atomically", disk_full)
    with pytest.raises(StoreWriteError):
        store.set_state("fedcba9876543210", "starred")
    with pytest.raises(StoreWriteError) as told:
        rest.close()
    assert str(told.value).endswith(
        "No space left on device; the changes made since its last save are not in it "
        "(the rest of your work is)"
    )
    monkeypatch.undo()
    with Store(workspace.store_path, root=workspace.root) as kept:  # its lock let go
        assert set(kept.states()) == {"0123456789abcdef"}
