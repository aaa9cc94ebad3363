"""Annotations are placed in the open text away from the app's thread, and a big dump still
streaming is not taken for one whose articles vanished."""

from __future__ import annotations

import contextlib
import shutil
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from textual.worker import NoActiveWorker, get_current_worker

from reader.annotation import reanchor
from reader.annotation.anchoring import AnchorReport
from reader.article import Article
from reader.dumps.load import load_dump
from reader.store import Store
from reader.tui.app import ReaderApp, Start
from reader.tui.heap import IdleCollector
from reader.tui.presenters.analyser import EntitySource
from reader.tui.presenters.opening import plan_opening
from reader.tui.presenters.placing import Placing
from reader.tui.presenters.session import Session, open_session
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.fakes import FakeService
from tests.tui.helpers import HANG, until


class _Noting(ReaderApp):
    """Records its notifications' messages."""

    notes: tuple[str, ...] = ()

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notes = (*self.notes, message)
        super().notify(message, **kwargs)


def _listed(app: ReaderApp) -> int:
    listing = getattr(app.screen, "article_list", None)
    return 0 if listing is None else len(listing.articles)


@pytest.fixture
def placed_on(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each placing of the open articles' annotations, once done: whether it ran on
    the app's thread."""
    done: list[bool] = []
    original = reanchor.reanchor_open

    def noted(store: Store, articles: Sequence[Article], *args: Any) -> AnchorReport:
        report = original(store, articles, *args)
        done.append(threading.current_thread() is threading.main_thread())
        return report

    monkeypatch.setattr(reanchor, "reanchor_open", noted)
    return done


async def test_a_big_dumps_annotations_are_placed_off_the_apps_thread_and_not_orphaned_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, placed_on: list[bool]
) -> None:
    """The session opens while only the dump's first article is listed: the annotation of
    its second, not yet split, stays where it is (it was taken for a vanished article's and
    orphaned, and the user told so), and is placed once the whole dump is in."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "big.txt")
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
    workspace = Workspace.open(tmp_path)
    opening = plan_opening(workspace, [])
    first, second = load_dump(opening.deferred[0])
    with Store(workspace.store_path) as store:
        note = store.add_annotation(second.id, second.body, 0, 5, tags=["key"])
        store.remember([first, second])
    store = Store(workspace.store_path)
    released = threading.Event()
    app: _Noting

    def split(_path: Path) -> Iterator[Article]:
        yield first
        released.wait(HANG)
        yield second

    def open_rest() -> tuple[Session, EntitySource, str]:
        deadline = time.monotonic() + HANG
        while not _listed(app) and time.monotonic() < deadline:  # the first article is in
            time.sleep(0.01)
        return open_session(workspace, [], store, opening), FakeService(), "fake"

    shown: list[str] = []
    monkeypatch.setattr(Article, "__repr__", lambda article: shown.append(article.id) or "")
    trims: list[str] = []
    ask = IdleCollector.give_back_when_idle

    def asked(collector: IdleCollector) -> None:
        with contextlib.suppress(NoActiveWorker):
            trims.append(get_current_worker().name)
        ask(collector)

    monkeypatch.setattr(IdleCollector, "give_back_when_idle", asked)
    app = _Noting(Start(opening, open_rest, split))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: app.opened and _listed(app) == 1 and bool(placed_on))
            assert not store.annotation(note.id).orphaned
            released.set()
            await until(pilot, lambda: _listed(app) == 2 and len(placed_on) == 2)
            await pilot.pause()
        assert not store.annotation(note.id).orphaned
        assert not [text for text in app.notes if "could not be placed" in text]
        assert placed_on == [False, False]
        assert shown == []  # nor written out for the worker's description
        assert "placing" in trims  # what the worker let go is given back at the next pause
    finally:
        released.set()
        store.close()


def test_an_edited_checked_article_is_told_once_a_session_not_at_each_new_dump(
    tmp_path: Path,
) -> None:
    """Placing runs again each time a dump comes in: the same stale check was told again
    with each, a toast every few minutes while a morning's dumps arrived."""
    dump = tmp_path / "seeds" / "a.txt"
    dump.parent.mkdir()
    shutil.copy(SEED, dump)
    with Store(tmp_path / "reader.json") as store:
        first = load_dump(dump)
        store.remember(first)
        store.check_entities(first[0].id, first[0].body, [])
        text = dump.read_text(encoding="utf-8")
        dump.write_text(text.replace("SEOUL: Senior", "SEOUL (AP): Senior", 1), encoding="utf-8")
        edited = load_dump(dump)
        told = "1 checked article was edited: check its entities again (i, then c)"
        _told_once_a_session(store, edited, told)


def _told_once_a_session(store: Store, articles: list[Article], told: str) -> None:
    """Placing `articles` tells `told`, placing them again in the session nothing, and the
    next session's first placing `told` again."""
    placing = Placing()
    assert placing.place(store, articles).news == told
    assert placing.place(store, articles).news is None
    assert Placing().place(store, articles).news == told


def test_orphans_are_told_once_a_session_not_at_each_new_dump(tmp_path: Path) -> None:
    """An annotated paragraph taken out of its dump: its passage is told an orphan once;
    placing again (another dump came in, a weld undone) told the same orphan again, as if
    that had just orphaned it (review28)."""
    dump = tmp_path / "seeds" / "a.txt"
    dump.parent.mkdir()
    shutil.copy(SEED, dump)
    with Store(tmp_path / "reader.json") as store:
        first = load_dump(dump)
        passage = "KCNA also said Goremykin’s delegation separately met"
        start = first[0].body.index(passage)
        store.add_annotation(first[0].id, first[0].body, start, start + len(passage))
        store.remember(first)
        text = dump.read_text(encoding="utf-8")
        dump.write_text(text.replace(passage, "They also met", 1), encoding="utf-8")
        edited = load_dump(dump)
        _told_once_a_session(store, edited, "1 could not be placed and is listed as orphans")
