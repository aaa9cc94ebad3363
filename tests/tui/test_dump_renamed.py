"""Pilot tests: a dump renamed, before a start or while the app runs, keeps its corrections."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input

from reader.store import Store
from reader.tui.presenters.session import open_session
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.workspace import Workspace
from tests.annotation.test_dump_moves import BROKEN_OFF, OLD_STORE
from tests.conftest import SEED
from tests.tui.helpers import screen_lines, settle, until
from tests.tui.test_triage_keys import SIZE, app_on, listed


def _workspace(tmp_path: Path) -> Workspace:
    """The store 6f4e3d3 wrote on seeds/old.txt, the dump renamed seeds/new.txt."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "annotations").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "new.txt")
    shutil.copy(OLD_STORE, tmp_path / "annotations" / "reader.json")
    return Workspace.open(tmp_path)


async def test_a_dump_renamed_before_the_start_is_listed_as_corrected(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    with Store(workspace.store_path, root=workspace.root) as store:
        app = app_on(open_session(workspace, [], store))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert listed(app)[0] == "Retitled by hand" and len(listed(app)) == 3
            assert app.triage.state(BROKEN_OFF) == "starred"
            assert any("old.txt is now new.txt" in note for note in app.notes)


async def test_a_dump_renamed_while_the_app_runs_keeps_its_corrections(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    with Store(workspace.store_path, root=workspace.root) as store:
        session = open_session(workspace, [], store)
        assert session.inbox is not None
        session.inbox = session.inbox._replace(settle=0.1)
        app = app_on(session)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            (tmp_path / "seeds" / "new.txt").rename(tmp_path / "seeds" / "newer.txt")
            await until(pilot, lambda: any("new.txt is now newer.txt" in n for n in app.notes))
            await settle(pilot)
            newer = str(tmp_path / "seeds" / "newer.txt")
            shown = "\n".join(screen_lines(app.query_one(ArticleView)))
            assert "newer.txt" in shown and "new.txt + " not in shown  # the old path went
            rows = "\n".join(screen_lines(app.query_one(ArticleList)))
            assert "newer.txt" in rows and " new.txt " not in rows  # each row names it too
            assert {a.source for a in app.triage.library.articles} == {newer}
            assert app.triage.library.dumps() == (newer,)  # the filter offers it alone
            assert listed(app)[0] == "Retitled by hand" and len(listed(app)) == 3
            await pilot.press("u")  # undoes the passage: every correction applied again
            await settle(pilot)
            assert listed(app)[0] == "Retitled by hand" and len(listed(app)) == 3
            await pilot.press("j", "j", "enter", "T")  # retitle, listed from the old path
            await settle(pilot)
            app.screen.query_one(Input).value = ""
            await pilot.press(*"Again", "enter")
            await settle(pilot)
            assert listed(app)[2] == "Again"
        assert {c.source for c in store.article_corrections()} == {newer}
