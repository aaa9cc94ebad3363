"""A big dump fills the list as the splitter finds its articles; keys answer meanwhile."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.article import Article
from reader.dumps.load import load_dump
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.presenters.session import open_session
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.fakes import FakeService
from tests.tui.helpers import until


async def test_the_list_fills_while_a_big_dump_splits_and_keys_answer_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "big.txt")
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
    first, second = load_dump(tmp_path / "seeds" / "big.txt")
    more = threading.Event()

    def held_split(path: Path) -> Iterator[Article]:
        yield first
        assert more.wait(60)
        yield second

    monkeypatch.setattr("reader.dumps.load.iter_dump", held_split)
    workspace = Workspace.open(tmp_path)
    store = Store(workspace.store_path)
    app = Noted(open_session(workspace, [], store), FakeService(), "fake_model")
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: len(app.main.article_list.articles) == 1)
        assert app.main.view.article == first  # the first row opens at once
        await pilot.press("s")  # a key while the splitter still works
        assert app.triage.state(first.id) == "starred"
        more.set()
        await until(pilot, lambda: len(app.main.article_list.articles) == 2)
        await until(pilot, lambda: ("2 new articles from big.txt", "Inbox") in app.notes)
    store.close()


class Noted(ReaderApp):
    """Records notifications so the test can read them."""

    notes: list[tuple[str, str | None]]

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notes = [*getattr(self, "notes", []), (message, kwargs.get("title"))]
        super().notify(message, **kwargs)
