"""The app has its store make the export snapshot a big store lacks once the user is idle
and no big dump loads (`Store.make_snapshot`): an export while the app is open, or after it
was killed, read the whole store where one with a snapshot reads a tenth of it."""

from __future__ import annotations

import threading

import pytest

from reader.store import Store, _changelog, _snapshot
from reader.store.schema import SCHEMA_VERSION
from reader.tui import heap
from tests.tui.helpers import Noted, fresh_store, make_session, seed_articles, settle, until


@pytest.fixture(autouse=True)
def _big_and_quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every store counts as big, and the user is idle after a tenth of a second."""
    monkeypatch.setattr(_snapshot, "MIN_BYTES", 0)
    monkeypatch.setattr(heap, "IDLE_SECONDS", 0.1)  # checked every 0.05 s


def _current(app: Noted) -> bool:
    path = app.store.path
    return _snapshot.is_current(path, _changelog.identity(path.stat()), SCHEMA_VERSION)


def _unsnapshot() -> Store:
    """A store holding an annotation and no snapshot."""
    store = fresh_store()
    article = seed_articles()[0]
    store.add_annotation(article.id, article.body, 0, 5, tags=["key"])
    for made in _snapshot.snapshot_files(store.path):
        made.unlink(missing_ok=True)
    return store


async def test_an_idle_app_has_its_store_make_the_snapshot_it_lacked() -> None:
    store = _unsnapshot()
    app = Noted(make_session(store=store))
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await until(pilot, lambda: _current(app))
            await pilot.press("j", "s")  # a state saved: the snapshot is carried or made again
            await until(pilot, lambda: _current(app) and app._snapshot_made)
    finally:
        store.close()


async def test_no_snapshot_is_made_while_a_big_dump_loads() -> None:
    store = _unsnapshot()
    app = Noted(make_session(store=store))
    loaded = threading.Event()
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            app.run_worker(loaded.wait, thread=True, group="load")  # a big dump loading
            await pilot.pause(0.5)  # idle checks come every 0.05 s
            assert not _snapshot.snapshot_path(store.path).exists()
            loaded.set()
            await until(pilot, lambda: _current(app))
    finally:
        loaded.set()
        store.close()
