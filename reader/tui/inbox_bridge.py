"""Carries the inbox thread's events into the app, as messages.

`reader.dumps.inbox.Inbox` calls back in its own thread; `post_message` is thread-safe and
does not wait, so the inbox never blocks on the UI (nor hangs when the app is
quitting), and the app handles each event on its own thread like any message.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import App
from textual.message import Message

from reader.dumps.inbox import Inbox, InboxEvent
from reader.errors import ReaderError
from reader.tui.presenters.opening import InboxPlan


@dataclass
class InboxArrived(Message):
    """A stable new or grown dump in the watched folder (or why it could not be read)."""

    event: InboxEvent


class InboxBridge:
    """Starts and stops the inbox of one app run; does nothing without a plan."""

    def __init__(self, app: App[None], plan: InboxPlan | None) -> None:
        self._app = app
        self._plan = plan
        self._inbox: Inbox | None = None

    def start(self) -> None:
        """Starts watching; a folder that cannot be watched becomes a notification."""
        if self._plan is None or self._inbox is not None:
            return
        plan = self._plan
        inbox = Inbox(
            plan.folder, self._post, settle=plan.settle, known=plan.known, await_folder=plan.awaited
        )
        try:
            inbox.start()
        except ReaderError as exc:
            self._app.notify(str(exc), title="Inbox not watched", severity="warning")
            return
        self._inbox = inbox

    def stop(self) -> None:
        """Stops watching and waits for the thread."""
        if self._inbox is not None:
            self._inbox.stop()
            self._inbox = None

    def _post(self, event: InboxEvent) -> None:
        self._app.post_message(InboxArrived(event))
