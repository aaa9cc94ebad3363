"""A folder of dumps keeps notes about itself (README.md, SOURCES.md): opened whole, the
folder's dumps are listed and its notes left out, with a word saying so; named on its own,
a note opens as any file does.

`reader tests/fixtures/dumps/real/fresh35` listed its SOURCES.md as an article to triage
among the news ("Thirty-fifth fresh half …", counted in "triaged 0 of 74"), silently.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bench import corpus
from reader.store import Store
from reader.tui.presenters.opening import InboxPlan
from reader.tui.presenters.session import open_session
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.helpers import Noted, make_session, settle, until

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


async def test_a_readme_dropped_into_the_watched_seeds_is_left_out_with_the_same_notice(
    tmp_path: Path,
) -> None:
    """A README dropped into `seeds/` while reader ran was skipped without a word, where
    one there at start gets the notice; and the dump dropped beside it is listed."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    app = Noted(make_session(inbox=InboxPlan(seeds, {}, settle=0.1)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        (seeds / "README.md").write_text(NOTES["README.md"], encoding="utf-8")
        await until(pilot, lambda: any("README.md" in note for note in app.notes))
        (told,) = [note for note in app.notes if "README.md" in note]
        assert "notes, not dumps: name one to open it" in told
        (seeds / "wire.txt").write_text(corpus.dump(2, seed=3), encoding="utf-8")
        await until(pilot, lambda: "2 new articles from wire.txt" in app.notes)
        assert all(Path(a.source).name != "README.md" for a in app.library.articles)
        assert len([note for note in app.notes if "README.md" in note]) == 1  # told once
