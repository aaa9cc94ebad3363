"""The TUI's export (`E`) carries the corrections and the entity work, and a workspace that
imported it opens on the same corrected articles, with the work on them."""

from __future__ import annotations

from pathlib import Path

import orjson

from reader.cli import main
from reader.store import Store
from reader.tui.presenters.session import open_session
from reader.workspace import Workspace
from tests.interchange.test_import_corrections import seed_copy, worked
from tests.tui.helpers import settle
from tests.tui.test_triage_keys import SIZE, app_on, listed


async def test_the_tui_s_export_moves_the_work_to_another_workspace(tmp_path: Path) -> None:
    one = Workspace.open(tmp_path / "one")
    dump = seed_copy(one.root)
    store = Store(one.store_path)
    articles = worked(store, dump)
    app = app_on(open_session(one, [], store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E", "enter")
        await settle(pilot)
    store.close()
    (written,) = one.exports_dir.iterdir()
    document = orjson.loads(written.read_bytes())
    assert len(document["corrections"]) == 4
    assert sum(len(a.get("entity_edits", ())) for a in document["articles"]) == 2
    two = Workspace.open(tmp_path / "two")
    seed_copy(two.root)
    assert main(["import", str(written), "--workspace", str(two.root)]) == 0
    store = Store(two.store_path)
    session = open_session(two, [], store)
    assert session.stale == []  # every correction applies to the copy of the dump
    app = app_on(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert sorted(listed(app)) == sorted(a.title for a in articles)
        assert app.triage.state(articles[2].id) == "starred"
        assert [a.note for a in store.annotations(articles[2].id)] == ["goals"]
        assert articles[1].id in store.checked()
    store.close()
