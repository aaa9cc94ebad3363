"""The app's own settings in the store: kept across a reopen, never an undo step."""

from __future__ import annotations

from pathlib import Path

from reader.store import Store


def test_a_setting_outlives_the_store_and_is_no_undo_step(tmp_path: Path) -> None:
    path = tmp_path / "reader.json"
    with Store(path) as store:
        assert store.setting("list_share") is None
        store.put_setting("list_share", 0.25)
        store.put_setting("list_share", 0.4)
        assert store.undo() is None
    with Store(path) as store:
        assert store.setting("list_share") == 0.4
    with Store(path, read_only=True) as store:
        store.put_setting("list_share", 0.5)
        assert store.setting("list_share") == 0.5
    with Store(path) as store:
        assert store.setting("list_share") == 0.4
