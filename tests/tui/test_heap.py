"""The app's process returns freed blocks to the system (glibc's mmap threshold fixed), and
what its workers built for the whole session is left out of the garbage collector's passes."""

from __future__ import annotations

import functools
import gc
import platform
import shutil
import sys
import threading
import weakref
from pathlib import Path
from typing import Any

import pytest

from reader import article as article_module
from reader.analysis import PipelineInfo
from reader.article import Article
from reader.library import duplicates
from reader.store import Store
from reader.text.blocks import InBlock
from reader.tui import heap
from reader.tui.app import ReaderApp, Start
from reader.tui.heap import keep_heap_small
from reader.tui.presenters.opening import plan_opening
from reader.tui.presenters.session import Session, open_session
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.result_list import ResultList
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.fakes import FakeService
from tests.tui.helpers import Noted, make_session, screen_lines, settle, until

pytestmark = pytest.mark.usefixtures("pythons_collector")


def test_the_mmap_threshold_is_fixed_where_glibc_runs() -> None:
    assert keep_heap_small() is (platform.libc_ver()[0] == "glibc")


class _Node:
    """A container the collector tracks."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def _promoted() -> None:
    """What Python's own full pass waits for: that many passes of the middle generation."""
    for _ in range(heap.FULL_PASS_DUE):
        gc.collect(1)


class _Clock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _idle_app_clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    """The clock the app's `IdleCollector` reads, idle after 0.1 s (checked every 0.05 s)."""
    monkeypatch.setattr(heap, "IDLE_SECONDS", 0.1)
    clock = _Clock()
    monkeypatch.setattr(heap, "IdleCollector", functools.partial(heap.IdleCollector, clock=clock))
    return clock


def test_full_passes_wait_for_the_user_to_be_idle_and_then_free_old_cycles() -> None:
    clock = _Clock()
    collector = heap.IdleCollector(1.0, clock)
    before = gc.get_threshold()
    collector.defer()
    try:
        assert gc.get_threshold() == (*before[:2], heap.FULL_PASS_EVERY)
        dropped = _Node()
        dropped.other = dropped
        gone = weakref.ref(dropped)
        gc.collect(1)  # old enough to be left to a full pass
        del dropped
        _promoted()
        collector.input_seen()
        clock.now += 0.5
        assert not collector.collect_if_idle(), "the user is typing"
        assert gone() is not None
        clock.now += 0.5
        assert collector.collect_if_idle()
        assert gone() is None, "the full pass freed the cycle"
        clock.now += 1.0
        assert not collector.collect_if_idle(), "nothing kept since: no pass"
    finally:
        collector.restore()
    assert gc.get_threshold() == before


def test_a_freeze_follows_an_idle_full_pass_so_old_garbage_is_freed_not_frozen() -> None:
    """A cycle that reached the oldest generation and died after was frozen for good when
    a worker ended (`gc.collect(1)`, then `gc.freeze()`): some 5,000 objects a freeze at
    10,000 articles, never freed."""
    clock = _Clock()
    collector = heap.IdleCollector(1.0, clock)
    kept = _Node()
    dropped = _Node()
    dropped.other = dropped
    gone = weakref.ref(dropped)
    gc.collect(1)  # both old: only a full pass walks them
    del dropped
    collector.freeze_when_idle()
    try:
        collector.input_seen()
        assert not collector.collect_if_idle(), "the user is typing"
        assert gone() is not None
        clock.now += 1.0
        assert collector.collect_if_idle()
        assert gone() is None, "freed, not frozen"
        assert not any(o is kept for o in gc.get_objects()), "frozen objects are not walked"
        assert not collector.collect_if_idle(), "nothing kept since, no freeze waiting: no pass"
    finally:
        gc.unfreeze()
    assert any(o is kept for o in gc.get_objects())


async def test_the_app_freezes_what_its_opening_workers_built_once_the_user_pauses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = _idle_app_clock(monkeypatch)
    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(len(frozen)))
    app = Noted(make_session())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await pilot.pause(0.2)
        assert not frozen, "not while the user's clock stands still"
        clock.now += 1.0
        await until(pilot, lambda: bool(frozen))
    assert frozen == [0], "the search index, stories and entities frozen once, in a pause"


async def test_no_full_pass_or_freeze_comes_while_a_big_dump_loads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The collector is paused while a big dump loads: an idle pass then walked the half
    listed so far, and the pass after the load walked it again."""
    clock = _idle_app_clock(monkeypatch)
    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(len(frozen)))
    app = Noted(make_session())
    loading = threading.Event()
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            worker = app.run_worker(loading.wait, thread=True, group="load")  # a big dump
            clock.now += 1.0  # the user reads
            app._collect_if_idle()
            assert not frozen, "no pass, no freeze while it loads"
            loading.set()
            await worker.wait()
            await until(pilot, lambda: bool(frozen))
    finally:
        loading.set()
    assert frozen == [0]


async def test_the_app_runs_full_passes_only_once_the_keys_stop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = _idle_app_clock(monkeypatch)
    full: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    app = Noted(make_session())
    before = gc.get_threshold()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert gc.get_threshold()[2] == heap.FULL_PASS_EVERY
        await pilot.press("j")
        gc.callbacks.append(seen)
        try:
            _promoted()
            for _ in range(4):  # keys and checks, but the user's clock stands still
                await pilot.press("j")
                await pilot.pause(0.1)
            assert not full
            clock.now += 1.0  # then idle: a full pass at the next check
            await until(pilot, lambda: bool(full))
        finally:
            gc.callbacks.remove(seen)
    assert gc.get_threshold() == before


async def test_the_store_and_session_opened_after_the_first_frame_are_frozen_as_they_open(
    tmp_path: Path,
) -> None:
    # Left to the collector, the store's tables (a dozen objects per annotation) were
    # walked by the first idle moment's full pass: 0.33 s of CPU with 100,000 of them.
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "seed.txt")
    workspace = Workspace.open(tmp_path)
    opening = plan_opening(workspace, [])
    stores: list[Store] = []

    def open_rest() -> tuple[Session, FakeService, str]:
        stores.append(Store(workspace.store_path))
        return open_session(workspace, [], stores[0], opening), FakeService(), "fake"

    app = ReaderApp(Start(opening, open_rest))
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: app.opened)
            tracked = gc.get_objects()  # what the collector's passes walk: not the frozen
            assert not any(o is app.session or o is app.store for o in tracked)
            await pilot.press("j")
            assert app.main.article_list.cursor == 1
    finally:
        gc.unfreeze()
        for store in stores:
            store.close()


def test_giving_back_free_pages_is_asked_of_glibc_alone() -> None:
    assert heap.give_back() in ((True, False) if platform.libc_ver()[0] == "glibc" else (False,))


def test_free_pages_go_back_once_when_the_user_is_next_idle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given_back: list[bool] = []
    monkeypatch.setattr(heap, "give_back", lambda: given_back.append(True) or True)
    clock = _Clock()
    collector = heap.IdleCollector(1.0, clock)
    collector.give_back_when_idle()
    collector.input_seen()
    clock.now += 0.5
    collector.collect_if_idle()
    assert not given_back, "the user is typing"
    clock.now += 0.5
    collector.collect_if_idle()
    collector.collect_if_idle()
    assert given_back == [True], "once, at the first idle check"


async def test_the_app_holds_listed_bodies_compressed_then_shows_and_finds_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    given_back: list[bool] = []
    monkeypatch.setattr(heap, "give_back", lambda: given_back.append(True) or True)
    monkeypatch.setattr(heap, "IDLE_SECONDS", 0.1)  # checked every 0.05 s
    app = Noted(make_session())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        articles = [a for a in app.library.articles if a.has_body]
        held = [article_module._BODY_SLOT.__get__(a) for a in articles]
        assert articles and all(isinstance(h, InBlock) for h in held), "all in blocks"
        await until(pilot, lambda: bool(given_back))  # the freed pages, once idle
        shown = app.query_one(ArticleView)
        assert shown.article is not None and shown.article.body.split()[0] in "\n".join(
            screen_lines(shown)
        )
        last = articles[-1]
        word = max(last.body.split(), key=len)
        await pilot.press("slash", *word)
        results = "\n".join(screen_lines(app.screen.query_one(ResultList)))
        assert last.title[:20] in results


async def test_the_free_pages_finding_stories_left_are_asked_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Finding stories leaves 10 MB of free pages at 10,000 articles, before the model's
    load sets the app's peak: the stories' worker asks for them back, as compacting does."""
    askers: list[str] = []
    ask = heap.IdleCollector.give_back_when_idle

    def recorded(collector: heap.IdleCollector) -> None:
        askers.append(sys._getframe(1).f_code.co_name)
        ask(collector)

    monkeypatch.setattr(heap.IdleCollector, "give_back_when_idle", recorded)
    app = Noted(make_session())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await until(pilot, lambda: "find_stories" in askers)
        assert "_prepare_articles" in askers


def test_settling_waits_until_every_work_it_holds_has_ended() -> None:
    settling = heap.Settling()
    settling.hold("stories")
    settling.hold("index")
    settling.release("stories")
    assert not settling.wait(0), "the index still runs"
    settling.release("index")
    settling.release("never held")
    assert settling.wait(0)


class _Noting(FakeService):
    """Notes when the model's load begins, and lets a waiting party know."""

    def __init__(self, order: list[str], began: threading.Event) -> None:
        super().__init__()
        self.order = order
        self.began = began

    def load(self) -> PipelineInfo:
        self.order.append("model")
        self.began.set()
        return super().load()


async def test_the_models_first_load_begins_once_the_stories_are_grouped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The model's load sets the app's peak; begun beside the stories' arrays (17 MB at
    10,000 articles) it stood on them, as the machine's timing had it: it waits for them."""
    order: list[str] = []
    either = threading.Event()  # the load began, or waits for the stories
    group = duplicates.find_stories

    def find_stories(articles: list[Article]) -> Any:
        order.append("stories")
        either.wait(10)
        order.append("stories grouped")
        return group(articles)

    waiting = heap.Settling.wait

    def wait(settling: heap.Settling, timeout: float) -> bool:
        either.set()
        return waiting(settling, timeout)

    monkeypatch.setattr(duplicates, "find_stories", find_stories)
    monkeypatch.setattr(heap.Settling, "wait", wait)
    app = ReaderApp(make_session(), _Noting(order, either), "fake_model")
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: "model" in order)
        assert order == ["stories", "stories grouped", "model"]
