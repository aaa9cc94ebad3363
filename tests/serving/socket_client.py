"""A websocket client that speaks textual-serve's protocol as its browser page does.

The page sends JSON envelopes (`["stdin", keys]`, `["resize", {...}]`, `["ping", t]`);
the server sends the app's terminal output as binary frames and events (a download
ready: `["deliver_file_start", key]`) as text frames.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import aiohttp

WAIT = 120.0
"""Seconds a test waits for something the app should show: each tab is a new process that
imports Textual and the splitter, which took over 30 s on a 2-core machine at load 12."""


class Tab:
    """One browser tab's websocket: the terminal output so far, and the events seen."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket
        self.output = b""
        self.events: list[list[object]] = []

    async def press(self, keys: str) -> None:
        """Types `keys` as the terminal in the page would."""
        await self.socket.send_json(["stdin", keys])

    async def until_shown(self, text: str) -> float:
        """Reads output until `text` appears in it (unstyled, on one row); seconds it took."""
        return await self._until(lambda: text.encode() in self.output, f"{text!r} shown")

    async def until_event(self, name: str) -> list[object]:
        """Reads until a text frame named `name` arrives; that event."""
        await self._until(lambda: any(event[0] == name for event in self.events), name)
        return next(event for event in self.events if event[0] == name)

    async def _until(self, done: Callable[[], bool], what: str) -> float:
        loop = asyncio.get_running_loop()
        start = loop.time()
        try:
            async with asyncio.timeout(WAIT):
                while not done():
                    await self._read_one()
        except TimeoutError:
            raise AssertionError(f"no {what} within {WAIT} s") from None
        return loop.time() - start

    async def _read_one(self) -> None:
        message = await self.socket.receive()
        if message.type is aiohttp.WSMsgType.BINARY:
            self.output += message.data
        elif message.type is aiohttp.WSMsgType.TEXT:
            self.events.append(json.loads(message.data))
        else:
            raise ConnectionError(f"the tab's websocket ended: {message.type.name}")
