"""Builds the app the way `reader` does, but with the instant fake entity service."""

from __future__ import annotations

import tempfile
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path

from rich.style import Style
from textual.pilot import Pilot
from textual.widget import Widget

from reader.article import Article
from reader.dump import load_dump
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.library import Library
from reader.tui.widgets.article_view import ArticleView
from tests.conftest import SEED
from tests.tui.fakes import FakeService


def seed_articles() -> list[Article]:
    return load_dump(SEED)


def make_app(
    articles: Sequence[Article] | None = None,
    service: FakeService | None = None,
    keymap: Mapping[str, str] | None = None,
    problems: Sequence[str] = (),
    preview_delay: float = 0.0,
    store: Store | None = None,
) -> ReaderApp:
    """The app on the seed (or `articles`); the view follows the list cursor at once.

    Without a `store`, a fresh one in a new temporary folder.
    """
    library = Library(seed_articles() if articles is None else articles, problems)
    store = store or scratch_store()
    app = ReaderApp(library, service or FakeService(), "fake_model", store=store, keymap=keymap)
    app.main.preview_delay = preview_delay
    return app


def scratch_store() -> Store:
    """A fresh store in a temporary folder that goes away with the store object."""
    folder = tempfile.TemporaryDirectory(prefix="reader-test-")
    store = Store(Path(folder.name) / "reader.json")
    weakref.finalize(store, folder.cleanup)
    return store


async def settle(pilot: Pilot) -> None:
    """Lets the entity worker finish and its messages and preview timers run."""
    await pilot.app.workers.wait_for_complete()
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
