"""Noticing that the terminal went away (SIGHUP, or a hang-up on stdin or stdout), or
that the process was asked to stop (SIGTERM).

Without this, a `reader` whose terminal closed (an SSH connection dropped, a window
closed under `nohup`) reads end-of-file for ever and spins at full CPU, and one sent
SIGTERM (`kill`, a shutdown) dies on the spot with its lock file left behind. The
watch costs nothing while the terminal is there: one thread blocked in `poll`.

The app's own exit needs its UI thread, which a long piece of work (a big dump's batch,
a long analysis result) can hold for seconds or minutes; so the watch waits for it only
briefly, then ends the process itself. That loses nothing: every change is saved by the
store as it is made, and closing the store waits for a save under way.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import termios
import threading
from collections.abc import Callable, Sequence
from types import FrameType

_GONE = select.POLLHUP | select.POLLERR | select.POLLNVAL


STOP_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
"""The signals that make the app save and exit: the terminal hung up, or a `kill`."""
STUCK_AFTER_S = 1.0
"""How long the app may take to exit by itself once told to stop (a few frames' work),
before the watch ends the process: its UI thread may be busy, or its shutdown hung."""
GIVE_BACK_S = 0.5
"""How long giving the terminal back its modes may take: a write to a terminal nobody
reads any more could block for ever."""
LEAVE_APP_MODES = (
    b"\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l"  # no mouse reports
    b"\x1b[?2004l"  # no bracketed paste
    b"\x1b[?7h"  # lines wrap again
    b"\x1b[?2048l"  # no in-band resize reports
    b"\x1b[<u"  # the kitty keyboard protocol popped, before the alternate screen goes
    b"\x1b[?1049l"  # the main screen back
    b"\x1b[?25h"  # the cursor shown
    b"\x1b[?1004l"  # no focus reports
)
"""What a full-screen app (Textual, here) writes when it exits, to leave the terminal
as the shell had it."""


class TerminalModes:
    """A terminal's modes as the shell left them, to give back when the app cannot (its
    process ended by the watch): without them the shell is left in the alternate screen,
    without echo, reading keys one by one.

    Take them before the app runs; a file that is no terminal has none, and then
    `give_back` does nothing.
    """

    def __init__(self, input_fd: int, output_fd: int) -> None:
        self._input_fd = input_fd
        self._output_fd = output_fd
        try:
            self._attrs: list[object] | None = termios.tcgetattr(input_fd)
        except termios.error:
            self._attrs = None

    def give_back(self, within: float = GIVE_BACK_S) -> None:
        """Leaves the app's screen and modes; gives up after `within` seconds (the
        terminal may be gone, or nobody reads it)."""
        if self._attrs is None:
            return
        giving = threading.Thread(target=self._give_back, name="reader-modes", daemon=True)
        giving.start()
        giving.join(within)

    def _give_back(self) -> None:
        with contextlib.suppress(OSError, termios.error):
            os.write(self._output_fd, LEAVE_APP_MODES)
            termios.tcsetattr(self._input_fd, termios.TCSANOW, self._attrs)


class TerminalWatch:
    """Calls `on_lost(signum)` once, from its own thread, when the terminal is gone or the
    process is told to stop.

    Gone means SIGHUP arrived, or a hang-up or error on one of `fds` (stdin at EOF on
    a closed terminal reports a hang-up): `signum` is SIGHUP. Told to stop means
    SIGTERM: `signum` is SIGTERM. Use it as a context manager around `App.run()`; it
    must be entered in the main thread (it sets the signal handlers).

    `on_lost` runs in a thread of its own, so it may wait for the app's UI thread. When
    the `with` block has not ended `grace` seconds after the stop, `on_stuck(signum)` is
    called from the watch's thread, whether `on_lost` returned or not: the UI thread may
    be held by a long piece of work, or Textual's shutdown may hang (it writes to the
    terminal through a writer thread; when that thread died on the hung-up terminal, as
    seen after `tmux kill-session` under load, the main thread waits on its full queue
    for ever, asleep, holding the store). `on_stuck` closes what is open (the store
    waits for a save under way) and ends the process.
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
        self._previous_wakeup = -1

    def __enter__(self) -> TerminalWatch:
        self._previous = {signum: signal.signal(signum, self._on_signal) for signum in STOP_SIGNALS}
        os.set_blocking(self._wake_write, False)  # as a wakeup fd must be
        self._previous_wakeup = signal.set_wakeup_fd(self._wake_write, warn_on_full_buffer=False)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._left.set()
        signal.set_wakeup_fd(self._previous_wakeup)
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
        """Waits for a stop: the signal's number, which the interpreter writes to the wake
        pipe (its wakeup fd) from whichever thread the kernel gave the signal to, or a
        hang-up. Not on the Python handler alone: that runs only once the UI thread runs
        bytecode, and one held in a wait (a lock, a long call) never did when another thread
        took the signal (review36: SIGTERM unanswered for 60 s, this thread still polling)."""
        poller = select.poll()
        poller.register(self._wake_read, select.POLLIN)
        for fd in self._fds:
            poller.register(fd, 0)  # no input events: only hang-ups and errors wake us
        while not self._left.is_set():
            events = poller.poll()
            woken = os.read(self._wake_read, 256) if self._woken(events) else b""
            signum = next((s for s in woken if s in STOP_SIGNALS), self._signal)
            if signum is not None:
                self._lost(signum)
                return
            if any(fd != self._wake_read and mask & _GONE for fd, mask in events):
                self._lost(signal.SIGHUP)
                return

    def _woken(self, events: list[tuple[int, int]]) -> bool:
        """Whether the wake pipe has bytes: a signal's number (any signal with a Python
        handler: a resize too), or the handler's or the exit's own mark."""
        return any(fd == self._wake_read and mask & select.POLLIN for fd, mask in events)

    def _lost(self, signum: int) -> None:
        if self._left.is_set():
            return
        telling = threading.Thread(
            target=self._on_lost, args=(signum,), name="reader-stop", daemon=True
        )
        telling.start()
        if not self._left.wait(self._grace):
            self._on_stuck(signum)
