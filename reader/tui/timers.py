"""Calls after a delay that always happen.

Textual's `set_timer` makes a one-shot `Timer` that skips ticks it was late for
(`skip=True`): its task reads the clock twice before it first waits, and when more than
the delay passes between the two reads (another thread held the interpreter, the
process waited for a core) its only tick counts as missed and the callback never runs.
For the 1 ms pause between two steps of work done between keys, that was about one
timer in 20,000 on a loaded machine, and it ended the chain of steps for good: a sort
read between keys left the list "sorting…" for ever, a search between keys stopped
finding. So every delayed call of the app is made here, on the event loop's own timer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from textual.message_pump import MessagePump


def call_after(
    pump: MessagePump, seconds: float, callback: Callable[[], object]
) -> asyncio.TimerHandle:
    """Runs `callback` in `pump`'s message loop once `seconds` have passed, as `set_timer`
    would, but never skipped, however late the loop gets to it; `cancel()` on the handle
    calls it off. A pump closed by then runs nothing (its queue is closed)."""
    return asyncio.get_running_loop().call_later(seconds, pump.call_next, callback)
