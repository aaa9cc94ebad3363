"""Big dumps split in another process from the start: their articles stream into the app."""

from __future__ import annotations

import functools
import gc
import itertools
import operator
import os
import pickle
import shutil
import subprocess
import sys
import threading
import time
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from textual.widgets import OptionList, Static

from bench import corpus
from reader.article import LANGUAGE_TO_COME, Article, settle_languages
from reader.cli import main
from reader.dumps import assemble, packed
from reader.dumps._patterns import LazyPattern
from reader.dumps.load import load_dump, split_text
from reader.dumps.packed import Framed
from reader.dumps.parts import Rest, iter_dump_framed
from reader.dumps.split_cache import SplitCache, dump_digest
from reader.errors import ReaderError
from reader.library.filters import Filter
from reader.library.list_memory import FILTER_SETTING, filter_setting
from reader.store import Store
from reader.tui import app as app_module
from reader.tui import launch
from reader.tui.ahead import Followed, Go
from reader.tui.app import ReaderApp, Start
from reader.tui.dialogs.filter import FilterPicker
from reader.tui.dialogs.search import SearchScreen
from reader.tui.launch import split_ahead
from reader.tui.presenters.analyser import EntitySource
from reader.tui.presenters.opening import (
    Found,
    FoundFramed,
    Languages,
    Streamed,
    plan_opening,
    split_deferred,
    split_here,
    split_kept,
)
from reader.tui.presenters.session import Session, open_session
from reader.tui.screens.first import FirstScreen
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.fakes import FakeService
from tests.tui.helpers import HANG, screen_lines, until, until_shown


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """A workspace whose one dump counts as big (it is split after the first frame)."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "big.txt")
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
    return Workspace.open(tmp_path)


def test_split_deferred_sends_every_article_in_order_then_done(big: Workspace) -> None:
    opening = plan_opening(big, [])
    found = list(split_deferred(opening))
    assert [a for batch in found for a in batch.articles] == load_dump(opening.deferred[0])
    assert found[-1].done and not any(batch.done for batch in found[:-1])


def test_split_deferred_sends_no_batch_bigger_than_its_cap(
    big: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.tui.presenters.opening.FOUND_SECONDS", (60.0, 60.0))
    monkeypatch.setattr("reader.tui.presenters.opening.FOUND_MOST", 2)
    articles = [*load_dump(SEED), *load_dump(SEED)] * 2
    opening = plan_opening(big, [])
    found = list(split_deferred(opening, lambda path: iter(articles)))
    assert [len(batch.articles) for batch in found] == [1, 2, 2, 2, 1]  # the first at once
    assert [a for batch in found for a in batch.articles] == articles


def test_split_deferred_reports_an_unreadable_dump(big: Workspace) -> None:
    opening = plan_opening(big, [])
    opening.deferred[0].write_bytes(b"\x00\x01binary\x00" * 100)
    (found,) = split_deferred(opening)
    assert found.error is not None and "big.txt" in found.error


def _never(path: Path) -> Iterator[Article]:
    raise AssertionError(f"split here: {path}")


def test_streamed_gives_a_dumps_articles_or_its_error() -> None:
    one, two = load_dump(SEED)
    a, b = Path("a.txt"), Path("b.txt")
    frames = [Found(a, (one,)), Found(a, (two,), done=True), Found(b, error="b.txt: no")]
    streamed = Streamed(iter(frames), _never)
    assert list(streamed.articles(a)) == [one, two]
    with pytest.raises(ReaderError, match=r"b\.txt: no"):
        streamed.articles(b)


def test_a_stream_cut_short_is_split_here_from_the_start() -> None:
    one, two = load_dump(SEED)
    a = Path("a.txt")

    def cut() -> Iterator[object]:
        yield Found(a, (one,))
        raise ReaderError("the splitting process stopped before the end")

    streamed = Streamed(cut(), lambda path: iter([one, two]))
    assert list(streamed.articles(a)) == [one, one, two]  # the list skips the repeat


async def test_the_app_lists_what_the_other_process_splits_and_stops_it_on_quit(
    big: Workspace,
) -> None:
    opening = plan_opening(big, [])
    store = Store(big.store_path)
    articles = load_dump(opening.deferred[0])
    stopped: list[bool] = []

    def open_rest() -> tuple[Session, EntitySource, str]:
        return open_session(big, [], store, opening), FakeService(), "fake"

    def split(path: Path) -> Iterator[Article]:
        assert path == opening.deferred[0]
        return iter(articles)

    app = ReaderApp(Start(opening, open_rest, split, lambda: stopped.append(True)))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.opened and len(app.main.article_list.articles) == 2)
        await until(pilot, lambda: app.main.view.article == articles[0])  # drawn after
    assert stopped == [True]
    store.close()


def _first_session(big: Workspace) -> list[Found]:
    """The batches the child sends for the big dump in a first session, which then (all
    sent) keeps the split in the workspace's cache, as `split_ahead` does."""
    followed = split_kept(plan_opening(big, []), split_here, big.cache_dir)
    batches = list(followed.items)
    followed.after()
    return batches


def _articles(batches: Iterable[Found]) -> list[dict[str, object]]:
    return [article.to_dict() for batch in batches for article in batch.articles]


async def test_a_second_opening_lists_the_cached_articles_without_splitting(
    big: Workspace,
) -> None:
    split = _articles(_first_session(big))
    opening = plan_opening(big, [])
    again = list(split_kept(opening, _never, big.cache_dir).items)  # the splitter: never
    assert _articles(again) == split == [a.to_dict() for a in load_dump(opening.deferred[0])]
    assert again[-1].done and not any(batch.done for batch in again[:-1])
    store = Store(big.store_path)

    def open_rest() -> tuple[Session, EntitySource, str]:
        return open_session(big, [], store, opening), FakeService(), "fake"

    streamed = Streamed(iter(split_kept(opening, _never, big.cache_dir).items), _never)
    app = ReaderApp(Start(opening, open_rest, streamed.articles))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.opened and len(app.main.article_list.articles) == 2)
        listed = [article.to_dict() for article in app.main.article_list.articles]
    assert listed == split
    store.close()


async def test_a_reopened_big_dump_paints_before_its_cached_articles_stream_in(
    big: Workspace,
) -> None:
    """The plan reads nothing of a cached dump whose entry costs more than the budget: the
    first screen says it loads, and its articles come from the cache after it, unsplit."""
    split = _articles(_first_session(big))
    opening = plan_opening(big, [], SplitCache(big.cache_dir))
    assert opening.deferred == [big.seeds_dir / "big.txt"]
    assert opening.loaded.articles == []
    gate = threading.Event()

    def held() -> Iterator[Found]:
        assert gate.wait(60)
        yield from split_kept(opening, _never, big.cache_dir).items

    store = Store(big.store_path)

    def open_rest() -> tuple[Session, EntitySource, str]:
        return open_session(big, [], store, opening), FakeService(), "fake"

    app = ReaderApp(Start(opening, open_rest, Streamed(held(), _never).articles))
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, FirstScreen)
        assert "Loading big.txt…" in " ".join(screen_lines(app.screen.view))
        gate.set()
        await until(pilot, lambda: app.opened and len(app.main.article_list.articles) == 2)
        listed = [article.to_dict() for article in app.main.article_list.articles]
    assert listed == split
    store.close()


def test_reader_export_after_a_session_reads_the_split_it_kept(
    big: Workspace, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    first = _first_session(big)[0].articles[0]
    with Store(big.store_path) as store:
        store.add_annotation(first.id, first.body, 0, 5, tags=["key"])

    def refused(*_args: object, **_kwargs: object) -> list[Article]:
        raise AssertionError("split again")

    monkeypatch.setattr("reader.dumps.load.load_dumps", refused)
    assert main(["export", "--with-text", "--workspace", str(big.root)]) == 0
    (exported,) = orjson.loads(capsysbinary.readouterr().out)["articles"]
    assert exported["id"] == first.id and exported["text"] == first.body


def test_a_dump_changed_between_sessions_is_split_again(big: Workspace) -> None:
    _first_session(big)
    dump = big.seeds_dir / "big.txt"
    dump.write_text(dump.read_text(encoding="utf-8").replace("the", "a"), encoding="utf-8")
    split: list[Path] = []

    def counted(path: Path) -> Iterator[Article]:
        split.append(path)
        return split_here(path)

    opening = plan_opening(big, [])
    again = list(split_kept(opening, counted, big.cache_dir).items)
    assert split == [dump]
    assert _articles(again) == [a.to_dict() for a in load_dump(dump)]


class _Noting(ReaderApp):
    """Records its notifications (message, title)."""

    notes: tuple[tuple[str, str | None], ...] = ()

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notes = (*self.notes, (message, kwargs.get("title")))
        super().notify(message, **kwargs)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("--------\n\n* * *\n\n========\n\n" * 20, "no article found in its text"),
        ("\n \n\t\n" * 20, "the file is empty"),
    ],
)
async def test_a_big_dump_that_gives_no_article_is_a_warning_not_silence(
    big: Workspace, text: str, why: str
) -> None:
    """As a small dump's (`Session.empty`), and saying why as it does: a big one, split
    after the first frame, was simply absent from the list, then said "no article found"
    of a blank file."""
    stub = big.seeds_dir / "stub.txt"
    stub.write_text(text, encoding="utf-8")
    opening = plan_opening(big, [])
    assert stub in opening.deferred
    store = Store(big.store_path)

    def open_rest() -> tuple[Session, EntitySource, str]:
        return open_session(big, [], store, opening), FakeService(), "fake"

    app = _Noting(Start(opening, open_rest, split_here))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.opened and len(app.main.article_list.articles) == 2)
        await until(pilot, lambda: any(title == "Nothing to list" for _, title in app.notes))
    assert [note for note in app.notes if note[1] == "Nothing to list"] == [
        (f"{stub}: {why}", "Nothing to list")
    ]
    store.close()


def test_a_batch_of_a_big_dump_goes_to_the_app_as_one_frame() -> None:
    """Not as a call to make each article (`Article.__reduce__`): the frame is read a field
    at a time, where those calls were most of pickling a batch."""
    articles = tuple(split_text(corpus.dump(100), "big.txt"))
    found = Found(Path("big.txt"), articles, done=True)
    sent = pickle.dumps(found, pickle.HIGHEST_PROTOCOL)
    assert b"_held_article" not in sent
    again = pickle.loads(sent)
    assert again == found and type(again.articles) is tuple


def test_the_first_batch_reaches_the_app_without_the_json_modules() -> None:
    """The first rows wait for no import a frame's head would need (`packed.FRAMED_FROM`)."""
    first = Found(Path("big.txt"), tuple(split_text(corpus.dump(1), "big.txt")))
    code = (
        "import pickle, sys; found = pickle.loads(sys.stdin.buffer.read()); "
        "print(len(found.articles), 'orjson' in sys.modules, 'json' in sys.modules)"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], input=pickle.dumps(first), capture_output=True, check=True
    )
    assert shown.stdout.split() == [b"1", b"False", b"False"]


def _compiled_patterns() -> int:
    """How many of the splitter's patterns are compiled (`reader.dumps._patterns`)."""
    return sum(
        isinstance(pattern.match, types.BuiltinMethodType)
        for module in list(sys.modules.values())
        if module.__name__.startswith("reader.dumps.")
        for pattern in vars(module).values()
        if isinstance(pattern, LazyPattern)
    )


class _Noted(Go):
    """A `Go` that notes in `order` that the child waited for it (and waits no time)."""

    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def wait(self, timeout: float) -> bool:
        self.order.append("waited")
        self.close()
        return True


@pytest.mark.parametrize("listed", [False, True], ids=["first frame empty", "first frame listed"])
def test_the_process_splitting_the_rest_is_forked_after_the_head_niced_before_any_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, listed: bool
) -> None:
    """It inherits the patterns the head's split compiled (it compiled them all again);
    a fork with another thread running could copy a lock that thread held. Threads that
    other tests left in this process count as none here: `reader`'s split child has none
    of its own before `split_ahead`, and the test looks for those it starts. When the
    first frame lists no article, the head's first batch is split at the app's priority,
    then both processes are niced (niced first, a loaded machine showed the first rows a
    second after the first frame); when it lists some, niced at once (that batch then
    only adds rows, and beside the app's imports it cost the first frame)."""
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    monkeypatch.setattr(
        "reader.tui.presenters.opening.EAGER_LOAD_BYTES", SEED.stat().st_size if listed else 100
    )
    order: list[str] = []
    monkeypatch.setattr(os, "nice", lambda _increment: order.append("niced"))  # noted only
    monkeypatch.setattr(gc, "disable", lambda: None)
    in_parts = iter_dump_framed

    def noted_parts(path: Path, rest: Rest | None) -> Iterator[Article | Framed]:
        for article in in_parts(path, rest):
            order.append("found")
            yield article

    monkeypatch.setattr("reader.dumps.parts.iter_dump_framed", noted_parts)
    (tmp_path / "seeds").mkdir()
    if listed:
        shutil.copy(SEED, tmp_path / "seeds" / "a_small.txt")
    dump = tmp_path / "seeds" / "big.txt"
    dump.write_text(corpus.dump(60, seed=2), encoding="utf-8")
    for module in list(sys.modules.values()):  # as a process that split nothing has them
        if module.__name__.startswith("reader.dumps."):
            for pattern in vars(module).values():
                if isinstance(pattern, LazyPattern):
                    LazyPattern.__init__(pattern, pattern.pattern, pattern.flags)
    forked: list[tuple[int, int]] = []
    fork, start = os.fork, Rest.start
    rests: list[Rest] = []
    threads = threading.active_count()
    monkeypatch.setattr("reader.dumps.parts._may_fork", lambda: threading.active_count() <= threads)

    def noted() -> int:
        forked.append((_compiled_patterns(), threading.active_count()))
        return fork()

    def started(rest: Rest) -> None:
        order.append("forked")
        rests.append(rest)
        start(rest)

    monkeypatch.setattr(os, "fork", noted)
    monkeypatch.setattr(Rest, "start", started)
    monkeypatch.setattr(assemble, "_LANGUAGES_LATER", False)  # as this process had it, after
    whole = [article.to_dict() for article in load_dump(dump)]
    workspace = Workspace.open(tmp_path)
    try:
        opening = plan_opening(workspace, [])
        assert bool(opening.loaded.articles) is listed and opening.deferred == [dump]
        followed = split_ahead(opening, workspace.cache_dir, _Noted(order))
        assert assemble.languages_left()  # guessed after the list, here and in the rest
        assert isinstance(followed, Followed)
        assert len(forked) == 1 and forked[0][0] > 0 and forked[0][1] <= threads
        assert rests and rests[0].running
        assert order.index("niced") < order.index("forked")
        assert (order.index("found") < order.index("niced")) is not listed
        # listed: the rest waits for the app's first frame (its split took from that frame)
        assert ("waited" in order) is listed
        assert not listed or order.index("niced") < order.index("waited") < order.index("found")
        sent = [  # the list's batches, then (from the process that keeps the split) languages
            pickle.loads(pickle.dumps(item, pickle.HIGHEST_PROTOCOL))
            for item in itertools.chain(followed.items, followed.then)
        ]
        followed.after()  # the split cache's entry, with the languages guessed after
    finally:
        for rest in rests:
            rest.close()
    _assert_languages_come_after(sent, dump, whole)
    entry = SplitCache(workspace.cache_dir).read(str(dump), dump_digest(dump.read_bytes()))
    assert entry is not None and [article.to_dict() for article in entry] == whole


def _assert_languages_come_after(
    sent: list[object], dump: Path, whole: list[dict[str, object]]
) -> None:
    """Every article is sent with its language still to come, then the languages (one for
    each, in order), which give the app what one split of the whole dump gives."""
    (languages,) = [item for item in sent if isinstance(item, Languages)]
    assert sent[-1] is languages and languages.path == dump
    streamed = Streamed(iter(sent), _never)
    articles = list(streamed.articles(dump))
    assert len(articles) == len(languages.languages) == len(whole)
    assert all(article.meta["language"] == LANGUAGE_TO_COME for article in articles)
    assert [article.to_dict() for article in articles] != whole
    given = streamed.languages()
    assert len(given) == len(articles) and all(map(operator.is_, given, articles))
    assert [article.to_dict() for article in articles] == whole


def test_small_dumps_split_for_the_first_frame_are_kept_then_read_unsplit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "seed.txt")
    workspace = Workspace.open(tmp_path)
    first = launch._plan(workspace, [])
    assert first.loaded.articles and not first.deferred
    entries = workspace.cache_dir / "splits"
    deadline = time.monotonic() + HANG
    while not any(entries.glob("*.split")):  # written by a process of its own
        assert time.monotonic() < deadline, "the split cache never got the dump"
        time.sleep(0.02)
    split: list[str] = []

    def counted(text: str, source: str, encoding: str) -> list[Article]:
        split.append(source)
        return split_text(text, source, encoding)

    monkeypatch.setattr("reader.dumps.load.split_text", counted)
    again = launch._plan(workspace, [])
    assert split == []  # read from the split cache, not split again
    assert again.loaded.articles == first.loaded.articles
    (tmp_path / "seeds" / "seed.txt").write_text("Another Title\n\nAnother text, edited.\n")
    edited = launch._plan(workspace, [])
    assert split == [str(tmp_path / "seeds" / "seed.txt")]  # the entry is of other bytes
    assert [a.title for a in edited.loaded.articles] == ["Another Title"]


def test_the_rest_that_came_framed_reaches_the_app_and_the_split_cache_as_those_frames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The splitting process sends the frames the rest's process sent it on to the app, and
    writes them in the dump's entry, as they are: the same articles in the app and in the
    entry as one split of the whole dump gives, none of the rest's made in the process that
    passes them on (it made each, and framed it twice). Fails on the parent."""
    monkeypatch.setattr("reader.dumps.parts.MIN_CHARS", 10_000)
    monkeypatch.setattr("reader.dumps.parts.PIECE", 7)
    monkeypatch.setattr("reader.dumps.packed.FRAMED_FROM", 5)
    monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
    threads = threading.active_count()  # those other tests left here count as none
    monkeypatch.setattr("reader.dumps.parts._may_fork", lambda: threading.active_count() <= threads)
    (tmp_path / "seeds").mkdir()
    dump = tmp_path / "seeds" / "big.txt"
    dump.write_text(corpus.dump(60, seed=3), encoding="utf-8")
    workspace = Workspace.open(tmp_path)
    opening = plan_opening(workspace, [])
    rest = Rest()
    made = packed.unpack
    try:
        monkeypatch.setattr(packed, "unpack", lambda *_: pytest.fail("a frame unpacked here"))
        kept = split_kept(opening, functools.partial(iter_dump_framed, rest=rest), tmp_path)
        batches = iter(kept.items)
        first = next(batches)  # as the split child does (launch.py): the rest's process is
        rest.start()  # forked after the first batch, before the entry's digest thread starts
        items = [first, *batches]
        sent = [pickle.dumps(item, pickle.HIGHEST_PROTOCOL) for item in items]
        kept.after()
    finally:
        rest.close()
    monkeypatch.setattr(packed, "unpack", made)
    assert sum(isinstance(item, FoundFramed) for item in items) >= 2  # the rest's pieces
    got = [pickle.loads(frame) for frame in sent]
    assert all(type(found) is Found for found in got)
    whole = [article.to_dict() for article in load_dump(dump)]
    assert [a.to_dict() for found in got for a in found.articles] == whole
    entry = SplitCache(tmp_path).read(str(dump), dump_digest(dump.read_bytes()))
    assert entry is not None and [a.to_dict() for a in entry] == whole


TWO_LANGUAGES = (
    "# Floods close the port\n\n"
    "The port authority said on Monday that the floods had closed the harbour for the week, "
    "and that the ships waiting off the coast would be sent to the next port until the "
    "water was gone from the docks and the cranes had been checked.\n\n\n"
    "# Les inondations ferment le port\n\n"
    "Les autorités du port ont annoncé lundi que les inondations avaient fermé le port pour "
    "la semaine, et que les navires qui attendent au large seront envoyés vers le port "
    "voisin jusqu'à ce que l'eau ait quitté les quais et que les grues soient vérifiées.\n"
)


def _left_for_later(text: str, source: str, monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    """The articles as the app's split child sends them: their languages still to come."""
    with monkeypatch.context() as patched:
        patched.setattr(assemble, "_LANGUAGES_LATER", True)
        articles = split_text(text, source)
    assert all(article.meta["language"] == LANGUAGE_TO_COME for article in articles)
    return articles


class _Gap:
    """The app over a big dump in two languages whose languages come when `come` is set
    (the languages "en" and "fr", given to its two articles)."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (tmp_path / "seeds").mkdir()
        dump = tmp_path / "seeds" / "big.txt"
        dump.write_text(TWO_LANGUAGES, encoding="utf-8")
        monkeypatch.setattr("reader.tui.presenters.opening.EAGER_LOAD_BYTES", 100)
        workspace = Workspace.open(tmp_path)
        self.opening = opening = plan_opening(workspace, [])
        self.articles = articles = _left_for_later(TWO_LANGUAGES, str(dump), monkeypatch)
        self.come = threading.Event()
        self.store = store = Store(workspace.store_path)

        def open_rest() -> tuple[Session, EntitySource, str]:
            return open_session(workspace, [], store, opening), FakeService(), "fake"

        def languages() -> list[Article]:
            assert self.come.wait(HANG)
            return settle_languages(articles, ["en", "fr"])

        self.app = ReaderApp(
            Start(opening, open_rest, lambda _path: iter(articles), None, languages)
        )

    def listed(self) -> bool:
        app = self.app
        return app.opened and app.main.is_mounted and len(app.main.article_list.articles) > 0


async def test_rows_and_the_language_filter_gain_the_languages_that_come_after_the_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big dump's articles are listed before their languages come (guessed after the
    list by the process that split them): the rows then name none, the entity work waits,
    and once they come the rows name each article's language and the language filter lists
    them. Fails on the parent (no languages come after the articles there)."""
    gap = _Gap(tmp_path, monkeypatch)
    assert gap.opening.deferred == [tmp_path / "seeds" / "big.txt"]
    app, articles, come = gap.app, gap.articles, gap.come
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.opened and len(app.main.article_list.articles) == 2)
        await until(pilot, lambda: any(w.name == "entities" for w in app.workers))
        assert app.library.languages() == {} and not app.library.several_languages()
        assert not app.library.languages_known.is_set()  # the entity work and exports wait
        rows = lambda: " ".join(screen_lines(app.main.article_list))  # noqa: E731
        assert "fr  big.txt" not in rows()
        await pilot.press("slash", *"lang:fr")
        dialog = await until_shown(pilot, SearchScreen)
        status = lambda: str(dialog.query_one("#search-status", Static).render())  # noqa: E731
        await until(pilot, lambda: status().startswith("Nothing matches"))
        come.set()
        await until(pilot, lambda: status() == "1 story matches")  # found again
        await pilot.press("escape")
        await until(pilot, lambda: "fr  big.txt" in rows() and "en  big.txt" in rows())
        assert app.library.languages_known.is_set()
        assert app.library.languages() == {
            "en": frozenset({articles[0].id}),
            "fr": frozenset({articles[1].id}),
        }
    gap.store.close()


async def test_the_collector_stays_paused_from_a_big_dumps_list_to_its_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paused only while the batches were posted, the collector's first young pass walked
    every article the fill made (some 17 ms at 10,000) as the last rows and the notice
    waited; it now comes once the languages are in, after the list."""
    assert gc.isenabled()
    gap = _Gap(tmp_path, monkeypatch)
    app = gap.app
    after_the_list = app_module._NOT_BESIDE_SNAPSHOT - {"load"}  # each pauses on its own
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: gap.listed() and not app._busy_with(after_the_list))
            assert not gc.isenabled(), "paused until the languages come"
            gap.come.set()
            await until(pilot, lambda: app.library.languages_known.is_set() and gc.isenabled())
    finally:
        gap.come.set()  # a failure leaves no thread waiting for them
        gap.store.close()


def test_languages_a_stream_cut_short_never_sent_are_guessed_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a = Path("a.txt")
    articles = _left_for_later(TWO_LANGUAGES, str(a), monkeypatch)

    def cut() -> Iterator[object]:
        yield Found(a, tuple(articles), done=True)
        raise ReaderError("the splitting process stopped before the end")

    streamed = Streamed(cut(), _never)
    assert list(streamed.articles(a)) == articles
    assert streamed.languages() == articles
    assert [article.meta["language"] for article in articles] == ["en", "fr"]


async def test_a_language_filter_left_on_opens_its_article_once_the_languages_list_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A `lang:` filter restored at start lists nothing until the big dump's languages come;
    the list they fill opened no article (the view kept its own, none: a blank pane)."""
    gap = _Gap(tmp_path, monkeypatch)
    gap.store.put_setting(FILTER_SETTING, filter_setting(Filter(languages=frozenset({"fr"}))))
    app = gap.app
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.opened and app.main.is_mounted)
        assert len(app.main.article_list.articles) == 0
        gap.come.set()
        await until(pilot, gap.listed)
        await until(pilot, lambda: app.main.view.article is gap.articles[1])
    gap.store.close()


async def test_the_filter_picker_open_when_the_languages_come_offers_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`f` pressed while a big dump's languages were still to come offered none, until it
    was closed and opened again (speed36)."""
    gap = _Gap(tmp_path, monkeypatch)
    app = gap.app
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: gap.listed() and len(app.main.article_list.articles) == 2)
        await pilot.press("f")
        picker = await until_shown(pilot, FilterPicker)
        await pilot.press(*"fr")
        options = picker.query_one(OptionList)

        def offered() -> list[list[str]]:
            count = options.option_count
            return [str(options.get_option_at_index(i).prompt).split() for i in range(count)]

        assert not any("fr" in words for words in offered())
        gap.come.set()
        await until(pilot, lambda: any("fr" in words for words in offered()))
        await pilot.press("enter")
        await until(
            pilot,
            lambda: [a.title for a in app.main.article_list.articles] == [gap.articles[1].title],
        )
    gap.store.close()


async def test_an_export_started_before_the_languages_came_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export worker waits for a big dump's languages (`Library.languages_known`): one
    started in the moment before them wrote its articles with no language."""
    gap = _Gap(tmp_path, monkeypatch)
    gap.store.set_state(gap.articles[1].id, "starred")
    app = gap.app
    folder = tmp_path / "exports"
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: gap.listed() and len(app.main.article_list.articles) == 2)
        waited = threading.Event()
        known = app.main.triage.library.languages_known
        real = known.wait

        def wait(timeout: float | None = None) -> bool:
            if timeout is None:  # the export's (the entity work polls, with a timeout)
                waited.set()
            return real(timeout)

        monkeypatch.setattr(known, "wait", wait)
        app.main.export("jsonl", list(app.library.articles), folder)
        await until(pilot, waited.is_set)  # the export reached the languages, before them
        gap.come.set()
        await until(pilot, lambda: folder.is_dir() and any(folder.iterdir()))
        await until(pilot, lambda: not any(w.name == "export" for w in app.workers))
    (written,) = folder.iterdir()
    records = [orjson.loads(line) for line in written.read_bytes().splitlines()]
    assert [r["meta"]["language"] for r in records] == ["fr"]
    gap.store.close()
