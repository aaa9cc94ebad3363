"""The served TUI in a real browser: Debian's Chromium driven by Playwright (`make e2e`).

Not part of `make test`: it needs /usr/bin/chromium and the `e2e` extra (Playwright
drives the system browser through `executable_path`; no browser is downloaded).
A screenshot of the end state is saved as build/e2e-reader.png.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Download, Page, WebSocket, sync_playwright

from reader.dumps.load import load_dumps
from reader.store.store import Store
from tests.serving.running import HARBOUR, make_workspace, serving

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BUILD = Path(__file__).resolve().parents[2] / "build"
SCREENSHOT = BUILD / "e2e-reader.png"
FAILED = BUILD / "e2e-failure.png"
WAIT = 120.0
"""Seconds for each step to show in the page; it moves on as soon as it does (the tab is a
new process: over 30 s at load 12 on this 2-core machine)."""
TOKEN = "an-end-to-end-test-token"


class Terminal:
    """What the page's terminal received over its websocket, for waiting on text."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.output = b""
        self.rows = 0
        page.on("websocket", self._watch)

    def _watch(self, socket: WebSocket) -> None:
        socket.on("framereceived", self._received)
        socket.on("framesent", self._sent)

    def _sent(self, payload: bytes | str) -> None:
        message = json.loads(payload)
        if message[0] == "resize":
            self.rows = int(message[1]["height"])

    def click_row(self, row: int, across: float) -> None:
        """A click on terminal row `row` (0 at the top), `across` of the way to the right."""
        until(self.page, lambda: self.rows > 0)
        box = self.page.locator(".xterm-screen").bounding_box()
        assert box is not None
        line = box["height"] / self.rows
        self.page.mouse.click(box["x"] + box["width"] * across, box["y"] + line * (row + 0.5))

    def _received(self, payload: bytes | str) -> None:
        if isinstance(payload, bytes):
            self.output += payload

    def press(self, key: str) -> None:
        """A key typed into the focused terminal."""
        self.page.keyboard.press(key)

    def until_shown(self, text: str) -> None:
        """Waits (bounded) until the app has drawn `text`."""
        until(self.page, lambda: text.encode() in self.output)


def until(page: Page, done: Callable[[], bool]) -> None:
    """Lets the page's events run until `done()`; after WAIT seconds, fails with a screenshot."""
    deadline = time.monotonic() + WAIT
    while not done():
        if time.monotonic() > deadline:
            FAILED.parent.mkdir(exist_ok=True)
            page.screenshot(path=FAILED)
            pytest.fail(f"gave up waiting after {WAIT} s; the page is in {FAILED}")
        page.wait_for_timeout(50)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[BrowserContext]:
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            tmp_path / "chromium-profile",  # a fresh --user-data-dir
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            accept_downloads=True,
            viewport={"width": 1280, "height": 720},
        )
        try:
            yield context
        finally:
            context.close()


def _annotations(workspace: Path) -> list[tuple[str, tuple[str, ...]]]:
    store_path = workspace / "annotations" / "reader.json"
    if not store_path.is_file():
        return []
    with Store(store_path, read_only=True) as store:
        return [(a.article_id, tuple(a.tags)) for a in store.annotations()]


def test_tag_and_export_in_a_browser(tmp_path: Path, browser: BrowserContext) -> None:
    workspace = make_workspace(tmp_path / "workspace")
    harbour = next(
        a for a in load_dumps([workspace / "seeds" / "harbour.md"]) if a.title == HARBOUR
    )
    downloads: list[Download] = []
    browser.on("page", lambda page: page.on("download", lambda d: downloads.append(d)))
    with serving(workspace, token=TOKEN) as served:
        page = browser.new_page()
        terminal = Terminal(page)
        page.goto(served.url())
        terminal.until_shown(HARBOUR)
        terminal.click_row(2, across=0.1)  # into the terminal: the list's first article
        terminal.press("Enter")  # open it
        terminal.click_row(1, across=0.6)  # its title in the article: the first sentence
        terminal.press("1")  # tag it `key`
        until(page, lambda: _annotations(workspace) == [(harbour.id, ("key",))])
        terminal.press("E")
        terminal.until_shown("Export annotations and states")
        terminal.press("Enter")
        until(page, lambda: bool(downloads))
        (download,) = downloads
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)
        terminal.until_shown("downloading")
        BUILD.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOT)
    document = json.loads(saved.read_text(encoding="utf-8"))
    (article,) = [a for a in document["articles"] if a["id"] == harbour.id]
    (note,) = article["annotations"]
    assert note["tags"] == ["key"]
    assert note["quote"] == "The harbour council approved a new ferry timetable on Monday."
    assert (
        saved.read_bytes() == next((workspace / "annotations" / "exports").iterdir()).read_bytes()
    )


CLIPPED = "Ferry timetable approved"
PAGE = "http://news.example/ferry-timetable"
"""The clipped article's address: answered by the browser context's route, not the network."""


def test_o_opens_the_articles_page_in_a_new_tab_of_the_browser(
    tmp_path: Path, browser: BrowserContext
) -> None:
    """The served reader's `o` opens the page in the reader's browser, as `y` copies to its
    clipboard: it ran the server's browser, and the tab said "No browser could be started"."""
    workspace = tmp_path / "workspace"
    (workspace / "seeds").mkdir(parents=True)
    (workspace / "seeds" / "clip.md").write_text(
        f"---\ntitle: {CLIPPED}\nurl: {PAGE}\n---\n\n"
        "The harbour council approved a new ferry timetable on Monday.\n",
        encoding="utf-8",
    )
    browser.route(
        f"{PAGE}**", lambda route: route.fulfill(body="the page", content_type="text/plain")
    )
    with serving(workspace, token=TOKEN) as served:
        page = browser.new_page()
        terminal = Terminal(page)
        page.goto(served.url())
        terminal.until_shown(CLIPPED)
        terminal.click_row(2, across=0.1)  # into the terminal: the list's article
        with browser.expect_page(timeout=WAIT * 1000) as opened:
            terminal.press("o")
        tab = opened.value
        tab.wait_for_load_state()
        assert tab.url == PAGE
        assert tab.evaluate("window.opener") is None  # it cannot send the reader's tab away
        terminal.until_shown("in a new tab")
