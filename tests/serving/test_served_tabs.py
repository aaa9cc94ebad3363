"""`reader serve` end to end without a browser: HTTP, the websocket protocol, the store.

One server per test, on a free port, stopped (with every tab it started) at the end.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from pathlib import Path

import aiohttp
import pytest

from reader.dumps.load import load_dumps
from reader.store._lock import lock_path
from reader.store.store import Store
from tests.serving.running import (
    HARBOUR,
    group_alive,
    make_workspace,
    serving,
    status,
)
from tests.serving.socket_client import WAIT, Tab

pytestmark = pytest.mark.slow

TOKEN = "a-test-token-of-some-length"


def _state(workspace: Path, title: str) -> str | None:
    """The stored triage state of the article titled `title` (None before the first save)."""
    store_path = workspace / "annotations" / "reader.json"
    if not store_path.is_file():
        return None
    (article,) = [a for a in load_dumps([workspace / "seeds" / "harbour.md"]) if a.title == title]
    with Store(store_path, read_only=True) as store:
        return store.state(article.id)


def _holds_the_store(workspace: Path) -> bool:
    """Whether a tab holds the store: its lock's side file names the holder once it has
    taken the lock (the file is made empty just before)."""
    side = lock_path(workspace / "annotations" / "reader.json")
    with contextlib.suppress(FileNotFoundError):
        return side.stat().st_size > 0
    return False


async def _until(done: Callable[[], bool]) -> None:
    async with asyncio.timeout(WAIT):
        while not done():
            await asyncio.sleep(0.05)


async def test_a_tab_shows_the_first_title_its_keys_land_in_the_store_and_exports_download(
    tmp_path: Path,
) -> None:
    workspace = make_workspace(tmp_path)
    with serving(workspace, token=TOKEN) as served:
        assert status(served.url()) == 200
        async with aiohttp.ClientSession() as http, http.ws_connect(served.socket_url()) as ws:
            tab = Tab(ws)
            await tab.until_shown(HARBOUR)
            await tab.press("s")
            await _until(lambda: _state(workspace, HARBOUR) == "starred")
            await tab.press("E")
            await tab.until_shown("enter downloads")  # the dialog knows it runs in a browser
            await tab.press("\r")
            _event, key = await tab.until_event("deliver_file_start")
            async with http.get(served.url(f"/download/{key}")) as response:
                assert response.status == 200
                delivered = await response.read()
        (written,) = (workspace / "annotations" / "exports").iterdir()
        assert delivered == written.read_bytes()
        assert HARBOUR.encode() in delivered


async def test_a_second_tab_holds_the_store_read_only_and_says_so(tmp_path: Path) -> None:
    workspace = make_workspace(tmp_path)
    with serving(workspace, token=TOKEN) as served:
        async with aiohttp.ClientSession() as http, http.ws_connect(served.socket_url()) as one:
            first = Tab(one)
            await first.until_shown(HARBOUR)  # the first frame: drawn before the store opens,
            await _until(lambda: _holds_the_store(workspace))  # so wait until it is held
            async with http.ws_connect(served.socket_url()) as two:
                second = Tab(two)
                await second.until_shown("[read-only]")
                await second.press("x")  # refused: the first tab holds the store
                await second.until_shown("Not saved")  # the refusal's own title, one row:
                # its message (and the start-up notice's) wraps as the pane has it
                await first.press("s")
                await _until(lambda: _state(workspace, HARBOUR) == "starred")
                # SIGTERM with both tabs open: the server closes them and every tab quits
                # (a tab still loading spaCy finishes that first, hence WAIT)
                served.process.terminate()
                await asyncio.to_thread(served.process.wait, WAIT)
                await _until(lambda: not group_alive(served.process.pid))
    assert _state(workspace, HARBOUR) == "starred"


async def test_without_the_token_every_request_is_refused_and_the_page_names_its_origin(
    tmp_path: Path,
) -> None:
    workspace = make_workspace(tmp_path)
    with serving(workspace, token=TOKEN) as served:
        assert status(served.url("/", with_token=False)) == 403
        assert status(served.url("/static/js/textual.js", with_token=False)) == 403
        assert status(served.url("/download/0", with_token=False)) == 403
        assert status(served.url("/") + "-but-wrong") == 403
        jar = aiohttp.CookieJar(unsafe=True)  # unsafe: keeps cookies of IP-address hosts
        async with aiohttp.ClientSession(cookie_jar=jar) as http:
            for url, headers in [
                (served.socket_url(with_token=False), {}),
                (served.socket_url(), {"Origin": "http://elsewhere.example"}),
            ]:
                with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                    await http.ws_connect(url, headers=headers)
                assert refused.value.status == 403
            async with http.get(served.url()) as page:  # the token, once: a cookie after
                assert page.status == 200
                assert page.headers["Cross-Origin-Opener-Policy"] == "same-origin"
                assert f'"ws://127.0.0.1:{served.port}/ws"' in await page.text()
            proxied = {"X-Forwarded-Proto": "https"}  # a TLS proxy in front
            async with http.get(served.url(), headers=proxied) as page:
                assert f'"wss://127.0.0.1:{served.port}/ws"' in await page.text()
            async with http.get(served.url("/static/js/textual.js", with_token=False)) as script:
                assert script.status == 200
