"""Noticing that the terminal went away: SIGHUP, or a hang-up on stdin or stdout.

Without this, a `reader` whose terminal closed (an SSH connection dropped, a window
closed under `nohup`) reads end-of-file for ever and spins at full CPU. The watch
costs nothing while the terminal is there: one thread blocked in `poll`.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import threading
from collections.abc import Callable, Sequence
from types import FrameType

_GONE = select.POLLHUP | select.POLLERR | select.POLLNVAL


class TerminalWatch:
    """Calls `on_lost` once, from its own thread, when the terminal is gone.

    Gone means SIGHUP arrived, or a hang-up or error on one of `fds` (stdin at EOF
    on a closed terminal reports a hang-up). Use it as a context manager around
    `App.run()`; it must be entered in the main thread (it sets the SIGHUP handler).
    """

    def __init__(self, fds: Sequence[int], on_lost: Callable[[], None]) -> None:
        self._fds = tuple(fds)
        self._on_lost = on_lost
        self._wake_read, self._wake_write = os.pipe()
        self._thread = threading.Thread(target=self._run, name="reader-terminal", daemon=True)
        self._hangup = threading.Event()
        self._previous: object = None

    def __enter__(self) -> TerminalWatch:
        self._previous = signal.signal(signal.SIGHUP, self._on_sighup)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        signal.signal(signal.SIGHUP, self._previous)  # type: ignore[arg-type]
        with contextlib.suppress(OSError):
            os.write(self._wake_write, b"x")
        self._thread.join(5)
        os.close(self._wake_read)
        os.close(self._wake_write)

    def _on_sighup(self, _signum: int, _frame: FrameType | None) -> None:
        self._hangup.set()
        with contextlib.suppress(OSError):
            os.write(self._wake_write, b"x")  # a pipe write is safe in a signal handler

    def _run(self) -> None:
        poller = select.poll()
        poller.register(self._wake_read, select.POLLIN)
        for fd in self._fds:
            poller.register(fd, 0)  # no input events: only hang-ups and errors wake us
        events = poller.poll()
        if self._hangup.is_set() or any(
            fd != self._wake_read and mask & _GONE for fd, mask in events
        ):
            self._on_lost()
