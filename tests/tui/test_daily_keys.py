"""Pilot tests of the keys daily readers expect: advance after triage, `o`, `y` with a URL."""

from __future__ import annotations

import webbrowser

import pyperclip
import pytest

from reader.article import Article, Paragraph, article_id
from reader.tui.app import ReaderApp
from reader.tui.widgets.article_view import ArticleView
from tests.tui.helpers import Noted, make_session, settle

SIZE = (120, 40)


def _articles(count: int, meta: dict[str, str] | None = None) -> list[Article]:
    made = []
    for n in range(count):
        body = f"Report {n} from Seoul. Officials said more would follow."
        title = f"Story {n}"
        made.append(
            Article(
                article_id(title, body),
                "a.txt",
                n,
                title,
                body,
                (Paragraph(0, len(body)),),
                dict(meta or {}),
            )
        )
    return made


def _open(app: ReaderApp) -> Article | None:
    return app.query_one(ArticleView).article


@pytest.mark.parametrize("key", ["s", "plus", "x"])
async def test_star_keep_or_discard_in_the_article_goes_on_to_the_next_unread(
    key: str,
) -> None:
    app = Noted(make_session(_articles(4)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first, second = app.library.articles[:2]
        await pilot.press("enter", key)
        assert app.triage.state(first.id) != "new"
        assert _open(app) is second
        assert app.query_one(ArticleView).has_focus, "reading goes on in the article"


async def test_advance_off_keeps_the_article_and_the_list_key_never_advances() -> None:
    session = make_session(_articles(3))
    session.advance = False
    app = Noted(session)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.library.articles[0]
        await pilot.press("enter", "s")
        assert _open(app) is first
    app = Noted(make_session(_articles(3)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        assert _open(app) is app.library.articles[0]


async def test_advance_says_when_nothing_unread_is_left() -> None:
    app = Noted(make_session(_articles(1)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "x")
        assert app.notes[-1] == "No unread articles left."


@pytest.mark.parametrize(
    "field",
    ["url", "source"],  # a web clipper names the page `source:` (MarkDownload, Obsidian's)
)
async def test_o_opens_the_pages_address_in_the_browser(
    monkeypatch: pytest.MonkeyPatch, field: str
) -> None:
    for name in ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"):
        monkeypatch.delenv(name, raising=False)
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    app = Noted(make_session(_articles(2, {field: "https://example.org/story"})))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert opened == ["https://example.org/story"]
        assert "Opening https://example.org/story" in app.notes[-1]


async def test_o_over_ssh_copies_the_url_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: pytest.fail("no browser over SSH"))
    app = Noted(make_session(_articles(1, {"url": "https://example.org/story"})))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        assert copied == ["https://example.org/story"]
        assert app.notes[-1].startswith("Over SSH: the URL was copied instead of opened")


async def test_o_without_a_url_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: pytest.fail("nothing to open"))
    app = Noted(make_session(_articles(1, {"url": "javascript:alert(1)"})))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        assert app.notes[-1] == "This article has no web address (its dump gave none)."


async def test_y_cites_the_publication_and_url(monkeypatch: pytest.MonkeyPatch) -> None:
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    meta = {
        "publication": "Midland Courier",
        "url": "https://example.org/s",
        "updated": "7 Nov",
    }
    app = Noted(make_session(_articles(1, meta)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "y")
        assert copied == [
            "“Report 0 from Seoul.”\n— Story 0, Midland Courier, 7 Nov, https://example.org/s"
        ]


async def test_o_and_y_in_a_browser_tab_go_to_that_browser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under `reader serve` the server's browser and clipboard are not the reader's: `o` opened
    a page on the server ("No browser could be started" in the tab) and `y` reached the
    server's desktop clipboard first."""
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")  # serving over SSH too
    monkeypatch.setattr(ReaderApp, "is_web", property(lambda app: True))
    monkeypatch.setattr(webbrowser, "open", lambda *a, **k: pytest.fail("the server's browser"))
    monkeypatch.setattr(pyperclip, "copy", lambda *a: pytest.fail("the server's clipboard"))
    opened: list[str] = []
    app = Noted(make_session(_articles(1, {"url": "https://example.org/story"})))
    monkeypatch.setattr(app, "open_url", lambda url, **k: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert opened == ["https://example.org/story"]
        assert app.notes[-1] == "Opening https://example.org/story in a new tab"
        await pilot.press("enter", "y")
        assert app.clipboard.startswith("“Report 0 from Seoul.”")
        assert app.notes[-1] == "Copied to the browser's clipboard."
