"""A dialog composed, laid out and drawn once before it is first shown.

Textual does all of that for a screen when it is first pushed: its widgets are made and
mounted, their default stylesheets join the app's (which is parsed again), it is laid out
at the terminal's size and drawn whole, the screen under it tinted style by style. For the
`/` dialog over the 10,000-article dump that was some 50 ms of the app's thread on the
first `/` against 17 ms on the next ones (docs/performance.md, fill21): while a big dump
loads, the slowest answer of all. `draw_offscreen` does that work beforehand, a step at a
time, each after the screen's next refresh: a key that comes meanwhile waits for one step
at most (some 10 ms), never for the whole. Its refresh timer is started too. The dialog,
kept installed, is then shown as on any later press.

A screen drawn so can be mid-mount when the app is told to end, or not yet composed when
the app's shutdown closes it (its first turn late, on a loaded machine): Textual then
mounts none of its widgets, and the screen's own mount handler ran with them missing
(NoMatches, which ended the app with a traceback). `while_running` wraps such a handler:
it does nothing once the app has begun to end or the screen to close.

It reaches into Textual 8's private methods and flags (`App._get_screen`,
`Screen._refresh_layout`, `Screen._compositor`, `Screen._update_timer`,
`MessagePump._closing`); `tests/tui/test_offscreen.py` fails if they change.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import TypeVar

from textual.app import App
from textual.screen import Screen

_S = TypeVar("_S", bound=Screen[object])


async def draw_offscreen(app: App[object], screen: Screen[object]) -> bool:
    """Composes `screen` (installed, not on the stack), lays it out at the app's size and
    draws it once, off screen; False (nothing done) if it was shown meanwhile or the app
    ends."""
    if not await _refreshed(app) or screen.is_running:
        return False
    _, mounted = app._get_screen(screen)
    await mounted
    if not await _refreshed(app) or screen in app.screen_stack or not screen.is_attached:
        return False
    screen._refresh_layout(app.size)
    if not await _refreshed(app) or screen in app.screen_stack:
        return False
    screen._compositor.render_update(full=True)
    _start_update_timer(screen)
    return True


def while_running(handler: Callable[[_S], None]) -> Callable[[_S], None]:
    """A mount handler of a screen `draw_offscreen` may draw, run only while the app runs
    and the screen is not closing: once the app is told to end, or its shutdown closes the
    screen, Textual mounts none of the screen's widgets (and closes those it had), and
    there is nothing to show them on. `is_attached` is false once the app is told to end
    (the app still runs, `is_running` is true, until its shutdown); a screen the shutdown
    closes is still attached, only closing (Textual's own `mount` asks `_closing`)."""

    @functools.wraps(handler)
    def guarded(screen: _S) -> None:
        if screen.is_attached and not screen._closing:
            handler(screen)

    return guarded


def _start_update_timer(screen: Screen[object]) -> None:
    """Starts the screen's refresh timer, paused again at once. Textual counts the timer's
    slots (60 a second) from its first resume, so a screen's first showing waited a whole
    slot before its first paint, where a later showing, the slot long past, paints at
    once: some 17 ms more on the first `/` than on the next ones (docs/performance.md,
    fill24). Its task waits for the resume already (the layout made the timer)."""
    timer = screen._update_timer
    timer.resume()
    timer.pause()


async def _refreshed(app: App[object]) -> bool:
    """After the app's next screen refresh (its queued messages, keys among them, handled
    first); False if the app no longer runs."""
    if not app.is_running:
        return False
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: done.done() or done.set_result(None))
    await done
    return app.is_running
