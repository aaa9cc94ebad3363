"""Noticing that the terminal went away (SIGHUP, or a hang-up on stdin or stdout), or
that the process was asked to stop (SIGTERM).

Without this, a `reader` whose terminal closed (an SSH connection dropped, a window
closed under `nohup`) reads end-of-file for ever and spins at full CPU, and one sent
SIGTERM (`kill`, a shutdown) dies on the spot with its lock file left behind. The
watch costs nothing while the terminal is there: one thread blocked in `poll`.
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


STOP_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
"""The signals that make the app save and exit: the terminal hung up, or a `kill`."""
STUCK_AFTER_S = 5.0
"""How long the app may take to shut down after it saved (a few frames' work)."""


class TerminalWatch:
    """Calls `on_lost(signum)` once, from its own thread, when the terminal is gone or the
    process is told to stop.

    Gone means SIGHUP arrived, or a hang-up or error on one of `fds` (stdin at EOF on
    a closed terminal reports a hang-up): `signum` is SIGHUP. Told to stop means
    SIGTERM: `signum` is SIGTERM. Use it as a context manager around `App.run()`; it
    must be entered in the main thread (it sets the signal handlers).

    When the `with` block has not ended `grace` seconds after `on_lost` returned,
    `on_stuck(signum)` is called from the watch's thread. Textual's shutdown writes to
    the terminal through a writer thread; when that thread died on the hung-up terminal
    (seen after `tmux kill-session` under load) the main thread waits on its full queue
    for ever, asleep, holding the store. `on_lost` has saved by then, so `on_stuck`
    can close what is open and end the process.
    """

    def __init__(
        self,
        fds: Sequence[int],
        on_lost: Callable[[int], None],
        on_stuck: Callable[[int], None],
        grace: float = STUCK_AFTER_S,
    ) -> None:
        self._fds = tuple(fds)
        self._on_lost = on_lost
        self._on_stuck = on_stuck
        self._grace = grace
        self._left = threading.Event()
        self._wake_read, self._wake_write = os.pipe()
        self._thread = threading.Thread(target=self._run, name="reader-terminal", daemon=True)
        self._signal: int | None = None
        self._previous: dict[int, object] = {}

    def __enter__(self) -> TerminalWatch:
        self._previous = {signum: signal.signal(signum, self._on_signal) for signum in STOP_SIGNALS}
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._left.set()
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]
        with contextlib.suppress(OSError):
            os.write(self._wake_write, b"x")
        self._thread.join(5)
        os.close(self._wake_read)
        os.close(self._wake_write)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if self._signal is None:
            self._signal = signum
        with contextlib.suppress(OSError):
            os.write(self._wake_write, b"x")  # a pipe write is safe in a signal handler

    def _run(self) -> None:
        poller = select.poll()
        poller.register(self._wake_read, select.POLLIN)
        for fd in self._fds:
            poller.register(fd, 0)  # no input events: only hang-ups and errors wake us
        events = poller.poll()
        if self._signal is not None:
            self._lost(self._signal)
        elif any(fd != self._wake_read and mask & _GONE for fd, mask in events):
            self._lost(signal.SIGHUP)

    def _lost(self, signum: int) -> None:
        if self._left.is_set():
            return
        self._on_lost(signum)
        if not self._left.wait(self._grace):
            self._on_stuck(signum)
