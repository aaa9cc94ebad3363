"""bench.tui's harness: an app it times must end, alone as inside `make bench`."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from bench.tui import (
    FIRST,
    UNCHANGED,
    ActionClock,
    HeldService,
    PaintClock,
    TimedApp,
    _answered,
    _running,
    _slowest,
    _synthetic_analysis,
    session_on,
)
from reader.analysis import Analysis
from reader.article import Article
from reader.library.dwell import DwellPolicy
from reader.library.triage import Triage
from reader.store import Store
from reader.tui.presenters.session import Session
from tests.tui.helpers import make_app, seed_articles, settle
from tests.tui.test_triage_keys import articles


class Counting(HeldService):
    """A held service that counts the batches it is asked to analyse."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def analyse_many(
        self, articles: Sequence[Article], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Article, Analysis]]:
        self.asked += 1
        return super().analyse_many(articles, n_process=n_process, batch_size=batch_size)


class Noting(threading.Event):
    """An event that notes, when set, whether the app's entity worker was cancelled."""

    def __init__(self, app: TimedApp) -> None:
        super().__init__()
        self.app = app
        self.cancelled: list[bool] = []

    def set(self) -> None:
        self.cancelled = [w.is_cancelled for w in self.app.workers if w.name == "entities"]
        super().set()


def test_a_held_service_is_released_once_the_app_has_ended_so_its_worker_asks_for_nothing(
    tmp_path: Path,
) -> None:
    # Released while the app still ran, the entity worker asked for analyses the held
    # service never gives, batch after batch, until the app's end cancelled it (10,000s
    # of times at 10,000 articles).
    service = Counting()
    store = Store(tmp_path / "reader.json")
    session = Session(
        Triage(store, seed_articles()), exports_dir=tmp_path / "exports", dwell=DwellPolicy(None)
    )
    app = TimedApp(session, service, "held")
    service.release = release = Noting(app)

    async def run() -> None:
        async with _running(app, release) as pilot:
            await pilot.pause(0.1)
            assert not release.is_set()

    asyncio.run(run())  # its end waits for the worker's thread
    store.close()
    assert release.cancelled == [True]
    assert service.asked == 0


def test_an_app_on_a_held_service_shows_a_cached_analysis(tmp_path: Path) -> None:
    # The article bench (big_article) and the triage benches give the held service cached
    # analyses: the app asks the service of each article it shows whether its pipeline
    # reads its language, and a service without the question ended the app at its first
    # article.
    articles = seed_articles()
    service = HeldService({article.id: _synthetic_analysis(article) for article in articles})
    app = TimedApp(session_on(articles), service, "held")

    async def run() -> tuple[str, Article | None]:
        async with _running(app, service.release) as pilot:
            await pilot.pause(0.2)
            return app.main.legend.state.status, app.main.view.article

    status, shown = asyncio.run(run())
    assert shown is not None
    assert status == f"{_synthetic_analysis(shown).entity_count} entities"


async def _answer_to_j(rows: int, press: int) -> tuple[str, float] | None:
    """bench.tui's timing of a `j` on the list's last row (after `G`), with the list
    repainted a moment later for another reason, as a big dump's next batch does, as the
    loading's `press`-th key (the first three are each key's first)."""
    app = make_app(articles(rows))
    with PaintClock() as paints, ActionClock() as actions:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("G" if rows > 2 else "k")
            app.set_timer(0.005, app.main.article_list.refresh)  # another's update
            return await _answered(paints, actions)(pilot, press)


def test_a_key_that_changes_nothing_is_timed_to_its_action_not_to_the_next_update() -> None:
    # A `j` on a list of one row (the first batch of a big dump is one article) moves
    # nothing; the bench timed it to the next batch's update, 60-100 ms later, and called
    # it the slowest answer of the run (docs/performance.md, fill22).
    # Each key's first press of a loading is named apart: the first `/` was the slowest.
    unchanged = asyncio.run(_answer_to_j(3, 0))
    assert unchanged is not None and unchanged[0] == f"j{FIRST}{UNCHANGED}"
    moved = asyncio.run(_answer_to_j(2, 3))  # `k` first: the `j` moves to the last row
    assert moved is not None and moved[0] == "j"


def test_a_j_as_the_list_opens_moves_one_row_and_the_list_bench_names_its_slowest_key() -> None:
    # The slowest key of the 10,000-article list, 756 ms in session 31's table, was its first
    # `j`, pressed 0.2 s after the first frame: the CPU of the opening's workers (stories,
    # sort keys, search text), which the process's clock counts, not the key's. The bench
    # now times keys once that work has ended and names the slowest; a `j` pressed at once
    # moves one row, and stays on that article once the work has ended.
    app = make_app(articles(40))

    async def first_j() -> tuple[int, str | None]:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("j")
            await settle(pilot)
            shown = app.main.view.article
            return app.main.article_list.cursor, shown and shown.title

    assert asyncio.run(first_j()) == (1, "Story 1")
    row = _slowest("  slowest key", [("j", 0.004), ("G", 0.021), ("g", 0.003)])
    assert row.endswith("21.00 ms (G, press 2 of 3)")
