"""Keys typed while a dialog opens: held, then given to it in order.

Textual hands a key to the widget focused when the key reaches the app. Typed right
behind `f` (a paste, a fast typist, a slow machine, SSH), a filter's letters were all
handed to the list before `f` had opened the picker, and came back up to the app once
the picker was pushed but not yet focused: lost, or run as list commands on the article
under the cursor. So from the moment a screen is pushed over the reading screen, every
key and paste that reaches the app (afresh, or back up from a widget under the dialog)
is held; once the app, the dialog and the widget under it have handled what was posted
to them (the dialog mounted and focused), they are posted again in turn, each once what
the one before it set off has been handled: letters typed before an esc go to the dialog
and close with it, a key typed after the esc reaches the list.

Text for the dialog's box goes in one go: a run of printable keys (and pastes) that the
focused box takes as they are, bound to nothing before it, sets off nothing but the box's
own changes, so it is posted together and waited for once. One at a time, each letter
waited for its search or its choices redrawn, each wait rounds of every widget of the
dialog and of a busy app (a big dump's batches): `/` and five letters filled the box
0.1-0.5 s behind the dialog (docs/performance.md, fill22).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from textual import events
from textual.app import App
from textual.binding import ActiveBinding
from textual.message_pump import MessagePump
from textual.widgets import Input

from reader.tui.typed_ahead import settled

Typed = events.Key | events.Paste
"""What a user types: a key, or a bracketed paste (the terminal's one event for it)."""


class HeldKeys:
    """Holds what is typed while a dialog opens and gives it to the dialog once it is up."""

    def __init__(self, app: App[None]) -> None:
        self._app = app
        self._queue: list[Typed] = []
        """In the order typed: a key typed later reaches the app afresh before one handed
        to the list earlier comes back up from it."""
        self._posted: list[Typed] = []
        """What this posted again: it reaches the app once more, and then goes its way."""
        self.holding = False
        """Whether a dialog is opening, or what was typed meanwhile is still being given."""
        self._under: list[MessagePump] = []
        """The widget focused under the dialog and those around it: keys handed to it
        before the dialog opened come back up from it."""

    def hold(self, under: list[MessagePump]) -> bool:
        """Holds from now on; False if it was holding already (its run gives these too).
        `under`: the focused widget under the dialog, and its ancestors."""
        started, self.holding = not self.holding, True
        self._under += under
        return started

    def holds(self, event: events.Event) -> bool:
        """Whether `event`, which reached the app, waits for the dialog (then it runs in turn)."""
        if not self.holding or not isinstance(event, (events.Key, events.Paste)):
            return False
        if any(event is posted for posted in self._posted):
            return False
        bisect.insort(self._queue, event, key=_typed_at)
        return True

    async def run(self) -> None:
        """Waits for the dialog to be up, then gives it what was typed: a run of text for
        its box at once, any other key alone. Whatever happens, keys go their own way
        again after it (never held for good)."""
        try:
            await settled(self._app, self._under)
            while self._queue:
                for typed in self._text_run() or [self._queue.pop(0)]:
                    again = _again(typed)
                    self._posted.append(again)
                    self._app.post_message(again)
                await settled(self._app)
        finally:
            self.holding = False
            self._queue.clear()
            self._posted.clear()
            self._under.clear()

    def _text_run(self) -> list[Typed]:
        """The held keys, from the next on, that the focused one-line box takes as text:
        pastes, and printable keys no priority binding takes first (`Input` stops the
        others before any binding sees them). Taken off the queue; [] when the next is
        none. (The note editor's `TextArea` gets one key at a time: importing it to ask
        costs a dialog's first opening some milliseconds.)"""
        if not isinstance(self._app.focused, Input):
            return []
        bindings = self._app.screen.active_bindings
        run: list[Typed] = []
        while self._queue and _as_text(self._queue[0], bindings):
            run.append(self._queue.pop(0))
        return run


def _as_text(typed: Typed, bindings: Mapping[str, ActiveBinding]) -> bool:
    """Whether a box takes `typed` as text: a paste, or a printable key not bound with
    priority (such a binding runs before the box sees the key)."""
    if isinstance(typed, events.Paste):
        return True
    bound = bindings.get(typed.key)
    return typed.is_printable and (bound is None or not bound.binding.priority)


def _typed_at(typed: Typed) -> float:
    """When the terminal's input was read (Textual stamps each event as it is made)."""
    return typed.time


def _again(typed: Typed) -> Typed:
    """A fresh copy: the one held was forwarded to a widget already (Textual then never
    forwards it again)."""
    if isinstance(typed, events.Paste):
        return events.Paste(typed.text)
    return events.Key(typed.key, typed.character)
