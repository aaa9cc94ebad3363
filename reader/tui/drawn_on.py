"""Where the app draws: the terminal, whatever stderr is.

Textual's terminal driver writes the screen to stderr (`sys.__stderr__`), so `reader
2>log` drew the whole app, escape sequences and all, into the log and left the terminal
blank. stdout is a terminal whenever the app runs in one (`launch.require_terminal`), so
when stderr is not, the app draws on stdout; stderr keeps what is written to it (a
warning, a traceback).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from textual.driver import Driver


def on_the_terminal(driver: type[Driver]) -> type[Driver]:
    """`driver`, drawing on stdout when stderr is no terminal and stdout is one (Textual's
    terminal driver only: a browser tab's draws on its own pipe)."""
    from textual.drivers.linux_driver import LinuxDriver

    screen = sys.__stdout__
    if not issubclass(driver, LinuxDriver) or _terminal(sys.__stderr__) or not _terminal(screen):
        return driver

    class OnStdout(driver):
        """The terminal driver, writing the screen to stdout."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._file = screen

    return OnStdout


def _terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except ValueError:  # closed
        return False
