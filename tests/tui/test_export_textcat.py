"""`E`, then Prodigy text classification: the triage written as tasks accepting or rejecting
a label, from the app as `reader export -f prodigy-textcat` writes it."""

from __future__ import annotations

import json
from pathlib import Path

from reader.interchange.export import FORMATS
from reader.store import Store
from reader.tui.dialogs.export import ExportDialog
from reader.workspace import Workspace
from tests.tui.helpers import make_session, settle, until
from tests.tui.test_triage_keys import SIZE, app_on


async def test_the_export_dialog_writes_the_triage_as_textcat_tasks(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path)
    app = app_on(make_session(store=Store(workspace.store_path), workspace=workspace))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first, second = app.library.articles[:2]
        await pilot.press("s")  # starred: accepts the label
        await until(pilot, lambda: app.triage.state(first.id) == "starred")
        app.triage.store.set_state(second.id, "discarded")
        await pilot.press("E")
        assert isinstance(app.screen, ExportDialog)
        await pilot.press(*["j"] * list(FORMATS).index("prodigy-textcat"), "enter")
        await until(
            pilot, lambda: workspace.exports_dir.is_dir() and any(workspace.exports_dir.iterdir())
        )
        await settle(pilot)
        (written,) = workspace.exports_dir.iterdir()
        tasks = [json.loads(line) for line in written.read_text(encoding="utf-8").splitlines()]
    assert written.name.startswith("reader-prodigy-textcat-") and written.suffix == ".jsonl"
    assert [(t["meta"]["article_id"], t["label"], t["answer"]) for t in tasks] == [
        (first.id, "RELEVANT", "accept"),
        (second.id, "RELEVANT", "reject"),
    ]
    assert any("exported the triage of 2 articles as prodigy-textcat" in n for n in app.notes)
