"""What was typed ahead of the reading screen, run on it one at a time, in order.

The first screen keeps the keys it cannot answer and the clicks in its article
(`FirstScreen.typed_ahead`). Posted all at once, the keys would all reach the widget
that had the focus when the first of them arrived: enter opens the article and moves
the focus to it by a message, so a `1` right after it would be a count in the list
instead of a tag on the sentence. So each runs once what the one before it set off
has been handled, and a key pressed meanwhile waits its turn behind them.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from textual import events
from textual.app import App
from textual.message_pump import MessagePump

from reader.tui.screens.first import Clicked

if TYPE_CHECKING:
    from reader.tui.screens.main import MainScreen

SETTLE_ROUNDS = 32
"""Rounds of waiting for the app to fall quiet after one key at most (a busy app, its
worker's results streaming in, is never quite quiet: the next key goes after these)."""
SETTLE_SECONDS = 10.0
"""How long one round waits for a widget that may have been removed meanwhile."""


class Replay:
    """Runs typed-ahead keys and clicks on the reading screen; holds live keys meanwhile."""

    def __init__(self, app: App[None], main: MainScreen, typed: Iterable[object]) -> None:
        self._app = app
        self._main = main
        self._queue: deque[object] = deque(typed)
        self._unseen = len(self._queue)
        """How many of the queue's first items were typed before any state was on screen."""
        self._posted: events.Key | None = None
        self.done = not self._queue
        """Whether everything has run (live keys go their own way again)."""

    def holds(self, event: events.Event) -> bool:
        """Whether a key the app received waits behind the replay (it then runs in turn)."""
        if self.done or not isinstance(event, events.Key):
            return False
        if event.is_forwarded or event is self._posted:
            return False
        self._queue.append((event.key, event.character))
        return True

    async def run(self) -> None:
        """Each key or click, then waits until what it set off has been handled."""
        while self._queue:
            item = self._queue.popleft()
            self._main.typed_blind, self._unseen = self._unseen > 0, max(self._unseen - 1, 0)
            if isinstance(item, Clicked):
                self._main.read_at(item.article_id, item.offset, item.selection)
            else:
                key, character = item  # type: ignore[misc]
                self._posted = events.Key(key, character)
                self._app.post_message(self._posted)
            await settled(self._app)
        self.done, self._main.typed_blind = True, False


async def settled(app: App[None], also: Sequence[MessagePump] = ()) -> None:
    """Returns once the app and every widget of its screen have handled what was posted
    to them, and what that posted in turn (a key bubbles, a message opens the article,
    the focus moves by a callback): rounds of one callback queued behind each. `also`:
    more to wait for (the list under a dialog, and its panes, keys were handed to)."""
    for _ in range(SETTLE_ROUNDS):
        pumps = [app, *app.screen.walk_children(with_self=True), *also]
        waits: list[asyncio.Task[bool]] = []
        for pump in pumps:
            handled = asyncio.Event()
            if pump.call_later(handled.set):
                waits.append(asyncio.create_task(handled.wait()))
        if waits:
            _, late = await asyncio.wait(waits, timeout=SETTLE_SECONDS)
            for task in late:  # a widget removed meanwhile never answers
                task.cancel()
        # Textual keeps no public count of what a widget has still to handle.
        if all(pump._message_queue.empty() for pump in pumps):
            return
