"""A first opening of a folder of many small dumps: the first frame waits for the first of
them only (`EAGER_LOAD_BYTES` in all), the rest stream in after it, in order."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench import corpus
from reader.article import Article
from reader.dumps import load
from reader.dumps.decoding import decode_dump
from reader.dumps.load import load_dump
from reader.dumps.split_cache import SplitCache
from reader.store import Store
from reader.tui.app import ReaderApp, Start
from reader.tui.presenters.analyser import EntitySource
from reader.tui.presenters.opening import BYTES_PER_CHARACTER, CACHED_COST, plan_opening
from reader.tui.presenters.session import Session, open_session
from reader.tui.presenters.streaming import NOTICE_TITLES
from reader.tui.screens.first import FirstScreen, empty_text
from reader.tui.screens.main import MainScreen
from reader.workspace import Workspace
from tests.tui.fakes import FakeService
from tests.tui.helpers import screen_lines, until

DUMPS = 5
"""Dumps in the folder, of `PER_DUMP` articles each; the first `EAGER` fit the budget."""
PER_DUMP = 3
EAGER = 2


class Noted(ReaderApp):
    """Records notifications so the test can read them."""

    notes: list[tuple[str, str | None]] = []  # noqa: RUF012  (replaced, never changed)

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notes = [*getattr(self, "notes", []), (message, kwargs.get("title"))]
        super().notify(message, **kwargs)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """`DUMPS` small real-shaped dumps in seeds/, the budget the first `EAGER` of them."""
    (tmp_path / "seeds").mkdir()
    texts = [corpus.dump(PER_DUMP, seed=n) for n in range(DUMPS)]
    for n, text in enumerate(texts):
        (tmp_path / "seeds" / f"small_{n}.txt").write_text(text, encoding="utf-8")
    budget = sum(map(len, texts[:EAGER]))
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", budget)
    monkeypatch.setattr("reader.tui.presenters.streaming.STREAM_SECONDS", (0.0, 0.0))
    return Workspace.open(tmp_path)


class Held:
    """Each deferred dump's split waits for its gate; the session opens once `opened` is set."""

    def __init__(self, workspace: Workspace, deferred: list[Path]) -> None:
        self.workspace = workspace
        self.gates = {path: threading.Event() for path in deferred}
        self.opened = threading.Event()
        self.stores: list[Store] = []

    def split(self, path: Path) -> Iterator[Article]:
        assert self.gates[path].wait(60)
        yield from load_dump(path)

    def rest(self, opening: Any) -> tuple[Session, EntitySource, str]:
        assert self.opened.wait(60)
        self.stores.append(Store(self.workspace.store_path))
        return open_session(self.workspace, [], self.stores[0], opening), FakeService(), "fake"


def _titles(articles: Any) -> list[str]:
    return [article.title for article in articles]


async def test_the_first_dumps_show_at_once_and_the_rest_join_in_order_while_keys_answer(
    workspace: Workspace,
) -> None:
    opening = plan_opening(workspace, [])
    dumps = sorted(workspace.seeds_dir.iterdir())
    every = [article for path in dumps for article in load_dump(path)]
    assert len(opening.loaded.articles) == EAGER * PER_DUMP  # split before the first frame
    assert [path.name for path in opening.deferred] == [path.name for path in dumps[EAGER:]]
    held = Held(workspace, opening.deferred)
    app = Noted(Start(opening, lambda: held.rest(opening), held.split))
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.screen
        assert isinstance(first, FirstScreen)
        assert _titles(first.article_list.articles) == _titles(every[: EAGER * PER_DUMP])
        assert first.view.article == every[0]
        await pilot.press("j")  # the list moves while the rest is split
        assert first.view.article == every[1]
        held.gates[opening.deferred[0]].set()
        await until(pilot, lambda: len(first.article_list.articles) == (EAGER + 1) * PER_DUMP)
        assert _titles(first.article_list.articles) == _titles(every[: (EAGER + 1) * PER_DUMP])
        assert first.view.article == every[1]  # the cursor stays put
        held.opened.set()
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        listed = app.main.article_list
        assert listed.current == every[1]
        total = (EAGER + 1) * PER_DUMP
        await until(
            pilot,
            lambda: f"entities 0 of {total} articles · dumps 1 of {DUMPS - EAGER}" in app.sub_title,
        )
        await pilot.press("s")  # a triage key while the rest is split
        assert app.triage.state(every[1].id) == "starred"
        assert not [note for note in app.notes if note[1] in NOTICE_TITLES]  # not one a dump
        held.gates[opening.deferred[1]].set()
        await until(pilot, lambda: len(listed.articles) == (EAGER + 2) * PER_DUMP)
        assert "dumps 2 of " in app.sub_title
        held.gates[opening.deferred[2]].set()
        await until(pilot, lambda: ("9 new articles from 3 dumps", "Dumps loaded") in app.notes)
        assert _titles(listed.articles) == _titles(every)  # in the dumps' order
        assert (
            f"entities 0 of {len(every)} articles" in app.sub_title and "dumps" not in app.sub_title
        )
        assert app.main.view.article == every[1]
        await pilot.press("j")  # the view follows the cursor (after a pause, as it does)
        await until(pilot, lambda: app.main.view.article == every[2])
    held.stores[0].close()


async def test_dumps_from_the_first_that_does_not_fit_load_after_the_first_frame_in_order(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dumps = sorted(workspace.seeds_dir.iterdir())
    dumps[2].write_text(corpus.dump(1, seed=99), encoding="utf-8")  # smaller than the second
    split: list[str] = []
    monkeypatch.setattr("reader.dumps.load.split_text", lambda text, *_: split.append(text) or [])
    budget = dumps[0].stat().st_size + dumps[2].stat().st_size  # the second does not fit
    assert dumps[1].stat().st_size > dumps[2].stat().st_size
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", budget)
    opening = plan_opening(workspace, [])
    assert len(split) == 1  # the third would fit in what is left: it keeps its place
    assert opening.deferred == dumps[1:]


def _cached(workspace: Workspace) -> SplitCache:
    """The workspace's split cache, holding every dump of it (as a first session leaves it)."""
    cache = SplitCache(workspace.cache_dir)
    for path in plan_opening(workspace, [], cache).deferred:  # as the streaming keeps them
        cache.put(path.read_bytes(), str(path), "utf-8", load_dump(path))
    return cache


def test_dumps_split_before_are_read_from_the_split_cache_at_a_share_of_the_budget(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = _cached(workspace)
    monkeypatch.setattr("reader.dumps.load.split_text", lambda *_: pytest.fail("split again"))
    opening = plan_opening(workspace, [], cache)
    assert opening.deferred == []  # the five entries cost less than two dumps split
    assert len(opening.loaded.articles) == DUMPS * PER_DUMP


def test_a_cached_dump_past_the_budget_is_read_after_the_first_frame_not_before(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read at no cost, a cached dump of 10,000 articles was read whole before the first
    frame, which came later than at the dump's first opening. Fails without the fix."""
    cache = _cached(workspace)
    dumps = sorted(workspace.seeds_dir.iterdir())
    costs = [round(cache.entry(str(path)).stat().st_size * CACHED_COST) for path in dumps]
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", costs[0] + costs[1] - 1)
    read: list[str] = []
    was = SplitCache.read

    def counted(self: SplitCache, source: str, digest: str) -> list[Article] | None:
        read.append(Path(source).name)
        return was(self, source, digest)

    monkeypatch.setattr(SplitCache, "read", counted)
    monkeypatch.setattr("reader.dumps.load.split_text", lambda *_: pytest.fail("split again"))
    opening = plan_opening(workspace, [], cache)
    assert read == ["small_0.txt"]  # the second does not fit: nothing more is read
    assert opening.deferred == dumps[1:]
    assert len(opening.loaded.articles) == PER_DUMP


async def test_a_first_screen_with_nothing_split_yet_names_the_first_dumps_and_counts_the_rest(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
    opening = plan_opening(workspace, [])
    held = Held(workspace, opening.deferred)
    app = ReaderApp(Start(opening, lambda: held.rest(opening), held.split))
    async with app.run_test(size=(120, 40)) as pilot:
        first = app.screen
        assert isinstance(first, FirstScreen)
        shown = " ".join(screen_lines(first.view)).split()
        said = "Loading small_0.txt, small_1.txt, small_2.txt and 2 more dumps…"
        assert " ".join(shown) == said
        for gate in held.gates.values():
            gate.set()
        held.opened.set()
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        await until(pilot, lambda: len(app.main.article_list.articles) == DUMPS * PER_DUMP)
    held.stores[0].close()


def test_the_loading_text_names_three_dumps_at_most() -> None:
    names = [Path(f"d{n}.txt") for n in range(4)]
    assert empty_text(0, names[:3]) == "Loading d0.txt, d1.txt, d2.txt…"
    assert empty_text(0, names) == "Loading d0.txt, d1.txt, d2.txt and 1 more dumps…"
    assert empty_text(2, names) == ""


async def test_a_dump_that_fails_mid_read_is_told_and_the_others_load_and_are_worked_on(
    workspace: Workspace,
) -> None:
    """Its split raising an `OSError` after its first article ended the loading worker: the
    dumps after it never came, and the work behind the list, which waits for the last dump
    of the load, never started for any of them (review22). Fails without the fix."""
    opening = plan_opening(workspace, [])
    failing = opening.deferred[1]

    def split(path: Path) -> Iterator[Article]:
        found = load_dump(path)
        yield found[0]
        if path == failing:
            raise OSError(5, "Input/output error")
        yield from found[1:]

    held = Held(workspace, opening.deferred)
    held.opened.set()
    app = Noted(Start(opening, lambda: held.rest(opening), split))
    async with app.run_test(size=(120, 40)) as pilot:
        told = (f"{failing.name} could not be read: Input/output error", "Dump not loaded")
        await until(pilot, lambda: told in app.notes)
        total = DUMPS * PER_DUMP - (PER_DUMP - 1)  # all but the failed one's rest
        await until(pilot, lambda: ("7 new articles from 3 dumps", "Dumps loaded") in app.notes)
        assert len(app.main.article_list.articles) == total
        await until(
            pilot, lambda: f"entities {total} of {total} articles" in app.sub_title
        )  # analysed
    held.stores[0].close()


def test_a_dump_that_cannot_fit_the_budget_is_left_for_later_unread(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan read and decoded a big dump (11 MB: some 20 ms of the splitting process's
    CPU before its first batch) only to find it past the budget. Fails without the fix."""
    dumps = sorted(workspace.seeds_dir.iterdir())
    big = dumps[1]
    big.write_text(big.read_text(encoding="utf-8") * 20, encoding="utf-8")
    read: list[str] = []
    was = load.read_dump_bytes

    def counted(path: Path) -> bytes:
        read.append(path.name)
        return was(path)

    monkeypatch.setattr(load, "read_dump_bytes", counted)
    opening = plan_opening(workspace, [])
    assert read == ["small_0.txt"]  # the next is four times the budget left and more
    assert opening.deferred == dumps[1:]
    assert len(opening.loaded.articles) == PER_DUMP


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_a_dump_decodes_to_no_fewer_characters_than_its_size_tells(encoding: str) -> None:
    """What a dump is left unread by: characters of the most bytes each, behind the longest
    byte order mark, in each Unicode encoding a dump is read in."""
    data = ("\U0001f600" * 3).encode(encoding)
    assert len(decode_dump(data).text) >= (len(data) - 4) // BYTES_PER_CHARACTER
