"""`reader` starts on a light first screen, then the reading screen takes its place."""

from __future__ import annotations

import asyncio
import importlib
import shutil
import sys
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.css.scalar import Scalar
from textual.geometry import Spacing
from textual.widgets import Input

from reader.errors import ReaderError
from reader.store import Store
from reader.tui.app import ReaderApp, Start
from reader.tui.dialogs.filter import FilterPicker
from reader.tui.dialogs.help import HelpScreen
from reader.tui.presenters.analyser import EntitySource
from reader.tui.presenters.opening import Opening, plan_opening
from reader.tui.presenters.session import Session, open_session
from reader.tui.screens.first import FirstScreen, width_class
from reader.tui.screens.main import MainScreen
from reader.tui.widgets.legend import Legend
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.fakes import FakeService
from tests.tui.helpers import HANG, screen_lines, settle, until


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "a.txt")
    return Workspace.open(tmp_path)


class HeldRest:
    """Opens the session only once released, so a test sees the first screen first."""

    def __init__(self, workspace: Workspace, opening: Opening) -> None:
        self.workspace = workspace
        self.opening = opening
        self.release = threading.Event()
        self.store: Store | None = None

    def open(self) -> tuple[Session, EntitySource, str]:
        assert self.release.wait(60)
        self.store = Store(self.workspace.store_path)
        return open_session(self.workspace, [], self.store, self.opening), FakeService(), "fake"


@pytest.fixture
def held(workspace: Workspace) -> Iterator[tuple[HeldRest, ReaderApp]]:
    """An app on its first screen whose session opens when the test releases it."""
    rest = HeldRest(workspace, plan_opening(workspace, []))
    yield rest, ReaderApp(Start(rest.opening, rest.open))
    assert rest.store is not None
    rest.store.close()


async def test_the_first_screen_lists_and_shows_then_the_reading_screen_takes_over(
    held: tuple[HeldRest, ReaderApp],
) -> None:
    rest, app = held
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.screen
        assert isinstance(first, FirstScreen) and not app.opened
        assert "North Korean" in "".join(screen_lines(first.article_list))
        assert "SEOUL" in "".join(screen_lines(first.view))
        await pilot.press("j")  # keys move the list while the rest opens
        await until(pilot, lambda: first.view.article is first.article_list.current)
        second = first.article_list.current
        rest.release.set()
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        assert app.opened and app.screen is app.main
        await until(pilot, lambda: app.main.view.article is not None)
        assert app.main.article_list.current == second  # where the cursor was
        assert app.main.view.article == second
        await pilot.press("s")  # the triage keys answer now
        assert app.store.state(second.id) == "starred"
        await until(pilot, lambda: not first.children)  # what it drew and listed is let go
        assert not first.article_list.articles and app.screen_stack == [first, app.main]


async def test_the_search_dialog_is_imported_in_the_opening_thread_not_at_the_first_slash(
    held: tuple[HeldRest, ReaderApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Imported at the first `/`, the dialog's module held the app's thread 5-9 ms of that
    key while a big dump loaded (fill18); the thread opening the store imports it."""
    monkeypatch.delitem(sys.modules, "reader.tui.dialogs.search", raising=False)
    importers: list[str] = []
    real_import = importlib.import_module

    def noted_import(name: str, package: str | None = None) -> types.ModuleType:
        if name == "reader.tui.dialogs.search":
            importers.append(threading.current_thread().name)
        return real_import(name, package)

    monkeypatch.setattr("reader.tui.app.import_module", noted_import)
    rest, app = held
    async with app.run_test(size=(120, 40)) as pilot:
        rest.release.set()
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        assert "reader.tui.dialogs.search" in sys.modules
        assert importers and threading.main_thread().name not in importers
        await pilot.press("slash")
        await until(pilot, lambda: type(app.screen).__name__ == "SearchScreen")


async def test_a_hang_up_as_the_reading_screen_takes_over_ends_with_the_hang_up_status(
    held: tuple[HeldRest, ReaderApp],
) -> None:
    """SIGHUP or SIGTERM (or a test leaving `run_test`) while the reading screen is being
    pushed: the app ended with NoMatches from the screen's mount (its children gone with
    the app), a traceback and status 1 instead of 129."""
    rest, app = held
    async with app.run_test(size=(120, 40)):
        rest.release.set()
        deadline = time.monotonic() + HANG
        while not app.opened:  # the first moment it is: the push has begun, not ended
            assert time.monotonic() < deadline, "the session never opened"
            await asyncio.sleep(0)
        assert not app.main.is_mounted
        app.terminal_lost()
    assert app.return_code == 129


async def test_the_app_ending_as_the_reading_screen_takes_over_ends_without_a_traceback(
    held: tuple[HeldRest, ReaderApp],
) -> None:
    """The app shut down (here a test leaving `run_test`, as `test_split_ahead` did in about
    one run in 25 at load 15) while the reading screen was being pushed: the screen was still
    attached, but its panes were already pruned when its mount ran, and the app ended with
    NoMatches('#list-pane'), which `run_test` raises here."""
    rest, app = held
    async with app.run_test(size=(120, 40)):
        rest.release.set()
        deadline = time.monotonic() + HANG
        while not app.opened:  # the first moment it is: the push has begun, not ended
            assert time.monotonic() < deadline, "the session never opened"
            await asyncio.sleep(0)
        assert not app.main.is_mounted


async def test_keys_pressed_before_the_reading_screen_opens_run_on_it_in_order(
    held: tuple[HeldRest, ReaderApp],
) -> None:
    rest, app = held
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.screen
        assert isinstance(first, FirstScreen)
        one, two = rest.opening.loaded.articles[:2]
        await pilot.press("s", "j", "x")  # star the first, then discard the second
        assert first.article_list.current == one  # j waited behind s
        assert [key for key, _ in first.typed_ahead] == ["s", "j", "x"]
        rest.release.set()
        await until(pilot, lambda: app.opened and app.store.state(two.id) == "discarded")
        assert app.store.state(one.id) == "starred"


async def test_a_key_typed_on_the_first_frame_acts_there_not_where_the_list_was_left(
    held: tuple[HeldRest, ReaderApp],
) -> None:
    """The list opens where it was left last time (filter, cursor), but a key typed on the
    first frame, which showed the list unfiltered at its top, acts on what it showed."""
    rest, app = held
    one, two = rest.opening.loaded.articles[:2]
    with Store(rest.workspace.store_path) as store:  # the last session left it on `two`
        store.put_setting("list_cursor", two.id)
        store.put_setting("list_filter", {"states": ["new"]})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("s")
        rest.release.set()
        await until(pilot, lambda: app.opened and app.store.state(one.id) == "starred")
        assert app.store.state(two.id) == "new"
        assert app.main.view_filter.describe() == "all · discarded hidden"


async def test_f_and_letters_typed_ahead_of_the_reading_screen_fill_the_picker(
    held: tuple[HeldRest, ReaderApp],
) -> None:
    """The picker opens as the typed-ahead keys run, each after the one before it is
    handled (`reader.tui.typed_ahead`): the letters reach it, not the list."""
    rest, app = held
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f", *"iran")  # on the first screen: kept for the reading screen
        rest.release.set()
        await until(pilot, lambda: app.opened and isinstance(app.screen, FilterPicker))
        await until(pilot, lambda: app._replay is not None and app._replay.done)
        assert app.screen.query_one(Input).value == "iran"


async def test_enter_a_click_in_the_article_and_a_tag_key_typed_ahead_tag_that_sentence(
    held: tuple[HeldRest, ReaderApp],
) -> None:
    """`make e2e` once lost its `1` on a cold start: typed on the first screen, enter and
    `1` were posted at once, so `1` reached the list (a count) before enter's focus move,
    and the click in the article was dropped with the first screen."""
    rest, app = held
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.screen
        assert isinstance(first, FirstScreen)
        article = first.article_list.current
        assert article is not None
        await pilot.press("enter")  # read it
        row = next(y for y, line in enumerate(screen_lines(first.view)) if "The report" in line)
        await pilot.click(first.view, offset=(first.view.text_left + 5, row + 1))
        await pilot.press("1")  # tag it `key`
        rest.release.set()
        await until(pilot, lambda: app.opened and bool(app.store.annotations()))
        [annotation] = app.store.annotations()
        assert annotation.article_id == article.id and annotation.tags == ("key",)
        assert annotation.quote.startswith("The report came days after")
        assert app.focused is app.main.view


async def test_a_store_that_cannot_open_ends_the_app_with_its_error(
    workspace: Workspace,
) -> None:
    opening = plan_opening(workspace, [])

    def unreadable() -> tuple[Session, EntitySource, str]:
        raise ReaderError("store annotations/reader.json cannot be read")

    app = ReaderApp(Start(opening, unreadable))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.failure is not None)
    assert str(app.failure) == "store annotations/reader.json cannot be read"
    assert app.return_code == 1


async def test_q_quits_before_the_rest_has_opened(workspace: Workspace) -> None:
    opening = plan_opening(workspace, [])
    release = threading.Event()

    def held() -> tuple[Session, EntitySource, str]:
        release.wait(60)
        raise ReaderError("reader is quitting")

    app = ReaderApp(Start(opening, held))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("q")
    release.set()
    assert app.return_code == 0 and not app.opened and app.failure is None


async def test_the_first_frame_parses_only_its_own_stylesheet_and_the_rest_comes_before_use(
    held: tuple[HeldRest, ReaderApp],
) -> None:
    rest, app = held
    async with app.run_test(size=(120, 40)) as pilot:
        read = {Path(path).name for path, _ in app.stylesheet.source if path.endswith(".tcss")}
        assert read == {"first.tcss"}
        await pilot.press("question_mark")  # help opens over the first screen: dialogs.tcss
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.query_one("#help-box").styles.max_width == Scalar.parse("100")
        await pilot.press("escape")
        rest.release.set()
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        await until(pilot, lambda: app.main.view.article is not None)
        assert app.main.query_one(Legend).styles.padding == Spacing(0, 2, 0, 2)  # reader.tcss
        read = {Path(path).name for path, _ in app.stylesheet.source if path.endswith(".tcss")}
        assert read == {"first.tcss", "reader.tcss", "dialogs.tcss"}


@pytest.mark.parametrize(("width", "expected"), [(80, "-narrow"), (120, "-wide")])
async def test_the_first_screen_has_its_width_class_from_the_start(
    held: tuple[HeldRest, ReaderApp], width: int, expected: str
) -> None:
    rest, app = held
    async with app.run_test(size=(width, 30)) as pilot:
        assert app.screen.classes & {"-narrow", "-wide"} == {expected}
        assert width_class(width) == expected
        rest.release.set()
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        await until(pilot, lambda: app.main.view.article is not None)
        assert app.screen.classes & {"-narrow", "-wide"} == {expected}


async def test_a_terminal_resized_after_the_first_screen_let_go_resizes_the_reading_screen(
    held: tuple[HeldRest, ReaderApp],
) -> None:
    """The first screen stays below the reading screen with its panes let go, and Textual
    tells it of a resize too: it looked for its list pane and ended the app with NoMatches
    (a traceback, status 1) at the first resize of the terminal, seen in tmux."""
    rest, app = held
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.screen
        rest.release.set()
        await until(pilot, lambda: isinstance(app.screen, MainScreen) and not first.children)
        pane = app.main.query_one("#list-pane")
        wide = pane.outer_size.width
        await pilot.resize_terminal(60, 20)
        await until(pilot, lambda: pane.outer_size.width < wide)
        assert app.is_running and app.screen is app.main


async def test_the_first_screen_claims_no_state_before_the_store_is_read(
    workspace: Workspace,
) -> None:
    """A kept article listed as ● new with 0 annotations before the store opened: a user
    who pressed + to keep it, as it looked new, un-kept it (the key ran on the real state).
    Its marker and annotation count say they are not known yet, as its entity count does."""
    opening = plan_opening(workspace, [])
    first_article = opening.loaded.articles[0]
    with Store(workspace.store_path) as store:
        store.set_state(first_article.id, "kept")
        store.add_annotation(first_article.id, first_article.body, 0, 5, tags=["key"])
    rest = HeldRest(workspace, opening)
    app = ReaderApp(Start(opening, rest.open))
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.screen
        assert isinstance(first, FirstScreen)
        title, detail = screen_lines(first.article_list)[:2]
        assert title.lstrip().startswith("… North Korean") and detail.rstrip().endswith("… ann")
        rest.release.set()
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        await until(pilot, lambda: "✓" in "".join(screen_lines(app.main.article_list)[:1]))
        assert screen_lines(app.main.article_list)[1].rstrip().endswith("1 ann")
    assert rest.store is not None
    rest.store.close()


async def test_a_state_key_typed_before_the_store_opens_sets_the_state_never_takes_it_off(
    workspace: Workspace,
) -> None:
    """The user pressed + on an article whose state was not on screen yet: keep it. Run
    on the reading screen as a toggle, it took the keep off an article kept before."""
    opening = plan_opening(workspace, [])
    one, two = opening.loaded.articles[:2]
    with Store(workspace.store_path) as store:
        store.set_state(one.id, "kept")
    rest = HeldRest(workspace, opening)
    app = ReaderApp(Start(opening, rest.open))
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, FirstScreen)
        await pilot.press("+", "j", "s")  # keep the first (kept already), star the second
        rest.release.set()
        await until(pilot, lambda: app.opened and app.store.state(two.id) == "starred")
        assert app.store.state(one.id) == "kept"
        await pilot.press("s")  # the reading screen's own keys toggle as ever
        await until(pilot, lambda: app.store.state(two.id) == "read")
    assert rest.store is not None
    rest.store.close()


async def test_a_tag_key_typed_before_the_tags_were_shown_never_takes_a_tag_off(
    workspace: Workspace,
) -> None:
    """The first screen draws no annotation: `1` typed there on a sentence tagged `key`
    before meant to tag it; run as a toggle, it took the tag off (and, the last one, the
    annotation with it)."""
    opening = plan_opening(workspace, [])
    article = opening.loaded.articles[0]
    lede = article.body.index("SEOUL"), article.body.index(".") + 1
    with Store(workspace.store_path) as store:
        note = store.add_annotation(article.id, article.body, *lede, tags=["key"])
    rest = HeldRest(workspace, opening)
    app = ReaderApp(Start(opening, rest.open))
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, FirstScreen)
        await pilot.press("enter", "1")  # read it; tag its first sentence `key`
        rest.release.set()
        await until(pilot, lambda: app.opened and app.main.view.article is not None)
        await settle(pilot)  # the replay is a worker: every typed key has run
        assert [a.tags for a in app.store.annotations()] == [("key",)]
        assert app.store.annotation(note.id) is not None
        await pilot.press("1")  # the reading screen's own tag keys toggle as ever
        await until(pilot, lambda: app.store.annotations() == [])
    assert rest.store is not None
    rest.store.close()
