"""A folder of dumps keeps notes about itself (README.md, SOURCES.md): opened whole, the
folder's dumps are listed and its notes left out, with a word saying so; named on its own,
a note opens as any file does.

`reader tests/fixtures/dumps/real/fresh35` listed its SOURCES.md as an article to triage
among the news ("Thirty-fifth fresh half …", counted in "triaged 0 of 74"), silently.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.store import Store
from reader.tui.presenters.session import open_session
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.helpers import Noted, settle

NOTES = {
    "README.md": "# About these dumps\n\nSaved from the wire in March; see SOURCES.md.\n",
    "SOURCES.md": "# Sources\n\nEach dump's pages, with their licences.\n",
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "dumps"
    folder.mkdir()
    shutil.copy(SEED, folder / "wire.txt")
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


async def test_a_folder_opened_whole_lists_its_dumps_and_says_its_notes_were_left_out(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    workspace = Workspace.open(tmp_path)
    session = open_session(workspace, [folder], Store(workspace.store_path))
    app = Noted(session)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert {Path(a.source).name for a in app.library.articles} == {"wire.txt"}
        (told,) = [note for note in app.notes if "README.md" in note]
        assert "SOURCES.md" in told and "name one to open it" in told
        app.session.store.close()
