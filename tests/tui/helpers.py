"""Builds the app the way `reader` does, but with the instant fake entity service."""

from __future__ import annotations

import asyncio
import itertools
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest
from rich.style import Style
from textual import _time as textual_time
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.worker import WorkerCancelled

from reader.article import Article
from reader.dumps.load import load_dump
from reader.library.dwell import DwellPolicy
from reader.library.triage import Triage
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.presenters.opening import InboxPlan
from reader.tui.presenters.session import Session
from reader.tui.widgets.article_view import ArticleView
from reader.workspace import Workspace
from tests.conftest import SEED
from tests.tui.fakes import FakeService

_STORES = tempfile.TemporaryDirectory(prefix="reader-tui-tests-")
"""Each app gets a fresh store in here unless a test passes its own (removed at exit)."""
_NUMBERS = itertools.count()
_S = TypeVar("_S", bound=Screen[Any])


def seed_articles() -> list[Article]:
    return load_dump(SEED)


def fresh_store() -> Store:
    return Store(Path(_STORES.name) / f"store{next(_NUMBERS)}" / "reader.json")


def make_session(
    articles: Sequence[Article] | None = None,
    *,
    store: Store | None = None,
    problems: Sequence[str] = (),
    dwell: float | None = None,
    inbox: InboxPlan | None = None,
    exports_dir: Path | None = None,
    workspace: Workspace | None = None,
) -> Session:
    """A session on the seed (or `articles`); no dwell marking and no inbox unless asked."""
    store = store or fresh_store()
    return Session(
        triage=Triage(store, seed_articles() if articles is None else articles),
        exports_dir=exports_dir or store.path.parent / "exports",
        workspace=workspace,
        dwell=DwellPolicy(dwell),
        problems=list(problems),
        inbox=inbox,
    )


def make_app(
    articles: Sequence[Article] | None = None,
    service: FakeService | None = None,
    keymap: Mapping[str, str] | None = None,
    problems: Sequence[str] = (),
    preview_delay: float = 0.0,
    session: Session | None = None,
    store: Store | None = None,
) -> ReaderApp:
    """The app on the seed (or `articles`); the view follows the list cursor at once.

    Without a `session`, one over `store` (default: a fresh one).
    """
    session = session or make_session(articles, store=store, problems=problems)
    app = ReaderApp(session, service or FakeService(), "fake_model", keymap=keymap)
    app.main.preview_delay = preview_delay
    return app


class Noted(ReaderApp):
    """A reader over a fake entity service that records its notifications, so tests can
    read them, and previews at once (no preview delay to wait out)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session, FakeService(), "fake_model")
        self.notes: list[str] = []
        self.main.preview_delay = 0

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notes.append(str(message))
        super().notify(message, **kwargs)


HANG = 60.0
"""Seconds after which a wait for a condition gives up: a hang, never a slow machine."""
CLOCK_STALL = 0.005
"""Seconds each read of Textual's timer clock takes under `slow_timer_clock`: the
interpreter's switch interval, how long a thread may wait for another to let go."""


def slow_timer_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each read of the clock Textual's timers read takes `CLOCK_STALL` (as on a loaded
    machine, where the thread may lose the interpreter or the core at any read): a
    one-shot `set_timer` shorter than that then skips its only tick, for certain."""
    read = textual_time.get_time

    def stalled() -> float:
        time.sleep(CLOCK_STALL)
        return read()

    monkeypatch.setattr(textual_time, "get_time", stalled)


async def until(pilot: Pilot, condition: Callable[[], bool]) -> None:
    """Lets the app run until `condition()` holds (a timer, a worker, the inbox thread).

    Tests wait for what they need, never a fixed time: a loaded machine only makes
    them slower."""
    deadline = time.monotonic() + HANG
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        await pilot.pause(0.05)


async def until_shown(pilot: Pilot, kind: type[_S]) -> _S:
    """The app's screen once it is a `kind` and has composed and mounted its widgets.

    A pushed screen is `app.screen` at once, before its own first turn composes it: a
    query of its widgets in that moment finds none (NoMatches, now and then under load)."""
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, kind) and app.screen.is_mounted)
    screen = app.screen
    assert isinstance(screen, kind)
    return screen


async def settle(pilot: Pilot) -> None:
    """Lets the entity worker finish and its messages and preview timers run.

    A worker cancelled meanwhile has ended too (the palette's search, cancelled by the
    next key typed): only a worker that failed fails the test."""
    workers = list(pilot.app.workers)
    ends = await asyncio.gather(*(worker.wait() for worker in workers), return_exceptions=True)
    for end in ends:
        if isinstance(end, BaseException) and not isinstance(end, WorkerCancelled):
            raise end
    await pilot.pause()


def screen_lines(widget: Widget) -> list[str]:
    """What a Line-API widget shows now, one string per screen line."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def style_of(view: ArticleView, text: str) -> Style:
    """The style of the first char of `text` in the body lines on screen."""
    for y in range(view.size.height):
        line = view.layout.lines[round(view.scroll_y) + y]
        strip = view.render_line(y)
        if not line.in_body or text not in strip.text:
            continue
        at = strip.text.index(text)
        for segment in strip:
            if at < len(segment.text):
                return segment.style or Style()
            at -= len(segment.text)
    raise AssertionError(f"{text!r} is not on screen")
