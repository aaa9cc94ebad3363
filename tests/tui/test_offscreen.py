"""The `/` dialog is made and drawn off screen when the reading screen opens over a big
dump still loading, so the first `/` then composes, lays out and tints nothing more."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
import textual.timer
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Input

from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.dialogs.search import SearchScreen
from reader.tui.offscreen import draw_offscreen
from reader.tui.presenters.session import open_session
from reader.tui.widgets.result_list import ResultList
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.fakes import FakeService
from tests.tui.helpers import until
from tests.tui.test_big_dump import _held_after_first


@pytest.fixture
def composed(monkeypatch: pytest.MonkeyPatch) -> list[SearchScreen]:
    """Each `SearchScreen.compose` call, by screen."""
    calls: list[SearchScreen] = []
    real = SearchScreen.compose

    def counted(screen: SearchScreen) -> ComposeResult:
        calls.append(screen)
        return real(screen)

    monkeypatch.setattr(SearchScreen, "compose", counted)
    return calls


def _seeded(tmp_path: Path, name: str) -> Path:
    """The seed dump as seeds/`name` in the workspace."""
    (tmp_path / "seeds").mkdir()
    return Path(shutil.copy(SEED, tmp_path / "seeds" / name))


def _app(tmp_path: Path) -> tuple[ReaderApp, Store]:
    """An app over the workspace's seeds, and its store (for the test to close)."""
    workspace = Workspace.open(tmp_path)
    store = Store(workspace.store_path)
    return ReaderApp(open_session(workspace, [], store), FakeService(), "fake_model"), store


async def test_the_first_slash_while_a_big_dump_loads_finds_its_dialog_drawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, composed: list[SearchScreen]
) -> None:
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
    first, _, more = _held_after_first(_seeded(tmp_path, "big.txt"), monkeypatch)
    app, store = _app(tmp_path)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: len(app.main.article_list.articles) == 1)
            await until(pilot, lambda: bool(composed) and composed[0].is_running)
            dialog = composed[0]
            # running comes before composed: the list is waited for, not queried at once
            await until(pilot, lambda: any(r.size.width > 0 for r in dialog.query(ResultList)))
            assert app.screen is app.main  # made and laid out, never shown
            await pilot.press("slash")
            await until(pilot, lambda: app.screen is dialog)
            assert composed == [dialog]  # the key composed nothing
            assert app.focused is dialog.query_one("#search-input", Input)
            await pilot.press(*first.title.split()[0].lower())
            await until(pilot, lambda: dialog.query_one(ResultList).current is not None)
            await pilot.press("escape")
            assert app.screen is app.main
            more.set()
            await until(pilot, lambda: len(app.main.article_list.articles) == 2)
    finally:
        more.set()
        store.close()


async def test_the_first_slash_while_a_big_dump_loads_paints_without_a_new_timer_slot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, composed: list[SearchScreen]
) -> None:
    """The dialog's refresh timer is started off screen: at the first `/` its first paint
    waits for no slot of it (Textual counts them from the timer's first resume: a whole
    slot, 1/60 s, before the first showing's paint), as at any later `/`."""
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
    _, _, more = _held_after_first(_seeded(tmp_path, "big.txt"), monkeypatch)
    seen: list[tuple[str, object]] = []
    real_sleep, real_tick = textual.timer.sleep, Screen._on_timer_update

    async def noted_sleep(seconds: float) -> None:
        seen.append(("slept", asyncio.current_task()))
        await real_sleep(seconds)

    def noted_tick(screen: Screen[object]) -> None:
        seen.append(("ticked", screen))
        real_tick(screen)

    drawn: list[bool] = []

    async def noted_draw(app: App[object], screen: Screen[object]) -> bool:
        drawn.append(await draw_offscreen(app, screen))
        return drawn[-1]

    monkeypatch.setattr(textual.timer, "sleep", noted_sleep)
    monkeypatch.setattr(Screen, "_on_timer_update", noted_tick)
    monkeypatch.setattr("reader.tui.offscreen.draw_offscreen", noted_draw)
    app, store = _app(tmp_path)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: drawn == [True])
            await pilot.pause()  # the timer's task takes its start (a `/` that early waits)
            dialog = composed[0]
            pressed = len(seen)
            await pilot.press("slash")
            await until(pilot, lambda: ("ticked", dialog) in seen[pressed:])
            until_painted = seen[pressed : seen.index(("ticked", dialog), pressed)]
            assert ("slept", dialog._update_timer._task) not in until_painted
    finally:
        more.set()
        store.close()


async def test_without_a_big_dump_the_dialog_is_made_at_the_first_slash(
    tmp_path: Path, composed: list[SearchScreen]
) -> None:
    _seeded(tmp_path, "small.txt")
    app, store = _app(tmp_path)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert composed == []
            await pilot.press("slash")
            await until(pilot, lambda: isinstance(app.screen, SearchScreen))
            assert len(composed) == 1
    finally:
        store.close()


async def test_draw_offscreen_lays_out_and_draws_with_textuals_own_methods(
    tmp_path: Path,
) -> None:
    """What `draw_offscreen` reaches into Textual for is still there and still does it: the
    dialog's widgets get their places at the app's size while the reading screen stays up;
    a second call, or one for a screen shown already, does nothing."""
    _seeded(tmp_path, "small.txt")
    app, store = _app(tmp_path)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            dialog = SearchScreen(app.triage)
            app.install_screen(dialog, "search-test")
            assert await draw_offscreen(app, dialog)
            assert app.screen is app.main
            assert dialog.size == app.size
            assert dialog.query_one("#search-input", Input).region.width > 0
            assert not await draw_offscreen(app, dialog)
            await pilot.pause()
    finally:
        store.close()


async def test_the_app_closing_while_the_dialog_mounts_off_screen_ends_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual mounts no widget once the app is told to end: the dialog's own mount then
    ran with its results list missing, and the app ended on NoMatches '#search-results'
    (a flake of test_big_dump under load, the app closing as the reading screen opened).
    Here the app is told to end as the mount starts."""
    _seeded(tmp_path, "small.txt")
    app, store = _app(tmp_path)
    real = app._get_screen

    def closing(screen: Screen[object] | str) -> object:
        got = real(screen)
        app.exit()
        return got

    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            monkeypatch.setattr(app, "_get_screen", closing)
            app.main.ready_search()
            await until(pilot, lambda: not app.is_running)
    finally:
        store.close()


async def test_the_app_closing_the_dialog_before_it_composes_ends_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's shutdown can close the dialog drawn off screen before its first turn
    composes it (a loaded machine): Textual then mounts none of its widgets, and its own
    mount, run all the same, ended the app on NoMatches '#search-results' (seen with the
    dialogs' first turn made 0.3 s late, in test_big_dump). Here its first turn waits
    for that: leaving `run_test` shuts the app down."""
    _seeded(tmp_path, "small.txt")
    app, store = _app(tmp_path)
    real = SearchScreen._pre_process
    started: list[SearchScreen] = []

    async def late(screen: SearchScreen) -> bool:
        started.append(screen)
        while not screen._closing:  # its first turn comes as the app's end closes it
            await asyncio.sleep(0.01)
        return await real(screen)

    monkeypatch.setattr(SearchScreen, "_pre_process", late)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app.main.ready_search()
            await until(pilot, lambda: bool(started))
        assert started[0]._closing and not started[0].children
    finally:
        store.close()
